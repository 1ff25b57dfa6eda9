"""`--scenario` adds the scenario's own places to the gazetteer, in the scenario's spelling."""

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from exodus.evidence import scenario_places, using_places
from exodus.evidence.cli import app
from exodus.evidence.gazetteer import CROSSING_EXIT_COUNTRY, canonical_country, find_places, scan
from exodus.io import load_scenario

ROOT = Path(__file__).resolve().parents[2]
MALI = ROOT.parent / "shared" / "flee-scenarios" / "mali"
needs_mali = pytest.mark.skipif(not (MALI / "input_csv").is_dir(), reason="needs ../shared/flee-scenarios/mali")

# camps of the Mali Flee scenario, each named in a sentence of its own (no country beside it)
REPORT = """Refugees flee northern Mali

NOUAKCHOTT, Feb 10 (Reuters) - More than 4,000 refugees have arrived at the Mbera camp since last week, \
the UN refugee agency UNHCR said on Friday.

Some 1,200 people reached Tabareybarey in the past two weeks, and about 800 arrived in MANGAIZE, UNHCR said.

A further 650 refugees arrived in Mentao on Wednesday, the agency said.

About 300 people arrived in Bobo Dioulasso on Thursday.
"""


def _extract(tmp_path, *scenario: str) -> list[dict]:
    report = tmp_path / "mali.txt"
    report.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "observations.csv"
    result = CliRunner().invoke(app, ["extract", str(report), "--published", "2012-02-10", "--out", str(out), *scenario])
    assert result.exit_code == 0, result.output
    with open(out, newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


@needs_mali
def test_flee_scenario_camps_are_places_in_the_scenario_spelling(tmp_path):
    rows = _extract(tmp_path, "--scenario", str(MALI))
    assert [(r["value"], r["place"], r["period_start"], r["period_end"]) for r in rows] == [
        ("4000", "Fassala-Mbera", "2012-01-30", "2012-02-10"),  # "Mbera": a part of the scenario's name
        ("1200", "Tabareybarey", "2012-01-27", "2012-02-10"),
        ("800", "Mangaize", "2012-01-27", "2012-02-10"),  # written in capitals in the report
        ("650", "Mentao", "2012-02-08", "2012-02-08"),
        ("300", "Bobo-Dioulasso", "2012-02-09", "2012-02-09"),  # a space for the hyphen
    ]
    assert all(r["quantity"] == "entries" for r in rows)


@needs_mali
def test_without_the_scenario_those_figures_fall_on_the_country_named(tmp_path):
    rows = _extract(tmp_path)
    # the built-in gazetteer knows none of these camps: the dateline's sentence goes to its city (read in capitals as
    # "Nouakchott, Feb 10" is); a dateline says where the reporter was, so the next paragraphs go to the country the
    # story is about, the one it names (Mali: wrong, it is where people fled from, which nothing here tells the
    # extractor), as does the last paragraph
    assert [(r["value"], r["place"]) for r in rows] == [
        ("4000", "Nouakchott"), ("1200", "Mali"), ("800", "Mali"), ("650", "Mali"), ("300", "Mali"),
    ]  # fmt: skip
    # told the origin, the story names no other country: those paragraphs take the dateline city's country
    rows = _extract(tmp_path, "--origin", "Mali")
    assert [r["place"] for r in rows[1:4]] == ["Mauritania"] * 3
    assert not {"Fassala-Mbera", "Tabareybarey", "Mangaize", "Mentao", "Bobo-Dioulasso"} & {r["place"] for r in rows}


@needs_mali
def test_scenario_countries_take_its_spelling_and_built_in_entries_stay():
    places = scenario_places(load_scenario(MALI))
    assert ("Fassala-Mbera", "city", "Mauritania") in [(p.name, p.kind, p.country) for p in places]
    with using_places(places):
        named = {(m.place.name, m.place.kind) for m in scan("Burkina Faso, Niamey, Tbilisi, Verkhny Lars")}
        assert named == {("Burkina_Faso", "country"), ("Niamey", "city"), ("Tbilisi", "city"), ("Verkhny Lars", "crossing")}
        # a demonym of a renamed country names it too; the built-in cities of that country follow it
        assert [m.place.name for m in scan("Burkinabe refugees")] == ["Burkina_Faso"]
        assert find_places("Ouagadougou")[0].place.country == "Burkina_Faso"
        assert canonical_country("burkina faso".title()) == "Burkina_Faso"
        # transliteration variants: accents, a doubled letter written once, another case
        assert [m.place.name for m in scan("Mbéra, Bobo-Dioulaso, TIMBUKTU")] == ["Fassala-Mbera", "Bobo-Dioulasso", "Timbuktu"]
    # outside the block the built-in gazetteer is back
    assert [m.place.name for m in scan("Burkina Faso, Mangaize")] == ["Burkina Faso"]


def test_a_scenario_yaml_name_that_a_built_in_entry_spells_takes_the_scenario_spelling():
    scenario = load_scenario("russia-2022")
    places = scenario_places(scenario)
    lars = next(p for p in places if p.name == "Verkhny Lars")
    assert (lars.kind, lars.country, lars.exit_country) == ("crossing", "Georgia", "Russia")  # from crossings.csv
    assert [m.place.name for m in scan("St. Petersburg")] == ["St Petersburg"]
    with using_places(places):
        assert [m.place.name for m in scan("St. Petersburg and Saint-Petersburg")] == ["Saint Petersburg"] * 2
        assert [m.place.name for m in scan("Upper Lars")] == ["Verkhny Lars"]  # the built-in aliases still fold
        found = scan("the Torfyanovka-Vaalimaa checkpoint")  # the scenario's whole name, longer than the built-in one
        assert [(m.place.name, m.place.kind, m.place.country) for m in found] == [("Torfyanovka-Vaalimaa", "crossing", "Finland")]
        assert CROSSING_EXIT_COUNTRY["Torfyanovka-Vaalimaa"] == "Russia"
    assert "Torfyanovka-Vaalimaa" not in CROSSING_EXIT_COUNTRY


def test_countries_written_as_initials_match_only_as_written_and_take_the_full_name():
    class Scenario:  # the two things scenario_places reads from a loaded scenario (as the Flee car scenario writes them)
        import pandas as pd

        places = pd.DataFrame({"name": ["Bangui", "Bimbo", "Goma"], "kind": ["conflict_zone", "town", "camp"],
                               "country": ["CAR", "CAR", "DRC"]})  # fmt: skip
        tables: dict = {}

    with using_places(scenario_places(Scenario())):
        found = scan("CAR, Bangui, the Central African Republic, Congo, Goma")
        assert [(m.place.name, m.place.kind) for m in found] == [
            ("CAR", "country"), ("Bangui", "city"), ("CAR", "country"), ("DRC", "country"), ("Goma", "city"),
        ]  # fmt: skip
        assert find_places("Goma")[0].place.country == "DRC"
        assert scan("Car queues") == []  # a short name in capitals: only as written



def _built_in_state():
    text = "Saint-Petersburg, the Torfyanovka-Vaalimaa checkpoint, Upper Lars"
    return dict(CROSSING_EXIT_COUNTRY), [(m.place.name, m.place.kind, m.place.country) for m in scan(text)]


def test_the_built_in_gazetteer_is_back_after_a_block_that_raises():
    from exodus.evidence import gazetteer

    places = scenario_places(load_scenario("russia-2022"))
    before, generation = _built_in_state(), gazetteer.generation()
    with pytest.raises(RuntimeError, match="mid-extraction"):
        with using_places(places):
            assert _built_in_state() != before
            raise RuntimeError("mid-extraction")
    assert _built_in_state() == before
    assert "Torfyanovka-Vaalimaa" not in CROSSING_EXIT_COUNTRY
    assert gazetteer.generation() != generation  # caches of the scenario's answers are not reused


def test_extract_with_a_scenario_restores_the_gazetteer_when_a_report_is_refused(tmp_path):
    before = _built_in_state()
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")  # refused while the scenario's places are in
    result = CliRunner().invoke(
        app,
        ["extract", str(tmp_path / "empty.txt"), "--published", "2022-09-30", "--out", str(tmp_path / "o.csv"),
         "--scenario", "russia-2022"],
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert "file is empty" in result.output
    assert _built_in_state() == before
    assert "Torfyanovka-Vaalimaa" not in CROSSING_EXIT_COUNTRY  # also when an earlier test left it swapped
    assert [m.place.name for m in scan("St. Petersburg")] == ["St Petersburg"]
