"""A learned screen over the rules' figures (on by default in `exodus evidence extract`; `--no-screen` turns it off;
the Python API `extract_observations` applies it only when given `screen=screen_figures`).

The rules emit one row per reported figure; on rounds nobody has read, about four in ten are wrong (a distractor: a
trailer, a flat, an average, a year; or the right number with a wrong place or period). The screen scores each
figure, the probability that it is a labelled figure, from words around its number and what the rules made of it,
and drops those below a threshold chosen by cross-validation on the training rounds.

Features are strings hashed into a fixed space (`HashingVectorizer`'s columns, so no vocabulary is stored or bound;
at inference the strings are hashed with `mmh3` to the same columns, and scikit-learn is imported only to train): the words
just before and after the number and in its sentence, the number's shape and magnitude, quantity, unit, bounds,
direction, whether a place was found and whether it is written in the sentence, how the period was resolved (the
rules' own words: "no date in the text", "Monday", "the same period"), its length and end against the publication
date. The model is a logistic regression (L1); its weights are `data/screen.tsv` (hashed index and weight, text, not a
pickle), read once and applied as a sparse dot product.

`benchmarks/evidence_screen.py` trains it (`train`) on main's rows on the labelled sets before the unread batch
(its TEST_FROM) and measures it on batches it never saw.
"""

import math
import re
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

import mmh3
import numpy as np

from .parallel import in_child

WEIGHTS = Path(__file__).parent / "data" / "screen.tsv"
N_FEATURES = 2**18
WINDOW_WORDS = 8  # words either side of the number
WINDOW_CHARS = 120  # characters read either side to find them
SEED = 0
# L1 at C 0.3: of L2 at C 1 and 0.3, L1 at 0.1, 0.3, 0.5 and L2 without the sentence's words, the best log-loss and F1
# out of fold (five folds of whole rounds before 424), and some 1,300 weights not 0 where L2 keeps some 50,000
C = 0.3
_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_DIGIT = re.compile(r"\d")
_LONG_DIGITS = re.compile(r"d{4,}")
_QUALIFIER = re.compile(r"; reported as '(.*?)'(?:;|$)")
_HOW_WORDS = 6
# figures a report needs for scoring its second half beside the first to pay for a fork (some 40 us a figure: 1,000
# figures' half is a fifth of a second's work, a fork a hundredth)
MIN_FIGURES_IN_TWO = 1000


def _words(text: str) -> list[str]:
    return _normal(_WORD.findall(text))


def _normal(words: list[str]) -> list[str]:
    """Words lower-cased, a number as # per digit up to four."""
    return ["#" * min(len(w), 4) if w[0].isdigit() else w.lower() for w in words]


# A sentence holds several figures and a period's words ("no date in the text") recur across a report: their feature
# strings are made once per string, not once per figure (bounded, for a long-running process such as the web app).
@lru_cache(maxsize=4096)
def _sentence_tokens(quote: str) -> tuple[str, ...]:
    return tuple(f"s:{w}" for w in dict.fromkeys(_words(quote)))


@lru_cache(maxsize=1024)
def _how_tokens(quantity: str, how: str) -> tuple[str, ...]:
    words = _words(how)[:_HOW_WORDS]
    out = [f"h:{w}" for w in words]
    if words:
        out += [f"h1:{words[0]}", f"q&h1:{quantity}_{words[0]}"]
    return tuple(out)


def _shape(number: str) -> str:
    shape = _DIGIT.sub("d", number.strip().lower())
    return _LONG_DIGITS.sub("dddd+", shape)[:16]


