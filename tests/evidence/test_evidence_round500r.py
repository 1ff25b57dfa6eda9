"""Rules added after the read of rounds 496-503 for figures not read and distractors (branch evr500r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed, rows_of

LEADER_LIST = (
    "Since 20 September the State Border Committee has registered 31 250 arrivals of Russian citizens at the "
    "western checkpoints.\n\n"
    "Arrivals by checkpoint, 20-26 September:\n\n"
    "   Terehova ........................ 14 820\n"
    "   \"Grebneva\" (Rezekne region) ...... 9 310\n"
    "   Other crossings into Latvia ...... 7 120\n"
    "   Total in Latvia ................. 31 250\n\n"
    "In the same period, about 18 400 Russian citizens left Latvia through the same checkpoints.\n"
)


def test_an_unbulleted_item_whose_leader_dots_run_to_its_count_is_read_at_its_place():
    rows = placed(LEADER_LIST, published=date(2022, 9, 27), trigger=date(2022, 9, 21))
    assert ("entries", 14820, "Terehova") in rows
    assert ("entries", 9310, "Grebneva") in rows


def test_a_leader_dot_total_or_rest_is_not_read_as_an_item():
    rows = placed(LEADER_LIST, published=date(2022, 9, 27), trigger=date(2022, 9, 21))
    assert not [r for r in rows if r[1] == 7120]
    assert [r for r in rows if r[1] == 31250] == [("entries", 31250, "Latvia")]


def test_a_leader_dot_line_that_names_no_place_is_no_item():
    text = (
        "The customs post at the crossing reported a calm day.\n\n"
        "Vehicles cleared in the direction of exit on 3 October 2022 (yesterday):\n\n"
        "Cars .................................. 2,140\n"
        "Minibuses ............................. 1,020\n"
    )
    assert not rows_of(2140, text, published=date(2022, 10, 4), trigger=date(2022, 9, 21))
    assert not rows_of(1020, text, published=date(2022, 10, 4), trigger=date(2022, 9, 21))


def test_prose_after_a_list_by_country_takes_the_whole_named_above_the_list():
    text = (
        "In the past week, 41 700 Russian citizens entered the EU through the land border crossing points.\n\n"
        "Entries by Member State, past week:\n\n"
        "  Finland ............ 20 100\n"
        "  Estonia ............ 12 300\n"
        "  Latvia .............. 9 300\n\n"
        "Over the same period, some 22 900 Russian citizens left the EU towards Russia.\n"
    )
    rows = placed(text, published=date(2022, 9, 27), trigger=date(2022, 9, 21))
    assert ("entries", 9300, "Latvia") in rows
    assert [r for r in rows if r[1] == 22900] == [("exits", 22900, "European Union")]
