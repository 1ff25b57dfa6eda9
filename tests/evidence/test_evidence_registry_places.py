"""Regions the gazetteer lacks, read from the ISO 3166-2 subdivisions (pycountry) when the text
writes them as regions (all texts written for these tests)."""

import json
from datetime import date

import pytest

from exodus.evidence import extract_figures, parse_document
from exodus.evidence import gazetteer
from exodus.evidence.gazetteer import registry_regions, scan

pytest.importorskip("pycountry")

PUBLISHED = date(2021, 6, 14)  # a Monday


def figures(text):
    return extract_figures(parse_document(text.encode("utf-8"), "inline.txt"), PUBLISHED, None, None)


def regions(text):
    return [(text[m.start : m.end], m.place.name, m.place.kind) for m in registry_regions(text, len(text), scan(text))]


def test_a_town_only_the_registry_knows_puts_the_figure_at_its_country():
    text = (
        "Officials in Sakon Nakhon province said the river crossings were busy.\n\n"
        "About 1,800 people crossed into Sakon Nakhon on Sunday, a provincial official said.\n"
    )
    assert not [m for m in scan(text) if "Nakhon" in text[m.start : m.end]]  # the gazetteer lacks it
    (figure,) = figures(text)
    assert (figure.quantity, figure.value, figure.place) == ("entries", 1800, "Thailand")
    assert (figure.period.start, figure.period.end) == (date(2021, 6, 13), date(2021, 6, 13))


def test_without_its_region_noun_a_name_is_not_looked_up():
    text = "About 1,800 people crossed into Sakon Nakhon on Sunday, a provincial official said.\n"
    assert regions(text) == []
    assert [f.place for f in figures(text)] != ["Thailand"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They reached Uganda's Koboko district.", [("Koboko", "Uganda", "country")]),
        ("They arrived in the province of Kirundo.", [("Kirundo", "Burundi", "country")]),
        ("Most went on to the Ziguinchor and Kolda regions.", [("Ziguinchor", "Senegal", "country"), ("Kolda", "Senegal", "country")]),
        ("They arrived in Cross River State.", [("Cross River", "Nigeria", "country")]),
        ("They reached Hasakah governorate.", [("Hasakah", "Syria", "country")]),  # the registry's "Al Hasakah"
        ("They reached the Zamora Chinchipe province.", [("Zamora Chinchipe", "Ecuador", "country")]),  # "Zamora-Chinchipe"
        ("They crossed at Busia district.", []),  # Busia is a district of Uganda and a county of Kenya: none
        ("The Central region is quiet.", []),  # a subdivision of many countries
        ("In the state of emergency, Reading stayed calm.", []),  # no capital after the noun, no noun after the name
        ("They crossed into Rostov region.", []),  # a name the gazetteer knows keeps its reading
    ],
)
def test_regions_named_as_regions(text, expected):
    assert regions(text) == expected


@pytest.mark.parametrize(
    "build, kept, holds",
    [
        (gazetteer._subdivision_index, "subdivisions-*.json", lambda index: index["mae hong son"] == "Thailand" and "busia" not in index),
        (  # (branch evair) the airports' index, from airportsdata
            gazetteer._airport_index,
            "airports-*.json",
            lambda index: len(index["airports"]) > 7000 and "sabiha gokcen" in index["alone"] and "central" not in index["names"],
        ),
    ],
)
def test_the_index_is_built_once_and_kept_on_disk(build, kept, holds, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    build.cache_clear()
    try:
        index = build()
        (path,) = (tmp_path / "exodus").glob(kept)
        assert json.loads(path.read_text(encoding="utf-8")) == index
        assert holds(index)
        build.cache_clear()
        assert build() == index  # read back, not rebuilt
    finally:
        build.cache_clear()


@pytest.mark.parametrize("name", ["North", "Far North", "Lakes", "Red Sea", "Northern"])
def test_a_region_named_by_generic_words_is_none(name):
    assert regions(f"Some 2,000 people arrived in the {name} region.") == []


def test_a_list_of_regions_at_the_start_of_a_line():
    text = "Weekly update - arrivals\nOuaddai and Sila provinces\n2 June 2023\n"
    assert regions(text) == [("Ouaddai", "Chad", "country"), ("Sila", "Chad", "country")]
