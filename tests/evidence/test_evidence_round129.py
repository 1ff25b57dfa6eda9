"""Place rules added after reading rounds 129-136 (branch evr129p; sentences written for these tests)."""

from tests.evidence.test_evidence_round70 import placed


def test_people_arriving_at_a_town_named_after_the_count_arrive_there_not_in_the_country():
    text = (
        "Sudanese reach Chad\n\nChad has taken in 3,000 Sudanese this week. About 640 more waded across the Lobo "
        "marshes at Kouloungo in the past two days, officials said."
    )
    assert placed(text, origin="Sudan")[1] == ("entries", 640, "Kouloungo")


def test_a_count_at_a_reception_site_stays_the_countrys():
    text = "Sudanese reach Chad\n\nSome 3,000 crossed into Chad on Friday. About 640 reached the reception site at Kouloungo."
    assert placed(text, origin="Sudan")[1] == ("entries", 640, "Chad")


def test_a_town_named_beside_another_from_where_they_came_is_not_where_they_were_counted():
    text = "Sudanese reach Chad\n\nSome 3,000 crossed into Chad on Friday. About 640 came over after the lorry from Kutum stopped at Kouloungo."
    assert placed(text, origin="Sudan")[1][2] != "Kouloungo"


def test_a_nationality_named_at_a_count_is_no_town():
    text = (
        "Trains into Kazakhstan fill up\n\nKazakhstan counted 9,000 arrivals from Russia this week. On Monday alone, 2,150 "
        "people left trains at Kazakh border stations, the railway said."
    )
    assert placed(text, origin="Russia")[1][2] == "Kazakhstan"
