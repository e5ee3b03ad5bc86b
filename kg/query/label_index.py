"""Every labelled IRI's label in each project language, chosen once by ``kg build`` and kept
beside the store as SQLite (``<generation>/labels.sqlite``), so ``kg query`` labels a result
with one indexed look-up.

Why: labelling from the store costs a query per label property and a RocksDB look-up per IRI;
at 1M synthetic triples funding-by-funder's 3,429 IRIs took 77 ms that way and 5 ms here. A
generation is never changed once built, so the file is opened ``immutable`` (no locks, any
number of readers). A missing or unreadable index is not an error: the labels then come from
the store (:mod:`kg.query.labels`), which chooses the same way.

>>> import tempfile
>>> store = ox.Store()
>>> store.load('<http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "A"@en, "Â"@fr .', format=ox.RdfFormat.TURTLE)
>>> folder = Path(tempfile.mkdtemp())
>>> _ = write_label_index(store, folder)
>>> index = LabelIndex.open(folder)
>>> index.labels(["http://x/a", "http://x/b"], lang="en")
{'http://x/a': 'A', 'http://x/b': 'http://x/b'}
>>> index.close()
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import shorten
from kg.query.labels import LABEL_PROPERTIES, LANGUAGES, label_rank, language_order

FILE_NAME = "labels.sqlite"
#: IRIs per look-up statement (SQLite's oldest limit on parameters is 999).
_BATCH = 500
_ALL_LABELS = "SELECT ?iri ?label WHERE { " + " UNION ".join(f"{{ ?iri {p} ?label }}" for p in LABEL_PROPERTIES) + " }"


def best_labels(store: ox.Store) -> list[tuple[str, ...]]:
    """``(iri, label in fr, in en, in ar)`` for every IRI with a literal label, sorted by IRI;
    each label chosen as :func:`kg.query.labels.fetch_labels` chooses it."""
    found: dict[str, list[ox.Literal]] = {}
    for iri, label in store.query(_ALL_LABELS, use_default_graph_as_union=True):
        if isinstance(iri, ox.NamedNode) and isinstance(label, ox.Literal):
            found.setdefault(iri.value, []).append(label)
    orders = [language_order(lang) for lang in LANGUAGES]
    rows = []
    for iri, labels in found.items():
        if len(labels) == 1:
            rows.append((iri, *(labels[0].value for _ in orders)))
        else:
            rows.append((iri, *(min(labels, key=lambda label: label_rank(label, order)).value for order in orders)))
    rows.sort()
    return rows


def write_label_index(store: ox.Store, folder: Path) -> Path:
    """Write ``folder/labels.sqlite`` from the labels in ``store`` (a temporary file, then a rename)."""
    path = folder / FILE_NAME
    tmp = folder / f".{FILE_NAME}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    columns = ", ".join(f"{lang} TEXT NOT NULL" for lang in LANGUAGES)
    db = sqlite3.connect(tmp)
    try:
        db.execute(f"CREATE TABLE label (iri TEXT PRIMARY KEY, {columns}) WITHOUT ROWID")
        db.executemany(f"INSERT INTO label VALUES (?{', ?' * len(LANGUAGES)})", best_labels(store))
        db.commit()
    finally:
        db.close()
    os.replace(tmp, path)
    return path


class LabelIndex:
    """A built store's label index, opened read-only."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    @classmethod
    def open(cls, folder: Path | None) -> LabelIndex | None:
        """The index of the generation ``folder``, or None when it has none (or it is unreadable)."""
        path = folder / FILE_NAME if folder else None
        if path is None or not path.is_file():
            return None
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            db.execute("SELECT 1 FROM label LIMIT 1").fetchall()
        except sqlite3.Error:
            return None
        return cls(db)

    def labels(self, iris: Iterable[str], *, lang: str) -> dict[str, str] | None:
        """A label for every IRI (the shortened IRI when it has none), or None when ``lang`` is
        not indexed or the file cannot be read: the caller then asks the store."""
        if lang not in LANGUAGES:
            return None
        wanted = sorted(set(iris))
        found: dict[str, str] = {}
        try:
            for start in range(0, len(wanted), _BATCH):
                batch = wanted[start : start + _BATCH]
                marks = ", ".join("?" * len(batch))
                found.update(self._db.execute(f"SELECT iri, {lang} FROM label WHERE iri IN ({marks})", batch))
        except sqlite3.Error:
            return None
        return {iri: found[iri] if iri in found else shorten(iri) for iri in wanted}

    def close(self) -> None:
        self._db.close()


__all__ = ["FILE_NAME", "LabelIndex", "best_labels", "write_label_index"]
