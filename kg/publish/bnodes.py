"""Stable labels for blank nodes, so that the same graph always serialises to the same bytes.

The data names every node with an IRI, but the ontology has blank nodes (``owl:AllDisjointClasses``
axioms, the RDF lists of ``owl:members`` and ``owl:propertyChainAxiom``). A store gives them
random identifiers at every load. Each one is relabelled here by a hash of its content:
colour refinement (1-dimensional Weisfeiler-Lehman), where a node's colour is the SHA-256 of
its outgoing ``(predicate, object)`` and incoming ``(subject, predicate)`` edges, in every
graph, with blank neighbours standing for their own colour of the previous round, repeated
until the partition stops splitting. This is exact for tree-shaped blank nodes such as OWL
axioms and lists; nodes that refinement cannot tell apart are interchangeable in every graph
met in practice, and are numbered in the order of their colour.

>>> import pyoxigraph as ox
>>> p = ox.NamedNode("http://ex/p")
>>> a = [ox.Quad(ox.BlankNode("x1"), p, ox.Literal("a"), ox.DefaultGraph())]
>>> b = [ox.Quad(ox.BlankNode("y9"), p, ox.Literal("a"), ox.DefaultGraph())]
>>> canonical_labels(a)["x1"] == canonical_labels(b)["y9"]
True
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox

Edge = tuple[str, str, object, str]


def _key(term: object, colours: dict[str, str]) -> str:
    if isinstance(term, ox.BlankNode):
        return "_:" + colours[term.value]
    return str(term)


def canonical_labels(quads: Iterable[ox.Quad]) -> dict[str, str]:
    """Map each blank node id found in ``quads`` to a label derived from its content."""
    edges: dict[str, list[Edge]] = defaultdict(list)
    for quad in quads:
        graph = str(quad.graph_name)
        if isinstance(quad.subject, ox.BlankNode):
            edges[quad.subject.value].append(("out", str(quad.predicate), quad.object, graph))
        if isinstance(quad.object, ox.BlankNode):
            edges[quad.object.value].append(("in", str(quad.predicate), quad.subject, graph))
    colours = {node: "" for node in edges}
    classes = 1
    for _ in range(len(edges) + 1):
        refined = {}
        for node, node_edges in edges.items():
            signature = sorted(
                (direction, predicate, _key(other, colours), graph)
                for direction, predicate, other, graph in node_edges
            )
            data = repr((colours[node], signature)).encode("utf-8")
            refined[node] = hashlib.sha256(data).hexdigest()
        colours = refined
        new_classes = len(set(colours.values()))
        if new_classes == classes:
            break
        classes = new_classes
    by_colour: dict[str, list[str]] = defaultdict(list)
    for node, colour in colours.items():
        by_colour[colour].append(node)
    labels: dict[str, str] = {}
    for colour, nodes in sorted(by_colour.items()):
        for i, node in enumerate(sorted(nodes)):
            labels[node] = f"b{colour[:24]}" + (f"n{i}" if len(nodes) > 1 else "")
    return labels


def relabel(term: object, labels: dict[str, str]) -> object:
    """The term with its blank node relabelled (other terms unchanged)."""
    if isinstance(term, ox.BlankNode):
        return ox.BlankNode(labels[term.value])
    return term
