"""Rules added after reading round 82 (branch evr82b; sentences written for these tests)."""

from datetime import date

from exodus.evidence import infer_origin, parse_document
from tests.evidence.test_evidence_round70 import figures, placed  # published on a Friday, 30 September 2022


def origin_of(text):
    return infer_origin(parse_document(text.encode("utf-8"), "inline.txt"))


def test_a_nationality_before_a_document_is_no_people_leaving():
    text = (
        "Queues on the Amur bridge\n\n"
        "Only travellers with Chinese visas or Chinese residence permits are let through, border officers said. "
        "On Tuesday 220 citizens of Russia crossed the bridge."
    )
    assert origin_of(text) == "Russia"


def test_the_reverse_direction_names_home_as_where_people_went():
    text = (
        "The border service gave figures for Monday.\n\n"
        "On Monday 400 people passed from Russia to Mongolia. "
        "In reverse direction, from Mongolia into Russia, for the same day returned 95 people."
    )
    assert origin_of(text) == "Russia"


def test_exits_in_reverse_direction_without_the_article_leave_through_the_crossing_of_the_entries():
    text = (
        "For the Monday through the Altanbulag post passed 300 citizens of Russia. "
        "In reverse direction, from Mongolia into Russia, for the same day returned 60 people."
    )
    assert placed(text)[-1] == ("exits", 60, "Altanbulag")


def test_russias_posts_with_china_are_crossings_named_by_either_side():
    assert placed("Some 1,200 Russians crossed into China at Manzhouli on Monday.") == [("entries", 1200, "Zabaykalsk")]
    assert placed("Some 700 Russians crossed the Amur bridge to Heihe on Monday.") == [("entries", 700, "Blagoveshchensk")]


def test_ulaanbaatars_airport_is_ulaanbaatar():
    text = "Mongolia sees more Russians. Some 900 passengers from Russia landed at Chinggis Khaan International Airport on Tuesday."
    assert placed(text) == [("entries", 900, "Ulaanbaatar")]


def test_departures_abroad_counted_at_an_airport_of_the_origin_are_its_towns_exits():
    text = "In the airport of Barnaul inform: from Monday abroad departed 2,300 passengers."
    assert placed(text) == [("exits", 2300, "Barnaul")]


def test_from_a_day_to_yesterday_is_a_window_ending_the_day_before_publication():
    found = figures("From 21 September on yesterday 3,100 Russians entered Kazakhstan, officials said.")
    assert (found[0].period.start, found[0].period.end) == (date(2022, 9, 21), date(2022, 9, 29))


def test_a_ride_towards_the_border_ends_at_the_crossing_named_before():
    text = (
        "About 800 people crossed at the Tellin post on Sunday, officials said.\n\n"
        "A shared taxi from Kirovka towards the border now costs 3,000 roubles, about $50."
    )
    assert placed(text)[-1] == ("flights_price_usd", 50, "Kirovka - Tellin")


def test_fled_into_a_state_named_by_its_countrys_adjective_is_entries_into_that_country():
    text = "At least 3,000 villagers have fled into the northern Moldovan district of Tellin since Monday, church workers said."
    assert placed(text, origin="Ukraine") == [("entries", 3000, "Moldova")]


def test_a_fare_between_the_two_capitals_runs_from_the_origins_town_to_the_hosts():
    text = (
        "Some 2,000 Belarusians arrived in Vilnius on Monday, officials said.\n\n"
        '"I left on Friday," said Olena, a teacher from Minsk. She said seats on the night train between the two '
        "capitals had sold out, and that a ticket now costs 90 roubles, about $35."
    )
    assert placed(text, origin="Belarus")[-1] == ("flights_price_usd", 35, "Minsk - Vilnius")


def test_a_state_of_one_federation_people_crossed_into_is_its_country():
    text = "More than 2,000 people from Venezuela have crossed into Roraima since January, officials said."
    assert placed(text, origin="Venezuela") == [("entries", 2000, "Brazil")]
