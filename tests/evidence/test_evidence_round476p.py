"""Rules added after the read of rounds 472-475 for places (branch evr476p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_a_part_counted_before_of_them_through_a_crossing_glossed_in_brackets_is_not_the_wholes_place():
    text = (
        "Border figures for Monday, 3 October: 8 240 Russian citizens entered Georgia, 6 115 of them through Dariali "
        "(Upper Lars), the ministry said."
    )
    assert placed(text, published=date(2022, 10, 4)) == [("entries", 8240, "Georgia"), ("entries", 6115, "Verkhny Lars")]


def test_a_queue_counted_at_the_chmi_post_is_the_queue_to_upper_lars():
    text = (
        "The column on the Russian side reaches back some 11 km from the Chmi post towards Vladikavkaz, the traffic "
        "police say. They counted about 2 650 cars waiting at 8:00."
    )
    assert ("queue_vehicles", 2650, "Verkhny Lars") in placed(text, published=date(2022, 9, 29))


def test_a_wait_at_the_chmi_post_is_a_wait_at_upper_lars():
    text = "Drivers we met at the Chmi post said they had been in the line for two days."
    assert placed(text, published=date(2022, 9, 28)) == [("wait_hours", 48, "Verkhny Lars")]


def test_where_people_went_on_to_after_the_counts_clause_is_not_where_they_were_counted():
    text = (
        "Armenia publishes the fullest figures. Its border service counted 31,200 entries of Russian citizens between "
        "21 September and 10 October; most of those who moved on went on to Georgia and Turkey."
    )
    assert placed(text, published=date(2022, 10, 12)) == [("entries", 31200, "Armenia")]


def test_entered_the_country_after_a_count_at_a_crossing_is_the_countrys_count():
    text = (
        "On Friday, 5 310 people entered Latvia across the eastern land border. At Terehova, 1 920 came in the same day. "
        "Over the whole week more than 17 000 people have entered the country."
    )
    assert placed(text, published=date(2022, 9, 26))[-1] == ("entries", 17000, "Latvia")


def test_crossed_into_the_country_there_stays_at_the_crossing_there():
    text = (
        "At Terehova, 1 920 people came in on Friday. A day earlier, 1 640 people crossed into the country there."
    )
    assert placed(text, published=date(2022, 9, 26))[-1] == ("entries", 1640, "Terehova")
