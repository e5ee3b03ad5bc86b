"""Human-readable labels for the IRIs of a result, fetched per label property for the whole result.

The label of an IRI is its ``rdfs:label`` or ``skos:prefLabel`` in the chosen
language, else in the other project languages (fr, en, ar, in that order), else in any
language, else the shortened IRI (``work:casanegra``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import pyoxigraph as ox

from kg.namespaces import shorten

LANGUAGES = ("fr", "en", "ar")
_BATCH = 5000


def language_order(lang: str) -> tuple[str, ...]:
    """The chosen language first, then the other project languages.

    >>> language_order("en")
    ('en', 'fr', 'ar')
    """
    return (lang, *(code for code in LANGUAGES if code != lang))


def _rank(literal: ox.Literal, order: tuple[str, ...]) -> tuple[int, str]:
    tag = (literal.language or "").lower().split("-")[0]
    return (order.index(tag) if tag in order else len(order), literal.value)


_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_PREF_LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
#: Measured at 1M synthetic triples on the on-disk store (CPU time): looking one IRI up costs
#: about 42 µs; a VALUES block joined with the whole property about 20 µs per IRI (the VALUES
#: alone costs most of it) plus 0.3 µs per triple of the property; reading the property whole
#: and keeping the wanted IRIs in Python about 7 µs per triple. With margins: read whole under
#: _SCAN_RATIO triples per wanted IRI, joined under _JOIN_RATIO, else looked up.
#: Looked-up and joined rows give the IRI's position in the VALUES block, not the IRI: an IRI
#: answered is decoded from the store (about 6 µs each), a small integer is not (labels of 566
#: IRIs looked up: 16.9 -> 11.3 ms). A join then costs about 9 µs per IRI (the store encodes
#: each IRI of the VALUES block) plus 0.4 µs per triple, and a scan 8.6 µs per triple, so the
#: scan pays under 1.5 triples per IRI (30,917 IRIs and 76,971 labels: scan 662 ms, join 539 ms).
_SCAN_RATIO = 1.5
_JOIN_RATIO = 40
#: Under this many IRIs a property is read whole (when tiny) or looked up, never joined.
_PATH_BELOW = 1000


def _fewer_than(store: ox.Store, prop: str, limit: int, *, union: bool) -> bool:
    """Whether ``prop`` has fewer than ``limit`` triples, counting no further than that."""
    query = "SELECT (COUNT(*) AS ?n) WHERE { SELECT * WHERE { ?s " + prop + " ?o } LIMIT " + str(limit) + " }"
    return int(next(iter(store.query(query, use_default_graph_as_union=union)))["n"].value) < limit


def _scanned(store: ox.Store, prop: str, wanted: list[str], *, union: bool):
    keep = set(wanted)
    for row in store.query("SELECT ?iri ?label WHERE { ?iri " + prop + " ?label }", use_default_graph_as_union=union):
        if row["iri"].value in keep:
            yield row["iri"].value, row["label"]


def _values(iris: list[str]) -> str:
    """A VALUES block pairing each IRI with its position in ``iris`` (``?i``)."""
    return "VALUES (?i ?iri) { " + " ".join(f"({n} {ox.NamedNode(iri)})" for n, iri in enumerate(iris)) + " }"


def _joined(store: ox.Store, prop: str, wanted: list[str], *, union: bool):
    """The property read whole in a sub-select and hash-joined with the wanted IRIs: only the
    matching rows are decoded from the store."""
    query = "SELECT ?i ?label WHERE { { " + _values(wanted) + " } { SELECT ?iri ?label WHERE { ?iri " + prop + " ?label } } }"
    for row in store.query(query, use_default_graph_as_union=union):
        yield wanted[int(row["i"].value)], row["label"]


def _looked_up(store: ox.Store, prop: str, wanted: list[str], *, union: bool):
    for start in range(0, len(wanted), _BATCH):
        batch = wanted[start : start + _BATCH]
        query = "SELECT ?i ?label WHERE { " + _values(batch) + " ?iri " + prop + " ?label }"
        for row in store.query(query, use_default_graph_as_union=union):
            yield batch[int(row["i"].value)], row["label"]


_WAYS = {"scan": _scanned, "join": _joined, "lookup": _looked_up}


def _way(store: ox.Store, prop: str, wanted: list[str], *, union: bool) -> str:
    if _fewer_than(store, prop, math.ceil(_SCAN_RATIO * len(wanted)), union=union):
        return "scan"
    if len(wanted) < _PATH_BELOW:  # a join's VALUES block never pays off here: no second count
        return "lookup"
    return "join" if _fewer_than(store, prop, _JOIN_RATIO * len(wanted), union=union) else "lookup"


def label_rows(store: ox.Store, wanted: list[str], *, union: bool = True, way: str | None = None):
    """(iri, label) rows for ``wanted``, one property at a time (a path over both cost two
    lookups per IRI), each the cheapest way for its size beside the IRIs wanted: read whole
    (skos:prefLabel, on vocabulary concepts only), joined with the IRIs (rdfs:label for a few
    thousand IRIs at 1M triples) or looked up per IRI. ``way`` forces scan, join or lookup."""
    if not wanted:
        return
    for prop in (_LABEL, _PREF_LABEL):
        chosen = way or _way(store, prop, wanted, union=union)
        yield from _WAYS[chosen](store, prop, wanted, union=union)


def fetch_labels(store: ox.Store, iris: Iterable[str], *, lang: str = "fr", union: bool = True) -> dict[str, str]:
    """A label for every IRI in ``iris`` (the shortened IRI when it has none).

    >>> s = ox.Store()
    >>> s.load('<http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "A"@en, "Ä"@fr .', format=ox.RdfFormat.TURTLE)
    >>> fetch_labels(s, ["http://x/a", "http://x/b"], lang="en")
    {'http://x/a': 'A', 'http://x/b': 'http://x/b'}
    """
    wanted = sorted(set(iris))
    order = language_order(lang)
    best: dict[str, tuple[tuple[int, str], str]] = {}
    for iri, label in label_rows(store, wanted, union=union):
        if not isinstance(label, ox.Literal):
            continue
        rank = _rank(label, order)
        if iri not in best or rank < best[iri][0]:
            best[iri] = (rank, label.value)
    return {iri: best[iri][1] if iri in best else shorten(iri) for iri in wanted}
