"""Rules added after the read of rounds 424-427 for places (branch evr428p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_a_relative_clause_after_a_crossing_in_its_region_is_about_the_crossing():
    text = (
        "PAVLODAR - Cars are still coming from Omsk.\n\n"
        "The main post is Sharbakty in Pavlodar region, where 3 870 people crossed into Kazakhstan on Tuesday."
    )
    rows = placed(text, published=date(2022, 9, 28), trigger=None, origin="Russia")
    assert ("entries", 3870, "Kulunda") in rows  # (the gazetteer names the crossing by its Russian side)
    assert ("entries", 3870, "Kazakhstan") not in rows


def test_a_region_named_before_where_with_no_place_before_it_is_left_alone():
    # (guard) "people in Pavlodar region, where ...": no crossing or town the region locates, the clause's own reading
    text = (
        "PAVLODAR - Cars are still coming from Omsk.\n\n"
        "Officials counted the arrivals in Pavlodar region, where 3 870 people crossed into Kazakhstan on Tuesday."
    )
    rows = placed(text, published=date(2022, 9, 28), trigger=None, origin="Russia")
    assert ("entries", 3870, "Kulunda") not in rows


def test_the_hakari_crossing_named_without_its_bridge_is_the_crossing():
    text = (
        "GORIS - The column from Stepanakert has not thinned.\n\n"
        "About 2,300 people were still waiting at Hakari on Friday morning, officials said."
    )
    rows = placed(text, published=date(2023, 9, 29), trigger=None, origin="Azerbaijan")
    assert ("other", 2300, "Kornidzor") in rows


def test_a_count_into_the_european_union_is_the_unions():
    text = (
        "BRUSSELS - The flow from the east goes on.\n\n"
        "Some 41,000 Russian citizens entered the European Union last week, the agency said, most of them by land."
    )
    rows = placed(text, published=date(2022, 10, 11), trigger=None, origin="Russia")
    assert ("entries", 41000, "European Union") in rows


def test_the_eu_as_an_adjective_is_no_place():
    # (guard) "the EU border agency" names no place: the count stays Finland's
    text = (
        "HELSINKI - Crossings rose again.\n\n"
        "The EU border agency said 7,900 Russians entered Finland over the weekend."
    )
    rows = placed(text, published=date(2022, 9, 26), trigger=None, origin="Russia")
    assert ("entries", 7900, "Finland") in rows


def test_a_town_singled_out_with_alone_is_the_counts_place():
    text = (
        "TASHKENT - Airports are crowded.\n\n"
        "On Monday 2,900 Russian passengers left Tashkent airport on international flights. At Samarkand airport 1,100 "
        "left the same day. On Sunday the figure for Tashkent alone was 3,050."
    )
    rows = placed(text, published=date(2022, 10, 4), trigger=None, origin="Russia")
    assert ("exits", 3050, "Tashkent") in rows
    assert ("exits", 3050, "Samarkand") not in rows


def test_a_town_flights_came_from_alone_is_not_the_counts_place():
    # (guard) "from Moscow alone": where they came from, not where they were counted
    text = "BELGRADE - Flights are full.\n\nFlights from Moscow alone brought 900 Russians to Belgrade on Sunday."
    rows = placed(text, published=date(2022, 10, 3), trigger=None, origin="Russia")
    assert all(place != "Moscow" for _, _, place in rows)


def test_two_posts_each_with_its_own_count_are_no_list():
    text = "URALSK - The flow goes on.\n\nAt Kurmangazy, 3 400 came in on Monday, and Zhaisan about 1 900."
    rows = placed(text, published=date(2022, 9, 29), trigger=None, origin="Russia")
    assert ("entries", 1900, "Sagarchin") in rows  # (Zhaisan: the gazetteer names the crossing by its Russian side)
    assert ("entries", 1900, "Kazakhstan") not in rows
