"""Rules added after reading round 70 (branch evr70b; sentences written for these tests)."""

from datetime import date

from exodus.evidence import extract_figures, parse_document
from exodus.evidence.when import find_times

PUBLISHED = date(2022, 9, 30)  # a Friday
DECREE = date(2022, 9, 21)


def figures(text, published=PUBLISHED, trigger=DECREE, origin="Russia"):
    document = parse_document(text.encode("utf-8"), "inline.txt")
    return extract_figures(document, published, trigger, origin)


def row(f):
    """A figure as the round tests compare it: quantity, value (else its bound), place and period."""
    return (f.quantity, f.value or f.value_high or f.value_low, f.place, f.period.start, f.period.end)


def rows_of(value, text, bounds=False, **kwargs):
    """The rows read from `text` whose value (or upper bound; with `bounds`, either bound) is `value`."""
    def kept(f):
        return value in (f.value, f.value_high, f.value_low) if bounds else (f.value or f.value_high) == value

    return [row(f) for f in figures(text, **kwargs) if kept(f)]


def periods(text, published):
    """The (start, end) of each period the time finder reads in `text` published on `published`."""
    return [(t.period.start, t.period.end) for t in find_times(text, published) if t.period]


def quantities(text, **kwargs):
    """The (quantity, value) of each figure read from `text`, in text order."""
    return [row(f)[:2] for f in figures(text, **kwargs)]


def values(rows):
    """The values of (quantity, value) rows, as `quantities` gives them."""
    return [value for _quantity, value in rows]


def placed(text, **kwargs):
    return [(f.quantity, f.value or f.value_high, f.place) for f in figures(text, **kwargs)]


def test_an_airport_named_by_its_own_name_is_its_city_named_in_the_headline():
    text = (
        "Tashkent airport fills with Russians\n\n"
        "Border officers counted 4,100 Russian citizens landing at Islam Karimov International Airport between "
        "Friday and Tuesday, officials said.\n\n"
        "In the week before the decree the airport received some 1,500 passengers from Russia."
    )
    assert placed(text) == [("entries", 4100, "Tashkent"), ("entries", 1500, "Tashkent")]


def test_a_wait_with_no_crossing_named_is_at_the_airport_named_before_written_as_its_city():
    text = (
        "Our reporter is at Domodedovo this morning, where flights leave for Yerevan and Dubai.\n\n"
        "Fares to Istanbul have tripled.\n\n"
        "One traveller said the queue at passport control had taken four hours on Thursday."
    )
    assert placed(text) == [("wait_hours", 4, "Moscow")]


def test_people_waiting_at_an_airport_named_in_their_paragraph_wait_there():
    text = "Our reporter is at Pulkovo. Staff said about 900 people were waiting on Thursday for any seat out."
    assert placed(text) == [("other", 900, "St Petersburg")]


def test_people_who_boarded_onward_flights_left_they_are_no_count_of_flights():
    text = (
        "Some 2,000 Russians arrived at Almaty airport on Tuesday. Of the new arrivals, about 800 boarded onward "
        "flights to Dubai and Istanbul the same day."
    )
    assert placed(text)[-1] == ("exits", 800, "Almaty")


def test_a_towns_passenger_port_is_a_crossing_and_those_sailing_back_leave_through_it():
    text = (
        "Police at Batumi's passenger port counted 1,300 Russians coming ashore from the Sochi ferry last week.\n\n"
        "The other way is quiet. Only about 90 Russians have boarded the ferry back to Sochi since Monday."
    )
    found = placed(text, origin="Russia")
    assert found[0] == ("entries", 1300, "Batumi")
    text = text.replace("Batumi's", "Poti's")
    assert placed(text, origin="Russia") == [("entries", 1300, "Poti"), ("exits", 90, "Poti")]


def test_reservists_who_would_be_called_up_are_a_call_up_on_the_day_it_was_announced():
    text = (
        "Since the president announced on 21 September that 300,000 reservists would be called up, about 9,000 "
        "Russians have entered Georgia."
    )
    assert [(f.quantity, f.value, f.place, f.period.start, f.period.end) for f in figures(text)][0] == (
        "other", 300000, "Russia", DECREE, DECREE
    )


def test_reservists_ordered_into_the_army_are_a_call_up_ordered_on_the_trigger_day():
    text = "Nine days after the president ordered 300,000 reservists into the army, the airports are still busy."
    assert [(f.quantity, f.value, f.place, f.period.start) for f in figures(text)] == [("other", 300000, "Russia", DECREE)]


