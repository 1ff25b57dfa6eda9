"""Rules added after the read of rounds 220-231 for periods, quantities, figures not read and distractors (branch
evr232q; sentences written for these tests)."""

# the same report, published on the same Thursday (13 April 1961), as the rules read after rounds 208-215
from tests.evidence.test_evidence_round208q import _check_not_read, _check_periods, _rows, _values

_CROSSED = "Some 2,400 people from Dorland crossed into Ostberg at Veran on Monday."


def test_a_number_to_call_in_a_closing_line_is_no_figure():
    _check_not_read([
        (_CROSSED + " The camp can hold 12,000 people.\n\nFor further information: Refugee Office, Veran, tel. (41 22) 739 8111.",
         41, 22, 739, 8111),
        (_CROSSED + "\n\nEnquiries: Consular Section, telephone Gambir 2447 and 2448.", 2447, 2448),
        (_CROSSED + " Blankets were sent.\n\nFor further information: Relief Department, telephone (022) 34 55 80, telex 22555.", 22555),
        ("Some 2,400 people from Dorland left for Ostberg through Veran on Monday. Unemployment is high.\n\n"
         "HOST: Thank you. Listeners can find more at our website, or call our comments line, 1-800-555-0142.", 1, 800, 555, 142),
        (_CROSSED + "\n\nPRESENTER: Thank you. Viewers who need help can call the 112 emergency line. After the break: the markets.", 112),
        ("Some 2,400 people from Dorland crossed into Ostberg at Veran on Monday, police said.\n\n"
         "PRESENTER: Thank you. Questions about the rules can be put to the police on 02800. More news at eight.", 2800),
    ])
    # a count after the same words is still read
    assert 2400 in _values(_CROSSED + " Call the 112 emergency line for help.")
    assert _values("Tel Aviv received 3,000 people from Dorland on Monday.") == [3000]


def test_a_broadcasts_words_to_its_audience_hold_no_figure():
    _check_not_read([
        ("Ostberg police detained 23 men from Dorland at Veran on Monday.\n\n"
         "PRESENTER: Thank you. Listeners can write to us at Radio Veran, Ostberg D.C. 20547.", 20547),
        ("Some 2,400 people from Dorland left for Ostberg on Monday.\n\n"
         "PRESENTER: Thank you. Next, the weather. You are listening to Radio Veran, 98.7 FM.", 98.7),
    ])
    # the sentence after the sign-off is read again
    assert _values("Some 2,400 people from Dorland left for Ostberg on Monday. Listeners can hear our report. Another 300 left on Tuesday.") == [
        300, 2400,
    ]


def test_a_capacity_told_by_its_own_words_is_no_count():
    _check_not_read([
        ("Through Veran on 10 April 2 300 citizens of Dorland entered Ostberg. The design capacity of the checkpoint \"Veran\" "
         "makes 1 000 automobiles in day.", 1000),
        ("Through Veran on 10 April 2 300 citizens of Dorland entered Ostberg. The checkpoint works round the clock, the "
         "throughput capacity is increased to 1 000 automobiles per day.", 1000),
        ("On 10 April 2 300 citizens of Dorland arrived in Veran. For the arrived, the city has opened the halls of four "
         "schools, in which can be placed up to 1 500 persons.", 1500),
        ("On 10 April about 400 people from Dorland who had crossed at Veran were waiting for trucks to Kessel, whose "
         "capacity is 1,000.", 1000),
    ])
    # the count beside it stays
    assert 2300 in _values("Through Veran on 10 April 2 300 citizens of Dorland entered Ostberg. The design capacity of the checkpoint makes 1 000 automobiles in day.")


def test_an_age_told_after_a_name_or_a_kinsman_is_no_count():
    _check_not_read([
        ("Some 2,400 people from Dorland left for Ostberg on Monday.\n\n"
         "RICHTER: Mostly young. I spoke to Martin, a systems engineer, and his wife Laura, 28. Unemployment is high.", 28),
        (_CROSSED + "\n\nREPORTER: I spoke to a family from Kessel, the father is 34, who said they crossed this morning.", 34),
        (_CROSSED + "\n\nREPORTER: A family from Kessel crossed this morning; the father is 34.", 34),
        ("On Monday about 850 people from Dorland crossed into Ostberg at Veran. An old chief of 70 who crossed on Monday "
         "told the commissioner that many more would follow.", 70),
    ])
    # the count before it stays
    assert 850 in _values("On Monday about 850 people from Dorland crossed into Ostberg at Veran. An old chief of 70 who crossed on Monday told the commissioner.")


