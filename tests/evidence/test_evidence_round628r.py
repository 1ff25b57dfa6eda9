"""Rules added after the read of rounds 628-631 for figures not read and distractors (branch evr628r; sentences written
for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

SEPTEMBER_28 = dict(published=date(2022, 9, 28))
OCTOBER_4 = dict(published=date(2022, 10, 4))
DECEMBER_2020 = dict(published=date(2020, 12, 16), trigger=date(2020, 11, 4), origin="Ethiopia")


def test_a_thousand_and_a_remainder_in_words_is_read_whole():
    text = "Staff at the airport say that yesterday one thousand and thirty passengers left Perm on flights abroad."
    assert placed(text, **SEPTEMBER_28) == [("exits", 1030, "Perm")]


def test_a_share_said_to_be_over_an_age_is_no_count_of_that_age():
    text = "Some 40 per cent of the new arrivals are women and 4 per cent are over 70."
    assert placed(text, **DECEMBER_2020) == []


def test_a_crossing_to_a_port_that_takes_hours_is_the_voyage():
    text = "The ferry leaves Aktau every other day. The crossing to Baku takes about 20 hours."
    assert placed(text, **OCTOBER_4) == []


def test_the_crossing_of_a_place_that_took_someone_and_others_days_is_the_journey():
    text = "A mother of 35 said the crossing of the forest took her and her two sons five days."
    assert placed(text, **OCTOBER_4) == []


def test_a_regions_code_after_the_plates_is_no_queue():
    text = "Cars with the plates of region 56, most of them from Orsk, stood at the post at Orsk on Tuesday morning."
    assert [row[:2] for row in placed(text, **SEPTEMBER_28)] == []


def test_the_police_registering_the_residence_of_people_is_a_stock():
    text = "The police in Budva registered the residence of 1.920 Russian citizens between 21 September and 3 October."
    assert placed(text, **OCTOBER_4) == []


def test_a_column_of_people_still_at_the_site_counts_no_arrivals():
    text = (
        "Table 2. New arrivals, Kassala State, 9 - 15 December 2020\n\n"
        "Entry point     Arrivals          At the site on\n"
        "                9-15 Dec          15 Dec\n"
        "Hamdayet          2,410             1,730\n"
        "Lugdi               860               440\n"
    )
    values = [row[1] for row in placed(text, **DECEMBER_2020)]
    assert 2410 in values and 860 in values
    assert 1730 not in values and 440 not in values


def test_teams_handing_out_summonses_are_no_people():
    text = "In Abakan the summonses are being delivered by 11 teams, the commissariat says."
    assert placed(text, **SEPTEMBER_28) == []
