"""The built graph as N-Triples, graph by graph: written by ``kg build`` beside its store, read
by ``kg publish``.

Why: every dump and page of a release is made from the whole graph read once
(kg.publish.snapshot). Reading a million-triple graph back out of the on-disk store costs
about 28 CPU-seconds, because RocksDB looks every term up by its id; the same lines dumped
from the in-memory store while ``kg build`` writes the on-disk one cost about 4 CPU-seconds
there, and are read back in about one. The files are one more artefact of a build generation
(generations never change once built), together about as big as the graph's N-Quads (600 MB
at 1M synthetic triples, beside a 918 MB store).

Layout, in the generation folder: ``graphs/`` holds one N-Triples file per graph, numbered in
the order of their IRIs; ``graphs.json`` names the graph of each file and its size. Each file
is written by pyoxigraph straight from the in-memory store (no triple crosses into Python).

>>> import tempfile
>>> store = ox.Store()
>>> store.add(ox.Quad(ox.NamedNode("http://ex/a"), ox.NamedNode("http://ex/p"), ox.Literal("1"), ox.NamedNode("http://ex/g")))
>>> folder = Path(tempfile.mkdtemp())
>>> write_graph_dump(store, folder)
>>> read_graph_dump(folder)
{'http://ex/g': b'<http://ex/a> <http://ex/p> "1" .\\n'}
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

#: The folder of the graphs' N-Triples files.
LINES_DIR = "graphs"
#: What each file holds: ``{"graphs": [[graph, file name, bytes], …]}``.
INDEX_FILE = "graphs.json"
#: The key of the default graph ("" as in kg.publish.snapshot.DEFAULT).
DEFAULT = ""


def write_graph_dump(store: ox.Store, folder: Path) -> None:
    """Write every graph of ``store`` into ``folder`` (pyoxigraph serialises, graph by graph).

    Nothing is written when a graph is named by a blank node: ``kg publish`` then reads the
    store itself, and reports that graph as it always has.
    """
    names = list(store.named_graphs())
    if any(not isinstance(name, ox.NamedNode) for name in names):
        return
    (folder / LINES_DIR).mkdir()
    entries = []
    for number, name in enumerate([ox.DefaultGraph(), *sorted(names, key=lambda n: n.value)]):
        path = folder / LINES_DIR / f"{number:05d}.nt"
        store.dump(output=str(path), format=ox.RdfFormat.N_TRIPLES, from_graph=name)
        size = path.stat().st_size
        if not size:
            path.unlink()
            continue
        entries.append([DEFAULT if isinstance(name, ox.DefaultGraph) else name.value, path.name, size])
    (folder / INDEX_FILE).write_text(json.dumps({"graphs": entries}, indent=1) + "\n", encoding="utf-8")


def read_graph_dump(folder: Path) -> dict[str, bytes] | None:
    """Each graph's N-Triples, by graph IRI (``""`` for the default graph), or None when the
    generation has no graph dump (built before ``kg build`` wrote one) or a file does not
    match its index."""
    try:
        index = json.loads((folder / INDEX_FILE).read_text(encoding="utf-8"))
        graphs: dict[str, bytes] = {}
        for name, file_name, size in index["graphs"]:
            data = (folder / LINES_DIR / file_name).read_bytes()
            if len(data) != size or not data.endswith(b"\n"):
                return None
            graphs[name] = data
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return graphs


__all__ = ["INDEX_FILE", "LINES_DIR", "read_graph_dump", "write_graph_dump"]
