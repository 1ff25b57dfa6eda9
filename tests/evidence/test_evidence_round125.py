"""Place rules added after reading rounds 125-128 (branch evr125p; sentences written for these tests)."""

import pytest

from tests.evidence.test_evidence_round70 import placed


def test_people_arriving_at_a_town_set_off_by_commas_arrive_there_not_in_the_country():
    text = "Somalis reach Kenya\n\nSome 3,000 crossed into Kenya on Friday. Farther west, at Qarsoweyn, about 700 arrived on Monday."
    assert placed(text, origin="Somalia")[1] == ("entries", 700, "Qarsoweyn")


# each fare sentence follows a count at the crossing its ride ends at
FARES = {
    "from a town the gazetteer lacks to the crossing": (
        "Russia", "Vaalimaa", "A seat in a van from Kondopoga to the crossing costs $120, a driver said.", "Kondopoga - Vaalimaa"
    ),
    "asked by owners in a town": (
        "Somalia", "Mandera", "Truck owners in Baidoa are asking about $35 for a seat to Mandera.", "Baidoa - Mandera"
    ),
    "as far as the pass": (
        "Afghanistan", "Torkham", "Drivers in Jalalabad ask $12 for a seat as far as the pass.", "Jalalabad - Torkham"
    ),
    "with a spaced dash between hyphenated towns": (
        "Russia", "Kholmsk", "The cheapest seat Yuzhno-Kurilsk - Seoul cost $900 on Friday.", "Yuzhno-Kurilsk - Seoul"
    ),
}


@pytest.mark.parametrize("origin, crossing, sentence, route", FARES.values(), ids=FARES.keys())
def test_a_fare_runs_along_the_route_its_sentence_names(origin, crossing, sentence, route):
    text = f"Crowds at {crossing}\n\nSome 2,000 people crossed at {crossing} on Monday, officials said. {sentence}"
    assert ("flights_price_usd", route) in [(q, place) for q, _value, place in placed(text, origin=origin)]


def test_a_boat_fare_naming_no_route_runs_from_the_far_shore_named_before_to_the_crossing():
    text = (
        "Crowds at Zongo\n\nSome 900 people crossed the river from Bangui into Zongo on Friday, officials said. "
        "Boatmen were asking $6 a person for the crossing on Saturday."
    )
    assert ("flights_price_usd", 6, "Bangui - Zongo") in placed(text, origin="Central African Republic")
