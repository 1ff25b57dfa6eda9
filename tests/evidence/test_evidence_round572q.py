"""Rules added after the read of rounds 572-575 for periods and quantities (branch evr572q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of

SEPTEMBER_28 = dict(published=date(2022, 9, 28), trigger=date(2022, 9, 21), origin="")  # a Wednesday
MAY_2016 = dict(published=date(2016, 5, 13), trigger=date(2016, 4, 20), origin="Burundi")  # a Friday
DECEMBER_1956 = dict(published=date(1956, 12, 5), trigger=date(1956, 11, 4), origin="Hungary")  # a Wednesday
MARCH_2022 = dict(published=date(2022, 3, 9), trigger=date(2022, 2, 24), origin="Ukraine")
JUNE_2015 = dict(published=date(2015, 6, 19), origin="Eritrea")


def timed(value, text, **kwargs):
    """The (quantity, value, start, end) of the rows of `value` (the place is another reader's)."""
    return [(q, v, start, end) for q, v, _place, start, end in rows_of(value, text, **kwargs)]


def test_a_parts_day_told_after_the_count_does_not_date_the_whole():
    text = (
        "Since 20 April, some 4 100 Burundians have crossed into Tanzania at Kagunga. More than 900 of them have been "
        "sent back by the Tanzanian police through the Manyovu post, including 140 on Tuesday 10 May."
    )
    assert timed(900, text, **MAY_2016) == [("exits", 900, date(2016, 4, 20), date(2016, 5, 13))]
    assert timed(140, text, **MAY_2016) == [("exits", 140, date(2016, 5, 10), date(2016, 5, 10))]
    text = (
        "Under the airlift, which began on 25 April, 6,300 refugees have been flown from Kigoma airport to Dar es "
        "Salaam, 410 of them yesterday on three flights."
    )
    assert timed(6300, text, **MAY_2016)[0][2:] == (date(2016, 4, 25), date(2016, 5, 13))


def test_a_weekdays_date_after_a_comma_opens_a_window_up_to_this_morning():
    text = "Since Monday, 12 November, up to 08.00 hours this morning, a total of 41.200 refugees have entered Austria."
    assert timed(41200, text, **DECEMBER_1956) == [("entries", 41200, date(1956, 11, 12), date(1956, 12, 5))]


def test_a_queue_with_no_day_of_its_own_is_not_of_a_count_told_the_day_before():
    text = (
        "1. Yesterday, 31 buses carried 1 420 persons across Moldova to Romania through Leuseni.\n\n"
        "2. At the Palanca crossing point, some 260 cars were in line on the Ukrainian side."
    )
    assert timed(260, text, **MARCH_2022) == [("queue_vehicles", 260, date(2022, 3, 9), date(2022, 3, 9))]
    # (but of the day of a queue told before it, the same line)
    text = (
        "Yesterday the line of cars before the Palanca crossing point stretched 5 km on the Ukrainian side.\n\n"
        "Border police put the line at some 260 cars."
    )
    assert timed(260, text, **MARCH_2022) == [("queue_vehicles", 260, date(2022, 3, 8), date(2022, 3, 8))]


def test_a_queue_after_a_usual_time_before_is_of_the_day_reported():
    text = (
        "Before the war, the Palanca crossing point cleared about 2 000 persons a day.\n\n"
        "At 08:00 the queue of cars before Palanca numbered some 300 vehicles."
    )
    assert timed(300, text, **MARCH_2022) == [("queue_vehicles", 300, date(2022, 3, 9), date(2022, 3, 9))]


def test_a_call_up_target_is_of_the_decrees_day_past_a_semicolon():
    text = (
        "Since 21 September, 6 200 people have left Russia through the Troitsk checkpoint. In two days officers handed "
        "out 40 summonses at the border. The defence ministry has said that 300 000 reservists will be called up "
        "across the country; the quota of the region has not been published."
    )
    assert timed(300000, text, **SEPTEMBER_28) == [("other", 300000, date(2022, 9, 21), date(2022, 9, 21))]
    text = (
        "On Monday 5 400 Russians entered Kazakhstan. Moscow has said it intends to call up 300 thousand reservists; "
        "on Tuesday the Russian defence minister claimed that 200 thousand had been enlisted."
    )
    assert timed(300000, text, **SEPTEMBER_28) == [("other", 300000, date(2022, 9, 21), date(2022, 9, 21))]


def test_that_period_is_not_the_time_of_an_average_compared_with():
    text = (
        "In the past month, 3,900 Eritrean refugees have crossed into Sudan, almost double the monthly average of the "
        "first half of the year. Most crossed near Kassala, where 2,600 arrived in that period."
    )
    assert timed(2600, text, **JUNE_2015) == [("entries", 2600, date(2015, 5, 19), date(2015, 6, 19))]
