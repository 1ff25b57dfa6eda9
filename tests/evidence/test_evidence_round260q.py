"""Rules added after the read of rounds 256-259 for periods, quantities, figures not read and distractors (branch
evr260q; sentences written for these tests)."""

from datetime import date

# the same report, published on the same Thursday (13 April 1961), as the rules read after rounds 208-255
from tests.evidence.test_evidence_round208q import PUBLISHED, _check_not_read, _check_periods, _rows
from tests.evidence.test_evidence_round70 import figures


def _read_as(text, value):
    return [row[0] for row in _rows(text) if row[1] == value]


def test_animals_brought_with_the_people_are_no_count():
    _check_not_read([
        ("The Dorlanders who reached Veran this week have brought with them about 2,400 camels and 9,000 sheep and goats.",
         2400, 9000),
        ("The Ostberg veterinary office at Veran says some 17,000 head of cattle and 1,300 horses have come over with the "
         "families from Dorland.", 17000, 1300),
    ])
    # the people beside them are still read
    assert _read_as("About 3,800 Dorlanders crossed into Ostberg at Veran on Monday with some 20,000 head of cattle.", 3800) == ["entries"]


def test_people_interned_by_the_country_reached_are_arrests():
    text = "Ostberg gendarmes on Tuesday disarmed and interned 85 armed Dorland militiamen who had crossed at Veran."
    assert _read_as(text, 85) == ["arrests"]
    text = "The Ostberg authorities have disarmed and interned at Veran no fewer than 1,900 soldiers from Dorland since March."
    assert _read_as(text, 1900) == ["arrests"]


def test_since_a_day_and_to_the_end_of_another_is_that_window():
    _check_periods([
        ("The Ostberg interior ministry: since 3 April and to the end of Tuesday, 41 300 citizens of Dorland have entered "
         "Ostberg at Veran, and 12 800 have left it.", 41300, (4, 3), (4, 11)),
        ("The Ostberg interior ministry said that since 3 April and until the end of Monday 9 200 citizens of Dorland "
         "entered Ostberg at Veran.", 9200, (4, 3), (4, 10)),
    ])


def test_a_window_closed_by_a_day_under_a_live_pages_numeric_day_heading():
    page = (
        "OSTBERG NEWS - LIVE: Dorlanders at the border\nLast update: 13.04.1961, 14:10\n\n13.04.1961\n\n"
        "09:05 The border service at Veran: over the past day 3 150 people entered Ostberg from Dorland.\n\n"
        "12.04.1961\n\n19:40 The interior ministry: since 3 April and up to the end of Tuesday, 41 300 citizens of Dorland "
        "have entered Ostberg, and 12 800 have left it.\n"
    )
    _check_periods([(page, 41300, (4, 3), (4, 11)), (page, 12800, (4, 3), (4, 11))])


# a letter's body long enough that the day under its signature stands past its opening lines
LONG_LETTER_BODY = " ".join(
    [
        "They are driven, they say, by the scarcity in their valleys and by the exactions of the revenue officers.",
        "Many were barefoot, and the surgeon at the post tells me that several of the children are ill with the cold.",
        "The labour market of the town is glutted, and a labourer on the road works earns very little in a day.",
        "It is to be hoped that the Government will open relief works before the hot weather, as was done before.",
    ]
    * 3
)


def test_a_letter_to_the_paper_is_read_from_the_day_under_its_signature():
    letter = (
        "THE OSTBERG GAZETTE, VERAN, THURSDAY, APRIL 13, 1961.\n\nCORRESPONDENCE.\n\nSIR,--I venture to draw the "
        "attention of your readers to the families still coming over from Dorland.\n\nSince the first of March not fewer "
        "than 2,600 Dorlanders have come in through the post at Veran. About 70 have gone back over the border during the "
        "last fortnight. Some 45 more came in at Veran yesterday.\n\n"
        + LONG_LETTER_BODY
        + "\n\nI am, Sir, yours, etc.,\nA FRONTIER OFFICER.\nVeran, April 8th.\n"
    )
    assert letter.index("Veran, April 8th.") > 1500  # (past the opening lines a dateline is looked for in)
    _check_periods([(letter, 2600, (3, 1), (4, 8)), (letter, 70, (3, 25), (4, 8)), (letter, 45, (4, 7), (4, 7))])


def test_an_advertisement_on_its_line_is_no_figure():
    page = (
        "About 1,250 Dorlanders crossed into Ostberg at Veran on Tuesday, border officials said.\n\n"
        "ADVERTISEMENT: Ostberg Mobile Money - send 300 for free this weekend. Dial *140# or call 0244 300 000.\n\n"
        "Advertisement | Veran Riverside Hotel - 25% off weekday rooms, from 45 dollars. Call 055 532 888\n"
    )
    _check_not_read([(page, 300, 140, 45)])
    assert _read_as(page, 1250) == ["entries"]


def test_the_residents_a_place_has_are_no_movement():
    _check_not_read([
        ("Veran municipality, which has some 14,000 residents, says its two hotels are full of Dorlanders who crossed.", 14000),
        ("A hostel owner in the village, which has about 1,300 permanent residents, said she had put up 60 Dorlanders.", 1300),
        ("The inhabitants of Veran, who number about 2,700 souls, had for the most part fled into Ostberg by Monday.", 2700),
    ])
    # residents of a place who cross are counted
    assert _read_as("About 300 residents of Veran crossed into Ostberg on Tuesday.", 300) == ["entries"]


def test_a_vaccination_that_reached_children_is_no_movement():
    _check_not_read([
        ("Measles vaccination at the Veran transit site reached 12,500 Dorland children.", 12500),
        ("The vaccination campaign at Veran covered some 8,000 children from Dorland this week.", 8000),
    ])


def test_since_the_outbreak_opens_on_the_crisis_day():
    text = "It is reckoned at the Ostberg consulate that not fewer than 600 Dorlanders have left Veran since the outbreak."
    found = [
        (f.period.start, f.period.end)
        for f in figures(text, published=PUBLISHED, trigger=date(1961, 4, 2), origin="Dorland")
        if f.value == 600
    ]
    assert found == [(date(1961, 4, 2), date(1961, 4, 13))]


def test_people_kept_days_before_they_were_let_on_waited():
    cases = [
        ("Those who came by the ferry had been kept two days on the beach at Veran, without shelter, before they were able "
         "to embark on Tuesday.", 48),
        ("The party I saw cleared on Monday had been kept three days in the sheds of the Ostberg station at Veran before "
         "the gendarmes would pass their papers.", 72),
        ("Those who came in at Veran on Tuesday had been kept four days at the Dorland post there before they were "
         "suffered to go on.", 96),
    ]
    for text, hours in cases:
        assert ("wait_hours", hours) in [(row[0], row[1]) for row in _rows(text)], (text, _rows(text))
