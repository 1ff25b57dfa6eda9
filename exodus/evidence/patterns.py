"""Regular-expression helpers that keep a megabyte of text to a fraction of a second.

Python's `re` tries the branches of an alternation one by one at every position, so a
list of a hundred words costs a hundred attempts per character. `word_trie` writes the
same list as a prefix tree ("da(?:ys?|y)"), which is tried letter by letter instead.
`leading_words` reads what a pattern's matches must begin with, so that a long list of
rules need only be tried where one of them can start.
"""

import re
from re import _constants as sre  # the parser's opcodes; stable across 3.11-3.13
from re import _parser

DIGIT = "#"  # stands for "any digit" among leading words
_MAX_HEAD = 16


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


def keywords(words: str, tail: str = r"\b", ignore_case: bool = True) -> re.Pattern:
    """`\b(?:words)tail` (case-insensitive unless told), compiled so that `re` scans for first letters in C."""
    return re.compile(keyword_pattern(words, tail, ignore_case))


def keyword_pattern(words: str, tail: str = r"\b", ignore_case: bool = True, after_digit: str | None = None) -> str:
    """`\b(?:words)tail` written to open with the set of its first letters.

    `words` is an alternation whose branches each start with a letter (or with a group of
    such branches). A pattern that opens with `\b`, or is case-insensitive, is tried at
    every character; one that opens with a set of letters is tried only where one of them
    stands, which makes searching a clause for a list of cue words three to four times
    faster. Matches are the same: at any place only branches with the same first letter can
    match, and they keep their order. `after_digit`, if given, also matches a single digit
    followed by it (a lookaround on what stands around that digit).
    """
    by_first: dict[str, list[str]] = {}
    for branch in alternatives(words):
        for word in _spelled_out(branch):
            if not word[:1].isalpha():
                raise ValueError(f"keyword branch {word!r} must start with a letter")
            by_first.setdefault(word[0].lower() if ignore_case else word[0], []).append(word[1:])
    if ignore_case:
        letters = "".join(sorted(first + first.upper() for first in by_first))
        branches = "|".join(
            f"(?<=[{first}{first.upper()}])(?i:{'|'.join(rests)})" for first, rests in by_first.items()
        )
        tail = f"(?i:{tail})" if tail else ""
    else:
        letters = "".join(sorted(by_first))
        branches = "|".join(f"(?<={first})(?:{'|'.join(rests)})" for first, rests in by_first.items())
    if after_digit is None:
        return rf"[{letters}](?<!\w.)(?:{branches}){tail}"
    return rf"[\d{letters}](?:(?<=\d){after_digit}|(?<!\w.)(?:{branches}){tail})"


def leading_words(pattern: str, flags: int = 0) -> set[str]:
    """Lower-cased literal prefixes that every match of `pattern` starts with (one of them).

    "" in the result means a match may start with anything; DIGIT, with a digit. The set
    is sound, not tight: a rule is tried wherever one of its prefixes fits.
    """
    return {head for head, _open in _sequence(list(_parser.parse(pattern, flags)))}


def _sequence(items: list) -> set[tuple[str, bool]]:
    heads = {("", True)}
    for op, argument in items:
        if not any(is_open for _head, is_open in heads):
            break
        following = _item(op, argument)
        heads = {
            _join(head, tail, tail_open) if is_open else (head, False)
            for head, is_open in heads
            for tail, tail_open in (following if is_open else [("", False)])
        }
    return heads


def _join(head: str, tail: str, tail_open: bool) -> tuple[str, bool]:
    joined = head + tail
    if DIGIT in joined:
        return joined[: joined.index(DIGIT) + 1] if not head else head, False
    return joined[:_MAX_HEAD], tail_open and len(joined) < _MAX_HEAD


def _item(op, argument) -> set[tuple[str, bool]]:
    if op is sre.LITERAL:
        char = chr(argument).lower()
        return {(DIGIT, False)} if char.isdigit() else {(char, True)}
    if op is sre.AT:
        return {("", True)}  # \b, ^: zero width
    if op is sre.SUBPATTERN:
        return _sequence(list(argument[-1]))
    if op is sre.BRANCH:
        return set().union(*(_sequence(list(branch)) for branch in argument[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, _high, body = argument
        inner = {(head, False) for head, _open in _sequence(list(body))}
        return inner | {("", True)} if low == 0 else inner
    if op is sre.IN:
        return _character_set(argument)
    return {("", False)}


def _character_set(members) -> set[tuple[str, bool]]:
    chars = set()
    for op, argument in members:
        if op is sre.LITERAL:
            chars.add(chr(argument).lower())
        elif op is sre.CATEGORY and argument is sre.CATEGORY_DIGIT:
            return {(DIGIT, False)}
        elif op is sre.RANGE and argument[0] >= ord("0") and argument[1] <= ord("9"):
            return {(DIGIT, False)}
        else:
            return {("", False)}
    if any(char.isdigit() for char in chars):
        return {(DIGIT, False)} if all(char.isdigit() for char in chars) else {("", False)}
    return {(char, True) for char in chars}


def fits(word: str, heads: set[str]) -> bool:
    """Whether a match starting with `word` (lower-cased, or DIGIT) may be one of `heads`."""
    return any(head == "" or head.startswith(word) or word.startswith(head) for head in heads)
