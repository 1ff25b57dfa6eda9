"""Rules and tests the lead added in the session of 5 Dec 2026 (06:17 UTC) on classes the readers of rounds 456-459
left (branches evr460p and evr460q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed, rows_of

BULLETIN = date(2022, 3, 2)


def _window(value, text):
    return [(r[3], r[4]) for r in rows_of(value, text, published=BULLETIN, trigger=date(2022, 2, 24), origin="Ukraine")]


def test_a_bracketed_window_of_two_dates_with_their_clocks_runs_from_the_one_day_to_the_other():
    text = (
        "Chisinau, 02.03.2022, 10:00\n\n1. In the last 24 hours (01.03.2022, 07:00 - 02.03.2022, 07:00), 16.870 persons "
        "entered the Republic of Moldova from Ukraine through the state border crossing points."
    )
    assert _window(16870, text) == [(date(2022, 3, 1), date(2022, 3, 2))]


def test_a_reporting_period_of_two_dated_clocks_without_commas_is_those_two_days():
    text = (
        "Chisinau, 02.03.2022, 10:00\n\nDuring the reporting period (28.02.2022 08:00 - 01.03.2022 08:00) 4.100 persons "
        "entered Moldova through the Otaci crossing point."
    )
    assert _window(4100, text) == [(date(2022, 2, 28), date(2022, 3, 1))]


def test_the_other_side_named_as_where_people_wait_keeps_its_own_name():
    # (branch evr460p's exception: the side named most absorbs the other, but not "the Russian side at Karaozek")
    text = (
        "ATYRAU, 29 September 2022\n\nOn the situation at the Kurmangazy checkpoint\n\n"
        'The regional border department reports on the "Kurmangazy" road checkpoint on the state border '
        '(opposite the Russian post "Karaozek", Astrakhan region).\n\n'
        'On 28 September, 5 310 persons entered Kazakhstan through the checkpoint "Kurmangazy".\n\n'
        "This morning about 700 people were waiting on the Russian side at Karaozek to cross on foot. "
        'Since 21 September, 24 400 persons have crossed the checkpoint "Kurmangazy".'
    )
    rows = placed(text, published=date(2022, 9, 29), trigger=date(2022, 9, 21), origin="Russia")
    assert ("other", 700, "Karaozek") in rows
    assert ("entries", 5310, "Kurmangazy") in rows
