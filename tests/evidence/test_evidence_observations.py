"""Merging figures from many reports: copies are not counted twice, disagreements are flagged."""

import csv
from dataclasses import replace
from datetime import date
from pathlib import Path

from exodus.evidence import (
    OBSERVATION_COLUMNS,
    SCENARIO_COLUMNS,
    Period,
    extract_observations,
    parallel,
    rows,
    write_csv,
    write_table,
)
from exodus.evidence import observations as observations_module
from exodus.evidence.observations import same_story_groups
from exodus.evidence import read_document

TEXTS = Path(__file__).parent / "texts"
SHARED_OBSERVATIONS = Path(__file__).resolve().parents[2].parent / "shared" / "russia2022" / "observations.csv"
WIRE, COPY, OTHER = (
    TEXTS / name for name in ("dup_06a_altanbulag.txt", "dup_06b_altanbulag_copy.txt", "dup_06c_altanbulag_other.txt")
)
DECREE = date(2022, 9, 21)


def test_columns_follow_the_shared_observation_schema():
    with open(SHARED_OBSERVATIONS, newline="", encoding="utf-8") as stream:
        assert next(csv.reader(stream)) == OBSERVATION_COLUMNS


def test_syndicated_copy_is_recognised_as_the_same_story():
    documents = [read_document(path) for path in (WIRE, OTHER, COPY)]
    assert same_story_groups(documents) == [0, 1, 0]


def test_copy_published_a_day_later_adds_no_rows():
    alone = extract_observations([WIRE], date(2022, 9, 27), DECREE)
    with_copy = extract_observations([WIRE, COPY], [date(2022, 9, 27), date(2022, 9, 28)], DECREE)
    assert len(with_copy) == len(alone) == 3
    assert all(observation.also_in == [str(COPY)] for observation in with_copy)


def test_same_file_twice_is_counted_once():
    assert len(extract_observations([WIRE, WIRE], date(2022, 9, 27), DECREE)) == 3


def test_disagreeing_figures_for_one_quantity_place_and_period_are_flagged():
    observations = extract_observations([WIRE, OTHER], [date(2022, 9, 27), date(2022, 9, 28)], DECREE)
    table = {row["id"]: row for row in rows(observations)}
    queues = [row for row in table.values() if row["quantity"] == "queue_length_km"]
    assert sorted(float(row["value"]) for row in queues) == [2, 5]
    assert {row["period_start"] for row in queues} == {"2022-09-26"}
    first, second = queues
    assert first["flags"] == f"disagrees:{second['id']}" and second["flags"] == f"disagrees:{first['id']}"
    unflagged = [row for row in table.values() if row["quantity"] != "queue_length_km"]
    assert all(row["flags"] == "" for row in unflagged)


def test_rows_carry_source_span_and_how_the_period_was_resolved(tmp_path):
    observations = extract_observations([WIRE], date(2022, 9, 27), DECREE)
    out = tmp_path / "observations.csv"
    write_csv(rows(observations), out)
    with open(out, newline="", encoding="utf-8") as stream:
        table = list(csv.DictReader(stream))
    first = table[0]
    text = WIRE.read_text(encoding="utf-8")
    assert text[int(first["span_start"]) : int(first["span_end"])] == "More than 3,000"
    assert (first["quantity"], first["value"], first["value_low"], first["place"]) == (
        "entries",
        "3000",
        "3000",
        "Altanbulag",
    )
    assert first["direction"] == "from Russia into Mongolia" and first["publication_date"] == "2022-09-27"
    assert "since the mobilisation order" in first["note"]
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


class _Measures:
    """A scenario's measures as `rows` asks them: queues at Altanbulag computed, within the run."""

    def measure(self, quantity, place, quote):
        return ("border:queue", place) if quantity == "queue_length_km" else None

    def within_run(self, start, end):
        return bool(start)


def test_table_written_in_two_halves_is_the_table(tmp_path, monkeypatch):
    """`write_table` with its second half made in a child writes what `write_csv(rows(...))` writes."""
    monkeypatch.setattr(observations_module, "MIN_ROWS_APART", 2)
    monkeypatch.setattr(parallel, "spare_core", lambda: True)
    observations = extract_observations([WIRE, OTHER], [date(2022, 9, 27), date(2022, 9, 28)], DECREE)
    observations[1].figure = replace(observations[1].figure, period=Period(None, None, "undated"))
    for measures, columns in ((None, None), (_Measures(), SCENARIO_COLUMNS)):
        table = rows(observations, measures)
        dated = [row for row in table if row["period_start"] or measures is None]
        write_csv(dated, tmp_path / "one.csv", columns)
        assert write_table(observations, tmp_path / "two.csv", measures) == (
            len(dated),
            sum(row["use"] == "check" for row in dated),
        )
        assert (tmp_path / "two.csv").read_bytes() == (tmp_path / "one.csv").read_bytes()
    assert len(observations) >= 4 and len(dated) == len(observations) - 1


def test_an_origin_given_by_another_of_its_names_is_the_gazetteers_country(tmp_path):
    """Branch evr66b: "East Timor" given as the origin is Timor-Leste, so that a place named for it is the origin's."""
    report = tmp_path / "report.txt"
    report.write_text("Officials in Kupang said 3,000 people from East Timor had arrived since Monday.", encoding="utf-8")
    [found] = extract_observations([report], date(1999, 9, 9), origin="East Timor")
    assert (found.figure.quantity, found.figure.place) == ("entries", "")  # (not Timor-Leste, the place they left)


def test_a_slot_of_many_lists_the_first_ten_others_and_counts_the_rest():
    """Fourteen rows of one quantity, place and period: each lists ten of the others by id (the first ten but
    itself), then how many more; the rows past the first eleven all list the first ten."""
    figure = extract_observations([WIRE], date(2022, 9, 27), DECREE)[0].figure
    observations = [
        observations_module.Observation(replace(figure, value=1000.0 + n), "", date(2022, 9, 27), 0) for n in range(14)
    ]
    observations_module._flag_disagreements(observations)
    ids = [f"E{n:03d}" for n in range(1, 15)]
    for n, observation in enumerate(observations):
        others = [row for row in ids[:11] if row != ids[n]][:10]
        assert observation.flags == [f"disagrees:{';'.join(others)};+3 more"]
    assert observations[11].flags == observations[13].flags == [f"disagrees:{';'.join(ids[:10])};+3 more"]
