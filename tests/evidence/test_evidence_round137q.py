"""Quantity and period rules added after reading rounds 137-140 (branch evr137q; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures


def moved(text, origin):
    return [(f.quantity, f.value, f.place) for f in figures(text, published=date(1960, 3, 9), trigger=None, origin=origin)]


def test_a_crossing_turned_back_over_is_the_way_they_went():
    text = "Families leave\n\nSome 180 people turned back over Medzitlija to the Greek side since Tuesday, the committee said.\n"
    assert moved(text, "Greece") == [("exits", 180, "Medzitlija")]


def test_a_crossing_gone_home_by_is_the_way_they_came_home():
    text = "Hondurans go home\n\nNear 350 Hondurans returned to their country by El Amatillo since Saturday, officials said.\n"
    assert moved(text, "Honduras") == [("entries", 350, "El Amatillo")]


def periods(text):
    return [(f.period.start, f.period.end) for f in figures(text, published=date(1960, 6, 9), trigger=None, origin="Dorland")]


def test_a_range_with_an_article_before_each_day_is_both_days():
    text = "Refugees reach Veran\n\nGuards counted 4,100 crossings into Veran at Kestel between the 28 May and the 2 June.\n"
    assert periods(text) == [(date(1960, 5, 28), date(1960, 6, 2))]


def test_a_range_from_the_day_to_the_day_of_a_month_is_those_days():
    text = "Refugees reach Veran\n\nInto Veran by Kestel entered 4,100 people from the day 1 to the day 9 of May.\n"
    assert periods(text) == [(date(1960, 5, 1), date(1960, 5, 9))]
