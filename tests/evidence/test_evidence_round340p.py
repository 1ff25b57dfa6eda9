"""Rules added after the read of rounds 336-339 for places (branch evr340p; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import figures

CASES = {
    # "Gardai" (Ireland's police, no country word) at a border post, arresting men who came from the North
    "irish_police_named_by_their_own_name_make_irelands_arrests": (
        "Families fleeing the rioting in Belfast have been crossing into the Republic at Dundalk since Friday. "
        "On Saturday night, Gardai at Killeen detained three men who had crossed the Border with a shotgun.",
        ("United Kingdom", date(1969, 8, 18), date(1969, 8, 15)),
        ("arrests", 3, "Ireland"),
    ),
    "the_garda_siochana_make_irelands_arrests": (
        "Refugees from Belfast continued to arrive in the Republic on Wednesday, many of them sent on to the camps. "
        "The Garda Síochána arrested five men at Dundalk on Wednesday for carrying firearms.",
        ("United Kingdom", date(1971, 8, 13), date(1971, 8, 9)),
        ("arrests", 5, "Ireland"),
    ),
    # the Border Patrol, the United States' force, at its post's town, in a report on people walking into Canada
    "border_patrol_agents_make_the_united_states_arrests": (
        "Asylum seekers keep walking across the border into Canada at Lacolle, and the RCMP say 300 crossed on Monday. "
        "U.S. Border Patrol agents in Plattsburgh arrested three men on Monday suspected of driving migrants to the line.",
        ("United States", date(2017, 8, 9), date(2017, 7, 1)),
        ("arrests", 3, "United States"),
    ),
    # "Kassala State" elsewhere in the text makes Kassala a region; "arrived at Kassala" is the town people reach
    "a_region_named_for_its_town_is_the_town_people_are_counted_at": (
        "Eritreans fleeing the fighting keep crossing into Sudan. Some 2,400 arrived at Kassala on Monday, officials "
        "said. The governor of Kassala State asked for tents and food.",
        ("Eritrea", date(2015, 5, 20), date(2015, 4, 26)),
        ("entries", 2400, "Kassala"),
    ),
    "a_region_named_for_its_town_is_the_town_people_come_through": (
        "Venezuelans keep entering Peru from Ecuador. More than 40 000 Venezuelans entered the country through Tumbes "
        "in July, the migration office said. The region of Tumbes has asked for an emergency declaration.",
        ("Venezuela", date(2018, 8, 10), None),
        ("entries", 40000, "Tumbes"),
    ),
    # a name listed before a plural region noun names the districts: the count at it is the country's (a guard)
    "a_district_listed_with_others_stays_its_country": (
        "MALAWI: asylum seekers in Mwanza and Chikwawa districts\n\n"
        "Mozambicans fleeing the clashes keep crossing into Malawi. About 900 people arrived at Chikwawa in the past week.",
        ("Mozambique", date(2016, 3, 4), None),
        ("entries", 900, "Malawi"),
    ),
}


@pytest.mark.parametrize(("text", "document", "expected"), CASES.values(), ids=CASES.keys())
def test_the_place_of_the_row(text, document, expected):
    origin, published, trigger = document
    rows = figures(text, published=published, trigger=trigger, origin=origin)
    found = [(f.quantity, f.value or f.value_high, f.place) for f in rows if (f.value or f.value_high) == expected[1]]
    assert found and all(row == expected for row in found), found
