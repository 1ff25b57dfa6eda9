"""Rules added after reading round 79 (branch evr79b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed  # published on a Friday, origin Russia


def test_an_airport_the_gazetteer_knows_is_the_city_it_serves():
    text = "Some 2,300 Russians arrived through Zvartnots on Thursday, the migration service said."
    assert placed(text) == [("entries", 2300, "Yerevan")]


def test_a_siberian_airport_is_its_city():
    text = "Passport control at Tolmachevo took up to four hours on Thursday."
    assert placed(text) == [("wait_hours", 4, "Novosibirsk")]


def test_the_opposite_way_with_no_figure_before_it_is_still_read():
    text = "In the opposite direction some 900 people left Kazakhstan on Thursday."
    assert placed(text) == [("exits", 900, "Kazakhstan")]


def test_going_back_towards_or_across_a_crossing_is_out_through_it():
    text = (
        "Some 2,000 Russians entered Kazakhstan through Karasuk on Thursday. "
        "About 300 Russians have crossed back towards Karasuk since Monday, the officer said."
    )
    assert placed(text) == [("entries", 2000, "Karasuk"), ("exits", 300, "Karasuk")]


def test_since_the_fighting_began_counts_from_the_day_the_lead_gave_it():
    text = (
        "Officials said 9,000 people had fled since fighting broke out in the town on June 19.\n\n"
        "Another region has received some 700 since the fighting began, an official said on Wednesday."
    )
    found = figures(text, published=date(1992, 6, 26), trigger=None, origin="Moldova")
    assert [(f.value, f.period.start) for f in found] == [(9000, date(1992, 6, 19)), (700, date(1992, 6, 19))]


def test_a_count_with_no_start_before_the_decree_is_read_without_failing():
    # round 80's Gyumri page: the call-up check compared a window with no start to the trigger day and raised
    # ((branch evr388r) the daily rate it read, "served at average 150 travellers for one day", is now the usual day
    # before the crisis, no figure (LABELLING.md, 4 Dec 2026): a count with no rate keeps the window with no start)
    text = "Before the mobilization the station served in all 150 travellers."
    assert [(f.value, f.period.start) for f in figures(text)] == [(150, None)]
    assert figures("Before the mobilization the station served at average 150 travellers for one day.") == []
