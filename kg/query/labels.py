"""Human-readable labels for the IRIs of a result, in one query for the whole result.

The label of an IRI is its ``rdfs:label`` or ``skos:prefLabel`` in the chosen
language, else in the other project languages (fr, en, ar, in that order), else in any
language, else the shortened IRI (``work:casanegra``).
"""

from __future__ import annotations

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
#: Reading every label costs about a quarter of looking one IRI up on the on-disk store
#: (measured at 100k and 1M synthetic triples); with a margin, every label is read when there
#: are fewer than this many labels per wanted IRI.
_SCAN_RATIO = 3
#: Below this many IRIs the lookups always win (counting the labels costs a few ms at 1M).
_SCAN_FROM = 1000


def _count_labels(store: ox.Store, *, union: bool) -> int:
    total = 0
    for prop in (_LABEL, _PREF_LABEL):
        answer = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s " + prop + " ?o }", use_default_graph_as_union=union)
        total += int(next(iter(answer))["n"].value)
    return total


def label_rows(store: ox.Store, wanted: list[str], *, union: bool = True, scan: bool | None = None):
    """(iri, label) rows for ``wanted``: looked up in batches, or read all at once (``scan``;
    by default when the result names a good share of the graph, e.g. 30,000 entities at 1M)."""
    if scan is None:
        scan = len(wanted) >= _SCAN_FROM and _count_labels(store, union=union) < _SCAN_RATIO * len(wanted)
    if scan:
        keep = set(wanted)
        everything = "SELECT ?iri ?label WHERE { { ?iri " + _LABEL + " ?label } UNION { ?iri " + _PREF_LABEL + " ?label } }"
        for row in store.query(everything, use_default_graph_as_union=union):
            if row["iri"].value in keep:
                yield row["iri"].value, row["label"]
        return
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start : start + _BATCH]
        values = " ".join(str(ox.NamedNode(iri)) for iri in chunk)
        # A property path, not VALUES ?p: pyoxigraph plans it as index lookups (several times faster).
        query = "SELECT ?iri ?label WHERE { VALUES ?iri { " + values + " } ?iri " + _LABEL + "|" + _PREF_LABEL + " ?label }"
        for row in store.query(query, use_default_graph_as_union=union):
            yield row["iri"].value, row["label"]


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
