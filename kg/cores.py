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


#: Niceness of the processes that write a release (page workers, dump writer): at a million
#: triples ``kg publish`` has about twice as much CPU work as two cores give it per minute,
#: and the validation beside it is the longest chain (its inference and copy to rdflib run on
#: one core). Yielding to it keeps that chain moving while the writing fills the rest.
WRITER_NICENESS = 10


def lower_priority() -> None:
    """Make this process yield to the validation (``os.nice``; a no-op where unsupported)."""
    try:
        os.nice(WRITER_NICENESS)
    except (AttributeError, OSError):
        pass


__all__ = ["WRITER_NICENESS", "lower_priority", "worker_count"]
