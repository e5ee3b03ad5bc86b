"""Name keys for the probable-duplicate check: entity kind + kg.names.normalise_name.

``kg validate`` adds ``?x mcsh:nameKey "person|noureddinelakhmari"`` to the graph it
validates, for every name (rdfs:label, skos:altLabel, skos:prefLabel, mc:title) of every
entity of an identity kind; shapes/cross-entity.ttl compares the keys. Prizes are keyed
with the festival that awards them (every festival has its "Best actor").
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import pyoxigraph as ox

from kg.names import normalise_name
from kg.namespaces import MC, PREFIXES, RDF_TYPE

NAME_KEY = "https://w3id.org/moroccan-cinema/shapes#nameKey"

NAME_PROPERTIES = [
    ox.NamedNode(PREFIXES["rdfs"] + "label"),
    ox.NamedNode(PREFIXES["skos"] + "altLabel"),
    ox.NamedNode(PREFIXES["skos"] + "prefLabel"),
    ox.NamedNode(MC + "title"),
]

#: The kinds within which two equal names are suspicious, most specific first.
IDENTITY_KINDS = [
    (MC + "Person", "person"),
    (MC + "Organization", "organisation"),
    (MC + "Work", "work"),
    (MC + "WorkSeries", "work-series"),
    (MC + "EventSeries", "event-series"),
    (MC + "Edition", "edition"),
    (MC + "Prize", "prize"),
    (MC + "Place", "place"),
]


@lru_cache(maxsize=262144)
def name_key(text: str) -> str:
    """The normalised form of a name (cached: the graph repeats names across languages)."""
    return normalise_name(text)


def entity_name_keys(store: ox.Store) -> dict[ox.NamedNode | ox.BlankNode, set[str]]:
    """``kind|normalised name`` keys of every entity of an identity kind in ``store`` (all graphs)."""
    kinds: dict[ox.NamedNode | ox.BlankNode, str] = {}
    for class_iri, kind in reversed(IDENTITY_KINDS):
        for quad in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(class_iri), None):
            kinds[quad.subject] = kind
    awarded_by: dict[ox.NamedNode | ox.BlankNode, set[str]] = defaultdict(set)
    for quad in store.quads_for_pattern(None, ox.NamedNode(MC + "awardedBy"), None, None):
        awarded_by[quad.subject].add(quad.object.value)
    keys: dict[ox.NamedNode | ox.BlankNode, set[str]] = defaultdict(set)
    for predicate in NAME_PROPERTIES:
        for quad in store.quads_for_pattern(None, predicate, None, None):
            kind = kinds.get(quad.subject)
            if kind is None or not isinstance(quad.object, ox.Literal):
                continue
            name = name_key(quad.object.value)
            if not name:
                continue
            if kind == "prize":
                keys[quad.subject] |= {f"prize|{by}|{name}" for by in awarded_by.get(quad.subject, {""})}
            else:
                keys[quad.subject].add(f"{kind}|{name}")
    return keys


__all__ = ["IDENTITY_KINDS", "NAME_KEY", "NAME_PROPERTIES", "entity_name_keys", "name_key"]