def _float(text: str) -> float | None:
    return float(text) if text else None


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def tokens(figure: dict, text: str) -> list[str]:
    """The feature strings of one figure: `figure` holds the row's fields (quantity, value, value_low, value_high,
    unit, place, direction, period_start, period_end, how, qualifier, reported_by, published, start, end, quote) and
    `text` is its document's text, which start and end index."""
    start, end = int(figure["start"]), int(figure["end"])
    # only the words kept are normalised (the same words as normalising all of them and keeping these)
    left = _normal(_WORD.findall(text, max(0, start - WINDOW_CHARS), start)[-WINDOW_WORDS:])
    right = _normal(_WORD.findall(text, end, end + WINDOW_CHARS)[:WINDOW_WORDS])
    quantity, unit = figure["quantity"], figure["unit"]
    out = ["bias"]
    out += [f"l:{w}" for w in left] + [f"r:{w}" for w in right]
    for i, w in enumerate(reversed(left[-3:]), 1):
        out.append(f"l{i}:{w}")
    for i, w in enumerate(right[:3], 1):
        out.append(f"r{i}:{w}")
    if len(left) >= 2:
        out.append(f"lb:{left[-2]}_{left[-1]}")
    if len(right) >= 2:
        out.append(f"rb:{right[0]}_{right[1]}")
    if left:
        out.append(f"q&l1:{quantity}_{left[-1]}")
    if right:
        out.append(f"q&r1:{quantity}_{right[0]}")
    out += _sentence_tokens(figure["quote"])
    out.append(f"n:{_shape(text[start:end])}")
    out += [f"q:{quantity}", f"u:{unit}", f"d:{figure['direction']}", f"q&u:{quantity}_{unit}"]
    value, low, high = (_float(figure[k]) for k in ("value", "value_low", "value_high"))
    bounds = ("v" if value is not None else "") + ("l" if low is not None else "") + ("h" if high is not None else "")
    out += [f"b:{bounds}", f"q&b:{quantity}_{bounds}"]
    size = next((x for x in (value, low, high) if x is not None), None)
    if size is not None:
        magnitude = "neg" if size < 0 else str(int(math.log10(size))) if size >= 1 else "frac"
        out += [f"m:{magnitude}", f"q&m:{quantity}_{magnitude}", f"u&m:{unit}_{magnitude}"]
        if size == int(size) and 1900 <= size <= 2100:
            out.append("yearlike")
        if size >= 100 and size % 100 == 0:
            out.append("round100")
    place = figure["place"]
    if not place:
        out.append("p:none")
    else:
        out.append("p:route" if " - " in place else "p:one")
        first = place.split(" - ")[0].split(",")[0].split("(")[0].strip().lower()
        quote = figure["quote"].lower()
        out.append("p:inquote" if first and first in quote else "p:notinquote")
        near = text[max(0, start - 200) : end + 200].lower()
        out.append("p:near" if first and first in near else "p:far")
    out.append(f"q&p:{quantity}_{'none' if not place else 'some'}")
    out += _how_tokens(quantity, figure["how"])
    period_start, period_end, published = (_day(figure[k]) for k in ("period_start", "period_end", "published"))
    if period_start is None or period_end is None:
        out.append("per:open")
    else:
        days = (period_end - period_start).days
        length = "0" if days == 0 else _bucket(days, ("week", 7), ("month", 31), ("year", 366), default="long")
        out += [f"per:{length}", f"q&per:{quantity}_{length}"]
    if period_end is not None and published is not None:
        lag = (published - period_end).days
        out.append(f"lag:{_bucket(lag, ('future', -1), ('0', 0), ('1', 1), ('week', 7), ('month', 31), default='old')}")
    if figure["qualifier"]:
        out += [f"x:{w}" for w in _words(figure["qualifier"])]
    out.append("by:some" if figure["reported_by"] else "by:none")
    return out


def _bucket(number: int, *limits: tuple[str, int], default: str) -> str:
    """The name of the first (name, limit) with `number` <= limit, else `default`."""
    return next((name for name, limit in limits if number <= limit), default)


def row_fields(row: dict) -> dict:
    """The fields `tokens` reads, from an observation-table row (its note holds the period's words and qualifier)."""
    note = row["note"]
    how = note.split("; reported as ")[0].split("; also reported in ")[0].removeprefix("period: ")
    qualifier = _QUALIFIER.search(note)
    return {
        **{k: row[k] for k in ("quantity", "value", "value_low", "value_high", "unit", "place", "direction")},
        **{k: row[k] for k in ("period_start", "period_end", "quote")},
        "how": how,
        "qualifier": qualifier.group(1) if qualifier else "",
        "reported_by": row["as_reported_by"],
        "published": row["publication_date"],
        "start": row["span_start"],
        "end": row["span_end"],
    }


def figure_fields(figure, published: date) -> dict:
    """The fields `tokens` reads, from a `Figure` before it is merged into an observation."""

    def number(value):
        if value is None:
            return ""
        return str(int(round(value))) if abs(value - round(value)) < 1e-9 else f"{value:.1f}"

    period = figure.period
    return {
        "quantity": figure.quantity,
        "value": number(figure.value),
        "value_low": number(figure.value_low),
        "value_high": number(figure.value_high),
        "unit": figure.unit,
        "place": figure.place,
        "direction": figure.direction,
        "period_start": period.start.isoformat() if period.start else "",
        "period_end": period.end.isoformat() if period.end else "",
        "quote": figure.quote,
        "how": period.how,
        "qualifier": figure.qualifier or "",
        "reported_by": figure.reported_by,
        "published": published.isoformat(),
        "start": figure.start,
        "end": figure.end,
    }


