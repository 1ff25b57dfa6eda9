"""Rules added after the read of rounds 508-511 for periods and quantities (branch evr508q; sentences written for
these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures, rows_of


def test_people_flown_home_from_a_town_are_its_exits():
    text = (
        "About 41,000 people have crossed from Libya into Egypt at Sallum since 20 February, officials said.\n\n"
        "Charter flights now leave Marsa Matruh airport every hour. On Tuesday 2 310 workers were flown home from "
        "Marsa Matruh on eleven flights, most of them to Dhaka."
    )
    rows = rows_of(2310, text, published=date(2011, 3, 3), trigger=date(2011, 2, 17), origin="Libya")
    assert [(r[0], r[2]) for r in rows] == [("exits", "Marsa Matruh")]


def test_people_flown_home_from_an_airport_abroad_are_its_exits():
    text = "Since Monday some 3,700 Russians have flown home from Dubai airport, travel agents in Deira said."
    rows = rows_of(3700, text, published=date(2022, 10, 2), trigger=date(2022, 9, 21))
    assert [(r[0], r[2]) for r in rows] == [("exits", "Dubai")]


def test_people_flown_home_from_a_town_with_no_origin_are_no_total_out_of_their_country():
    text = (
        "DEHIBA, Tunisia, March 4 (Wire) - Some 30,000 people have crossed from Libya into Tunisia this week.\n\n"
        "Nearly 8,300 Ghanaians have been flown home from Gabes so far, Accra said."
    )
    document_rows = [f for f in figures(text, published=date(2011, 3, 4), trigger=None, origin=None) if f.value == 8300]
    assert all(f.quantity != "departures_total" for f in document_rows)
