"""Compiled daily kernels of the Flee ruleset.

Agents are independent within a day: route weights and camp fullness are fixed at the
start of the day, and every draw is counter-based (``uniform(key, agent, day, k)``), so
the result does not depend on thread count or evaluation order.
"""

from __future__ import annotations

import os
import queue
import threading

import numba as nb
import numpy as np
from llvmlite import ir
from numba.core import cgutils
from numba.core import types as nbtypes
from numba.extending import intrinsic

from exodus.engine.random import draw, person_seed
from exodus.model.flee.places import conflict_decay


@nb.njit(cache=True)
def route_reach(distance, softening, distance_power):
    """Each candidate's length term of its weight, (softening + km) ** distance_power: fixed for
    a run, so computed once (a pow per candidate a day was most of a small scenario's place rules)."""
    return (softening + distance) ** distance_power


@nb.njit(cache=True)
def route_cumulative(by_place, end, reach, ptr, links, closed, score, capmult, weight_softening, weight_power, cum):
    """Per place, cumulative route weights over its candidates (into ``cum``).

    A candidate through a closed link weighs 0. When every open candidate weighs 0, the
    open ones are equally likely. Returns each place's total (0: no open route).
    """
    n_places = len(by_place) - 1
    total = np.zeros(n_places)
    is_open = np.ones(len(end), dtype=np.bool_)
    for c in range(len(end)):
        for k in range(ptr[c], ptr[c + 1]):
            if closed[links[k]] > 0:
                is_open[c] = False
                break
    for p in range(n_places):
        acc = 0.0
        for c in range(by_place[p], by_place[p + 1]):
            if is_open[c]:
                e = end[c]
                weight = (weight_softening + score[e]) / reach[c] * capmult[e]
                acc += weight if weight_power == 1.0 else weight ** weight_power
            cum[c] = acc
        if acc <= 0.0:
            for c in range(by_place[p], by_place[p + 1]):
                acc += 1.0 if is_open[c] else 0.0
                cum[c] = acc
        total[p] = acc
    return total


@nb.njit(cache=True)
def place_rules(day, camp, idpcamp, forward, marker, foreign, conflict, time_of_conflict, population, capacity,
                occupancy, decay, movechance_pars, score_pars, attraction, capacity_buffer, chance, per_log_stay, redraw,
                score, capmult, dest_full, by_place, end, reach, ptr, links, closed, route_pars, cum):
    """Today's per-place rules and route weights, into the given arrays (one call a day).

    Returns whether any place's move chance changed, and each place's total route weight.
    movechance_pars: default, conflict, camp, idp camp chances, population base and exponent.
    score_pars: foreign, camp and conflict weights; route_pars: weight softening and weight
    power; ``reach``: each candidate's length term (route_reach); ``attraction``: each
    place's score multiplier (exodus's own rule, all 1 unless set). ``decay`` is the
    conflict decay by 30-day period (empty: none). A place's 1 / log(1 - chance) is recomputed
    only when its chance changed. A camp looks full from capacity_buffer of its capacity on
    (capmult falls linearly to 0 at capacity) and turns people away once capmult is below
    one half.
    """
    default, conflict_chance, camp_chance, idp_chance, pop_base, pop_factor = movechance_pars
    foreign_weight, camp_weight, conflict_weight = score_pars
    changed = False
    for p in range(len(camp)):
        active = conflict[p] > 0
        if camp[p]:
            c = idp_chance if idpcamp[p] else camp_chance
        elif active:
            c = conflict_chance
        elif forward[p] or marker[p]:
            c = 1.0
        else:
            c = default
        if pop_factor != 0.0:
            c *= (max(population[p], capacity[p]) / pop_base) ** pop_factor
        redraw[p] = c != chance[p]
        changed |= redraw[p]
        if redraw[p]:
            chance[p] = c
            per_log_stay[p] = 1.0 / np.log1p(-c) if 0.0 < c < 1.0 else 0.0  # unused at 0 and 1
        w = 1.0
        if foreign[p]:
            w *= foreign_weight
        if camp[p]:
            w *= camp_weight
        if active:
            w *= conflict_weight ** (conflict_decay(decay, day - time_of_conflict[p]) * conflict[p])
        score[p] = w * attraction[p]
        cap, occ = capacity[p], occupancy[p]
        if cap < 1 or occ <= capacity_buffer * cap:
            capmult[p] = 1.0
        elif occ >= cap:
            capmult[p] = 0.0
        else:
            capmult[p] = 1.0 - (occ - capacity_buffer * cap) / ((1.0 - capacity_buffer) * cap)
        dest_full[p] = camp[p] and capmult[p] < 0.5
    weight_softening, weight_power = route_pars
    total = route_cumulative(by_place, end, reach, ptr, links, closed, score, capmult, weight_softening,
                             weight_power, cum)
    return changed, total


