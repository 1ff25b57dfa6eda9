"""Rules added after the read of rounds 248-251 for periods, quantities, figures not read and distractors (branch
evr252q; sentences written for these tests)."""

# the same report, published on the same Thursday (13 April 1961), as the rules read after rounds 208-247
from tests.evidence.test_evidence_round208q import _check_not_read, _check_periods, _rows


def test_a_letter_dated_in_small_letters_days_before_the_paper():
    # "Veran, April 6." on a line of its own under the paper's head: the letter's "Wednesday" is the 5th, not the 12th
    head = "THE OSTBERG HERALD, THURSDAY, APRIL 13, 1961.\n\nTHE FLIGHT FROM DORLAND.\n\n(From Our Own Correspondent.)\n\n"
    body = (
        "On Wednesday three trains from Dorland brought some 1,400 persons into Veran.\n\n"
        "Upwards of 6,000 Dorlanders have reached Veran since 1 April.\n"
    )
    for dateline in ("Veran, April 6.", "Veran, Thursday, April 6.", "New Veran, April 6, 1961."):
        _check_periods([
            (head + dateline + "\n\n" + body, 1400, (4, 5), (4, 5)),
            (head + dateline + "\n\n" + body, 6000, (4, 1), (4, 6)),
        ])
    # a line in small letters with no stop, or naming two towns, is no letter's date: the paper's days
    for dateline in ("Veran, April 6", "London and Veran, April 6."):
        _check_periods([(head + dateline + "\n\n" + body, 1400, (4, 12), (4, 12))])


def test_a_level_called_normal_or_average_is_no_count():
    _check_not_read([
        ("Around 4,200 Dorland citizens arrived at Veran airport on Tuesday alone, against a normal daily figure closer "
         "to 1,500 for the season.", 1500),
        ("On Tuesday alone, 2,730 Dorland passport holders arrived at Veran airport, against a daily average of about "
         "1,100 in March.", 1100),
        ("The post processed more than 6,000 people arriving from Dorland on Tuesday, against a normal daily flow of "
         "about 1,500.", 1500),
    ])
    values = [row[1] for row in _rows("On Tuesday alone, 2,730 Dorlanders arrived at Veran, against 1,100 in March.")]
    assert 2730 in values and 1100 in values, values  # a level of a time named stays a baseline, as before


def test_overnight_into_a_day():
    _check_periods([
        ("Between 2,000 and 3,000 people crossed into Ostberg at Veran overnight into Wednesday, a photographer said.",
         3000, (4, 11), (4, 12)),
        ("Overnight Tuesday into Wednesday another 180 came over into Ostberg at Veran.", 180, (4, 11), (4, 12)),
    ])
    # "overnight" alone is still the night before, read as yesterday
    _check_periods([("About 1,200 people crossed into Ostberg at Veran overnight, police said.", 1200, (4, 12), (4, 12))])


def test_the_figure_covers_a_period_up_to_a_day_said_after_it():
    _check_periods([
        ("More than 200,000 Dorland citizens have entered Ostberg since the decree of 1 April, the ministry said on "
         "Thursday. The figure covers all land, air and rail crossings up to the end of Monday.", 200000, (4, 1), (4, 10)),
        ("Since the fighting flared on Monday 3 April, some 4,500 Dorlanders have crossed into Ostberg. The figure is up "
         "to Tuesday evening.", 4500, (4, 3), (4, 11)),
        # the sentence after the next, in the next paragraph
        ("VERAN, April 13 - More than 53,000 Dorland citizens have entered Ostberg since the decree of 1 April, the "
         "ministry said on Thursday.\n\nThe decree, which orders the call-up of some 300,000 reservists, has sent men "
         "towards the borders. The ministry's tally covers the period up to midnight on Tuesday.", 53000, (4, 1), (4, 11)),
    ])
    # with no such sentence the count runs to the day it was said
    _check_periods([
        ("More than 200,000 Dorland citizens have entered Ostberg since the decree of 1 April, the ministry said on "
         "Thursday. The decree orders the call-up of reservists.", 200000, (4, 1), (4, 13)),
    ])


def test_hours_or_days_people_remained_before_crossing_are_a_wait():
    for text, hours in [
        ("Some families, who had boarded the buses at Veran on Saturday morning, remained at the frontier post for up "
         "to 30 hours.", 30),
        ("The persons interviewed at the Veran crossing indicate that they remain there up to five days.", 120),
        ("Some families remained up to 9 hours in the boats off Veran before they could land.", 9),
    ]:
        assert ("wait_hours", hours) in [row[:2] for row in _rows(text)], (text, _rows(text))
    # a stay the rules allow is no wait
    _check_not_read([
        ("Dorland citizens can remain up to 90 days in Ostberg as tourists.", 90, 2160),
        ("Dorland citizens are allowed to remain up to 90 days in Ostberg.", 90, 2160),
    ])


def test_people_expelled_from_a_country_who_crossed_into_another_are_entries():
    for text, value in [
        ("Between 2 April and Monday 10 April, 8,340 Ostbergers expelled from Dorland crossed the River Veran into "
         "Ostberg at Veran.", 8340),
        ("More than 2,300 people of Ostberg origin expelled from Dorland have reached this Ostberg port of Veran.", 2300),
    ]:
        assert [row[0] for row in _rows(text) if row[1] == value] == ["entries"], (text, _rows(text))
    # put out, with no verb of entering after: still exits
    text = "On Tuesday 2,000 people were expelled from Ostberg into Dorland at Veran."
    assert [row[0] for row in _rows(text) if row[1] == 2000] == ["exits"], _rows(text)


def test_the_number_a_community_counts_is_a_stock():
    _check_not_read([
        ("The Dorland community here, which numbers some 120,000 souls, is doing what it can for the refugees at "
         "Veran.", 120000),
        ("Since 1 April, 4,000 Dorlanders have crossed into Ostberg at Veran. The Dorland community in Ostberg numbers "
         "some 30,000, many of them settled there after the war.", 30000),
    ])
    assert 4000 in [row[1] for row in _rows(
        "Since 1 April, 4,000 Dorlanders have crossed into Ostberg at Veran. The Dorland community in Ostberg numbers "
        "some 30,000, many of them settled there after the war."
    )]


def test_a_window_between_two_hours_of_two_days():
    _check_periods([
        # "between 10pm on Tuesday and 6am today": from that day to publication
        ("Officials say about 1,200 people came across into Ostberg at Veran between 10pm on Tuesday and 6am today.",
         1200, (4, 11), (4, 13)),
        # an hour in digits before a weekday with no "on"
        ("Officials counted about 1,100 people crossing into Ostberg at Veran between 8am Tuesday and 8am Wednesday.",
         1100, (4, 11), (4, 12)),
        ("About 900 people crossed into Ostberg at Veran between 11:00 on Monday and midday on Tuesday.", 900, (4, 10), (4, 11)),
    ])


def test_a_window_to_an_hour_of_its_last_day_written_with_dots():
    # "till 24:00 hours of 10.04.1961" (translated): the window's last day, the hour before it (rounds 244, 250)
    _check_periods([
        ("In total in the period from 2.04.1961 till 24:00 hours of 10.04.1961 into the territory of Ostberg entered 98 "
         "thousand citizens of Dorland.", 98000, (4, 2), (4, 10)),
        ("In the period from 2.04.1961 until 18:00 on 10.04.1961, 7,400 citizens of Dorland entered Ostberg at Veran.",
         7400, (4, 2), (4, 10)),
    ])
