"""Rules added after the read of rounds 608-611 for periods and quantities (branch evr608q; sentences written for these
tests)."""

from datetime import date

from exodus.evidence.when import find_times
from tests.evidence.test_evidence_round70 import figures, row

OCTOBER_5 = dict(published=date(2022, 10, 5))
SEPTEMBER_27 = dict(published=date(2022, 9, 27))
CHAD_2023 = dict(published=date(2023, 6, 23), trigger=date(2023, 4, 15), origin="Sudan")


def spans(text, published):
    return [(t.period.start, t.period.end) for t in find_times(text, published) if t.period]


def test_those_who_entered_a_country_named_after_a_day_run_from_that_day_to_publication():
    text = "Some 4 200 Russians who entered the country after 21 September are still in Armenia, the service said."
    assert spans(text, date(2022, 10, 5)) == [(date(2022, 9, 21), date(2022, 10, 5))]
    text = "About 2,600 of the Russians who came to Serbia after 21 September were still there."
    assert spans(text, date(2022, 10, 5)) == [(date(2022, 9, 21), date(2022, 10, 5))]


def test_those_who_arrived_after_that_date_run_from_the_day_named_before():
    text = (
        "The city registered 1,840 Russian citizens since 21 September. Officials think about 2,900 Russians who "
        "arrived after that date are still in Samarkand."
    )
    assert [(f.quantity, f.value, f.period.start, f.period.end) for f in figures(text, **OCTOBER_5) if f.value == 2900] == [
        ("net_arrivals", 2900, date(2022, 9, 21), date(2022, 10, 5))
    ]


def test_the_same_weekend_is_the_weekend_of_a_figure_before_not_a_running_count():
    text = (
        "Police said 2,480 Russians entered Kazakhstan at Zhaisan over the weekend, and that 14,000 have come through "
        "the region's posts since 21 September. Over the same weekend 190 people went back into Russia through Zhaisan."
    )
    assert [row(f)[3:] for f in figures(text, **SEPTEMBER_27) if f.value == 190] == [(date(2022, 9, 24), date(2022, 9, 25))]


def test_during_the_week_under_an_updates_numbered_line_is_that_updates_week():
    text = (
        "UNHCR CHAD\nFlash Update No. 4 | 5 - 11 June 2023\nIssued: N'Djamena, 12 June 2023\n\n"
        "Around 180 refugees went back across the border at Adre during the week, according to CNARR.\n\n"
        "More than 90,000 refugees have arrived in eastern Chad since 15 April 2023."
    )
    published = dict(CHAD_2023, published=date(2023, 6, 12))
    assert [(f.value, f.period.start, f.period.end) for f in figures(text, **published)] == [
        (180, date(2023, 6, 5), date(2023, 6, 11)),
        (90000, date(2023, 4, 15), date(2023, 6, 12)),
    ]


def test_flights_to_the_country_fled_carried_people_out_of_the_town_counted_into_before():
    text = (
        "Since 21 September, Samarkand airport has received about 5,100 passengers on flights from Moscow. Flights "
        "to Russia carried 1,730 passengers over the same period."
    )
    assert [row(f)[:3] for f in figures(text, **OCTOBER_5)] == [("entries", 5100, "Samarkand"), ("exits", 1730, "Samarkand")]
