"""The world's airports from the `airportsdata` package (branch evair): an airport a report names by its own name is a
mention of the city it serves (all texts written for these tests)."""

import pytest

from exodus.evidence import gazetteer
from exodus.evidence.gazetteer import Place, named_crossings, names_an_airport, scan
from tests.evidence.test_evidence_round70 import placed

pytest.importorskip("airportsdata")


def airports(text, destination="Russia"):
    """(the name as written, the place it is read as) for each place the words around it name."""
    return [(text[m.start : m.end], m.place) for m in named_crossings(text, len(text), scan(text), destination)]


@pytest.mark.parametrize(
    "text, written, city",
    [
        ("Flights from Moscow landed at Sabiha Gokcen International Airport all day.", "Sabiha Gokcen", "Istanbul"),
        ("About 600 arrivals were counted at Hamad International Airport on Saturday.", "Hamad", "Doha"),
        ("They queued at Heydar Aliyev International Airport for hours.", "Heydar Aliyev", "Baku"),
        ("They came through Istanbul's Sabiha Gökçen airport.", "Sabiha Gökçen", "Istanbul"),  # (accents as written)
        ("The flight landed at Nikola Tesla airport after midnight.", "Nikola Tesla", "Belgrade"),  # the dataset's "Belgrad"
        ("Aeropuerto Internacional Jorge Chávez recibió 300 venezolanos.", "Jorge Chávez", "Lima"),
        ("Paris-Charles de Gaulle airport counted 300.", "Charles de Gaulle", "Paris"),
    ],
)
def test_an_airport_the_hand_list_lacks_is_the_city_it_serves(text, written, city):
    found = [(name, place) for name, place in airports(text) if name == written]
    assert found and found[0][1].name == city and found[0][1].kind == "city"


@pytest.mark.parametrize(
    "text, written, place",
    [
        ("Another 300 flew into Ramon airport near Eilat.", "Ramon", Place("Eilat", "city", "Israel")),
        ("He flew to the airport of Tivat on Monday.", "Tivat", Place("Tivat", "city", "Montenegro")),
        ("At the airport Ostrava arrived 96 citizens of Russia.", "Ostrava", Place("Ostrava", "city", "Czech Republic")),
    ],
)
def test_an_airport_of_a_city_the_gazetteer_lacks_is_a_city_of_its_country(text, written, place):
    # (not a town of the country people came into, Russia here, as a town named before "airport" would be)
    assert (written, place) in airports(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Central airport was closed on Monday.",
        "Queues at King airport were long.",
        "Liberty airport stayed open, the mayor said.",
        "Hamad said the flights were full.",  # a person's name, with no airport beside it
        "Flights landed at Sabiha Gokcen on Sunday.",  # a name alone in a text that names no airport
    ],
)
def test_a_common_word_or_a_name_alone_is_no_airport_of_the_dataset(text):
    assert gazetteer._named_airports(text, len(text), scan(text)) == []


def test_a_name_alone_is_read_in_a_text_that_names_an_airport_and_wherever_it_is_repeated():
    text = (
        "Istanbul's airports were busy. About 500 Russians landed at Sabiha Gokcen on Sunday.\n\n"
        "Many flew on from Koltsovo and Domodedovo; Sabiha Gokcen was full by noon."
    )
    found = [(name, place.name) for name, place in airports(text)]
    assert found == [("Sabiha Gokcen", "Istanbul"), ("Koltsovo", "Yekaterinburg"), ("Sabiha Gokcen", "Istanbul")]


def test_a_name_two_airports_share_is_the_one_whose_city_or_country_the_text_names():
    assert airports("They flew into Simon Bolivar airport.") == []
    found = airports("They flew into Simon Bolivar airport in Caracas, Venezuela.")
    assert ("Simon Bolivar", Place("Caracas", "city", "Venezuela")) in found
    # one last word of a longer name ("George F L Charles", Castries) only where the text names its city or country
    assert all(place.name != "Castries" for _name, place in airports("Relief flights left Douglas-Charles airport."))


def test_airports_the_gazetteer_knows_by_hand_keep_their_reading():
    assert [m.place.name for m in scan("They waited at Vnukovo airport.")] == ["Vnukovo"]
    assert ("Bali", Place("Ngurah Rai", "city", "Indonesia")) in airports("Some 200 landed at Bali airport.")
    # (branch evr236p: the gazetteer now holds Ben Gurion as Tel Aviv by hand, so it is no longer found as an airport
    # beside its city; the reading is the same)
    assert [m.place.name for m in scan("At Ben Gurion airport near Tel Aviv 300 landed.")] == ["Tel Aviv", "Tel Aviv"]


def test_an_airports_own_name_names_an_airport_and_its_citys_name_does_not():
    assert names_an_airport("Sabiha Gokcen", Place("Istanbul", "city", "Turkey"))
    assert names_an_airport("Zvartnots", Place("Yerevan", "city", "Armenia"))
    assert names_an_airport("Vnukovo", Place("Vnukovo", "city", "Russia"))
    assert not names_an_airport("Istanbul", Place("Istanbul", "city", "Turkey"))
    assert not names_an_airport("St. Petersburg", Place("St Petersburg", "city", "Russia"))


def test_figures_through_an_airport_named_by_its_own_name_are_its_citys():
    text = (
        "Russians keep arriving in Turkey\n\n"
        "Airport officials said about 4,300 Russian citizens arrived at Sabiha Gokcen International Airport on Monday.\n\n"
        "Many of those who landed at Sabiha Gokcen said they had waited up to six hours at passport control at Koltsovo."
    )
    assert placed(text) == [("entries", 4300, "Istanbul"), ("wait_hours", 6, "Yekaterinburg")]

