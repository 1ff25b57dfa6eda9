"""Rules added after the read of rounds 616-619 for periods and quantities (branch evr616q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import periods, placed

OCTOBER_3 = dict(published=date(2022, 10, 3))


def test_a_count_out_through_a_krais_posts_is_exits_out_of_the_country():
    text = "The border department said that on Sunday 2 400 people left Russia through the krai's automobile checkpoints."
    assert placed(text, **OCTOBER_3) == [("exits", 2400, "Russia")]


def test_a_count_out_through_a_regions_posts_into_two_countries_is_exits_not_a_total():
    text = (
        "Since 21 September, more than 7,300 people have left Russia through the region's road checkpoints into "
        "Latvia and Estonia, the border directorate said."
    )
    assert placed(text, **OCTOBER_3) == [("exits", 7300, "Russia")]


def test_two_days_of_the_month_with_no_month_named_are_a_window():
    text = "From Thursday the 22nd to Thursday the 29th, 5,140 passengers flew abroad from the city's airport."
    assert periods(text, date(2022, 9, 30)) == [(date(2022, 9, 22), date(2022, 9, 29))]


def test_two_days_of_this_month_in_a_letter_are_a_window():
    text = "Between the 3rd and the 11th instant some 900 refugees crossed the frontier."
    assert periods(text, date(1948, 6, 14)) == [(date(1948, 6, 3), date(1948, 6, 11))]


def test_a_count_into_the_republic_in_a_paragraph_about_hotels_is_entries():
    text = (
        "Since Thursday some 9,800 citizens of Russia have entered the republic through the Roki tunnel. Hotels in "
        "Tskhinval have no rooms left."
    )
    assert placed(text, **OCTOBER_3) == [("entries", 9800, "Roki Tunnel")]