@cache
def _vectorizer():
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        n_features=N_FEATURES, analyzer=_identity, alternate_sign=False, norm=None, binary=True, dtype=np.float64
    )


def _identity(items: list[str]) -> list[str]:
    return items


def _hashed_column(token: str, n_features: int) -> int:
    """The column `HashingVectorizer` puts `token` in (scikit-learn's `_hashing_transform`: MurmurHash3 of its UTF-8
    bytes, seed 0, signed; abs modulo the number of columns, with its rule for -2**31), without importing
    scikit-learn, whose import (it loads SciPy's statistics and pandas) costs about 1 s a command."""
    h = murmurhash3_32(token.encode("utf-8"))
    if h == -(2**31):
        return (2**31 - 1 - (n_features - 1)) % n_features
    return abs(h) % n_features


def murmurhash3_32(data: bytes) -> int:
    """MurmurHash3 (x86, 32 bits, seed 0) of `data`, signed, as `sklearn.utils.murmurhash3_32` gives it (the test
    compares): `mmh3`, a small C extension, where scikit-learn's own would cost its import."""
    return mmh3.hash(data, 0, True)


def features(token_lists: list[list[str]]):
    """The hashed feature matrix (sparse, one row per figure) of lists of feature strings."""
    return _vectorizer().transform(token_lists)


# --- the shipped weights ------------------------------------------------------------------------------------------


class Screen:
    """A fitted screen: a weight per hashed feature, an intercept and a threshold on the probability."""

    def __init__(self, weights: np.ndarray, intercept: float, threshold: float, meta: dict[str, str] | None = None):
        self.weights = weights
        self.intercept = intercept
        self.threshold = threshold
        self.meta = meta or {}
        self._weight = {int(i): float(weights[i]) for i in np.flatnonzero(weights)}  # the weights not 0, by column
        self._columns: dict[str, int] = {}  # feature string -> its column if it has a weight, else -1 (filled as met)

    def probabilities(self, token_lists: list[list[str]]) -> np.ndarray:
        """Each list's probability: the sigmoid of the intercept plus the weights of its distinct hashed columns.
        The same floats as `features(token_lists) @ self.weights + self.intercept` (the test checks it): that sparse
        product adds a row's weights in the order of their columns, from 0, and so does this, over the columns with a
        weight not 0 (adding 0 changes no sum). It skips the vectorizer: each feature string is hashed once per
        screen (`_columns`), so a report's repeated strings cost a dictionary look-up."""
        if not token_lists:
            return np.zeros(0)
        columns, weight = self._columns, self._weight
        logits = []
        for token_list in token_lists:
            for token in token_list:
                if token not in columns:
                    self._add_column(token)
            hit = {columns[token] for token in token_list}
            hit.discard(-1)
            total = 0.0
            for column in sorted(hit):
                total += weight[column]
            logits.append(total)
        return 1.0 / (1.0 + np.exp(-(np.array(logits) + self.intercept)))

    def _add_column(self, token: str) -> None:
        if len(self._columns) > 1_000_000:  # a long-running process: bounded
            self._columns.clear()
        column = _hashed_column(token, len(self.weights))
        self._columns[token] = column if column in self._weight else -1

    def keep(self, token_lists: list[list[str]]) -> np.ndarray:
        return self.probabilities(token_lists) >= self.threshold

    def dumps(self) -> str:
        """The weights file's text: a header of `# key value` lines, then `index<TAB>weight` for each weight not 0,
        by index, each to 6 significant digits (so training twice on the same rows writes the same bytes)."""
        lines = [f"# {key} {value}" for key, value in self.meta.items()]
        lines += [f"# n_features {len(self.weights)}", f"# intercept {self.intercept:.6g}"]
        lines.append(f"# threshold {self.threshold:.6g}")
        lines += [f"{i}\t{self.weights[i]:.6g}" for i in np.flatnonzero(np.round(self.weights, 6))]
        return "\n".join(lines) + "\n"

    def save(self, path: Path) -> None:
        Path(path).write_text(self.dumps(), encoding="utf-8")

    @classmethod
    def loads(cls, text: str) -> "Screen":
        header: dict[str, str] = {}
        indices, values = [], []
        for line in text.splitlines():
            if line.startswith("#"):
                key, _, value = line[1:].strip().partition(" ")
                header[key] = value
            elif line.strip():
                index, weight = line.split("\t")
                indices.append(int(index))
                values.append(float(weight))
        weights = np.zeros(int(header.pop("n_features")))
        weights[indices] = values
        intercept, threshold = float(header.pop("intercept")), float(header.pop("threshold"))
        return cls(weights, intercept, threshold, header)


