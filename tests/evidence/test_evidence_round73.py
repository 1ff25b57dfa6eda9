"""Rules added after reading round 73 (branch evr73b; sentences written for these tests)."""

from datetime import date

from exodus.evidence import extract_figures, parse_document

PUBLISHED = date(2022, 10, 5)  # a Wednesday
DECREE = date(2022, 9, 21)


def figures(text, published=PUBLISHED, trigger=DECREE, origin="Russia"):
    document = parse_document(text.encode("utf-8"), "inline.txt")
    return extract_figures(document, published, trigger, origin)


def placed(text, **kwargs):
    return [(f.quantity, f.value or f.value_high, f.place) for f in figures(text, **kwargs)]


def test_a_crossing_set_off_by_its_distance_is_not_where_a_later_queue_is():
    text = (
        "Guards said 900 Russians entered Estonia through the Koidula checkpoint last week.\n\n"
        "At the Piusa checkpoint, 25 km to the south, about 150 came through in the same week.\n\n"
        "On Tuesday the line of cars on the Russian side was about 2 km long."
    )
    assert placed(text)[-1] == ("queue_length_km", 2, "Koidula")
    text = text.replace(", 25 km to the south,", "")
    assert placed(text)[-1] == ("queue_length_km", 2, "Piusa")  # (named plainly: the last crossing named)


def test_a_crossing_further_along_the_border_is_an_aside_too():
    text = (
        "Guards said 900 Russians entered Estonia through the Koidula checkpoint last week. At Piusa, the smaller "
        "crossing further south, 150 came through.\n\n"
        "Drivers said on Tuesday they had waited 6 hours."
    )
    assert placed(text)[-1] == ("wait_hours", 6, "Koidula")
