"""Rules added after the read of rounds 428-431 for places (branch evr432p; sentences written for these tests)."""

from datetime import date

from exodus.evidence.document import _unshout
from tests.evidence.test_evidence_round70 import placed

_WIRE = (
    "VIENNA, NOV. 30 (AP) -- THE STREAM OF REFUGEES FROM HUNGARY WENT ON TODAY IN FOG AND RAIN, AND AUSTRIAN OFFICIALS "
    "SAID THE CAMPS NEAR THE BORDER WERE FULL AGAIN BY NIGHTFALL.\n\n"
    "ON THURSDAY 2,150 HUNGARIANS CROSSED THE FRONTIER AT NICKELSDORF, THE POLICE SAID. MANY OF THEM HAD WALKED ALL "
    "NIGHT THROUGH THE FIELDS WITH SMALL CHILDREN AND A FEW BAGS.\n\n"
    "THE RED CROSS SAID IT HAD RUN SHORT OF BLANKETS AND ASKED FOR MORE HELP FROM THE WEST."
)


def test_a_wire_in_capitals_is_read_in_ordinary_case():
    rows = placed(_WIRE, published=date(1956, 11, 30), trigger=None, origin="Hungary")
    assert ("entries", 2150, "Hegyeshalom") in rows  # (the gazetteer names the crossing by its Hungarian side)


def test_unshouting_keeps_names_calendar_words_and_short_acronyms():
    text = _unshout(_WIRE + "\n\nUN OFFICIALS SAID 400 MORE WERE WAITING IN THE AREA OF GORNJAK ON MONDAY.")
    assert len(text) == len(_WIRE) + len("\n\nUN OFFICIALS SAID 400 MORE WERE WAITING IN THE AREA OF GORNJAK ON MONDAY.")
    assert "crossed the frontier at Nickelsdorf" in text
    assert "On Thursday 2,150 Hungarians" in text
    assert "UN officials" in text
    assert "area of Gornjak on Monday" in text


def test_a_text_in_ordinary_case_is_left_as_written():
    # (guard) a few words in capitals in a report in ordinary case change nothing
    text = "KYIV - The UNHCR said 2,000 people CROSSED at Medyka on Friday, and the flow went on all week long. " * 3
    assert _unshout(text) == text


def test_a_bare_came_across_after_a_country_count_in_its_paragraph_is_the_countrys():
    text = (
        "EISENSTADT, Nov. 28 - Families kept coming through the marsh.\n\n"
        "About 2,100 of them came over the Andau bridge, gendarmes said.\n\n"
        "The ministry said 61,000 refugees have entered Austria since Nov. 4. Over the weekend 5,300 came across, "
        "a spokesman said."
    )
    rows = placed(text, published=date(1956, 11, 28), trigger=None, origin="Hungary")
    assert ("entries", 5300, "Austria") in rows
    assert ("entries", 5300, "Andau") not in rows


def test_a_bare_came_across_in_the_paragraph_of_the_crossing_stays_the_crossings():
    # (guard) the crossing named in the count's own paragraph keeps the bare "came across"
    text = (
        "EISENSTADT, Nov. 28 - Families kept coming through the marsh.\n\n"
        "About 2,100 of them came over the Andau bridge on Monday, gendarmes said. On Tuesday 1,300 more came across."
    )
    rows = placed(text, published=date(1956, 11, 28), trigger=None, origin="Hungary")
    assert ("entries", 1300, "Andau") in rows


def test_subotica_is_a_town_of_its_own():
    text = (
        "BELGRADE, Dec. 3 - The flow from Hungary into Yugoslavia goes on.\n\n"
        "On Monday 930 Hungarians crossed the frontier in the area of Subotica, the police said."
    )
    rows = placed(text, published=date(1956, 12, 3), trigger=None, origin="Hungary")
    assert ("entries", 930, "Subotica") in rows


def test_into_our_country_under_a_dateline_town_is_the_countrys():
    text = (
        "SUBOTICA, 5 December - Refugees keep coming over the fields.\n\n"
        "Since 1 December came over the border into our country some 2 thousand 700 Hungarian citizens, the "
        "secretariat informs."
    )
    rows = placed(text, published=date(1956, 12, 5), trigger=None, origin="Hungary")
    assert ("entries", 2700, "Serbia") in rows  # (the gazetteer's country of Subotica; the labels' Yugoslavia)
    assert ("entries", 2700, "Subotica") not in rows
