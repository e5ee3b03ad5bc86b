"""The built graph on disk: written whole by ``kg build``, opened read-only by everyone else.

Layout, below the store path's parent folder (default ``.kg/``)::

    .kg/store                       -> generations/20261121T171500-1234   (symlink)
    .kg/generations/<id>/oxigraph/  the pyoxigraph (RocksDB) store
    .kg/generations/<id>/build.json what the build counted
    .kg/generations/<id>/graphs/    each graph's N-Triples, for kg publish (kg.graph_dump)
    .kg/generations/<id>/labels.sqlite  each IRI's label per language, for kg query (kg.query.label_index)

    .kg/.store.previous             -> the generation ``store`` pointed at before the last build

A build writes a new generation and then swaps the ``store`` symlink with an atomic rename,
so a failed build leaves the previous store untouched and readers never see half a store.
The previous generation is kept (a reader may still have it open) behind the ``.previous``
link; a finished generation that no link of the folder points at is removed. Several stores
may share a parent folder (e.g. ``--store .kg/a`` and ``--store .kg/b``): each keeps its own.
Any number of processes may open the store read-only at once.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.config import default_store_path
from kg.errors import InputError
from kg.namespaces import PREFIXES

@dataclass
class GraphStore:
    """A built graph opened for reading: SPARQL with the project prefixes, all graphs as one.

    >>> store = GraphStore(ox.Store())
    >>> store.ask("ASK { ?s ?p ?o }")
    False
    """

    store: ox.Store
    path: Path | None = None
    meta: dict[str, Any] | None = None

    def query(self, sparql: str, *, substitutions: dict[ox.Variable, Any] | None = None):
        """Run SPARQL over the union of every graph; project prefixes need not be declared."""
        return self.store.query(
            sparql, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=substitutions
        )

    def ask(self, sparql: str) -> bool:
        """Run an ASK query and return its boolean."""
        return bool(self.query(sparql))

    def select(self, sparql: str) -> list[dict[str, ox.NamedNode | ox.BlankNode | ox.Literal | None]]:
        """Run a SELECT query and return its rows as dicts (unbound variables are None)."""
        results = self.query(sparql)
        names = [v.value for v in results.variables]
        return [{name: row[name] for name in names} for row in results]

    def __len__(self) -> int:
        return len(self.store)


def generations_dir(store_path: Path) -> Path:
    return store_path.parent / "generations"


def new_generation(store_path: Path) -> Path:
    """A fresh, empty folder for a build to write into."""
    from datetime import datetime, timezone

    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    folder = generations_dir(store_path) / f"{stamp}-{os.getpid()}"
    folder.mkdir(parents=True)
    return folder


def previous_link(store_path: Path) -> Path:
    """The link to the generation ``store_path`` pointed at before its last build."""
    return store_path.with_name(f".{store_path.name}.previous")


def _point(link: Path, generation: Path) -> None:
    """Make ``link`` point at ``generation`` atomically (a temporary link, then a rename)."""
    link_tmp = link.with_name(f".{link.name.lstrip('.')}.{os.getpid()}.tmp")
    if link_tmp.is_symlink() or link_tmp.exists():
        link_tmp.unlink()
    link_tmp.symlink_to(os.path.relpath(generation, link.parent))
    os.replace(link_tmp, link)


def publish_generation(store_path: Path, generation: Path) -> None:
    """Point ``store_path`` at ``generation`` atomically, keep the generation it pointed at
    before behind the ``.previous`` link, then prune the generations no link points at."""
    if store_path.exists() and not store_path.is_symlink():
        raise InputError(f"{store_path}: exists and is not a store link. Remove it or choose another --store.")
    previous = store_path.resolve() if store_path.is_symlink() else None
    _point(store_path, generation)
    if previous is not None and previous != generation.resolve() and previous.is_dir():
        _point(previous_link(store_path), previous)
    _prune(store_path)


def discard_generation(generation: Path) -> None:
    """Remove a generation that failed to build."""
    shutil.rmtree(generation, ignore_errors=True)


def _prune(store_path: Path) -> None:
    """Remove every finished generation that no link in the store's folder points at: other
    stores sharing the folder keep their current and previous generations, and builds still
    running (no ``build.json`` yet) are left alone."""
    folder = store_path.parent
    linked = {p.resolve() for p in folder.iterdir() if p.is_symlink()}
    for generation in generations_dir(store_path).iterdir():
        if generation.is_dir() and (generation / "build.json").exists() and generation.resolve() not in linked:
            shutil.rmtree(generation, ignore_errors=True)


def resolve_store(store_path: Path | None = None) -> Path:
    """The generation folder the store path points at, or an error telling how to build it."""
    path = Path(store_path) if store_path else default_store_path()
    target = path.resolve()
    if not (target / "oxigraph").is_dir():
        raise InputError(f"no built graph at {path}. Run `kg build` first (or pass --store).")
    return target


def open_store(store_path: Path | str | None = None) -> GraphStore:
    """Open the built graph read-only; many processes may do this at once.

    Raises InputError (exit 2) when nothing has been built there yet.
    """
    target = resolve_store(Path(store_path) if store_path else None)
    try:
        store = ox.Store.read_only(str(target / "oxigraph"))
    except OSError as err:
        raise InputError(f"cannot open the built graph at {target}: {err}. Rebuild it with `kg build`.") from None
    meta_file = target / "build.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else None
    return GraphStore(store, target, meta)


def iter_quads(store: GraphStore, graph: str | None = None) -> Iterator[ox.Quad]:
    """Every quad of the store, or of one named graph."""
    g = ox.NamedNode(graph) if graph else None
    return store.store.quads_for_pattern(None, None, None, g)
