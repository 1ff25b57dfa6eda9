"""Rules added after the read of rounds 236-239 for periods, quantities, figures not read and distractors (branch
evr240q; sentences written for these tests)."""

# the same report, published on the same Thursday (13 April 1961), as the rules read after rounds 208-235
from tests.evidence.test_evidence_round208q import _check_not_read, _check_periods, _rows


def test_vehicles_counted_beside_the_people_of_their_paragraph_are_no_figure():
    _check_not_read([
        ("For the past day, 12 April, through the post \"Veran\" entered 3 115 persons, went out to Dorland 412 persons. "
         "Passed 1 046 units of automobile transport in both directions.", 1046),
        ("Yesterday through \"Veran\" entered Ostberg 8 912 persons. In the same day through \"Veran\" passed 2 845 "
         "vehicles and 311 motorcycles.", 2845, 311),
    ])
    # the people are still read, and a count of the same day after the cars keeps the day the cars were counted on
    _check_periods([
        ("On Tuesday 11.4. at Veran arrived to Ostberg 2 185 passenger cars with Dorland plates. In the same day at Veran "
         "entered Ostberg 5 318 travellers, according to the Border Guard.", 5318, (4, 11), (4, 11)),
    ])
    # vehicles counted alone in their paragraph are still cars that crossed
    rows = _rows("A total of 21,043 vehicles had crossed the Veran bridge by Wednesday, officials said.")
    assert [row[0] for row in rows if row[1] == 21043] == ["other"], rows


def test_on_the_past_day_is_the_day_before_publication():
    _check_periods([
        ("1. In total from 3 till 11 April inclusive through the airport \"Veran\" entered more than 9 thousand citizens "
         "of Dorland.\n\n2. On the past day through the automobile checkpoints on the border with Kessel departed from "
         "Ostberg 2 317 citizens of Dorland.", 2317, (4, 12), (4, 12)),
    ])


def test_parts_by_crossing_told_without_a_verb_take_the_verb_of_the_whole():
    rows = _rows(
        "On the past day through the automobile checkpoints departed from Ostberg 2 317 citizens of Dorland. Of them "
        "through the checkpoint \"Veran\" (Warsaw bridge) — 1 102 persons, through the checkpoint \"Kessel\" — 694 persons."
    )
    assert [row[1] for row in rows if row[1] in (1102, 694)] == [1102, 694], rows
    assert all(row[0] in ("exits", "departures_total") for row in rows), rows
    # a part with its own verb keeps it
    rows = _rows("Yesterday 4,100 citizens of Dorland entered Ostberg. Of them, 300 were turned back at Veran.")
    assert 300 not in [row[1] for row in rows if row[0] == "entries"], rows


def test_a_dotted_window_with_the_month_first():
    _check_periods([
        ("1. From 03.22 until 04.03 inclusive through the Veran automobile port entered 6 418 citizens of Dorland.",
         6418, (3, 22), (4, 3)),
        ("From 03.29 to 04.11 through the post \"Veran\" entered 12 400 citizens of Dorland.", 12400, (3, 29), (4, 11)),
    ])
    _check_not_read([
        ("1. From 03.22 until 04.03 inclusive through the Veran automobile port entered 6 418 citizens of Dorland.",
         3.22, 4.03, 4.0),
    ])


def test_a_day_written_as_an_ordinal_is_no_count():
    _check_not_read([
        ("On the 10th the Kessel brought between nine hundred and a thousand more, and the remainder came in on the 11th "
         "and 12th.", 12, 10, 11),
        ("Drivers said they had waited between 10 and 14 hours on Tuesday to get through, as the 58th Army's columns "
         "passed.", 58),
    ])


def test_a_post_office_box_is_no_count():
    _check_not_read([
        ("In the week to Sunday, 310 new arrivals from Dorland crossed at Veran.\n\nFor further information: Branch "
         "Office, P.O. Box 1898, Kessel.", 1898),
        ("In the week to Sunday, 310 new arrivals from Dorland crossed at Veran.\n\nGifts to the relief committee, Post "
         "Office Box 4412, Kessel.", 4412),
    ])


def test_a_ship_certified_for_so_many_and_a_posts_throughput_are_capacities():
    _check_not_read([
        ("On the 10th the steamer \"Kessel\", certified for 1,200 passengers, left the port of Veran with 2,150 persons "
         "on board.", 1200),
        ("As of 08:00 today before the checkpoint \"Veran\" in the queue are 340 light vehicles. The throughput of the "
         "checkpoint is 2 500 vehicles per day.", 2500),
    ])
    # the people on board are still read
    assert 2150 in [row[1] for row in _rows(
        "On the 10th the steamer \"Kessel\", certified for 1,200 passengers, left the port of Veran with 2,150 persons on "
        "board."
    )]


def test_the_number_of_something_expected_to_reach_a_mark_is_a_projection():
    _check_not_read([
        ("Police detained 4 men at Veran on Wednesday. Officials expect the number of handovers to reach 5,000 by the end "
         "of next week.", 5000),
        ("Relief workers in Kessel say they expect the number of homeless to exceed 150,000 before the winter.", 150000),
    ])
