"""Rules added after the read of rounds 392-395 for places (branch evr396p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_arrivals_in_an_area_named_by_a_town_are_at_the_town():
    text = (
        "Refugees from Cameroon keep reaching Nigeria, aid workers said on Friday.\n\n"
        "This week our staff counted some 640 new arrivals in the Bashu area, most of them women."
    )
    rows = placed(text, published=date(2018, 3, 2), trigger=None, origin="Cameroon")
    assert ("entries", 640, "Bashu") in rows


def test_people_who_arrived_at_a_site_named_by_a_town_are_at_the_town():
    text = (
        "Malians are still crossing into Niger, officials said.\n\n"
        "Some 2,300 refugees arrived at the Tabareybarey site in the ten days to Sunday."
    )
    rows = placed(text, published=date(2012, 4, 2), trigger=None, origin="Mali")
    assert ("entries", 2300, "Tabareybarey") in rows


def test_people_who_crossed_into_a_district_named_by_a_town_are_at_the_town():
    text = (
        "Togolese fleeing the clashes are entering Ghana.\n\n"
        "Officials said 900 people had crossed into the Nalerigu district since Tuesday."
    )
    rows = placed(text, published=date(2017, 10, 20), trigger=None, origin="Togo")
    assert ("entries", 900, "Nalerigu") in rows


def test_a_site_people_arrived_at_is_no_far_side_of_a_post_named_later():
    text = (
        "Malians are still crossing into Niger, officials said.\n\n"
        "Some 2,300 refugees arrived at the Tabareybarey site in the ten days to Sunday.\n\n"
        "Refugees said about 1,500 people are gathered at Tindikali, on the Malian side of the border, waiting for "
        "boats to take them across."
    )
    rows = placed(text, published=date(2012, 4, 2), trigger=None, origin="Mali")
    assert ("other", 1500, "Tindikali") in rows
    assert ("other", 1500, "Tabareybarey") not in rows


def test_people_who_left_a_country_named_as_the_republic_of_it_left_that_country():
    text = (
        "Refugees keep crossing from Ukraine into Moldova, the government said on Thursday.\n\n"
        "Over the same day, 2 310 persons left the Republic of Moldova for Romania."
    )
    rows = placed(text, published=date(2022, 3, 17), trigger=None, origin="Ukraine")
    assert ("exits", 2310, "Moldova") in rows


def test_people_who_remain_on_the_territory_of_the_republic_of_a_country_are_in_it():
    text = (
        "Refugees keep crossing from Ukraine into Moldova, the government said on Thursday.\n\n"
        "Some 98 000 persons from Ukraine remain on the territory of the Republic of Moldova."
    )
    rows = placed(text, published=date(2022, 3, 17), trigger=None, origin="Ukraine")
    assert ("net_arrivals", 98000, "Moldova") in rows
