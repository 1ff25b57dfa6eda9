"""Rules added after the read of rounds 612-615 for places (branch evr612p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

SEPTEMBER_28 = dict(published=date(2022, 9, 28))
SEPTEMBER_29 = dict(published=date(2022, 9, 29), trigger=date(2022, 9, 21), origin="Russia")
GAMBELLA_2014 = dict(published=date(2014, 5, 20), trigger=date(2013, 12, 15), origin="South Sudan")


def test_a_row_of_a_table_of_entry_points_is_at_its_first_cell():
    text = (
        "Arrivals went on rising through the week, most of them women and children.\n\n"
        "Table 1. New arrivals by entry point, 12 - 18 May 2014\n\n"
        "Entry point   District     New arrivals   Relocated\n"
        "Pagak         Jikawo              2,140       1,900\n"
        "Nyinenyang    Gambella            1,310       1,020\n"
        "Total                             3,450       2,920\n"
    )
    rows = [row for row in placed(text, **GAMBELLA_2014) if row[:2] in (("entries", 2140), ("entries", 1310))]
    assert rows == [("entries", 2140, "Pagak"), ("entries", 1310, "Nyinenyang")]


def test_a_row_of_a_table_of_points_of_entry_with_a_bracketed_name_is_at_the_first_name():
    text = (
        "Table 2. Arrivals by point of entry, 12 - 18 May 2014\n\n"
        "Point of entry          Area           Arrivals\n"
        "Tiergol (Akobo West)    Akobo County      1,480\n"
    )
    assert ("entries", 1480, "Tiergol") in placed(text, **GAMBELLA_2014)


def test_begishevo_named_alone_is_nizhnekamsk():
    text = "A one-way seat from Begishevo to Istanbul cost 95,000 roubles, about 1,600 dollars, on Wednesday morning."
    assert placed(text, **SEPTEMBER_28) == [("flights_price_usd", 1600, "Nizhnekamsk - Istanbul")]


def test_russkaya_polyana_is_a_crossing():
    text = (
        "Since the decree the roads south of Omsk lead to one place, Russkaya Polyana. In the evening the traffic "
        "police counted about 1,100 cars in the queue to Kazakhstan."
    )
    assert placed(text, **SEPTEMBER_29) == [("queue_vehicles", 1100, "Russkaya Polyana")]


def test_gogavani_is_the_gogavan_crossing():
    text = "On Monday the queue of cars at Gogavani was about 3 km long, border guards said."
    assert placed(text, **SEPTEMBER_28) == [("queue_length_km", 3, "Guguti")]


def test_petropavlovsk_kamchatsky_is_not_petropavl():
    text = "Petropavlovsk-Kamchatsky - Seoul, one way: about $1,700 on the airline's site this morning."
    assert placed(text, **SEPTEMBER_28) == [("flights_price_usd", 1700, "Petropavlovsk-Kamchatsky - Seoul")]


def test_a_fare_on_past_the_crossing_a_report_opens_on_is_from_that_crossing():
    text = (
        "Since the decree the roads of our region lead to one place, Russkaya Polyana, south of Omsk, where men queue "
        "to leave.\n\n"
        "Beyond the barrier taxis wait to take men on to Pavlodar and ask 180 dollars a seat."
    )
    assert placed(text, **SEPTEMBER_29) == [("flights_price_usd", 180, "Russkaya Polyana - Pavlodar")]
