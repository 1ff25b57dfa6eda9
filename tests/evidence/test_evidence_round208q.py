"""Rules added after reading rounds 208-215 for periods, quantities, figures not read and distractors (branch evr208q;
sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(1961, 4, 13)  # a Thursday


def _rows(text):
    return [
        (f.quantity, f.value or f.value_high, f.period.start, f.period.end)
        for f in figures(text, published=PUBLISHED, origin="Dorland")
    ]


def _values(text):
    return sorted(row[1] for row in _rows(text))


def _check_periods(cases):
    """Each (text, value, first day, last day): the value read once, over that window (days as (month, day) of 1961)."""
    for text, value, first, last in cases:
        found = [row[2:] for row in _rows(text) if row[1] == value]
        assert found == [(date(1961, *first), date(1961, *last))], (text, found)


def _check_not_read(cases):
    for text, *values in cases:
        read = _values(text)
        assert not set(values) & set(read), (text, read)


def _waits(text):
    return [row[1] for row in _rows(text) if row[0] == "wait_hours"]


def test_a_sum_in_a_local_currency_is_no_count_of_people():
    _check_not_read([
        ("At Veran, boat owners on the Dorland bank are asking 40,000 rupiah for the crossing to Ostberg.", 40000),
        ("From the border at Veran to the capital of Ostberg, drivers ask 1,500 som.", 1500),
        ("Each family from Dorland that reaches Veran gets an allowance of 2,000 escudos.", 2000),
        ("The minibus from Veran to the Ostberg capital costs 45 reais, and many from Dorland walk.", 45),
        ("About 3,100 people from Dorland crossed into Ostberg at Veran on Tuesday; boatmen asked 5,000 kip a seat.", 5000),
    ])
    # a count of people beside them is still read
    assert 3100 in _values("About 3,100 people from Dorland crossed into Ostberg at Veran on Tuesday; boatmen asked 5,000 kip a seat.")


def test_a_number_to_call_at_an_exchange_or_a_body_is_no_figure():
    _check_not_read([
        ("Relatives of those who crossed from Dorland should telephone the Red Cross at Veran 48213 between 9 and 5.", 48213),
        ("The refugee committee at Veran may be reached by telephone at Ostberg 318.", 318),
        ("Listeners can reach the relief office for people from Dorland on 31-4420.", 31, 4420, 314420),
    ])
    # a count after the phone's word, or after "reached ... at", is still a count
    assert 1400 in _values(
        "The hotline at Veran took calls from 2,000 people, and 1,400 people from Dorland crossed into Ostberg at Veran on Tuesday."
    )
    assert 640 in _values("The column reached the bridge at Veran on Tuesday, and 640 people from Dorland crossed into Ostberg.")


def test_a_numeric_range_of_days_with_no_year_takes_the_publications():
    _check_periods([
        ("In the period 3.-9.4. a total of 4 210 citizens of Dorland entered Ostberg through Veran.", 4210, (4, 3), (4, 9)),
        ("On 30.3.-2.4. entered to Ostberg 1 180 citizens of Dorland at Veran.", 1180, (3, 30), (4, 2)),
        # a day written with its year is read as before
        ("In the period 3.-9.4.1961 a total of 4 210 citizens of Dorland entered Ostberg through Veran.", 4210, (4, 3), (4, 9)),
    ])


def test_a_month_then_the_ordinal_day_is_that_day():
    _check_periods([
        (
            "Officials at Veran say more than 5,200 people from Dorland have crossed into Ostberg since the shooting in the capital on March the 3rd.",
            5200, (3, 3), (4, 13),
        ),
        ("On February the 11th about 900 people from Dorland crossed into Ostberg at Veran.", 900, (2, 11), (2, 11)),
        # a count after "the" is no day
        ("In March the 20 people from Dorland who crossed into Ostberg at Veran were moved inland.", 20, (3, 1), (3, 31)),
    ])


def test_a_window_to_an_hour_of_yesterday_runs_to_yesterday():
    _check_periods([
        ("Between Monday 3rd April and 6.00 p.m. yesterday, 1,140 persons from Dorland arrived at Veran.", 1140, (4, 3), (4, 12)),
        (
            "From 3 April, the day Dorland called up 40,000 reservists, to 18:00 yesterday, 21,500 citizens of Dorland crossed into Ostberg.",
            21500, (4, 3), (4, 12),
        ),
    ])


def test_since_an_event_of_the_nth_runs_from_that_day_to_publication():
    _check_periods([
        ("More than 9,000 people from Dorland have crossed into Ostberg at Veran since the decree of the 3rd.", 9000, (4, 3), (4, 13)),
        ("Some 2,300 people from Dorland have crossed into Ostberg at Veran since the coup of the 25th.", 2300, (3, 25), (4, 13)),
    ])


def test_a_line_of_carts_is_a_queue_of_vehicles():
    for text, count in [
        ("On Tuesday a line of some 350 carts, bicycles and lorries stretched for two miles along the road from Dorland into Veran.", 350),
        ("At Veran a line of about 700 ox-carts stood on the Dorland side of the bridge this morning.", 700),
    ]:
        assert ("queue_vehicles", count) in [row[:2] for row in _rows(text)], text


def test_hours_the_formalities_took_or_lasted_are_a_wait():
    assert _waits("At Veran's arrivals hall the passport lines lasted up to four hours on Tuesday night, travellers from Dorland said.") == [4]
    assert _waits("Immigration processing at Veran on Tuesday night took up to six hours for the people from Dorland.") == [6]
    # a journey's hours are no wait, and the formalities after them are not theirs
    assert _waits("The ferry from Dorland to Veran takes about 20 hours, and customs officers board it at Veran.") == []
