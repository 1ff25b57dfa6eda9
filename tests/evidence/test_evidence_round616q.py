"""Rules added after the read of rounds 616-619 for periods and quantities (branch evr616q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

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
