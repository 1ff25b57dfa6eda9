"""Rules added after reading round 92 (branch evr92b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed


def test_people_who_left_a_host_through_this_checkpoint_left_through_the_one_named_before():
    text = (
        "Our reporter stands at the Kordai checkpoint on the Kyrgyz border. Kazakh guards say 3,400 Russian citizens "
        "left Kazakhstan through this checkpoint over the past week."
    )
    assert placed(text, origin="Russia") == [("exits", 3400, "Kordai")]


def test_a_count_since_a_day_until_yesterday_ends_the_day_before_the_report():
    text = "Some 7,400 refugees crossed into Tanzania since the 3 May until yesterday, officials said."
    assert [(f.value, f.period.start, f.period.end) for f in figures(text)] == [(7400, date(2022, 5, 3), date(2022, 9, 29))]


def test_a_fare_said_to_stand_now_is_dated_the_report_day_not_the_earlier_price():
    text = "A seat on the Baku bus, which cost 4,000 roubles in July, is now sold for 9,000 roubles (about $150)."
    assert [(f.quantity, f.period.start, f.period.end) for f in figures(text)] == [
        ("flights_price_usd", date(2022, 9, 30), date(2022, 9, 30))
    ]
