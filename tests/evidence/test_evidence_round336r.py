"""Rules added after the read of rounds 332-335 for figures not read and distractors (branch evr336r; sentences
written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round328q import _found  # published Sunday 20 March 2022, origin Ukraine


def test_an_age_in_brackets_after_a_first_name_is_no_count():
    # (a speaker's line of a transcript whose words are of waiting: without the rule the age is read as people waiting)
    text = (
        "On Saturday 2,640 people entered Moldova.\n\n[02:02] VOLUNTEER (Olena, 31): People are waiting here since the"
        " morning, hundreds of them at the gate."
    )
    assert _found(text, value=31) == [], _found(text, value=31)
    found = _found(text)
    assert found == [("entries", 2640, "Moldova", date(2022, 3, 19), date(2022, 3, 19))], found


def test_a_year_in_a_conventions_name_is_no_count():
    text = "Refugees keep crossing into Moldova. Moldova will continue to receive those who flee, in accordance with the 1951 Convention."
    assert _found(text, value=1951) == [], _found(text, value=1951)


def test_a_number_in_an_agreements_name_is_no_count():
    text = (
        "About 2,640 persons remain at the Palanca post, awaiting entry. Under the CA-4 Agreement of 2006, nationals of"
        " Honduras may enter with an identity document."
    )
    assert _found(text, value=4) == [], _found(text, value=4)
    assert _found(text), _found(text)
