"""Rules added after the read of rounds 420-423 for periods and quantities (branch evr424q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_those_who_had_come_then_left_in_the_simple_past_are_exits():
    text = (
        "On Tuesday, 15 March, 2 480 persons who had come in from Moldova left Romania at the Nadlac border crossing "
        "point towards Hungary, the border police said."
    )
    rows = rows_of(2480, text, published=date(2022, 3, 16), trigger=date(2022, 2, 24))
    assert [r[0] for r in rows] == ["exits"]


def test_those_who_had_landed_then_flew_on_are_exits():
    text = "Last week about 1,700 travellers who had landed in Dubai flew on to Bangkok and Colombo, airport staff said."
    rows = rows_of(1700, text, published=date(2022, 10, 12), trigger=date(2022, 9, 21))
    assert [r[0] for r in rows] in (["exits"], ["departures_total"])  # (out, with or without the place left)


def test_a_yearless_day_after_a_named_december_is_in_the_next_year():
    text = (
        "Fighting in the hills resumed on 4 December 2019. On 6 January, 540 people crossed at the Elegu post into "
        "Uganda, and 410 on 7 January."
    )
    rows = rows_of(540, text, published=date(2020, 1, 9), trigger=date(2019, 12, 4))
    assert [(r[3], r[4]) for r in rows] == [(date(2020, 1, 6), date(2020, 1, 6))]


def test_the_previous_week_ending_a_day_is_the_seven_days_to_it():
    text = (
        "Some 2,100 refugees crossed the river in the week ending Sunday, 14 March. In the previous week, ending "
        "7 March, the figure was 3,400, the agency said."
    )
    rows = rows_of(3400, text, published=date(1993, 3, 16))
    assert [(r[3], r[4]) for r in rows] == [(date(1993, 3, 1), date(1993, 3, 7))]


def test_a_bracketed_post_stamp_dates_the_post_under_it():
    text = (
        'Channel "Border queue news" (posts in English)\n\n'
        "[11.10.2022, 08:10]\n"
        "Morning. The line of cars towards the post is about 900 cars by our count.\n\n"
        "[11.10.2022, 17:30]\n"
        "Evening. People say they have been in line more than 16 hours.\n\n"
        "[12.10.2022, 09:00]\n"
        "Border service: yesterday, 11.10, 3 870 people entered Kazakhstan through Kairak.\n\n"
        "[13.10.2022, 07:45]\n"
        "Quiet night, the queue is moving."
    )
    rows = rows_of(900, text, published=date(2022, 10, 13), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 11), date(2022, 10, 11))]


def test_a_post_of_the_same_day_does_not_date_the_next_post():
    text = (
        'Channel "Border queue news" (posts in English)\n\n'
        "[11.10, 08:10]\n"
        "Volunteers at the tent fed 300 people last night.\n\n"
        "[11.10, 17:30]\n"
        "Queue on our side, from Kairak, about 6 km according to drivers standing in it.\n\n"
        "[12.10, 09:00]\n"
        "Border service: yesterday, 11.10, 3 870 people entered Kazakhstan through Kairak."
    )
    rows = rows_of(6, text, published=date(2022, 10, 12), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 11), date(2022, 10, 11))]


def test_the_same_seven_days_are_the_past_seven_days_not_a_first_week():
    text = (
        "Since 21 September, more than 80 000 Russians entered Armenia. In the first week alone, from 21 to 27 "
        "September, some 41 000 came in. Zvartnots airport received 9 300 passengers on flights from Russian cities "
        "in the past seven days. In the same seven days, about 2 600 Russians flew out of Yerevan again, the airport "
        "said."
    )
    rows = rows_of(2600, text, published=date(2022, 10, 12), trigger=date(2022, 9, 21))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 5), date(2022, 10, 12))]


def test_the_same_seven_days_after_a_list_by_day_are_the_list_s_window():
    text = (
        "The following numbers of foreign citizens entered the country during the past seven days:\n\n"
        "5 May - 1,210\n\n6 May - 1,180\n\n7 May - 990\n\n8 May - 1,020\n\n9 May - 870\n\n10 May - 910\n\n"
        "11 May - 840\n\n"
        "In the same seven days, 3,905 foreign citizens left the territory of the country through the Kazbegi post."
    )
    rows = rows_of(3905, text, published=date(2023, 5, 12))
    assert [(r[3], r[4]) for r in rows] == [(date(2023, 5, 5), date(2023, 5, 12))]
