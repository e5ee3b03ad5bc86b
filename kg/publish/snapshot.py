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
from kg.graph_dump import read_graph_dump
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
        lines: list[bytes] = []
        for graph in graphs:
            lines.extend(self.graphs.get(graph, ()))
        # each graph's lines are a sorted run, which the sort merges (3x faster than sorting a
        # set); equal lines end up side by side and dict.fromkeys keeps the first of each
        lines.sort()
        return list(dict.fromkeys(lines))

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

    def nquads_grouped(self) -> list[bytes]:
        """Every quad as an N-Quads line, graph by graph (default graph first, then by IRI),
        each graph's lines sorted: the order TriG is written in."""
        lines: list[bytes] = []
        for graph in sorted(self.graphs):
            if graph == DEFAULT:
                lines.extend(self.graphs[graph])
            else:
                suffix = b" <" + graph.encode("utf-8") + b"> .\n"
                lines.extend([line[:-3] + suffix for line in self.graphs[graph]])
        return lines

    def nquads(self, grouped: list[bytes] | None = None) -> list[bytes]:
        """Every quad as an N-Quads line, sorted bytewise (canonical sorted N-Quads).

        Sorted from :meth:`nquads_grouped` (``grouped`` if already made): a graph's lines keep
        their order as quads, so the sort only merges one sorted run per graph.
        """
        return sorted(self.nquads_grouped() if grouped is None else grouped)

    def nquads_by_graph(self, graphs: list[str] | None = None) -> bytes:
        """N-Quads grouped graph by graph (default graph first): the order TriG is written in.

        A line of canonical N-Triples holds no raw line break (N-Triples escapes them in
        literals), so ``" .\\n"`` occurs only at its end: one ``replace`` per graph turns its
        triples into quads.
        """
        parts = []
        for graph in sorted(self.graphs if graphs is None else graphs):
            joined = b"".join(self.graphs[graph])
            parts.append(joined if graph == DEFAULT else joined.replace(b" .\n", b" <" + graph.encode("utf-8") + b"> .\n"))
        return b"".join(parts)

    def __len__(self) -> int:
        return sum(len(lines) for lines in self.graphs.values())


def _triple(line: bytes) -> ox.Triple:
    return next(iter(ox.parse(line, format=ox.RdfFormat.N_TRIPLES)))


def _has_bnode(triple: ox.Triple) -> bool:
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)


def _construct(store: ox.Store, graph: str, predicates: list[str]) -> bytes:
    """The N-Triples of the triples of ``graph`` whose predicate is one of ``predicates``."""
    if not predicates:
        return b""
    values = " ".join(f"<{p}>" for p in predicates)
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} VALUES ?p {{ {values} }} }}"
    return store.query(query).serialize(format=ox.RdfFormat.N_TRIPLES)


def _dump_part(store_path: str, graph: str, predicates: list[str], target: str) -> None:
    """In a child process: the triples of ``graph`` with these predicates, sorted, into ``target``."""
    store = ox.Store.read_only(store_path)
    lines = _construct(store, graph, predicates).splitlines(keepends=True)
    lines.sort()
    with open(target, "wb") as out:
        out.write(b"".join(lines))


def _triples_in(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> int:
    where = "?s ?p ?o" if isinstance(graph, ox.DefaultGraph) else f"GRAPH <{graph.value}> {{ ?s ?p ?o }}"
    return int(next(iter(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")))["n"].value)


def _split_inferred(store: ox.Store, graphs: list) -> tuple[list[str], list[str]]:
    """The predicates of the inferred graph in two sets: the helper's and this process's.

    This process also reads every other graph, so the helper takes about half of all
    triples: the inferred graph alone is two thirds of them (measured at 100k and 1M).
    Counting is cheap (no term is decoded); reading is what costs.
    """
    query = f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }} }} GROUP BY ?p"
    per_predicate = [(row["p"].value, int(row["n"].value)) for row in store.query(query)]
    others = sum(_triples_in(store, g) for g in graphs if g != ox.NamedNode(INFERRED_GRAPH) and not isinstance(g, ox.BlankNode))
    target = (others + sum(n for _, n in per_predicate)) / 2
    helper: list[str] = []
    mine: list[str] = []
    taken = 0
    for predicate, n in sorted(per_predicate, key=lambda item: (-item[1], item[0])):
        if taken + n <= target or not helper:
            helper.append(predicate)
            taken += n
        else:
            mine.append(predicate)
    return helper, mine


def take_snapshot(store: ox.Store, *, path: Path | str | None = None, generation: Path | str | None = None) -> Snapshot:
    """Read every graph of ``store`` (pyoxigraph dumps it natively, graph by graph).

    With ``generation`` (the build generation folder of ``store``) the graphs are read from
    the N-Triples ``kg build`` wrote beside the store (kg.graph_dump), when it did: the same
    triples, without reading RocksDB back (at 1M synthetic triples about 4 CPU-s instead of 28).
    Otherwise, with ``path`` (the folder of ``store`` on disk) a second process opening the
    store read-only reads part of the inferred graph, the largest (split by predicate so that
    both processes read about as many triples), while this one reads the rest: on RocksDB,
    reading is the slow part (every term is looked up by its id).
    """
    dumped = read_graph_dump(Path(generation)) if generation is not None else None
    dumps = dumped if dumped is not None else _read_store(store, path)
    return _canonical(dumps)


def _read_store(store: ox.Store, path: Path | str | None) -> dict[str, bytes]:
    """Each graph's N-Triples read out of ``store`` (see :func:`take_snapshot`)."""
    names = [ox.DefaultGraph(), *store.named_graphs()]
    helper = None
    mine: list[str] = []
    if path is not None and ox.NamedNode(INFERRED_GRAPH) in names and "fork" in multiprocessing.get_all_start_methods():
        helper_predicates, mine = _split_inferred(store, names)
        folder = tempfile.mkdtemp(prefix="kg-snapshot-")
        target = os.path.join(folder, "inferred.nt")
        helper = multiprocessing.get_context("fork").Process(target=_dump_part, args=(str(path), INFERRED_GRAPH, helper_predicates, target))
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
        if helper is not None:
            own_part = _construct(store, INFERRED_GRAPH, mine)
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
        if data or own_part:
            dumps[INFERRED_GRAPH] = data + own_part  # the helper's part sorted already: one long run for the sort below
    return dumps


def _canonical(dumps: dict[str, bytes]) -> Snapshot:
    """The snapshot of each graph's N-Triples: blank nodes relabelled stably, lines sorted."""
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
