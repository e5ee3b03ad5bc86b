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

from dataclasses import dataclass
from functools import cached_property

import pyoxigraph as ox

from kg.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH
from kg.publish.bnodes import canonical_labels, relabel

#: The key of the default graph in :attr:`Snapshot.graphs` (data loaded from plain Turtle).
DEFAULT = ""

_BNODE_QUADS = """SELECT ?s ?p ?o ?g WHERE {
  { GRAPH ?g { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) } }
  UNION { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) }
}"""


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

    def nquads_by_graph(self) -> bytes:
        """N-Quads grouped graph by graph (default graph first): the order TriG is written in."""
        out = bytearray()
        for graph in sorted(self.graphs):
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


def _relabel_line(line: bytes, labels: dict[str, str]) -> bytes:
    triple = next(iter(ox.parse(line, format=ox.RdfFormat.N_TRIPLES)))
    if not any(isinstance(t, ox.BlankNode) for t in (triple.subject, triple.object)):
        return line  # "_:" inside a literal
    fixed = ox.Triple(relabel(triple.subject, labels), triple.predicate, relabel(triple.object, labels))
    return ox.serialize([fixed], format=ox.RdfFormat.N_TRIPLES)


def take_snapshot(store: ox.Store) -> Snapshot:
    """Read every graph of ``store`` (pyoxigraph dumps it natively, graph by graph)."""
    bnode_quads = [
        ox.Quad(row["s"], row["p"], row["o"], row["g"] if row["g"] is not None else ox.DefaultGraph())
        for row in store.query(_BNODE_QUADS)
    ]
    labels = canonical_labels(bnode_quads)
    graphs: dict[str, list[bytes]] = {}
    names: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [ox.DefaultGraph(), *store.named_graphs()]
    for name in names:
        if isinstance(name, ox.BlankNode):
            raise ValueError("blank-node graph names cannot be published")
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
        if not data:
            continue
        lines = data.splitlines(keepends=True)
        if labels and b"_:" in data:
            lines = [_relabel_line(line, labels) if b"_:" in line else line for line in lines]
        lines.sort()
        key = DEFAULT if isinstance(name, ox.DefaultGraph) else name.value
        graphs[key] = lines
    return Snapshot(graphs)
