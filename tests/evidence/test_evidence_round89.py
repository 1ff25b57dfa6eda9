"""Rules added after reading round 89 (branch evr89b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed  # published on a Friday


def periods(text, **kwargs):
    return [(f.quantity, f.value, f.period.start, f.period.end) for f in figures(text, **kwargs)]


def test_a_window_between_the_day_and_the_day_of_a_month_is_those_days():
    text = "Migration registered the entry of 5 thousand 320 persons between the 3 and the 17 of September through Varnek."
    assert periods(text) == [("entries", 5320, date(2022, 9, 3), date(2022, 9, 17))]


def test_the_points_of_two_names_are_two_crossings():
    text = (
        "Cubans keep arriving in Honduras. On Thursday 1 thousand 20 migrants entered for the points of Ostrava and Los "
        "Pinos, the delegate informed. On Friday 400 entered by Los Pinos."
    )
    assert placed(text, origin="Cuba") == [("entries", 1020, "Honduras"), ("entries", 400, "Los Pinos")]


def test_the_border_of_a_name_is_a_crossing():
    text = "In the border of Los Pinos the waiting in the line reached up to 7 hours on Thursday, drivers said."
    assert placed(text, origin="Cuba") == [("wait_hours", 7, "Los Pinos")]


def test_arrests_of_the_origins_people_are_the_host_countrys():
    text = (
        "Many Russians have reached Armenia this month; Armenia's hotels are full.\n\n"
        "Police said they detained 9 Russian citizens on Thursday at a rally in the centre."
    )
    assert placed(text) == [("arrests", 9, "Armenia")]


def test_arrests_for_smuggling_migrants_are_the_host_countrys():
    text = (
        "Cubans keep arriving in Honduras through Guasaule.\n\n"
        "The National Police detained 3 persons on Thursday in the municipality, accused of trafficking of migrants."
    )
    assert placed(text, origin="Cuba") == [("arrests", 3, "Honduras")]


def test_people_who_passed_the_night_awaiting_registration_are_waiting():
    text = "At the Varnek crossing at least 450 persons passed the night of Thursday near the customs, awaiting to be registered."
    assert placed(text) == [("other", 450, "Varnek")]


def test_a_since_clause_with_an_apposition_opens_the_window_on_its_day():
    text = "At least 900 Russians have entered Georgia since the first bus, the night service, came over on September 22."
    assert periods(text) == [("entries", 900, date(2022, 9, 22), date(2022, 9, 30))]


def test_trojes_is_a_crossing_from_nicaragua_into_honduras():
    text = "About 800 Venezuelans crossed at Trojes on Thursday, officials said."
    assert [(f.place, f.direction) for f in figures(text, origin="Venezuela")] == [("Trojes", "from Venezuela into Honduras")]


def test_police_in_darwin_make_australias_arrests():
    text = "Police in Darwin said on Thursday that they had detained four men, the crew of a boat from Malaysia."
    assert placed(text, origin="Vietnam") == [("arrests", 4, "Australia")]


def test_an_opening_attributions_country_is_not_where_people_arrived():
    text = "According to the airport authority of Armenia, about 2,600 passengers arrived from Moscow in Yerevan on Thursday."
    assert placed(text) == [("entries", 2600, "Yerevan")]


def test_a_fare_that_starts_at_a_price_stands_on_the_day_of_the_report():
    text = (
        "Staff say 900 passengers left on Tuesday. "
        "A one-way seat from Yerevan to Dubai for next week starts at 160,000 dram, or roughly $410."
    )
    assert periods(text)[-1] == ("flights_price_usd", 410, date(2022, 9, 30), date(2022, 9, 30))
