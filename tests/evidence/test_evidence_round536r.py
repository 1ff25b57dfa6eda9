"""Rules added after the read of rounds 536-539 for figures not read and distractors (branch evr536r; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed

RUSSIA_OCT = dict(published=date(2022, 10, 12), trigger=date(2022, 9, 21), origin="")
KARABAKH = dict(published=date(2023, 9, 28), trigger=date(2023, 9, 19), origin="Azerbaijan")
SOUTH_SUDAN = dict(published=date(2016, 7, 26), trigger=date(2016, 7, 7), origin="South Sudan")
LIBYA = dict(published=date(2011, 3, 15), trigger=date(2011, 2, 20), origin="Libya")
EAST_TIMOR = dict(published=date(1999, 9, 17), trigger=date(1999, 9, 4), origin="East Timor")
CUBA = dict(published=date(1980, 5, 15), trigger=date(1980, 4, 20), origin="Cuba")
IRAQ = dict(published=date(1991, 4, 9), trigger=date(1991, 4, 3), origin="Iraq")
IRAQ_2003 = dict(published=date(2003, 4, 1), trigger=date(2003, 3, 20), origin="Iraq")
MAURITANIA = dict(published=date(1989, 5, 9), trigger=date(1989, 4, 24), origin="Mauritania")


# parts named by who their people are (LABELLING.md: no figure)


def test_a_part_after_among_them_were_is_no_figure():
    text = (
        "Khujand airport has received 21,430 passengers on flights from Russian cities since September 21, the airport "
        "said. Among them were about 2,300 citizens of the Russian Federation, most of them men of call-up age."
    )
    assert placed(text, **RUSSIA_OCT) == [("entries", 21430, "Khujand")]


def test_a_part_after_among_the_arrivals_there_are_is_no_figure():
    text = (
        "Since Sunday, 12 400 persons have arrived in Armenia through the Hakari bridge. Among the arrivals there are "
        "about 5 200 children."
    )
    assert [quantity for quantity, _value, _place in placed(text, **KARABAKH)] == ["entries"]


def test_a_part_among_all_those_who_entered_named_by_their_work_is_no_figure():
    text = (
        "Some 80,000 people have entered West Timor since 4 September. Among all those who have entered are some 900 "
        "Dili civil servants and their families."
    )
    assert [value for _quantity, value, _place in placed(text, **EAST_TIMOR)] == [80000]


def test_parts_under_an_age_and_of_them_unaccompanied_or_separated_children_are_no_figures():
    text = (
        "- Since 7 July, 41,200 South Sudanese have crossed into Uganda.\n"
        "- Children make up 60% of the new arrivals: some 24,700 are under 18, and 950 of them are unaccompanied or "
        "separated children, registered by the Uganda Red Cross."
    )
    assert [value for _quantity, value, _place in placed(text, **SOUTH_SUDAN)] == [41200]


def test_a_nationality_that_accounts_for_a_part_of_those_who_crossed_is_no_figure():
    text = (
        "Some 96,000 people have crossed at Ras Ajdir since 20 February. Egyptians account for about 41,000 of those "
        "who have crossed, followed by Tunisians."
    )
    assert [value for _quantity, value, _place in placed(text, **LIBYA)] == [96000]


def test_a_part_of_them_named_by_citizenship_is_no_figure():
    text = "According to the police, 1,310 people entered Estonia through Narva yesterday, 1,040 of them Russian citizens."
    assert placed(text, published=date(2022, 9, 30)) == [("entries", 1310, "Narva")]


# parts of vehicles counted, named by their kind


def test_a_part_of_a_queue_named_by_its_vehicles_kind_is_no_figure():
    text = (
        "The queue towards the checkpoint Verkhny Lars extends for about 12 km. In the queue there are about 2 600 "
        "vehicles, of them around 400 freight vehicles."
    )
    assert [value for quantity, value, _place in placed(text) if quantity == "queue_vehicles"] == [2600]


def test_a_part_of_a_queue_among_them_buses_is_no_figure():
    text = "At the checkpoint the queue was some 240 vehicles, among them 12 buses."
    assert [value for _quantity, value, _place in placed(text)] == [240]


# registrations and accounts: no crossing (LABELLING.md)


def test_foreign_citizens_registered_as_individual_entrepreneurs_are_no_figure():
    text = (
        "Since 21 September, 2 140 citizens of Russia have entered Georgia. In its first week the office served 900 "
        "citizens; 420 foreign citizens were registered as individual entrepreneurs."
    )
    assert [value for _quantity, value, _place in placed(text, **RUSSIA_OCT)] == [2140]


def test_an_office_that_registered_citizens_as_entrepreneurs_and_accounts_opened_are_no_figures():
    text = (
        "Since 21 September, 2 140 citizens of Russia have entered Georgia. Since 21 September the agency has "
        "registered 1,912 citizens of the Russian Federation as individual entrepreneurs, and 806 have opened "
        "accounts in commercial banks of Georgia, the bank said."
    )
    assert [value for _quantity, value, _place in placed(text, **RUSSIA_OCT)] == [2140]


def test_people_who_opened_bank_accounts_after_the_count_of_entries_are_no_figure():
    text = "Since 21 September, 2 140 citizens of Russia have entered Georgia, and 806 have opened bank accounts."
    assert [value for _quantity, value, _place in placed(text, **RUSSIA_OCT)] == [2140]


def test_sole_trader_businesses_registered_are_no_figure():
    text = (
        "Since 21 September, 2 140 citizens of Russia have entered Serbia. Russian citizens had founded 211 companies "
        "and registered 402 sole-trader businesses since 21 September."
    )
    assert [value for _quantity, value, _place in placed(text, **RUSSIA_OCT)] == [2140]


def test_returning_migrants_registered_at_job_centres_are_no_figure():
    text = (
        "Dushanbe airport has received 14,300 passengers from Russia since September 21. The Ministry said 1,310 "
        "returning migrants had registered at its job centres since the start of October."
    )
    assert [value for _quantity, value, _place in placed(text, **RUSSIA_OCT)] == [14300]


# counts not read


def test_boat_captains_arrested_are_arrests():
    text = "KEY WEST, Fla., May 15 - Customs agents arrested 27 boat captains at Key West on Wednesday."
    assert [(quantity, value) for quantity, value, _place in placed(text, **CUBA)] == [("arrests", 27)]


def test_people_flown_home_from_a_town_of_the_host_are_exits_from_it():
    text = "AMMAN, 1 April 2003 - IOM has flown 1,200 third-country nationals home from Amman since 22 March."
    assert placed(text, **IRAQ_2003) == [("exits", 1200, "Amman")]


def test_people_carried_home_from_a_town_of_the_country_fled_are_still_entries():
    text = "DAKAR, 9 May 1989 - The air bridge has carried 11,400 Senegalese home from Nouakchott to Dakar since Thursday."
    assert placed(text, **MAURITANIA) == [("entries", 11400, "Dakar")]


def test_people_who_came_down_at_a_place_named_are_entries_there():
    text = "CUKURCA, Turkey, April 9 - In the past 24 hours alone, 7,500 came down at Isikveren and 2,800 at Uzumlu."
    assert placed(text, **IRAQ) == [("entries", 7500, "Isikveren"), ("entries", 2800, "Uzumlu")]


def test_a_fare_paid_a_person_is_a_fare():
    text = "KEY WEST, Fla., May 15 - Relatives said they had paid captains between $1,000 and $2,000 a person for the trip."
    assert [(quantity, value) for quantity, value, _place in placed(text, **CUBA)] == [("flights_price_usd", 2000)]


# distractors


def test_boats_named_by_their_nation_are_no_people():
    text = (
        "KEY WEST, Fla., May 15 - The Coast Guard estimates that about 900 American boats remain anchored in Mariel "
        "harbor, waiting for passengers."
    )
    assert placed(text, **CUBA) == []
