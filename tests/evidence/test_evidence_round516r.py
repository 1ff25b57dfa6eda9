"""Rules added after the read of rounds 516-519 for figures not read and distractors (branch evr516r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import rows_of


def test_a_daily_average_set_after_its_count_by_a_comma_is_no_figure():
    text = (
        "Over the past five days, 9,315 refugees were received at the Kiryandongo reception centre, an average of "
        "about 1,860 persons per day, the district officials said."
    )
    assert [r[0] for r in rows_of(9315, text, published=date(2016, 7, 20))] == ["entries"]
    assert rows_of(1860, text, published=date(2016, 7, 20)) == []


def test_a_daily_average_named_daily_after_its_count_is_no_figure():
    text = "Since 1 March, more than 42,000 migrants have entered Colombia at Necocli, a daily average of 2,210, officials said."
    assert rows_of(2210, text, published=date(2023, 3, 20)) == []


def test_a_daily_average_with_a_count_of_its_own_sentence_still_reads_the_count():
    text = "In the past week 18,200 people crossed into Chad at Adre, an average of 2,600 a day, UNHCR said."
    assert [r[0] for r in rows_of(18200, text, published=date(2023, 6, 10))] == ["entries"]
    assert rows_of(2600, text, published=date(2023, 6, 10)) == []


def test_people_an_office_registered_as_asylum_seekers_are_no_figure():
    text = (
        "Since January, 6,240 people have crossed into Rwanda at Nemba. The Ministry has so far registered some 3 480 "
        "persons as asylum seekers at the transit centre."
    )
    assert rows_of(3480, text, published=date(2015, 5, 12)) == []
    assert [r[0] for r in rows_of(6240, text, published=date(2015, 5, 12))] == ["entries"]


def test_people_registered_as_asylum_seekers_in_the_passive_are_no_figure():
    text = "A total of 2 115 persons have been registered as asylum-seekers in Nchelenge district since August."
    assert rows_of(2115, text, published=date(2017, 10, 9)) == []
