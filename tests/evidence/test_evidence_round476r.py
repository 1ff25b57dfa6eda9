"""Rules added after the read of rounds 472-475 for figures not read and distractors (branch evr476r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed, rows_of


def test_an_allowance_handed_to_each_arrival_is_no_count():
    text = (
        "Every family that reaches the camp is handed a cash allowance of DM 20 at the gate. On Monday 1,250 "
        "refugees crossed into West Germany at Helmstedt."
    )
    rows = placed(text, published=date(1953, 3, 4), trigger=None, origin="East Germany")
    assert [value for _quantity, value, _place in rows] == [1250]


def test_a_payment_in_the_countrys_money_with_its_dollars_in_brackets_is_no_fare():
    text = (
        "Households that rent on their own will get a monthly payment of 60 000 drams (about 150 US dollars) per person. "
        "A further 830 people entered Armenia at Kornidzor on Tuesday."
    )
    assert rows_of(150, text, published=date(2023, 9, 29), trigger=date(2023, 9, 24), origin="Azerbaijan") == []


def test_bail_paid_on_release_is_no_count():
    text = "POLICE ARRESTED 40 IN CONSTANTA JULY 9 FOR LACK OF PAPERS, OF WHOM 30 RELEASED ON PAYMENT OF 2,000 LEI EACH."
    assert rows_of(2000, text, published=date(1944, 7, 20), trigger=None, origin="Hungary") == []


def test_vehicles_of_several_kinds_that_crossed_are_no_figure():
    text = (
        "Since Monday, 9 420 cars, minibuses and trucks have crossed the Hakari bridge, officials said. "
        "Since Monday, 7 150 vehicles - cars, vans and buses - have passed the checkpoint at Kornidzor. "
        "On 5 October, 2,118 passenger cars, 402 trucks and 77 motorcycles entered Georgia at Upper Lars."
    )
    rows = placed(text, published=date(2023, 9, 28), trigger=date(2023, 9, 24), origin="Azerbaijan")
    assert [value for _quantity, value, _place in rows if value in (9420, 7150, 2118)] == []


def test_vehicles_of_several_kinds_waiting_are_still_a_queue():
    text = "About 2,300 cars, buses and trucks were waiting at the Hakari bridge this morning."
    rows = placed(text, published=date(2023, 9, 28), trigger=date(2023, 9, 24), origin="Azerbaijan")
    assert [(quantity, value) for quantity, value, _place in rows] == [("queue_vehicles", 2300)]


def test_soldiers_and_police_sent_to_reinforce_a_post_are_no_crossing():
    text = (
        "A further 40 men of the Federal Highway Police and 90 military of the Navy reached Bonfim on Monday to "
        "reinforce the post. On Monday 320 Venezuelans entered Brazil at Bonfim."
    )
    rows = placed(text, published=date(2018, 8, 21), trigger=date(2018, 8, 1), origin="Venezuela")
    assert [value for _quantity, value, _place in rows] == [320]


def test_a_force_brought_to_its_strength_by_reinforcements_is_no_crossing():
    text = (
        "The French are sending reinforcements: about four hundred paratroops landed at Bangui on Tuesday, bringing "
        "the force to some nineteen hundred men. On Tuesday 2,300 refugees crossed into Chad at Sido."
    )
    rows = placed(text, published=date(2014, 1, 22), trigger=date(2013, 12, 5), origin="Central African Republic")
    assert [value for _quantity, value, _place in rows] == [2300]


def test_a_count_of_a_month_last_year_is_a_usual_month_before():
    text = (
        "For comparison, in November last year 1,940 Russians entered Serbia, the police said. "
        "In the same weeks of October last year the figure was about 7 400. "
        "On Monday 2,310 Russians entered Serbia at Batrovci."
    )
    rows = placed(text, published=date(2022, 10, 4), trigger=date(2022, 9, 21), origin="Russia")
    assert [value for _quantity, value, _place in rows] == [2310]


def test_a_count_after_now_is_no_month_last_year():
    text = "In October last year about 300 a day crossed, but now 4,100 cross at Batrovci every day."
    assert rows_of(4100, text, published=date(2022, 10, 4), trigger=date(2022, 9, 21), origin="Russia")


def test_men_border_guards_did_not_let_leave_are_turned_back():
    text = (
        "On Sunday border guards did not let 23 men on the evening ferry leave, passengers said. "
        "On Sunday 1,310 people left Russia at Verkhny Lars."
    )
    rows = placed(text, published=date(2022, 9, 26), trigger=date(2022, 9, 21), origin="Russia")
    assert [value for _quantity, value, _place in rows] == [1310]


def test_men_with_a_long_subject_not_allowed_to_leave_are_turned_back():
    text = (
        "Over the weekend 52 men liable for call-up under the decree were not allowed to leave Russia at the Kazakh "
        "border. On Saturday 3,400 people crossed into Kazakhstan at Kairak."
    )
    rows = placed(text, published=date(2022, 9, 26), trigger=date(2022, 9, 21), origin="Russia")
    assert [value for _quantity, value, _place in rows] == [3400]


def test_the_number_of_applications_is_no_crossing():
    text = (
        "Since 24 February 2022, a total of 96.300 persons have arrived in Hungary from the territory of Ukraine.\n\n"
        "On Tuesday, 840 persons submitted an application for recognition as a person entitled to temporary "
        "protection to the police. Since 24 February, the number of such applications is 3 962."
    )
    rows = placed(text, published=date(2022, 3, 9), trigger=date(2022, 2, 24), origin="Ukraine")
    assert [value for _quantity, value, _place in rows] == [96300]
