"""Extraction on two cores finds exactly the figures of one process."""

import functools
import os
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from exodus.evidence import EvidenceInputError, extract_figures, figures, parallel, parse_document, read_document
from exodus.evidence.figures import _walk

TEXTS = Path(__file__).parent / "texts"
PUBLISHED = date(2022, 9, 28)


@pytest.fixture
def split_always(monkeypatch):
    """Every document split, and its time expressions found apart, whatever its size and the machine's cores."""
    monkeypatch.setattr(parallel, "MIN_NUMBERS", 0)
    monkeypatch.setattr(parallel, "MIN_CHARACTERS", 0)
    monkeypatch.setattr(parallel, "spare_core", lambda: True)
    return monkeypatch


def _recent(first, last, found):
    """A walk whose items read the last `LOOKBACK` items before them, as figures do."""
    for index in range(first, last):
        found.append((index, sum(item for _, item in found[-parallel.LOOKBACK :]) % 97 + index))
    return found


def _previous(first, last, found):
    """A walk whose items read the item before them only: a warm-up of one item catches up."""
    for index in range(first, last):
        found.append((index, found[-1][0] if found else None))
    return found


def _counting(first, last, found):
    """A walk whose items read every item before them: no warm-up gives the same."""
    for index in range(first, last):
        found.append(len(found))
    return found


@pytest.mark.parametrize("walk", [_recent, _previous, _counting])
@pytest.mark.parametrize("warm", [1, 25, 1000])
def test_split_walk_equals_one_walk(split_always, walk, warm):
    split_always.setattr(parallel, "WARM_NUMBERS", warm)
    weights = [1] * 300
    assert parallel.walk_in_two(weights, walk) == walk(0, len(weights), [])


def test_in_child_gives_the_result_or_none(split_always):
    with parallel.in_child(lambda: [os.getpid(), "result"], worth_a_fork=True) as result:
        pid, said = result()
    assert pid != os.getpid() and said == "result"
    with parallel.in_child(lambda: 1 / 0, worth_a_fork=True) as result:
        assert result() is None
    with parallel.in_child(lambda: "here", worth_a_fork=False) as result:
        assert result() is None


def test_prepared_here_from_the_second_fork_on(split_always):
    """The first child makes what it needs itself; from the second fork on, this process makes it first."""
    made = []

    def prepare():
        made.append(os.getpid())

    for _ in range(3):
        with parallel.in_child(lambda: "done", worth_a_fork=True, prepare=prepare) as result:
            assert result() == "done"
    with parallel.in_child(lambda: "here", worth_a_fork=False, prepare=prepare) as result:
        assert result() is None  # no fork, nothing prepared
    assert made == [os.getpid()] * 2


def test_leaving_early_ends_the_child(split_always):
    with pytest.raises(KeyError):
        with parallel.in_child(lambda: sum(range(10**9)), worth_a_fork=True):
            raise KeyError("the parent fails first")
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # no child left behind


def test_failed_child_leaves_the_second_half_to_the_parent(split_always):
    parent = os.getpid()

    def failing_in_child(first, last, found):
        if os.getpid() != parent:
            raise RuntimeError("child fails")
        return _recent(first, last, found)

    assert parallel.walk_in_two([1] * 100, failing_in_child) == _recent(0, 100, [])


def _in_one_process(function, *arguments):
    with pytest.MonkeyPatch.context() as single:
        single.setattr(parallel, "spare_core", lambda: False)
        return function(*arguments)


def test_split_keeps_figures_of_every_labelled_text(split_always):
    """Every labelled report of four paragraphs or more split at its middle paragraph, with a warm-up
    of three numbers: often too few figures, and the parent walks on; or none before it, and the
    child's half is kept. (Its time expressions found here: a fork less per report.)"""
    split_always.setattr(parallel, "WARM_NUMBERS", 3)
    split_always.setattr(parallel, "MIN_CHARACTERS", 10**9)
    for path in sorted(TEXTS.iterdir()):
        document = read_document(path)
        if len(document.paragraphs) >= 4 and not document.headings:
            split = extract_figures(document, PUBLISHED)
            assert split == _in_one_process(extract_figures, document, PUBLISHED), path.name


