"""Rules added after the read of rounds 456-459 for places (branch evr460p; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed


def _rows(text, **kwargs):
    return placed(text, published=date(2022, 9, 29), trigger=date(2022, 9, 21), origin="Russia", **kwargs)


def test_the_side_a_report_is_about_absorbs_the_other_side_named_in_brackets_opposite_it():
    text = (
        "ATYRAU, 29 September 2022\n\nOn the situation at the Kurmangazy checkpoint\n\n"
        'The regional border department reports on the "Kurmangazy" road checkpoint on the state border '
        '(opposite the Russian post "Karaozek", Astrakhan region).\n\n'
        'On 28 September, 5 310 persons entered Kazakhstan through the checkpoint "Kurmangazy".\n\n'
        "This morning about 900 cars were queuing on the Russian side, before the Karaozek post. "
        'Since 21 September, 24 400 persons have crossed the checkpoint "Kurmangazy".'
    )
    rows = _rows(text)
    assert ("queue_vehicles", 900, "Kurmangazy") in rows
    assert not any(place == "Karaozek" for _quantity, _value, place in rows)


def test_the_side_named_more_often_absorbs_the_near_side_of_an_opposite_pair():
    text = (
        "KURMANGAZY\n\nOn the Kazakh border, the line at Karaozek, opposite Kazakhstan's Kurmangazy, was about "
        "8 km this morning, the Astrakhan region's administration said."
    )
    assert ("queue_length_km", 8, "Kurmangazy") in _rows(text)

