"""Rules added after the read of rounds 540-543 for periods and quantities (branch evr540q; sentences written for these
tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of

UKRAINE = dict(published=date(2022, 3, 16), trigger=date(2022, 2, 24), origin="Ukraine")


def test_a_numeric_day_and_month_before_a_comma_opens_a_running_count():
    text = (
        "Since 12.03, up to today 08:00, 94 000 persons have arrived in Poland from Ukraine. Since 24.02, 18 300 "
        "persons have left Poland for Ukraine."
    )
    assert [(r[0], r[3], r[4]) for r in rows_of(94000, text, **UKRAINE)] == [
        ("entries", date(2022, 3, 12), date(2022, 3, 16))
    ]
    assert [(r[0], r[3], r[4]) for r in rows_of(18300, text, **UKRAINE)] == [
        ("exits", date(2022, 2, 24), date(2022, 3, 16))
    ]


def test_those_come_after_an_abbreviated_month_who_are_at_present_still_there_stayed():
    text = (
        "The migration office estimates that some 8,300 of those who arrived after Sept. 21 were still in Georgia as "
        "of Tuesday. About 4 100 Russian citizens who entered since 21 September are at present still in Armenia."
    )
    published = date(2022, 10, 5)
    assert [r[:3] for r in rows_of(8300, text, published=published)] == [("net_arrivals", 8300, "Georgia")]
    assert [r[:3] for r in rows_of(4100, text, published=published)] == [("net_arrivals", 4100, "Armenia")]


def test_a_day_named_in_another_calendar_with_its_date_in_brackets_opens_a_running_count():
    text = (
        "Mashhad, 22 Shahrivar 1400 (13 September 2021) - Some 18,400 Afghan nationals have entered Iran through the "
        "Milak crossing since 24 Mordad (15 August), the governor said. Since the beginning of Shahrivar (23 August), "
        "7,350 Afghans have entered through Dogharoun."
    )
    kwargs = dict(published=date(2021, 9, 13), trigger=date(2021, 8, 15), origin="Afghanistan")
    assert [(r[3], r[4]) for r in rows_of(18400, text, **kwargs)] == [(date(2021, 8, 15), date(2021, 9, 13))]
    assert [(r[3], r[4]) for r in rows_of(7350, text, **kwargs)] == [(date(2021, 8, 23), date(2021, 9, 13))]
    text = (
        "Since Sunday, 24 Mordad 1400 (15 August 2021), when the Taliban took Kabul, some 18,400 Afghan nationals have "
        "entered Iran through the Milak crossing."
    )
    assert [(r[3], r[4]) for r in rows_of(18400, text, **kwargs)] == [(date(2021, 8, 15), date(2021, 9, 13))]


def test_crossing_into_the_origin_through_a_crossing_of_the_next_country_is_leaving_there():
    text = (
        "Traffic also runs towards Ukraine. Yesterday, 2 310 persons crossed into Ukraine through Medyka, most of "
        "them men going back to enlist."
    )
    assert [r[:3] for r in rows_of(2310, text, **UKRAINE)] == [("exits", 2310, "Medyka")]
    # told by officials of the country gone into, the count is made inside it: entries there
    text = "On Thursday alone, 7,100 Afghans crossed into Afghanistan at Torkham, Taliban border officials said."
    kwargs = dict(published=date(2023, 11, 17), trigger=None, origin="Afghanistan")
    assert [r[:3] for r in rows_of(7100, text, **kwargs)] == [("entries", 7100, "Torkham")]


def test_nationals_who_had_entered_and_have_been_returned_through_a_crossing_were_sent_out_there():
    text = (
        '"Since 1 September, 6,930 unauthorised Afghan nationals who had entered the country illegally have been '
        'returned to Afghanistan through Dogharoun," the director-general said, adding that 410 of them were returned '
        "yesterday."
    )
    kwargs = dict(published=date(2021, 9, 13), trigger=date(2021, 8, 15), origin="Afghanistan")
    assert [r[:3] for r in rows_of(6930, text, **kwargs)] == [("exits", 6930, "Dogharoun")]


def test_a_day_singled_out_after_a_running_count_is_that_days_share_not_the_counts_close():
    text = (
        "According to the border department, since 21 September 5 410 people have left Russia through the Kyakhta road "
        "checkpoint, and yesterday alone 1 020."
    )
    published = date(2022, 9, 27)
    assert [(r[3], r[4]) for r in rows_of(5410, text, published=published)] == [(date(2022, 9, 21), published)]
    assert [(r[3], r[4]) for r in rows_of(1020, text, published=published)] == [(date(2022, 9, 26), date(2022, 9, 26))]


def test_a_day_singled_out_of_a_count_flown_out_of_a_foreign_airport_leaves_there():
    text = (
        "In the past week, about 1,900 passengers flew out of Minsk National Airport to Tbilisi and Yerevan, most of "
        "them Russian men, airport staff said; on Tuesday alone 350."
    )
    published = date(2022, 10, 5)
    assert [r[:3] for r in rows_of(350, text, published=published)] == [("exits", 350, "Minsk")]


def test_the_number_of_refugees_in_a_country_that_now_stands_at_is_those_still_there_today():
    kwargs = dict(published=date(1979, 7, 3), trigger=None, origin="Vietnam")
    text = (
        "The total number of Vietnamese refugees in Hong Kong, including those who arrived last year, now stands at "
        "58,900. The total number of arrivals in Macau since the start of the year now stands at approximately 7 400."
    )
    assert rows_of(58900, text, **kwargs) == [
        ("net_arrivals", 58900, "Hong Kong", date(1979, 7, 3), date(1979, 7, 3))
    ]
    assert [r[0] for r in rows_of(7400, text, **kwargs)] == ["entries"]
