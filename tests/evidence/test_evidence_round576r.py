"""Rules added after the read of rounds 576-579 for figures not read and distractors (branch evr576r; sentences
written for these tests)."""

from datetime import date

from exodus.evidence import extract_observations, rows
from tests.evidence.test_evidence_round70 import figures, row

RUSSIA_2022 = dict(published=date(2022, 10, 5), trigger=date(2022, 9, 21))
LIBYA_2011 = dict(published=date(2011, 3, 9), trigger=date(2011, 2, 20), origin="Libya")
AFGHANISTAN_2021 = dict(published=date(2021, 8, 28), trigger=date(2021, 8, 15), origin="Afghanistan")
NICARAGUA_2018 = dict(published=date(2018, 8, 21), trigger=date(2018, 4, 18), origin="Nicaragua")
VENEZUELA_2019 = dict(published=date(2019, 6, 20), trigger=None, origin="Venezuela")


def values(text, **kwargs):
    return [row(f)[:2] for f in figures(text, **kwargs)]


def test_the_flights_columns_of_a_table_aligned_by_spaces_count_no_people():
    text = (
        "Departures from Kazan airport on the routes to Central Asia, 22-28 September:\n\n"
        "Route                 Scheduled flights   Extra flights   Passengers\n"
        "Kazan - Samarkand             3                  8            2 140\n"
        "Kazan - Osh                   5                 10            3 315\n"
    )
    assert [value for _, value in values(text, **RUSSIA_2022)] == [2140, 3315]


def test_the_columns_from_of_whom_on_of_a_table_aligned_by_spaces_are_parts():
    text = (
        "Arrivals from Libya at Ras Jedir (source: Ministry of the Interior)\n\n"
        "  Date                 Total    of whom Tunisians   Sudanese   Others\n"
        "  Monday 7 March       3,310          720             1,430      1,160\n"
        "  Tuesday 8 March      2,960          655             1,215      1,090\n"
    )
    assert [value for _, value in values(text, **LIBYA_2011)] == [3310, 2960]


def test_a_sentence_opening_on_a_month_of_the_year_before_the_crisis_is_no_figure():
    text = (
        "In September 2022 the airport received 38,200 passengers from Russia. In September 2021, the corresponding "
        "number was 12,450."
    )
    assert values(text, **RUSSIA_2022) == [("entries", 38200)]


def test_the_same_days_of_last_year_opening_a_sentence_or_its_clause_are_no_figure():
    text = (
        "Since 21 September, 5 140 passengers have flown out of Omsk airport; in the same week of last year there were "
        "about 900. In the same days of last year the airport sent about 1 300 passengers abroad."
    )
    assert [value for _, value in values(text, **RUSSIA_2022)] == [5140]


def test_a_count_set_against_the_same_period_of_the_year_before_the_crisis_is_no_figure():
    text = (
        "According to the airport, 6,180 passengers arrived in Batumi on flights from Istanbul between 21 September "
        "and 4 October, against 2,040 in the same period of 2021."
    )
    assert [value for _, value in values(text, **RUSSIA_2022)] == [6180]


def test_a_queue_in_metres_keeps_two_places(tmp_path):
    report = tmp_path / "bridge.txt"
    report.write_text(
        "DESAGUADERO, 18 June - On Tuesday morning the line of persons waiting at the bridge stretched some 250 metres.\n",
        encoding="utf-8",
    )
    written = rows(extract_observations([report], **VENEZUELA_2019))
    assert [(r["quantity"], r["value"]) for r in written] == [("queue_length_km", "0.25")]


def test_the_short_number_before_emergency_line_is_no_count():
    text = (
        "On Friday 1,240 Afghans crossed into Turkey at Gurbulak. Citizens are asked to report suspicious vehicles "
        "to the 155 emergency line."
    )
    assert [value for _, value in values(text, **AFGHANISTAN_2021)] == [1240]


def test_vehicles_counted_with_the_officers_they_carry_are_no_queue():
    text = (
        "On Friday 1,240 Afghans crossed into Turkey at Gurbulak. 1.800 personnel of the Gendarmerie and the Border "
        "Units, with 240 vehicles, are on duty in the district. Another 60 police officers and 25 patrol cars were "
        "sent to the border."
    )
    assert [value for _, value in values(text, **AFGHANISTAN_2021)] == [1240]


def test_a_part_of_a_count_of_applications_is_no_figure():
    text = (
        "On Monday 2,310 Nicaraguans entered Costa Rica through Penas Blancas. Since April, the migration office has "
        "received 14.200 requests for refugee status from Nicaraguan nationals, 5.300 of them at the Penas Blancas "
        "office."
    )
    assert [value for _, value in values(text, **NICARAGUA_2018)] == [2310]


def test_international_flights_taken_out_of_a_town_are_exits():
    text = "About 4,600 passengers have taken international flights out of Grozny since 21 September, the airport said."
    assert values(text, **RUSSIA_2022) == [("exits", 4600)]


def test_people_staying_in_a_country_as_of_a_day_are_net_arrivals():
    text = "As of 2 October, 18,600 Russian nationals were staying in the Republic, the migration service said."
    assert values(text, **RUSSIA_2022) == [("net_arrivals", 18600)]


def test_people_living_in_a_country_on_a_day_named_after_it_are_net_arrivals():
    text = "More than 640,000 Venezuelans were living in Peru at 31 May 2019, the migration office said."
    assert values(text, **VENEZUELA_2019) == [("net_arrivals", 640000)]


def test_people_living_in_a_country_on_a_day_before_the_crisis_are_no_figure():
    text = (
        "On Sunday 3,400 Venezuelans entered Colombia at Cucuta. The office recalls that 980,000 Venezuelans were "
        "living in Colombia as of 31 December 2018."
    )
    crisis = dict(published=date(2019, 2, 25), trigger=date(2019, 2, 23), origin="Venezuela")
    assert values(text, **crisis) == [("entries", 3400)]


def test_such_companies_registered_are_no_people():
    text = (
        "In October alone, 5,210 Russian nationals arrived in Cyprus. Since January, 240 such companies have been "
        "registered with the ministry."
    )
    assert values(text, **RUSSIA_2022) == [("entries", 5210)]


def test_guests_named_by_their_nationality_in_a_paragraph_on_lodging_are_housed():
    text = (
        "The resort's hotels are full. Registered guest houses in the municipality reported 2,360 Russian guests "
        "checking in over the same period."
    )
    assert values(text, **RUSSIA_2022) == []


def test_people_remaining_in_the_area_of_the_crossing_on_the_side_they_came_from_are_waiting():
    text = (
        "According to the Border Guard, this morning about 1 500 migrants remain in the area of the crossing on the "
        "Belarusian side."
    )
    belarus = dict(published=date(2021, 11, 17), trigger=date(2021, 11, 8), origin="Belarus")
    assert values(text, **belarus) == [("other", 1500)]


def test_the_same_weeks_counted_of_the_year_before_the_crisis_opening_a_sentence_are_no_figure():
    text = (
        "Since 21 September, 58,300 Russian citizens have arrived in Antalya. In the same three weeks of 2021, 31.200 "
        "Russian citizens arrived in Antalya."
    )
    assert [value for _, value in values(text, **RUSSIA_2022)] == [58300]
