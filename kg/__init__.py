"""The Moroccan Cinema Knowledge Graph: build, validate, link, query and publish it.

The same verbs as the ``kg`` command, for notebooks and scripts::

    import kg
    report = kg.build()                 # parse, infer, write the store atomically
    store = kg.open_store()             # read-only; many processes at once
    store.select("SELECT ?film WHERE { ?film a mc:Film }")
"""

from __future__ import annotations

from kg.build import BuildReport, build
from kg.errors import InputError, KGError, ServiceError
from kg.store import GraphStore, open_store

__version__ = "0.1.0"

__all__ = ["BuildReport", "GraphStore", "InputError", "KGError", "ServiceError", "build", "open_store"]
