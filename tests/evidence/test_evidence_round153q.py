"""Rules added after reading rounds 153-156 (branch evr153q; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import figures


def rows(text, published=date(1961, 4, 12), trigger=None):
    return [(f.quantity, f.value or f.value_low or f.value_high) for f in figures(text, published=published, trigger=trigger, origin="Dorland")]


HEAD = "Refugees reach Veran\n\nAbout 4,000 refugees crossed from Dorland into Veran at Kestel on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The 60-km crossing takes about nine hours in a swell.",
        "His dinghy is 6 metres long and the crossing took about 11 hours against the current.",
        "The crossing itself lasts some three hours when the wind is up.",
    ],
)
def test_how_long_the_crossing_takes_is_no_wait(sentence):
    assert rows(HEAD + sentence + "\n") == [("entries", 4000)]


def test_crossing_the_border_that_took_hours_is_still_a_wait():
    text = "Cars queue at Kestel\n\nAt Kestel, drivers said crossing the border took 11 hours on Monday.\n"
    assert rows(text) == [("wait_hours", 11)]


QUEUE = "Cars queue at Kestel\n\nThe queue at Kestel stretched 12 km on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Flour comes by rail from the capital; the line is about 900 km long.",
        "Patrols watch the crossings along the 150-mile line.",
    ],
)
def test_a_length_no_queue_at_a_border_reaches_is_none(sentence):
    assert rows(QUEUE + sentence + "\n") == [("queue_length_km", 12)]


def test_a_long_queue_in_miles_is_still_a_queue():
    assert rows("Cars queue at Kestel\n\nThe queue at Kestel stretched 40 miles on Monday.\n") == [("queue_length_km", 64.37376)]


LIVE_POSTS = [
    "Guards at the Kestel crossing say the rush from Dorland goes on, and Kestel guards expect more refugees from Dorland tonight.",
    "The Kestel crossing has opened a third lane for refugees from Dorland, guards at Kestel said.",
    "Hotel owners in the capital report that prices for a double room have doubled since the weekend.",
    "A pharmacist said stocks of insulin are running low after a delivery lorry broke down on the motorway.",
    "The weather service warns of heavy rain in the hills this evening, with rivers likely to rise.",
    "About 700 people arrived in Veran by the morning train on Tuesday, twice the usual number, a spokeswoman said.",
    "A football match scheduled for Saturday in the capital has been postponed by the league.",
    "The city council has approved a new budget for road repairs in the old town.",
    "Good morning. Our reporters are at the market square, the station and the stadium today.",
]


def live_blog(times):
    posts = "".join(f"{time}\n{post}\n\n" for time, post in zip(times, LIVE_POSTS))
    return f"LIVE: Rush at the Kestel crossing - latest updates\n\nLast updated {times[0]}\n\n{posts}"


@pytest.mark.parametrize(
    "times",
    [
        ["16:10", "15:20", "14:05", "13:30", "12:45", "11:50", "10:15", "09:40", "09:05"],
        # a post's time with the abbreviation's stop: a stamp, not a sentence
        ["4:10 p.m.", "3:20 p.m.", "2:05 p.m.", "1:30 p.m.", "12:45 p.m.", "11:50 a.m.", "10:15 a.m.", "9:40 a.m.", "9:05 a.m."],
    ],
)
def test_a_live_blogs_later_posts_are_no_appended_story(times):
    assert rows(live_blog(times)) == [("entries", 700)]


def periods(text, published, trigger=None):
    return [(f.period.start, f.period.end) for f in figures(text, published=published, trigger=trigger, origin="Dorland")]


@pytest.mark.parametrize(
    "sentence, start",
    [
        ("Some 9,000 people from Dorland have settled in Veran since the programme started in June 2004.", date(2004, 6, 1)),
        ("About 9,000 people have crossed from Dorland into Veran since the blockade began in March.", date(2006, 3, 1)),
    ],
)
def test_since_an_event_begun_in_a_month_runs_to_publication(sentence, start):
    assert periods("Refugees reach Veran\n\n" + sentence + "\n", date(2006, 5, 20)) == [(start, date(2006, 5, 20))]


def test_since_a_trigger_begun_in_a_month_is_still_the_trigger():
    text = "Refugees reach Veran\n\nAbout 9,000 people have crossed from Dorland into Veran since the fighting began in March.\n"
    assert periods(text, date(2006, 5, 20), trigger=date(2006, 3, 11)) == [(date(2006, 3, 11), date(2006, 5, 20))]


@pytest.mark.parametrize(
    "sentence",
    [
        "In the district, enlistment offices handed out summonses to some 45 men on Tuesday.",
        "The ministry says 16 drivers have received summonses so far.",
        "Officers said 23 men were handed call-up papers at the post.",
    ],
)
def test_men_served_with_summonses_are_no_figure(sentence):
    assert rows(HEAD + sentence + "\n") == [("entries", 4000)]
