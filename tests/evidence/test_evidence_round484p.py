"""Rules added after the read of rounds 480-483 for places (branch evr484p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def test_left_the_territory_of_the_republic_is_out_of_the_republic_named_before():
    text = (
        "Information of the Border Service of the Republic of Tajikistan\n\n"
        "1. From 1 to 7 October, 12 480 citizens of the Russian Federation entered the territory of the Republic of "
        "Tajikistan.\n\n"
        "2. In the same period, 5 310 citizens of the Russian Federation left the territory of the republic, including "
        "onward to third countries (Republic of Kazakhstan, Republic of Turkey)."
    )
    rows = [p for p in placed(text, published=date(2022, 10, 8), trigger=date(2022, 9, 21)) if p[1] == 5310]
    assert rows == [("exits", 5310, "Tajikistan")]


def test_left_the_territory_of_the_republic_is_not_the_crossing_named_before():
    text = (
        "Press service of the Border Troops of the Republic of Uzbekistan informs.\n\n"
        "1. Through the checkpoint \"Oybek\" in the week entered 4 215 citizens of Russia.\n\n"
        "2. In the same week left the territory of the Republic to the Russian Federation "
        "and third countries 2 960 citizens of Russia."
    )
    rows = [p for p in placed(text, published=date(2022, 10, 3), trigger=date(2022, 9, 21)) if p[1] == 2960]
    assert rows == [("exits", 2960, "Uzbekistan")]


def test_entered_the_country_after_a_list_by_crossing_is_the_country_not_the_last_crossing():
    text = (
        "Border Service of the Kyrgyz Republic\n\n"
        "From 21 to 27 September, 18 450 citizens of the Russian Federation entered Kyrgyzstan. Of them:\n"
        "- through the checkpoint \"Manas\" international airport - 9 310 persons;\n"
        "- through the checkpoint \"Ak-Zhol\" - 7 820 persons.\n\n"
        "On 27 September, 3 640 citizens of the Russian Federation entered the country, of whom 1 905 crossed at "
        "the checkpoint \"Ak-Zhol\"."
    )
    rows = [p for p in placed(text, published=date(2022, 9, 28), trigger=date(2022, 9, 21)) if p[1] == 3640]
    assert rows == [("entries", 3640, "Kyrgyzstan")]


def test_entered_the_country_with_the_parts_crossing_after_is_the_country():
    text = (
        "TBILISI, Oct 6 (Wire) - Georgia has counted more Russian arrivals since the decree, its interior ministry said.\n\n"
        "Of the 41,200 Russians who entered the country between Sept. 21 and Wednesday, 35,900 came by road over the "
        "Upper Lars crossing, the ministry said."
    )
    rows = [p for p in placed(text, published=date(2022, 10, 6), trigger=date(2022, 9, 21)) if p[1] == 41200]
    assert rows == [("entries", 41200, "Georgia")]
