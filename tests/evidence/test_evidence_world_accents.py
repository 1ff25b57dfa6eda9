"""The world table's names in plain letters where a text has no accented letter near them, and in accented ones where
it has: the same places either way, without compiling the accented patterns for English text."""

from exodus.evidence import gazetteer


def _names(text: str) -> list[str]:
    return [mention.place.name for mention in gazetteer.scan(text)]


def test_a_world_crossing_written_with_accents_is_still_found():
    assert _names("They crossed at Akçakale on Monday.") == ["Akcakale"]


def test_plain_text_with_curly_quotes_and_dashes_finds_the_plain_name():
    assert _names("“We crossed at Akcakale” – a farmer’s words.") == ["Akcakale"]


def test_text_with_no_accented_letter_compiles_only_the_plain_pattern():
    by_start, meaning = gazetteer._build()  # the sources, none compiled yet
    key = "Ak"
    assert isinstance(by_start[key], tuple) and all(isinstance(source, str) for source in by_start[key])
    found = gazetteer._scan("The gate at Akcakale “closed” on Sunday.", 0, None, by_start, meaning)
    plain, accented = by_start[key]
    assert [mention.place.name for mention in found] == ["Akcakale"]
    assert not isinstance(plain, str) and isinstance(accented, str)
    gazetteer._scan("The gate at Akçakale closed.", 0, None, by_start, meaning)
    assert not isinstance(by_start[key][1], str)
