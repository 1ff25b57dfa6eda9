"""Rules added after reading round 91 (branch evr91b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed


def test_wagah_is_the_attari_crossing_into_india():
    text = "Some 640 people crossed into India at Wagah on Sunday, an official said."
    assert placed(text, origin="Pakistan") == [("entries", 640, "Attari")]


def test_the_punjab_border_towns_and_apulian_ports_are_in_their_countries():
    text = "Police in Firozpur said they had arrested 31 men on Tuesday after a riot at the railway station."
    assert placed(text, origin="Pakistan") == [("arrests", 31, "India")]


def test_two_towns_of_one_country_named_together_are_the_country():
    text = "Coastguards said 2,300 Albanians came ashore in Otranto and Bari between Monday and Wednesday."
    assert placed(text, origin="Albania") == [("entries", 2300, "Italy")]


def test_a_ship_that_docked_here_landed_its_people_at_the_dateline_town():
    text = "BRINDISI, Italy, March 8 - Police said an old ferry with some 4,500 people aboard docked here on Thursday."
    assert placed(text, origin="Albania") == [("entries", 4500, "Brindisi")]


def test_people_who_crossed_the_bridge_crossed_at_the_crossing_named_before():
    text = (
        "The bridge at Hussainiwala is the busiest point on the new frontier. Officers said that 3,200 refugees had "
        "crossed the bridge into India since Sunday."
    )
    assert placed(text, origin="Pakistan") == [("entries", 3200, "Hussainiwala")]


def test_a_count_to_a_translated_hour_this_morning_is_yesterday_and_today():
    text = "In the last 24 hours until 7 hour this morning 4 thousand 210 migrants entered Georgia, the police report."
    assert [(f.value, f.period.start, f.period.end) for f in figures(text)] == [(4210, date(2022, 9, 29), date(2022, 9, 30))]


def test_officials_in_a_capital_speak_for_their_country():
    text = "Officials in Athens say about 3,100 more Syrians arrived by sea between May and June."
    assert placed(text, origin="Syria") == [("entries", 3100, "Greece")]
