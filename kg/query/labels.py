"""Human-readable labels for the IRIs of a result, in one query for the whole result.

The label of an IRI is its ``rdfs:label`` (else ``skos:prefLabel``) in the chosen
language, else in the other project languages (fr, en, ar, in that order), else in any
language, else the shortened IRI (``work:casanegra``).
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kg.namespaces import shorten

LANGUAGES = ("fr", "en", "ar")
_PREDICATE_RANK = {
    "http://www.w3.org/2000/01/rdf-schema#label": 0,
    "http://www.w3.org/2004/02/skos/core#prefLabel": 1,
}
_BATCH = 5000


def language_order(lang: str) -> tuple[str, ...]:
    """The chosen language first, then the other project languages.

    >>> language_order("en")
    ('en', 'fr', 'ar')
    """
    return (lang, *(code for code in LANGUAGES if code != lang))


def _rank(literal: ox.Literal, predicate: str, order: tuple[str, ...]) -> tuple[int, int, str]:
    tag = (literal.language or "").lower().split("-")[0]
    lang_rank = order.index(tag) if tag in order else len(order)
    return (lang_rank, _PREDICATE_RANK.get(predicate, 9), literal.value)


def fetch_labels(store: ox.Store, iris: Iterable[str], *, lang: str = "fr", union: bool = True) -> dict[str, str]:
    """A label for every IRI in ``iris`` (the shortened IRI when it has none).

    >>> s = ox.Store()
    >>> s.load('<http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "A"@en, "Ä"@fr .', format=ox.RdfFormat.TURTLE)
    >>> fetch_labels(s, ["http://x/a", "http://x/b"], lang="en")
    {'http://x/a': 'A', 'http://x/b': 'http://x/b'}
    """
    wanted = sorted(set(iris))
    order = language_order(lang)
    best: dict[str, tuple[tuple[int, int, str], str]] = {}
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start : start + _BATCH]
        values = " ".join(str(ox.NamedNode(iri)) for iri in chunk)
        query = (
            "SELECT ?iri ?p ?label WHERE { VALUES ?iri { " + values + " } "
            "VALUES ?p { <http://www.w3.org/2000/01/rdf-schema#label> <http://www.w3.org/2004/02/skos/core#prefLabel> } "
            "?iri ?p ?label . FILTER(isLiteral(?label)) }"
        )
        for row in store.query(query, use_default_graph_as_union=union):
            iri, label = row["iri"].value, row["label"]
            rank = _rank(label, row["p"].value, order)
            if iri not in best or rank < best[iri][0]:
                best[iri] = (rank, label.value)
    return {iri: best[iri][1] if iri in best else shorten(iri) for iri in wanted}
