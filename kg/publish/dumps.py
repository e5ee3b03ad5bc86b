"""The downloads of a release: the whole dataset, the default-graph view, asserted and inferred.

| file | what | format |
|---|---|---|
| ``<name>.nq.gz`` | every quad with its named graph (sources, curation, ontology, inferred) | N-Quads, sorted, gzip |
| ``<name>.trig`` | the same, graph by graph | TriG |
| ``<name>.ttl`` / ``.nt.gz`` / ``.jsonld`` | the default-graph view: distinct triples of all graphs | Turtle, N-Triples (sorted, gzip), JSON-LD |
| ``<name>-asserted.nt.gz`` | the data as written in data/ (every graph but ontology and inferred) | N-Triples, sorted, gzip |
| ``<name>-inferred.nt.gz`` | what ``kg build`` derived (graph ``…/graph/inferred``) | N-Triples, sorted, gzip |
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from kg.collector import paused
from kg.cores import lower_priority
from kg.errors import KGError
from kg.publish import rdfio
from kg.publish.jsonld import write_jsonld
from kg.publish.snapshot import Snapshot


@dataclass(frozen=True)
class Download:
    """One downloadable file of a release, described in the VoID/DCAT and on the home page."""

    path: str  # relative to the release folder, with "/"
    media_type: str
    title_en: str
    title_fr: str
    kind: str  # "dataset", "default-graph", "asserted", "inferred", "ontology", "shapes", "queries", "context"
    compressed: bool = False


def dump_names(name: str) -> dict[str, str]:
    """File names of the dumps for a release called ``name`` (e.g. ``moroccan-cinema-1.0.0``)."""
    return {
        "nquads": f"dumps/{name}.nq.gz",
        "trig": f"dumps/{name}.trig",
        "turtle": f"dumps/{name}.ttl",
        "ntriples": f"dumps/{name}.nt.gz",
        "jsonld": f"dumps/{name}.jsonld",
        "asserted": f"dumps/{name}-asserted.nt.gz",
        "inferred": f"dumps/{name}-inferred.nt.gz",
    }


def write_dumps(snapshot: Snapshot, release: Path, *, name: str, prefixes: dict[str, str], context: dict) -> list[Download]:
    """Write every dump of ``snapshot`` below ``release``; return what was written."""
    with paused():  # millions of parsed triples alive at once (kg.collector)
        return _write_dumps(snapshot, release, name=name, prefixes=prefixes, context=context)


def _write_dumps(snapshot: Snapshot, release: Path, *, name: str, prefixes: dict[str, str], context: dict) -> list[Download]:
    files = dump_names(name)
    (release / "dumps").mkdir(parents=True, exist_ok=True)
    union = snapshot.union
    grouped = snapshot.nquads_grouped()  # for the sorted N-Quads and, as is, for the TriG
    # zlib releases the GIL: the gzip files compress while the other dumps serialise
    with ThreadPoolExecutor(max_workers=2) as pool:
        zipped = [
            pool.submit(rdfio.write_gzip, release / files["nquads"], snapshot.nquads(grouped)),
            pool.submit(rdfio.write_gzip, release / files["ntriples"], union),
            pool.submit(rdfio.write_gzip, release / files["asserted"], snapshot.asserted),
            pool.submit(rdfio.write_gzip, release / files["inferred"], snapshot.inferred),
        ]
        _write_text_dumps(snapshot, release, files, prefixes, context, grouped)
        del grouped
        for future in zipped:
            future.result()
    return _downloads(files)


class DumpWriter:
    """The dumps written by a forked process while this one makes the ontology docs and the site.

    The child inherits the snapshot (fork, copy-on-write) and only writes files; ``wait()``
    returns the downloads once it has finished, or raises KGError if it failed. Where fork
    is not available the dumps are written in ``start`` itself.

    >>> import pyoxigraph as ox, tempfile, pathlib
    >>> from kg.publish.snapshot import take_snapshot
    >>> writer = DumpWriter(take_snapshot(ox.Store()), pathlib.Path(tempfile.mkdtemp()), name="x", prefixes={}, context={"@context": {}})
    >>> [d.path for d in writer.start().wait()][:2]
    ['dumps/x.nq.gz', 'dumps/x.trig']
    """

    def __init__(self, snapshot: Snapshot, release: Path, *, name: str, prefixes: dict[str, str], context: dict) -> None:
        self.args = (snapshot, release)
        self.options = {"name": name, "prefixes": prefixes, "context": context}
        self.process = None
        self.downloads = _downloads(dump_names(name))

    def start(self) -> "DumpWriter":
        if "fork" not in multiprocessing.get_all_start_methods():
            write_dumps(*self.args, **self.options)
            return self
        self.process = multiprocessing.get_context("fork").Process(target=_child, args=(self.args, self.options), name="kg-publish-dumps")
        self.process.start()
        return self

    def wait(self) -> list[Download]:
        if self.process is not None:
            self.process.join()
            if self.process.exitcode != 0:
                raise KGError(f"writing the dumps failed (exit {self.process.exitcode}); nothing was published. Run again with KG_DEBUG=1 to see why.")
            self.process = None
        return self.downloads


    def stop(self) -> None:
        """End the writing process (the release is being abandoned)."""
        if self.process is not None:
            self.process.terminate()
            self.process.join()
            self.process = None


def _child(args, options) -> None:
    lower_priority()
    write_dumps(*args, **options)


def _write_text_dumps(snapshot: Snapshot, release: Path, files: dict[str, str], prefixes: dict[str, str], context: dict, grouped: list[bytes]) -> None:
    union = snapshot.union
    rdfio.write_bytes(release / files["trig"], rdfio.trig(rdfio.parse_lines(grouped, quads=True), prefixes))
    # parsed once for each, piece by piece: at 1M triples the same CPU as keeping the 2.9M
    # parsed triples for both (8.1-9.0 s against 8.8-9.3), and 1.4 GB less memory
    rdfio.write_bytes(release / files["turtle"], rdfio.turtle(rdfio.parse_lines(union), prefixes))
    write_jsonld(release / files["jsonld"], rdfio.parse_lines(union), prefixes, context=context["@context"])


def _downloads(files: dict[str, str]) -> list[Download]:
    return [
        Download(files["nquads"], "application/n-quads", "Whole dataset with its named graphs (N-Quads, gzip)", "Jeu de données complet avec ses graphes nommés (N-Quads, gzip)", "dataset", True),
        Download(files["trig"], "application/trig", "Whole dataset with its named graphs (TriG)", "Jeu de données complet avec ses graphes nommés (TriG)", "dataset"),
        Download(files["turtle"], "text/turtle", "Default-graph view: all triples (Turtle)", "Vue graphe par défaut : tous les triplets (Turtle)", "default-graph"),
        Download(files["ntriples"], "application/n-triples", "Default-graph view: all triples (N-Triples, gzip)", "Vue graphe par défaut : tous les triplets (N-Triples, gzip)", "default-graph", True),
        Download(files["jsonld"], "application/ld+json", "Default-graph view: all triples (JSON-LD)", "Vue graphe par défaut : tous les triplets (JSON-LD)", "default-graph"),
        Download(files["asserted"], "application/n-triples", "Asserted triples: the data as written, without the ontology (N-Triples, gzip)", "Triplets affirmés : les données telles qu'écrites, sans l'ontologie (N-Triples, gzip)", "asserted", True),
        Download(files["inferred"], "application/n-triples", "Inferred triples: OWL 2 RL and project rules (N-Triples, gzip)", "Triplets inférés : OWL 2 RL et règles du projet (N-Triples, gzip)", "inferred", True),
    ]