@functools.cache
def _all_texts() -> bytes:
    """The labelled plain-text reports' paragraphs as one text."""
    paragraphs = []
    for path in sorted(TEXTS.glob("*.txt")):
        document = read_document(path)
        paragraphs += [document.paragraph_text(i) for i in range(len(document.paragraphs))]
    return "\n".join(paragraphs).encode("utf-8")


@pytest.mark.parametrize("warm", [200, 400])  # 50 stopped sufficing once round 53 joined the texts, 100 once 228-231 did
def test_split_keeps_figures_of_all_labelled_texts_as_one(split_always, warm):
    """The labelled plain-text reports as one document, its halves' warm-ups long enough to be kept."""
    split_always.setattr(parallel, "WARM_NUMBERS", warm)
    document = parse_document(_all_texts(), "all.txt")
    walked = []
    split_always.setattr(figures, "_walk", lambda *arguments: walked.append(arguments[2:4]) or _walk(*arguments))
    split = extract_figures(document, PUBLISHED)
    # this process walked the first half, and perhaps a warm-up and the rest it took from the child:
    # the child's half was kept (walking it again here would be one call more)
    assert walked[0][0] == 0 and (len(walked) == 1 or len(walked) == 3 and walked[1][1] == walked[2][0]), walked
    assert len(split) > 500 and split == _in_one_process(extract_figures, document, PUBLISHED)


def test_a_walk_from_any_warm_up_finds_what_the_single_walk_finds():
    """Where a split or a steal falls depends on the child's timing, so the rule it relies on is tested at every
    50th paragraph of the labelled texts as one: a walk from the warm-up before it, once its last `LOOKBACK` figures
    are the single walk's, finds the single walk's figures in the 50 paragraphs after. (Three rules read every
    figure before them, not the last `LOOKBACK`: "since the day the report's count opened" put one figure of
    23,000 paragraphs on another day where a steal fell, and a fresh clone's suite failed once in two runs.)"""
    captured = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parallel, "walk_in_two", lambda weights, walk: captured.update(weights=weights, walk=walk) or [])
        extract_figures(parse_document(_all_texts(), "all.txt"), PUBLISHED)
    weights, walk = captured["weights"], captured["walk"]
    single, ends = [], []
    for index in range(len(weights)):
        ends.append(len(walk(index, index + 1, single)))
    compared = 0
    for middle in range(50, len(weights) - 50, 50):
        found = walk(parallel._warm_start(weights, middle), middle, [])
        if found[-parallel.LOOKBACK :] != single[: ends[middle - 1]][-parallel.LOOKBACK :]:
            continue  # the walk in two walks this half again itself
        warmed = len(found)
        assert walk(middle, middle + 50, found)[warmed:] == single[ends[middle - 1] : ends[middle + 49]], middle
        compared += 1
    assert compared > 0.9 * (len(weights) // 50 - 1), compared


@pytest.mark.parametrize("late", [False, True])
@pytest.mark.parametrize("walk", [_recent, _previous, _counting])
def test_parent_takes_the_rest_from_a_slow_child(split_always, walk, late):
    """This process, done with its half first, takes the far part of the child's (all of it but the
    child's share when the child has not reached it yet): the same items, and (where a warm-up
    catches up) the child's part and this process's kept."""
    split_always.setattr(parallel, "WARM_NUMBERS", 25)
    split_always.setattr(parallel, "STEAL_NUMBERS", 20)
    parent = os.getpid()
    calls = []

    def slow_child(first, last, found):
        here = os.getpid() == parent
        calls.extend([(first, last)] if here else [])
        time.sleep((0.001 if here else 0.003) * (last - first) + (0.3 if late and not here and not found else 0))
        return walk(first, last, found)

    assert parallel.walk_in_two([1] * 300, slow_child) == walk(0, 300, [])
    if walk is _previous:  # the first half, the warm-up of the rest taken from the child, that rest
        assert len(calls) == 3 and calls[0][0] == 0 and calls[1][1] == calls[2][0] > calls[0][1] and calls[2][1] == 300
