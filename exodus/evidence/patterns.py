"""Regular-expression helpers that keep a megabyte of text to a fraction of a second.

Python's `re` tries the branches of an alternation one by one at every position, so a
list of a hundred words costs a hundred attempts per character. `word_trie` writes the
same list as a prefix tree ("da(?:ys?|y)"), which is tried letter by letter instead.
`leading_phrases` reads the phrases a pattern's matches must begin with, so that a long
list of rules need only be tried where one of them can start, and there only those whose
next few characters follow.
"""

import re
from collections.abc import Iterator
from functools import lru_cache
from re import _constants as sre  # the parser's opcodes; stable across 3.11-3.13
from re import _parser

DIGIT = "#"  # stands for "any digit" among leading words
# a weekday's name, for patterns read without regard to case: "Saturday", "SATURDAY", "on saturday"
WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# the months' names and their three-letter abbreviations, as bare alternations to set in a group of the pattern that
# uses them ("(?-i:{MONTHS})", "(?:{MONTH_ABBREVIATIONS})[a-z]*"): written once, not in every date rule
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_FIRST_WORD = re.compile(rf"[a-z]+|{DIGIT}")
PHRASE_REST = 4  # what a phrase keeps after its first word: enough to tell "in the" from "in Kyiv"


def word_trie(words) -> str:
    """A non-capturing pattern matching exactly the given literal words, as a prefix tree."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + body + ")?"
        return body

    return "(?:" + build(trie) + ")"


def alternatives(pattern: str) -> list[str]:
    """Top-level alternatives of a pattern ("a|(?:b|c)d" -> ["a", "(?:b|c)d"])."""
    parts, depth, current = [], 0, ""
    for index, char in enumerate(pattern):
        escaped = index > 0 and pattern[index - 1] == "\\"
        if char in "([" and not escaped:
            depth += 1
        elif char in ")]" and not escaped:
            depth -= 1
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return parts + [current]


def by_first_letter(pattern: str, ignore_case: bool = False) -> str:
    """The top-level alternatives of `pattern`, those opening with a letter grouped under it ("kms?|miles?|mi" ->
    "kms?|m(?:iles?|i)"): `re` enters each branch of a flat alternation in turn, a hundred of them at each place
    tried, where a group is refused at its first letter. Matches are the same: at any place only branches opening
    with its letter (in either case with `ignore_case`) can match, and they keep their order; a branch that may open
    with anything else (a group, a class, an optional letter) stays where it is, and no letter's group takes
    branches from both sides of it."""
    items: list[str | list[str]] = []  # branches, and groups: [letter, rest of each branch]
    groups: dict[str, list[str]] = {}
    for branch in alternatives(pattern):
        letter = branch[:1]
        if letter.isascii() and letter.isalpha() and branch[1:2] not in ("?", "*", "+", "{"):
            key = letter.lower() if ignore_case else letter
            if key not in groups:
                groups[key] = [letter]
                items.append(groups[key])
            groups[key].append(branch[1:])
        else:
            items.append(branch)
            groups.clear()
    return "|".join(
        item if isinstance(item, str) else item[0] + (item[1] if len(item) == 2 else f"(?:{'|'.join(item[1:])})")
        for item in items
    )


def _spelled_out(alternative: str) -> list[str]:
    """An alternative that opens with a group, as one alternative per branch of the group
    ("(?:in)?to" -> ["into", "to"], in the order the regex engine tries them)."""
    if not alternative.startswith("(?:"):
        return [alternative]
    depth = 0
    for close, char in enumerate(alternative):
        escaped = close > 0 and alternative[close - 1] == "\\"
        if char == "(" and not escaped:
            depth += 1
        elif char == ")" and not escaped:
            depth -= 1
            if depth == 0:
                break
    inner, rest = alternative[3:close], alternative[close + 1 :]
    optional = rest.startswith("?")
    rest = rest[1:] if optional else rest
    spelled = [word for branch in alternatives(inner) for word in _spelled_out(branch + rest)]
    return spelled + _spelled_out(rest) if optional else spelled


def case_folded(text: str) -> str:
    """`text` in lower case letter for letter, for gates in front of costly searches: where a pattern (case-insensitive
    or not) matches a word of ASCII letters in `text`, the folded text holds that word, lower-cased, at the same place.

    `str.lower` alone falls short on the three letters `re`'s IGNORECASE reads as i or s but `lower` does not turn
    into them (İ, ı, ſ), so those are written i and s (İ first, which `lower` would make two letters); every other
    letter's lower case is one letter, the one IGNORECASE matches it to.
    """
    return text.replace("İ", "i").lower().replace("ı", "i").replace("ſ", "s")


def keywords(words: str, tail: str = r"\b", ignore_case: bool = True) -> re.Pattern:
    """`\b(?:words)tail` (case-insensitive unless told), compiled so that `re` scans for first letters in C."""
    pattern = re.compile(keyword_pattern(words, tail, ignore_case))
    _KEYWORDS[pattern] = (words, ignore_case)
    return pattern


_KEYWORDS: dict[re.Pattern, tuple[str, bool]] = {}  # each `keywords` pattern's words, for `where_keywords_start`
_QUANTIFIER = re.compile(r"[?*{]")


def where_keywords_start(patterns: list[re.Pattern]) -> re.Pattern:
    """One scan for the places where any of several `keywords` patterns may match: the letters each
    of their words opens with ("border" for "border\\s+posts?", "post" for "posts?").

    Only those letters are consumed, so a word inside another's match is found too; a pattern is
    then tried (with `match`) only where such a scan stopped, instead of scanning the text once
    per pattern.
    """
    openings = [opening for pattern in patterns for opening in _openings(_KEYWORDS[pattern][0])]
    ignore_case = any(_KEYWORDS[pattern][1] for pattern in patterns)
    return keywords("|".join(dict.fromkeys(openings)), tail="", ignore_case=ignore_case)


def _openings(words: str) -> Iterator[str]:
    """The letters each of a `keywords` pattern's words opens with ("border" for "border\\s+posts?", "post" for
    "posts?"); empty for a word that opens with a letter outside a-z."""
    for branch in alternatives(words):
        for word in _spelled_out(branch):
            letters = len(word) - len(word.lstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
            if _QUANTIFIER.match(word, letters):
                letters -= 1  # "posts?": the s is optional
            yield word[:letters]


def keyword_openers(pattern: re.Pattern) -> tuple[set[str], set[str]]:
    """What a `keywords` pattern's matches can open with, `case_folded`: the first two letters of its words that open
    with two letters or more, and the first letter of the others (a match holds its word's opening letters, in any case
    only where the pattern ignores case, so the folded text holds them folded)."""
    words = _KEYWORDS[pattern][0]
    spelled = [word for branch in alternatives(words) for word in _spelled_out(branch)]
    openings = list(_openings(words))
    two = {opening[:2].lower() for opening in openings if len(opening) >= 2}
    one = {case_folded(word[0]) for word, opening in zip(spelled, openings, strict=True) if len(opening) < 2}
    return two, one


def keyword_pattern(words: str, tail: str = r"\b", ignore_case: bool = True) -> str:
    """`\b(?:words)tail` written to open with the set of its first letters.

    `words` is an alternation whose branches each start with a letter (or with a group of
    such branches). A pattern that opens with `\b`, or is case-insensitive, is tried at
    every character; one that opens with a set of letters is tried only where one of them
    stands, which makes searching a clause for a list of cue words three to four times
    faster. Matches are the same: at any place only branches with the same first letter can
    match, and they keep their order.
    """
    by_first: dict[str, list[str]] = {}
    for branch in alternatives(words):
        for word in _spelled_out(branch):
            if not word[:1].isalpha():
                raise ValueError(f"keyword branch {word!r} must start with a letter")
            by_first.setdefault(word[0].lower() if ignore_case else word[0], []).append(word[1:])
    if ignore_case:
        letters = "".join(sorted(first + first.upper() for first in by_first))
        groups = [(first + first.upper(), f"(?i:{'|'.join(rests)})") for first, rests in by_first.items()]
        tail = f"(?i:{tail})" if tail else ""
    else:
        letters = "".join(sorted(by_first))
        groups = [(first, f"(?:{'|'.join(rests)})") for first, rests in by_first.items()]
    return rf"[{letters}](?<!\w.)(?:{_nested_by_letters(groups)}){tail}"


_FANOUT = 3


def _nested_by_letters(groups: list[tuple[str, str]]) -> str:
    """`(?<=[letters])body` for each (letters, body), nested `_FANOUT` to a level.

    `re` tries an alternation's branches one by one and, once a branch fails, the next,
    so a flat list of twenty first letters costs twenty look-behinds at every word start,
    where the words nearly always fail; nested by groups of letters it costs a few per level
    (cue searches a third faster). The letters of the groups are disjoint, so the match is the same.
    """
    if len(groups) <= _FANOUT:
        return "|".join(f"(?<=[{letters}]){body}" for letters, body in groups)
    size = -(-len(groups) // _FANOUT)
    parts = [groups[i : i + size] for i in range(0, len(groups), size)]
    return "|".join(
        f"(?<=[{''.join(letters for letters, _ in part)}])(?:{_nested_by_letters(part)})" for part in parts
    )


class _EveryCharacter(str):
    """What a pattern that may open with anything opens with: every character."""

    def __contains__(self, character: object) -> bool:
        return True


def opening_characters(pattern: re.Pattern) -> str:
    """The characters, lower-cased, one of which every match of `pattern` opens with past its leading spaces (read
    off `leading_phrases`): where the first character past the spaces at a place, `case_folded`, is none of them,
    `pattern.match` there finds nothing, a look that costs a fraction of the match. Every character when a match may
    open with a digit or with no fixed character."""
    firsts = {head.lstrip(" ")[:1] for head in leading_phrases(pattern.pattern, pattern.flags)}
    return _EveryCharacter() if "" in firsts or DIGIT in firsts else "".join(sorted(firsts))


def leading_phrases(pattern: str, flags: int = 0) -> set[str]:
    """Lower-cased literal prefixes one of which every match of `pattern` starts with, read on across spaces and
    digits to four characters past the first word: a run of whitespace is one space, a run of digits one DIGIT ("in
    the", "# day", "the #th"). "" means a match may start with anything. Sound, not tight: a rule is tried wherever
    one of its phrases fits."""
    return {head for head, _open in _heads(_parsed(pattern, flags), {("", True)})}


def group_names(pattern: str, flags: int = 0) -> list[str]:
    """The names of a pattern's named groups, in order."""
    return list(_parser.parse(pattern, flags).state.groupdict)


@lru_cache(maxsize=256)
def _parsed(pattern: str, flags: int) -> list:
    return list(_parser.parse(pattern, flags))


def _heads(items: list, heads: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """The prefixes (and whether they may still grow) once the parsed `items` follow `heads`."""
    for op, argument in items:
        growing = {head for head, is_open in heads if is_open}
        if not growing:
            break
        heads = {(head, False) for head, is_open in heads if not is_open} | _after(op, argument, growing)
    return heads


def _after(op, argument, heads: set[str]) -> set[tuple[str, bool]]:
    """`heads` (all open) followed by one parsed item."""
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {(head, True) for head in heads}  # \b, ^, a look-ahead or look-behind: zero width, read past
    if op is sre.SUBPATTERN:
        return _heads(list(argument[-1]), {(head, True) for head in heads})
    if op is sre.BRANCH:
        return set().union(*(_heads(list(branch), {(head, True) for head in heads}) for branch in argument[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, high, body = argument
        once = _heads(list(body), {(head, True) for head in heads})
        # "\d+" and "\s+" are one DIGIT and one space, and what follows "(?:the\s+)?" follows "the "
        read_on = high == 1 or _tokens(list(body)) in ({DIGIT}, {" "})
        once = once if read_on else {(head, False) for head, _open in once}
        return once | {(head, True) for head in heads} if low == 0 else once
    tokens = _tokens([(op, argument)])
    if tokens is None:
        return {(head, False) for head in heads}
    return {_extend(head, token) for head in heads for token in tokens}


def _tokens(items: list) -> set[str] | None:
    """What one literal or character set stands for: characters, DIGIT or a space;
    None when it is anything else (a class of letters, a mix of digits and letters)."""
    if len(items) != 1:
        return None
    op, argument = items[0]
    if op is sre.LITERAL:
        return {_token(chr(argument))}
    if op is not sre.IN:
        return None
    tokens = set()
    for member, value in argument:
        if member is sre.LITERAL:
            tokens.add(_token(chr(value)))
        elif member is sre.CATEGORY and (value is sre.CATEGORY_DIGIT or value is sre.CATEGORY_SPACE):
            tokens.add(DIGIT if value is sre.CATEGORY_DIGIT else " ")
        elif member is sre.RANGE and value[0] >= ord("0") and value[1] <= ord("9"):
            tokens.add(DIGIT)
        else:
            return None
    return tokens if len(tokens) == 1 or not tokens & {DIGIT, " "} else None


def _token(char: str) -> str:
    return DIGIT if char.isdigit() else " " if char.isspace() else char.lower()


def _extend(head: str, token: str) -> tuple[str, bool]:
    """A prefix followed by one more character (or DIGIT, or space), and whether it may still grow."""
    if token in (DIGIT, " ") and head.endswith(token):
        return head, True  # a run of digits or of spaces
    joined = head + token
    first = _FIRST_WORD.match(joined)
    if first is None or first.end() == len(joined):
        return joined, True  # still in the first word
    limit = first.end() + PHRASE_REST
    return joined[:limit], len(joined) < limit


def phrase_starts(phrases: set[str]) -> re.Pattern:
    """Where a match beginning with one of `phrases` (from `leading_phrases`) can start.

    Matches the first word of a phrase, in lower case, capitalised or in capitals (or a
    digit), and only where the rest of one of its phrases follows (looked ahead, in any
    case). Only that word is consumed, so the next word can start a match of its own: a scan
    of a megabyte stops at a few thousand places instead of at every "the", "in" and digit.
    """
    rests: dict[str, set[str]] = {}
    for phrase in phrases:
        first = _FIRST_WORD.match(phrase)
        if first is None:
            raise ValueError(f"phrase {phrase!r} must start with a letter or a digit")
        rests.setdefault(first.group(), set()).add(phrase[first.end() :])
    digit = rests.pop(DIGIT, None)
    by_first: dict[str, dict[str, str]] = {}
    for word, rest in rests.items():
        for spelling in (word, word.capitalize(), word.upper()):
            by_first.setdefault(spelling[0], {})[spelling[1:]] = _lookahead(rest)
    groups = [(first, _trie_with_ends(words)) for first, words in sorted(by_first.items())]
    if digit is not None:
        groups.append((r"\d", _lookahead(digit, r"\d*") if "" not in digit else ""))
    # opening with the set of first characters (not with \b), so that `re` skips to them in C
    letters = "".join(first for first, _body in groups)
    return re.compile(rf"[{letters}](?<!\w.)(?:{_nested_by_letters(groups)})")




def _lookahead(rests: set[str], lead: str = "") -> str:
    """`(?=...)` for what may follow a phrase's first word; empty when anything may. Only the
    shortest rests count (the look-ahead tests a prefix), written as a prefix tree."""
    if "" in rests:
        return ""
    shortest: list[str] = []
    for rest in sorted(rests):  # a rest sorts right after any shorter rest it starts with
        if not shortest or not rest.startswith(shortest[-1]):
            shortest.append(rest)
    tree = _trie_with_ends(dict.fromkeys(shortest, ""), _PHRASE_CHARS, "")
    return f"(?={lead}(?i:{tree}))"


_PHRASE_CHARS = {" ": r"\s+", DIGIT: r"\d+"}


def _trie_with_ends(words: dict[str, str], chars: dict[str, str] | None = None, boundary: str = r"\b") -> str:
    """A prefix tree of `words`, each followed by `boundary` and the pattern it maps to;
    `chars` writes some characters as patterns of their own."""
    trie: dict = {}
    for word, end in words.items():
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = end

    def build(node: dict) -> str:
        branches = [(chars or {}).get(char, re.escape(char)) + build(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            branches.append(boundary + node[""])  # longer words first, then the word ending here
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(trie)


def words_needed(*patterns: re.Pattern) -> tuple[str, ...]:
    """Lower-cased words of ASCII letters one of which every match of any of `patterns` holds, so that `holds_any` on
    the `case_folded` text can skip searches that cannot match (("",) when no such words can be read: no skip).

    Read off the parse tree: a run of literal letters is a word; a group or a repeat of at least one holds what its
    body holds; an alternation holds the union of what its branches hold (nothing when one branch holds nothing);
    lookarounds, which may read outside the searched span, hold nothing. Of what a sequence's items hold the set with
    the fewest words of four letters or more is kept; for one pattern, the sharpest two of the others (words of three
    letters or more) ride along as `_Needed.also`, which `holds_any` looks for only where one of the words is found.
    """
    needed = [_needed_by(pattern) for pattern in patterns]
    if not all(needed):
        return ("",)
    words = tuple(sorted(frozenset().union(*needed)))
    also = _also_needed(patterns[0], needed[0]) if len(patterns) == 1 else []
    return _Needed(words, also) if also else words


class _Needed(tuple):
    """`words_needed`'s words, and `also`: more sets of words every match holds one of each of (the other items of its
    sequence: "queues? ... at the ... (pharmacy|shop|...)" needs a queue's word and a shop's), which `holds_any` looks
    for once one of the words is found: a gate passing where the first set alone would let the search run for nothing."""

    also: tuple[tuple[str, ...], ...]

    def __new__(cls, words: tuple[str, ...], also: list[tuple[str, ...]]) -> "_Needed":
        needed = super().__new__(cls, words)
        needed.also = tuple(also)
        return needed


def _also_needed(pattern: re.Pattern, first: frozenset[str]) -> list[tuple[str, ...]]:
    """The sets besides `first` that each item of the pattern's sequence holds (and, for a `keywords` pattern, of its
    words as written), of words of three letters or more, not found wherever one of `first` is; the sharpest two."""
    sets = _candidates(_parsed(pattern.pattern, pattern.flags))
    if pattern in _KEYWORDS:
        words, ignore_case = _KEYWORDS[pattern]
        sets += _candidates(_parsed(words, re.IGNORECASE if ignore_case else 0))
    kept: list[frozenset[str]] = []
    for candidate in sorted(set(sets), key=lambda c: (min(map(len, c)) < 4, len(c), sorted(c))):
        if min(map(len, candidate)) >= 3 and not all(any(w in f for w in candidate) for f in first) and candidate not in kept:
            kept.append(candidate)
    return [tuple(sorted(c)) for c in kept[:2]]


def _needed_by(pattern: re.Pattern) -> frozenset[str] | None:
    """What `words_needed` reads off one pattern. A `keywords` pattern opens with a set of first letters and holds the
    rest of each word apart ("[tT](?<!\\w.)(?:han)"): read off the pattern alone, "than" needs only "han" and "vs" only
    "s". Its words, read off as written (every match holds a match of them), are read too, and the words whose
    shortest is the longer kept (then the fewer): gates in front of its searches that pass far less often."""
    own = _needed(_parsed(pattern.pattern, pattern.flags))
    if pattern not in _KEYWORDS:
        return own
    words, ignore_case = _KEYWORDS[pattern]
    written = _needed(_parsed(words, re.IGNORECASE if ignore_case else 0))
    return min((c for c in (own, written) if c), key=lambda c: (-min(map(len, c)), len(c)), default=None)


def _needed(items) -> frozenset[str] | None:
    return min(_candidates(items), key=lambda c: (min(map(len, c)) < 4, len(c)), default=None)


def _candidates(items) -> list[frozenset[str]]:
    """For each item of the sequence `items` that holds words, the best set it holds (every match holds one of each)."""
    candidates, run = [], ""
    for op, argument in items:
        if op is sre.LITERAL and chr(argument).isascii() and chr(argument).isalpha():
            run += chr(argument).lower()
            continue
        if run:
            candidates.append(frozenset((run,)))
            run = ""
        if op is sre.SUBPATTERN:
            candidates.append(_needed(argument[-1]))
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            candidates.append(_needed(argument))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) and argument[0] >= 1:
            candidates.append(_needed(argument[2]))
        elif op is sre.BRANCH:
            branches = [_needed(branch) for branch in argument[1]]
            if all(branches):
                union = frozenset().union(*branches)
                # a word that holds another is found wherever it is: the shorter one is enough
                candidates.append(frozenset(w for w in union if not any(o != w and o in w for o in union)))
    if run:
        candidates.append(frozenset((run,)))
    return [c for c in candidates if c]


def holds_any(folded: str, words: tuple[str, ...]) -> bool:
    """Whether the folded text holds one of `words` (from `words_needed`): a look costing a fraction of the search."""
    for word in words:
        if word in folded:
            break
    else:
        return False
    if words.__class__ is tuple:
        return True
    for also in words.also:  # (`_Needed`: one of each of its further sets too)
        for word in also:
            if word in folded:
                break
        else:
            return False
    return True


def positions_of(text: str, words: tuple[str, ...], end: int | None = None) -> list[int]:
    """Where each of `words` (literal) occurs in text[:end], in order: `str.find` over a page costs a fraction of a
    pattern's search, so rules look only around these."""
    end = len(text) if end is None else end
    found = []
    for word in words:
        at = text.find(word, 0, end)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1, end)
    return sorted(found)
