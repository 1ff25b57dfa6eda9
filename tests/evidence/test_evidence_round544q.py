"""Rules added after the read of rounds 544-547 for periods and quantities (branch evr544q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import periods, rows_of

PUBLISHED = date(2022, 10, 12)  # a Wednesday


def test_a_window_to_publication_said_again_in_brackets_with_its_dates_is_those_dates():
    assert periods("Crossings into Mongolia in the past week (5 October - 11 October 2022)", PUBLISHED) == [
        (date(2022, 10, 5), date(2022, 10, 11)),
        (date(2022, 10, 5), date(2022, 10, 11)),
    ]
    text = (
        "The Border Service informs about the movement of citizens of the Russian Federation into Mongolia.\n\n"
        "Table. Movement of citizens of the Russian Federation through road checkpoints in the past week (5 October - "
        "11 October 2022)\n\n"
        "Aimag      | Checkpoint  | Entered Mongolia | Left Mongolia\n"
        "Selenge    | Altanbulag  | 4 210            | 1 020\n"
        "Khovd      | Borshoo     | 1 380            | 410\n"
    )
    assert [r[2:] for r in rows_of(1380, text, published=PUBLISHED)] == [("Borshoo", date(2022, 10, 5), date(2022, 10, 11))]


def test_two_days_written_with_dots_and_a_dash_are_a_window():
    assert periods("| Post | Arrivals, 05.10-11.10 | Arrivals, 21.09-11.10.2022 |", PUBLISHED) == [
        (date(2022, 10, 5), date(2022, 10, 11)),
        (date(2022, 9, 21), date(2022, 10, 11)),
    ]
    assert periods("Digest of the chat for 09.10 - 11.10.2022", PUBLISHED) == [(date(2022, 10, 9), date(2022, 10, 11))]
    # no prices, hours or decimals
    assert periods("a seat cost EUR 12.50-15.00, the office is open 08.00-20.00 hours", PUBLISHED) == []


def test_a_table_column_since_a_day_restated_in_dotted_dates_runs_to_the_last_of_them():
    text = (
        "Citizens of the Russian Federation: entries into Mongolia and exits from Mongolia\n\n"
        "| Post | Entries, since 21 September (21.09-11.10) | Exits, since 21 September (21.09-11.10) |\n"
        "|------|------:|------:|\n"
        "| Altanbulag | 12 480 | 3 960 |\n"
    )
    assert [r[3:] for r in rows_of(12480, text, published=PUBLISHED)] == [(date(2022, 9, 21), date(2022, 10, 11))]


def test_a_statements_sentence_on_the_day_its_data_run_to_closes_its_running_counts():
    text = (
        "MINISTRY OF THE INTERIOR\n\nPress release\n\n"
        "The Ministry informs the public on the entry of citizens of the Russian Federation. The data are given up to "
        "24:00 on 11 October 2022.\n\n"
        "Since 21 September, 18 420 citizens of the Russian Federation have entered the country through the Kyakhta "
        "checkpoint."
    )
    assert [r[3:] for r in rows_of(18420, text, published=PUBLISHED)] == [(date(2022, 9, 21), date(2022, 10, 11))]


def test_those_still_there_of_those_come_since_a_weekday_run_from_it_to_the_day_named():
    text = (
        "A district officer said some 2,400 of those who had crossed since Friday remained in Thailand on Tuesday, "
        "sheltering in the forest near the river."
    )
    assert [r[:1] + r[3:] for r in rows_of(2400, text, published=date(2021, 4, 7), trigger=date(2021, 4, 2), origin="Myanmar")] == [
        ("net_arrivals", date(2021, 4, 2), date(2021, 4, 6))
    ]


def test_a_quoted_count_still_in_the_country_of_those_come_is_those_who_stayed():
    text = (
        'The migration office estimates that "some 12,000" of the Russians who have arrived since 21 September are '
        "still in Mongolia."
    )
    assert [r[:3] for r in rows_of(12000, text, published=PUBLISHED)] == [("net_arrivals", 12000, "Mongolia")]


def test_those_of_a_long_named_nationality_who_entered_and_remained_on_the_territory_stayed():
    text = (
        "As of 11 October, 14 730 of the citizens of the Russian Federation who entered Mongolia since 21 September "
        "remained on the territory of Mongolia."
    )
    assert [r[:1] + r[3:] for r in rows_of(14730, text, published=PUBLISHED)] == [
        ("net_arrivals", date(2022, 9, 21), date(2022, 10, 11))
    ]


def test_an_hour_alone_opening_a_point_is_that_hour_of_the_day_published():
    text = (
        "2. Before 21 September, the checkpoint handled on average 2 500 persons a day.\n\n"
        "3. Queue. As of 16:00, the queue in front of the Kyakhta checkpoint stretched for about 9 km."
    )
    assert [r[:1] + r[3:] for r in rows_of(9, text, published=PUBLISHED)] == [
        ("queue_length_km", PUBLISHED, PUBLISHED)
    ]
    assert periods("As at 6.00 p.m., 400 cars were waiting.", PUBLISHED) == [(PUBLISHED, PUBLISHED)]
    assert periods("As of 08:00 on 11 October, 400 cars were waiting.", PUBLISHED) == [(date(2022, 10, 11), date(2022, 10, 11))]
