"""Fill a new on-disk store from RDF dump files: in pieces, several at once, some early.

``kg build`` parses and infers in memory, then writes the on-disk store from the N-Triples
files of its graph dump (kg.graph_dump): the asserted graphs while it infers (they no longer
change then, and inference keeps only one core busy), the inferred graph once it is done.

Why pieces: pyoxigraph's bulk loader keeps a whole batch of quads, its sorted index keys and
strings in memory, and one ``bulk_load`` of a big file keeps about one core busy. At 1M
synthetic triples (3.23M quads with the inferred ones), on two cores, one ``bulk_load`` of the
whole graph took 22-26 s and 1.8 GB; pieces of 48 MB (about 200k quads), two loading at a
time into the same store, took 15-20 s and 0.5 GB, for the same quads (docs/benchmarks.md).
Each piece is read from its file with ``os.pread``: nothing is copied to disk again.

Why blank nodes are loaded apart: the loader names the blank nodes of each input anew
(``_:b1`` in two pieces would give two nodes), so every line that mentions a blank node is
held back from its piece, and they are all loaded together by :meth:`StoreWriter.finish`, as
N-Quads, so they keep pointing at the same nodes in every graph. A line with ``_:`` inside a
literal is held back too, which is harmless.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.nt").write_bytes(b'<http://x/a> <http://x/p> _:l .\\n<http://x/a> <http://x/r> <http://x/b> .\\n')
>>> _ = (folder / "b.nt").write_bytes(b'_:l <http://x/q> "1" .\\n')
>>> writer = StoreWriter(folder / "store", piece_bytes=10)
>>> writer.load([(folder / "a.nt", ox.NamedNode("http://x/g")), (folder / "b.nt", ox.DefaultGraph())])
>>> writer.finish()
>>> store = ox.Store.read_only(str(folder / "store"))
>>> len(store), len(list(store.query("SELECT * { GRAPH ?g { <http://x/a> <http://x/p> ?l } ?l <http://x/q> ?v }")))
(3, 1)
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox

from kg.graph_dump import Graph

#: About how many bytes of N-Triples or N-Quads each ``bulk_load`` call reads. At 1M synthetic
#: triples 48 MB is about 200k quads and 0.2 GB of loader memory; 16 or 32 pieces loaded two at
#: a time were faster than 4 or 8, and than one.
PIECE_BYTES = 48 << 20
BLANK_NODE = b"_:"
#: Longest line looked for past a piece's nominal end (the dumps' lines are far shorter).
_LINE_SEARCH = 1 << 20

#: A dump file and the graph its triples go to; None for an N-Quads file (its own graphs).
Source = tuple[Path, Graph | None]


def piece_bounds(fd: int, size: int, piece_bytes: int) -> list[int]:
    """Offsets that cut the file ``fd`` of ``size`` bytes at line ends, about ``piece_bytes`` apart.

    >>> import tempfile
    >>> with tempfile.TemporaryFile() as f:
    ...     _ = f.write(b"aa\\nbbbb\\ncc\\n"); f.flush()
    ...     piece_bounds(f.fileno(), 11, 4)
    [0, 8, 11]
    """
    bounds = [0]
    while bounds[-1] < size:
        nominal = bounds[-1] + piece_bytes
        if nominal >= size:
            bounds.append(size)
            break
        end = os.pread(fd, _LINE_SEARCH, nominal - 1).find(b"\n")
        bounds.append(size if end < 0 else nominal + end)
    return bounds


def as_quad_line(line: bytes, graph: Graph | None) -> bytes:
    """An N-Triples line of ``graph`` as an N-Quads line (N-Quads lines are kept as they are).

    >>> as_quad_line(b'<http://x/a> <http://x/p> "1" .\\n', ox.NamedNode("http://x/g"))
    b'<http://x/a> <http://x/p> "1" <http://x/g> .\\n'
    """
    if not isinstance(graph, ox.NamedNode):
        return line
    body = line.rstrip()
    return body[:-1].rstrip() + b" <" + graph.value.encode() + b"> .\n"


class StoreWriter:
    """A new on-disk store at ``folder``, filled by :meth:`load` (as often as needed, from any
    thread) and made ready by :meth:`finish`; :meth:`stop` makes a running :meth:`load` return
    after the pieces it is loading (the build failed and the store will be discarded)."""

    def __init__(self, folder: Path, *, piece_bytes: int = PIECE_BYTES) -> None:
        self.store = ox.Store(str(folder))
        self.piece_bytes = piece_bytes
        self._held_back: list[bytes] = []
        self._stopped = threading.Event()

    def load(self, sources: Iterable[Source], *, workers: int = 1) -> None:
        """Bulk-load ``sources``, ``workers`` pieces at a time, holding back blank-node lines."""
        pieces = []
        for path, graph in sources:
            with open(path, "rb") as handle:
                bounds = piece_bounds(handle.fileno(), os.fstat(handle.fileno()).st_size, self.piece_bytes)
            pieces.extend((path, graph, start, end) for start, end in zip(bounds, bounds[1:]))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(self._load_piece, pieces))

    def _load_piece(self, piece: tuple[Path, Graph | None, int, int]) -> None:
        if self._stopped.is_set():
            return
        path, graph, start, end = piece
        with open(path, "rb") as handle:
            data = os.pread(handle.fileno(), end - start, start)
        if BLANK_NODE in data:
            lines = data.splitlines(keepends=True)
            self._held_back.extend(as_quad_line(line, graph) for line in lines if BLANK_NODE in line)
            data = b"".join(line for line in lines if BLANK_NODE not in line)
        if graph is None:
            self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
        else:
            self.store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)

    def stop(self) -> None:
        """Load no more pieces."""
        self._stopped.set()

    def finish(self) -> None:
        """Load the held-back blank-node lines together, compact the store and close it.

        ``optimize`` compacts what the bulk loader left: at 1M synthetic triples it leaves
        several overlapping files per index, and every lookup of a query bound to one entity
        visits them all. Compacting costs 3-6 s there (nothing at 100k, where there is nothing
        to compact) and makes those lookups about 2.5x faster: a filmography takes 33 ms of
        CPU instead of 60 (docs/benchmarks.md). A store is built once and queried many times.
        """
        if self._held_back:
            self.store.bulk_load(b"".join(self._held_back), format=ox.RdfFormat.N_QUADS, lenient=True)
            self._held_back.clear()
        self.store.optimize()
        self.store.flush()
        del self.store


__all__ = ["PIECE_BYTES", "Source", "StoreWriter", "as_quad_line", "piece_bounds"]
