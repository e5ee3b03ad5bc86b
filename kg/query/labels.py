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
#: Reading one label triple in a scan costs about a quarter of looking one IRI up on the
#: on-disk store (measured at 100k and 1M synthetic triples); with a margin, a property's
#: labels are all read when it has fewer than this many triples per wanted IRI.
_SCAN_RATIO = 3
#: Below this many IRIs the lookups always win (counting the labels costs a few ms at 1M).
_SCAN_FROM = 1000


def _count(store: ox.Store, prop: str, *, union: bool) -> int:
    answer = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s " + prop + " ?o }", use_default_graph_as_union=union)
    return int(next(iter(answer))["n"].value)


def _scan(store: ox.Store, prop: str, keep: set[str], *, union: bool):
    for row in store.query("SELECT ?iri ?label WHERE { ?iri " + prop + " ?label }", use_default_graph_as_union=union):
        if row["iri"].value in keep:
            yield row["iri"].value, row["label"]


def _look_up(store: ox.Store, path: str, wanted: list[str], *, union: bool):
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start : start + _BATCH]
        values = " ".join(str(ox.NamedNode(iri)) for iri in chunk)
        query = "SELECT ?iri ?label WHERE { VALUES ?iri { " + values + " } ?iri " + path + " ?label }"
        for row in store.query(query, use_default_graph_as_union=union):
            yield row["iri"].value, row["label"]


def label_rows(store: ox.Store, wanted: list[str], *, union: bool = True, scan: bool | None = None):
    """(iri, label) rows for ``wanted``. Few IRIs: looked up in batches (both properties at
    once, as a path: pyoxigraph plans it as index lookups). Many IRIs: each property is read
    whole when it has few triples for the IRIs wanted (skos:prefLabel, on vocabulary concepts
    only; rdfs:label when the result names most labelled entities), else looked up.
    ``scan`` forces one way for both properties."""
    if scan is None and len(wanted) < _SCAN_FROM:
        yield from _look_up(store, _LABEL + "|" + _PREF_LABEL, wanted, union=union)
        return
    keep = set(wanted)
    for prop in (_LABEL, _PREF_LABEL):
        whole = scan if scan is not None else _count(store, prop, union=union) < _SCAN_RATIO * len(wanted)
        yield from (_scan(store, prop, keep, union=union) if whole else _look_up(store, prop, wanted, union=union))


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
