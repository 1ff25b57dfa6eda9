"""Precision and recall on the labelled sets the rules were tuned on stay at or above 0.85 (figures labelled by hand)."""

import importlib.util
from pathlib import Path

import pytest

from exodus.evidence.scoring import Score, differing_fields, figure_matches, match_figures, score, score_labelled

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
TARGET = 0.85


@pytest.fixture(scope="module")
def scores():
    return score_labelled(HERE, ROOT)


# Rounds written and labelled before the rules saw them, then tuned on (see docs/evidence.md).
TUNED_ROUNDS = (
    "holdout fresh third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth"
    " seventeenth eighteenth nineteenth twentieth twentyfirst twentysecond twentythird twentyfourth twentyfifth twentyseventh twentyeighth twentyninth thirtyfirst thirtysecond thirtythird thirtyfourth"
).split()


def test_every_labelled_set_reaches_the_target(scores):
    assert set(TUNED_ROUNDS) | {"reports", "own", "duplicates"} <= set(scores)
    for name in ["reports", "own", "duplicates", *TUNED_ROUNDS]:
        result = scores[name]
        assert result.precision >= TARGET and result.recall >= TARGET, (name, result.missed, result.spurious)


def _held_out() -> tuple[str, ...]:
    """The rounds benchmarks/evidence.py keeps apart as held out (never tuned on)."""
    spec = importlib.util.spec_from_file_location("evidence_benchmark", ROOT / "benchmarks" / "evidence.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.HELD_OUT


def test_overall_reaches_the_target(scores):
    """The issue's target holds over the sets the rules were tuned on (the shared reports, the team's texts and the
    rounds changed for after their first score). Held-out rounds are a measure, not a gate: each blind round comes in
    unread, at its first-contact score (docs/evidence.md, "Where it stands")."""
    held_out = set(_held_out())
    assert held_out and held_out < set(scores)
    total = sum((result for name, result in scores.items() if name not in held_out), start=Score(0, 0, 0, [], []))
    assert total.true_positives >= 700
    assert total.precision >= TARGET and total.recall >= TARGET


def test_no_set_labels_one_figure_twice():
    """A set's reports are read together and one figure told by several stories is one row (rule 8), so a
    second label of it could never be matched: round 70 labelled one call-up target in three texts."""
    from exodus.evidence.scoring import MATCHED_FIELDS, read_labelled

    _, expected = read_labelled(HERE)
    for name, rows in expected.items():
        figures = [tuple(row[field] for field in MATCHED_FIELDS) for row in rows]
        assert len(figures) == len(set(figures)), name


def test_a_figure_counts_only_when_quantity_value_place_and_period_match():
    expected = {
        "quantity": "entries",
        "value": "3000",
        "value_low": "",
        "value_high": "",
        "place": "Mongolia",
        "period_start": "2022-09-21",
        "period_end": "2022-09-27",
    }
    assert figure_matches(dict(expected, value="3000.0"), expected)
    for field, wrong in [
        ("quantity", "exits"),
        ("value", "3100"),
        ("place", "Georgia"),
        ("period_end", "2022-09-28"),
        ("value_low", "3000"),
    ]:
        assert not figure_matches(dict(expected, **{field: wrong}), expected)
    assert figure_matches(dict(expected, place="Mongolia"), expected)
    macedonia = dict(expected, place="Macedonia")
    assert figure_matches(dict(macedonia, place="North Macedonia"), macedonia)  # one place, two spellings
    result = score([dict(expected), dict(expected)], [expected])
    assert (result.true_positives, result.false_positives, result.false_negatives) == (1, 1, 0)
    assert result.precision == 0.5 and result.recall == 1.0


def test_differing_fields_say_why_two_rows_are_not_one_figure():
    expected = {"quantity": "entries", "value": "900", "value_low": "", "value_high": "", "place": "Georgia",
                "period_start": "2022-09-26", "period_end": "2022-09-26"}  # fmt: skip
    assert differing_fields(dict(expected, value="900.0", place="Sakartvelo"), expected) == []
    wrong = dict(expected, place="Armenia", period_end="2022-09-27")
    assert differing_fields(wrong, expected) == ["place", "period_end"]


def test_each_labelled_row_is_matched_to_the_first_free_extracted_row():
    label = {"quantity": "exits", "value": "40", "place": "Finland", "period_start": "2022-09-30",
             "period_end": "2022-09-30"}  # fmt: skip
    other = dict(label, value="41")
    first, second, stray = dict(label), dict(label), dict(label, place="Norway")
    pairs, left, missed = match_figures([stray, first, second], [label, label, other])
    assert [(found is first, found is second, wanted is label) for found, wanted in pairs] == [
        (True, False, True),
        (False, True, True),
    ]
    assert left == [stray] and missed == [other]


def test_a_report_the_reader_refuses_counts_its_labelled_figures_as_missed(tmp_path):
    (tmp_path / "good.txt").write_text(
        "More than 4,000 people crossed into Georgia at Verkhny Lars on Thursday, officials said.\n", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")  # refused: `exodus evidence extract` exits 2 on it
    (tmp_path / "documents.csv").write_text(
        "set,path,published,trigger,origin\n"
        "mixed,good.txt,2022-09-30,,Russia\n"
        "mixed,empty.txt,2022-09-30,,Russia\n",
        encoding="utf-8",
    )
    (tmp_path / "expected.csv").write_text(
        "set,source,quantity,value,value_low,value_high,place,period_start,period_end,note\n"
        "mixed,empty.txt,entries,900,,,Verkhny Lars,2022-09-29,2022-09-29,in the refused report\n",
        encoding="utf-8",
    )
    result = score_labelled(tmp_path, tmp_path)["mixed"]
    assert result.false_negatives == 1 and result.missed[0]["source"] == "empty.txt"
    assert result.false_positives >= 1  # the readable report's figure was still extracted


def test_a_labelled_row_split_by_an_unquoted_comma_is_an_error_naming_its_line(tmp_path):
    from exodus.evidence.scoring import read_labelled

    (tmp_path / "documents.csv").write_text("set,path,published,trigger,origin\ns,a.txt,2022-09-28,,\n")
    (tmp_path / "expected.csv").write_text(
        "set,source,quantity,value,value_low,value_high,place,period_start,period_end,note\n"
        "s,a.txt,entries,5,,,Georgia,2022-09-28,2022-09-28,fine\n"
        "s,a.txt,entries,6,,,Georgia,2022-09-28,2022-09-28,a note, with a comma\n"
    )
    with pytest.raises(ValueError, match=r"expected.csv, line 3: 10 fields expected"):
        read_labelled(tmp_path)


@pytest.mark.parametrize(
    "labelled, extracted, same",
    [
        ("Syrym", "Mashtakovo", True),  # the two sides of one crossing, as the issue folds Kazbegi into Verkhny Lars
        ("Kazbegi", "Verkhny Lars", True),
        ("Astrakhan - Kotyaevka", "Astrakhan - Karaozek", True),  # a route, part by part
        ("Sakartvelo", "Georgia", True),
        ("Syrym", "Karaozek", False),  # two crossings of one border
        ("Astrakhan - Kotyaevka", "Karaozek", False),
        ("Tbilisi", "Georgia", False),  # a town is not its country
        ("Bugristoe - Kairak", "Kairak", True),  # a crossing named by its two sides, as geography.csv names them
        ("Kazbegi - Verkhny Lars", "Verkhny Lars", True),
        ("Kairak - Karaozek", "Kairak", False),  # two crossings: a route, not one crossing's sides
        ("Náchod", "Nachod", True),  # a name the gazetteer lacks, with and without its accents
        ("Bittou - Cinkassé", "BITTOU - Cinkasse", True),  # and part by part for a route
        ("Náchod", "Nachodka", False),
        ("Kornsjø", "Kornsjo", True),  # a letter NFKD keeps whole
        ("N'Djamena - Kousseri", "N’Djamena - Kousseri", True),  # a typographic apostrophe is the typewriter's
        ("Övertorneå", "Aavasaksa", True),  # an accented label of a crossing's side, folded as its plain spelling is
        ("Salonica", "Thessaloniki", True),  # a city by an older spelling the gazetteer reads as today's
        ("Karagatch - Salonica", "Karagatch - Thessaloniki", True),
        ("Saint Petersburg - Helsinki", "St Petersburg - Helsinki", True),
        ("Salonica", "Kavala", False),  # two cities of one country
    ],
)
def test_places_the_gazetteer_folds_into_one_are_the_same_place(labelled, extracted, same):
    row = {"quantity": "entries", "value": "5", "period_start": "2022-09-28", "period_end": "2022-09-28"}
    assert figure_matches({**row, "place": extracted}, {**row, "place": labelled}) is same


def test_the_labels_are_read_from_expected_csv_and_its_parts_in_round_order(tmp_path):
    from exodus.evidence.scoring import read_labelled

    header = "set,source,quantity,value,value_low,value_high,place,period_start,period_end,note\n"
    (tmp_path / "documents.csv").write_text("set,path,published,trigger,origin\ns,a.txt,2022-09-28,,\n")
    (tmp_path / "expected.csv").write_text(header + "s,a.txt,entries,5,,,Georgia,2022-09-28,2022-09-28,first\n")
    (tmp_path / "expected-1000.csv").write_text(header + "s,a.txt,entries,8,,,Georgia,2022-09-28,2022-09-28,last\n")
    (tmp_path / "expected-300.csv").write_text(header + "t,b.txt,exits,7,,,Russia,2022-09-28,2022-09-28,\n")
    (tmp_path / "expected-200.csv").write_text(header + "s,a.txt,entries,6,,,Georgia,2022-09-28,2022-09-28,second\n")
    _, expected = read_labelled(tmp_path)
    assert [row["note"] for row in expected["s"]] == ["first", "second", "last"]
    assert [row["value"] for row in expected["t"]] == ["7"]


def test_each_labelled_table_stays_under_five_mib():
    # a repository should not hold files of 5 MiB or more: new rounds go in the part of their hundred
    folder = Path(__file__).parent
    sizes = {path.name: path.stat().st_size for path in folder.glob("*.csv")}
    assert "expected.csv" in sizes and "expected-300.csv" in sizes
    assert {name: size for name, size in sizes.items() if size >= 5 * 2**20} == {}


def test_each_evidence_doc_stays_under_five_mib():
    # the rounds' log outgrew 5 MiB once (7 Dec 2026): the reads went to docs/evidence-reads.md, the table stayed
    docs = Path(__file__).resolve().parents[2] / "docs"
    sizes = {path.name: path.stat().st_size for path in docs.glob("evidence*.md")}
    assert {"evidence-rounds.md", "evidence-reads.md", "evidence-sessions.md"} <= set(sizes)
    assert {name: size for name, size in sizes.items() if size >= 5 * 2**20} == {}
