"""Rules added after the read of rounds 232-235 for periods, quantities, figures not read and distractors (branch
evr236q; sentences written for these tests)."""

# the same report, published on the same Thursday (13 April 1961), as the rules read after rounds 208-215
from datetime import date

from tests.evidence.test_evidence_round70 import figures
from tests.evidence.test_evidence_round208q import _check_not_read, _check_periods, _rows, _values


def test_two_days_joined_by_and_set_off_as_an_aside_are_both_days():
    _check_periods([
        ("On the days of rest, 8 and 9 April, into Ostberg in sum entered 16 780 citizens of Dorland.", 16780, (4, 8), (4, 9)),
        ("Over the holiday (8 and 9 April) 2 300 citizens of Dorland entered Ostberg at Veran.", 2300, (4, 8), (4, 9)),
    ])
    # the first day is no count
    _check_not_read([("On the days of rest, 8 and 9 April, into Ostberg in sum entered 16 780 citizens of Dorland.", 8)])


def test_a_window_of_two_days_spelt_as_ordinals():
    _check_periods([
        ("CORRESPONDENT: The Ministry said this morning that from the third to the tenth of April, nineteen thousand "
         "citizens of Dorland entered Ostberg.", 19000, (4, 3), (4, 10)),
        ("The border service said that between the first and the seventh of April 4,100 people from Dorland crossed into "
         "Ostberg at Veran.", 4100, (4, 1), (4, 7)),
    ])


def test_a_dotted_window_until_the_end_of_its_last_day():
    _check_periods([
        ("06:30 — Border service: since 3.04 until the end of 10.04 through the point \"Veran\" entered more than 19 000 "
         "citizens of Dorland.", 19000, (4, 3), (4, 10)),
    ])
    _check_not_read([
        ("06:30 — Border service: since 3.04 until the end of 10.04 through the point \"Veran\" entered more than 19 000 "
         "citizens of Dorland.", 3.04, 10.04),
    ])


def test_a_wait_counted_from_an_hour_of_the_day_before_is_dated_the_day_it_is_told():
    _check_periods([
        ("CALLER: I'm standing at Veran. The queue is about seven kilometres. I've been here since eleven last night, so "
         "fourteen hours now.", 14, (4, 13), (4, 13)),
        ("03:00 — at last at the booth in Veran! Stood from yesterday 14:00, it is 13 hours.", 13, (4, 13), (4, 13)),
    ])
    # a wait told of yesterday stays yesterday's
    _check_periods([("At Veran yesterday drivers from Dorland waited 13 hours.", 13, (4, 12), (4, 12))])


def test_people_carried_out_of_a_place_named_are_exits_whatever_place_they_go_on_to():
    rows = _rows("Transport aircraft flew 1,250 foreigners out of Veran to Kessel on Monday, the embassy said.")
    assert [row[0] for row in rows if row[1] == 1250] in (["departures_total"], ["exits"]), rows
    rows = _rows("Airlines flew about 2,100 people out of Veran to Kessel on Monday.")
    assert [row[0] for row in rows if row[1] == 2100] in (["departures_total"], ["exits"]), rows
    # carried from one place to another, with no "out of": into the second, as before
    rows = _rows("A flight brought 418 returnees from Kessel to Veran on Monday.")
    assert [row[0] for row in rows if row[1] == 418] == ["entries"], rows


def test_people_who_remain_registered_are_a_stock():
    _check_not_read([
        ("Some 2,400 people from Dorland crossed into Ostberg at Veran on Monday. The embassy said about 2,800 Dorland "
         "nationals remain registered in Ostberg.", 2800),
        ("Some 2,400 people from Dorland crossed into Ostberg at Veran on Monday. Approximately 2,500 citizens of Dorland "
         "remain registered with the Embassy in Veran.", 2500),
    ])
    assert 2400 in _values("Some 2,400 people from Dorland crossed into Ostberg at Veran on Monday. About 2,800 remain registered.")


