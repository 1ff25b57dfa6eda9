"""Rules added after reading rounds 216-219 for periods, quantities, figures not read and distractors (branch evr216q;
sentences written for these tests)."""

from datetime import date

# the same report, published on the same Thursday, as the rules read after rounds 208-215
from tests.evidence.test_evidence_round208q import _rows, _values


def test_a_weekday_before_either_day_of_a_range_in_one_month():
    cases = [
        ("In the week from Monday 3 to Sunday 9 April, 2,140 people from Dorland entered Ostberg at Veran.", 2140, (4, 3), (4, 9)),
        ("From Monday 3 to Friday 7 April, 860 people from Dorland crossed into Ostberg at Veran.", 860, (4, 3), (4, 7)),
        ("Between Tuesday, 4 and Saturday, 8 April some 1,300 people from Dorland reached Veran in Ostberg.", 1300, (4, 4), (4, 8)),
    ]
    for text, value, first, last in cases:
        found = [row[2:] for row in _rows(text) if row[1] == value]
        assert found == [(date(1961, *first), date(1961, *last))], (text, found)
        # the weekday's day is no count of its own
        assert first[1] not in _values(text), (text, _values(text))


def test_thousands_after_a_plain_space_before_a_comma_or_a_bracket():
    assert _values("On 10 April entered 11 950, departed 10 310, at the Veran post on the Dorland border.") == [10310, 11950]
    assert 4820 in _values("Through the Veran post from Dorland came 4 820; through Kalden, fewer.")
    assert 2615 in _values("People from Dorland who entered Ostberg at Veran on Tuesday (2 615) outnumbered those who left.")
    # a decimal comma after a spaced number is still no end: "1 250,5" is not read as 1250
    assert 1250 not in _values("At Veran the fare from Dorland rose to 1 250,5 marks on Tuesday.")
