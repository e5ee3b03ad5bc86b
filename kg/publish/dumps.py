"""The downloads of a release: the whole dataset, the default-graph view, asserted and inferred.

| file | what | format |
|---|---|---|
| ``<name>.nq.gz`` | every quad with its named graph (sources, curation, ontology, inferred) | N-Quads, sorted, gzip |
| ``<name>.trig`` | the same, graph by graph | TriG |
| ``<name>.ttl`` / ``.nt.gz`` / ``.jsonld`` | the default-graph view: distinct triples of all graphs | Turtle, N-Triples (sorted, gzip), JSON-LD |
| ``<name>-asserted.ttl`` | the data as written in data/ (every graph but ontology and inferred) | Turtle |
| ``<name>-inferred.ttl`` | what ``kg build`` derived (graph ``…/graph/inferred``) | Turtle |
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from kg.publish import rdfio
from kg.publish.jsonld import jsonld
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
        "asserted": f"dumps/{name}-asserted.ttl",
        "inferred": f"dumps/{name}-inferred.ttl",
    }


def write_dumps(snapshot: Snapshot, release: Path, *, name: str, prefixes: dict[str, str], context: dict) -> list[Download]:
    """Write every dump of ``snapshot`` below ``release``; return what was written."""
    files = dump_names(name)
    (release / "dumps").mkdir(parents=True, exist_ok=True)
    union = snapshot.union
    # zlib releases the GIL: the two gzip files compress while the other dumps serialise
    with ThreadPoolExecutor(max_workers=2) as pool:
        zipped = [
            pool.submit(rdfio.write_gzip, release / files["nquads"], snapshot.nquads()),
            pool.submit(rdfio.write_gzip, release / files["ntriples"], union),
        ]
        _write_text_dumps(snapshot, release, files, prefixes, context)
        for future in zipped:
            future.result()
    return _downloads(files)


def _write_text_dumps(snapshot: Snapshot, release: Path, files: dict[str, str], prefixes: dict[str, str], context: dict) -> None:
    union = snapshot.union
    rdfio.write_bytes(release / files["trig"], rdfio.trig(rdfio.parse_lines([snapshot.nquads_by_graph()], quads=True), prefixes))
    rdfio.write_bytes(release / files["turtle"], rdfio.turtle(rdfio.parse_lines(union), prefixes))
    rdfio.write_bytes(release / files["jsonld"], jsonld(rdfio.parse_lines(union), prefixes, context=context["@context"]))
    rdfio.write_bytes(release / files["asserted"], rdfio.turtle(rdfio.parse_lines(snapshot.asserted), prefixes))
    rdfio.write_bytes(release / files["inferred"], rdfio.turtle(rdfio.parse_lines(snapshot.inferred), prefixes))


def _downloads(files: dict[str, str]) -> list[Download]:
    return [
        Download(files["nquads"], "application/n-quads", "Whole dataset with its named graphs (N-Quads, gzip)", "Jeu de données complet avec ses graphes nommés (N-Quads, gzip)", "dataset", True),
        Download(files["trig"], "application/trig", "Whole dataset with its named graphs (TriG)", "Jeu de données complet avec ses graphes nommés (TriG)", "dataset"),
        Download(files["turtle"], "text/turtle", "Default-graph view: all triples (Turtle)", "Vue graphe par défaut : tous les triplets (Turtle)", "default-graph"),
        Download(files["ntriples"], "application/n-triples", "Default-graph view: all triples (N-Triples, gzip)", "Vue graphe par défaut : tous les triplets (N-Triples, gzip)", "default-graph", True),
        Download(files["jsonld"], "application/ld+json", "Default-graph view: all triples (JSON-LD)", "Vue graphe par défaut : tous les triplets (JSON-LD)", "default-graph"),
        Download(files["asserted"], "text/turtle", "Asserted triples: the data as written, without the ontology (Turtle)", "Triplets affirmés : les données telles qu'écrites, sans l'ontologie (Turtle)", "asserted"),
        Download(files["inferred"], "text/turtle", "Inferred triples: OWL 2 RL and project rules (Turtle)", "Triplets inférés : OWL 2 RL et règles du projet (Turtle)", "inferred"),
    ]
