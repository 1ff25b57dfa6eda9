"""Rules added after the read of rounds 532-535 for figures not read and distractors (branch evr532r; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

VENEZUELA = dict(published=date(2018, 8, 20), trigger=date(2018, 8, 1), origin="Venezuela")
MYANMAR = dict(published=date(2021, 4, 12), trigger=date(2021, 2, 1), origin="Myanmar")


def test_people_not_admitted_after_a_relative_clause_are_turned_back_no_figure():
    text = (
        "On Sunday, 2.310 Venezuelans entered Colombia through Paraguachón. That day 48 Venezuelan nationals who could "
        "not show a passport or an identity card were not admitted at the post."
    )
    assert placed(text, **VENEZUELA) == [("entries", 2310, "Paraguachón")]


def test_people_not_admitted_after_a_long_subject_are_turned_back_no_figure():
    text = (
        "Since 21 September, 4 820 citizens of Russia have entered Georgia. In the same period 610 citizens of the "
        "Russian Federation who reached the checkpoint by car and walked to the Georgian side of the bridge were not "
        "admitted and went back."
    )
    assert placed(text) == [("entries", 4820, "Georgia")]


def test_people_pushed_back_at_a_crossing_with_no_way_out_told_are_turned_back_no_figure():
    text = (
        "On Friday, 64 persons crossed the Tiau river at Zokhawthar. On Saturday, 27 persons were pushed back at "
        "Zokhawthar by the Assam Rifles. Border guards pushed back 19 people at the river bank near Farkawn on Sunday."
    )
    assert placed(text, **MYANMAR) == [("entries", 64, "Zokhawthar")]


def test_people_pushed_back_across_the_border_are_still_exits():
    text = "On Saturday, soldiers pushed back some 900 Karen across the river near Mae Sot."
    assert [quantity for quantity, _value, _place in placed(text, **MYANMAR)] == ["exits"]


def test_the_items_of_a_list_of_destinations_are_entries_at_the_places_they_name():
    text = (
        "MOSCOW, Nov 16 - Russians made 8.4 million trips abroad in July-September, the border service said.\n\n"
        "MAIN DESTINATIONS (trips by Russian citizens, July-September 2022):\n"
        "- All countries: 8.4 million\n"
        "- Armenia: 412,000\n"
        "- Mongolia: 95,300\n\n"
        "The service gives no figures by month."
    )
    assert placed(text, published=date(2022, 11, 16))[1:] == [("entries", 412000, "Armenia"), ("entries", 95300, "Mongolia")]


def test_a_table_of_tickets_sold_to_destinations_counts_no_people():
    text = (
        "One-way tickets sold by our agencies to visa-free destinations were as follows:\n\n"
        "| Destination | 21-27 Sept |\n| --- | --- |\n| Yerevan | 12 600 |\n| Tashkent | 4 300 |\n"
    )
    assert placed(text) == []


def test_people_housed_named_with_two_countries_or_who_found_shelter_in_schools_are_housed_no_figure():
    text = (
        "In the past week, 1,240 new arrivals from Russia landed at Ben Gurion. At present 960 new arrivals from Russia "
        "and Ukraine are housed at 12 absorption centres. About 700 others have found shelter in 9 schools in Haifa."
    )
    assert placed(text, published=date(2022, 10, 13)) == [("entries", 1240, "Tel Aviv")]


def test_a_count_recalled_by_of_the_at_another_quantity_is_not_read_again():
    text = (
        "Since 21 September, 98 400 citizens of the Russian Federation left Kazakhstan. \"Of the 98 400 who have left, "
        "most went on to Georgia and Turkey,\" the Committee said."
    )
    assert [(quantity, value) for quantity, value, _place in placed(text, published=date(2022, 10, 4))] == [
        ("exits", 98400)
    ]
