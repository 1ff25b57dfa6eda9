"""Rules added after reading rounds 189-196 (branch evr189q; sentences written for these tests)."""

from datetime import date

from exodus.evidence.when import find_times


def _periods(text, published):
    return [(t.period.start, t.period.end) for t in find_times(text, published)]


def test_a_day_inside_a_since_phrase_after_an_adjective_opens_the_window():
    published = date(1987, 6, 20)
    assert _periods("About 4,500 people have crossed since the contested May 9 presidential run-off.", published) == [
        (date(1987, 5, 9), published)
    ]
    assert _periods("Some 1,200 have left since the disputed 14 June vote.", published) == [(date(1987, 6, 14), published)]


def test_an_event_begun_in_a_month_of_last_year_runs_from_that_month_to_publication():
    published = date(1987, 3, 2)
    assert _periods("Some 6,000 have fled since the revolt in the hills began in November last year.", published) == [
        (date(1986, 11, 1), published)
    ]



def test_a_place_and_its_region_between_commas_do_not_end_a_since_phrase():
    published = date(1975, 10, 8)
    text = "Since the raid on the mission at Santa Rosa, Loreto, on 2 September, 2,700 have crossed."
    assert _periods(text, published)[0] == (date(1975, 9, 2), published)
    # a day and the statement after it are no place and region: "since Sunday" stays from Sunday
    assert _periods("Since Sunday, the ministry said on Tuesday, 900 have crossed.", published)[0] == (date(1975, 10, 5), published)
