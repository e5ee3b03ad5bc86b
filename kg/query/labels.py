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
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start : start + _BATCH]
        values = " ".join(str(ox.NamedNode(iri)) for iri in chunk)
        # A property path, not VALUES ?p: pyoxigraph plans it as index lookups (several times faster).
        query = (
            "SELECT ?iri ?label WHERE { VALUES ?iri { " + values + " } "
            "?iri <http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#prefLabel> ?label }"
        )
        for row in store.query(query, use_default_graph_as_union=union):
            iri, label = row["iri"].value, row["label"]
            if not isinstance(label, ox.Literal):
                continue
            rank = _rank(label, order)
            if iri not in best or rank < best[iri][0]:
                best[iri] = (rank, label.value)
    return {iri: best[iri][1] if iri in best else shorten(iri) for iri in wanted}
