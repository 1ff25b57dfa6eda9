"""Rules added after the read of rounds 620-623 for figures not read and distractors (branch evr620r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

SEPTEMBER_27 = dict(published=date(2022, 9, 27))
OCTOBER_6 = dict(published=date(2022, 10, 6))
NOVEMBER_14 = dict(published=date(2022, 11, 14), trigger=None, origin="Tunisia")
SEPTEMBER_2016 = dict(published=date(2016, 9, 5), trigger=None, origin="Tunisia")


def test_a_year_then_the_total_it_reached_is_no_range():
    text = "On Sunday 870 migrants landed in Italy, bringing the total for 2022 to 41,200."
    assert placed(text, **NOVEMBER_14) == [("entries", 870, "Italy"), ("entries", 41200, "Italy")]


def test_a_house_number_before_a_street_written_the_french_way_is_no_count():
    text = (
        "On Monday 1,140 migrants landed in Italy. Donations can be left at our depot, 12 rue des Fontinettes, every "
        "morning."
    )
    assert placed(text, **SEPTEMBER_2016) == [("entries", 1140, "Italy")]


def test_shoe_sizes_are_no_count():
    text = (
        "On Monday 1,140 migrants landed in Italy. We need trainers (sizes 39 to 43) and volunteers who speak Arabic."
    )
    assert placed(text, **SEPTEMBER_2016) == [("entries", 1140, "Italy")]


def test_men_handed_summonses_with_the_day_and_the_teller_between_commas_are_no_count():
    text = (
        "On Monday 1,260 passengers flew out of Kurumoch airport. At the bearing plant summonses were handed out on "
        "Friday, staff said, to about 120 men of the assembly shop."
    )
    assert placed(text, **SEPTEMBER_27) == [("exits", 1260, "Samara")]


def test_men_who_received_them_the_summonses_named_before_are_no_count():
    text = (
        "On Monday 1,260 passengers flew out of Kurumoch airport. Summonses were handed out at the gates of the "
        "bearing plant: staff told us some 150 men received them on Saturday."
    )
    assert placed(text, **SEPTEMBER_27) == [("exits", 1260, "Samara")]


def test_a_part_of_the_companies_registered_is_no_count():
    text = (
        "Since 21 September 3,400 Russians have arrived in Serbia. Russian citizens have registered 860 companies and "
        "sole traders in the country, 140 of them in Subotica."
    )
    assert placed(text, **OCTOBER_6) == [("entries", 3400, "Serbia")]


def test_cards_issued_by_their_brands_are_no_count():
    text = (
        "Since 21 September 3,400 Russians have arrived in Uzbekistan. Banks in the region have issued more than "
        "6,000 Uzcard and Humo cards to citizens of Russia, as their own cards are blocked abroad."
    )
    assert placed(text, **OCTOBER_6) == [("entries", 3400, "Uzbekistan")]
