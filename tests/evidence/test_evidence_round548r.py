"""Rules added after the read of rounds 548-551 for figures not read and distractors (branch evr548r; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

EGYPT_2011 = dict(published=date(2011, 3, 2), trigger=date(2011, 2, 17), origin="Libya")
GREECE_2015 = dict(published=date(2015, 10, 29), trigger=date(2015, 6, 1), origin="Syria")
HUNGARY_2022 = dict(published=date(2022, 3, 4), trigger=date(2022, 2, 24), origin="Ukraine")
RUSSIA_OCT = dict(published=date(2022, 10, 6), trigger=date(2022, 9, 21), origin="")


# moves inside one country told with the count (LABELLING.md: moves inside one country are no figure)


def test_people_carried_by_buses_from_a_crossing_to_towns_of_its_country_are_no_figure():
    text = (
        "In the past 24 hours, 7,480 people crossed at Salloum. The governorate's buses then carried about 5,100 "
        "Egyptians from Salloum to Cairo and Alexandria."
    )
    assert placed(text, **EGYPT_2011) == [("entries", 7480, "Salloum")]


def test_refugees_carried_free_of_charge_from_a_crossing_to_the_capital_are_no_figure():
    text = "Hungarian Railways has carried 21,000 refugees free of charge from Zahony to Budapest since the war began."
    assert placed(text, **HUNGARY_2022) == []


def test_citizens_carried_from_a_crossing_to_their_governorates_are_no_figure():
    text = (
        "Fifth: Since 20 February, 86,400 people have crossed at Salloum.\n"
        "Sixth: The Ministry of Transport has carried 41 600 Egyptian citizens from Sallum to their governorates on 830 "
        "buses free of charge."
    )
    assert placed(text, **EGYPT_2011) == [("entries", 86400, "Salloum")]


def test_people_who_left_a_town_for_a_town_of_another_country_still_left():
    assert placed("On Sunday 96 people left Moscow for Tbilisi.", **RUSSIA_OCT) == [("exits", 96, "Moscow")]


def test_people_who_sailed_from_a_port_to_an_island_over_the_sea_still_crossed():
    assert placed("Since Monday, 1,240 people sailed from Ayvalik to Lesbos.", **GREECE_2015) == [("exits", 1240, "Ayvalik")]


# parts named by who their people are (LABELLING.md: no figure)


MONGOLIA_SEPT = dict(published=date(2022, 9, 28), trigger=date(2022, 9, 21), origin="")
ETHIOPIA_2014 = dict(published=date(2014, 1, 10), trigger=date(2013, 12, 15), origin="South Sudan")


def test_a_part_of_ethnic_people_after_the_whole_restated_with_its_count_is_no_figure():
    text = (
        "Since 21 September 2 940 persons entered Mongolia through Altanbulag. Of the 2 940 persons who crossed there, "
        "about 2 200 are ethnic Buryats."
    )
    assert placed(text, **MONGOLIA_SEPT) == [("entries", 2940, "Altanbulag")]


def test_children_who_came_unaccompanied_among_the_children_counted_are_no_figure():
    text = (
        "In the past week 12,400 people crossed at Pagak. Among them are more than 6,000 children, including 510 who "
        "arrived unaccompanied."
    )
    assert placed(text, **ETHIOPIA_2014) == [("entries", 12400, "Pagak")]


# people housed in camps (LABELLING.md: no figure)


PAKISTAN_1980 = dict(published=date(1980, 1, 17), trigger=date(1979, 12, 27), origin="Afghanistan")
NEPAL_1992 = dict(published=date(1992, 3, 20), trigger=date(1990, 9, 19), origin="Bhutan")


def test_the_number_registered_in_the_tented_villages_is_people_housed():
    text = "3. The number of Afghan refugees registered in the 38 tented villages of the Province has risen to 2,85,000."
    assert placed(text, **PAKISTAN_1980) == []


def test_people_registered_at_the_camp_the_sentence_opens_on_are_people_housed():
    text = (
        "At the camp at Timai, near the Mai river, 8 460 people have been registered so far. In the past week 2 100 "
        "people crossed the Mechi bridge into Nepal."
    )
    assert placed(text, **NEPAL_1992) == [("entries", 2100, "Kakarbhitta")]


# people stopped before they crossed (LABELLING.md: people turned back are no figure)


def test_men_handed_a_summons_and_not_allowed_to_drive_on_were_stopped():
    text = (
        "Officers walked along the queue and handed summonses to men of call-up age. Drivers counted at least 14 men "
        "who were handed a summons and were not allowed to drive on to the border."
    )
    assert placed(text, **MONGOLIA_SEPT) == []


def test_callers_who_said_they_were_stopped_and_those_told_they_could_not_leave_were_stopped():
    text = (
        "At least 31 callers told us they were stopped by border guards at land crossings; 12 of them were told they "
        "could not leave the country."
    )
    assert placed(text, **MONGOLIA_SEPT) == []


def test_people_attempting_to_cross_who_were_intercepted_and_returned_were_stopped():
    text = (
        "In the past 24 hours, 1.980 persons arrived on Lesvos. In the same period 240 persons attempting to cross were "
        "intercepted by the Turkish Coast Guard and returned to the Turkish coast."
    )
    assert [value for _quantity, value, _place in placed(text, **GREECE_2015)] == [1980]


# parts named only by how their people came (as branch evr544r's)


def test_parts_of_them_in_cars_and_other_vehicles_and_on_foot_after_the_whole_are_no_figures():
    text = (
        "The Interior Ministry says 9,310 people entered Georgia through the checkpoint in the past 24 hours, 6,020 of "
        "them in cars and other vehicles and 3,290 on foot."
    )
    assert placed(text, **RUSSIA_OCT) == [("entries", 9310, "Georgia")]


# heights above the sea, no queue's length


def test_a_port_at_an_altitude_of_metres_has_no_queue_of_that_length():
    text = "At the Khankh port, which lies at an altitude of about 1 800 metres, there was no queue this morning."
    assert placed(text, **MONGOLIA_SEPT) == []


def test_a_checkpoint_at_metres_above_sea_level_has_no_queue_of_that_length():
    assert placed("The checkpoint, at 2 200 metres above sea level, had a queue this morning.", **MONGOLIA_SEPT) == []


# people taken home from a town that is not of the country fled (as branch evr536r's "flown home from")


def test_nationals_taken_home_from_an_airport_of_the_host_left_there():
    text = "Chinese authorities have taken 960 Chinese nationals home from Djerba airport since Sunday on three flights."
    assert placed(text, **EGYPT_2011) == [("exits", 960, "Djerba")]


# "went through" the control, as "passed through" it


def test_passport_holders_who_went_through_passport_control_entered():
    text = "In the past week alone, 1,180 Russian passport holders went through passport control at Larnaca."
    assert [(quantity, value) for quantity, value, _place in placed(text, **RUSSIA_OCT)] == [("entries", 1180)]


# people rescued at sea and transferred to the island or a port: landed there


def test_people_located_or_rescued_and_transferred_to_the_island_landed_on_it():
    text = (
        "In the past 24 hours, units of the Port Authority of Lesvos located or rescued and transferred to the island "
        "3.410 persons, who arrived from the opposite Turkish coast."
    )
    assert [(quantity, value) for quantity, value, _place in placed(text, **GREECE_2015)] == [("entries", 3410)]


def test_people_rescued_and_transferred_to_a_port_landed_there_and_those_taken_to_hospital_are_no_figure():
    text = "Yesterday 186 persons were rescued and transferred to the port of Molyvos, from where 12 were taken to the hospital."
    assert placed(text, **GREECE_2015) == [("entries", 186, "Molyvos")]