def test_people_told_as_where_they_now_live_or_shelter_are_a_stock():
    _check_not_read([
        (_CROSSED + " Volunteers estimate that roughly 20,000 people from Dorland are now staying in rented flats in Kessel.", 20000),
        (_CROSSED + " Officials count about 40,000 Dorlanders already resident in the city.", 40000),
        ("Since 2 April some 9,000 people from Dorland have crossed into Ostberg at Veran. About 7,600 are still in some 30 "
         "shelters, the ministry said.", 7600),
        (_CROSSED + " Around 600 people, most of them from Lenz, are still sheltering at the police barracks.", 600),
        (_CROSSED + " Approximately 46,000 Dorland nationals are still registered in Ostberg.", 46000),
        ("Since 10 April some 4,500 people from Dorland have crossed into Ostberg at Veran. The new arrivals join some 30,000 "
         "Dorlanders who fled the March events and remain in temporary sites in Ostberg.", 30000),
    ])
    # people sheltering while they wait to leave are people waiting; those of a count who stayed, its net arrivals
    assert [row[:2] for row in _rows(
        "About 250 people from Dorland are still sheltering at the Veran police station waiting for seats on further flights to Ostberg."
    )] == [("other", 250)]
    assert 105000 in _values("Some 250,000 people from Dorland have crossed into Ostberg since March. About 105,000 of them are still here.")


def test_a_wire_dateline_with_a_double_hyphen_dates_the_dispatch():
    # filed the day before publication (13 April 1961): "yesterday" and "since" are the dispatch's
    _check_periods([
        ("VERAN, Ostberg, April 12. -- Some 4,200 people fled from Dorland into Ostberg at Veran yesterday, officials said.",
         4200, (4, 11), (4, 11)),
        ("VERAN, April 12 (1961). -- About 9,000 people from Dorland have entered Ostberg at Veran since April 2.",
         9000, (4, 2), (4, 12)),
        ("VERAN, April 12 (By Cable).--Police at Veran arrested seventeen smugglers from Dorland yesterday.", 17, (4, 11), (4, 11)),
    ])
    # a date in the text's first line that opens no dispatch is not its day
    _check_periods([("VERAN, April 12 -- a diary. Yesterday 300 people from Dorland crossed into Ostberg at Veran.", 300, (4, 12), (4, 12))])


def test_a_window_from_a_weekday_to_yesterday():
    _check_periods([
        ("Between Thursday the sixth and yesterday only 95 people from Dorland came through Veran into Ostberg.", 95, (4, 6), (4, 12)),
        ("From last Monday up to and including yesterday, the police say 1,100 people from Dorland entered Ostberg at Veran.",
         1100, (4, 10), (4, 12)),
        ("From last Thursday up to and including yesterday, 700 people from Dorland entered Ostberg at Veran.", 700, (4, 6), (4, 12)),
    ])


def test_since_an_hour_of_a_weekday_runs_to_publication():
    _check_periods([
        ("Immigration inspectors said that since noon Saturday, when the government fell, 312 refugees from Dorland have "
         "landed at Veran.", 312, (4, 8), (4, 13)),
        ("Since 8 am Monday some 2,300 people from Dorland have crossed into Ostberg at Veran.", 2300, (4, 10), (4, 13)),
    ])


def test_two_days_of_a_month_set_off_as_an_aside_are_a_window():
    _check_periods([
        ("Entries of Dorland citizens into Ostberg at Veran rose again this week. The previous week, 3 to 9 April, the number "
         "of Dorland citizens entering was 14,300, and in the first full week, 20 to 26 March, it was 5,240.", 14300, (4, 3), (4, 9)),
        ("Entries of Dorland citizens into Ostberg at Veran rose again this week. The previous week, 3 to 9 April, the number "
         "of Dorland citizens entering was 14,300, and in the first full week, 20 to 26 March, it was 5,240.", 5240, (3, 20), (3, 26)),
        ("In the first week (20 to 26 March) 5,240 people from Dorland entered Ostberg at Veran.", 5240, (3, 20), (3, 26)),
    ])


