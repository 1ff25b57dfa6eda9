"""Rules added after the read of rounds 380-383 for figures not read and distractors (branch evr384r; sentences
written for these tests)."""

from datetime import date
from functools import partial

from tests.evidence.test_evidence_round70 import figures, quantities, row

_rows = partial(quantities, published=date(2022, 10, 4), origin="Russia")


def test_helpers_counted_after_a_word_of_volunteering_are_no_call_up():
    rows = _rows("The network now has 30 volunteer doctors and 12 hotline operators in three cities, its founder said.")
    assert not [r for r in rows if r[1] in (30, 12)], rows
    rows = _rows("Some 50 volunteers from 7 humanitarian organisations work at the camp.")
    assert not [r for r in rows if r[1] == 7], rows


def test_a_call_up_is_still_read():
    rows = _rows("On 21 September the decree called up 300,000 reservists, the minister said.")
    assert ("other", 300_000) in rows, rows


def test_a_radio_frequency_and_its_wavebands_are_no_count():
    text = (
        "CORRESPONDENT: On Monday the gendarmes detained 23 young men in Danane whom they suspect of being rebels.\n\n"
        "PRESENTER: Anna Kern, thank you. And there will be more from the region in \"Morning Report\" tomorrow at 0600 "
        "GMT. You can hear \"Africa Today\" on 15.35 and 21.47 megahertz in the 19 and 13 metre bands."
    )
    rows = [row(f)[:2] for f in figures(text, published=date(1990, 2, 9), trigger=date(1989, 12, 24), origin="Liberia")]
    assert not [r for r in rows if r[1] in (15.35, 19, 13)], rows
    assert ("arrests", 23) in rows, rows


def test_a_rent_told_in_another_clause_is_no_fare():
    rows = _rows("A furnished one-bedroom flat in Vake now costs 2,000 to 2,500 lari a month, roughly $720 to $900, against "
                 "1,200 lari in the summer.")
    assert not [r for r in rows if r[0] == "flights_price_usd"], rows
    rows = _rows("A one-way ticket from Moscow to Yerevan cost $650 on Monday.")
    assert ("flights_price_usd", 650) in rows, rows


def test_buses_laid_on_to_carry_people_are_no_queue():
    rows = _rows("The ministry has placed 35 buses at the disposal of the Red Cross to carry the wounded from Narva to Tallinn.",
                 origin="Russia")
    rows += _rows("The transport of refugees from the crossing to Suceava is provided by 18 coaches of the county.",
                  published=date(2022, 3, 3), origin="Ukraine")
    assert not [r for r in rows if r[0] == "queue_vehicles"], rows
    rows = _rows("On Monday about 35 buses were waiting at Narva to leave for Russia.")
    assert ("queue_vehicles", 35) in rows, rows
