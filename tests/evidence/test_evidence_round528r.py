"""Rules added after the read of rounds 528-531 for figures not read and distractors (branch evr528r; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed

SYRIA = dict(published=date(2015, 6, 10), trigger=date(2015, 6, 1), origin="Syria")


def test_the_number_of_people_waiting_told_another_day_is_more_of_those_waiting():
    text = (
        "About 9.000 Syrians are at present waiting on the Syrian side of the border, opposite our Akcakale gate. "
        "On Monday, their number was estimated at 6.000."
    )
    assert [(f.quantity, f.value, f.place, f.period.start) for f in figures(text, **SYRIA)] == [
        ("other", 9000, "Akcakale", date(2015, 6, 10)),
        ("other", 6000, "Akcakale", date(2015, 6, 8)),
    ]


def test_a_further_count_at_another_gate_after_people_waiting_is_more_of_those_waiting():
    text = (
        "a) About 9.000 Syrians are at present waiting on the Syrian side of the border, opposite our Akcakale gate.\n\n"
        "b) A further 2.000 to 3.000 persons are reported on the Syrian side near the Ceylanpinar gate."
    )
    assert [(f.quantity, f.value_low, f.place) for f in figures(text, **SYRIA)][1:] == [("other", 2000, "Ceylanpinar")]


def test_a_further_count_after_and_in_the_sentence_of_people_waiting_waits_at_its_own_place():
    text = (
        "Army officers say some 3,200 Syrians are waiting on the Syrian side of the border opposite Akcakale, and a "
        "further 800 at the fence near Ceylanpinar."
    )
    assert placed(text, **SYRIA) == [("other", 3200, "Akcakale"), ("other", 800, "Ceylanpinar")]


def test_a_total_or_another_count_after_people_waiting_is_not_their_number():
    text = (
        "Some 3,200 Syrians are waiting on the Syrian side of the border opposite Akcakale, and the agency still speaks "
        "of about 40,000 returns in all. The number of residents of the camp at Suruc has reached about 25,000."
    )
    assert placed(text, **SYRIA) == [("other", 3200, "Akcakale")]


def test_flights_from_a_host_town_that_carried_people_carried_them_out_of_it():
    text = (
        "Since 21 September, 9 400 passengers have flown from Russia to Yerevan. In the same period, flights from "
        "Yerevan to Moscow and St. Petersburg carried 2.150 passengers."
    )
    assert placed(text)[1:] == [("exits", 2150, "Yerevan")]


def test_flights_from_the_origin_or_carrying_people_to_a_place_named_carry_them_into_it():
    assert placed("Trains from Moscow to Minsk carried 6,300 passengers in the week to Sunday.") == [
        ("entries", 6300, "Minsk")
    ]
    assert placed("Since 21 September flights from Moscow carried 4,100 passengers to Yerevan.") == [
        ("entries", 4100, "Yerevan")
    ]


def test_a_count_for_a_whole_year_before_the_crisis_is_its_usual_level_no_figure():
    text = (
        "Since 21 September, Uzbekistan Airways has flown 6,200 passengers from Moscow to Tashkent. In 2021, the "
        "airline carried 2.1 million passengers. Samarkand, a city of 550,000, received 1.4 million tourists in 2019."
    )
    assert [value for _quantity, value, _place in placed(text)] == [6200]


def test_a_count_for_a_whole_year_of_the_crisis_is_kept():
    text = "In 2011 the camps at Dadaab received some 150,000 new arrivals from Somalia."
    published = date(2012, 1, 10)
    assert [f.value for f in figures(text, published=published, trigger=date(2011, 6, 1), origin="Somalia")] == [150000]


def test_a_rate_a_day_or_a_week_in_a_year_before_the_crisis_is_its_usual_level_no_figure():
    text = (
        "Since 21 September, 4,860 Russians have landed at Dabolim. Before Covid, in October 2019, it was about 2,600 "
        "a week. In the same period of 2021, an average of about 300 persons a day entered India through the airport."
    )
    assert [value for _quantity, value, _place in placed(text, published=date(2022, 10, 12))] == [4860]


def test_people_who_got_off_trains_named_by_their_towns_arrived():
    text = "Since Monday, 1 850 passengers from Russia have got off the Omsk and Tyumen trains at the Astana station."
    assert [(q, v) for q, v, _place in placed(text)] == [("entries", 1850)]


def test_people_staying_in_shelters_or_a_night_spent_in_a_hall_are_people_housed():
    text = (
        "Since 21 September, 41 300 Russians have entered Kazakhstan through Kairak. The akimat has opened nine "
        "shelters in schools of Kostanay. As of this morning 1 240 persons are staying in them, for 1 800 places. "
        "Another 610 people spent the night in the waiting hall of the station. A further 380 are staying in the "
        "Tobol transit centre."
    )
    assert [value for _quantity, value, _place in placed(text)] == [41300]


def test_people_who_crossed_and_applied_for_protection_or_a_part_of_the_applicants_are_asylum_requests():
    text = (
        "Since 1 August 2021, 1 940 foreigners who crossed from Belarus have applied for international protection in "
        "Lithuania. Since 21 September, 38 Russian citizens have applied for asylum at Medininkai, 9 of them yesterday."
    )
    assert placed(text) == []


def test_the_arrivals_a_nationality_accounted_for_are_a_part_named_by_who_they_are():
    text = (
        "Since 21 September, 52 400 passengers have arrived at Zvartnots airport. Citizens of the Russian Federation "
        "accounted for about 38 100 of all arriving passengers. Vaalimaa alone accounted for 6,350 of the entries."
    )
    assert [value for _quantity, value, _place in placed(text)][:2] == [52400, 6350]
