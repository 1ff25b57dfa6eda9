"""A long document's extraction on two cores when one is spare, with the result of one core's work.

`in_child` runs a computation in a forked child while this process does something else (a long
page's words are counted while its paragraphs are found, its time expressions while its places
are, the second half of its figures screened while the first is: `screen.screen_figures`). `walk_in_two` walks a document's paragraphs in two halves at once. A figure reads the figures
found before it, the last `LOOKBACK` at most ("another 3,000", "in the same period", "the number
before"), so the second half cannot simply start with none: a child walks it from a warm-up
stretch of paragraphs before it while this process walks the first half. Where the last
`LOOKBACK` figures the child found in the warm-up are the last `LOOKBACK` this process found
before the second half (all of them where either found fewer), the child entered the second half
with what a single walk reads there, so what it found after is what a single walk finds.
Otherwise (a warm-up with too few figures, a child that failed) this process walks the second
half itself: the result is the single walk's either way. A process done with its half before the
child takes the far part of what the child has left, from a warm-up of its own, kept by the same
rule.
"""

import mmap
import os
import pickle
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from exodus.engine.cores import core_spare

LOOKBACK = 20  # the most figures before it that a figure reads (`figures._place`'s "another")
MIN_NUMBERS = 2000  # numbers a document needs for a split walk (about a fifth of a second's) to pay for a fork
MIN_CHARACTERS = 150_000  # text a document needs for its words counted and times found apart (hundredths of a second)
WARM_NUMBERS = 200  # numbers in the warm-up: enough, in any report seen, to hold `LOOKBACK` figures
STEAL_NUMBERS = 1000  # numbers the child has left for this process to take half of them (a warm-up costs a fifth)

Walk = Callable[[int, int, list], list]
_NAMED: set[Callable[[], None]] = set()  # the `prepare` functions a fork has named (see `in_child`)


@contextmanager
def in_child(
    compute: Callable[[], Any], worth_a_fork: bool, prepare: Callable[[], None] | None = None
) -> Iterator[Callable[[], Any]]:
    """Within the block, `compute()` runs in a forked child (when `worth_a_fork` and a core is
    spare); the function the block gets waits for its result, None if no child ran or it failed.
    Leaving the block early ends the child. `prepare` makes what the child would otherwise make
    for itself (compiled patterns): it runs here, before the fork, from the second fork that names
    it on. A process that reads one page leaves that to its child, beside its own work; one that
    reads more makes it once, for all its children."""
    if not worth_a_fork or not spare_core():
        yield no_child
        return
    if prepare in _NAMED:
        prepare()
    elif prepare is not None:
        _NAMED.add(prepare)
    read, write = os.pipe()
    child = os.fork()
    if child == 0:
        _send(compute, read, write)
    os.close(write)
    stream = os.fdopen(read, "rb")
    waited = False

    def result() -> Any:
        nonlocal waited
        sent = stream.read()
        _pid, status = os.waitpid(child, 0)
        waited = True
        return pickle.loads(sent) if status == 0 and sent else None

    try:
        yield result
    finally:
        stream.close()
        if not waited:  # the block failed before it asked for the result
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)


def no_child() -> None:
    """What an `in_child` block gets when no child was forked: no result."""
    return None


def _send(compute: Callable[[], Any], read: int, write: int) -> None:
    """In the child: compute, send the result to the parent and end the process (status 1 if
    anything failed), leaving the parent's state (open files, buffers) to the parent."""
    status = 1
    try:
        os.close(read)
        result = compute()
        with os.fdopen(write, "wb") as stream:
            pickle.dump(result, stream, protocol=pickle.HIGHEST_PROTOCOL)
        status = 0
    finally:
        os._exit(status)


