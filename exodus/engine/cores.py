"""How many cores this process may use and how many other processes are using them now.

Work is split onto a second core only where one is spare: on a busy machine a helper thread or
process only adds its own costs and takes the core from someone else's work.
"""

from __future__ import annotations

import os


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


def core_spare() -> bool:
    """Whether a core is free for a helper beside this process."""
    return others_running() < usable_cores() - 1.5
