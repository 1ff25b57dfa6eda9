"""A long report costs each paragraph's work a bounded number of times, whatever came before it."""

from datetime import date

from exodus.evidence import extract_figures, parse_document
from exodus.evidence import figures as figures_module


def test_a_report_that_names_no_crossing_is_walked_back_over_once(monkeypatch):
    # every figure looks for the crossing named before ("the crossing", "crossed"): with none named,
    # each used to read every paragraph before it again (a megabyte of them took 45 s)
    count = 300
    text = "\n".join(
        f"About {1000 + i:,} people crossed on Monday, and the queue at the crossing reached {5 + i % 20} km." for i in range(count)
    )
    read = []
    places_of = figures_module._Context.unlisted_places
    monkeypatch.setattr(figures_module._Context, "unlisted_places", lambda self, index: read.append(index) or places_of(self, index))
    found = extract_figures(parse_document(text.encode(), "long.txt"), date(2022, 9, 30))
    assert len(found) == 2 * count
    assert len(read) < 10 * count


def test_a_transcript_whose_questions_name_no_time_is_walked_back_over_once(monkeypatch):
    # an answer with no date of its own takes the time the questions before it name: with none named,
    # each answer used to read every question before it again
    count = 200
    text = "\n".join(
        f"Q: What did you see at the border?\nA: About {1000 + i:,} people crossed into Georgia."
        for i in range(count)
    )
    read = []
    present = figures_module._PRESENT

    class Counted:
        def search(self, *arguments):
            read.append(arguments)
            return present.search(*arguments)

    monkeypatch.setattr(figures_module, "_PRESENT", Counted())
    found = extract_figures(parse_document(text.encode(), "transcript.txt"), date(2022, 9, 30))
    assert len(found) == count
    assert len(read) < 10 * count


def test_the_rows_of_a_long_table_are_read_once_for_its_lead_in(monkeypatch):
    # each number of a row looked for the table's lead-in by reading up to 60 rows above it again
    count = 400
    text = "Arrivals by crossing point:\n| Crossing | Arrivals |\n|---|---|\n" + "\n".join(
        f"| Upper Lars | {1000 + i:,} |" for i in range(count)
    )
    read = []
    is_row = figures_module.table_row
    monkeypatch.setattr(figures_module, "table_row", lambda line: read.append(line) or is_row(line))
    found = extract_figures(parse_document(text.encode(), "table.txt"), date(2022, 9, 30))
    assert len(found) == count
    assert len(read) < 20 * count
