"""Rules added after reading round 70 (branch evr70b; sentences written for these tests)."""

from datetime import date

from exodus.evidence import extract_figures, parse_document

PUBLISHED = date(2022, 9, 30)  # a Friday
DECREE = date(2022, 9, 21)


def figures(text, published=PUBLISHED, trigger=DECREE, origin="Russia"):
    document = parse_document(text.encode("utf-8"), "inline.txt")
    return extract_figures(document, published, trigger, origin)


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


def test_a_wait_with_no_crossing_named_is_at_the_airport_named_before():
    text = (
        "Our reporter is at Domodedovo this morning, where flights leave for Yerevan and Dubai.\n\n"
        "Fares to Istanbul have tripled.\n\n"
        "One traveller said the queue at passport control had taken four hours on Thursday."
    )
    assert placed(text) == [("wait_hours", 4, "Domodedovo")]


def test_people_waiting_at_an_airport_named_in_their_paragraph_wait_there():
    text = "Our reporter is at Pulkovo. Staff said about 900 people were waiting on Thursday for any seat out."
    assert placed(text) == [("other", 900, "Pulkovo")]


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
