"""Rules added after reading round 75 (branch evr75b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import DECREE, PUBLISHED, figures, placed  # published on a Friday


def dated(text, **kwargs):
    return [(f.quantity, f.value or f.value_high, f.period.start, f.period.end) for f in figures(text, **kwargs)]


def test_a_bulletins_week_number_and_the_last_day_of_its_window_are_no_counts():
    text = "In week 38, September 19 to 25, the guard counted 6,300 Russians entering Estonia."
    assert [v for _q, v, _p in placed(text)] == [6300]
    text = "The service recorded 2,100 Russians entering in the week of September 19 to 25."
    assert [v for _q, v, _p in placed(text)] == [2100]
    text = "LONDON, Sept 30 - Another 40 people crossed into Estonia on Thursday."
    assert [v for _q, v, _p in placed(text)] == [40]  # (a dateline's dash: the count after it stays)


def test_a_call_up_announced_as_what_will_be_done_is_a_call_up_on_the_day_announced():
    text = (
        "Some 9,000 came in the nine days from September 21 to 29, after the Kremlin announced it would call up "
        "300,000 reservists."
    )
    assert dated(text)[-1] == ("other", 300000, DECREE, DECREE)
    assert placed(text)[-1] == ("other", 300000, "Russia")


def test_the_origins_own_guards_make_their_arrests_on_their_side():
    text = (
        "Hungary said 900 people from Romania had arrived since January.\n\n"
        "Romanian border guards detained at least 40 people trying to cross illegally in May, Hungarian officials said."
    )
    assert placed(text, published=date(1988, 6, 30), trigger=None, origin="Romania") [-1] == ("arrests", 40, "Romania")


def test_a_wait_since_a_day_is_the_wait_as_it_stands():
    text = "At the Narva crossing some drivers say they have waited more than 30 hours, since Wednesday morning."
    assert dated(text) == [("wait_hours", 30, PUBLISHED, PUBLISHED)]


def test_a_port_named_after_its_noun_is_a_crossing():
    text = (
        "From 19 to 25 September through the seaport Kaspiysk on the ferries departed 900 passengers.\n\n"
        "At the terminal of the port on Monday in the evening waited near 300 persons."
    )
    assert placed(text)[-1] == ("other", 300, "Kaspiysk")


def test_a_crossing_and_its_other_side_are_one_place():
    text = "Officials said 120 Afghans crossed into Uzbekistan at Termez on Saturday."
    assert placed(text, published=date(2021, 8, 17), trigger=None, origin="Afghanistan") == [("entries", 120, "Hairatan")]
    text = "On the Romanian side at Bors, a line of some 200 cars stretched back on Wednesday."
    assert placed(text, published=date(1988, 6, 30), trigger=None, origin="Romania") == [("queue_vehicles", 200, "Artand")]


def test_an_airport_city_named_in_its_own_clause_beats_the_one_the_sentence_opens_with():
    text = "At Dushanbe's airport, 1,900 Russians landed on Monday, and around 500 more arrived the same day at Khujand."
    assert placed(text)[-1] == ("entries", 500, "Khujand")


def test_people_marching_through_a_city_cross_no_border():
    text = "On Monday an estimated 30,000 people marched through Tbilisi to the Russian embassy in protest."
    assert placed(text) == []
    text = "In Kaliningrad on Saturday police detained 12 persons who protested against the mobilisation."
    assert placed(text) == [("arrests", 12, "Russia")]  # (arrests of protesters stay)


def test_the_origins_soldiers_fleeing_across_are_people_crossing():
    text = "Officials said 300 Afghan soldiers arrived at Termez on Sunday aboard 12 military planes and 9 helicopters."
    found = placed(text, published=date(2021, 8, 17), trigger=None, origin="Afghanistan")
    assert found == [("entries", 300, "Hairatan")]
    text = "Brazil sent 60 additional soldiers to Pacaraima on Sunday."
    assert placed(text, origin="Venezuela") == []


def test_a_live_post_opening_more_on_is_prose_not_a_link():
    text = (
        "Afghanistan live: soldiers flee north\n\n09:10\nGood morning.\n\n09:40\nMore rain.\n\n10:15\n"
        "More on the Uzbek numbers: the prosecutor's office says 400 Afghan soldiers arrived at Termez on Sunday."
    )
    found = placed(text, published=date(2021, 8, 17), trigger=None, origin="Afghanistan")
    assert found == [("entries", 400, "Hairatan")]


def test_a_ride_from_a_town_called_so_to_the_border_is_a_fare():
    text = (
        "Some 3,000 crossed at the Mwanza border post last week.\n\n"
        "Lorry drivers charge 20 kwacha, about $9, for a ride from the town of Tete to the border."
    )
    assert placed(text, published=date(1987, 9, 17), trigger=None, origin="Mozambique")[-1] == (
        "flights_price_usd", 9, "Tete - Mwanza"
    )


def test_officials_there_count_at_the_crossing_named_before():
    text = (
        "The main road crossing at Artand is taking the brunt. Hungarian border guards there registered 300 Romanians "
        "over the past weekend, and about 150 more on Monday, the spokesman said."
    )
    assert placed(text, published=date(1988, 6, 30), trigger=None, origin="Romania") == [
        ("entries", 300, "Artand"),
        ("entries", 150, "Artand"),
    ]


def test_people_who_came_home_entered_their_own_country():
    text = "The ministry said more than 6,000 Uzbek citizens working in Russia came home last week."
    assert placed(text) == [("entries", 6000, "Uzbekistan")]


def test_a_window_told_by_a_weekday_and_its_date_ends_on_that_date():
    text = (
        "An outlet reported on Monday that 90,000 men had left Russia in the first three days after the decree, by "
        "Friday, September 23."
    )
    assert dated(text, published=date(2022, 10, 13)) == [("departures_total", 90000, DECREE, date(2022, 9, 23))]
    text = "An outlet reported that 90,000 men had left Russia by Friday, September 23."
    assert dated(text, published=date(2022, 10, 13)) == [("departures_total", 90000, DECREE, date(2022, 9, 23))]


def test_a_running_count_told_without_a_day_runs_to_the_day_the_lead_says_it_was_told():
    text = (
        "VIENNA, Sept 30 - Austria's Interior Ministry said on Wednesday that 5,000 people had arrived since the start of "
        "the year.\n\n"
        "This month alone 700 have come, a ministry spokesman told a news conference."
    )
    assert dated(text, trigger=None)[-1] == ("entries", 700, date(2022, 9, 1), date(2022, 9, 28))
