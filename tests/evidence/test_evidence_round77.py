"""Rules added after reading round 77 (branch evr77b; sentences written for these tests)."""

from tests.evidence.test_evidence_round70 import placed  # published on a Friday, origin Russia


def test_a_figure_said_to_be_withdrawn_or_disowned_is_no_count():
    text = "Officials now put arrivals in Armenia at 8,200 since September 21, replacing a withdrawn 9,900."
    assert [v for _q, v, _p in placed(text)] == [8200]
    text = "The agency had said 5,000 Russians entered Mongolia on Sunday, but retracted that figure a day later."
    assert placed(text) == []
    text = "A claim that 7,000 Russians a day were arriving in Georgia was quickly disowned by the ministry."
    assert placed(text) == []


def test_after_a_correction_the_figure_it_replaced_is_no_count():
    text = (
        "The guard corrected its tally on Tuesday. It now says 4,400 Russians entered Finland in the first week, "
        "not the 5,100 it gave on Monday."
    )
    assert [v for _q, v, _p in placed(text)] == [4400]


def test_a_country_people_went_on_to_is_not_where_a_later_count_came_in():
    text = (
        "Kazakhstan's interior ministry said on Wednesday that 50,000 Russian citizens had entered the country since the "
        "decree. Over the same days about 30,000 left again, most of them flying on to Turkey or the Gulf.\n\n"
        "The ministry also revised its tally for the first week. It now says 20,000 Russians came in during those seven days."
    )
    assert placed(text)[-1] == ("entries", 20000, "Kazakhstan")


def test_people_registered_as_entrepreneurs_are_businesses_not_a_count():
    text = "About 9,000 Russians registered as individual entrepreneurs in Armenia between April and July."
    assert placed(text) == []


def test_people_who_came_overland_through_a_crossing_came_in_there():
    text = "Some 3,100 Russians came overland from Georgia through the Bagratashen crossing in the week."
    assert placed(text) == [("entries", 3100, "Bagratashen")]


def test_a_year_after_until_is_no_count():
    text = "Kazakhstan, which kept its border open until 2019, says 1,500 Russians entered on Thursday."
    assert [v for _q, v, _p in placed(text)] == [1500]


def test_the_town_a_dispatch_is_datelined_from_is_a_place_where_the_gazetteer_lacks_it():
    text = (
        "ZHEZKAZGAN, Kazakhstan, Sept 30 (World Wire) - The town has filled with Russians.\n\n"
        "Here at Zhezkazgan, officials said 900 had come through on Thursday alone."
    )
    assert placed(text) == [("entries", 900, "Zhezkazgan")]
