"""Rules added after reading rounds 98-101 (branch evr98b; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, placed


def test_a_post_at_a_town_names_a_crossing_with_any_word_before_post():
    text = "At the eastern post at Velmora-Dustan, 260 people crossed on Sunday."
    assert placed(text) == [("entries", 260, "Velmora-Dustan")]


def test_a_later_count_is_not_at_the_last_of_a_list_people_flew_on_to():
    text = (
        "YEREVAN, 30 September. Russians kept landing here all week. Many were flying on to Dubai, Cairo or Tbilisi.\n\n"
        "On Thursday 1,150 more arrived, officials said."
    )
    assert placed(text) == [("entries", 1150, "Yerevan")]


def test_a_later_wait_is_not_where_nearly_all_who_flew_out_went():
    text = (
        "Novosibirsk, 30 September. Our reporter is in Novosibirsk. The airport said 3,100 passengers flew out on "
        "Tuesday, nearly all to Armenia and Turkey.\n\n"
        "At passport control some waited up to 4 hours on Wednesday."
    )
    assert placed(text)[-1] == ("wait_hours", 4, "Novosibirsk")


def test_an_origin_citys_airport_counting_international_departures_counts_that_citys_exits():
    text = "Samara's Kurumoch airport said 2,700 passengers flew out on international flights on Tuesday."
    assert placed(text) == [("exits", 2700, "Samara")]


def test_people_waiting_at_a_terminal_their_sentence_names_wait_there_not_at_a_crossing_named_before():
    text = (
        "Turkish officials said 900 Russians had come ashore at the port of Hopa since Friday.\n\n"
        "At the Sochi sea terminal, some 450 people were waiting on Tuesday, and some had been there for six hours."
    )
    assert placed(text)[1:] == [("other", 450, "Sochi"), ("wait_hours", 6, "Sochi")]


def test_a_post_on_one_side_of_the_crossing_is_that_crossing():
    text = (
        "Officials at the Vostok crossing said 2,000 crossed on Monday. On Tuesday a line of 300 cars stood on the "
        "Hungarian side of the crossing, at the Vella post."
    )
    assert placed(text, origin="Ukraine")[1] == ("queue_vehicles", 300, "Vostok")


def test_people_going_back_to_a_town_the_gazetteer_lacks_leave_the_host_at_the_crossing():
    text = (
        "At the Kalvo crossing, 2,300 people entered Poland on Monday.\n\n"
        "Not all go one way. Border guards said about 400 people went back towards Brusno in the past two days."
    )
    assert placed(text, origin="Ukraine")[1] == ("exits", 400, "Kalvo")


def test_since_a_day_and_up_to_yesterday_is_one_period():
    text = "Since 21 September and up to yesterday evening the guards registered 4,300 arrivals at Kalvo."
    assert [(f.period.start, f.period.end) for f in figures(text)] == [(date(2022, 9, 21), date(2022, 9, 29))]


def test_a_former_name_of_a_country_is_that_country():
    left = "Officials said 700 people left Rhodesia for Botswana in July."
    arrested = "Police in Zaire arrested 12 smugglers on Monday."
    assert placed(left, origin=None, published=date(1977, 8, 3), trigger=None) == [("departures_total", 700, "Zimbabwe")]
    assert placed(arrested, origin="Burundi", published=date(1993, 10, 27), trigger=None) == [("arrests", 12, "DR Congo")]


def test_a_quarter_and_a_hyphenated_span_of_months_are_whole_months():
    text = "Guards counted 41,000 departures in the third quarter, and 12,500 arrivals at Kalvo in April-June."
    periods = [(f.period.start, f.period.end) for f in figures(text)]
    assert periods == [(date(2022, 7, 1), date(2022, 9, 30)), (date(2022, 4, 1), date(2022, 6, 30))]
