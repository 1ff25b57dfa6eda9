"""Rules added after the read of rounds 484-487 for places (branch evr488p; sentences written for these tests)."""

from tests.evidence.test_evidence_round70 import placed


def test_a_crossing_written_with_an_accented_capital_is_the_tables_plain_name():
    text = "On Sunday some 640 travellers from Belarus entered Lithuania through Šalčininkai, the border guard said."
    assert placed(text) == [("entries", 640, "Salcininkai")]


def test_a_town_written_with_a_cedilla_on_its_capital_is_the_tables_plain_name():
    text = "About 2,300 Iraqi Kurds were let into Turkey at Çukurca on Monday, officials said."
    assert placed(text) == [("entries", 2300, "Cukurca")]


def test_the_plain_spelling_still_reads_as_before():
    text = "On Sunday some 640 travellers from Belarus entered Lithuania through Salcininkai, the border guard said."
    assert placed(text) == [("entries", 640, "Salcininkai")]


def test_a_count_into_a_district_written_with_its_capital_is_at_the_seat_town():
    text = "Since Monday about 3,400 Burundians have crossed into Ngara District, officials said."
    assert placed(text) == [("entries", 3400, "Ngara")]


def test_a_count_into_a_district_the_registry_knows_is_at_the_seat_town():
    text = "Some 1,750 Congolese have crossed into Kisoro District since Sunday, officials said."
    assert placed(text) == [("entries", 1750, "Kisoro")]


def test_a_district_of_a_country_named_after_it_stays_the_countrys():
    text = "Some 1,750 Congolese have crossed into Kisoro District of Uganda since Sunday, officials said."
    assert placed(text) == [("entries", 1750, "Uganda")]


def test_a_district_in_lower_case_stays_the_countrys():
    text = "Some 1,750 Congolese have crossed into Kisoro district since Sunday, officials said."
    assert placed(text) == [("entries", 1750, "Uganda")]