BLOCK = 1024  # agents per stripe
SPIN_PATIENCE = 2_000_000  # empty looks before a spinning helper goes home (about 5 ms)
PARALLEL_FROM = 25_000  # below this many agents, waking a blocked helper thread costs more than it saves
NEVER = 2**15 - 1  # wake day (int16) of someone at a place nobody leaves; also the longest run
TAKEN, GATE, FINISHED = range(3)  # a day's job: stripes taken, helpers in (+CLOSED), threads done
CLOSED = 1 << 40  # added to GATE by the main thread once no stripe is left: helpers may no longer join
LANES = 16  # people whose wake _append_due compares at once (int16 lanes of a 256-bit vector)


def move_day(n, counted, occupancy, rules, move, spinner=None):
    """One day of Flee's evolve then finish_travel for agents 0..n-1.

    ``occupancy`` (agents standing at each place, updated in place) first takes in the people
    added since yesterday (rows ``counted``..n-1); today's place rules and route weights are
    set from it (``rules``: place_rules' arguments); then everyone due moves (``move``:
    _move_stripes' arguments after the day's own) and it ends as the day's head count.
    With a ``spinner`` (a core spare when the run began) every day is shared with its helper;
    without, a day of PARALLEL_FROM agents or more is shared with blocked helper threads, a
    smaller one done on this thread alone. Returns the people standing at places at the day's end.
    """
    if spinner is not None:
        return spinner.day(n, counted, occupancy, rules, move)
    if n >= PARALLEL_FROM and nb.get_num_threads() > 1:
        count_new(occupancy, move[2], move[3], counted, n)
        any_redraw, total = place_rules(*rules)
        occupancy += _move_parallel(n, any_redraw, total, move)
        return int(occupancy.sum())
    return _day_serial(n, counted, occupancy, rules, move)


def warm_up(occupancy, rules, move) -> None:
    """Load (or compile) every kernel on zero agents, so the daily loop never waits for it.
    (This sets today's place rules once, as the day itself will again.)"""
    idle = Spinner(len(occupancy), 0)
    _day_spun(0, 0, occupancy, rules, move, idle.ctl, idle.claims, idle.total, idle.change)
    _spin(idle.ctl, idle.claims, idle.total, idle.change, 0, move)
    count_new(occupancy, move[2], move[3], 0, 0)
    any_redraw, total = place_rules(*rules)
    _move_stripes(np.zeros(3, dtype=np.int64), np.zeros_like(occupancy), np.zeros(0, dtype=np.int64), 0, False, 0, any_redraw, total, *move)
    _day_serial(0, 0, occupancy, rules, move)
    _fetch_add(np.zeros(1, dtype=np.int64), 0, 0)


@nb.njit(nogil=True, cache=True)
def count_new(occupancy, location, link, counted, n):
    """Add the people of rows counted..n-1 who stand at a place to its occupancy (one thread:
    a day adds a few thousand people, and a threaded count's set-up cost more than it saved)."""
    for i in range(counted, n):
        if link[i] < 0:
            occupancy[location[i]] += 1


