"""Name keys for the probable-duplicate check: entity kind + kg.names.normalise_name.

``kg validate`` adds ``?x mcsh:nameKey "person|noureddinelakhmari"`` to the graph it
validates, for every name (rdfs:label, skos:altLabel, skos:prefLabel, mc:title) of every
entity of an identity kind; shapes/cross-entity.ttl compares the keys. Prizes are keyed
with the festival that awards them (every festival has its "Best actor").
"""

from __future__ import annotations

import re
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


_NOT_ASCII_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=262144)
def name_key(text: str) -> str:
    """The normalised form of a name: kg.names.normalise_name, with a shortcut for ASCII.

    For ASCII text normalise_name keeps exactly the lower-cased letters and digits (nothing
    to decompose or transliterate), which is ten times cheaper to compute; the duplicate check
    scans every name of the graph, so it matters (tests/validate/test_names.py checks both
    agree).

    >>> name_key("Nour-Eddine LAKHMARI") == name_key("Noureddine Lakhmari") == normalise_name("Nour-Eddine Lakhmari")
    True
    """
    if text.isascii():
        return _NOT_ASCII_ALNUM.sub("", text.lower())
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