def test_a_number_to_reach_in_a_phones_groups_and_a_lines_hours_are_no_figure():
    _check_not_read([
        ("Some 2,400 people from Dorland crossed into Ostberg at Veran on Monday. Agencies can be reached through the UN "
         "office in Veran on 12 33 424.", 12, 33, 424),
        ("Some 2,400 people from Dorland crossed into Ostberg at Veran on Monday. Hot line of the volunteers "
         "+7 351 220 47 18 (from 8 until 22).", 8, 22),
        ("Some 2,400 people from Dorland crossed into Ostberg at Veran on Monday. Important: hotline of the volunteers "
         "+7 918 826 40 15 (calls from 8 till 22).", 8, 22),
    ])
    # a count told in brackets after a rise is still read
    assert 22 in _values("Arrests of people from Dorland at Veran rose (from 8 to 22) on Monday.")


def test_people_apprehended_as_they_cross_at_the_border_are_entries():
    for text, value in [
        ("According to the Border Patrol, agents in the Veran Sector apprehended 1,780 people who had crossed the river on "
         "Tuesday.", 1780),
        ("The border police report that 52,193 children from Dorland were apprehended at the southern border between 1 "
         "October and 10 April.", 52193),
        ("Across the whole southern border, the official said, apprehensions passed 12,000 on Monday.", 12000),
    ]:
        assert [row[0] for row in _rows(text) if row[1] == value] == ["entries"], (text, _rows(text))
    # an arrest of a few men stays an arrest
    assert [row[0] for row in _rows("Police apprehended 3 smugglers at Veran on Monday.")] == ["arrests"]


def test_a_releases_arrivals_by_crossing_point_listed_with_spaced_thousands():
    text = (
        "Per border crossing points in the period 3.-10.4. the entries of citizens of Dorland were following:\n"
        "- Veran 25 310\n"
        "- Marto 12 870\n"
        "The rest arrived through the other crossing points."
    )
    _check_periods([(text, 25310, (4, 3), (4, 10)), (text, 12870, (4, 3), (4, 10))])
    text = (
        "Arrivals of Dorland citizens on Saturday by crossing point:\n"
        "- Veran (Kessel on the Dorland side): 4 286\n"
        "- Marto (Brusno): 2 361\n"
    )
    _check_periods([(text, 4286, (4, 8), (4, 8)), (text, 2361, (4, 8), (4, 8))])
    # a numbered contact line with an hour in brackets is no item
    _check_not_read([
        ("Some 2,400 people from Dorland crossed into Ostberg at Veran on Monday.\n\n"
         "6. CONTACTS. Consular duty officer (24 hours): (243) 12 34775 or 34776.", 12, 243, 34775),
    ])


def test_a_posts_norm_and_people_who_came_earlier_and_live_there_are_no_counts():
    _check_not_read([
        ("The queue at Veran is 6 km. The checkpoint by the norm passes 600 cars in a day, so count yourself.", 600),
        ("Some 2,400 people from Dorland crossed into Ostberg at Veran on Monday. Officials estimate that about 40,000 "
         "Dorlanders who came after February were already living in Ostberg before the decree.", 40000),
    ])
    assert 2400 in _values(
        "Some 2,400 people from Dorland crossed into Ostberg at Veran on Monday. Officials estimate that about 40,000 "
        "Dorlanders who came after February were already living in Ostberg before the decree."
    )


def test_a_fare_by_a_day_is_that_days_fare():
    text = (
        "On 5 April a one-way seat from Veran to Kessel was offered for $2,400. By Monday, with extra flights added, the "
        "cheapest seat was going for about $900."
    )
    read = [
        (f.period.start, f.period.end)
        for f in figures(text, published=date(1961, 4, 13), trigger=date(1961, 4, 3), origin="Dorland")
        if (f.value or f.value_high) == 900
    ]
    assert read == [(date(1961, 4, 10), date(1961, 4, 10))], read
