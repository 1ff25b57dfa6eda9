"""The fast forms of the extractor's patterns match exactly what the plain forms match."""

import bisect
import re
from datetime import date
from pathlib import Path

import pytest

from exodus.evidence import figures, gazetteer, when
from exodus.evidence.patterns import (
    DIGIT,
    alternatives,
    by_first_letter,
    case_folded,
    holds_any,
    keyword_openers,
    keywords,
    leading_phrases,
    opening_characters,
    phrase_starts,
    positions_of,
    word_trie,
    words_needed,
)

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


def test_leading_phrases_read_on_across_spaces_and_digits():
    phrases = leading_phrases(r"(?:between|from)\s+\d+|(?:the\s+)?day\s+before|[12]?\d\s+days", re.IGNORECASE)
    assert phrases == {"between #", "from #", "the day", "day bef", "# day"}


def test_leading_phrases_read_past_look_arounds():
    phrases = leading_phrases(r"(?<![\d.])(?:the\s+(?=\d\d?th\b))?\d+(?:th)?\s+(?!of\b)days", re.IGNORECASE)
    assert phrases == {"the # d", "the #th", "# day", "#th d"}


def test_phrase_starts_stop_only_where_a_phrase_follows():
    starts = phrase_starts({"in the past", "in early", "# days", "yesterday"})
    text = "In the past week, in Kyiv, in  early May 3 people and 3 days; Yesterday, in2 yesterday."
    expected = [text.index(part) for part in ("In the", "in  early", "3 days", "Yesterday", "yesterday")]
    assert [m.start() for m in starts.finditer(text)] == expected


def test_rules_tried_by_leading_phrase_find_what_all_rules_together_find():
    rules = when._RULE_PATTERNS
    together = re.compile(
        r"\b(?:" + "|".join(f"(?P<r{i}>{pattern})" for i, (pattern, _) in enumerate(rules)) + ")", re.IGNORECASE
    )
    expected, position = [], 0
    for match in together.finditer(CORPUS):
        if match.start() >= position:
            expected.append((match.span(), match.lastgroup, when._NO_GROUPS | match.groupdict()))
            position = match.end()
    found = [(m.span(), m.lastgroup, when._NO_GROUPS | m.groupdict()) for m in when._candidates(CORPUS)]
    assert found == expected
    assert when.find_times(CORPUS, date(2022, 9, 28), date(2022, 9, 21))


