"""Rules added after the read of rounds 596-599 for figures not read and distractors (branch evr596r; sentences written
for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import quantities, rows_of

MONGOLIA_2022 = dict(published=date(2022, 9, 29), trigger=date(2022, 9, 21), origin="Russia")
TIJUANA_2019 = dict(published=date(2019, 11, 21), trigger=None, origin="Honduras")
KOSOVO_1999 = dict(published=date(1999, 5, 7), trigger=date(1999, 3, 24), origin="Serbia")
AFGHANISTAN_2021 = dict(published=date(2021, 8, 23), trigger=date(2021, 8, 15), origin="Afghanistan")
MONTENEGRO_2022 = dict(published=date(2022, 10, 11), trigger=date(2022, 9, 21), origin="Russia")


def test_passengers_a_train_took_across_left_where_it_set_out():
    text = "On Wednesday the night train from Ulan-Ude took 385 passengers across at Naushki, the railway said."
    assert [r[:3] for r in rows_of(385, text, **MONGOLIA_2022)] == [("exits", 385, "Naushki")]


def test_refugees_staying_with_host_communities_or_with_families_counted_are_housed():
    first = "About 12,300 refugees are staying with host communities around Kumanovo, the municipality said."
    second = "In Tetovo, the Red Cross has registered 2,450 refugees staying with 380 families."
    assert quantities(first, **KOSOVO_1999) == []
    assert quantities(second, **KOSOVO_1999) == []


def test_names_a_waiting_list_had_are_people_waiting():
    text = "The waiting list, kept in a notebook at the foot of the bridge, had 940 names on Tuesday morning."
    assert [r[:2] for r in rows_of(940, text, **TIJUANA_2019)] == [("other", 940)]


def test_people_sent_back_through_a_crossing_named_are_exits():
    text = "Border guards sent 175 Afghans back through Serhetabat on Sunday, an aid worker in Herat said."
    assert [r[:2] for r in rows_of(175, text, **AFGHANISTAN_2021)] == [("exits", 175)]


def test_people_deprived_of_liberty_are_arrests():
    text = (
        "On 8 October, officers of the border police deprived of liberty 4 persons at the Sitnica border crossing on "
        "suspicion of smuggling foreigners across the state border."
    )
    assert [r[:2] for r in rows_of(4, text, **MONTENEGRO_2022)] == [("arrests", 4)]
