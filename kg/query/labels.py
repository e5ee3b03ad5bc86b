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


def label_rank(literal: ox.Literal, order: tuple[str, ...]) -> tuple[int, str]:
    """How good a label is for ``order`` (lower is better): its language's place, then its text."""
    tag = (literal.language or "").lower().split("-")[0]
    return (order.index(tag) if tag in order else len(order), literal.value)


_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_PREF_LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
#: The properties a label is read from, as SPARQL IRIs (kg.query.label_index reads the same).
LABEL_PROPERTIES = (_LABEL, _PREF_LABEL)
#: Measured at 1M synthetic triples on an uncompacted on-disk store (CPU time): looking one IRI up costs
#: about 42 µs; a VALUES block joined with the whole property about 20 µs per IRI (the VALUES
#: alone costs most of it) plus 0.3 µs per triple of the property; reading the property whole
#: and keeping the wanted IRIs in Python about 7 µs per triple. With margins: read whole under
#: _SCAN_RATIO triples per wanted IRI, joined under _JOIN_RATIO, else looked up.
#: Looked-up and joined rows give the IRI's position in the VALUES block, not the IRI: an IRI
#: answered is decoded from the store (about 6 µs each), a small integer is not (labels of 566
#: IRIs looked up: 16.9 -> 11.3 ms). A join then costs about 9 µs per IRI (the store encodes
#: each IRI of the VALUES block) plus 0.4 µs per triple, and a scan 8.6 µs per triple, so the
#: scan pays under 1.5 triples per IRI (30,917 IRIs and 76,971 labels: scan 662 ms, join 539 ms).
#: Remeasured on a compacted store (``kg build`` compacts since): a lookup costs 11-17 µs per
#: IRI, a join 8.9 µs per IRI plus 0.17 µs per triple, so the join pays under about 24 triples
#: per IRI (rdfs:label at 1M: 3,429 IRIs lookup 39 ms, join 44 ms; 10,234 IRIs 156 vs 104 ms).
#: Counting the property to choose costs 0.22 µs per triple counted (17 ms for the 76,971
#: labels at 1M), as much as the lookups of 1,300 IRIs: so the count stops at _JOIN_RATIO
#: triples per IRI only from _LONG_COUNT_FROM IRIs on, and below that at _SHORT_COUNT_RATIO (a
#: count of at most 1.8 µs per IRI, against 11 µs or more for a lookup). Labels at 1M, 3,429 to
#: 4,338 IRIs (funding-by-funder, work-budgets, collaboration-network): 74-101 -> 53-83 ms;
#: 100k graphs, whose labels are few, still join.
_SCAN_RATIO = 1.5
_JOIN_RATIO = 24
_SHORT_COUNT_RATIO = 8
#: Under this many IRIs a property is read whole (when tiny) or looked up, never joined.
_PATH_BELOW = 1000
#: From this many IRIs on, the property is counted far enough to see whether a join pays.
_LONG_COUNT_FROM = 5000


def _count_upto(store: ox.Store, prop: str, limit: int, *, union: bool) -> int:
    """How many triples ``prop`` has, counting no further than ``limit``."""
    query = "SELECT (COUNT(*) AS ?n) WHERE { SELECT * WHERE { ?s " + prop + " ?o } LIMIT " + str(limit) + " }"
    return int(next(iter(store.query(query, use_default_graph_as_union=union)))["n"].value)


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
    """scan, join or lookup, from one count of the property that stops where the answer is known."""
    if len(wanted) < _PATH_BELOW:  # only far enough to see whether a scan pays
        ratio = _SCAN_RATIO
    else:
        ratio = _JOIN_RATIO if len(wanted) >= _LONG_COUNT_FROM else _SHORT_COUNT_RATIO
    limit = math.ceil(ratio * len(wanted))
    triples = _count_upto(store, prop, limit, union=union)
    if triples < _SCAN_RATIO * len(wanted):
        return "scan"
    return "join" if triples < limit else "lookup"


def label_rows(store: ox.Store, wanted: list[str], *, union: bool = True, way: str | None = None):
    """(iri, label) rows for ``wanted``, one property at a time (a path over both cost two
    lookups per IRI), each the cheapest way for its size beside the IRIs wanted: read whole
    (skos:prefLabel, on vocabulary concepts only), joined with the IRIs (rdfs:label for many
    thousand IRIs at 1M triples) or looked up per IRI. ``way`` forces scan, join or lookup."""
    if not wanted:
        return
    for prop in LABEL_PROPERTIES:
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
        rank = label_rank(label, order)
        if iri not in best or rank < best[iri][0]:
            best[iri] = (rank, label.value)
    return {iri: best[iri][1] if iri in best else shorten(iri) for iri in wanted}
