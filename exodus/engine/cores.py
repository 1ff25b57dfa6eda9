"""How many cores this process may use and how many other processes are using them now.

Work is split onto a second core only where one is spare: on a busy machine a helper thread or
process only adds its own costs and takes the core from someone else's work.
"""

from __future__ import annotations

import os
import time


def usable_cores() -> int:
    """Cores this process may run on (its affinity where the OS tells it)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def others_running() -> float:
    """Other processes running or ready to run now: /proc/loadavg's count of them, less this one
    (a load average would count this process's own children just ended); without /proc, the
    1-minute load average less this process."""
    try:
        with open("/proc/loadavg", encoding="ascii") as stream:
            return int(stream.read().split()[3].split("/")[0]) - 1
    except (OSError, ValueError, IndexError):
        return os.getloadavg()[0] - 1


def core_spare(looks: int = 1, own_threads: int = 0) -> bool:
    """Whether a core is free for a helper beside this process: in most of ``looks`` counts
    of running processes half a millisecond apart (one count catches whatever woke for an
    instant: a decision that holds for a whole run takes a few), not counting ``own_threads``
    of this process's helper threads still running. The looks stop once most of them are decided
    (two of three alike: the third, and its half-millisecond wait, would change nothing)."""
    spare = busy = 0
    for look in range(looks):
        if look:
            time.sleep(0.0005)
        if others_running() - own_threads < usable_cores() - 1.5:
            spare += 1
        else:
            busy += 1
        if 2 * spare > looks or 2 * busy >= looks:
            break
    return 2 * spare > looks
