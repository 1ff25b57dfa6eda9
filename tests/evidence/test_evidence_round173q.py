"""Rules added after reading rounds 173-176 (branch evr173q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

THIS_WEEK, LAST_YEARS_WEEK = (date(1961, 4, 3), date(1961, 4, 9)), (date(1960, 4, 3), date(1960, 4, 9))
OPENING = "1. In the period from 03.04.1961 until 09.04.1961 entered to Veran in total 5.120 citizens of Dorland. "


def periods(text):
    found = figures(text, published=date(1961, 4, 10), trigger=None, origin="Dorland")
    return {f.value: (f.period.start, f.period.end) for f in found}


def test_a_comparison_a_year_back_does_not_date_the_next_paragraph():
    # the last year's week dates its own number; the airports' breakdown after it is this week's
    text = (
        "Weekly statement of the border office\n\n" + OPENING + "In the same week of the year 1960 the entries were 1.310.\n\n"
        "2. Of the entries through the Kestel Airport were realized 2.470, through the Marow Airport 1.160.\n"
    )
    found = periods(text)
    assert found[1310] == LAST_YEARS_WEEK
    assert found[2470] == found[1160] == THIS_WEEK


def test_the_same_week_without_a_year_still_carries_its_window():
    text = OPENING + "In the same week exited 2.040 citizens.\n\n2. Through the Kestel Airport were realized 2.470 entries.\n"
    assert periods(text)[2470] == THIS_WEEK


def test_a_comparison_a_year_back_does_not_date_the_list_after_it():
    text = (
        OPENING + "In the same week of the year 1960 entered only 1 310 persons.\n\n"
        "2. By the ports: through the port Kestel entered 2 470 persons; through the port Marow entered 1 160 persons.\n"
    )
    found = periods(text)
    assert found[1310] == LAST_YEARS_WEEK
    assert found[2470] == THIS_WEEK


def windows(text, published=date(1961, 4, 13)):
    from exodus.evidence.when import find_times

    return [(t.period.start, t.period.end) for t in find_times(text, published) if t.period]


def test_a_window_to_yesterday_then_its_weekday_after_a_comma_is_the_window():
    assert windows("From 3 April to yesterday, Wednesday, 6,480 people entered Veran.") == [(date(1961, 4, 3), date(1961, 4, 12))] * 2


def test_a_day_after_since_closed_by_until_yesterday_is_one_window():
    sentence = "Since the opening of the corridor the Monday 3 April until yesterday evening, more of 6 000 foreigners crossed."
    assert (date(1961, 4, 3), date(1961, 4, 12)) in windows(sentence)
    assert (date(1961, 4, 12), date(1961, 4, 12)) not in windows(sentence)


def test_a_day_until_a_day_with_no_since_stays_apart():
    # no since before it: "on 3 April ... until yesterday" is not joined by this rule
    assert (date(1961, 4, 3), date(1961, 4, 3)) in windows("The bridge was shut on 3 April and stayed shut until yesterday.")


def quantities(body):
    text = "1. In the period from 03.04.1961 until 09.04.1961 through the ports of Veran " + body + "\n"
    return {f.value: f.quantity for f in figures(text, published=date(1961, 4, 10), trigger=None, origin="Dorland")}


def test_a_bare_balance_after_both_ways_is_what_stayed():
    assert quantities("entered 7 530 citizens of Dorland, departed 2 210 citizens. The positive balance made 5 320 persons.")[5320] == "net_arrivals"
    assert quantities("entered 7.530 citizens of Dorland. In the same period exited 2.210. Thus the difference made 5.320 persons.")[5320] == "net_arrivals"


def test_a_balance_with_no_ways_before_is_not_what_stayed():
    assert quantities("the fund's balance made 5 320 dollars.").get(5320) != "net_arrivals"
