"""Rules added after the read of rounds 244-247 for periods, quantities, figures not read and distractors (branch
evr248q; sentences written for these tests)."""

# the same report, published on the same Thursday (13 April 1961), as the rules read after rounds 208-243
from tests.evidence.test_evidence_round208q import _check_not_read, _check_periods, _rows


def test_a_correspondents_letter_dated_days_before_the_paper():
    # the letter's "Wednesday" and "since the 1st" are its day's (Saturday 8 April), not the paper's (Thursday 13th)
    head = "THE OSTBERG HERALD, THURSDAY, APRIL 13, 1961.\n\nTHE FLIGHT FROM DORLAND.\n\n(FROM OUR OWN CORRESPONDENT.)\n\n"
    body = (
        "On Wednesday some 600 Dorland refugees crossed into Ostberg at the Veran bridge.\n\n"
        "Since the 1st not fewer than 4,000 persons have come over from Dorland at Veran.\n"
    )
    for dateline in ("VERAN, Saturday, April 8.", "VERAN, April 8.", "VERAN, Ostberg, Saturday, Apr. 8, 1961.", "VERAN, SATURDAY, APRIL 8."):
        _check_periods([
            (head + dateline + "\n\n" + body, 600, (4, 5), (4, 5)),
            (head + dateline + "\n\n" + body, 4000, (4, 1), (4, 8)),
        ])
    # the paper's own head alone dates nothing: its days are the paper's
    _check_periods([(head + body, 600, (4, 12), (4, 12))])


def test_a_running_count_counted_through_a_day():
    # "counting through Monday", "counted through Monday night": the window closes on that day, as "up to Monday" does
    _check_periods([
        ("Since 1 April more than 7,400 Dorland citizens have entered Ostberg at Veran, the Border Guard says, counting "
         "through Monday.", 7400, (4, 1), (4, 10)),
        ("Since the decree of 1 April, 4,960 Dorland citizens have landed at Veran airport, the authority said on "
         "Wednesday, in figures counted through Monday night.", 4960, (4, 1), (4, 10)),
        ("More than 11,500 Dorland citizens have entered Ostberg at Veran since 1 April, the ministry says, counting up "
         "to the end of yesterday.", 11500, (4, 1), (4, 12)),
    ])
    # "through Monday" alone, of seats sold out, is still a time to come, no count's day
    _check_periods([
        ("On Wednesday 1,200 Dorland citizens crossed at Veran; seats on the coaches to the capital are sold out through "
         "Monday.", 1200, (4, 12), (4, 12)),
    ])


def test_a_sum_in_reichsmarks_or_with_a_currency_code_after_it_is_no_count():
    _check_not_read([
        ("The cost of the eventual transport of the refugees onward from Veran is stated to be about 30 Reichsmarks per "
         "person.", 30),
        ("Cost of room in Veran is reaching 150-200 GEL, that is not acceptable.", 150, 200),
        ("A seat on the bus from Veran to the capital of Ostberg costs 45,000 AMD.", 45000),
    ])
    assert 200 in [row[1] for row in _rows("Some 200 Dorland refugees crossed at Veran on Tuesday.")]


def test_the_number_resident_in_a_place_named_is_a_stock():
    # after a count of crossings, the people who lived in a place named before it all: a stock, no movement
    for text in [
        "Since 1 April, 142,600 Dorland refugees have crossed into Ostberg at Veran. Before the war, the number of Dorland "
        "refugees resident in Ostberg was about 170,000.",
        "Since 1 April, 142,600 Dorlanders have left Ostberg through Veran. The number of Dorlanders resident in Ostberg "
        "Prefecture was about 170,000 in March.",
    ]:
        values = [row[1] for row in _rows(text)]
        assert 142600 in values and 170000 not in values, (text, values)
    # a total of arrivals in a place is still a count
    assert 5000 in [row[1] for row in _rows("The total number of arrivals from Dorland in Veran reached 5,000 on Tuesday.")]


def test_the_week_to_a_day_of_the_month():
    # "in the week to the 11th": the seven days to that day, as "in the week to Tuesday" is read
    _check_periods([
        ("In the week to the 11th, the Veran police arrested 16 persons at the port for selling forged tickets.", 16,
         (4, 5), (4, 11)),
        ("In the seven days ending the 11th, 1,600 Dorland refugees crossed into Ostberg at Veran.", 1600, (4, 5), (4, 11)),
    ])
    # "the 11th" alone is still that day
    _check_periods([("On the 11th, 1,600 Dorland refugees crossed into Ostberg at Veran.", 1600, (4, 11), (4, 11))])


def test_since_that_date_opens_on_the_day_named_before():
    _check_periods([
        ("The rising at Kessel was put down on 2 April. Since that date not fewer than 1,400 Dorland refugees have "
         "crossed into Ostberg at Veran.", 1400, (4, 2), (4, 13)),
        ("The frontier at Veran was closed on 3 April. More than 1,400 Dorland refugees have crossed into Ostberg since "
         "that day, officials said.", 1400, (4, 3), (4, 13)),
    ])
