"""Rules added after the read of rounds 560-563 for figures not read and distractors (branch evr560r; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed, rows_of

OCTOBER_3 = dict(published=date(2022, 10, 3))
BANGLADESH_2017 = dict(published=date(2017, 9, 20), trigger=date(2017, 8, 25), origin="Myanmar")
GERMANY_1989 = dict(published=date(1989, 10, 25), trigger=date(1989, 9, 11), origin="East Germany")
ROMANIA_2022 = dict(published=date(2022, 3, 12), trigger=date(2022, 2, 24), origin="Ukraine")
MAURITANIA_2012 = dict(published=date(2012, 3, 20), trigger=date(2012, 1, 17), origin="Mali")
ARGENTINA_2022 = dict(published=date(2022, 11, 10))
MACEDONIA_2015 = dict(published=date(2015, 8, 20), trigger=date(2015, 6, 1), origin="Syria")


def test_a_spaced_count_told_again_in_words_in_brackets_is_one_count():
    text = "On Sunday, 2 340 (two thousand three hundred and forty) persons left Russia through the Kyakhta checkpoint."
    assert placed(text, **OCTOBER_3) == [("exits", 2340, "Altanbulag")]


def test_a_count_in_lakhs_told_again_in_words_in_brackets_is_one_count():
    text = "Since 25 August, an estimated 4,26,000 (four lakh twenty-six thousand) persons have entered Bangladesh."
    assert placed(text, **BANGLADESH_2017) == [("entries", 426000, "Bangladesh")]


def test_a_telephone_number_ending_in_a_nought_is_no_count():
    text = (
        "Some 2,400 citizens of the GDR arrived in Bavaria on Sunday. Relatives seeking news of persons who have "
        "arrived may call the tracing service in Nuremberg, (0911) 42 18 55-0."
    )
    assert [row[:2] for row in placed(text, **GERMANY_1989)] == [("entries", 2400)]


def test_what_is_expected_in_a_clause_of_its_own_is_a_projection():
    text = (
        "The Ministry expects that up to 90,000 citizens of the GDR will have come to the Federal Republic by way of "
        "Hungary before the end of the year."
    )
    assert placed(text, **GERMANY_1989) == []


def test_a_later_part_of_citizens_of_other_states_is_no_count():
    text = (
        "Since 24 February, 61 200 persons have entered Romania through Isaccea. Among them are 57 400 Ukrainian "
        "citizens, 940 Romanian citizens returning home from Ukraine and 2 860 citizens of other states."
    )
    assert [row[:2] for row in placed(text, **ROMANIA_2022)] == [("entries", 61200)]


def test_a_later_part_of_families_named_by_their_people_is_no_count():
    text = (
        "Since January, 18 300 persons have entered Mauritania at Fassala. Among the arrivals are some 2 200 Fulani "
        "families and 900 Bambara families."
    )
    assert [row[:2] for row in placed(text, **MAURITANIA_2012)] == [("entries", 18300)]


def test_a_part_of_those_who_entered_that_an_office_identified_is_no_count():
    text = (
        "In October, 2.940 Russian citizens entered Argentina through Ezeiza. Among those who entered in October, the "
        "border inspectors identified some 860 pregnant women."
    )
    assert [row[:2] for row in placed(text, **ARGENTINA_2022)] == [("entries", 2940)]


def test_people_registered_since_the_camp_opened_are_housed():
    text = (
        "In the past week 3 100 persons crossed at Fassala. UNHCR and its partners have registered 19 800 persons "
        "since the opening of the camp."
    )
    assert placed(text, **MAURITANIA_2012) == [("entries", 3100, "Fassala")]


def test_people_registered_in_the_camps_are_housed():
    text = "UNHCR has registered 12,600 refugees in the two camps near Bassikounou since February."
    assert placed(text, **MAURITANIA_2012) == []


def test_people_registered_in_the_passive_at_service_centres_are_no_count():
    text = "Since 21 September, 8 420 citizens of Russia have been registered at the public service centres of Uralsk."
    assert placed(text, **OCTOBER_3) == []


def test_certificates_issued_count_papers_not_people():
    text = (
        "Since the new law entered into force on 18 June, the police at Gevgelija have issued 21.300 certificates of "
        "intention to apply for asylum."
    )
    assert placed(text, **MACEDONIA_2015) == []


def test_the_people_whose_visas_were_extended_stay_where_they_are():
    text = (
        "Since 21 September, 3,200 Russian nationals arrived in Sri Lanka. The Department of Immigration and Emigration "
        "has extended the visas of 1,140 Russian nationals since 21 September."
    )
    assert placed(text, published=date(2022, 10, 7)) == [("entries", 3200, "Sri Lanka")]


def test_a_day_in_normal_periods_is_a_usual_day():
    text = "In normal periods, the ferry at Isaccea carried about 300 persons a day."
    assert placed(text, **ROMANIA_2022) == []


def test_a_sentence_opening_on_the_same_period_of_an_earlier_year_is_a_usual_time():
    text = (
        "Since June, 41.000 migrants have entered Macedonia near Gevgelija. In the same period of 2014, 2.300 migrants "
        "entered the country."
    )
    assert [row[:2] for row in placed(text, **MACEDONIA_2015)] == [("entries", 41000)]


def test_a_count_with_a_thousands_dot_after_a_month_is_no_day():
    text = "According to the police, since March 6.420 foreign nationals have entered the country through Pisiga."
    rows = rows_of(6420, text, published=date(2021, 4, 12), trigger=date(2021, 1, 1), origin="Venezuela")
    assert [(r[0], r[3], r[4]) for r in rows] == [("entries", date(2021, 3, 1), date(2021, 4, 12))]


def test_drivers_speaking_of_hours_in_a_sentence_of_the_line_tell_a_wait():
    text = "This morning about 600 cars stood in line at Kairak, and drivers there spoke of 9 to 11 hours."
    rows = [r for r in placed(text, published=date(2022, 9, 28)) if r[0] == "wait_hours"]
    assert rows == [("wait_hours", 11, "Kairak")]


def test_people_staying_in_an_embassy_wait_in_its_city():
    text = (
        "About 240 citizens of the GDR are at present staying in the garden of the Embassy of the Federal Republic of "
        "Germany in Budapest. In the Embassy in Prague there are some 610."
    )
    assert placed(text, **GERMANY_1989) == [("other", 240, "Budapest"), ("other", 610, "Prague")]


def test_field_kitchens_and_latrines_are_things():
    text = (
        "About 450 motor vehicles were in the queue at Kyakhta this morning. Volunteers have set up 6 field kitchens "
        "and 14 latrines along the queue."
    )
    assert placed(text, **OCTOBER_3) == [("queue_vehicles", 450, "Altanbulag")]
