"""Rules added after the read of rounds 356-359 for periods and quantities (branch evr360q; sentences written for
these tests)."""

from datetime import date
from functools import partial

from tests.evidence.test_evidence_round70 import periods, rows_of

PUBLISHED = date(2022, 10, 6)  # a Thursday
DECREE = date(2022, 9, 21)  # a Wednesday


def _found(text, value, origin="Russia", published=PUBLISHED, trigger=DECREE):
    return rows_of(value, text, bounds=True, published=published, trigger=trigger, origin=origin)


_periods = partial(periods, published=PUBLISHED)


def test_a_call_up_named_after_the_decree_noun_is_dated_the_decree_day():
    found = _found(
        "A week after the Kremlin's decree on mobilisation, which officials say will call up 300,000 reservists, the "
        "roads to Kazakhstan are still full.",
        300000,
    )
    assert found and found[0][0] == "other" and found[0][3:] == (DECREE, DECREE), found


def test_that_day_after_a_since_window_is_its_first_day():
    found = _found(
        "Fifteen days have gone by since the decree was signed in Moscow on 21 September. The minister spoke that day "
        "of 300,000 reservists to be called up.",
        300000,
    )
    assert found and found[0][3:] == (DECREE, DECREE), found


def test_that_day_after_a_count_by_a_day_is_that_day():
    found = _found(
        "The service says about 18,000 of the new arrivals had left Georgia again by 4 October, and that about 25,000 "
        "were still in the country on that day.",
        25000,
    )
    assert found and found[0][0] == "net_arrivals" and found[0][3:] == (date(2022, 10, 4), date(2022, 10, 4)), found


def test_the_same_day_is_the_day_named_after_the_figure_before():
    found = _found(
        "Today until 6:00 a.m., 4 100 persons crossed into Kazakhstan.\n\n"
        "Yesterday (Wednesday, 5 October) guards at Mashtakovo checked 9 800 persons. At Syrym, 3 050 persons entered "
        "Kazakhstan on the same day.",
        3050,
    )
    assert found and found[0][3:] == (date(2022, 10, 5), date(2022, 10, 5)), found


def test_people_currently_staying_in_a_country_are_counted_now():
    found = _found(
        "About 6,200 Russian citizens who came after September 21 are currently staying in Kyrgyzstan, the agency said.",
        6200,
    )
    # (branch evr584q) from the day they came after to the day they are there, as LABELLING.md reads those who came
    # since or after a day and round 358's label was changed to on 5 Dec 2026 (publication alone until then)
    assert found and found[0][0] == "net_arrivals" and found[0][3:] == (DECREE, PUBLISHED), found


def test_those_who_remain_in_a_countrys_territory_stayed():
    found = _found(
        "Between 1 March and 30 September, 64.300 Russian citizens entered Serbia and 31.900 left it. Of those who "
        "entered in this period, approximately 32.400 remain in Serbian territory.",
        32400,
    )
    assert found and found[0][0] == "net_arrivals", found


def test_still_in_a_country_with_no_time_of_its_own_is_counted_when_said():
    found = _found(
        "Some 1,300 crossed on Tuesday night at Verkhny Lars.\n\n"
        "The ministry said fewer than 700 of the new arrivals were still in Georgia, most of them in Tbilisi.",
        700,
    )
    assert found and found[0][0] == "net_arrivals" and found[0][3:] == (PUBLISHED, PUBLISHED), found


def test_a_count_runs_to_the_day_its_figures_were_given_out():
    found = _found(
        "According to figures the border service released on Tuesday, some 51,000 Russian citizens have entered "
        "Kazakhstan since the decree of Sept. 21.",
        51000,
    )
    assert found and found[0][3:] == (DECREE, date(2022, 10, 4)), found


def test_leaving_a_number_in_a_country_is_those_who_stayed():
    found = _found(
        "Some 70,000 Russians have entered Georgia since the decree. Over the same period about 30,000 left the country "
        "again, leaving roughly 40,000 in Georgia.",
        40000,
    )
    assert found and found[0][0] == "net_arrivals", found


def test_people_on_a_side_of_the_border_then_waiting_are_people_waiting():
    found = _found(
        "On Wednesday our volunteers at Kairak counted some 700 people on the Russian side of the border post waiting "
        "to be screened and registered before crossing.",
        700,
    )
    assert found and found[0][0] == "other", found


def test_a_dateline_in_small_letters_closed_by_its_agency_is_no_time_of_the_count():
    text = (
        "KAZINFORM -- ENGLISH SERVICE\n\nRUSSIANS POUR INTO EAST KAZAKHSTAN\n\n"
        "Semey, East Kazakhstan Region, October 6, KAZINFORM -- Some 8,000 Russian citizens, most of them young men from "
        "Novosibirsk, Barnaul and Omsk with their families, entered the republic through the Semey border post in the "
        "past 24 hours, the governor told reporters on Thursday."
    )
    found = _found(text, 8000)
    assert found and found[0][3:] == (date(2022, 10, 5), PUBLISHED), found


def test_the_day_inside_those_who_is_when_they_came_not_the_count():
    found = _found(
        "About 400 of those who had crossed on Monday went back to Russia through Kairak yesterday evening.",
        400,
    )
    assert found and found[0][3:] == (date(2022, 10, 5), date(2022, 10, 5)), found


def test_between_an_evening_and_dawn_is_the_night_both_days():
    assert _periods("Some 900 crossed between Tuesday evening and dawn at the post.") == [
        (date(2022, 10, 4), date(2022, 10, 5))
    ]