@cache
def shipped() -> Screen:
    """The screen in `data/screen.tsv`."""
    return Screen.loads(WEIGHTS.read_text(encoding="utf-8"))


def screen_figures(document, figures: list, published: date, screen: Screen | None = None) -> list:
    """The figures of one document the screen keeps (for `extract_observations(..., screen=...)`). A long report's
    second half is scored in a forked child when a core is spare (`parallel.in_child`): a figure's probability reads
    that figure alone, so the halves give the floats one pass gives."""
    screen = screen or shipped()
    if not figures:
        return figures

    def probabilities(part: list) -> np.ndarray:
        return screen.probabilities([tokens(figure_fields(f, published), document.text) for f in part])

    middle = len(figures) // 2
    with in_child(lambda: probabilities(figures[middle:]), worth_a_fork=len(figures) >= MIN_FIGURES_IN_TWO) as theirs:
        first = probabilities(figures[:middle])
        second = theirs()
    if second is None:
        second = probabilities(figures[middle:])
    kept = np.concatenate([first, second]) >= screen.threshold
    return [f for f, keep in zip(figures, kept) if keep]


# --- training -----------------------------------------------------------------------------------------------------


def fit(token_lists: list[list[str]], labels: list[int], c: float = C) -> tuple[np.ndarray, float]:
    """Logistic regression, L1 (few weights not 0: a small file), liblinear with a fixed seed (the same rows give
    the same weights)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, l1_ratio=1.0, solver="liblinear", random_state=SEED, max_iter=1000, tol=1e-4)
    model.fit(features(token_lists), np.asarray(labels))
    return model.coef_[0].astype(np.float64), float(model.intercept_[0])


def out_of_fold(token_lists, labels, groups, c: float = C, folds: int = 5) -> np.ndarray:
    """Each row's probability from a model fitted without its group (round): groups dealt to folds in turn."""
    order = sorted(set(groups), key=lambda g: (str(type(g)), g))
    fold_of = {g: i % folds for i, g in enumerate(order)}
    fold = np.array([fold_of[g] for g in groups])
    labels = np.asarray(labels)
    matrix = features(token_lists)
    probabilities = np.zeros(len(labels))
    for k in range(folds):
        test = fold == k
        weights, intercept = fit([t for t, f in zip(token_lists, fold) if f != k], labels[~test], c)
        probabilities[test] = 1.0 / (1.0 + np.exp(-(matrix[test] @ weights + intercept)))
    return probabilities


def screened_counts(probabilities, labels, missed: int, threshold: float) -> tuple[int, int, int]:
    """(found, spurious, missed) once rows below `threshold` are dropped; `missed` are labelled figures no row found."""
    keep = np.asarray(probabilities) >= threshold
    labels = np.asarray(labels)
    found = int((keep & (labels == 1)).sum())
    return found, int((keep & (labels == 0)).sum()), missed + int(labels.sum()) - found


def choose_threshold(probabilities, labels, missed: int, max_recall_loss: float = 0.02) -> float:
    """The threshold of best F1 among those that cost at most `max_recall_loss` of recall (out-of-fold rows)."""
    plain = screened_counts(probabilities, labels, missed, 0.0)
    plain_recall = plain[0] / (plain[0] + plain[2])
    best, best_f1 = 0.0, -1.0
    for threshold in np.round(np.arange(0.0, 0.96, 0.01), 2):
        found, spurious, lost = screened_counts(probabilities, labels, missed, threshold)
        precision, recall = found / max(found + spurious, 1), found / (found + lost)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if plain_recall - recall <= max_recall_loss + 1e-12 and f1 > best_f1 + 1e-12:
            best, best_f1 = float(threshold), f1
    return best


def train(token_lists, labels, groups, missed: int, c: float = C, max_recall_loss: float = 0.02, meta=None) -> Screen:
    """A screen fitted on all the rows, its threshold chosen on out-of-fold probabilities grouped by round."""
    probabilities = out_of_fold(token_lists, labels, groups, c)
    threshold = choose_threshold(probabilities, labels, missed, max_recall_loss)
    weights, intercept = fit(token_lists, labels, c)
    meta = dict(meta or {})
    plain, screened = (screened_counts(probabilities, labels, missed, t) for t in (0.0, threshold))
    meta["cv"] = f"out of fold, 5 folds of whole rounds: plain {_summary(*plain)} -> screened {_summary(*screened)}"
    return Screen(weights, intercept, threshold, meta)


def _summary(found: int, spurious: int, missed: int) -> str:
    precision, recall = found / max(found + spurious, 1), found / max(found + missed, 1)
    return f"{precision:.3f} / {recall:.3f} ({found} / {spurious} / {missed})"
