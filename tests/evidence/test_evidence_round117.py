"""Rules added after reading rounds 117-120 for classes seen across rounds (branch evr117b; sentences written for
these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import figures, placed


def test_going_home_in_translation_by_a_post_leaves_the_host_there():
    text = "About 640 persons returned in Kenya by Dolwen since the Tuesday, the post said."
    assert placed(text, origin="Kenya") == [("exits", 640, "Dolwen")]


def test_going_home_by_a_word_that_names_no_post_keeps_the_host():
    text = "About 640 persons returned to Kenya by Red Cross lorries since Tuesday."
    assert placed(text, origin="Kenya") != [("exits", 640, "Red")]


def test_people_who_sailed_from_a_port_are_its_exits_not_entries_where_they_sailed_to():
    text = "Only about 380 passengers sailed from Brindmouth to Tunis on Tuesday."
    assert placed(text, origin="Tunisia") == [("exits", 380, "Brindmouth")]


def test_people_who_sailed_back_home_from_a_port_leave_through_it():
    text = "At least 210 Russians have sailed back to Russia from Aktau since Wednesday."
    assert placed(text) == [("exits", 210, "Aktau")]


def test_arrests_in_a_sentence_naming_no_place_are_made_where_the_dispatch_is_filed():
    text = (
        "VELMORA, Turkey, Sept. 2 (Reuter) - Iraqi refugees kept crossing into Turkey on Thursday.\n\n"
        "Police detained 31 people on Tuesday for stealing flour meant for the camps, officials said."
    )
    assert placed(text, origin="Iraq")[-1] == ("arrests", 31, "Turkey")


def test_arrests_beside_another_countrys_police_stay_with_the_rules_before():
    text = (
        "VELMORA, Turkey, Sept. 2 (Reuter) - Iraqi refugees kept crossing into Turkey on Thursday.\n\n"
        "The Iraqi side is slower. On Saturday guards at the post detained 31 people who tried to cross."
    )
    assert placed(text, origin="Iraq")[-1] != ("arrests", 31, "Turkey")


@pytest.mark.parametrize(
    "text",
    [
        "More than 41,000 Russians have entered Georgia since Sept 21, the ministry said at a briefing on Monday.",
        "The ministry, which has communicated the data the Monday, says more of 41.000 entered Georgia from 21 September.",
        "The ministry data, which was voiced on Monday at the briefing, show 41,000 entered Georgia since 21 September.",
        "More of 41.000 entered Georgia since the 21 of September, according to informed this Monday the ministry.",
        "The ministry gave its first estimate on Monday: about 41,000 have entered Georgia since 21 September.",
    ],
)
def test_a_count_since_a_day_ends_on_the_day_it_was_said_in_more_ways_of_saying_it(text):
    (figure,) = figures(text)  # published on Friday 30 September; said on Monday the 26th
    assert (figure.period.start, figure.period.end) == (date(2022, 9, 21), date(2022, 9, 26))


def test_a_later_since_the_order_counts_from_the_day_the_lead_says_it_was_published():
    text = (
        "DORVAL, Thursday, December 4, 1969.\n\n"
        "About 9,000 traders have crossed back into Velmora since the expulsion order was published on Nov. 18.\n\n"
        "In the capital, the ministry said on Monday that about 52,000 aliens had left the country since the order."
    )
    later = figures(text, published=date(1969, 12, 4), trigger=None, origin="Ghana")[-1]
    assert (later.value, later.period.start, later.period.end) == (52000, date(1969, 11, 18), date(1969, 12, 1))


def test_people_waiting_in_the_one_town_their_sentence_names_wait_there_not_in_the_origin():
    text = "In Luanda, about 7,000 people were camped yesterday around the airport, hoping for a seat."
    assert placed(text, origin="Angola") == [("other", 7000, "Luanda")]


def test_people_who_boarded_ships_in_a_port_are_its_exits():
    text = "Between 22 and 29 September, 1,840 passengers on Russian passports boarded our ships in Tallinn bound for Germany."
    assert placed(text) == [("exits", 1840, "Tallinn")]


def test_people_who_sailed_from_this_port_left_from_the_datelines_town():
    text = "VELMORA, Indochina, Aug. 27 (AP) -- Some 21,000 refugees have sailed from this port for the south since Aug. 8."
    assert placed(text, published=date(1954, 8, 27), trigger=None, origin="Vietnam") == [("exits", 21000, "Velmora")]


def test_a_count_made_at_this_border_post_is_at_the_datelines_town_not_the_country_entered():
    text = (
        "DOLWEN, Kenya, Feb 8 - Somalis keep crossing.\n\n"
        "At this dusty border post, 90 km east of the river, officers counted some 1,700 arrivals on Tuesday."
    )
    assert placed(text, origin="Somalia")[-1] == ("entries", 1700, "Dolwen")


def test_people_who_left_a_host_through_the_post_left_through_the_one_named_before():
    text = (
        "Officials at the Karaozek crossing said 2,900 Russians came in on Monday. "
        "Some 240 people left Kazakhstan through the post in the past three days."
    )
    assert placed(text)[-1] == ("exits", 240, "Karaozek")


def test_a_wait_people_declared_to_have_waited_is_dated_by_the_day_told_before_not_publication():
    text = (
        "On Wednesday our correspondent reached the post, where a column of trucks stretched 6 km. "
        "Several families declared to have waited until 30 hours before passing the controls."
    )
    wait = figures(text)[-1]  # published on Friday 30 September
    assert (wait.quantity, wait.period.start, wait.period.end) == ("wait_hours", date(2022, 9, 28), date(2022, 9, 28))


def test_a_call_up_target_is_not_on_the_day_an_earlier_sentence_gives_a_queue():
    text = (
        "On Thursday afternoon the line of cars at the port reached 2 km. "
        "The Russian government has said it means to call up 300,000 reservists."
    )
    target = figures(text)[-1]  # published on Friday 30 September
    # (the state's target with no day of its own: the decree's day, as LABELLING.md labels it since 5 Dec 2026)
    assert (target.quantity, target.period.start) == ("other", date(2022, 9, 21))


def test_a_call_up_target_after_the_day_the_call_up_began_is_that_days():
    text = "Mandatory conscription began on Thursday. The Kremlin intends to conscript at least 300,000 soldiers."
    target = figures(text)[-1]
    assert (target.quantity, target.period.start) == ("other", date(2022, 9, 29))
