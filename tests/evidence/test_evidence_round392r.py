"""Rules added after the read of rounds 388-391 for figures not read and distractors (branch evr392r; sentences
written for these tests)."""

from datetime import date
from functools import partial

from tests.evidence.test_evidence_round70 import figures, quantities, row

_rows = partial(quantities, published=date(1990, 9, 3), origin="Sri Lanka")


def test_lakh_and_crore_scale_the_number():
    rows = _rows("Officials said nearly 2 lakh refugees have crossed into India from Sri Lanka since June.")
    assert ("entries", 200000.0) in rows, rows
    assert not [r for r in rows if r[1] == 2], rows
    rows = _rows("About 2 lakh 40 thousand refugees have crossed into India from Sri Lanka since June.")
    assert ("entries", 240000.0) in rows, rows


def test_a_total_that_has_crossed_a_level_is_a_lower_bound():
    found = figures("The number of Tamils who have landed in India since June has crossed 65,000, officials said.",
                    published=date(1990, 9, 3), origin="Sri Lanka")
    assert [f for f in found if f.value == 65000 and f.value_low == 65000], [row(f) for f in found]


def test_a_year_after_an_owner_or_followed_is_no_count():
    rows = _rows("The agency's 2019 appeal for refugees arriving in Kenya is 40 per cent funded.", origin="Somalia")
    assert not [r for r in rows if r[1] == 2019], rows
    rows = _rows("Kenya last saw arrivals from Somalia at this pace in the years that followed 1991.", origin="Somalia")
    assert not [r for r in rows if r[1] == 1991], rows


def test_a_towns_population_put_at_a_number_is_no_figure():
    rows = _rows("The population of Mandera, estimated at about 30,000 before the influx, has almost doubled.",
                 origin="Somalia")
    assert not [r for r in rows if r[1] == 30000], rows


def test_a_country_that_now_hosts_people_holds_net_arrivals():
    rows = _rows("Kenya now hosts some 250,000 Somali refugees in all, most of them in the Dadaab camps.", origin="Somalia")
    assert ("net_arrivals", 250000.0) in rows, rows
    rows = _rows("The Dadaab camp, which opened in 1991, now hosts some 250,000 refugees.", origin="Somalia")
    assert ("net_arrivals", 250000.0) not in rows, rows


def test_a_rupee_sum_written_rs_keeps_its_sentence():
    rows = _rows("Boatmen at Talaimannar were asking Rs. 3,000 a head, about $75, for the crossing to Rameswaram.")
    assert ("flights_price_usd", 75.0) in rows, rows


def test_dollars_paid_to_smugglers_are_a_fare():
    rows = _rows("A man from Kandahar said he paid smugglers 600 dollars to be taken from Herat to Tehran.",
                 published=date(2021, 8, 25), origin="Afghanistan")
    assert ("flights_price_usd", 600.0) in rows, rows
