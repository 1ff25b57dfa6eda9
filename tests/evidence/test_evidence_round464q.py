"""Rules added after the read of rounds 460-463 for periods and quantities (branch evr464q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_a_forum_posts_stamp_dates_its_yesterday():
    text = (
        "Thread: Kapitan Andreevo this week (page 3)\n\n"
        "#40  Plovdiv_Petar  (Svilengrad, member since 2014)  12 Mar 2020, 07:15\n"
        "My cousin drove through yesterday and said he stood 6 hours behind about 180 lorries.\n\n"
        "#41  marta_k - Fri 13 Mar 2020, 18:02\n"
        "Nothing new from me, the queue is the same.\n\n"
        "#42  Plovdiv_Petar  14.03.2020 at 09:40\n"
        "Police say the crossing will stay open through the weekend.\n"
    )
    rows = rows_of(180, text, published=date(2020, 3, 14), trigger=date(2020, 3, 1), origin="Turkey")
    assert [(r[3], r[4]) for r in rows] == [(date(2020, 3, 11), date(2020, 3, 11))]


def test_a_forum_posts_stamp_dates_its_undated_queue():
    text = (
        "sasha_ufa | 26.09.2022, 06:40\n"
        "Standing at the barrier now, the line behind us is about 9 km.\n\n"
        "kot_omsk | 27.09.2022, 21:05\n"
        "We got through at noon, good luck to everyone.\n"
    )
    rows = rows_of(9, text, published=date(2022, 9, 27))
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 9, 26), date(2022, 9, 26))]


def test_since_a_day_written_out_alone_runs_to_publication():
    text = "Since the twenty-third, about 8,200 Ukrainians have crossed into Moldova at Palanca, the border police said."
    rows = rows_of(8200, text, published=date(2022, 3, 2), trigger=date(2022, 2, 24), origin="Ukraine")
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 2, 23), date(2022, 3, 2))]


def test_the_first_week_after_the_trigger_is_seven_days():
    text = "In the first week after the invasion, the railway carried about 41,000 people from Lviv to Przemysl, officials said."
    rows = rows_of(41000, text, published=date(2022, 3, 10), trigger=date(2022, 2, 24), origin="Ukraine")
    assert [(r[3], r[4]) for r in rows] == [(date(2022, 2, 24), date(2022, 3, 2))]


def test_a_dollar_sum_with_dotted_thousands_in_a_dotted_report():
    from tests.evidence.test_evidence_round70 import figures

    text = (
        "Some 240.000 Venezuelans have crossed into Colombia this year. A seat on a bus from Caracas to Bogota sold "
        "for between $1.200 and $1.600 last week, drivers said."
    )
    got = [(f.value_low, f.value_high) for f in figures(text, published=date(2019, 3, 1)) if f.quantity == "flights_price_usd"]
    assert got == [(1200.0, 1600.0)]


def test_a_range_of_dollar_sums_with_spaced_thousands_read_whole():
    from tests.evidence.test_evidence_round70 import figures

    text = "Seats on the bus from Kazan to Baku are offered for 1 900 to 2 300 manats ($1 150 - $1 380), drivers said."
    got = [(f.quantity, f.value_low, f.value_high) for f in figures(text, published=date(2022, 10, 1)) if f.quantity == "flights_price_usd"]
    assert got == [("flights_price_usd", 1150.0, 1380.0)]


def test_a_queue_told_as_a_range_with_spaced_thousands_read_whole():
    from tests.evidence.test_evidence_round70 import figures

    text = "At 9:00 the queue at the Chmi post is 1 100 - 1 400 cars, the border service said."
    got = [(f.quantity, f.value_low, f.value_high) for f in figures(text, published=date(2022, 9, 27)) if f.quantity == "queue_vehicles"]
    assert got == [("queue_vehicles", 1100.0, 1400.0)]


def test_the_number_now_in_a_country_told_before_the_figure_is_those_who_stayed():
    from tests.evidence.test_evidence_round70 import figures

    text = "The number of Burundian refugees now in Rwanda is estimated at 26,300, the ministry said on Friday."
    got = [(f.quantity, f.value) for f in figures(text, published=date(2015, 5, 8), origin="Burundi")]
    assert got == [("net_arrivals", 26300.0)]
