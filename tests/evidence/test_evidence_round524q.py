"""Rules added after the read of rounds 524-527 for periods and quantities (branch evr524q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_those_come_since_a_day_still_on_a_countrys_soil_are_still_there():
    text = "The prefecture estimates that some 6.400 of the persons who have crossed since 2 June are still on Malian soil."
    rows = rows_of(6400, text, published=date(2013, 6, 20), trigger=date(2013, 6, 2), origin="Niger")
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_those_come_since_a_day_remaining_on_a_countrys_territory_are_still_there():
    text = "By this morning, about 2,750 of those who crossed since Monday remain on Lao territory, the governor said."
    rows = rows_of(2750, text, published=date(2021, 5, 14), trigger=date(2021, 5, 10), origin="Myanmar")
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_people_who_arrived_and_are_at_present_in_the_country_are_still_there():
    text = (
        "According to the ministry, some 41 500 persons who arrived from Ukraine since 24 February are at present on "
        "the territory of Slovakia."
    )
    rows = rows_of(41500, text, published=date(2022, 3, 8), trigger=date(2022, 2, 24), origin="Ukraine")
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_those_who_have_come_since_a_day_and_remain_are_still_there():
    text = (
        "Over those weeks 52 300 Russian citizens left Armenia again, so that some 18 900 of those who have come since "
        "21 September remain in the country."
    )
    rows = rows_of(18900, text, published=date(2022, 10, 14))
    assert [r[0] for r in rows] == ["net_arrivals"]


def test_the_same_period_since_a_day_is_the_window_from_that_day():
    text = (
        "At least 27,000 Russians have landed in Antalya since September 21, the governor's office said.\n\n"
        "In the past seven days alone, 9,800 passengers from Russian cities landed at Antalya airport.\n\n"
        "Dalaman airport received about 2,600 passengers from Russia over the same period since September 21, an "
        "airport official said."
    )
    rows = rows_of(2600, text, published=date(2022, 10, 3))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 21), date(2022, 10, 3))]


def test_a_since_framing_a_record_of_five_words_is_no_window_of_the_second_count():
    text = (
        "On Monday, 26 September, 2 410 citizens of Russia entered through Kyakhta and 655 through Mondy, the highest "
        "number for a single day since the call-up was announced."
    )
    rows = rows_of(655, text, published=date(2022, 9, 27))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 26), date(2022, 9, 26))]
