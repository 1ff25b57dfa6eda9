"""Rules added after the read of rounds 260-263 for periods, quantities, figures not read and distractors (branch
evr264q; sentences written for these tests)."""

from datetime import date

# the same report, published on the same Thursday (13 April 1961), as the rules read after rounds 208-259
from tests.evidence.test_evidence_round208q import _check_periods, _rows


def test_the_whole_of_may_is_the_month():
    # (the May before publication: in April 1961 this year's has not come yet)
    for text, value in (
        ("In the whole of May, 17,959 Dorlanders arrived at Veran.", 17959),
        ("The border office counted 6,420 Dorlanders entering Ostberg at Veran for the whole of May.", 6420),
    ):
        rows = [row for row in _rows(text) if row[1] == value]
        assert rows == [("entries", value, date(1960, 5, 1), date(1960, 5, 31))], (text, rows)


def test_a_night_across_two_days_written_with_a_slash_is_both_days():
    _check_periods([
        ("During the night of 10th/11th April about 1,200 Dorlanders came over at Veran.", 1200, (4, 10), (4, 11)),
        ("On the night of 9/10 April some 640 Dorlanders crossed into Ostberg at Veran.", 640, (4, 9), (4, 10)),
        ("On the night of April 7/8, 310 Dorlanders waded across the river to Veran.", 310, (4, 7), (4, 8)),
    ])


def test_people_leaving_for_resettlement_leave_the_host_not_their_country():
    text = (
        "About 9,000 Dorlanders have arrived at Veran since the start of the year. Of them, some 3,100 had left for "
        "resettlement overseas. A further 212 left by air for resettlement yesterday."
    )
    rows = {row[1]: row for row in _rows(text)}
    assert rows[3100][0] == "exits" and rows[212][0] == "exits"
    assert rows[212][2:] == (date(1961, 4, 12), date(1961, 4, 12))
    # people who go for resettlement with no host named or counted before them stay a total out of the origin
    assert [row[0] for row in _rows("Last week 620 Dorlanders left for resettlement in Canada.") if row[1] == 620] == [
        "departures_total"
    ]
