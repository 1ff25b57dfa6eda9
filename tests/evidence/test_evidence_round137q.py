"""Quantity and period rules added after reading rounds 137-140 (branch evr137q; sentences written for these tests)."""

from datetime import date

import pytest

from tests.evidence.test_evidence_round70 import figures


def moved(text, origin):
    return [(f.quantity, f.value, f.place) for f in figures(text, published=date(1960, 3, 9), trigger=None, origin=origin)]


def test_a_crossing_turned_back_over_is_the_way_they_went():
    text = "Families leave\n\nSome 180 people turned back over Medzitlija to the Greek side since Tuesday, the committee said.\n"
    assert moved(text, "Greece") == [("exits", 180, "Medzitlija")]


def test_a_crossing_gone_home_by_is_the_way_they_came_home():
    text = "Hondurans go home\n\nNear 350 Hondurans returned to their country by El Amatillo since Saturday, officials said.\n"
    # ((branch evr552q) people named by their nationality going home leave at the crossing: exits there, as LABELLING.md
    # reads people going back home and round 393 labels "526 Honduran nationals have returned voluntarily to their country
    # through the Agua Caliente border post")
    assert moved(text, "Honduras") == [("exits", 350, "El Amatillo")]


def periods(text):
    return [(f.period.start, f.period.end) for f in figures(text, published=date(1960, 6, 9), trigger=None, origin="Dorland")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a range with "the" before either day, as translations write it
        ("Guards counted 4,100 crossings into Veran at Kestel between the 28 May and the 2 June.", (date(1960, 5, 28), date(1960, 6, 2))),
        ("Into Veran by Kestel entered 4,100 people from the day 1 to the day 9 of May.", (date(1960, 5, 1), date(1960, 5, 9))),
        # a range closed by "up to and including" a day
        ("From 2 May up to and including Sunday 29 May, 4,100 people crossed into Veran at Kestel.", (date(1960, 5, 2), date(1960, 5, 29))),
        # a running total that ends on the day a cable is dated, or a speaker gave it
        ("According to a cable dated June 7, at least 4,100 people have crossed into Veran since the start of April.", (date(1960, 4, 1), date(1960, 6, 7))),
        (
            "The minister, speaking in parliament on Tuesday, put at about 4,100 the number of refugees who have entered Veran since 1 May.",
            (date(1960, 5, 1), date(1960, 6, 7)),
        ),
    ],
)
def test_a_periods_days_as_written(sentence, expected):
    assert periods("Refugees reach Veran\n\n" + sentence + "\n") == [expected]


def test_passengers_departing_are_leaving_and_the_closing_day_of_their_window_is_no_count():
    text = (
        "Airports busy\n\nKestel airport handled 9,700 passengers departing on international flights between "
        "Thursday, May 26, and Wednesday, June 1.\n"
    )
    assert [(f.quantity, f.value, f.period.end) for f in figures(text, published=date(1960, 6, 9), trigger=None, origin="Veran")] == [
        ("exits", 9700, date(1960, 6, 1))
    ]