@nb.njit(nogil=True, cache=True)
def _day_serial(n, counted, occupancy, rules, move):
    """move_day in one compiled call: at mali's size (15,000 agents, 0.1 ms a day), each call
    from Python and each temporary array it made cost a few percent of the day."""
    count_new(occupancy, move[2], move[3], counted, n)
    any_redraw, total = place_rules(*rules)
    # One thread: its moves go straight into occupancy, which the stripes only add to.
    _move_stripes(np.zeros(3, dtype=np.int64), occupancy, np.zeros(0, dtype=np.int64), 0, False, n, any_redraw, total, *move)
    return occupancy.sum()


JOIN, DONE, GEN, N, ANY, DAY, ALIVE = range(3, 10)  # a spun day's control words, after a job's three


class Spinner:
    """One helper thread that spins between days instead of blocking, where a core is spare.

    Waking a blocked thread costs tens of microseconds, a whole day of a small scenario, and a
    helper that took whichever stripes were next worked on other people each day, whose lines
    had to come over from the other core's cache. This helper waits in compiled code, without
    the GIL, for the next day's number, and takes stripes from the back while the main thread
    takes them from the front, so each keeps mostly the same people day after day. It goes
    home after SPIN_PATIENCE empty looks (a few milliseconds: the end of a run, or a run
    abandoned); a day it is not there for is done by the main thread alone. Loops, idle, 1 Dec:
    mali 0.027 -> 0.020 s, burundi 0.27 -> 0.21, ssudan 1.09 -> 0.96, car 1.24 -> 1.04.
    """

    def __init__(self, n_places: int, capacity: int):
        self.ctl = np.zeros(16, dtype=np.int64)
        self.total = np.zeros(n_places)
        # The helper's moves, padded apart from the occupancy the main thread writes meanwhile.
        self.change = np.zeros(n_places + 16, dtype=np.int64)[8:-8]
        self.claims = np.zeros(capacity // BLOCK + 1, dtype=np.int64)
        self.people = None  # the location array the running helper was given

    @staticmethod
    def running() -> int:
        """Helper threads of this process still spinning (an ended run's, for a few milliseconds)."""
        return sum(thread.name == "exodus-spin" for thread in threading.enumerate())

    def day(self, n, counted, occupancy, rules, move):
        if self.people is not None and move[2] is not self.people:
            # People outgrew their arrays: a helper still holding the old ones gets no more days
            # (its control words are left to it) and a new one starts on the new arrays.
            self.__init__(len(self.total), len(move[2]))
        if self.ctl[ALIVE] == 0:
            self.ctl[ALIVE] = 1
            self.people = move[2]
            threading.Thread(target=_spin, args=(self.ctl, self.claims, self.total, self.change, SPIN_PATIENCE, move),
                             daemon=True, name="exodus-spin").start()
        return _day_spun(n, counted, occupancy, rules, move, self.ctl, self.claims, self.total, self.change)


@nb.njit(nogil=True, cache=True)
def _day_spun(n, counted, occupancy, rules, move, ctl, claims, shared_total, change):
    """_day_serial with the spinning helper offered the day's back stripes."""
    count_new(occupancy, move[2], move[3], counted, n)
    any_redraw, total = place_rules(*rules)
    shared_total[:] = total
    ctl[N] = n
    ctl[ANY] = any_redraw
    ctl[DAY] = move[1]
    gen = _atomic_add(ctl, GEN, 1) + 1
    _move_stripes(ctl, occupancy, claims, gen, False, n, any_redraw, shared_total, *move)
    if _atomic_max(ctl, JOIN, 2 * gen + 1) == 2 * gen:  # the helper joined today: wait for it
        while _atomic_load(ctl, DONE) < gen:
            pass
        for p in range(len(occupancy)):
            occupancy[p] += change[p]
            change[p] = 0
    return occupancy.sum()


@nb.njit(nogil=True, cache=True)
def _spin(ctl, claims, shared_total, change, patience, move):
    """The helper's loop: join each new day unless the main thread has already closed it."""
    seen = _atomic_load(ctl, GEN)
    idle = 0
    while idle < patience:
        gen = _atomic_load(ctl, GEN)
        if gen == seen:
            idle += 1
            continue
        seen, idle = gen, 0
        if _atomic_max(ctl, JOIN, 2 * gen) >= 2 * gen:
            continue
        _move_stripes(ctl, change, claims, gen, True, ctl[N], ctl[ANY] != 0, shared_total, move[0], ctl[DAY],
                      *move[2:])
        _atomic_max(ctl, DONE, gen)
    _atomic_add(ctl, ALIVE, -1)


def _move_parallel(n, any_redraw, total, move):
    """The main thread and helper threads take the day's stripes from one counter.

    With Numba's threads (its work queue), the main thread slept while two workers, woken one
    after the other, did the day: each day waited for both to wake, then for the main thread
    to wake again, and under load the second worker often woke only after the first had taken
    every stripe. Here the main thread starts at once and helpers join as they wake; one that
    comes too late is shut out, not waited for. Helpers block between days: one that spun
    instead for up to 0.4 ms, when the spin ran out while the main thread held the GIL,
    started the day later (median 0.4-1.1 ms against 0.03 ms, car at load 4).
    """
    team = _Helpers.get()
    helpers = min(len(team.threads), nb.get_num_threads() - 1)  # numba.set_num_threads applies
    job = np.zeros(3, dtype=np.int64)
    change = np.zeros((1 + helpers, len(total)), dtype=np.int64)
    finished = threading.Event()
    for h in range(helpers):
        team.jobs.put((job, change[1 + h], finished, n, any_redraw, total, move))
    _move_stripes(job, change[0], np.zeros(0, dtype=np.int64), 0, False, n, any_redraw, total, *move)
    joined = _fetch_add(job, GATE, CLOSED)
    while _fetch_add(job, FINISHED, 0) < 1 + joined:
        finished.wait()
    return change.sum(axis=0)


class _Helpers:
    """The helper threads of _move_parallel (NUMBA_NUM_THREADS - 1), started on first use."""

    _team = None
    _lock = threading.Lock()

    @classmethod
    def get(cls):
        with cls._lock:
            if cls._team is None:
                cls._team = cls(nb.config.NUMBA_NUM_THREADS - 1)
            return cls._team

    def __init__(self, count):
        self.jobs = queue.SimpleQueue()
        self.threads = [threading.Thread(target=self.serve, daemon=True, name=f"exodus-move-{h}")
                        for h in range(count)]
        for t in self.threads:
            t.start()

    @classmethod
    def forget(cls):
        """In a forked child the threads are gone: start new ones on first use."""
        cls._team, cls._lock = None, threading.Lock()

    def serve(self):
        while True:
            job, row, finished, n, any_redraw, total, move = self.jobs.get()
            if _fetch_add(job, GATE, 1) < CLOSED:
                _move_stripes(job, row, np.zeros(0, dtype=np.int64), 0, False, n, any_redraw, total, *move)
                finished.set()


os.register_at_fork(after_in_child=_Helpers.forget)


def _element(context, builder, signature, args):
    """Pointer to ``array[index]``, the first two arguments of an atomic intrinsic."""
    data = context.make_array(signature.args[0])(context, builder, args[0]).data
    return builder.gep(data, [args[1]])


def _atomic_rmw(op: str, doc: str):
    """An intrinsic applying LLVM's atomic ``op`` to ``array[index]`` (int64) with ``value``,
    returning the element's old value."""
    def typer(typingctx, array, index, value):
        def codegen(context, builder, signature, args):
            return builder.atomic_rmw(op, _element(context, builder, signature, args), args[2], "seq_cst")
        return nbtypes.int64(array, nbtypes.int64, nbtypes.int64), codegen
    typer.__name__ = typer.__qualname__ = f"_atomic_{op}"
    typer.__doc__ = doc
    return intrinsic(typer)


_atomic_add = _atomic_rmw("add", "Atomically add ``value`` to ``array[index]``; return its old value.")
_atomic_max = _atomic_rmw("max", "Atomically raise ``array[index]`` to ``value`` if below it; return its old value.")


@intrinsic
def _atomic_load(typingctx, array, index):
    """``array[index]`` (int64) read as another thread last wrote it (a plain read in a spin loop
    may be hoisted out of the loop by the compiler)."""
    def codegen(context, builder, signature, args):
        return builder.load_atomic(_element(context, builder, signature, args), "acquire", 8)
    return nbtypes.int64(array, nbtypes.int64), codegen


@intrinsic
def _append_due(typingctx, wake, start, day, due, m, j):
    """Append to due[m:] each j + l (l < LANES) with wake[start + l] <= day; return the new m.

    One SIMD compare and compress for LANES people: the scalar scan of every person's wake
    was about 7% of the kernel. It writes due[m:m + LANES] (junk past the new m), within due
    as m <= j. wake must be int16 and due uint32.
    """
    if wake.dtype != nbtypes.int16 or due.dtype != nbtypes.uint32:
        return None

    def codegen(context, builder, signature, args):
        wake_v, start_v, day_v, due_v, m_v, j_v = args
        i16, i32, i64 = ir.IntType(16), ir.IntType(32), ir.IntType(64)
        lanes16, lanes32 = ir.VectorType(i16, LANES), ir.VectorType(i32, LANES)
        undef32 = ir.Constant(lanes32, ir.Undefined)

        def splat(value, vector_type):
            one = builder.insert_element(ir.Constant(vector_type, ir.Undefined), value, i32(0))
            return builder.shuffle_vector(one, ir.Constant(vector_type, ir.Undefined), ir.Constant(lanes32, [0] * LANES))

        wake_data = context.make_array(signature.args[0])(context, builder, wake_v).data
        due_data = context.make_array(signature.args[3])(context, builder, due_v).data
        woken = builder.load(builder.bitcast(builder.gep(wake_data, [start_v]), lanes16.as_pointer()), align=2)
        mask = builder.icmp_signed("<=", woken, splat(builder.trunc(day_v, i16), lanes16))
        index = builder.add(splat(builder.trunc(j_v, i32), lanes32), ir.Constant(lanes32, list(range(LANES))))
        compress = cgutils.get_or_insert_function(
            builder.module, ir.FunctionType(lanes32, [lanes32, mask.type, lanes32]), "llvm.experimental.vector.compress.v16i32")
        builder.store(builder.call(compress, [index, mask, undef32]),
                      builder.bitcast(builder.gep(due_data, [m_v]), lanes32.as_pointer()), align=4)
        popcount = cgutils.get_or_insert_function(builder.module, ir.FunctionType(i16, [i16]), "llvm.ctpop.i16")
        return builder.add(m_v, builder.zext(builder.call(popcount, [builder.bitcast(mask, i16)]), i64))
    return nbtypes.int64(wake, nbtypes.int64, nbtypes.int64, due, nbtypes.int64, nbtypes.int64), codegen


@nb.njit(nogil=True, cache=True)
def _fetch_add(array, index, value):
    """_atomic_add, callable from Python."""
    return _atomic_add(array, index, value)


@nb.njit(inline="always", cache=True)
def days_until_move(u, chance, per_log_stay):
    """Days until the first daily draw below ``chance`` succeeds (0: today), from one uniform u.

    The daily draws of someone who stays put are independent, so the wait is geometric and
    one draw replaces them all, by inversion: P(wait >= d) = (1 - chance)^d = P(1 - u <= (1 -
    chance)^d), so wait = floor(log(1 - u) / log(1 - chance)), and u < chance is a move today.
    ``per_log_stay`` is 1 / log(1 - chance), set once per change of chance: a multiply where
    a divide was (ssudan's kernel about 2% faster, the same integers on the four scenarios).
    (np.log, not log1p: the same integers, at less than half the cost, which matters at tens
    of millions of calls.)
    """
    if u < chance:
        return np.int64(0)
    if chance <= 0.0:
        return np.int64(NEVER)
    wait = np.log(1.0 - u) * per_log_stay
    return np.int64(NEVER) if wait >= NEVER else np.int64(wait)


@nb.njit(inline="always", cache=True)
def settled_wake(u, chance, per_log_stay, day):
    """The wake day of someone who stays where he is today: his daily draws start tomorrow.

    The kernel calls it at each way a day can end so, not once after its loop behind a flag:
    a branch less per person (car and ssudan 0.97-0.99 of the kernel's CPU, near the noise).
    """
    wait = 1 + days_until_move(u, chance, per_log_stay)
    return NEVER if wait >= NEVER - day else day + wait


@nb.njit(nogil=True, cache=True)
def _move_stripes(job, change, claims, gen, backward, n, any_redraw, total, key, day, location, link, distance, route, step, previous,
                  wake, backtrack, movechance, per_log_stay, redraw, by_place, cum, end, first_stop, ptr, links,
                  link_src, link_dst, link_length, link_speed, link_walk, walk_speed, closed, dest_full):
    # Someone at a place sleeps until ``wake``, the day his daily move draws first succeed,
    # drawn once when he settles, so a quiet day costs one vectorised read for him.
    # ``redraw`` marks places whose chance changed today: by memorylessness, drawing their
    # sleepers' wait again is exact. Indices are unsigned (np.uintp) where they are known to
    # be valid: signed ones make Numba add a negative-index fix-up to every array access.
    # One loop body with no calls but inlined helpers: a call passing this many arrays
    # costs more than everything a person does on a quiet day.
    # With ``claims`` (a Spinner's day, generation ``gen``) the main thread takes stripes from
    # the front and the helper from the back (``backward``), each claiming a stripe by raising
    # its claims word to ``gen``, until one finds the other's claim. Otherwise threads claim
    # stripes in memory order from job[TAKEN]: one the OS pauses on a busy
    # machine no longer holds up the day, and a stripe's lines that the prefetcher has already
    # fetched past the previous one are still cached (about 10% less CPU on car, ssudan and
    # burundi than a fixed, scattered share of stripes per thread). Who takes which stripe
    # changes no result: draws are per person, and each thread's ``change`` row is summed as
    # integers.
    stripes = (n + BLOCK - 1) // BLOCK
    due = np.empty(BLOCK, dtype=np.uint32)  # who in this stripe acts today
    cursor = 0
    while True:
        if len(claims) == 0:
            s = _atomic_add(job, TAKEN, 1)
            if s >= stripes:
                break
        else:
            s = stripes - 1 - cursor if backward else cursor
            cursor += 1
            if s < 0 or s >= stripes or _atomic_max(claims, s, gen) >= gen:
                break
        first = s * BLOCK
        woken = wake[first:min(n, first + BLOCK)]
        m = 0
        if any_redraw:  # also everyone at a place whose chance changed today (branch-free)
            for j in range(len(woken)):
                i = np.uintp(first + j)
                due[m] = j
                m += (woken[j] <= day) | ((link[i] < 0) & redraw[np.uintp(location[i])])
        else:
            whole = len(woken) - len(woken) % LANES
            for j in range(0, whole, LANES):
                m = _append_due(wake, first + j, day, due, m, j)
            for j in range(whole, len(woken)):  # branch-free
                due[m] = j
                m += woken[j] <= day
        for t in range(m):
            i = np.uintp(first + due[t])
            w = wake[i]
            k = 0  # index of this person's next draw today
            lk = link[i]
            departing = lk < 0
            if departing:
                loc = np.uintp(location[i])
            seed = person_seed(key, i)  # almost everyone past here draws today, most twice or more
            # New in the simulation, or his place changed today (any_redraw first: on most days no
            # place changed, and this branch then waits for no load of redraw).
            if departing and (w < 0 or (any_redraw and redraw[loc])):
                wait = days_until_move(draw(seed, day, 0), movechance[loc], per_log_stay[loc])
                k = 1
                if wait > 0:
                    wake[i] = NEVER if wait >= NEVER - day else day + wait
                    continue
                wake[i] = day  # leaving today: a traveller is due every day until he settles
            moved = 0.0
            while True:
                if departing:
                    # Plan a route if there is none, then step onto its next link.
                    departing = False
                    r = np.int64(route[i])
                    if r < 0:
                        if total[loc] <= 0.0:
                            wake[i] = settled_wake(draw(seed, day, k), movechance[loc], per_log_stay[loc], day)
                            break
                        lo = np.uintp(by_place[loc])
                        last = np.uintp(by_place[loc + np.uintp(1)] - 1)
                        # A route straight back to the place just left keeps ``backtrack`` of its
                        # weight: one draw over the reweighted candidates, what redrawing such a
                        # choice until one is kept with chance ``backtrack`` converges to.
                        back = previous[i]
                        way_back = 0.0
                        below = 0.0
                        for c in range(lo, last + np.uintp(1)):
                            way_back += cum[c] - below if first_stop[c] == back else 0.0
                            below = cum[c]
                        kept = total[loc] - (1.0 - backtrack) * way_back
                        factor = backtrack
                        if kept <= 1e-9 * total[loc]:  # only ways back: take one of them
                            kept, factor = total[loc], 1.0
                        u = draw(seed, day, k) * kept
                        k += 1
                        # The first candidate whose running weight passes u, counted without
                        # leaving the loop early: a trip count fixed per place is predicted
                        # where an exit at a random candidate was mispredicted.
                        c = lo
                        below = 0.0
                        acc = 0.0
                        for j in range(lo, last):
                            w = cum[j] - below
                            below = cum[j]
                            acc += w * factor if first_stop[j] == back else w
                            c += np.uintp(acc <= u)
                        r, st = np.int64(c), 0
                    else:
                        st = step[i]
                    c = np.uintp(r)
                    at = ptr[c] + st
                    lk = links[np.uintp(at)]
                    if dest_full[np.uintp(end[c])] or closed[np.uintp(lk)] > 0:
                        route[i] = -1
                        step[i] = st
                        wake[i] = settled_wake(draw(seed, day, k), movechance[loc], per_log_stay[loc], day)
                        break
                    change[loc] -= 1
                    previous[i] = loc
                    step[i] = st + 1
                    route[i] = -1 if at + 1 >= ptr[c + np.uintp(1)] else r
                    start = 0.0
                else:
                    start = np.float64(distance[i])
                # Travel along the current link.
                on = np.uintp(lk)
                speed = link_speed[on]
                if link_walk[on] > 0.0:
                    if draw(seed, day, k) < link_walk[on]:
                        speed = walk_speed
                    k += 1
                pos = start + speed
                moved += speed
                length = link_length[on]
                if pos <= length:
                    link[i] = lk
                    distance[i] = pos
                    break
                moved += length - pos
                link[i] = -1
                distance[i] = 0.0
                if closed[on] > 0:  # closed while travelling: back to where the link starts
                    here = np.uintp(link_src[on])
                    route[i] = -1
                    location[i] = here
                    change[here] += 1
                    wake[i] = settled_wake(draw(seed, day, k), movechance[here], per_log_stay[here], day)
                    break
                here = np.uintp(link_dst[on])
                location[i] = here
                change[here] += 1
                if moved >= speed:
                    wake[i] = settled_wake(draw(seed, day, k), movechance[here], per_log_stay[here], day)
                    break
                # Time left today: decide again at the new place; a new link gets a full day's credit.
                wait = days_until_move(draw(seed, day, k), movechance[here], per_log_stay[here])
                k += 1
                if wait > 0:
                    wake[i] = NEVER if wait >= NEVER - day else day + wait
                    break
                departing, loc = True, here
    _atomic_add(job, FINISHED, 1)
