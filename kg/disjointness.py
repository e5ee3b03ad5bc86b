"""Consistency: entities typed, after inference, with two classes the ontology declares
disjoint (OWL 2 RL rules cax-dw and cax-adc). ``kg build`` refuses such a graph and
``kg validate`` reports the clash.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.owl_axioms import Schema, read_schema


def _values(pairs: Iterable[tuple[str, str]]) -> str:
    """The rows of a SPARQL ``VALUES (?a ?b)`` block for IRI ``pairs``, each once, sorted."""
    return " ".join(f"(<{a}> <{b}>)" for a, b in sorted(set(pairs)))


@dataclass(frozen=True)
class Clash:
    """An entity typed with two classes the ontology declares disjoint."""

    entity: str
    class_a: str
    class_b: str

    def __str__(self) -> str:
        return f"{self.entity} is both {self.class_a} and {self.class_b}, which the ontology declares disjoint"


def disjoint_cliques(pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Groups of pairwise disjoint classes that together cover every disjoint pair.

    An entity has a clash exactly when two of its classes fall in one group, so one scan per
    group finds whether there is any clash (the ontology's 78 pairs make 4 groups).

    >>> disjoint_cliques([("A", "B"), ("A", "C"), ("B", "C"), ("C", "D")])
    [['A', 'B', 'C'], ['C', 'D']]
    """
    pairs = sorted({tuple(sorted(p)) for p in pairs})
    partners: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        partners[a].add(b)
        partners[b].add(a)
    uncovered, cliques = set(pairs), []
    while uncovered:
        clique = list(min(uncovered))
        for c in sorted(partners):
            if c not in clique and all(c in partners[m] for m in clique):
                clique.append(c)
        cliques.append(sorted(clique))
        uncovered -= {(a, b) for a in clique for b in clique if a < b}
    return cliques


def _typed_twice_in_a_clique(store: ox.Store, cliques: list[list[str]]) -> bool:
    """Whether some entity has two classes of one clique: one grouped scan per clique, several
    times cheaper than joining the types of every disjoint pair."""
    for clique in cliques:
        classes = " ".join(f"<{c}>" for c in clique)
        query = f"""ASK {{ {{ SELECT ?x WHERE {{ VALUES ?c {{ {classes} }} ?x a ?c }}
            GROUP BY ?x HAVING (COUNT(DISTINCT ?c) > 1) LIMIT 1 }} }}"""
        if store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True):
            return True
    return False


def disjointness_clashes(store: ox.Store, schema: Schema | None = None) -> list[Clash]:
    """Entities typed (after inference) with two disjoint classes: cax-dw and cax-adc.

    A cheap scan per group of pairwise disjoint classes answers the usual case (no clash); only
    when it finds one does the join over every pair list the clashes.
    """
    schema = schema or read_schema(store)
    if not schema.disjoint:
        return []
    pairs = sorted(tuple(sorted(p)) for p in schema.disjoint)
    if not _typed_twice_in_a_clique(store, disjoint_cliques(pairs)):
        return []
    query = f"""SELECT DISTINCT ?x ?a ?b WHERE {{
        VALUES (?a ?b) {{ {_values(pairs)} }} ?x a ?a . ?x a ?b . }} ORDER BY ?x ?a ?b"""
    return [
        Clash(row["x"].value, row["a"].value, row["b"].value)
        for row in store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    ]


__all__ = ["Clash", "disjoint_cliques", "disjointness_clashes"]
