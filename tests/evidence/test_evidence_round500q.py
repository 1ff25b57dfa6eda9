"""Rules added after the read of rounds 496-503 for periods and quantities (branch evr500q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, rows_of


def test_a_call_up_target_given_by_the_ministry_after_the_decrees_day_is_that_days():
    text = (
        "On 21 September the President signed the decree on partial mobilisation. According to the Defence Ministry, "
        "300 thousand men in the reserve are to be called up across the country."
    )
    rows = rows_of(300000, text, published=date(2022, 9, 28))
    assert [(r[0], r[3], r[4]) for r in rows] == [("other", date(2022, 9, 21), date(2022, 9, 21))]


def test_a_call_up_target_after_the_decrees_signing_alone_is_that_days():
    text = (
        "The President's decree was signed on 21 September. Of the 300 thousand reservists whom the Ministry of "
        "Defence means to call up, our region's share is being drawn up from the lists."
    )
    rows = rows_of(300000, text, published=date(2022, 9, 27))
    assert [(r[0], r[3], r[4]) for r in rows] == [("other", date(2022, 9, 21), date(2022, 9, 21))]


def test_a_plus_sign_after_a_count_is_a_lower_bound():
    text = "Since 2 June, 45,000+ people have crossed into Chad at Adre, the agency said."
    rows = rows_of(45000, text, bounds=True, published=date(2023, 6, 20), trigger=None, origin="Sudan")
    assert [(r[0], r[1]) for r in rows] == [("entries", 45000)]
    (found,) = [f for f in figures(text, published=date(2023, 6, 20), trigger=None, origin="Sudan") if f.value == 45000]
    assert found.value_low == 45000 and found.value_high is None


def test_an_age_rating_with_a_plus_sign_is_no_bound():
    text = "About 2,000 people crossed at Adre on Monday. 18+ All rights reserved."
    assert all(f.value_low is None for f in figures(text, published=date(2023, 6, 20), trigger=None, origin="Sudan"))
