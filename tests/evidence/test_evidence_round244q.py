"""Rules added after the read of rounds 240-243 for periods, quantities, figures not read and distractors (branch
evr244q; sentences written for these tests)."""

# the same report, published on the same Thursday (13 April 1961), as the rules read after rounds 208-239
from tests.evidence.test_evidence_round208q import _check_not_read, _check_periods, _rows
from tests.evidence.test_evidence_round70 import figures


def _bounds(text):
    return [(f.value, f.value_low, f.value_high) for f in figures(text, origin="Dorland")]


def test_a_range_whose_hundreds_or_thousand_are_said_once():
    # "eight or nine hundred": 800 to 900, not 8 to 900
    assert _bounds("A further eight or nine hundred Dorland refugees are said to be waiting in the villages about Veran.") == [
        (None, 800, 900)
    ]
    # "between eight hundred and a thousand": one range, not 800 and 1,000 apart
    assert _bounds("I would estimate between eight hundred and a thousand people were waiting at the Veran checkpoint.") == [
        (None, 800, 1000)
    ]
    assert _bounds("In the night between 800 and one thousand persons waited at the Veran bridge.") == [(None, 800, 1000)]


def test_hours_people_were_kept_held_or_spent_before_they_were_let_on_board():
    for text, value in [
        ("On Wednesday, the 12th, passengers were kept in the lighters up to nine hours before they could be put aboard "
         "the steamers lying off Veran.", 9),
        ("Those who sailed from Veran on 11 April had spent between three and four days at the Centre before going on "
         "board.", 96),
        ("New arrivals from Dorland are at present held for up to two days at the police station in Veran before being "
         "interviewed.", 48),
    ]:
        assert value in [row[1] for row in _rows(text) if row[0] == "wait_hours"], (text, _rows(text))
    # a time before an event that nobody spent is still no wait
    assert not [row for row in _rows("The Veran ferry leaves two hours before boarding closes.") if row[0] == "wait_hours"]


def test_hours_spent_in_it_of_a_line_named_in_the_sentence_before():
    rows = _rows(
        "In front of Veran, the line stood at about 900 cars on Wednesday night. Drivers who crossed on Wednesday told "
        "the paper they had spent between nine and eleven hours in it."
    )
    assert ("wait_hours", 11) in [row[:2] for row in rows], rows


def test_today_with_a_capital_after_a_word_is_a_papers_name():
    _check_periods([
        ("Drivers who crossed at Veran on Wednesday told Kessel Today that 300 Dorland citizens had entered Ostberg "
         "with them.", 300, (4, 12), (4, 12)),
    ])


def test_an_aircraft_type_is_no_count():
    _check_not_read([
        ("An Ostberg Boeing 747, from which the seats had been removed, landed at Veran with 1,087 immigrants on "
         "Wednesday.", 747),
    ])
    assert 1087 in [row[1] for row in _rows(
        "An Ostberg Boeing 747, from which the seats had been removed, landed at Veran with 1,087 immigrants on Wednesday."
    )]


def test_people_who_registered_an_address_or_a_place_of_stay_are_no_movement():
    _check_not_read([
        ("In March police registered 3,400 Dorland citizens at temporary residence addresses, up from 900 in February.",
         3400, 900),
        ("Some 1,500 Dorland citizens registered at addresses in Veran last week, the city says.", 1500),
        ("Migration offices at Veran say 9,400 Dorland citizens have registered their place of stay since 1 April.", 9400),
    ])
    # arrivals put on registration are still arrivals
    assert 2000 in [row[1] for row in _rows(
        "Since 1 April 2,000 Dorland citizens arrived in Ostberg and were put on registration at the place of stay."
    )]


def test_a_month_then_its_day_in_words():
    _check_periods([
        ("Since the decree of April third, close to sixty thousand Dorland citizens have entered Ostberg, the ministry "
         "said.", 60000, (4, 3), (4, 13)),
    ])


def test_a_window_between_two_hours_of_two_days():
    _check_periods([
        ("Between 11:00 on Monday, 10 April, and midday on Tuesday, 11 April, 14,310 immigrants arrived in Ostberg.",
         14310, (4, 10), (4, 11)),
        ("From 06.00 on Monday to 18.00 on Tuesday some 2,000 Dorland citizens entered Ostberg at Veran.",
         2000, (4, 10), (4, 11)),
    ])


def test_ultimo_and_instant_are_last_month_and_this_month():
    _check_periods([
        ("1. Between the 28th ultimo and the 10th instant, 1,240 Dorland citizens of all classes left Veran for Ostberg "
         "by sea.", 1240, (3, 28), (4, 10)),
        ("On Wednesday, the 29th ultimo, the police at Veran arrested twenty-seven Dorland citizens.", 27, (3, 29), (3, 29)),
    ])


def test_not_fewer_than_is_a_lower_bound():
    found = _bounds("The number who have passed into Ostberg at Veran since Saturday is estimated at not fewer than nine thousand.")
    assert found == [(9000, 9000, None)], found
