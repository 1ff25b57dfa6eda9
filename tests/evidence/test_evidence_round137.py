"""Place rules added after reading rounds 137-140 (branch evr137p; sentences written for these tests)."""

from tests.evidence.test_evidence_round70 import placed


def test_people_who_crossed_there_crossed_at_the_crossing_named_before_not_in_the_country():
    text = (
        "Queues into Georgia\n\nThe busiest post, Verkhny Lars, lies on the old military road. According to Georgia's "
        "interior ministry, about 5,400 people crossed there into Georgia on Sunday."
    )
    assert placed(text, origin="Russia")[0] == ("entries", 5400, "Verkhny Lars")


def test_people_who_landed_there_landed_at_the_town_named_before():
    text = (
        "Russians fly south\n\nIn Turkey, charter firms have moved flights to the airport at Antalya. About 3,100 Russians "
        "have landed there since Friday, the operator said."
    )
    assert placed(text, origin="Russia")[0] == ("entries", 3100, "Antalya")


def test_there_after_another_counts_verb_is_not_this_counts_place():
    text = (
        "Russians fly south\n\nAbout 3,100 Russians have flown into Turkey since Friday, bringing the number of Russians "
        "who have arrived there since March to about 60,000."
    )
    assert placed(text, origin="Russia")[0] == ("entries", 3100, "Turkey")


def test_a_count_naming_no_place_under_a_border_towns_dateline_is_the_towns():
    text = (
        "NACHOD, Czechoslovakia, July 29 (AP) - Jews leaving Poland after the pogrom are pouring over the frontier.\n\n"
        "Border police said today that 2,300 crossed on Saturday alone."
    )
    assert placed(text, origin="Poland") == [("entries", 2300, "Nachod")]


def test_a_count_naming_no_place_under_a_capitals_dateline_stays_the_countrys():
    text = "MADRID, Spain, Sept. 30 - Refugees keep arriving.\n\nOn Monday alone 640 came in, officials said."
    assert placed(text, origin="Poland") == [("entries", 640, "Spain")]