def walk_in_two(weights: list[int], walk: Walk) -> list:
    """What `walk(0, len(weights), [])` returns, found on two cores when a core is spare and the
    paragraphs hold `MIN_NUMBERS` numbers or more. `walk(first, last, found)` appends the figures
    of paragraphs first..last-1 to `found` (the figures before them) and returns it; `weights` are
    the numbers in each paragraph (what a walk's time follows).

    The halves hold as many numbers, but a number's time varies (a number of a date is dropped at
    once, a figure takes the rules' full course) and the child may wait for its core: when this
    process is done first, it takes the far part of what the child has left (`_take_the_rest`)."""
    count = len(weights)
    if sum(weights) < MIN_NUMBERS:
        return walk(0, count, [])
    middle, warm = _split(weights)
    # shared with the child: the paragraph it walks next and the one it stops at
    progress = memoryview(mmap.mmap(-1, 16)).cast("q")
    progress[0], progress[1] = middle, count

    def second_half() -> tuple[list, list, list[int]]:
        found = walk(warm, middle, [])
        warmed = len(found)
        ends = []  # the second half's figures up to the end of each paragraph walked
        for index in range(middle, count):
            if index >= progress[1]:
                break
            walk(index, index + 1, found)
            ends.append(len(found) - warmed)
            progress[0] = index + 1
        return found[max(warmed - LOOKBACK, 0) : warmed], found[warmed:], ends

    with in_child(second_half, worth_a_fork=True) as theirs:
        found = walk(0, middle, [])
        taken = _take_the_rest(weights, progress, walk) if theirs is not no_child else None
        sent = theirs()
    if sent is None or found[-LOOKBACK:] != sent[0][-LOOKBACK:]:  # the second half did not read what it reads in one walk
        return walk(middle, count, found)
    _warm_up, theirs_found, ends = sent
    if taken is None:
        return found + theirs_found
    start, warm_up, rest = taken
    found += theirs_found[: ends[start - middle - 1]]
    if found[-LOOKBACK:] == warm_up[-LOOKBACK:]:
        return found + rest
    return walk(start, count, found)


def _take_the_rest(weights: list[int], progress: memoryview, walk: Walk) -> tuple[int, list, list] | None:
    """When the child has two paragraphs or more and `STEAL_NUMBERS` numbers or more of the second
    half ahead of it (all of them while it walks its warm-up or waits for a core): has it stop
    halfway through them (by numbers, with this process's warm-up) and walks the rest here. Returns
    (the first paragraph taken, the last `LOOKBACK` figures of its warm-up, the figures from there
    on), or None when nothing was taken."""
    at = progress[0]
    if len(weights) - at < 2 or sum(weights[at:]) < STEAL_NUMBERS:
        return None
    middle, warm = _split(weights[at:])
    start = at + middle
    progress[1] = start  # the child walks at most the paragraph it is in beyond it, which is left out
    found = walk(at + warm, start, [])
    warmed = len(found)
    walk(start, len(weights), found)
    return start, found[max(warmed - LOOKBACK, 0) : warmed], found[warmed:]


def _split(weights: list[int]) -> tuple[int, int]:
    """(first paragraph of the second half, first of its warm-up), chosen so that the first half
    and the warm-up with the second half hold about as many numbers."""
    total = sum(weights)
    middle = _index_at(weights, total / 2)
    for _ in range(2):  # the warm-up's numbers moved to the first half's side, twice to settle
        warm = _warm_start(weights, middle)
        middle = _index_at(weights, (total + sum(weights[warm:middle])) / 2)
    return middle, _warm_start(weights, middle)


def _index_at(weights: list[int], share: float) -> int:
    """The first index where the weights before it reach `share` (at least 1, at most len - 1)."""
    reached = 0
    for index, weight in enumerate(weights):
        if reached >= share:
            return min(max(index, 1), len(weights) - 1)
        reached += weight
    return len(weights) - 1


def _warm_start(weights: list[int], middle: int) -> int:
    """Where the warm-up before paragraph `middle` starts: `WARM_NUMBERS` numbers back, or 0."""
    held = 0
    for index in range(middle - 1, -1, -1):
        held += weights[index]
        if held >= WARM_NUMBERS:
            return index
    return 0


def spare_core() -> bool:
    """Whether this process may fork a child to work beside it: a core that no other process is
    using now (with every core busy, a child only adds its own costs: work done twice, results
    copied back), and no other thread (a child forked from a threaded process may wait forever on
    a lock another thread held). Most of three looks decide: one look, on an idle machine, saw a
    process that woke for an instant in 3 of the 27 decisions of a `benchmarks/evidence.py` run,
    and that part of the page ran on one core."""
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return False
    return core_spare(looks=3)
