"""Rules added after the read of rounds 524-527 for places (branch evr524p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

VENEZUELA = dict(published=date(2018, 5, 9), trigger=date(2018, 5, 1), origin="Venezuela")


def test_a_count_through_all_the_migration_control_points_of_the_country_is_the_countrys():
    text = (
        "Since 3 May, 12.480 Venezuelans have entered Peru through Tumbes, and 15.930 through all the migration "
        "control points of the country."
    )
    assert placed(text, **VENEZUELA) == [("entries", 12480, "Tumbes"), ("entries", 15930, "Peru")]


def test_a_count_opening_on_all_the_countrys_land_air_and_sea_posts_is_the_countrys():
    text = (
        "Since 3 May, 12,480 Venezuelans have entered Peru through Tumbes. At all the country's land, air and sea "
        "posts together, some 15,930 Venezuelans entered in the same period."
    )
    assert placed(text, **VENEZUELA) == [("entries", 12480, "Tumbes"), ("entries", 15930, "Peru")]
