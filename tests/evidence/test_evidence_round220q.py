"""Rules added after the full read of rounds 216-219 for periods, quantities, figures not read and distractors (branch
evr220q; sentences written for these tests)."""

from datetime import date

# the same report, published on the same Thursday (13 April 1961), as the rules read after rounds 208-215
from tests.evidence.test_evidence_round208q import _check_not_read, _check_periods, _rows, _values


def _of(text, *quantities):
    return sorted(row[1] for row in _rows(text) if row[0] in quantities)


def _check_read_as(cases, *quantities):
    """Each (text, value): the value read once, as one of the quantities, and no other value read so."""
    for text, value in cases:
        assert _of(text, *quantities) == [value], (text, _rows(text))


def test_a_balance_named_with_its_window_or_in_the_present():
    cases = [
        (
            "Between 3 and 9 April 12 400 persons from Dorland entered Ostberg at Veran and 4 100 exited. "
            "The positive balance for the period made 8 300 persons.",
            8300,
        ),
        ("Since 2 April 7 500 citizens of Dorland entered through Veran and 2 900 departed. Thus the balance makes 4 600 persons.", 4600),
        (
            "On 11 April at Veran entered 3 150 from Dorland and exited 1 020. "
            "The positive balance of the day (the entered minus the exited) made 2 130 persons.",
            2130,
        ),
        ("Since 2 April 9,200 people from Dorland entered Ostberg at Veran and 3,300 left, so the balance is about 5,900.", 5900),
        (
            "Since 2 April 9,200 people from Dorland crossed into Ostberg. In the same days 3,300 left, so the balance is about 5,900.",
            5900,
        ),
    ]
    _check_read_as(cases, "net_arrivals")
    # a balance with no two ways told before it is still no net figure
    assert _of("The balance of the Veran camp's accounts for refugees from Dorland makes 4 600 crowns.", "net_arrivals") == []


def test_a_phone_number_with_its_area_code_in_brackets_is_no_figure():
    _check_not_read([
        ("Call-up questions from families in Dorland are answered by the regional administration of Veran: 8 (8112) 29-99-70.",
         8, 8112, 29, 99, 70),
        ("The reception office for people from Dorland at Veran can be found on (0412) 55-21-30, day and night.", 412, 55, 21, 30),
    ])
    # a count in brackets beside the number of people is still read
    assert 1200 in _values("Some 2,400 people from Dorland (1,200 on Monday) crossed into Ostberg at Veran.")


def test_up_to_yesterday_closes_a_window_opened_in_the_same_sentence():
    _check_periods([
        (
            "The refugee office says that up to yesterday evening, 38,200 people from Dorland had crossed into Ostberg "
            "since the border opened on 2 April.",
            38200, (4, 2), (4, 12),
        ),
        ("As of last night, 5,200 people from Dorland had entered Ostberg at Veran since Sunday.", 5200, (4, 9), (4, 12)),
        ("Up to yesterday 3,100 people from Dorland had reached Veran since 5 April.", 3100, (4, 5), (4, 12)),
    ])
    # and the figure after it "in the same days" counts the same window
    text = (
        "The refugee office says that up to yesterday evening, 38,200 people from Dorland had crossed into Ostberg since "
        "the border opened on 2 April. Over the Veran bridge alone 11,900 persons passed in the same days."
    )
    assert [row[2:] for row in _rows(text) if row[1] == 11900] == [(date(1961, 4, 2), date(1961, 4, 12))]
    # alone, "up to yesterday" is still the day before publication
    _check_periods([("Up to yesterday evening 2,600 people from Dorland had crossed at Veran.", 2600, (4, 12), (4, 12))])


def test_wagons_beside_a_roads_vehicles_are_a_queue_on_the_road():
    cases = [
        ("A line of some 120 wagons, buggies and automobiles from Dorland stood at the Veran gate at daybreak today.", 120),
        ("On Tuesday a column of some 450 carts and wagons from Dorland stood on the approach to the Veran bridge.", 450),
        ("At dawn a line of about 260 wagons, carts and buggies waited on the Dorland bank opposite Veran.", 260),
    ]
    _check_read_as(cases, "queue_vehicles")
    # wagons on the rails stay goods
    _check_not_read([
        ("More than 18,000 freight wagons a month cross from Dorland into Ostberg at Veran.", 18000),
        ("A train of 35 wagons leaves Veran for Dorland every evening.", 35),
    ])


def test_people_who_embarked_at_a_port_left_it():
    cases = [
        ("The last 1,300 civilians from Dorland embarked at Veran on the morning of 12 April.", 1300),
        ("Between Friday and Sunday approximately 7 400 persons from Dorland were embarked on the ships at Veran.", 7400),
    ]
    _check_read_as(cases, "exits", "departures_total")  # a way out (at the port, or out of the origin, as the place read says)
    # those still waiting to embark have not left
    assert _of("Around 6.000 persons from Dorland wait still in the camp near Veran to be able to embark.", "exits", "departures_total") == []
    # nor is "disembarked" a way out
    assert _of("On Tuesday 2,000 refugees from Dorland disembarked at Veran.", "entries") == [2000]


def test_hours_spent_at_passport_control_or_an_immigration_desk_are_a_wait():
    cases = [
        ("Travellers from Dorland spent up to three hours at passport control in Veran on Wednesday.", 3),
        ("Some of the new arrivals from Dorland spent up to five hours at the immigration desk at Veran on Tuesday night.", 5),
        ("Lorry drivers from Dorland spent six hours at customs in Veran on Tuesday.", 6),
    ]
    _check_read_as(cases, "wait_hours")
    # not a room named "control"
    assert _of("Officials from Dorland spent three hours at the control room in Veran.", "wait_hours") == []
