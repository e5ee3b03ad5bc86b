"""The OWL 2 RL axioms of the ontology that inference and the consistency check use, read from
the ontology graph of a store and closed at the schema level (a few hundred axioms), so that
applying them to the instance data needs no further reasoning about classes or properties.

>>> store = ox.Store()
>>> ttl = '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . <http://x/A> rdfs:subClassOf <http://x/B> . <http://x/B> rdfs:subClassOf <http://x/C> .'
>>> store.load(ttl, format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
>>> sorted(read_schema(store).super_classes["http://x/A"])
['http://x/B', 'http://x/C']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import ONTOLOGY_GRAPH, PREFIXES


@dataclass
class Schema:
    """The OWL 2 RL axioms of the ontology that matter for the instance data, closed."""

    super_classes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    super_properties: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    inverses: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    symmetric: set[str] = field(default_factory=set)
    transitive: set[str] = field(default_factory=set)
    chains: list[tuple[str, str, str]] = field(default_factory=list)
    domains: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    ranges: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    disjoint: set[frozenset[str]] = field(default_factory=set)


def _pairs(store: ox.Store, pattern: str) -> list[tuple[str, str]]:
    query = f"SELECT ?a ?b WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ {pattern} }} FILTER(isIRI(?a) && isIRI(?b)) }}"
    return [(row["a"].value, row["b"].value) for row in store.query(query, prefixes=PREFIXES)]


def _close(direct: dict[str, set[str]]) -> dict[str, set[str]]:
    """Transitive closure of a small relation (schema level: hundreds of edges)."""
    closed: dict[str, set[str]] = defaultdict(set)
    for start in list(direct):
        seen: set[str] = set()
        todo = list(direct[start])
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(direct.get(node, ()))
        seen.discard(start)
        closed[start] = seen
    return closed


def _hierarchy(store: ox.Store, sub: str, equivalent: str) -> dict[str, set[str]]:
    """Everything above each class or property through ``sub`` (e.g. ``rdfs:subClassOf``),
    an ``equivalent`` pair counting both ways (cax-eqc, prp-eqp), closed."""
    direct: dict[str, set[str]] = defaultdict(set)
    for a, b in _pairs(store, f"?a {sub} ?b"):
        direct[a].add(b)
    for a, b in _pairs(store, f"?a {equivalent} ?b"):
        direct[a].add(b)
        direct[b].add(a)
    return _close(direct)


def read_schema(store: ox.Store) -> Schema:
    """Read and close the RL axioms from the ontology graph of ``store``."""
    schema = Schema()
    schema.super_classes = _hierarchy(store, "rdfs:subClassOf", "owl:equivalentClass")
    schema.super_properties = _hierarchy(store, "rdfs:subPropertyOf", "owl:equivalentProperty")

    for a, b in _pairs(store, "?a owl:inverseOf ?b"):
        schema.inverses[a].add(b)
        schema.inverses[b].add(a)
    schema.symmetric = {a for a, _ in _pairs(store, "?a a owl:SymmetricProperty . BIND(?a AS ?b)")}
    schema.transitive = {a for a, _ in _pairs(store, "?a a owl:TransitiveProperty . BIND(?a AS ?b)")}
    for a, b in _pairs(store, "?a rdfs:domain ?b"):
        schema.domains[a].add(b)
    for a, b in _pairs(store, "?a rdfs:range ?b"):
        schema.ranges[a].add(b)

    chain_query = f"""
        SELECT ?r ?p1 ?p2 WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{
            ?r owl:propertyChainAxiom ?l . ?l rdf:first ?p1 ; rdf:rest ?l2 .
            ?l2 rdf:first ?p2 ; rdf:rest rdf:nil . }} }}"""
    schema.chains = sorted(
        (row["r"].value, row["p1"].value, row["p2"].value) for row in store.query(chain_query, prefixes=PREFIXES)
    )

    for a, b in _pairs(store, "?a owl:disjointWith ?b"):
        schema.disjoint.add(frozenset((a, b)))
    members_query = f"""
        SELECT ?set ?m WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{
            ?set a owl:AllDisjointClasses ; owl:members/rdf:rest*/rdf:first ?m . }} }}"""
    groups: dict[str, list[str]] = defaultdict(list)
    for row in store.query(members_query, prefixes=PREFIXES):
        groups[str(row["set"])].append(row["m"].value)
    for members in groups.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                schema.disjoint.add(frozenset((a, b)))
    return schema


__all__ = ["Schema", "read_schema"]
