"""Rules added after the read of rounds 468-471 for figures not read and distractors (branch evr472r; sentences
written for these tests)."""

from tests.evidence.test_evidence_round70 import placed


def test_numbered_places_with_leader_dots_to_their_counts_are_items_of_the_list():
    text = (
        "From Friday to Sunday, Russian citizens entered Finland at the following border crossing points:\n\n"
        "1. Niirala .......... 2 140\n"
        "2. Vartius .......... 315\n"
    )
    assert placed(text) == [("entries", 2140, "Niirala"), ("entries", 315, "Vartius")]


def test_bulleted_places_with_leader_dots_to_their_counts_are_items_of_the_list():
    text = (
        "Over the weekend, Russian citizens entered Finland at the following border crossing points:\n\n"
        "- Vaalimaa ........ 1,940\n"
        "- Imatra .......... 410\n"
    )
    assert placed(text) == [("entries", 1940, "Vaalimaa"), ("entries", 410, "Imatra")]


def test_a_count_told_again_after_the_is_read_once():
    text = (
        "Some 9,300 Russian citizens arrived in Mongolia through Altanbulag from September 21 to Sunday, border "
        "officials said.\n\n"
        "A spokesman said the figure of 9,300 entries at Altanbulag shows that the border remains open."
    )
    assert placed(text) == [("entries", 9300, "Altanbulag")]


def test_a_count_told_again_by_its_counters_word_is_read_once():
    text = (
        "More than 12,400 Russian citizens have entered Kazakhstan through Kairak since September 21, the border "
        "service said.\n\n"
        "The KNB count of more than 12,400 entries at Kairak does not tell those who stay from those who fly on."
    )
    assert [row for row in placed(text) if row[1] == 12400] == [("entries", 12400, "Kairak")]


def test_the_same_number_of_a_new_count_after_the_is_kept():
    text = (
        "On Monday 1,200 Afghans crossed into Pakistan at Torkham, officials said. Another 1,200 crossed at Chaman.\n\n"
        "Separately, police said that 1,200 trucks waited at the gate."
    )
    assert [row[1] for row in placed(text)].count(1200) >= 2


def test_the_year_of_a_laws_title_is_no_count():
    text = (
        "In the past two days, police have detained 31 persons who tried to enter Pakistan through unfrequented routes "
        "near Chaman. Cases have been registered under the Foreigners Act, 1946."
    )
    assert [row[1] for row in placed(text, origin=None)] == [31]


def test_the_year_of_an_act_after_its_comma_is_no_entry():
    text = (
        "Since Friday, 2,400 Somalis have crossed into Kenya at Liboi. All new arrivals are registered in accordance "
        "with the Refugees Act, 2006."
    )
    assert placed(text, origin=None) == [("entries", 2400, "Liboi")]
