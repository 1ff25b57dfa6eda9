"""Rules added after the read of rounds 540-543 for figures not read and distractors (branch evr540r; sentences written for these tests)."""

from datetime import date

from tests.evidence.test_evidence_round70 import placed, rows_of

RUSSIA_OCT = dict(published=date(2022, 10, 6), trigger=date(2022, 9, 21), origin="")
CONGO = dict(published=date(2017, 5, 16), trigger=date(2017, 4, 1), origin="Democratic Republic of the Congo")


# a count told in round figures beside its exact telling (LABELLING.md: a figure told twice is labelled once)


def test_more_than_a_round_count_beside_its_exact_telling_is_no_second_figure():
    text = (
        "More than 6,000 people entered Kazakhstan through Kurmangazy on Tuesday, the border service said.\n\n"
        "According to the department, 6 418 citizens of the Russian Federation entered through Kurmangazy on Tuesday, "
        "and 1 204 left for Russia."
    )
    assert placed(text, **RUSSIA_OCT) == [("entries", 6418, "Kurmangazy"), ("exits", 1204, "Kurmangazy")]


def test_nearly_a_round_count_since_a_day_beside_its_exact_telling_is_no_second_figure():
    text = (
        "Nearly 80,000 Russian citizens have landed at Dalaman Airport since 21 September, provincial figures show.\n\n"
        "According to the provincial directorate, 79,340 Russian citizens arrived at Dalaman Airport between 21 "
        "September and Wednesday."
    )
    assert placed(text, **RUSSIA_OCT) == [("entries", 79340, "Dalaman")]


def test_a_round_count_at_another_crossing_stays_a_figure():
    text = (
        "More than 6,000 people entered Kazakhstan through Kairak on Tuesday, the border service said. On the same "
        "day, 6 418 citizens of the Russian Federation entered through Kurmangazy."
    )
    assert placed(text, **RUSSIA_OCT) == [("entries", 6000, "Kairak"), ("entries", 6418, "Kurmangazy")]


def test_more_than_a_round_count_above_the_exact_one_stays_a_figure():
    text = (
        "More than 7,000 people entered Kazakhstan through Kurmangazy on Tuesday, the border service said. Of the "
        "arrivals on Monday, 6 418 citizens of the Russian Federation entered through Kurmangazy on Tuesday."
    )
    assert 7000 in [value for _quantity, value, _place in placed(text, **RUSSIA_OCT)]


# parts named by who their people are (LABELLING.md: no figure)


def test_a_part_of_them_unaccompanied_or_separated_from_their_families_is_no_figure():
    text = (
        "Since 1 April, 14,000 people have arrived in Angola from Kasai; some 7,600 are children, and 340 of them are "
        "unaccompanied or separated from their families."
    )
    assert placed(text, **CONGO) == [("entries", 14000, "Angola")]


def test_a_part_of_requests_from_men_is_no_figure():
    text = (
        "Since 21 September, 2,140 Russian nationals have arrived at Vienna airport. The asylum office has received 960 "
        "first applications from Russian nationals, 710 of them from men."
    )
    assert placed(text, **RUSSIA_OCT) == [("entries", 2140, "Vienna")]


def test_parts_named_by_peoples_names_of_any_ending_are_no_figures():
    text = (
        "Since September 21, 5,210 citizens of the Russian Federation have entered Mongolia through Altanbulag. Among "
        "those who entered are some 4,100 Buryats and about 310 Kalmyks, the authority said."
    )
    assert placed(text, **RUSSIA_OCT) == [("entries", 5210, "Altanbulag")]


# a stay registered, no crossing (LABELLING.md: registrations that tell no crossing are no figure)


def test_people_who_registered_a_temporary_stay_are_no_figure():
    text = (
        "Russians may stay in Kazakhstan for up to 90 days; the migration service says 6,300 have registered a "
        "temporary stay in Almaty since late September."
    )
    assert placed(text, **RUSSIA_OCT) == []


def test_people_registered_under_a_rule_to_register_a_place_of_stay_are_no_figure():
    text = (
        "Foreigners who stay longer than 30 days must register at their place of stay with the migration police; "
        "since 21 September, 3 820 citizens of the Russian Federation have been registered."
    )
    assert placed(text, **RUSSIA_OCT) == []


# a dotted thousand alone in a table's cell


def test_a_dotted_thousand_alone_in_a_table_cell_is_a_count():
    text = (
        "Russian nationals arriving at Vienna airport on flights from Istanbul (source: Federal Police):\n\n"
        "| Week | Arrivals |\n|---|---|\n| 21.09. - 27.09. | 640 |\n| 28.09. - 04.10. | 1.450 |\n"
    )
    assert 1450 in rows_of(1450, text, **RUSSIA_OCT)[0][:2]


# crossing on bicycles


def test_people_who_have_ridden_across_a_crossing_into_a_country_entered_it():
    text = "About 1,900 people have ridden across Upper Lars into Georgia since Monday, border police estimated."
    assert placed(text, **RUSSIA_OCT) == [("entries", 1900, "Verkhny Lars")]


def test_people_who_cycled_across_a_crossing_into_a_country_entered_it():
    text = "On Tuesday, some 640 people cycled across Upper Lars into Georgia, border police said."
    assert placed(text, **RUSSIA_OCT) == [("entries", 640, "Verkhny Lars")]


def test_a_tables_total_row_that_repeats_a_count_the_text_told_is_no_second_figure():
    text = (
        "Federal Police at Vienna airport counted 2,090 Russian nationals arriving on flights from Istanbul since "
        "21 September.\n\n"
        "| Week | Arrivals |\n|---|---|\n| 21.09. - 27.09. | 640 |\n| 28.09. - 04.10. | 1.450 |\n| Total | 2.090 |\n"
    )
    assert [value for _quantity, value, _place in placed(text, **RUSSIA_OCT)].count(2090) == 1
