"""The built graph as N-Triples, graph by graph: written by ``kg build`` beside its store, which
it fills from these files (kg.store_writer), and read by ``kg publish``.

Why: every dump and page of a release is made from the whole graph read once
(kg.publish.snapshot). Reading a million-triple graph back out of the on-disk store costs
about 28 CPU-seconds, because RocksDB looks every term up by its id; the same lines dumped
from the in-memory store while ``kg build`` writes the on-disk one cost about 4 CPU-seconds
there, and are read back in about one. The files are one more artefact of a build generation
(generations never change once built), together about as big as the graph's N-Quads (600 MB
at 1M synthetic triples, beside a 918 MB store).

Layout, in the generation folder: ``graphs/`` holds one N-Triples file per graph, numbered in
the order of their IRIs, and for the inferred graph also parts (``00001-1.nt``…);
``graphs.json`` names the graph of each file and its size. Each file is written by pyoxigraph:
the asserted graphs and the ontology straight from the in-memory store as soon as they are
parsed; the inferred triples that inference sets aside (kg.inference ``spill``: never added
to the in-memory store) as parts, while it runs; the rest of the inferred graph from the
store after inference; ``graphs.json`` last. A graph is the lines of all its files.

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
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

#: The folder of the graphs' N-Triples files.
LINES_DIR = "graphs"
#: What each file holds: ``{"graphs": [[graph, file name, bytes], …]}``.
INDEX_FILE = "graphs.json"
#: The key of the default graph ("" as in kg.publish.snapshot.DEFAULT).
DEFAULT = ""


Graph = ox.NamedNode | ox.DefaultGraph


def graph_files(names: list[ox.NamedNode]) -> dict[Graph, str] | None:
    """The file name of the default graph and of each graph of ``names``, numbered in the order
    of their IRIs; None when a graph is named by a blank node (no dump is written then:
    ``kg publish`` reads the store itself, and reports that graph as it always has)."""
    if any(not isinstance(name, ox.NamedNode) for name in names):
        return None
    ordered = [ox.DefaultGraph(), *sorted(set(names), key=lambda n: n.value)]
    return {name: f"{number:05d}.nt" for number, name in enumerate(ordered)}


def dump_graphs(store: ox.Store, folder: Path, files: dict[Graph, str], graphs: list[Graph]) -> list[list]:
    """Write ``graphs`` of ``store`` into ``folder``'s graph dump, each in its file of ``files``;
    return their index entries (an empty graph leaves no file and no entry)."""
    (folder / LINES_DIR).mkdir(exist_ok=True)
    entries = []
    for name in graphs:
        path = folder / LINES_DIR / files[name]
        store.dump(output=str(path), format=ox.RdfFormat.N_TRIPLES, from_graph=name)
        size = path.stat().st_size
        if not size:
            path.unlink()
            continue
        entries.append([DEFAULT if isinstance(name, ox.DefaultGraph) else name.value, path.name, size])
    return entries


class GraphParts:
    """Writes triples of one graph as numbered part files of a graph dump (``00001-1.nt``…), a
    batch per part, and keeps their index entries. Called from one thread at a time."""

    def __init__(self, folder: Path, files: dict[Graph, str], graph: ox.NamedNode) -> None:
        (folder / LINES_DIR).mkdir(exist_ok=True)
        self.folder, self.graph = folder, graph
        self.stem = Path(files[graph]).stem
        self.entries: list[list] = []

    def write(self, triples: Iterable[ox.Triple]) -> None:
        """Serialise ``triples`` into the next part file (pyoxigraph writes N-Triples)."""
        path = self.folder / LINES_DIR / f"{self.stem}-{len(self.entries) + 1}.nt"
        ox.serialize(triples, output=str(path), format=ox.RdfFormat.N_TRIPLES)
        size = path.stat().st_size
        if size:
            self.entries.append([self.graph.value, path.name, size])
        else:
            path.unlink()


def dumped_files(folder: Path, entries: list[list]) -> list[tuple[Path, Graph]]:
    """The files of index ``entries``, each with its graph (to load them into a store)."""
    return [
        (folder / LINES_DIR / file_name, ox.DefaultGraph() if name == DEFAULT else ox.NamedNode(name))
        for name, file_name, _size in entries
    ]


def write_index(folder: Path, entries: list[list]) -> None:
    """Write the graph dump's index (last: without it, ``kg publish`` reads the store)."""
    entries = sorted(entries, key=lambda entry: entry[1])
    (folder / INDEX_FILE).write_text(json.dumps({"graphs": entries}, indent=1) + "\n", encoding="utf-8")


def write_graph_dump(store: ox.Store, folder: Path) -> None:
    """Write every graph of ``store`` into ``folder`` (pyoxigraph serialises, graph by graph)."""
    files = graph_files(list(store.named_graphs()))
    if files is None:
        return
    write_index(folder, dump_graphs(store, folder, files, list(files)))


def read_graph_dump(folder: Path) -> dict[str, bytes] | None:
    """Each graph's N-Triples (all its files, in the order of their names), by graph IRI
    (``""`` for the default graph), or None when the generation has no graph dump (built
    before ``kg build`` wrote one) or a file does not match its index."""
    try:
        index = json.loads((folder / INDEX_FILE).read_text(encoding="utf-8"))
        parts: dict[str, list[bytes]] = {}
        for name, file_name, size in index["graphs"]:
            data = (folder / LINES_DIR / file_name).read_bytes()
            if len(data) != size or not data.endswith(b"\n"):
                return None
            parts.setdefault(name, []).append(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    # one file is taken as it is (no copy); a graph's parts are joined once
    graphs = {name: b"".join(datas) if len(datas) > 1 else datas[0] for name, datas in parts.items()}
    return graphs


__all__ = ["INDEX_FILE", "LINES_DIR", "GraphParts", "dump_graphs", "dumped_files", "graph_files", "read_graph_dump", "write_graph_dump", "write_index"]
