"""Rules added after the read of rounds 564-567 for periods and quantities (branch evr564q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities, rows_of

OCTOBER_11 = dict(published=date(2022, 10, 11), origin="")  # a Tuesday
OCTOBER_6 = dict(published=date(2022, 10, 6), origin="")  # a Thursday
JULY_2015 = dict(published=date(2015, 7, 20), trigger=date(2015, 7, 2), origin="Syria")


def timed(value, text, **kwargs):
    """The (quantity, value, start, end) of the rows of `value` (the place is another reader's)."""
    return [(q, v, start, end) for q, v, _place, start, end in rows_of(value, text, **kwargs)]


def test_a_year_named_for_comparison_does_not_move_a_window_of_the_crisis_back_before_it():
    text = (
        "In September 1,930 Russians landed at the airport, against 240 in September 2021. Another 510 arrived by "
        "ferry between 21 September and 9 October."
    )
    assert timed(510, text, **OCTOBER_11) == [("entries", 510, date(2022, 9, 21), date(2022, 10, 9))]
    # (a narrative of an earlier year keeps its year: the day as read is before the trigger, or after it in that year)
    text = "In August 2021 the camps were quiet. On 12 August, 300 people crossed the bridge into Uzbekistan."
    assert timed(300, text, **OCTOBER_11) == [("entries", 300, date(2021, 8, 12), date(2021, 8, 12))]
    text = "The border was opened in May 2021. On 12 August, 300 Afghans crossed the bridge into Uzbekistan."
    kabul = dict(published=date(2022, 10, 11), trigger=date(2021, 8, 1), origin="Afghanistan")
    assert timed(300, text, **kabul) == [("entries", 300, date(2021, 8, 12), date(2021, 8, 12))]


def test_an_event_announced_on_a_day_is_no_day_a_count_was_taken():
    text = (
        "In the past week, 3 120 Russian citizens have entered through Narva, nearly three times as many as in the week "
        "before the mobilisation was announced in Russia on 21 September."
    )
    assert timed(3120, text, **OCTOBER_6) == [("entries", 3120, date(2022, 9, 29), date(2022, 10, 6))]


def test_the_day_a_count_was_taken_said_again_after_a_comma_still_closes_the_window():
    text = (
        "Since 21 September and up to the end of yesterday, Wednesday 5 October, Antalya airport received 31 400 "
        "Russian passengers."
    )
    assert timed(31400, text, **OCTOBER_6) == [("entries", 31400, date(2022, 9, 21), date(2022, 10, 5))]


def test_the_two_days_of_two_dates_is_both_days():
    text = (
        "Since 2 July, 9 410 Syrians have crossed into Turkey through the Ceylanpinar gate. In the two days of 14 and 15 "
        "July alone, 4 020 persons were admitted at Ceylanpinar."
    )
    assert timed(4020, text, **JULY_2015) == [("entries", 4020, date(2015, 7, 14), date(2015, 7, 15))]


def test_passengers_flown_from_a_town_of_the_country_left_are_its_exits():
    september_30 = dict(published=date(2022, 9, 30), origin="")
    text = "Since 22 September, 2 870 passengers have flown from Khabarovsk to Seoul, the airport's press service said."
    assert quantities(text, **september_30) == [("exits", 2870)]
    text = (
        "Since 22 September, 2 870 passengers have flown from Novosibirsk airport to Almaty and Tashkent, the airport's "
        "press service said."
    )
    assert quantities(text, **september_30) == [("exits", 2870)]
    # (citizens counted by the country they flew to are its entries)
    text = "Since 22 September, 2 870 Russian citizens have flown from Moscow to Antalya, Turkish migration officials said."
    assert quantities(text, **september_30) == [("entries", 2870)]


def test_a_count_out_through_several_posts_named_by_their_number_is_exits():
    text = (
        "In the past 24 hours 4 120 people left Russia through the Veseloyarsk checkpoint and 1 730 through Gorny. "
        "Since 21 September, more than 24 thousand people have left through the region's two automobile checkpoints."
    )
    assert [q for q in quantities(text, **dict(published=date(2022, 9, 30), origin="")) if q[1] == 24000] == [("exits", 24000)]


def test_the_opposite_direction_arriving_at_a_town_of_the_country_left_is_coming_home():
    september_29 = dict(published=date(2022, 9, 29), origin="Russia")
    text = (
        "Since 21 September, 3 910 passengers have flown from Khabarovsk airport to Seoul. In the opposite direction, "
        "870 passengers have arrived in Khabarovsk from Seoul since 21 September."
    )
    assert quantities(text, **september_29) == [("exits", 3910), ("entries", 870)]
    text = "In the opposite direction, flights from abroad are half empty: 1 140 passengers landed at Pulkovo on Wednesday."
    assert quantities(text, **september_29) == [("entries", 1140)]
    # (not through a crossing: going home through it is its exits)
    text = "In the opposite direction, 2 100 people crossed at Verkhny Lars on Wednesday."
    assert quantities(text, **september_29) == [("exits", 2100)]
