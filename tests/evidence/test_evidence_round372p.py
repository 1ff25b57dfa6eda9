"""Rules added after the read of rounds 368-371 for places (branch evr372p; sentences written for these tests)."""

from datetime import date

from exodus.evidence.gazetteer import canonical_place, scan
from exodus.evidence.scoring import _same_place
from tests.evidence.test_evidence_round70 import rows_of


def test_a_line_reaching_back_towards_a_post_named_later_is_the_crossing_the_report_names():
    # the line's tail (a post the report names later) is not where the queue, or the wait told after it, is; with no
    # crossing named before, the one other crossing the report names
    text = (
        "Wednesday, 28 September 2022.\n\n"
        "08:10. Traffic police say the jam from the checkpoint back towards Gveleti is now about 11 km long. "
        "A driver from Samara tells me: \"We have stood 30 hours.\"\n\n"
        "10:30. Police at the Gveleti post, 20 km from the border, stop men of call-up age.\n\n"
        "12:00. At Verkhny Lars itself the border guards let people through in groups of twenty."
    )
    published = dict(published=date(2022, 9, 28), trigger=date(2022, 9, 21))
    assert [r[2] for r in rows_of(11, text, **published)] == ["Verkhny Lars"]
    assert [r[2] for r in rows_of(30, text, **published)] == ["Verkhny Lars"]


def test_the_kazakh_spellings_of_sharbakty_are_the_crossing():
    assert canonical_place("Shcherbakty") == canonical_place("Sharbakty") == "Kulunda"
    assert canonical_place("Sherbakty") == "Kulunda"


def test_a_world_crossing_opening_with_a_countrys_name_is_read_whole():
    # "Mali Zvornik" is the Serbian side of Zvornik, not the country Mali and then Zvornik
    assert [(m.place.name, m.place.kind) for m in scan("They crossed at Mali Zvornik on foot.")] == [("Zvornik", "crossing")]
    assert _same_place("Mali Zvornik", "Zvornik")
    # the country alone is still the country
    assert [m.place.name for m in scan("Aid reached Mali and Niger.")] == ["Mali", "Niger"]


def test_an_accented_bridge_name_is_its_crossing():
    assert canonical_place("Pavlović Bridge") == canonical_place("Badovinci") == "Pavlovica Most"


def test_officials_there_count_at_the_place_named_before():
    # "the sub-prefect there": the crossing point named before the count, not the prefecture's country
    text = (
        "CORRESPONDENT: The Guinean authorities in Gueckedou told me that this week some 9,000 Liberians have crossed "
        "into the prefecture. Most come over the Makona River in canoes, at a string of crossing points, and the busiest "
        "of them is Nongoa, about thirty kilometres from the town. Yesterday alone the sub-prefect there counted about "
        "1,500 people arriving.\n\n"
        "CORRESPONDENT: On Saturday I watched about two hundred men cross back at Nongoa."
    )
    rows = rows_of(1500, text, published=date(1990, 6, 12), trigger=None)
    assert [r[2] for r in rows] == ["Nongoa"], rows
