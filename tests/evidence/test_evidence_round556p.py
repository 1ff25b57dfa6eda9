"""Rules added after the read of rounds 556-559 for places (branch evr556p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

SEPTEMBER_28 = dict(published=date(2022, 9, 28))
OCTOBER_4 = dict(published=date(2022, 10, 4))


def test_people_who_came_over_the_border_station_came_over_the_crossing_named_before():
    text = (
        "Police in Finnmark said 1 040 Russian citizens entered Norway at Storskog in the past week.\n\n"
        "On Tuesday 188 Russians came over the border station, and 71 travelled the other way into Russia on Tuesday."
    )
    assert placed(text, **SEPTEMBER_28) == [
        ("entries", 1040, "Storskog"),
        ("entries", 188, "Storskog"),
        ("exits", 71, "Storskog"),
    ]


def test_the_post_of_a_side_named_by_an_adjective_the_country_table_lacks_is_no_crossing():
    text = (
        "Since 21 September, 24 300 people have entered Abkhazia from Russia through the Psou checkpoint.\n\n"
        "Drivers who got to the Abkhaz post by noon said they had waited eight to nine hours. In front of the Russian "
        "border post about 1 500 people were waiting on foot."
    )
    assert placed(text, **SEPTEMBER_28) == [
        ("entries", 24300, "Psou"),
        ("wait_hours", 9, "Psou"),
        ("other", 1500, "Psou"),
    ]


def test_a_whole_that_left_the_country_is_not_at_the_crossing_of_its_part_told_after_it():
    text = (
        '2. On 3 October 2022, 2 310 citizens of the Russian Federation entered the country, of whom 1 150 through the '
        'checkpoint "Ak-Jol".\n\n'
        "3. From 21 September to 3 October 2022, 18 260 citizens of the Russian Federation left the Kyrgyz Republic, "
        'including 2 710 through the checkpoint "Ak-Jol" in the direction of the Republic of Kazakhstan.'
    )
    assert placed(text, **OCTOBER_4) == [
        ("entries", 2310, "Kyrgyzstan"),
        ("entries", 1150, "Kordai"),
        ("exits", 18260, "Kyrgyzstan"),
        ("exits", 2710, "Kordai"),
    ]


def test_people_who_left_through_a_post_named_in_full_and_by_its_acronym_left_through_its_town():
    text = (
        "2. On Tuesday, 2.140 Venezuelan citizens left Ecuador for Peru through the Binational Border Attention Centre "
        "(CEBAF) in Huaquillas (El Oro)."
    )
    assert placed(text, published=date(2018, 8, 22), trigger=date(2018, 1, 1), origin="Venezuela") == [
        ("exits", 2140, "Huaquillas")
    ]
