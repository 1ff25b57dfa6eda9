"""Rules added after reading rounds 204-207 for periods, quantities, figures not read and distractors (branch evr204q;
sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(1961, 4, 13)  # a Thursday
ORDER = date(1961, 4, 3)


def _rows(text, trigger=None):
    return [
        (f.quantity, f.value or f.value_high, f.period.start, f.period.end)
        for f in figures(text, published=PUBLISHED, trigger=trigger, origin="Dorland")
    ]


def _row(text, value, trigger=None):
    return next(row for row in _rows(text, trigger) if row[1] == value)


def _values(text, trigger=None):
    return sorted(row[1] for row in _rows(text, trigger))


def test_a_week_or_days_ended_or_up_to_yesterday_run_to_the_day_before_publication():
    text = "In the week which ended yesterday about 1,700 people from Dorland came over at Veran."
    assert _row(text, 1700)[2:] == (date(1961, 4, 6), date(1961, 4, 12))
    text = "In the seven days up to yesterday, officials at Veran registered 2,900 new arrivals from Dorland."
    assert _row(text, 2900)[2:] == (date(1961, 4, 6), date(1961, 4, 12))
    text = "In the ten days ending yesterday 640 people from Dorland crossed into Ostberg at Veran."
    assert _row(text, 640)[2:] == (date(1961, 4, 3), date(1961, 4, 12))
    # a week ending on a weekday is read as before
    text = "In the seven days ending Tuesday 1,420 people from Dorland came over the bridge at Veran."
    assert _row(text, 1420)[2:] == (date(1961, 4, 5), date(1961, 4, 11))


def test_a_window_to_midnight_yesterday_or_opened_by_the_nth_alone_runs_to_yesterday():
    text = "From 3 April to midnight yesterday, 1,530 citizens of Dorland entered Ostberg through Veran."
    assert _row(text, 1530)[2:] == (date(1961, 4, 3), date(1961, 4, 12))
    text = "From Monday to midnight yesterday, Wednesday, 4 410 citizens of Dorland entered Ostberg."
    assert _row(text, 4410)[2:] == (date(1961, 4, 10), date(1961, 4, 12))
    text = "Between the 4th and yesterday, 48,000 people from Dorland entered Ostberg in total."
    assert _row(text, 48000)[2:] == (date(1961, 4, 4), date(1961, 4, 12))
    text = "From the 4th to yesterday, 48,000 people from Dorland entered Ostberg in total."
    assert _row(text, 48000)[2:] == (date(1961, 4, 4), date(1961, 4, 12))


def test_a_window_from_a_day_written_between_commas_to_another():
    text = "According to the ministry, from Monday, 3 April, to Wednesday, 5 April, a total of 870 persons from Dorland entered Ostberg through Veran."
    assert _row(text, 870)[2:] == (date(1961, 4, 3), date(1961, 4, 5))
    # a since-window is still closed the same way, and a day alone stays a day
    text = "On Wednesday, 5 April, 870 persons from Dorland entered Ostberg through Veran."
    assert _row(text, 870)[2:] == (date(1961, 4, 5), date(1961, 4, 5))


def test_a_since_window_whose_weekday_is_named_by_its_day_of_the_month():
    text = "Officials say 2,600 people have crossed into Ostberg at Veran since the fighting broke out on Saturday the 1st, counting up to this morning."
    assert _row(text, 2600)[2:] == (date(1961, 4, 1), date(1961, 4, 13))


def test_months_listed_together_are_one_window():
    text = "The Ostberg government says 6,100 people from Dorland arrived in Ostberg in January, February and March."
    assert _row(text, 6100)[2:] == (date(1961, 1, 1), date(1961, 3, 31))
    text = "Officials counted arrivals from Dorland in January and February at about 9,400."
    assert _row(text, 9400)[2:] == (date(1961, 1, 1), date(1961, 2, 28))


def test_someones_age_said_with_who_is_or_of_in_a_pair_is_no_count():
    text = (
        "Between 2 and 8 April 2,100 people from Dorland entered Ostberg through Veran. "
        "The Dorland minister, who is 54, crossed at Veran on Monday with a party of some 60 persons."
    )
    assert _values(text) == [60, 2100]
    text = (
        "Between 2 and 8 April 2,100 people from Dorland entered Ostberg through Veran. "
        '"We have had men of 20 and men of 61 on the same bus," said a volunteer.'
    )
    assert _values(text) == [2100]
    # a count after "who were" stays a count
    text = "The refugees from Dorland, who were 2,100 on Monday, crossed into Ostberg at Veran."
    assert 2100 in _values(text)


def test_reservists_a_call_up_names_before_them_are_the_call_up():
    text = "Since the government ordered on 3 April that 80,000 reservists be drafted for the war, Veran has become the busiest exit from Dorland."
    assert _row(text, 80000, ORDER) == ("other", 80000, ORDER, ORDER)
    text = "They arrive in twos and threes from a country that since the decree of 3 April wants 80,000 reservists back in uniform."
    assert _row(text, 80000, ORDER)[0] == "other"
    text = "Since the decree of 3 April calling up 80,000 reservists, 4,000 people from Dorland have crossed into Ostberg at Veran."
    assert _row(text, 80000, ORDER)[0] == "other"
    # reservists who moved are counted as movers
    text = "After the mobilisation was announced, 300 reservists crossed into Ostberg at Veran on Monday."
    assert _row(text, 300, ORDER)[0] == "entries"


def test_hours_spent_in_that_line_are_a_wait():
    base = "On Monday 2,100 people from Dorland crossed into Ostberg at Veran. "
    text = base + "Families told us they had spent anywhere from 20 to 30 hours in that line before reaching the barrier."
    assert _row(text, 30)[0] == "wait_hours"
    text = base + "Drivers who cleared it on Monday said they had spent at least 20 hours in this queue."
    assert _row(text, 20)[0] == "wait_hours"


def test_hours_people_were_kept_between_posts_or_a_search_took_after_an_aside_are_a_wait():
    base = "On Monday 2,100 people from Dorland crossed into Ostberg at Veran. "
    text = base + "Families said they were kept there for 30 hours between the two frontier posts."
    assert _row(text, 30)[0] == "wait_hours"
    text = base + "Arrivals are held at the checkpost of Veran for questioning; families said they were kept there for as long as 30 hours."
    assert _row(text, 30)[0] == "wait_hours"
    text = base + "The Ostberg customs search, which every family must pass, took as long as 9 hours on Monday."
    assert _row(text, 9)[0] == "wait_hours"
    # talks that took hours are no wait
    text = base + "The talks, which both ministers attended, took as long as 9 hours on Monday."
    assert 9 not in _values(text)


def test_months_and_cents_are_no_count():
    base = "On Monday 2,100 people from Dorland crossed into Ostberg at Veran. "
    assert _values(base + "The council will vote on an arms embargo of 13 months.") == [2100]
    assert _values(base + "Police arrested four men for selling forged tickets to travellers at 40 cents each.") == [4, 2100]
    # a count before "months ago" stays a count
    assert 3000 in _values("Some 3,000 people from Dorland fled into Ostberg six months ago.")


def test_people_counted_in_words_who_were_arrested_or_detained_after_them_are_arrests():
    base = "On Monday 2,100 people from Dorland crossed into Ostberg at Veran. "
    text = base + "Police confirmed that five people were arrested on Wednesday night while trying to leave by boat."
    assert _row(text, 5)[0] == "arrests"
    text = base + "Police said two Dorland men were detained at the airport on Tuesday."
    assert _row(text, 2)[0] == "arrests"
    # people in words with no arrest are still no count
    assert _values(base + "Two of the drivers were waved through after an hour.") == [2100]


def test_people_pushed_or_driven_over_the_frontier_are_entries():
    text = "About 11,000 people from Dorland had been pushed over the frontier at Veran between 3 April and Sunday, 9 April."
    assert _row(text, 11000)[0] == "entries"
    text = "Another 2,300 were driven across the river near Veran in the past three days."
    assert _row(text, 2300)[0] == "entries"
    # pushed back is still a way out
    text = "Police pushed back 300 people from Dorland across the frontier at Veran on Monday."
    assert _row(text, 300)[0] == "exits"


def test_a_convoy_of_vehicles_is_no_queue():
    base = "On Monday 2,100 people from Dorland crossed into Ostberg at Veran. "
    assert _values(base + "A convoy of 25 trucks with 300 tonnes of food left the capital this morning for the border at Veran.") == [2100]
    assert _values(base + "The first convoy of 18 buses took the new arrivals to the camp on Tuesday.") == [2100]
    # a line of vehicles at the border is still a queue
    assert _row(base + "A line of 25 trucks waited at the border at Veran.", 25)[0] == "queue_vehicles"


def test_another_countrys_dollar_is_no_sum_in_us_dollars():
    base = "On Monday 2,100 people from Dorland crossed into Ostberg at Veran. "
    assert _values(base + "A one-way seat from Veran to London costs HK$14,800, against HK$6,500 in March.") == [2100]
    assert _values(base + "Refugees said they had paid NT$15,000 to NT$18,000 each; employers can claim S$50 a night.") == [2100]
    # the US dollar, and the dollar after another currency, are still read
    assert _row(base + "A one-way seat from Veran to London costs US$1,900.", 1900)[0] == "flights_price_usd"
    assert _row(base + "A one-way seat from Veran to London costs N$80 (about $14).", 14)[0] == "flights_price_usd"


def test_hours_within_which_something_happened_are_no_wait():
    base = "On Monday 2,100 people from Dorland landed at Veran airport. "
    text = base + "The flight touched down early on Wednesday night, and within an hour the queue at the immigration desk had wrapped twice around the hall."
    assert _values(text) == [2100]
    text = base + "Men who received summonses must report within 24 hours, and the queue at passport control was long."
    assert _values(text) == [2100]
    # an hour the queue took is still a wait
    assert _row(base + "The queue at the immigration desk took an hour on Wednesday night.", 1)[0] == "wait_hours"


def test_people_registered_with_an_embassy_or_office_are_a_stock():
    base = "On Monday 2,100 people from Dorland crossed into Ostberg at Veran. "
    assert _values(base + "Another 3,000 or so are registered with the office and still waiting for a country to accept them.") == [2100]
    assert _values(base + "All but five of the 23 Ostberg nationals registered with this Embassy have now been accounted for.") == [2100]
    # having registered with an embassy to go home is still read
    text = base + "A spokesman said more than 1,600 people from Dorland had now registered with the embassy in Veran to go home."
    assert 1600 in _values(text)


def test_an_information_lines_number_is_no_figure():
    base = "On Monday 2,100 people from Dorland crossed into Ostberg at Veran. "
    assert _values(base + "Information line: 1858 (from abroad +370 5 271 9368).") == [2100]
