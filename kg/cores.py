"""How many worker processes the CPU-bound steps (page rendering, whole-graph SHACL) start."""

from __future__ import annotations

import os


def worker_count(*, limit: int = 4) -> int:
    """One per core available to this process (its CPU affinity, not the machine's count), at
    most ``limit``: beyond four, forking and merging cost more than the cores give back here.

    >>> 1 <= worker_count() <= 4
    True
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(limit, cores))


__all__ = ["worker_count"]