def test_a_staff_and_a_fleet_of_aircraft_count_no_people():
    text = (
        "The consulate, built for a staff of 60, has taken in dozens. "
        "The airline, which flies a fleet of about 150 aircraft, has cut sales."
    )
    assert placed(text) == []


def dated(text, **kwargs):
    return [(f.quantity, f.value or f.value_high, f.place, f.period.start, f.period.end) for f in figures(text, **kwargs)]


def test_a_part_of_the_new_arrivals_takes_the_window_of_the_arrivals_since_the_trigger():
    text = (
        "Officials counted 6,000 Russians entering Armenia between 22 and 28 September.\n\n"
        "In the week before the decree only 2,000 arrived.\n\n"
        "Of the new arrivals, some 2,500 boarded onward flights to Dubai."
    )
    assert dated(text)[-1] == ("exits", 2500, "Armenia", date(2022, 9, 22), date(2022, 9, 28))


def test_this_indicator_is_the_quantity_before_translated():
    text = (
        "Through the checkpoint «Tazhen» from 22 to 28 September arrived 2 thousand 100 Russians. "
        "In the previous week this indicator made up 900 persons."
    )
    assert [row[:3] for row in dated(text)] == [("entries", 2100, "Tazhen"), ("entries", 900, "Tazhen")]


def test_leaving_through_the_post_named_after_its_noun_is_exits_there():
    text = (
        "Through the checkpoint «Tazhen» from 22 to 28 September arrived 2 thousand 100 Russians. "
        "In the opposite direction, from Kazakhstan to Russia, through the post «Tazhen» in the same period departed 300."
    )
    assert [row[:3] for row in dated(text)][-1] == ("exits", 300, "Tazhen")


def test_through_all_checkpoints_and_airports_is_the_countrys_count():
    text = (
        "Astana, 5 October. Since 21 September through all checkpoints and airports of the republic entered "
        "more than 90 thousand Russian citizens."
    )
    assert [row[:3] for row in dated(text, published=date(2022, 10, 5))] == [("entries", 90000, "Kazakhstan")]


def test_entering_the_country_in_a_paragraph_on_hotels_is_no_count_of_guests():
    text = (
        "The ministry said that more than 12,000 Russians had entered the country by air and sea since 21 September. "
        "Hotels in the port report that rooms have doubled in price."
    )
    assert [row[:2] for row in dated(text, origin="Russia")] == [("entries", 12000)]


def test_people_waiting_at_a_citys_terminal_and_hours_spent_in_it_are_there():
    text = (
        "The ferry office said some 800 people with tickets were waiting at the Vladivostok sea terminal on Sunday. "
        "Passengers who sailed on Saturday spent between five and seven hours in the terminal before boarding."
    )
    assert [row[:3] for row in dated(text)] == [("other", 800, "Vladivostok"), ("wait_hours", 7, "Vladivostok")]


def test_those_who_had_crossed_and_went_back_over_the_pass_left_through_the_crossing_named_before():
    text = (
        "Police at the Paso de Jama crossing counted 900 people coming over from Chile last week. "
        "About 60 Chileans who had crossed went back over the pass on Tuesday."
    )
    found = dated(text, published=date(1973, 10, 4), trigger=None, origin="Chile")
    assert [row[:3] for row in found][-1] == ("exits", 60, "Paso de Jama")


def test_busan_and_pusan_are_south_korean_cities():
    text = "Harbor police at Pusan said 9,000 refugees had come ashore on Monday."
    assert [row[:3] for row in dated(text, published=date(1950, 12, 20), trigger=None, origin="North Korea")] == [
        ("entries", 9000, "Pusan")
    ]


def test_people_put_ashore_on_a_named_island_came_in_there():
    text = "A freighter put about 6,000 refugees ashore on Cheju island on Monday, her master said."
    assert [row[:3] for row in dated(text, published=date(1950, 12, 20), trigger=None, origin="North Korea")] == [
        ("entries", 6000, "Cheju")
    ]


def test_people_carried_out_of_a_port_by_sea_or_taken_off_left_from_that_port():
    text = (
        "Some 20,000 civilians were carried out of Chinnampo by sea between Dec. 4 and Dec. 6, the Navy said, with "
        "the 3,000 troops and 900 vehicles of the 8th Army. An earlier sealift from Inchon, where about 4,000 were "
        "taken off on Dec. 1, was smaller."
    )
    found = dated(text, published=date(1950, 12, 20), trigger=None, origin="North Korea")
    assert [row[:3] for row in found] == [("exits", 20000, "Chinnampo"), ("exits", 4000, "Inchon")]
