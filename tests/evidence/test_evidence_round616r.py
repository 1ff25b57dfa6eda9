"""Rules added after the read of rounds 616-619 for figures not read and distractors (branch evr616r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

SEPTEMBER_27 = dict(published=date(2022, 9, 27))
UGANDA_2017 = dict(published=date(2017, 2, 22), trigger=None, origin="South Sudan")


def test_the_age_after_a_posts_writer_is_no_count():
    text = (
        "On Monday 1,260 passengers flew out of Kurumoch airport.\n"
        "\"I drove 300 km, my summons is for Friday,\" writes Oleg, 34."
    )
    assert placed(text, **SEPTEMBER_27) == [("exits", 1260, "Samara")]


def test_the_people_of_a_place_named_by_its_kind_with_a_comma_are_no_count():
    text = (
        "On Monday 1,260 passengers flew out of Kurumoch airport. The region, with 3.1 million people, has not said "
        "how many reservists it must send."
    )
    assert placed(text, **SEPTEMBER_27) == [("exits", 1260, "Samara")]


def test_one_in_some_number_is_a_share_no_count():
    text = (
        "During the week 4,300 persons arrived at Afoji from South Sudan. About 1 in 4 arrives with goats or a bicycle."
    )
    assert placed(text, **UGANDA_2017) == [("entries", 4300, "Afoji")]


def test_an_air_route_with_an_aside_between_commas_carries_its_count_in():
    text = (
        "Sharjah airport says the Samara route, flown twice a day since 26 September instead of once a week, has "
        "brought 1,470 passengers to the emirate since 21 September."
    )
    assert placed(text, published=date(2022, 10, 5)) == [("entries", 1470, "Sharjah")]


def test_a_count_set_against_a_month_of_last_year_is_no_figure():
    text = (
        "Sharjah airport says flights from Samara have brought 1,470 passengers to the emirate since 21 September, "
        "against about 350 in the whole of September last year."
    )
    assert placed(text, published=date(2022, 10, 5)) == [("entries", 1470, "Sharjah")]