def test_a_part_of_these_takes_the_window_of_the_count_before():
    _check_periods([
        ("1. Since Monday, 10 April, a total of 6,700 people from Dorland have crossed into Ostberg, as of 1400 hrs today.\n\n"
         "2. Of these, 3,120 crossed through the post at Veran.", 3120, (4, 10), (4, 13)),
        ("Since 1 April some 2,000 people from Dorland have entered Ostberg, as of this morning. Of this number, 1,140 have "
         "been received at the Veran frontier post.", 1140, (4, 1), (4, 13)),
    ])
    # a part with a time of its own keeps it
    _check_periods([
        ("Since 1 April some 2,000 people from Dorland have entered Ostberg. Of these, 300 crossed at Veran on Monday.", 300, (4, 10), (4, 10)),
    ])


def test_entries_under_a_day_heading_are_that_days():
    chronicle = (
        "Our volunteers stood at Veran for three days; here is the chronicle.\n\n"
        "MONDAY 10.04\n\n"
        "06:00 — the end of the queue is about 20 km from the post at Veran.\n\n"
        "18:00 — the border service of Ostberg has informed: through Veran entered 7 940 citizens of Dorland.\n\n"
        "TUESDAY 11.04\n\n"
        "10:00 — the line of cars before Veran has grown to 24 km.\n\n"
        "20:00 — police of Ostberg informed: today detained 5 persons from Dorland who sold places in the queue at Veran.\n"
    )
    _check_periods([
        (chronicle, 20, (4, 10), (4, 10)),
        (chronicle, 7940, (4, 10), (4, 10)),
        (chronicle, 24, (4, 11), (4, 11)),
        (chronicle, 5, (4, 11), (4, 11)),
    ])
    timeline = (
        "A week at the Veran crossing.\n\n"
        "Saturday 8 April\n"
        "The border service reports that 2,860 people from Dorland entered Ostberg through Veran during the day.\n\n"
        "Sunday 9 April\n"
        "By midday the line of cars on the Dorland approach to Veran stretched for about 7 km.\n"
    )
    _check_periods([(timeline, 2860, (4, 8), (4, 8)), (timeline, 7, (4, 9), (4, 9))])
    # a single dated line is a dateline, not a chronicle's heading
    _check_periods([("Veran, 12 April\n\nSome 300 people from Dorland crossed into Ostberg at Veran today.", 300, (4, 13), (4, 13))])


def test_a_day_written_with_a_stop_and_no_year_after_a_windows_word():
    _check_periods([
        ("The border service of Ostberg: from 3.04 until 6.04 through Veran entered 4 210 citizens of Dorland.", 4210, (4, 3), (4, 6)),
        ("18:00 — the border service of Ostberg has informed: in the past day 11.04 through Veran entered Ostberg 7 940 "
         "citizens of Dorland.", 7940, (4, 11), (4, 11)),
    ])
    _check_not_read([
        ("The border service of Ostberg: from 3.04 until 6.04 through Veran entered 4 210 citizens of Dorland.", 3.04, 6.04, 3, 6),
        ("18:00 — the border service of Ostberg has informed: in the past day 11.04 through Veran entered Ostberg 7 940 "
         "citizens of Dorland.", 11.04, 11),
    ])


def test_volunteers_and_small_craft_are_no_people_moving():
    _check_not_read([
        ("Some 2,000 people from Dorland fled into Ostberg at Veran on Monday, and the Ostberg Red Cross says it has "
         "mobilised 1,400 volunteers since Sunday.", 1400),
        ("At Veran alone, 1,420 people from Dorland came ashore overnight from a freighter and 11 smaller craft.", 11),
    ])
    assert 1420 in _values("At Veran alone, 1,420 people from Dorland came ashore overnight from a freighter and 11 smaller craft.")


def test_an_hour_written_with_a_stop_is_no_figure():
    text = (
        "Since 5 April, 7,900 people from Dorland have left Ostberg by the port of Veran. To shorten waiting, the counter "
        "will henceforth be open from 07.30 to 14.00 hours. Embassy buses leave at 06.00 on sailing days."
    )
    assert _values(text) == [7900]
    # a count with a decimal stays
    assert _values("Since 5 April, 2.5 million people from Dorland have left Ostberg by the port of Veran.") == [2500000]


def test_a_weekend_named_by_its_weekdays_then_its_days():
    text = "Over the week-end of Saturday and Sunday, 8th and 9th April, 1,126 people from Dorland arrived at Veran."
    _check_periods([(text, 1126, (4, 8), (4, 9))])
    _check_not_read([(text, 8, 9)])
