"""Rules added after the read of rounds 568-571 for figures not read and distractors (branch evr568r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, row

TUNISIA_2011 = dict(published=date(2011, 3, 4), trigger=date(2011, 2, 17), origin="Libya")


def test_a_heading_naming_what_its_list_counts_with_no_colon_leads_its_items():
    text = (
        "Libyans flee west\n\n"
        "The border police gave their latest figures on Friday.\n\n"
        "Entries at the Ras Ajdir post (border police, up to Thursday 3 March, midnight)\n\n"
        "  Tuesday 1 March ........ 2 410\n"
        "  Wednesday 2 March ........ 3 105\n"
    )
    assert [row(f) for f in figures(text, **TUNISIA_2011)] == [
        ("entries", 2410, "Ras Ajdir", date(2011, 3, 1), date(2011, 3, 1)),
        ("entries", 3105, "Ras Ajdir", date(2011, 3, 2), date(2011, 3, 2)),
    ]


def test_such_a_heading_dates_the_items_under_it_that_name_no_day():
    text = (
        "Libyans flee west\n\n"
        "Arrivals by crossing point, 1 - 3 March 2011\n"
        "  Ras Ajdir ........ 14,200\n"
        "  Dehiba ........ 2,150\n"
    )
    assert [row(f) for f in figures(text, **TUNISIA_2011)] == [
        ("entries", 14200, "Ras Ajdir", date(2011, 3, 1), date(2011, 3, 3)),
        ("entries", 2150, "Dehiba", date(2011, 3, 1), date(2011, 3, 3)),
    ]


def test_a_table_column_of_additional_flights_or_seats_counts_things():
    text = (
        "In the opposite direction, 2 140 passengers have flown from Kyrgyzstan to the Russian Federation since 21 "
        "September.\n"
        "| Extra flights, 22 September - 4 October 2022 |  |  |\n"
        "|---|---|---|\n"
        "| Route | Extra flights | Seats left until 20 October |\n"
        "|---|---|---|\n"
        "| Moscow (Vnukovo) - Bishkek | 18 | 240 |\n"
        "| Novosibirsk - Bishkek | 9 | 60 |\n"
        "The lowest fare is 30 000 roubles."
    )
    assert [row(f)[:2] for f in figures(text, published=date(2022, 10, 5))] == [("exits", 2140)]


def test_passengers_carried_in_the_passive_to_a_country_entered_it():
    text = (
        "Over the past seven days 11 460 passengers were carried from Russia to Kyrgyzstan, the airline said. Last "
        "week 6 380 passengers were carried to the Republic of Tajikistan."
    )
    assert [row(f)[:3] for f in figures(text, published=date(2022, 10, 5))] == [
        ("entries", 11460, "Kyrgyzstan"),
        ("entries", 6380, "Tajikistan"),
    ]


def test_buses_that_left_or_were_processed_are_things_no_people_waiting():
    text = (
        "On Sunday, 38 long-distance buses left the Huaquillas terminal for Guayaquil. At Rumichaca, 52 buses were "
        "processed the same day."
    )
    assert [row(f) for f in figures(text, published=date(2018, 8, 20), trigger=date(2018, 8, 1), origin="Venezuela")] == []


def test_buses_that_have_taken_people_or_new_arrivals_are_what_carried_them():
    text = (
        "Since Friday, 27 buses have taken 1 640 people from the Blace checkpoint to the camps. Yesterday 12 buses took "
        "690 new arrivals from Blace to the transit centre."
    )
    read = [row(f)[:2] for f in figures(text, published=date(1999, 4, 12), trigger=date(1999, 3, 24), origin="Kosovo")]
    assert [value for _quantity, value in read if value in (27, 12)] == []


def test_a_count_for_comparison_with_its_month_of_an_earlier_year_after_it_is_no_figure():
    text = (
        "Since 21 September, 14,300 Russians have landed at the airport. For comparison, the airport received about "
        "9,600 passengers from Russia in the whole of September 2021."
    )
    assert [row(f)[:2] for f in figures(text, published=date(2022, 10, 10))] == [("entries", 14300)]
