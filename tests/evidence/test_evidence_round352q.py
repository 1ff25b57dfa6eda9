"""Rules added after the read of rounds 348-351 for periods and quantities (branch evr352q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of

PUBLISHED = date(2022, 9, 30)  # a Friday
DECREE = date(2022, 9, 21)  # a Wednesday


def _found(text, value, origin="Russia", published=PUBLISHED, trigger=DECREE):
    return rows_of(value, text, published=published, trigger=trigger, origin=origin)


def test_as_at_an_hour_on_a_named_day_closes_the_window_since():
    found = _found(
        "As at 5.00 p.m. on Tuesday, 27th September, 2022, a total of 6,410 Russian citizens had entered Kazakhstan "
        "through Kairak since 21st September, 2022.",
        6410,
    )
    assert found and found[0][3:] == (date(2022, 9, 21), date(2022, 9, 27)), found


def test_as_of_an_hour_on_a_date_closes_the_window_since():
    found = _found("As of 09:00 on 28 September, 6,410 Russians have crossed into Georgia at Verkhny Lars since 21 September.", 6410)
    assert found and found[0][3:] == (date(2022, 9, 21), date(2022, 9, 28)), found


def test_a_day_opening_the_sentence_dates_people_waiting_after_a_source_between():
    found = _found(
        "Yesterday evening, according to the border police, some 1,400 men were still gathered on the Russian side of "
        "the crossing at Kairak.",
        1400,
    )
    assert found and found[0][0] == "other" and found[0][3:] == (date(2022, 9, 29), date(2022, 9, 29)), found


def test_figures_given_to_a_paper_on_a_day_close_the_window_since():
    found = _found(
        "According to figures the customs office gave our newspaper on Wednesday, 6,410 Russians have entered Georgia "
        "through Sarpi since 21 September.",
        6410,
    )
    assert found and found[0][3:] == (date(2022, 9, 21), date(2022, 9, 28)), found


def test_that_leaves_those_who_arrived_still_in_the_country_is_net_arrivals_over_the_window_before():
    found = _found(
        "The ministry said the figures covered the period from 21 September to midnight on 27 September. That leaves "
        "some 41,000 Russians who came after the decree still in Kazakhstan, officials said.",
        41000,
    )
    assert found == [("net_arrivals", 41000, "Kazakhstan", date(2022, 9, 21), date(2022, 9, 27))], found


def test_a_date_after_since_a_weekday_last_week_restates_the_opening_day():
    found = _found("Since Thursday last week, 22 September, about 6,410 Russians have crossed into Mongolia at Altanbulag.", 6410)
    assert found and found[0][3:] == (date(2022, 9, 22), date(2022, 9, 30)), found


def test_between_the_decree_and_a_weekday_runs_from_the_trigger_to_that_day():
    found = _found("Altanbulag registered about 6,410 Russian arrivals between the decree and Tuesday evening.", 6410)
    assert found and found[0][3:] == (date(2022, 9, 21), date(2022, 9, 27)), found


def test_the_count_a_call_up_is_of_is_the_triggers_day():
    found = _found(
        "Men fleeing the Kremlin's call-up of 300,000 reservists kept arriving at Upper Lars this week, the border "
        "service said.",
        300000,
    )
    assert found and found[0][0] == "other" and found[0][3:] == (DECREE, DECREE), found


def test_how_long_people_had_lived_somewhere_since_a_year_is_not_the_counts_window():
    found = _found(
        "About 2,640 Chadians who had lived in Libya as migrant workers since 1998 have crossed back into Chad at "
        "Kouri Bougoudi since Monday.",
        2640,
        origin="Libya",
        published=date(2011, 3, 10),
        trigger=None,
    )
    assert found and found[0][3:] == (date(2011, 3, 7), date(2011, 3, 10)), found


def test_the_same_week_after_the_decree_is_the_week_told_before():
    found = _found(
        "In the week from 21 to 27 September, 12 350 Russians came in through Vaalimaa. Over the same week after the "
        "decree some 6 410 Russians left Finland through Vaalimaa.",
        6410,
    )
    assert found and found[0][3:] == (date(2022, 9, 21), date(2022, 9, 27)), found


def test_a_night_and_the_early_hours_of_the_next_day_count_both_days():
    found = _found("Some 6,410 Russians crossed at Verkhny Lars on Tuesday night and the early hours of Wednesday.", 6410)
    assert found and found[0][3:] == (date(2022, 9, 27), date(2022, 9, 28)), found
