"""Saved, documented SPARQL queries and ad hoc SPARQL on the built graph.

>>> import kg.query
>>> result = kg.query.run("trilogy-recurring-actors", lang="en")     # doctest: +SKIP
>>> result.rows[0]["actorLabel"]                                     # doctest: +SKIP
'Anas El Baz'
>>> result.to_dataframe()                                            # doctest: +SKIP
>>> kg.query.sparql("SELECT ?f WHERE { ?f a mc:Film }").rows          # doctest: +SKIP
"""

from __future__ import annotations

from kg.query.catalog import KINDS, Param, SavedQuery, catalog_result, find_query, list_queries
from kg.query.formats import FORMATS, render
from kg.query.labels import fetch_labels
from kg.query.params import bind, parse_assignments
from kg.query.result import QueryResult
from kg.query.run import run, sparql

__all__ = [
    "FORMATS",
    "KINDS",
    "Param",
    "QueryResult",
    "SavedQuery",
    "bind",
    "catalog_result",
    "fetch_labels",
    "find_query",
    "list_queries",
    "parse_assignments",
    "render",
    "run",
    "sparql",
]
