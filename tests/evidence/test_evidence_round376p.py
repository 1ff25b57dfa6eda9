"""Rules added after the read of rounds 372-375 for places (branch evr376p; sentences written for these tests)."""

from datetime import date

from exodus.evidence.gazetteer import scan
from tests.evidence.test_evidence_round70 import placed


def test_yugoslavia_is_a_country_the_labels_keep_for_reports_of_its_time():
    assert [(m.place.name, m.place.kind) for m in scan("They walked into Yugoslavia at night.")] == [("Yugoslavia", "country")]
    text = "BELGRADE, Dec 20 - Officials said some 9,300 Hungarians have entered Yugoslavia since the Red Army put down the rising in Budapest."
    assert placed(text, published=date(1956, 12, 20), trigger=date(1956, 11, 4), origin="Hungary") == [("entries", 9300, "Yugoslavia")]


def test_a_place_in_a_since_when_aside_is_the_events_not_the_counts():
    text = (
        "Since 24 March, when the NATO air campaign against the FR Yugoslavia began, some 52,000 people have entered "
        "the territory of the Republic of Albania through Morina."
    )
    assert placed(text, published=date(1999, 4, 10), trigger=date(1999, 3, 24), origin="Kosovo") == [("entries", 52000, "Albania")]


def test_a_crossing_listed_with_other_entry_points_is_not_the_counts_place():
    text = "Since 9 July some 18,200 refugees have entered Uganda through Elegu, Kuluba and other entry points in the north."
    assert placed(text, published=date(2016, 7, 20), trigger=date(2016, 7, 7), origin="South Sudan") == [("entries", 18200, "Uganda")]
    text = "Some 18,200 refugees have entered Uganda through Elegu, Kuluba and other points of entry."
    assert placed(text, published=date(2016, 7, 20), trigger=date(2016, 7, 7), origin="South Sudan") == [("entries", 18200, "Uganda")]
