"""Rules added after reading rounds 185-188 (branch evr185q; sentences written for these tests)."""

from tests.evidence.test_evidence_round181q import WEEK, dated, read


def test_a_later_clause_and_sentence_count_the_reporting_period_named_before_them():
    text = (
        "ROAD POLICE OF VERAN\nOn the traffic of citizens of Dorland over the river in the period from 03.04.1961 until "
        "09.04.1961\n\n"
        "1. Since 01.04.1961 the ferry has run twice a day.\n\n"
        "2. In the reporting period over the Veran bridge arrived 5 120 citizens of Dorland, and departed back 3 470 "
        "citizens of Dorland. The balance made 1 650 persons.\n"
    )
    found = dated(text)
    assert found[5120] == WEEK
    assert found[3470] == WEEK
    assert found[1650] == WEEK
