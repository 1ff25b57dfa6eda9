"""Rules added after the read of rounds 504-507 for places (branch evr504p; sentences written for these tests)."""

from datetime import date

from exodus.evidence import infer_origin, parse_document
from tests.evidence.test_evidence_round70 import placed

_HOST_STATEMENT = (
    "STATEMENT OF THE BORDER GUARD OF LATVIA\n\n"
    "On the situation at the Terehova border crossing point\n\n"
    "Since 21 September a total of 6 240 persons have entered Latvia through the Terehova crossing point, of them "
    "5 910 citizens of the Russian Federation.\n\n"
    "Yesterday 1 130 persons entered Latvia through Terehova.\n\n"
    "In the same days 420 persons left Latvia for the Russian Federation through the crossing point, most of them "
    "citizens of Latvia going to work. Buses from Rezekne run to the post twice a day."
)


def test_a_host_entered_twice_and_left_only_on_the_way_back_is_not_the_origin():
    document = parse_document(_HOST_STATEMENT.encode("utf-8"), "inline.txt")
    assert infer_origin(document) == "Russia"


def test_a_host_statements_counts_through_its_crossing_are_the_crossings():
    rows = placed(_HOST_STATEMENT, published=date(2022, 9, 29), trigger=date(2022, 9, 21), origin=None)
    assert ("entries", 6240, "Terehova") in rows
    assert ("entries", 1130, "Terehova") in rows


def test_a_country_whose_own_people_are_named_most_stays_the_origin_when_entered_on_the_way_back():
    text = (
        "Russians come back from Georgia and Kazakhstan\n\n"
        "Russians who left after the decree are coming home. Some 2,100 people entered Russia from Georgia this week, "
        "and 3,400 entered Russia at Kairak. Many Russians said they had run out of money in Tbilisi."
    )
    document = parse_document(text.encode("utf-8"), "inline.txt")
    assert infer_origin(document) == "Russia"


def test_a_total_in_through_this_crossing_point_is_the_crossings_not_the_countrys():
    text = (
        "The border police reported on the Sarpi crossing point on Thursday.\n\n"
        "On 27 September 2 410 persons entered Turkey through the Sarpi crossing point. In total, around 11 300 "
        "persons have entered Turkey through this crossing point since 21 September."
    )
    rows = placed(text, published=date(2022, 9, 29), trigger=date(2022, 9, 21), origin="Georgia")
    assert ("entries", 11300, "Sarpi") in rows
