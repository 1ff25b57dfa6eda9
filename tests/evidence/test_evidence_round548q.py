"""Rules added after the read of rounds 548-551 for periods and quantities (branch evr548q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import periods, rows_of

ZAIRE_1994 = dict(published=date(1994, 7, 22), trigger=date(1994, 7, 14), origin="Rwanda")  # a Friday
AEGEAN_2015 = dict(published=date(2015, 9, 10), trigger=date(2015, 6, 1), origin="Syria")  # a Thursday


def test_a_telex_window_with_no_article_is_the_past_week():
    assert periods("3. KAMANYOLA: IN PAST WEEK ABOUT 6,200 NEW ARRIVALS CROSSED.", date(1994, 7, 22)) == [
        (date(1994, 7, 15), date(1994, 7, 22))
    ]
    assert periods("Gendarmes report 900 persons crossed by road in past month.", date(1994, 7, 22)) == [
        (date(1994, 6, 22), date(1994, 7, 22))
    ]
    text = "3. KAMANYOLA: IN PAST WEEK ABOUT 6,200 NEW ARRIVALS CROSSED FROM RWANDA."
    assert [r[3:] for r in rows_of(6200, text, **ZAIRE_1994)] == [(date(1994, 7, 15), date(1994, 7, 22))]
    # (nor "past" before a week's possessive, nor past months with no count)
    assert periods("as noted in past week's telex", date(1994, 7, 22)) == []
    assert periods("crossings were rare in past months", date(1994, 7, 22)) == []


def test_a_wait_those_who_came_across_tell_is_dated_when_reported_not_by_the_crowd_seen_before():
    text = (
        "On Wednesday, our monitors at Goma saw some 9 000 people waiting on the Rwandan side of the border. New "
        "arrivals told us they had waited two to three days before they could cross."
    )
    assert [r[:1] + r[3:] for r in rows_of(72, text, bounds=True, **ZAIRE_1994)] == [
        ("wait_hours", date(1994, 7, 22), date(1994, 7, 22))
    ]
    text = (
        "Yesterday about 4,000 people were gathered at the barrier, waiting to cross. Refugees arriving in Goma said "
        "they had waited up to two days at the barrier."
    )
    assert [r[:1] + r[3:] for r in rows_of(48, text, **ZAIRE_1994)] == [("wait_hours", date(1994, 7, 22), date(1994, 7, 22))]


def test_those_still_waiting_who_tell_their_wait_keep_the_day_they_were_seen():
    text = (
        "On Wednesday about 4,000 people were waiting on the Rwandan side. Some of them told us they had waited for "
        "up to two days."
    )
    assert [r[:1] + r[3:] for r in rows_of(48, text, **ZAIRE_1994)] == [("wait_hours", date(1994, 7, 20), date(1994, 7, 20))]


def test_a_count_that_have_now_crossed_runs_from_the_event_to_the_day_told():
    text = (
        "The fighting has not stopped. Some 850,000 Rwandans have now crossed into neighbouring countries, while many "
        "more are displaced inside Rwanda."
    )
    assert [r[:1] + r[3:] for r in rows_of(850000, text, **ZAIRE_1994)] == [
        ("departures_total", date(1994, 7, 14), date(1994, 7, 22))
    ]
    # (a day of its own in the sentence still dates it)
    text = "Some 850,000 Rwandans have now crossed into neighbouring countries, UNHCR said on Wednesday."
    assert [r[3:] for r in rows_of(850000, text, **ZAIRE_1994)] == [(date(1994, 7, 20), date(1994, 7, 20))]


def test_a_window_from_an_hour_on_a_day_to_an_hour_today_is_those_days():
    assert periods("In the past 24 hours, from 08:00 on Wednesday 9 September to 08:00 today, 3.400 landed.", date(2015, 9, 10)) == [
        (date(2015, 9, 9), date(2015, 9, 10)),
        (date(2015, 9, 9), date(2015, 9, 10)),
    ]
    assert periods("from 6 a.m. on Monday to 6 a.m. this morning", date(2015, 9, 10)) == [(date(2015, 9, 7), date(2015, 9, 10))]
    text = (
        "From 08:00 on Wednesday 9 September to 08:00 today, 3.400 persons landed on Kos. Of these, 1.250 came ashore "
        "near Kos town and 940 at Kardamena."
    )
    assert [r[3:] for r in rows_of(940, text, **AEGEAN_2015)] == [(date(2015, 9, 9), date(2015, 9, 10))]


def test_the_same_period_paragraphs_later_is_the_window_the_statement_opens_on_not_a_running_total():
    text = (
        "In the past week, from 08:00 on Thursday 3 September to 08:00 today, the Port Authority of Kos recorded 3.400 "
        "arrivals by sea. Since 1 August the number of persons who arrived on Kos has reached 21.600.\n\n"
        "On Tuesday a boat with 40 persons capsized off Bodrum; all were rescued by the Turkish Coast Guard.\n\n"
        "The smugglers ask between 900 and 1.200 US dollars per person for the crossing.\n\n"
        "In the same period the Coast Guard arrested 6 suspected smugglers."
    )
    assert [r[:1] + r[3:] for r in rows_of(6, text, **AEGEAN_2015)] == [
        ("arrests", date(2015, 9, 3), date(2015, 9, 10))
    ]


def test_the_same_period_right_after_a_running_total_is_still_that_totals():
    text = (
        "About 200,000 people are believed to have left in the past week.\n\n"
        "The ministry said over 53,000 have entered Georgia since 21 September.\n\n"
        "The Finnish Border Guard said over 43,000 arrived in the same period."
    )
    assert [r[3:] for r in rows_of(43000, text, bounds=True, published=date(2022, 9, 30))] == [
        (date(2022, 9, 21), date(2022, 9, 30))
    ]


def test_those_still_in_the_country_after_a_long_clause_of_when_they_came_stayed():
    text = (
        "Some 21,400 of the Russian citizens who entered Kazakhstan after Vladimir Putin announced a partial "
        "mobilisation on 21 September were still in the country on Tuesday."
    )
    assert [r[:3] for r in rows_of(21400, text, published=date(2022, 10, 12))] == [("net_arrivals", 21400, "Kazakhstan")]


def test_men_apprehended_who_had_crossed_are_arrests_people_apprehended_are_entries():
    text = "On Monday, the frontier police apprehended 14 armed men near Torkham who had crossed from Afghanistan at night."
    kabul = dict(published=date(1980, 1, 17), trigger=date(1979, 12, 27), origin="Afghanistan")
    assert [r[:2] for r in rows_of(14, text, **kabul)] == [("arrests", 14)]
    text = "On Monday the Border Guard apprehended 3 Russian men who had crossed the land border on foot."
    assert [r[:2] for r in rows_of(3, text, published=date(2022, 10, 4))] == [("arrests", 3)]
    text = "Agents in the El Paso Sector apprehended 2,140 people who had crossed the river on Monday."
    mexico = dict(published=date(2021, 3, 24), trigger=date(2021, 1, 20), origin="Mexico")
    assert [r[:2] for r in rows_of(2140, text, **mexico)] == [("entries", 2140)]
