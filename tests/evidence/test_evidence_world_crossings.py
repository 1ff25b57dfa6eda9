"""The world's border crossings as data (exodus/evidence/data/crossings.csv): read by either side's name, folded
to one name for the observation table and for scoring, under the hand-written gazetteer (texts written for these
tests)."""

import csv
from datetime import date

import pytest

from exodus.evidence import extract_figures, parse_document
from exodus.evidence import gazetteer
from exodus.evidence.gazetteer import CROSSING_EXIT_COUNTRY, WORLD_CROSSINGS_TABLE, canonical_place, scan
from exodus.evidence.scoring import _same_place

PUBLISHED = date(2015, 9, 23)  # a Wednesday


def figures(text):
    return extract_figures(parse_document(text.encode("utf-8"), "inline.txt"), PUBLISHED, None, None)


def table(tmp_path, *rows):
    path = tmp_path / "crossings.csv"
    path.write_text("name,aliases,into,out_of,note\n" + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def test_the_shipped_table_names_each_crossing_once_in_the_gazetteers_countries():
    with open(WORLD_CROSSINGS_TABLE, newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) >= 300
    written = [name for row in rows for name in [row["name"], *filter(None, row["aliases"].split("|"))]]
    assert len(written) == len(set(written)), "a name in two rows"
    assert {row["into"] for row in rows} | {row["out_of"] for row in rows} <= set(gazetteer._COUNTRIES)


def test_either_side_of_a_crossing_is_the_one_crossing():
    text = "Between Saturday and Tuesday 2,750 asylum seekers came to Tornio from Haparanda, border guards said.\n"
    mentions = [(text[m.start : m.end], m.place.name, m.place.kind) for m in scan(text)]
    assert ("Tornio", "Tornio", "crossing") in mentions and ("Haparanda", "Tornio", "crossing") in mentions
    assert canonical_place("Haparanda") == "Tornio"
    assert _same_place("Haparanda", "Tornio")  # a label by the other side scores as the same place
    (figure,) = figures(text)
    assert (figure.quantity, figure.value, figure.place) == ("entries", 2750, "Tornio")


def test_a_crossing_only_the_table_knows_keeps_its_countries():
    assert CROSSING_EXIT_COUNTRY["Tornio"] == "Sweden"
    (mention,) = scan("at Haparanda")
    assert mention.place.country == "Finland"


def test_the_table_holds_no_name_the_hand_written_gazetteer_reads_as_a_place():
    hand = gazetteer._build(world=False)
    known = []
    for line, names, _into, _out_of in gazetteer.world_rows(WORLD_CROSSINGS_TABLE):
        own = names[0] in gazetteer._CROSSINGS  # a row named after a hand-written crossing: its other names only
        for written in names[1:] if own else names:
            found = gazetteer._scan(written, 0, None, *hand)
            if len(found) == 1 and (found[0].start, found[0].end) == (0, len(written)):
                known.append((line, written, found[0].place.name))
    assert known == []


def test_a_row_named_after_a_hand_written_crossing_gives_it_other_names(tmp_path):
    path = table(
        tmp_path,
        "Vaalimaa,Vaalimaa-Torfyanovka|Luumaki,Finland,Russia,a crossing it knows: new names join it",
        "Salmivaara,Sallankulma,Finland,Russia,a new crossing",
    )
    places, exits = gazetteer._world_crossings(path)
    assert {written: (place.name, place.country) for written, place in places.items()} == {
        "Vaalimaa-Torfyanovka": ("Vaalimaa", "Finland"),
        "Luumaki": ("Vaalimaa", "Finland"),
        "Salmivaara": ("Salmivaara", "Finland"),
        "Sallankulma": ("Salmivaara", "Finland"),
    }
    assert exits == {"Salmivaara": "Russia"}


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Tornio,Haparanda,Finnland,Sweden,x", "line 2: into 'Finnland' is not a country of the gazetteer"),
        ("Tornio,Haparanda(SE),Finland,Sweden,x", "line 2: 'Haparanda(SE)' is not a name"),
        ("Tornio,Haparanda,Finland,Sweden", "line 2: 4 fields, expected 5"),
        ("tornio,,Finland,Sweden,x", "line 2: 'tornio' is not a name"),
    ],
)
def test_a_malformed_row_is_named_by_its_line(tmp_path, row, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        gazetteer._world_crossings(table(tmp_path, row))


def test_a_table_crossing_leads_away_from_the_reports_origin():
    (mention,) = scan("crossed the Rumichaca bridge")
    assert (mention.place.name, mention.place.country) == ("Rumichaca", "Ecuador")  # the Venezuelans' way, into Ecuador
    (away,) = gazetteer.facing_away([mention], "Ecuador")
    assert (away.place.name, away.place.country) == ("Rumichaca", "Colombia")
    assert gazetteer.facing_away([mention], "Venezuela") == [mention]


def test_an_arabic_name_is_one_name_with_any_article_or_none():
    for written in ("Ras en Naqoura", "Ras al-Naqoura", "Ras an Naqoura", "Ras Naqoura"):
        (mention,) = scan(f"through the post at {written} on Tuesday")
        assert mention.place.name == "Rosh Hanikra", written
    text = "came to Tornio at Haparanda"  # not an Arabic name: no article read between its words
    assert [text[m.start : m.end] for m in scan(text)] == ["Tornio", "Haparanda"]


def _sources(value) -> tuple:
    return value if isinstance(value, tuple) else (value,)


def test_the_scans_patterns_are_compiled_when_first_needed():
    by_start, meaning = gazetteer._build()
    # nothing compiled at build (two letters whose world names have accented spellings hold both sources)
    assert all(isinstance(source, str) for value in by_start.values() for source in _sources(value))
    found = gazetteer._scan("came to Tornio from Haparanda", 0, None, by_start, meaning)
    assert [m.place.name for m in found] == ["Tornio", "Tornio"]
    compiled = {key for key, value in by_start.items() if any(not isinstance(p, str) for p in _sources(value))}
    assert compiled and compiled <= {"To", "Ha", "T", "H"}  # only the keys the text met
