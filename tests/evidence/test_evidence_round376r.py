"""Rules added after the read of rounds 372-375 for figures not read and distractors (branch evr376r; sentences
and pages written for these tests)."""

from datetime import date
from functools import partial

from exodus.evidence import extract_observations
from exodus.evidence.document import parse_document
from tests.evidence.test_evidence_round70 import quantities, row

_rows = partial(quantities, published=date(2022, 10, 4), origin="Russia")


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Hundreds of Eritreans cross into Sudan at Hamdayet overnight | The Kassala Herald</title></head>
<body>
<div id="header"><a href="/">The Kassala Herald</a></div>
<div id="main">
<div class="article">
<h1>Hundreds of Eritreans cross into Sudan at Hamdayet overnight</h1>
<p class="byline">By Staff Reporter | Mar 4, 2021</p>
<p>KASSALA - Some 730 Eritreans crossed into Sudan at Hamdayet between Wednesday night and Thursday morning,
the refugee commissioner's office said, escaping renewed fighting on the other side of the Setit river.</p>
<p>Officials said buses were taking the new arrivals on to the transit centre at Village 8 in the afternoon.</p>
</div>
<div class="related"><h3>Related</h3><ul><li><a href="/a">Kassala market prices rise</a></li></ul></div>
<div class="article more">
<h2>Cotton harvest up 12% in Gezira scheme</h2>
<p>WAD MEDANI - The cotton harvest in the Gezira scheme rose by 12 per cent this season to about 95,000 tonnes,
the scheme's board said on Wednesday, and growers were paid on time for the first time in years.</p>
</div>
</div>
</body></html>"""


def test_a_second_story_block_does_not_stand_for_the_page():
    document = parse_document(_PAGE.encode(), "kassala.html")
    assert "730 Eritreans" in document.text
    assert "cotton harvest" not in document.text.lower()


def test_weeks_named_by_their_numbers_are_no_count():
    text = (
        "During week 40 some 31 200 Russian citizens entered Finland across the eastern border. "
        "In weeks 38 and 39 the number of Russian citizens entering was about 9 000 per week."
    )
    rows = _rows(text, published=date(2022, 10, 12))
    assert not [r for r in rows if r[1] in (38, 39)]


def test_a_count_after_two_weeks_stays_a_count():
    text = "In the past two weeks 36 people crossed into Finland at Vaalimaa, the Border Guard said."
    rows = _rows(text, published=date(2022, 10, 12))
    assert [r for r in rows if r[1] == 36]


def _values(tmp_path, text, published):
    """The values of every observation of a report (the "other" rows too, which `figures` leaves out)."""
    path = tmp_path / "report.txt"
    path.write_text(text)
    return [row(observation.figure)[1] for observation in extract_observations([path], published=published)]


def test_a_place_with_its_people_is_a_population(tmp_path):
    text = (
        "Russians keep crossing at Syrym into Kazakhstan. We found a hostel in Uralsk, 5,500 tenge each tonight. "
        "The city has 300 thousand people, it is big enough."
    )
    values = _values(tmp_path, text, date(2022, 9, 28))
    assert 300000 not in values


def test_room_for_people_is_a_capacity(tmp_path):
    text = (
        "Russians keep crossing at Syrym into Kazakhstan. We found a hostel in Uralsk, 5,500 tenge each tonight. "
        "Room for 14 people, one kitchen. The akimat has opened a school hall with space for 250 people."
    )
    values = _values(tmp_path, text, date(2022, 9, 28))
    assert 14 not in values and 250 not in values
