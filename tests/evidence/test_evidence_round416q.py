"""Rules added after the read of rounds 412-415 for periods and quantities (branch evr416q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_a_call_up_target_told_after_a_window_from_the_decree_is_the_decree_day():
    text = (
        "Some 12 000 people have driven into Kazakhstan at the Zhaisan post since 21 September, when the Kremlin "
        "announced the partial mobilisation, as of Monday night. The ministry has said that 300 000 reservists will "
        "be called up in all."
    )
    rows = rows_of(300000, text, published=date(2022, 9, 27), trigger=date(2022, 9, 21))
    assert [(r[0], r[3], r[4]) for r in rows] == [("other", date(2022, 9, 21), date(2022, 9, 21))]


def test_a_call_up_target_in_the_future_after_the_decree_day_is_that_day():
    text = (
        "Bookings out of Pulkovo doubled in the five days after the partial mobilisation was announced on 21 September. "
        "The defence ministry says 300,000 reservists will be called up."
    )
    rows = rows_of(300000, text, published=date(2022, 9, 26), trigger=date(2022, 9, 21))
    assert [(r[0], r[3], r[4]) for r in rows] == [("other", date(2022, 9, 21), date(2022, 9, 21))]


def test_a_month_abbreviated_in_capitals_does_not_end_the_sentence():
    text = (
        "GRAZ, DEC. 3 (AP) -- SINCE THE CAMPS OPENED ON NOV. 12, SOME 8,400 REFUGEES HAVE ARRIVED IN STYRIA FROM "
        "YUGOSLAVIA, THE PROVINCIAL GOVERNMENT SAID."
    )
    rows = rows_of(8400, text, published=date(1956, 12, 3), trigger=None)
    assert [(r[3], r[4]) for r in rows] == [(date(1956, 11, 12), date(1956, 12, 3))]


def test_a_heading_of_two_days_dates_its_weekdays():
    text = (
        "Daily crossings at the northern posts\n\n"
        "THURSDAY 6.10.\n"
        "On Thursday 6 October, 2 410 travellers entered Norway at Storskog. Traffic has been heavy since Monday.\n\n"
        "SATURDAY-SUNDAY 8.-9.10.\n"
        "On Sunday, 1 730 travellers entered Norway at Storskog, the police said.\n\n"
        "MONDAY 10.10.\n"
        "Queues were short on Monday morning.\n"
    )
    rows = rows_of(1730, text, published=date(2022, 10, 11), trigger=None)
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 9), date(2022, 10, 9))]
