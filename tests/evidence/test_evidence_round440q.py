"""Rules added after the read of rounds 436-439 for periods and quantities (branch evr440q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of

_BULLETIN = (
    "STATE BORDER GUARD SERVICE\n"
    "Weekly note on persons crossing the state border\n"
    "\n"
    "Crossings of foreign citizens through the checkpoints \"Northgate\" and \"Riverside\", 10 October - 16 October 2022\n"
    "\n"
    "1. On Wednesday, 12 October, 3,105 foreign citizens entered through \"Northgate\".\n"
    "\n"
    "2. Checkpoint \"Riverside\". In the reporting week, 1,845 foreign citizens entered Georgia through \"Riverside\".\n"
)


def test_in_the_reporting_week_under_a_heading_closed_by_its_week_is_that_week():
    rows = rows_of(1845, _BULLETIN, published=date(2022, 10, 17))
    assert [(r[0], r[3], r[4]) for r in rows] == [("entries", date(2022, 10, 10), date(2022, 10, 16))]


def test_since_a_day_under_a_heading_closed_by_its_week_still_runs_to_publication():
    text = (
        "UNHCR BORDER MONITORING\n"
        "Northgate and Riverside, 10 - 16 October 2022\n"
        "\n"
        "- Monitors recorded about 640 people going back to Georgia through Northgate since 11 October.\n"
    )
    rows = rows_of(640, text, published=date(2022, 10, 17))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 10, 11), date(2022, 10, 17))]


def test_people_still_in_a_country_with_an_aside_before_still():
    text = (
        "About 52,000 Russians entered Georgia over the week and 14,000 left. That means some 38,000 of those who came "
        "in the week are, by official count, still in Georgia."
    )
    rows = rows_of(38000, text, published=date(2022, 10, 3), trigger=date(2022, 9, 21))
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_people_who_entered_a_country_and_stayed_are_those_still_there():
    text = "Since the fighting began on 2 March, about 17,500 Malians have entered Niger and stayed, the minister said."
    rows = rows_of(17500, text, published=date(2012, 5, 10), trigger=date(2012, 3, 2))
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_since_christmas_alone_runs_from_christmas_day_to_publication():
    from tests.evidence.test_evidence_round70 import periods

    assert periods("About 700 herders have gone back across the river since Christmas, officials said.", date(1993, 1, 20)) == [
        (date(1992, 12, 25), date(1993, 1, 20))
    ]
    assert periods("About 700 refugees reached Christmas Island by boat.", date(1993, 1, 20)) == []
