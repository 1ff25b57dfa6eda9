"""Rules added after the read of rounds 408-411 for figures not read and distractors (branch evr412r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, quantities, values


def test_a_post_that_ends_in_hashtags_still_ends_as_a_sentence():
    text = (
        "Border Guard posts\n\n"
        "Since 1 March, 412,6 thousand people have crossed from Ukraine into Slovakia. #Slovakia #Refugees\n"
    )
    rows = quantities(text, published=date(2022, 3, 9), trigger=date(2022, 2, 24), origin="Ukraine")
    assert ("entries", 412600.0) in rows, rows


def test_a_digest_line_of_a_time_and_a_number_carries_on_the_count_before():
    text = (
        "Border Guard posts\n\n"
        "Crossing Medyka: in the last 24 hours 21 340 persons entered Poland from Ukraine. Since 24.02 - 188 720 "
        "persons. Today until 8:00 - 6,2 thousand.\n"
    )
    found = [(f.quantity, f.value, f.period.start) for f in figures(
        text, published=date(2022, 3, 7), trigger=date(2022, 2, 24), origin="Ukraine"
    )]
    assert ("entries", 188720.0, date(2022, 2, 24)) in found, found
    assert ("entries", 6200.0, date(2022, 3, 7)) in found, found


def test_a_span_of_years_and_a_year_naming_an_agreement_are_no_counts():
    text = (
        "In the 2017-18 season the resort received some 60,000 visitors. On Monday 212 Tunisians were sent back "
        "from Italy under the 2011 readmission agreement, and 1,450 migrants landed in 2015-2016."
    )
    rows = quantities(text, published=date(2019, 3, 6), origin="Tunisia")
    assert not {2017, 18, 2011, 2015, 2016} & set(values(rows)), rows


def test_vehicles_that_crossed_beside_the_people_are_no_queue():
    text = (
        "On Tuesday, 5 210 people entered Kazakhstan through the Zhaisan checkpoint, together with 1 940 cars. At "
        "Sagarchin the customs counted some 2,300 cars and buses crossing on Wednesday. Yesterday the border post "
        "passed 3 100 persons and 870 automobiles. Since Monday, 35 trucks carrying some 500 tonnes of flour have left "
        "for the border. The checkpoint has 8 lanes for cars. On Thursday the queue on the Russian side held about "
        "1,200 cars."
    )
    rows = quantities(text, published=date(2022, 9, 30))
    assert ("queue_vehicles", 1200.0) in rows, rows
    assert not {1940, 2300, 870, 35, 8} & set(values(rows)), rows


def test_people_turned_back_told_by_a_relative_clause_are_no_entry():
    text = (
        "On Monday 2,800 refugees crossed into Montenegro at Bozaj. Of these, 340 who arrived without passports were "
        "turned back at the border post, police said."
    )
    rows = quantities(text, published=date(1999, 4, 6), origin="Yugoslavia")
    assert ("entries", 2800.0) in rows and 340 not in values(rows), rows


def test_a_rate_of_exchange_is_no_count():
    text = (
        "Russians arrive in Cam Ranh\n\nOn Sunday 2,750 Russians landed at Cam Ranh on four charters.\n\n"
        "Exchange rate on 4 December: US$1 = 24,310 dong."
    )
    rows = quantities(text, published=date(2022, 12, 5))
    assert ("entries", 2750.0) in rows and 24310 not in values(rows), rows


def test_people_housed_in_a_centre_or_with_hosts_are_no_figure():
    text = (
        "More than 6 000 Burundians have crossed into Congo at Kavimvira since April. Around 4 200 of them are "
        "staying with host families in the town. The transit site, planned for 800 people, is now sheltering about "
        "1,150, most of them waiting to be moved to a camp."
    )
    rows = quantities(text, published=date(2015, 5, 12), origin="Burundi")
    assert ("entries", 6000.0) in rows and 1150 not in values(rows) and 4200 not in values(rows), rows
