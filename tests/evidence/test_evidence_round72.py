"""Rules added after reading round 72 (branch evr72b; sentences written for these tests)."""

from datetime import date

from exodus.evidence import extract_figures, find_times, parse_document

PUBLISHED = date(2022, 10, 7)  # a Friday
DECREE = date(2022, 9, 21)


def figures(text, published=PUBLISHED, trigger=DECREE, origin="Russia"):
    document = parse_document(text.encode("utf-8"), "inline.txt")
    return extract_figures(document, published, trigger, origin)


def placed(text, **kwargs):
    return [(f.quantity, f.value or f.value_high, f.place) for f in figures(text, **kwargs)]


def dated(text, **kwargs):
    return [(f.value or f.value_high, f.period.start, f.period.end) for f in figures(text, **kwargs)]


def test_an_airport_named_after_its_noun_is_its_town():
    text = "Officials said 1,200 Russians entered through the International Airport of Carrasco since the 22nd."
    assert placed(text)[0][2] == "Carrasco"


def test_a_hub_people_changed_planes_in_is_not_where_they_arrived():
    text = (
        "Officials said 800 Russians landed at Bole airport since the decree.\n\n"
        "This week alone came 300, most on flights with a stopover in Istanbul, Dubai or Doha."
    )
    assert placed(text)[-1] == ("entries", 300, "Bole")


def test_exits_from_or_by_a_town_whose_airport_the_text_names_are_that_towns():
    text = (
        "Border police said 3,000 Russians landed at Tivat airport and 500 at Podgorica airport since the decree.\n\n"
        "About 400 boarded onward flights from Tivat to Belgrade. Another 120 departed back to Russia by Tivat."
    )
    assert placed(text)[2:] == [("exits", 400, "Tivat"), ("exits", 120, "Tivat")]


def test_the_same_period_of_the_year_before_named_with_the_year():
    text = (
        "Between the 22 of September and the 2 of October entered 900 Russians, said police. "
        "In the same period of the year 2021 the figure was of 150."
    )
    assert dated(text)[-1] == (150, date(2021, 9, 22), date(2021, 10, 2))


def test_an_overnight_connection_is_a_service_not_a_night():
    times = find_times("Those on the overnight connection from Dubai on Tuesday waited two hours.", PUBLISHED, DECREE)
    assert [t.period.how for t in times] == ["Tuesday"]


def test_the_day_something_was_told_to_a_body_named_by_a_possessive():
    times = find_times(
        "The minister told parliament's foreign committee on Thursday that 900 had come.", PUBLISHED, DECREE
    )
    assert times[0].statement


def test_thirteen_days_before_the_decree():
    times = find_times("In the thirteen days before the decree 500 came.", PUBLISHED, DECREE)
    assert (times[0].period.start, times[0].period.end) == (date(2022, 9, 8), date(2022, 9, 20))


def test_the_same_period_skips_a_baseline_before_the_trigger():
    text = (
        "Police said 2,000 Russians landed at Tivat airport between September 22 and Tuesday. In the ten days before "
        "the decree the airport counted about 700. A further 300 landed at Podgorica airport over the same period."
    )
    assert dated(text)[-1] == (300, date(2022, 9, 22), date(2022, 10, 4))


def test_on_the_island_of_an_island_state_is_the_country():
    text = (
        "Russians keep flying to Malta.\n\nPolice counted 200 Russians landing at Luqa airport on Monday.\n\n"
        "The minister said on Thursday that 1,500 Russians had arrived on the island since the decree."
    )
    assert placed(text) == [("entries", 200, "Luqa"), ("entries", 1500, "Malta")]


def test_a_wait_at_passport_control_is_at_the_airport_town_named_last():
    text = (
        "Police said 2,000 Russians landed at Tivat airport and 500 at Podgorica airport since the decree.\n\n"
        "About 300 flew on from Tivat to Belgrade.\n\n"
        "Passengers said they waited four hours at passport control on Sunday."
    )
    assert placed(text)[-1] == ("wait_hours", 4, "Tivat")


def test_landed_in_boats_on_the_beach_at_a_town_is_that_towns():
    text = "Some 70 people landed in small fishing boats on the beach at Aitape on Monday, the harbour master said."
    assert placed(text, origin="Indonesia") == [("entries", 70, "Aitape")]


def test_arrests_of_the_new_arrivals_are_the_country_entereds():
    text = (
        "Kenya said 2,000 Somalis had crossed into Kenya this week.\n\n"
        "On Monday police arrested 9 of the new arrivals at Liboi who carried rifles."
    )
    assert placed(text, origin="Somalia")[-1] == ("arrests", 9, "Kenya")


def test_a_sentence_opening_at_a_crossing_places_a_count_its_clause_does_not():
    text = (
        "Rebels attacked Sierra Leone in March and 30,000 people have crossed into Guinea.\n\n"
        "At Nongoa, where canoes ferry people over the river, Guinean volunteers counted 2,100 arrivals last week. "
        "About 300 went back from Nongoa into Sierra Leone on Monday."
    )
    assert placed(text, origin="Sierra Leone")[1] == ("entries", 2100, "Nongoa")


def test_an_age_at_the_end_of_a_clause_is_no_count():
    text = 'Police said 300 crossed. "We left it all," said one woman, 29, who crossed at Wutung on Sunday with her son.'
    assert placed(text, origin="Indonesia") == [("entries", 300, "")]


def test_businesses_registered_are_no_people():
    text = "More than 9,000 Russian individual entrepreneurs have registered in Georgia since March, officials said."
    assert placed(text) == []


def test_arrivals_hoped_for_are_a_projection():
    assert placed("The ministry hopes for 200,000 foreign arrivals a month by next summer.") == []


def test_a_year_after_for_and_two_years_between_are_no_counts():
    assert placed("The agency has forecast 2 million tourist visits for 2023, officials said on Monday.") == []
    assert placed("Between 2017 and 2018 the port saw some 4,000 Russians arrive every year.") == []


def test_a_fare_in_translated_thousands_or_in_words_is_a_fare():
    text = "The ticket from Moscow to Lima costs near 150 thousand rubles, about 2 thousand 400 dollars."
    assert placed(text) == [("flights_price_usd", 2400, "Moscow - Lima")]
    text = "A seat on a lorry from Kenema to Daru now costs 1,500 leones, about four dollars."
    assert placed(text, origin="Sierra Leone") == [("flights_price_usd", 4, "Kenema - Daru")]


def test_those_who_continued_the_trip_to_another_country_left():
    text = (
        "Police said 2,000 Russians landed at Tivat airport since the decree. Of those, around 300 continued the trip "
        "to Serbia by bus."
    )
    assert placed(text) == [("entries", 2000, "Tivat"), ("exits", 300, "Tivat")]


def test_a_part_of_the_arrivals_is_of_the_whole_count_not_of_a_last_week_told_after_it():
    text = (
        "Between September 22 and October 5 entered through Tivat airport 1.500 Russians. Only in the last 7 days "
        "arrived 400.\n\nOf the arrived, around 200 continued the trip to Serbia by bus."
    )
    assert dated(text)[-1] == (200, date(2022, 9, 22), date(2022, 10, 5))
