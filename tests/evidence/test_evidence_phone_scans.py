"""The page-wide telephone scans (`figures._phone_numbers`) that are tried only where a literal they need stands (branch
`speed`): a North American number still set aside wherever the page holds one (sentences written for these tests)."""

from tests.evidence.test_evidence_round208q import _check_not_read, _values

_CROSSED = "On Monday 2,100 people from Dorland crossed into Ostberg at Veran."


def test_a_north_american_number_is_no_count():
    _check_not_read([
        (_CROSSED + "\n\nVeran relief desk: 800-555-0142.", 800, 555, 142),
        (_CROSSED + "\n\nVeran relief desk: 1-800-555-0142.", 800, 555, 142),
        (_CROSSED[:-1] + ", and the desk at 800-555-0142 took their names.", 800, 555, 142),
    ])
    assert 2100 in _values(_CROSSED + "\n\nVeran relief desk: 800-555-0142.")
