"""Rules added after the read of rounds 328-331 for figures not read and distractors (branch evr332r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(2022, 9, 28)  # a Wednesday
DECREE = date(2022, 9, 21)


def _rows(text, origin="Russia", published=PUBLISHED, trigger=DECREE):
    rows = figures(text, published=published, trigger=trigger, origin=origin)
    return [(f.quantity, f.value, f.value_low, f.value_high, f.place) for f in rows]


def test_a_usual_day_before_the_event_said_with_on_and_no_article_is_no_figure():
    found = _rows(
        "Before the mobilisation through Verkhny Lars on usual day crossed 700-800 people. "
        "Yesterday 3,500 people crossed into Georgia at Verkhny Lars."
    )
    assert not [row for row in found if 700 in row or 800 in row], found
    assert [row for row in found if row[1] == 3500], found


def test_a_rate_before_the_event_on_a_named_day_is_still_read():
    found = _rows("Before the mobilisation, on Monday 3,500 people crossed into Georgia at Verkhny Lars.")
    assert [row for row in found if row[1] == 3500], found


def test_no_without_a_dot_after_a_word_names_a_thing():
    found = _rows("At Verkhny Lars hotels are full, people sleep in cars. The school No 4 gives toilet and hot water to those who crossed.")
    assert not [row for row in found if 4 in row], found


def test_people_who_registered_temporary_residence_are_no_arrivals():
    found = _rows(
        "The police said 4,730 Russian citizens registered temporary residence in Georgia in the past week, "
        "against about 900 a year earlier."
    )
    assert not [row for row in found if 4730 in row or 900 in row], found


def test_people_who_arrived_and_registered_temporary_residence_are_still_read():
    found = _rows("The police said 4,730 Russian citizens arrived in Georgia and registered temporary residence last week.")
    assert [row for row in found if row[1] == 4730], found


def test_a_house_number_before_its_street_is_no_count():
    found = _rows(
        "Tbilisi has opened a help centre for Russians who crossed at Verkhny Lars at 41 Rustaveli Avenue; "
        "3,500 people crossed there yesterday."
    )
    assert not [row for row in found if 41 in row], found
    assert [row for row in found if row[1] == 3500], found


def test_a_count_before_people_and_a_street_is_still_read():
    found = _rows("Yesterday 410 Russians crossed at Verkhny Lars and walked down Rustaveli Avenue.")
    assert [row for row in found if row[1] == 410], found
