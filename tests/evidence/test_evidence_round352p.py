"""Rules added after the read of rounds 348-351 for places (branch evr352p; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import rows_of

CASES = {
    # "Drivers there": the crossing "there" stands for, named in the sentence before, even one set off as further along
    "drivers_there_wait_at_the_crossing_named_just_before": (
        "Russians kept coming into Kazakhstan on Saturday. At Kairak, 2,400 crossed on Friday, border officials said.\n\n"
        "Further west, at Zhaisan on the Orenburg road, 1 300 Russians crossed into Kazakhstan on Friday. Motorists "
        "there said on Saturday they had waited up to seven hours.",
        ("Russia", date(2022, 10, 1), date(2022, 9, 21)),
        ("wait_hours", 7, "Sagarchin", date(2022, 10, 1), date(2022, 10, 1)),
    ),
    # "here" is the post the report stands at, not a town a distance is measured from (Troitsk is also a crossing)
    "here_is_not_the_town_a_distance_is_measured_from": (
        "Our reporter is at the Kairak post, some 25 kilometres from the city of Troitsk, where cars from Russia keep "
        "arriving. Officers say that on Wednesday 2,810 people were registered here, and on Thursday a few more.",
        ("Russia", date(2022, 9, 30), date(2022, 9, 21)),
        ("entries", 2810, "Kairak", date(2022, 9, 28), date(2022, 9, 28)),
    ),
    # an aside on the people counted naming an earlier leg of their way: not the crossing of the count
    "an_aside_on_the_people_counted_names_an_earlier_crossing": (
        "Russians fleeing the call-up keep arriving in Armenia. On Wednesday 980 people crossed into Armenia from "
        "Georgia at the Bagratashen checkpoint, officials said, almost all of them Russians who had first come "
        "through the Upper Lars pass.",
        ("Russia", date(2022, 9, 30), date(2022, 9, 21)),
        ("entries", 980, "Bagratashen", date(2022, 9, 28), date(2022, 9, 28)),
    ),
    # people caught taking others over, named by their demonym: the arrests of the country reached
    "police_holding_men_taking_nationals_across_are_the_hosts": (
        "Venezuelans keep arriving in Bolivia from Peru. On Sunday, the Police arrested three boatmen who were taking "
        "Venezuelans across the lake at night without papers.",
        ("Venezuela", date(2019, 2, 20), None),
        ("arrests", 3, "Bolivia", date(2019, 2, 17), date(2019, 2, 17)),
    ),
    # La Hachadura is the Salvadoran post of its crossing (Pedro de Alvarado the Guatemalan): arrests there El Salvador's
    "arrests_at_la_hachadura_are_el_salvadors": (
        "Deportees keep coming home to El Salvador by bus. On Tuesday officers arrested four of the deportees at La "
        "Hachadura who were wanted for theft.",
        ("United States", date(2018, 11, 22), None),
        ("arrests", 4, "El Salvador", date(2018, 11, 20), date(2018, 11, 20)),
    ),
    # a town naming a treaty is not where a count was made
    "a_town_naming_a_convention_is_no_place": (
        "KAZAKHSTAN SENDS BACK WANTED MEN\n\nAstana, Oct 8 - Kazakhstan has handed some of the Russian arrivals back. "
        "Since the decree, 9 men have been returned to Russia under the rules of the Chisinau convention, officials "
        "said.",
        ("Russia", date(2022, 10, 8), date(2022, 9, 21)),
        ("exits", 9, "Kazakhstan", date(2022, 9, 21), date(2022, 10, 8)),
    ),
    # a section heading in capitals between a crossing's entries and people sent back: not back through that crossing
    "people_sent_back_under_a_new_heading_are_the_hosts": (
        "Russians keep entering Kazakhstan. At Zhaisan, 1 700 Russians crossed into Kazakhstan on Tuesday, the "
        "border service said.\n\nDEPORTATIONS\n\nThe ministry also said that 11 men have been sent back to Russia "
        "since the decree for breaking the rules of stay.",
        ("Russia", date(2022, 10, 6), date(2022, 9, 21)),
        ("exits", 11, "Kazakhstan", date(2022, 9, 21), date(2022, 10, 6)),
    ),
    # the Yugoslav post of Blace's crossing, by its English name: the crossing's, as its other names
    "general_jankovic_is_blaces_other_side": (
        "BLACE - Refugees from Kosovo keep arriving at the Blace crossing. The line of people reached back to the "
        "Yugoslav post of General Janković this morning, and police said at least 2.500 people were waiting on the "
        "other side to cross.",
        ("Kosovo", date(1999, 4, 25), None),
        ("other", 2500, "Blace", date(1999, 4, 25), date(1999, 4, 25)),
    ),
    # a call-up's count in a sentence on a queue: the country calling up, not the queue's crossing
    "a_call_up_in_a_sentence_on_a_queue_is_the_origins": (
        "A week after Moscow announced the mobilisation of 300,000 reservists, the men who would not face the queue "
        "at Upper Lars are reaching Georgia through Turkey.",
        ("Russia", date(2022, 9, 28), date(2022, 9, 21)),
        ("other", 300000, "Russia", date(2022, 9, 21), date(2022, 9, 21)),
    ),
}


@pytest.mark.parametrize(("text", "document", "expected"), CASES.values(), ids=CASES.keys())
def test_the_place_of_the_row(text, document, expected):
    origin, published, trigger = document
    found = rows_of(expected[1], text, published=published, trigger=trigger, origin=origin)
    assert found and all(row == expected for row in found), found
