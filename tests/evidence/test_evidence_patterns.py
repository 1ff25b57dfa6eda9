"""The fast forms of the extractor's patterns match exactly what the plain forms match."""

import re
from datetime import date
from pathlib import Path

import pytest

from exodus.evidence import gazetteer, when
from exodus.evidence.patterns import DIGIT, fits, keywords, leading_phrases, leading_words, phrase_starts, word_trie

TEXTS = sorted((Path(__file__).parent / "texts").glob("*"))
CORPUS = "\n".join(path.read_text(encoding="utf-8") for path in TEXTS)


@pytest.mark.parametrize(
    "words, tail",
    [
        (r"killed|injured|deaths?|casualt\w*", r"\b"),
        (r"enter\w*|crossed into|came (?:in)?to|(?:are|were|is)\s+(?:now\s+)?crossing|passed(?! away)", r"\b"),
        (r"up from|down from|compared (?:with|to)|vs\.?|than", r"\s*$"),
        (r"the\s+(?:number|figure)\b|it\s+(?:was|reached)\s+$", ""),
        # twelve first letters: groups nested two levels deep
        (r"said|told|reported|announced|crossed|entered|left|waiting|queues?|fled|arrived|returned|deported|border", r"\b"),
    ],
)
def test_keywords_match_what_the_plain_pattern_matches(words, tail):
    plain = re.compile(rf"\b(?:{words}){tail}", re.IGNORECASE)
    fast = keywords(words, tail)
    assert [m.span() for m in fast.finditer(CORPUS)] == [m.span() for m in plain.finditer(CORPUS)]
    for line in CORPUS.splitlines():  # searches of short windows, as the extractor does them
        for end in range(0, len(line), 37):
            window = line[max(0, end - 70) : end]
            found, expected = fast.search(window), plain.search(window)
            assert (found and found.span()) == (expected and expected.span()), window


def test_keywords_respect_word_starts_and_case():
    pattern = keywords(r"said|(?:in)?to", ignore_case=False)
    assert [m.group() for m in pattern.finditer("unsaid: he said it went into town, to")] == ["said", "into", "to"]
    assert keywords(r"said").search("He SAID so").group() == "SAID"
    assert pattern.search("He SAID so") is None


def test_word_trie_matches_exactly_the_words():
    pattern = re.compile(rf"\b{word_trie(['day', 'days', 'daytime', 'a', 'an', 'and'])}\b")
    assert [m.group() for m in pattern.finditer("a day, days and an daytime dayx ann")] == [
        "a",
        "day",
        "days",
        "and",
        "an",
        "daytime",
    ]


def test_leading_words_are_what_matches_start_with():
    heads = leading_words(r"(?:between|from)\s+\d+|(?:the\s+)?day\s+before|[12]?\d\s+days", re.IGNORECASE)
    assert heads == {"between", "from", "the", "day", DIGIT}
    assert fits("between", heads) and fits(DIGIT, heads) and not fits("on", heads)


def test_leading_phrases_read_on_across_spaces_and_digits():
    phrases = leading_phrases(r"(?:between|from)\s+\d+|(?:the\s+)?day\s+before|[12]?\d\s+days", re.IGNORECASE)
    assert phrases == {"between #", "from #", "the day", "day bef", "# day"}


def test_phrase_starts_stop_only_where_a_phrase_follows():
    starts = phrase_starts({"in the past", "in early", "# days", "yesterday"})
    text = "In the past week, in Kyiv, in  early May 3 people and 3 days; Yesterday, in2 yesterday."
    expected = [text.index(part) for part in ("In the", "in  early", "3 days", "Yesterday", "yesterday")]
    assert [m.start() for m in starts.finditer(text)] == expected


def test_rules_tried_by_first_word_find_what_all_rules_together_find():
    rules = when._RULE_PATTERNS
    together = re.compile(
        r"\b(?:" + "|".join(f"(?P<r{i}>{pattern})" for i, (pattern, _) in enumerate(rules)) + ")", re.IGNORECASE
    )
    expected, position = [], 0
    for match in together.finditer(CORPUS):
        if match.start() >= position:
            expected.append(match.span())
            position = match.end()
    assert [m.span() for m in when._candidates(CORPUS)] == expected
    assert when.find_times(CORPUS, date(2022, 9, 28), date(2022, 9, 21))


def test_named_crossing_cues_found_in_one_scan_are_what_each_cue_finds_alone():
    for end in (len(CORPUS), len(CORPUS) // 3):
        together = gazetteer._cue_matches(CORPUS, end)
        alone = [list(cue.finditer(CORPUS, 0, end)) for cue, _around, _reach in gazetteer._NAMED_CROSSINGS]
        assert [[m.span() for m in found] for found in together] == [[m.span() for m in found] for found in alone]
        if end == len(CORPUS):  # every cue occurs in the labelled texts, so each is exercised (a third may lack one)
            assert all(together)
