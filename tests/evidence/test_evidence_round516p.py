"""Rules added after the read of rounds 516-519 for places (branch evr516p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

_RUSSIA_2022 = dict(published=date(2022, 10, 4), trigger=date(2022, 9, 21))
_DARIEN_2023 = dict(published=date(2023, 8, 23), trigger=None, origin="Venezuela")


def test_people_arriving_in_the_darien_community_where_they_come_out_of_the_jungle_are_at_it():
    text = (
        "The Border Service said on Wednesday that migrants keep coming out of the jungle. On Tuesday, 2 740 migrants "
        "arrived in Bajo Chiquito, most of them Venezuelan families."
    )
    assert [p for p in placed(text, **_DARIEN_2023) if p[1] == 2740] == [("entries", 2740, "Bajo Chiquito")]


def test_a_count_whose_sentence_opens_on_several_posts_listed_is_the_countrys():
    text = (
        "Estonia's border guard gave its weekend figures on Monday.\n\n"
        "Across all three road crossing points on the Russian border, Narva-1, Koidula and Luhamaa, the number of "
        "travellers with Russian passports who came in on Saturday was 5 410."
    )
    assert [p for p in placed(text, **_RUSSIA_2022) if p[1] == 5410] == [("entries", 5410, "Estonia")]


def test_a_count_whose_sentence_opens_on_one_post_stays_at_it():
    text = (
        "Finland's border guard gave its weekend figures on Tuesday.\n\n"
        "At the Vaalimaa crossing point, the number of Russian citizens who came in on Sunday was 3 150."
    )
    assert [p for p in placed(text, **_RUSSIA_2022) if p[1] == 3150] == [("entries", 3150, "Vaalimaa")]


def test_arrests_at_a_post_named_by_its_side_the_towns_lack_are_the_reports_country():
    text = (
        "Since 21 September, 18 400 Russians have entered Kyrgyzstan, the border service said on Tuesday.\n\n"
        "On Monday, 4 persons were detained at Ak-Zhol with forged passports and handed over to the police."
    )
    assert [p for p in placed(text, **_RUSSIA_2022) if p[0] == "arrests"] == [("arrests", 4, "Kyrgyzstan")]


def test_arrests_at_a_post_after_the_origins_force_stay_the_origins():
    text = (
        "Since 21 September, 18 400 Russians have entered Georgia. FSB officers have detained at least 20 men at the "
        "border since then. Five of them were detained on Sunday at Upper Lars, the group said."
    )
    assert [p for p in placed(text, **_RUSSIA_2022) if p[0] == "arrests" and p[1] == 5] == [("arrests", 5, "Russia")]


def test_a_fare_via_a_stop_sold_by_agents_in_a_town_runs_from_it_to_the_reports_city():
    text = (
        "Russian arrivals in Antalya rose again in October, the airport said.\n\n"
        "Airlines offer daily flights between Moscow and Istanbul with onward connections to Antalya. Travel agents in "
        "Moscow quote one-way fares via Istanbul at about US$780, twice the summer price."
    )
    assert [p for p in placed(text, **_RUSSIA_2022) if p[0] == "flights_price_usd"] == [
        ("flights_price_usd", 780, "Moscow - Antalya")
    ]
