"""Linking our entities to Wikidata, reviewably, and enriching them from it.

>>> from kg.link import SparqlClient, link, LinkPaths           # doctest: +SKIP
>>> client = SparqlClient("https://query.wikidata.org/sparql", cache_dir=".kg/cache/sparql")  # doctest: +SKIP
>>> report = link(kg.open_store(), client=client)               # doctest: +SKIP
>>> report.auto_accepted, report.needs_review                   # doctest: +SKIP
(120, 31)

Modules: :mod:`~kg.link.client` (SPARQLWrapper, cache, retries), :mod:`~kg.link.candidates`
(the queries), :mod:`~kg.link.normalise` (name similarity, on :mod:`kg.names`),
:mod:`~kg.link.score` (evidence), :mod:`~kg.link.run` (a run), :mod:`~kg.link.sssom` and
:mod:`~kg.link.review` (the files), :mod:`~kg.link.enrich`, :mod:`~kg.link.evaluate`.
"""

from __future__ import annotations

from kg.link.client import WIKIDATA_ENDPOINT, SparqlClient
from kg.link.enrich import EnrichPaths, enrich
from kg.link.evaluate import evaluate, read_gold
from kg.link.review import Decision
from kg.link.run import LinkPaths, LinkReport, default_paths, link, record_review

__all__ = [
    "WIKIDATA_ENDPOINT", "Decision", "EnrichPaths", "LinkPaths", "LinkReport", "SparqlClient", "default_paths",
    "enrich", "evaluate", "link", "read_gold", "record_review",
]
