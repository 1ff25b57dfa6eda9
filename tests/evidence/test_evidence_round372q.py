"""Rules added after the read of rounds 368-371 for periods and quantities (branch evr372q; sentences written for
these tests)."""

from datetime import date

from exodus.evidence.when import find_times
from tests.evidence.test_evidence_round70 import rows_of

PUBLISHED = date(2014, 8, 12)  # a Tuesday


def _found(text, value, origin="Syria", published=PUBLISHED, trigger=None):
    return rows_of(value, text, bounds=True, published=published, trigger=trigger, origin=origin)


def test_a_time_after_told_that_is_what_was_told_not_the_day_of_telling():
    said = [t.statement for t in find_times("The guards told us that since Monday about 3,000 people have crossed.", PUBLISHED)]
    assert said == [False]
    said = [t.statement for t in find_times("The guards told me that in the past 24 hours 900 people came over.", PUBLISHED)]
    assert said == [False]
    # the day of telling itself still is one
    said = [t.statement for t in find_times("The guards told reporters on Monday that 3,000 people had crossed.", PUBLISHED)]
    assert said == [True]


def test_a_day_singled_out_in_the_clause_after_is_the_next_counts_not_this_ones():
    text = (
        "Police at the bridge told us that since 1 June, when the new camp across the river finally opened its gates, "
        "more than 9,000 people have crossed the bridge at Peshkhabour, and that on Sunday alone they counted 1,500."
    )
    rows = _found(text, 9000)
    assert rows and rows[0][3:] == (date(2014, 6, 1), PUBLISHED), rows
    rows = _found(text, 1500)
    assert rows and rows[0][3:] == (date(2014, 8, 10), date(2014, 8, 10)), rows


def test_an_undated_said_of_another_speaker_does_not_take_the_leads_day_of_telling():
    published = date(2008, 2, 8)  # a Friday
    lead = (
        "Chadians keep coming into Kousseri\n\n"
        "Some 30 000 Chadians have crossed into Cameroon at Kousseri since the attack, the prefect of the department "
        "told our paper on Thursday.\n\n"
    )
    other = lead + "The gendarmes have arrested 17 armed men in Kousseri since Monday, the regional commander said."
    rows = _found(other, 17, origin="Chad", published=published)
    assert rows and rows[0][3:] == (date(2008, 2, 4), published), rows
    # the same speaker's undated "said" still runs to the day the lead dated
    same = lead + "The gendarmes have arrested 17 armed men in Kousseri since Monday, the prefect said."
    rows = _found(same, 17, origin="Chad", published=published)
    assert rows and rows[0][3:] == (date(2008, 2, 4), date(2008, 2, 7)), rows
