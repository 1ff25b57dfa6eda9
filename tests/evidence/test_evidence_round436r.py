"""Rules added after the read of rounds 432-435 for figures not read and distractors (branch evr436r; sentences
written for these tests)."""

from datetime import date

from exodus.evidence.figures import _phone_numbers
from tests.evidence.test_evidence_round70 import quantities, values


def test_exit_refused_to_people_is_no_figure():
    text = (
        "On Sunday 1,400 Russians crossed into Kazakhstan at Karauzyak. At the same post the guards refused exit to "
        "31 men who carried call-up papers."
    )
    rows = quantities(text, published=date(2022, 9, 27), origin="Russia")
    assert 31 not in values(rows), rows
    assert 1400 in values(rows), rows


def test_people_refused_with_no_were_and_refusals_are_no_figure():
    text = (
        "Between 1 and 8 October the monitors counted 54 men refused exit and 9 detained at the Pskov posts. In "
        "Karelia they noted 27 refusals of exit."
    )
    rows = quantities(text, published=date(2022, 10, 10), origin="Russia")
    assert 54 not in values(rows), rows
    assert 27 not in values(rows), rows
    assert ("arrests", 9.0) in rows, rows


def test_a_part_of_the_refused_that_was_detained_is_an_arrest():
    text = (
        "The guards at the station refused exit to 40 men on the evening train; military police detained 11 of "
        "them and took them to the draft office in Saratov."
    )
    rows = quantities(text, published=date(2022, 9, 28), origin="Russia")
    assert ("arrests", 11.0) in rows, rows
    assert 40 not in values(rows), rows


def test_a_contact_centres_number_and_a_bracketed_code_with_spaced_pairs_are_phones():
    text = "Answers on residence can be had by calling the contact centre 1550 or 8 (7112) 51 40 33. Call the contact center 1660."
    phones = [text[start:end] for start, end in _phone_numbers(text, len(text))]
    assert phones == ["1550 or 8", "8 (7112) 51 40 33", "1660"], phones


def test_a_year_after_a_quarter_or_a_half_is_no_count():
    text = (
        "Some 3,100 Russians entered Armenia last week. Card payments from Russia reached USD 410 million in Q3 2022, "
        "against USD 95 million in Q3 2021, and should ease in H2 2023."
    )
    rows = quantities(text, published=date(2022, 10, 20), origin="Russia")
    assert 2022 not in values(rows) and 2021 not in values(rows) and 2023 not in values(rows), rows
    assert 3100 in values(rows), rows


def test_a_year_naming_a_forecast_is_no_count():
    text = (
        "Since 21 September some 88,000 Russians entered Armenia. We lift our 2023 export growth forecast to 6%. "
        "Our 2022 inflation estimate stands at 8.4%."
    )
    rows = quantities(text, published=date(2022, 10, 20), origin="Russia")
    assert 2023 not in values(rows) and 2022 not in values(rows), rows
    assert 88000 in values(rows), rows


def test_the_oldest_and_the_age_limit_are_ages():
    text = (
        "The governor said 4,000 reservists had been called up in the region, and the oldest of them was 57. The "
        "upper age limit for sergeants is 45. Summonses also reached men over 60, the upper limit for officers."
    )
    rows = quantities(text, published=date(2022, 9, 30), origin="Russia")
    assert 57 not in values(rows) and 45 not in values(rows) and 60 not in values(rows), rows
