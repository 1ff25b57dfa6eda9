"""Rules added after the read of rounds 588-591 for figures not read and distractors (branch evr588r; sentences
written for these tests)."""

from datetime import date

from exodus.evidence.figures import _CARRIED_TO_A_TOWN_AFTER
from tests.evidence.test_evidence_round70 import figures, placed, row

RUSSIA_2022 = dict(published=date(2022, 10, 5), trigger=date(2022, 9, 21))
UKRAINE_2022 = dict(published=date(2022, 3, 9), trigger=date(2022, 2, 24), origin="Ukraine")
SUDAN_2023 = dict(published=date(2023, 6, 9), trigger=date(2023, 4, 15), origin="Sudan")
MYANMAR_2021 = dict(published=date(2021, 10, 2), trigger=date(2021, 2, 1), origin="Myanmar")
CONGO_2017 = dict(published=date(2017, 8, 20), trigger=date(2017, 4, 1), origin="DR Congo")


def values(text, **kwargs):
    return [row(f)[:2] for f in figures(text, **kwargs)]


def test_men_border_guards_have_not_let_board_were_turned_back():
    text = (
        "On Sunday 2,140 passengers flew abroad from Koltsovo. Since Thursday, border guards at the airport have not "
        "let 27 men board their flights, saying summonses had been issued to them."
    )
    assert values(text, **RUSSIA_2022) == [("exits", 2140)]


def test_men_border_guards_did_not_let_out_were_turned_back():
    text = "On Sunday 1,870 people left Russia through Upper Lars. Border guards did not let out 16 men with summonses."
    assert [value for _, value in values(text, **RUSSIA_2022)] == [1870]


def test_the_men_whose_papers_officers_checked_are_no_figure():
    text = (
        "On Monday 1,310 passengers flew abroad from Tolmachevo. By the evening officers of the desk had checked the "
        "papers of about 350 men and handed out 40 summonses."
    )
    assert [value for _, value in values(text, **RUSSIA_2022)] == [1310]


def test_a_statements_lettered_items_are_read_under_their_lead_in():
    text = (
        "3. Since 20th September, 2021, 2,460 persons from Myanmar have entered the State. The figures by entry point "
        "are as follows:\n   (a) Zokhawthar entry point : 1,530\n   (b) Farkawn entry point : 930\n\n4. Relief is "
        "being provided by the village councils."
    )
    rows = placed(text, **MYANMAR_2021)
    assert ("entries", 1530, "Zokhawthar") in rows and ("entries", 930, "Farkawn") in rows


def test_people_buses_carried_to_a_town_of_the_host_moved_on():
    text = (
        "In the past week 7,310 individuals crossed into Ethiopia at Metema. In the same week, 41 IOM buses carried "
        "2,080 people to Addis Ababa."
    )
    assert [value for _, value in values(text, **SUDAN_2023)] == [7310]


def test_buses_that_took_citizens_of_a_country_are_no_queue_nor_their_passengers_a_crossing():
    text = (
        "On 08.03.2022, 3.905 Ukrainian citizens entered Romania through Siret. On Tuesday, 14 buses took 610 "
        "Ukrainian citizens from the reception area at the Siret crossing point to Bucharest."
    )
    assert [value for _, value in values(text, **UKRAINE_2022)] == [3905]


def test_people_carried_across_the_border_are_not_read_as_moved_on():
    assert _CARRIED_TO_A_TOWN_AFTER.match(" refugees across the border to Chelm") is None
    assert _CARRIED_TO_A_TOWN_AFTER.match(" refugees from Slavonski Brod directly to Munich") is None
    assert _CARRIED_TO_A_TOWN_AFTER.match(" people from Wadakona upriver to Malakal") is not None


def test_refugees_relocated_are_no_figure():
    text = "- 2,870 new arrivals recorded at Chissanda since 1 August\n- 1,940 refugees relocated to Lovua since 3 August"
    assert [value for _, value in values(text, **CONGO_2017)] == [2870]


def test_a_roads_number_is_no_count():
    text = (
        "On 29th September, 2021, the police arrested 4 persons at a check-post on the Aizawl-Champhai road (National "
        "Highway 6) for carrying persons without documents."
    )
    assert values(text, **MYANMAR_2021) == [("arrests", 4)]


def test_a_phone_number_with_one_digit_before_its_first_dash_is_no_count():
    text = (
        "Yesterday 2,310 people entered Kazakhstan through Zhana Zhol. A reminder: the information line of the Zhana "
        "Zhol district akimat for arrivals is 8 (71537) 2-14-60, round the clock."
    )
    assert values(text, **RUSSIA_2022) == [("entries", 2310)]


def test_a_rate_before_all_this_is_the_usual_day():
    text = "Since the 21st, more than 14 thousand have come in through Kairak. Before all this, about 700 people a day crossed at Kairak."
    assert [value for _, value in values(text, **RUSSIA_2022)] == [14000]


def test_citizens_a_migration_service_has_registered_are_no_figure():
    text = (
        "Yesterday 2,310 people entered Kazakhstan through Zhana Zhol. The migration service of the region has "
        "registered 7,840 citizens of Russia since 21 September."
    )
    assert [value for _, value in values(text, **RUSSIA_2022)] == [2310]


def test_people_a_body_has_registered_arriving_stay_a_crossing():
    text = "The border service has registered 7,840 people arriving from Russia at Zhana Zhol since 21 September."
    assert [value for _, value in values(text, **RUSSIA_2022)] == [7840]


def test_a_count_a_year_ago_is_a_usual_time_before():
    text = (
        "From Thursday to Sunday, 4 210 passengers flew out of Sochi airport on international flights. A year ago, in "
        "the same four days, about 1 700 passengers left on foreign routes."
    )
    assert [value for _, value in values(text, **RUSSIA_2022)] == [4210]


def test_people_who_applied_for_refugee_status_or_a_stay_permit_are_no_figure():
    text = (
        "Since 21 September, 4,180 Russian nationals arrived at Incheon. Since September 21, 31 Russian nationals have "
        "applied for refugee status at Gimpo International Airport upon arrival. Of the persons registered, 640 "
        "requested recognition as refugees before the commission. A further 1.320 Russian citizens have applied for a "
        "Limited Stay Permit (ITAS) on the basis of investment."
    )
    assert [value for _, value in values(text, published=date(2022, 10, 12))] == [4180]


def test_cars_of_a_country_entering_at_a_crossing_are_no_queue():
    text = "On Tuesday 2 140 Russians entered Finland at Vaalimaa. The Border Guard counted 1 160 Russian cars entering at the crossing."
    assert [value for _, value in values(text, **RUSSIA_2022)] == [2140]
