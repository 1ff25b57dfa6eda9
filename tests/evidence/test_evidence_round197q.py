"""Rules added after reading rounds 197-199 (branch evr197q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(1961, 4, 13)  # a Thursday


def _fares(text):
    return [
        (f.value or f.value_high, f.period.start, f.period.end)
        for f in figures(text, published=PUBLISHED, trigger=None, origin="Dorland")
        if f.quantity == "flights_price_usd"
    ]


def test_the_day_or_weekend_travelled_is_not_the_day_a_fare_stood():
    day = (PUBLISHED, PUBLISHED)
    assert _fares("A one-way seat Veran - Ostberg for this weekend sells for 9,000 marks, about $240.") == [(240, *day)]
    assert _fares("A seat on the Veran - Ostberg coach for this Saturday costs 1,500 marks, about $40.") == [(40, *day)]
    assert _fares("For Monday, Veran - Ostberg seats cost 4,000 marks, about $105.") == [(105, *day)]
    assert _fares("Agents quoted up to $300 a seat on Veran - Ostberg charters leaving on Friday and Saturday.") == [(300, *day)]
    # the day the fare was told stands, a day's flight beside it does not
    tuesday = (date(1961, 4, 11), date(1961, 4, 11))
    assert _fares("On Tuesday a seat on Sunday's Veran - Ostberg flight cost 6,000 marks, about $160.") == [(160, *tuesday)]
    # with no other day, a day's flights date what their seats went for
    assert _fares("The last seats on Tuesday's Veran - Ostberg flights went for up to $410.") == [(410, *tuesday)]


def test_a_time_before_the_same_trip_after_a_fare_dates_the_earlier_price():
    wednesday = (date(1961, 4, 12), date(1961, 4, 12))
    text = "On Wednesday a Veran - Ostberg ticket cost 7,200 marks, about $190; in March the same ticket was 2,000 marks."
    assert _fares(text) == [(190, *wednesday)]
    # with no other time of its own, the fare as reported (not a window of the sentence before)
    text = (
        "In the past five days 2,300 people from Dorland crossed at Veran. The Veran - Ostberg ticket reached 7,200 "
        "marks (about $190), while in March the same ticket cost 2,000 marks."
    )
    assert _fares(text) == [(190, PUBLISHED, PUBLISHED)]


def _read(text, published=PUBLISHED):
    return [(f.quantity, f.value) for f in figures(text, published=published, trigger=None, origin="Dorland")]


def test_a_crisis_of_years_before_recalled_with_when_is_no_count():
    assert _read("The line has not been this long since the 1931 famine, when some 40,000 people from Dorland crossed at Veran.") == []
    assert _read('The minister said the border would stay open "as in 1948," when 12,000 fled from Dorland.') == []
    # a year of this crisis stays: "in 1961, when" the report is of 1961
    assert _read("Officials recalled January 1961, when about 3,000 people from Dorland crossed at Veran in one day.") != []


def test_a_length_in_miles_told_again_in_kilometres_is_one_length():
    text = "On Wednesday the line of lorries at Veran ran back some five miles, about 8 kilometres, towards Dorland."
    assert _read(text) == [("queue_length_km", 8)]


def test_the_number_of_a_law_or_its_part_is_no_count():
    assert _read("Police detained 4 people; materials are registered under article 190 of the Criminal Code.") == [("arrests", 4)]
    assert _read("Police detained 6 people, fined under part 1 of article 21.5 of the Code of Offences.") == [("arrests", 6)]


def test_people_not_allowed_in_or_refused_and_a_part_of_them_crossed_no_border():
    assert _read("In the past week 230 travellers from Dorland were not allowed in at Veran.") == []
    assert _read("Some 75 people were refused at the Veran post over the weekend.") == []
    assert _read("The guards said 140 men had been refused exit since Monday.") == []
    assert _read("Over the weekend 230 people were not allowed in, 90 of them because their papers had expired.") == []
    # refused asylum after crossing: they crossed
    assert _read("Of those who crossed at Veran, 310 people were refused asylum on Monday.") != []


def test_a_place_of_so_many_inhabitants_is_a_population():
    text = "Between 2,500 and 3,000 from Dorland landed at Veran on Tuesday. Veran had about 14,000 inhabitants before the influx."
    assert _read(text) == [("entries", None)]
    assert _read("In the village of Ostberg live near 3 thousand inhabitants.") == []
    # the inhabitants of a place who moved are a count
    assert _read("Some 2,600 inhabitants of Ostberg have crossed into Veran since Monday.") != []


def test_a_wait_told_before_an_attribution_between_commas():
    text = "The time of waiting, according to the lorry drivers, made from 5 until 8 hours at the Veran post on Wednesday."
    assert _read(text) == [("wait_hours", None)]
    found = figures(text, published=PUBLISHED, trigger=None, origin="Dorland")
    assert (found[0].value_low, found[0].value_high) == (5, 8)


def test_identification_numbers_issued_are_papers_not_people_moving():
    assert _read("The service centres in Veran have issued about 2,300 individual identification numbers to newcomers.") == []
    assert _read("Only this week the IIN received 1 thousand 480 citizens of Dorland.") == []
    assert _read("Since Monday 3,100 people from Dorland had obtained identification numbers at Veran.") == []


def test_a_forecast_temperature_before_a_comma_and_the_weather():
    assert _read("At Veran 4,000 crossed on Wednesday, and tomorrow plus 7, rain in the evening.") == [("entries", 4000)]


def test_a_transcripts_turn_is_no_list_item_carrying_the_count_before():
    text = (
        "PRESENTER: Is anyone going back?\n\n"
        "CORRESPONDENT: A few. And the police at Veran detained six men here on Sunday with forged papers.\n\n"
        "CORRESPONDENT: The relief agencies have tents at the post, and the town says it has opened 40 schools to them.\n\n"
        "PRESENTER: Thank you. You can hear more on 909 medium wave overnight.\n"
    )
    assert _read(text) == [("arrests", 6)]


def test_people_living_in_a_country_who_went_back_are_counted():
    text = "Officials at Veran said some 1,400 Dorlanders living in Ostland had crossed back into Dorland since Monday."
    assert [q for q, _ in _read(text)] == ["exits"]
    # living there, no movement: no count
    assert _read("Some 30,000 Dorlanders already living in Ostland have found work on the farms.") == []


def test_people_picked_up_at_sea_left_the_country_they_sailed_from():
    text = "The coast guard plucked 640 Dorlanders from rafts and small boats in the Veran Straits on Tuesday."
    assert _read(text) == [("departures_total", 640)]
    assert _read("More than 4,000 Dorlanders have been picked up at sea by the coast guard since March 1.") == [
        ("departures_total", 4000)
    ]


def test_that_brought_to_a_total_runs_it_to_the_day_of_the_figure_before():
    text = (
        "On Tuesday the coast guard picked up 640 Dorlanders from rafts in the Veran Straits.\n\n"
        "That brought to more than 4,000 the number rescued at sea since March 1."
    )
    found = {f.value: (f.period.start, f.period.end) for f in figures(text, published=PUBLISHED, trigger=None, origin="Dorland")}
    assert found[4000] == (date(1961, 3, 1), date(1961, 4, 11))


def test_a_fare_this_week_is_the_fare_as_reported():
    assert _fares("A seat on the Veran - Ostberg coach this week costs 3,000 marks, about $80.") == [(80, PUBLISHED, PUBLISHED)]
    assert _fares("Seats from Veran to Ostberg this week were going for up to $120, agents said.") == [(120, PUBLISHED, PUBLISHED)]
    # the week's sales stay the week's
    week = _fares("A Veran - Ostberg ticket was selling this week for about $95.")
    assert week and week[0][1] < PUBLISHED
