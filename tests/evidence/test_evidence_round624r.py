"""Rules added after the read of rounds 624-627 for figures not read and distractors (branch evr624r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities

JUNE_2021 = dict(published=date(2021, 6, 15), trigger=date(2021, 5, 17), origin="Morocco")
SEPTEMBER_29 = dict(published=date(2022, 9, 29))
UGANDA_2022 = dict(published=date(2022, 12, 5), trigger=date(2022, 3, 28), origin="Democratic Republic of the Congo")
MALI_2022 = dict(published=date(2022, 6, 3), trigger=date(2022, 1, 1), origin="Mali")


def test_people_handed_back_by_the_police_at_a_post_are_exits():
    text = (
        "During the week the French border police handed back 164 people to Spain at the Biriatou post under the "
        "readmission agreement. Another 41 were handed back at the Hendaye station post on Saturday."
    )
    assert quantities(text, **JUNE_2021) == [("exits", 164), ("exits", 41)]


def test_papers_handed_back_are_no_figure():
    text = "At the Biriatou post the gendarmes handed back 12 passports to the drivers on Saturday morning."
    assert quantities(text, **JUNE_2021) == []


def test_people_a_school_hall_took_in_for_the_night_are_housed():
    text = (
        "Some 3 200 Russians entered Kazakhstan through the post on Wednesday. The hotels of the town are full, and "
        "last night the gym of school No. 14 took in 150 men. The town mosque had taken in 40 more for the night."
    )
    assert quantities(text, **SEPTEMBER_29) == [("entries", 3200)]


def test_a_country_that_has_taken_in_people_still_counts_them():
    text = "Since the call-up, Kazakhstan has taken in about 98,000 Russians, the interior ministry said on Thursday."
    assert [quantity for quantity, _value in quantities(text, **SEPTEMBER_29)] != []


def test_the_hours_a_help_point_opens_are_no_count():
    text = (
        "On Saturday 74 people crossed the bridge into France, our volunteers said.\n\n"
        "Help desk: Hendaye station, Monday to Friday 10-19. Info point: Irun bus station, daily 8-22."
    )
    assert quantities(text, **JUNE_2021) == [("entries", 74)]


def test_a_transit_centres_population_column_is_no_figure():
    text = (
        "Situation report, reporting period 1 - 3 December 2022.\n\n"
        "Table 2: Nyakabande Transit Centre\n\n"
        "Date               New arrivals   Relocated to Nakivale   TC population (end of day)\n"
        "Thu 1 Dec                  830                      0                        2,410\n"
        "Fri 2 Dec                  910                    400                        2,920\n"
    )
    assert [value for _quantity, value in quantities(text, **UGANDA_2022)] == [830, 910]


def test_the_screening_of_new_arrivals_is_no_crossing():
    text = (
        "Some 2,300 new arrivals reached Mbera camp in the week. Nutrition screening of 1,480 children under five "
        "among the new arrivals found a high rate of acute malnutrition."
    )
    assert [value for _quantity, value in quantities(text, **MALI_2022)] == [2300]


def test_the_members_of_a_chat_are_no_figure():
    text = (
        "About 4 100 Russians entered Kazakhstan through the post on Wednesday. Our Telegram chat for the newcomers "
        "has 3,700 members already. The hostels in town are full."
    )
    assert quantities(text, **SEPTEMBER_29) == [("entries", 4100)]
