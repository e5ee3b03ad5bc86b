"""Pausing Python's cyclic garbage collector while validating or publishing builds big acyclic structures.

pyoxigraph's terms and triples are tracked by the collector, so parsing a million triples
into a list triggers collection after collection, each rescanning everything still alive:
2.5x the parse time (2M triples: 2.4 s instead of 1.0 s). Nothing publishing builds is in a
reference cycle (``gc.collect()`` after rendering a span of pages finds nothing), so plain
reference counting frees it all the same.

>>> import gc
>>> with paused():
...     gc.isenabled()
False
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Disable the cyclic collector for the block; restore its previous state after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
