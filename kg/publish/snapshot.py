"""The built graph read once, as sorted canonical N-Triples lines per named graph.

Every dump of a release is made from this one snapshot, so they all agree. Lines are the
canonical N-Triples that pyoxigraph writes, blank nodes relabelled stably
(:mod:`kg.publish.bnodes`), sorted bytewise: the same graph always gives the same lines.

>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> store.add(ox.Quad(ox.NamedNode("http://ex/b"), ox.NamedNode("http://ex/p"), ox.Literal("1"), ox.NamedNode("http://ex/g")))
>>> store.add(ox.Quad(ox.NamedNode("http://ex/a"), ox.NamedNode("http://ex/p"), ox.Literal("2"), ox.NamedNode("http://ex/g")))
>>> take_snapshot(store).graphs["http://ex/g"]
[b'<http://ex/a> <http://ex/p> "2" .\\n', b'<http://ex/b> <http://ex/p> "1" .\\n']
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KGError
from kg.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH
from kg.publish.bnodes import canonical_labels, relabel

#: The key of the default graph in :attr:`Snapshot.graphs` (data loaded from plain Turtle).
DEFAULT = ""


@dataclass
class Snapshot:
    """Canonical N-Triples lines (each ending in ``" .\\n"``), sorted, per graph IRI."""

    graphs: dict[str, list[bytes]]

    @property
    def named(self) -> list[str]:
        """The named graphs, sorted."""
        return sorted(g for g in self.graphs if g != DEFAULT)

    def data_graphs(self) -> list[str]:
        """Graphs holding asserted data: every graph but the ontology and the inferred one."""
        return [g for g in sorted(self.graphs) if g not in (ONTOLOGY_GRAPH, INFERRED_GRAPH)]

    def merged(self, graphs: list[str]) -> list[bytes]:
        """The distinct triples of ``graphs``, sorted."""
        lines: set[bytes] = set()
        for graph in graphs:
            lines.update(self.graphs.get(graph, ()))
        return sorted(lines)

    @cached_property
    def union(self) -> list[bytes]:
        """The default-graph view: distinct triples of every graph (what queries see), sorted."""
        return self.merged(list(self.graphs))

    @cached_property
    def asserted(self) -> list[bytes]:
        return self.merged(self.data_graphs())

    @property
    def inferred(self) -> list[bytes]:
        return self.graphs.get(INFERRED_GRAPH, [])

    @property
    def ontology(self) -> list[bytes]:
        return self.graphs.get(ONTOLOGY_GRAPH, [])

    def nquads(self) -> list[bytes]:
        """Every quad as an N-Quads line, sorted bytewise (canonical sorted N-Quads)."""
        lines: list[bytes] = []
        for graph, triples in self.graphs.items():
            if graph == DEFAULT:
                lines.extend(triples)
            else:
                suffix = b" <" + graph.encode("utf-8") + b"> .\n"
                lines.extend(line[:-3] + suffix for line in triples)
        lines.sort()
        return lines

    def nquads_by_graph(self, graphs: list[str] | None = None) -> bytes:
        """N-Quads grouped graph by graph (default graph first): the order TriG is written in."""
        out = bytearray()
        for graph in sorted(self.graphs if graphs is None else graphs):
            if graph == DEFAULT:
                out += b"".join(self.graphs[graph])
                continue
            suffix = b" <" + graph.encode("utf-8") + b"> .\n"
            for line in self.graphs[graph]:
                out += line[:-3]
                out += suffix
        return bytes(out)

    def __len__(self) -> int:
        return sum(len(lines) for lines in self.graphs.values())


def _triple(line: bytes) -> ox.Triple:
    return next(iter(ox.parse(line, format=ox.RdfFormat.N_TRIPLES)))


def _has_bnode(triple: ox.Triple) -> bool:
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)


def _dump_sorted(store_path: str, graph: str, target: str) -> None:
    """In a child process: dump one graph of the on-disk store, sorted, into ``target``."""
    store = ox.Store.read_only(store_path)
    lines = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph)).splitlines(keepends=True)
    lines.sort()
    with open(target, "wb") as out:
        out.write(b"".join(lines))


def take_snapshot(store: ox.Store, *, path: Path | str | None = None) -> Snapshot:
    """Read every graph of ``store`` (pyoxigraph dumps it natively, graph by graph).

    With ``path`` (the folder of ``store`` on disk) the inferred graph, the largest, is read
    by a second process opening the store read-only, while this one reads the others: on
    RocksDB, reading is the slow part (every term is looked up by its id).
    """
    names = [ox.DefaultGraph(), *store.named_graphs()]
    helper = None
    if path is not None and ox.NamedNode(INFERRED_GRAPH) in names and "fork" in multiprocessing.get_all_start_methods():
        folder = tempfile.mkdtemp(prefix="kg-snapshot-")
        target = os.path.join(folder, "inferred.nt")
        helper = multiprocessing.get_context("fork").Process(target=_dump_sorted, args=(str(path), INFERRED_GRAPH, target))
        helper.start()
        names.remove(ox.NamedNode(INFERRED_GRAPH))
    dumps: dict[str, bytes] = {}
    try:
        for name in names:
            if isinstance(name, ox.BlankNode):
                raise KGError("a graph is named by a blank node; name every graph with an IRI (src:…).")
            data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
            if data:
                dumps[DEFAULT if isinstance(name, ox.DefaultGraph) else name.value] = data
    finally:
        if helper is not None:
            helper.join()
    if helper is not None:
        if helper.exitcode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            raise KGError(f"reading the inferred graph of {path} failed (exit {helper.exitcode}). Rebuild the store with `kg build`.")
        with open(target, "rb") as handle:
            data = handle.read()
        shutil.rmtree(folder, ignore_errors=True)
        if data:
            dumps[INFERRED_GRAPH] = data
    # blank nodes are rare (the ontology's axioms and lists): find them in the lines that may hold one
    candidates: dict[str, list[tuple[bytes, ox.Triple]]] = {}
    for key, data in dumps.items():
        if b"_:" in data:
            found = [(line + b"\n", t) for line in data.split(b"\n") if b"_:" in line for t in [_triple(line)] if _has_bnode(t)]
            if found:
                candidates[key] = found
    graph_term = {key: ox.DefaultGraph() if key == DEFAULT else ox.NamedNode(key) for key in candidates}
    labels = canonical_labels(ox.Quad(t.subject, t.predicate, t.object, graph_term[key]) for key, found in candidates.items() for _, t in found)
    graphs: dict[str, list[bytes]] = {}
    for key, data in dumps.items():
        lines = data.splitlines(keepends=True)
        if key in candidates:
            fixed = {
                line: ox.serialize([ox.Triple(relabel(t.subject, labels), t.predicate, relabel(t.object, labels))], format=ox.RdfFormat.N_TRIPLES)
                for line, t in candidates[key]
            }
            lines = [fixed.get(line, line) for line in lines]
        lines.sort()
        graphs[key] = lines
    return Snapshot(graphs)
