"""Rules added after the read of rounds 480-483 for figures not read and distractors (branch evr484r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities, rows_of


def test_a_toll_free_line_in_the_israeli_shape_is_a_phone_no_count():
    text = (
        "Some 2,400 new immigrants from Russia landed at Ben Gurion airport since 21 September, the agency said.\n\n"
        "Questions on immigration: Service Centre, 1-800-345-017 (inside Israel), or write to the agency."
    )
    assert quantities(text, published=date(2022, 10, 14)) == [("entries", 2400)]


def test_a_toll_free_line_starting_1_700_is_a_phone_no_count():
    text = (
        "About 1,300 Russians have arrived in Israel since the decree.\n\n"
        "For questions on immigration: Aliyah Centre, 1-700-707-180 (from Israel), or write to us."
    )
    assert quantities(text) == [("entries", 1300)]


def test_a_queue_at_a_public_service_centre_in_town_is_no_border_queue():
    text = (
        "Since the decree, 48,000 Russians have entered Kazakhstan. On Tuesday about 450 people stood in line at the "
        "PSC of the Medeu district of Almaty, and applicants waited 5-6 hours for their numbers."
    )
    assert quantities(text) == [("entries", 48000)]


def test_a_waiting_time_at_public_service_centres_is_no_wait_at_a_border():
    text = "The average waiting time at public service centres is 35 minutes in Almaty and 20 minutes in Astana, officials say."
    assert quantities(text) == []


def test_a_line_outside_a_bank_branch_is_no_count_of_people_leaving():
    text = (
        "Outside the Evrobank branch on Abovyan Street some 220 people stood in line on Friday to open accounts, many "
        "of them Russians who came after the call-up."
    )
    assert rows_of(220, text) == []


def test_a_queue_at_a_border_post_named_with_a_bank_is_still_read():
    text = "About 900 people stood in line at the border crossing at Verkhny Lars, next to a bank branch, on Friday."
    assert rows_of(900, text) != []


def test_a_sum_in_kroner_is_money_no_count_of_people():
    text = (
        "Many come by minibus from Murmansk. Drivers report that a seat from Murmansk to the border now costs around "
        "9 000 roubles, about 1 600 kroner, against 4 000 roubles before the mobilisation."
    )
    assert rows_of(1600, text) == []


def test_a_gift_in_kronor_is_money_no_count_of_people():
    text = "The relief committee in Malmo has so far received 900 blankets and gifts of 14 000 kronor."
    assert rows_of(14000, text) == []


def test_cars_turned_back_by_border_guards_are_no_queue():
    text = (
        "Border news\n\nSince Saturday the border guards have turned back about 640 cars whose drivers wanted to "
        "leave for Kazakhstan, the directorate said."
    )
    assert rows_of(640, text) == []


def test_vehicles_that_were_turned_back_are_no_queue_but_a_line_is():
    text = (
        "Border news\n\nOn the road from Vladikavkaz, at the Chermen and Elkhotovo posts on the border with Ingushetia, "
        "1 640 vehicles were turned back. At Verkhny Lars about 900 cars stood in the queue on Sunday morning."
    )
    assert rows_of(1640, text) == [] and [r[0] for r in rows_of(900, text)] == ["queue_vehicles"]


def test_arrivals_named_in_several_words_then_housed_are_people_housed():
    text = (
        "Since 21 September 2,700 Russians have come to Israel.\n\n"
        "At present 930 new arrivals from Russia are housed at 14 absorption centres across the country."
    )
    assert rows_of(930, text) == [] and rows_of(2700, text) != []


def test_people_sheltered_in_warehouses_are_people_housed():
    text = "The minors cannot be sent back at once: about 650 of them are sheltered in two sports halls of the town."
    assert rows_of(650, text) == []


def test_a_crossing_then_and_housed_is_still_a_crossing():
    text = "On Monday 1,400 people crossed into Moldova at Palanca and were housed in tents near the post."
    assert rows_of(1400, text) != []
