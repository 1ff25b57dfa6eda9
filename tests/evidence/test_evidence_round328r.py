"""Rules added after the read of rounds 324-327 for figures not read and distractors (branch evr328r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import figures

PUBLISHED = date(1989, 9, 14)  # a Thursday
OPENING = date(1989, 9, 10)


def _rows(text, origin="East Germany", published=PUBLISHED, trigger=OPENING):
    rows = figures(text, published=published, trigger=trigger, origin=origin)
    return [(f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end) for f in rows]


def test_a_sum_in_austrian_schillings_is_money_not_people():
    found = _rows("In the reception camps each arriving citizen of the GDR receives 700 schillings, the ministry said.")
    assert not [row for row in found if row[1] == 700], found


def test_a_sum_in_schillings_beside_a_count_leaves_the_count_alone():
    found = _rows("Since Monday 1,900 East Germans crossed into Austria; each receives 700 schillings on arrival.")
    assert found == [("entries", 1900, "Austria", date(1989, 9, 11), date(1989, 9, 14))], found


def test_a_telephone_number_with_its_area_code_before_a_slash_is_no_figure():
    text = "About 2,300 persons left on Monday. Families of those who left: telephone 041/2-33-17."
    found = _rows(text, origin="Bulgaria", published=date(1989, 6, 22), trigger=date(1989, 6, 1))
    assert found == [("departures_total", 2300, "Bulgaria", date(1989, 6, 19), date(1989, 6, 19))], found


def test_an_hour_with_its_part_of_the_day_after_since_is_a_time_not_a_count():
    text = "Since 7 in the morning the post has let through about 1,250 people, the volunteers there report."
    found = _rows(text, origin="Russia", published=date(2022, 9, 27), trigger=date(2022, 9, 21))
    assert not [row for row in found if row[1] == 7], found
    assert [row for row in found if row[1] == 1250], found


def test_an_hour_with_its_part_of_the_day_after_at_is_a_time_not_a_count():
    found = _rows("We left home at 5 in the morning and crossed at Troitsk by noon.", origin="Russia", published=date(2022, 9, 27), trigger=date(2022, 9, 21))
    assert found == [], found


def test_a_day_and_month_with_a_stop_after_on_is_a_day_not_a_count():
    text = "On 27.09 through the post at Troitsk about 4 150 people left for Kazakhstan, the volunteers counted."
    found = _rows(text, origin="Russia", published=date(2022, 9, 29), trigger=date(2022, 9, 21))
    assert not [row for row in found if row[1] in (27.09, 27.1, 27)], found
    assert [row for row in found if row[1] == 4150], found


def test_a_day_and_month_with_a_stop_after_a_weekday_is_a_day_not_a_count():
    text = "On Tuesday 27.09 some 4 150 people crossed at Troitsk, the volunteers counted."
    found = _rows(text, origin="Russia", published=date(2022, 9, 29), trigger=date(2022, 9, 21))
    assert not [row for row in found if row[1] in (27.09, 27.1, 27)], found


def test_a_day_and_month_with_a_stop_in_brackets_is_a_day_not_a_count():
    text = "The border guards said that yesterday (28.09) 4 150 people entered through Troitsk."
    found = _rows(text, origin="Russia", published=date(2022, 9, 29), trigger=date(2022, 9, 21))
    assert not [row for row in found if row[1] in (28.09, 28.1, 28)], found