def test_named_crossing_cues_found_in_one_scan_are_what_each_cue_finds_alone():
    for end in (len(CORPUS), len(CORPUS) // 3):
        together = gazetteer._cue_matches(CORPUS, end)
        alone = [list(cue.finditer(CORPUS, 0, end)) for cue, _around, _reach in gazetteer._NAMED_CROSSINGS]
        # (but a cue whose names need words the text lacks, left out: see the test below)
        folded = case_folded(CORPUS[:end])
        alone = [found if holds_any(folded, needs) else [] for found, needs in zip(alone, gazetteer._AROUND_NEEDS, strict=True)]
        assert [[m.span() for m in found] for found in together] == [[m.span() for m in found] for found in alone]
        if end == len(CORPUS):  # every cue occurs in the labelled texts, so each is exercised (a third may lack one)
            assert all(together)


def test_a_cue_whose_names_need_words_the_text_lacks_is_not_looked_for(monkeypatch):
    """"in", "into", "to" and "at" name a place only before "the town of ..." and the like: in a text that names no
    town, village, island or hamlet those cues are not looked for, every other cue's matches are as before, and the
    crossings named are the same."""
    text = (
        "About 500 people crossed into Georgia at the Zorbak crossing on Monday, and 200 went to Kazbegi. "
        "Guards at the Pelto checkpoint said 300 more came in through Pelto.\n"
    ) * 3
    end = len(text)
    found = gazetteer._cue_matches(text, end)
    alone = [list(cue.finditer(text, 0, end)) for cue, _around, _reach in gazetteer._NAMED_CROSSINGS]
    dead = [i for i, needs in enumerate(gazetteer._AROUND_NEEDS) if not holds_any(case_folded(text), needs)]
    assert [i for i in dead if alone[i]], "a cue that matches here but whose names cannot"
    for index, (matches, everywhere) in enumerate(zip(found, alone, strict=True)):
        assert [m.span() for m in matches] == ([] if index in dead else [m.span() for m in everywhere])
    known = gazetteer.scan(text)
    named = gazetteer._named_crossings(text, end, known, "Georgia")
    monkeypatch.setattr(gazetteer, "_AROUND_NEEDS", [("",)] * len(gazetteer._NAMED_CROSSINGS))  # every cue looked for
    assert gazetteer._named_crossings(text, end, known, "Georgia") == named
    assert {m.place.name for m in named} >= {"Zorbak", "Pelto"}


def test_case_folded_keeps_places_and_gives_what_ignorecase_matches():
    text = "İSTANBUL, ıstanbul, ſtopped, KELVIN \u212a, ΣΟΦΙΑΣ crossed"
    folded = case_folded(text)
    assert len(folded) == len(text)
    assert folded.startswith("istanbul, istanbul, stopped, kelvin k,")
    for word in ("istanbul", "stopped", "kelvin", "crossed"):
        for match in re.finditer(word, text, re.IGNORECASE):
            assert folded[match.start() : match.end()] == word


def test_words_needed_reads_the_words_every_match_holds():
    assert words_needed(re.compile(r"\b(?:landed|came\s+ashore)\s+(?:at|in)\b", re.IGNORECASE)) == ("came", "landed")
    assert words_needed(re.compile(r"\s*(?:no|not\s+any)\s+more\b")) == ("more",)
    assert words_needed(re.compile(r"(?:up)?to\b|\d+")) == ("",)  # a branch with no word: no gate
    assert words_needed(re.compile(r"(?<=border )post"), re.compile(r"gates?")) == ("gate", "post")  # (lookbehind: nothing)
    assert holds_any("the border post", ("gate", "post")) and not holds_any("the bridge", ("gate", "post"))
    assert holds_any("anything", ("",))


def test_words_needed_of_a_sequence_also_reads_its_other_items():
    # (speed37) "queues ... at the pharmacy" needs a queue's word and a shop's: the gate looks for the second set only
    # where the first is found, and passes where both are (the first alone let the search run for nothing)
    shop_queue = re.compile(r"\b(?:queues?|lines?)\s+(?:at|outside)\s+(?:the\s+)?(?:pharmacy|shops?|banks?)\b")
    needs = words_needed(shop_queue)
    # ("at" is too short to look for; "the" may be missing)
    assert needs == ("line", "queue") and needs.also == (("bank", "pharmacy", "shop"),)
    assert holds_any("the queue outside the bank", needs) and shop_queue.search("the queue outside the bank")
    assert not holds_any("the queue at the border", needs) and not holds_any("the bank", needs)
    # several patterns (either may match) keep the first sets' union alone
    assert words_needed(shop_queue, re.compile(r"gates?")).__class__ is tuple


def test_words_needed_of_a_keywords_pattern_are_its_whole_words():
    # (evspeed9) the pattern opens with the words' first letters as a set ("[tTvV...](?<!\w.)(?:han|s\.?...)"): read off
    # it alone, "than" needed only "han" and "vs" only "s", which nearly every clause holds
    cue = keywords(r"up from|down from|compared (?:with|to)|vs\.?|than", tail=r"\s*$")
    needs = words_needed(cue)
    assert needs == ("compared", "down", "from", "than", "vs")  # ("up from": its longer word)
    for text in ("far more than ", "up from ", "Compared with ", "Kyiv vs. "):
        assert cue.search(text) and holds_any(case_folded(text), needs)
    assert not holds_any(case_folded("9,000 crossed on Sunday, the guards said, and "), needs)
    # a case-sensitive one is read as written, lower-cased for the folded text
    assert words_needed(keywords(r"Border|Crossing", ignore_case=False)) == ("border", "crossing")
    # the sharper of the two readings is kept: a word the pattern alone holds whole stays
    assert words_needed(keywords(r"aged|between", tail=r"\s+\d")) == ("aged", "between")


def test_every_gate_of_the_extractor_is_held_by_each_match_in_the_labelled_texts():
    folded = case_folded(CORPUS)
    gates = {name: needs for name, needs in vars(figures).items() if name.endswith("_NEEDS")}
    assert len(gates) >= 20
    for name, needs in gates.items():
        gated = name.removesuffix("_NEEDS").split("_OR_")  # "_THE_CROSSING_OR_ALONE": both patterns
        patterns = [getattr(figures, gated[0])] + [getattr(figures, f"{gated[0]}_{rest}") for rest in gated[1:]]
        for pattern in patterns:
            for match in pattern.finditer(CORPUS):
                assert holds_any(folded[match.start() : match.end()], needs), (name, match.group())


def test_branches_grouped_by_first_letter_match_what_the_flat_alternation_matches():
    # order within a letter kept ("mi" after "miles?"), and no group takes branches from both sides of one that may
    # open with any letter ("(?:auto-?)?transport" between "trucks" and "taxis")
    flat = r"kms?|miles?|trucks|mi|(?:auto-?)?transport|taxis|tons|%|t|-?years?|Mi"
    assert by_first_letter(flat) == r"kms?|m(?:iles?|i)|trucks|(?:auto-?)?transport|t(?:axis|ons)|%|t|-?years?|Mi"
    assert by_first_letter("naht|nuora|\\.xorppa|evoba|nehw", ignore_case=True) == r"n(?:aht|uora)|\.xorppa|evoba|nehw"
    for pattern, flags in ((flat, 0), (flat, re.IGNORECASE), (figures._UNIT_AFTER.pattern, 0)):
        plain, fast = re.compile(f"(?:{pattern})(?P<end>\\b)?", flags), re.compile(f"(?:{by_first_letter(pattern)})(?P<end>\\b)?", flags)
        for at in range(0, len(CORPUS), 7):
            found, expected = fast.match(CORPUS, at), plain.match(CORPUS, at)
            assert (found and found.span()) == (expected and expected.span())


def test_unit_after_a_number_is_what_the_flat_unit_list_reads():
    head, units = figures._UNIT_AFTER.pattern.split("(?P<unit>", 1)
    flat = re.compile(head + "(?P<unit>" + "|".join(  # the alternatives of every group undone into one list again
        re.sub(r"^(\w)\(\?:(.*)\)$", lambda m: "|".join(m[1] + rest for rest in alternatives(m[2])), branch)
        if re.fullmatch(r"\w\(\?:.*\)", branch) else branch
        for branch in alternatives(units.removesuffix(r")\b"))
    ) + r")\b")
    assert len(alternatives(flat.pattern.split("(?P<unit>", 1)[1])) > len(alternatives(units)) + 50
    for digit in re.finditer(r"\d\b", CORPUS):
        found, expected = figures._UNIT_AFTER.match(CORPUS, digit.end()), flat.match(CORPUS, digit.end())
        assert (found and found.groupdict()) == (expected and expected.groupdict())


def test_keyword_openers_are_the_folded_letters_matches_open_with():
    pattern = keywords(r"crossed|(?:in)?to|a|posts?", ignore_case=True)
    assert keyword_openers(pattern) == ({"cr", "in", "to", "po"}, {"a"})
    two, one = keyword_openers(pattern)
    for match in pattern.finditer(case_folded(CORPUS) + " A ſpost TO"):
        assert match.group()[:2].lower() in two or match.group()[:1].lower() in one


def test_a_number_with_nothing_before_it_is_read_as_first_form_reads_it():
    numbers = figures._Numbers(CORPUS, len(CORPUS), False)
    read = 0
    for line in re.finditer(r"[^\n]+", CORPUS):
        for at in numbers.anchors[bisect.bisect_left(numbers.anchors, line.start()) : bisect.bisect_left(numbers.anchors, line.end())]:
            if numbers._lead(line.start(), at).group():
                continue  # (a qualifier, "between" or a currency before it: `_first_form` with its candidates)
            fast = figures._range_or_alone(CORPUS, at, line.start(), line.end(), False)
            assert fast == figures._first_form(CORPUS, [at], at, line.start(), line.end(), False, False)
            read += fast is not None
    assert read > 1000


def test_patterns_matched_after_a_number_open_with_their_opening_characters():
    gates = {name: opens for name, opens in vars(figures).items() if name.endswith("_OPENS")}
    assert len(gates) >= 6
    folded = case_folded(CORPUS)
    next_character = [""] * (len(CORPUS) + 1)  # the first character at or after each place past the spaces, folded
    for at in range(len(CORPUS) - 1, -1, -1):
        next_character[at] = next_character[at + 1] if folded[at].isspace() else folded[at]
    for name, opens in gates.items():
        pattern = getattr(figures, name.removesuffix("_OPENS"))
        skipped = [at for at in range(len(CORPUS)) if next_character[at] not in opens]
        assert len(skipped) > len(CORPUS) // 4, name
        assert not any(pattern.match(CORPUS, at) for at in skipped), name
    assert "x" in opening_characters(re.compile(r"\s*(?:[A-Z]\w+\s+)?of")) and "x" not in opening_characters(figures._RATE)


def test_positions_of_finds_every_occurrence_of_each_word_in_order_and_stops_at_end():
    text = "on the Kazakh side, at Tazhen; on the far bank; the side road"
    assert positions_of(text, (" side", " bank")) == [
        m.start() for m in re.finditer(r" side| bank", text)
    ]
    assert positions_of(text, (" side", " bank"), end=text.index(";")) == [text.index(" side")]
    assert positions_of("aaaa", ("aa",)) == [0, 1, 2]  # overlapping occurrences too
    assert positions_of(text, ()) == []
