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
