"""Rules added after the read of rounds 452-455 for figures not read and distractors (branch evr456r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities, values


def test_offices_counted_are_no_people():
    text = (
        "Some 2,300 people crossed into Georgia at Verkhny Lars on Sunday. The agency says it now runs 9 offices "
        "in the region to help those who arrive."
    )
    rows = quantities(text, published=date(2022, 9, 26), origin="Russia")
    got = values(rows)
    assert 2300 in got, rows
    assert 9 not in got, rows


def test_people_going_on_between_two_towns_of_the_host_leave_no_country():
    text = (
        "About 5,000 Venezuelans entered Colombia at Cucuta on Monday. Since Friday, 740 people have travelled on "
        "from Cucuta to Bogota by bus."
    )
    rows = quantities(text, published=date(2018, 2, 6), origin="Venezuela")
    got = values(rows)
    assert 5000 in got, rows
    assert 740 not in got, rows


def test_people_gone_on_to_a_region_named_by_its_noun_stay_in_the_host():
    text = (
        "About 9,000 Syrians crossed into Turkey at Akcakale this week. Some 3,500 of them have gone on to Hatay "
        "province, where they are staying with relatives."
    )
    rows = quantities(text, published=date(2015, 6, 12), origin="Syria")
    got = values(rows)
    assert 9000 in got, rows
    assert 3500 not in got, rows


def test_people_who_received_a_service_are_no_crossing():
    text = (
        "Some 1,800 Russians crossed into Kazakhstan at Petukhovo on Monday. Since 23 September, 2 640 persons have "
        "received counselling from the agency's teams."
    )
    rows = quantities(text, published=date(2022, 10, 4), origin="Russia")
    got = values(rows)
    assert 1800 in got, rows
    assert 2640 not in got, rows


def test_registered_with_a_ministrys_migration_department_is_a_stay():
    text = (
        "About 3,100 Russians crossed into Kyrgyzstan on Saturday. In all, 4 870 Russian citizens registered with "
        "the Ministry of Internal Affairs' migration department by 8 October."
    )
    rows = quantities(text, published=date(2022, 10, 9), origin="Russia")
    got = values(rows)
    assert 3100 in got, rows
    assert 4870 not in got, rows


def test_a_queue_of_cars_at_the_pumps_is_no_border_queue():
    text = (
        "Some 1,400 cars stood in the queue to the Kazakh border on Tuesday. In the town, drivers say there are "
        "queues of 45 cars at the pumps."
    )
    rows = quantities(text, published=date(2022, 9, 28), origin="Russia")
    got = values(rows)
    assert 1400 in got, rows
    assert 45 not in got, rows


def test_a_speakers_age_after_said_and_a_name_is_no_count():
    text = (
        "About 4,000 Russians left for Georgia through Verkhny Lars on Friday. \"We left Samara on Sunday night with "
        "two bags and a dog,\" said Dmitry, 31. \"Nobody moves for an hour.\""
    )
    rows = quantities(text, published=date(2022, 9, 24), origin="Russia")
    got = values(rows)
    assert 4000 in got, rows
    assert 31 not in got, rows
