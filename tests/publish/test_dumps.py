"""Every dump of a release parses back into a graph isomorphic to the built one."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH, PREFIXES
from kg.publish.dumps import dump_names

from .conftest import VERSION

NAMES = dump_names(f"moroccan-cinema-{VERSION}")


def _dataset(path: Path, fmt: str) -> rdflib.Dataset:
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    dataset = rdflib.Dataset()
    dataset.parse(data=data.decode("utf-8"), format=fmt)
    return dataset


def _graph_of(dataset: rdflib.Dataset, iri: str) -> rdflib.Graph:
    out = rdflib.Graph()
    for triple in dataset.graph(rdflib.URIRef(iri)):
        out.add(triple)
    return out


@pytest.mark.parametrize("kind, fmt", [("nquads", "nquads"), ("trig", "trig")])
def test_whole_dataset_keeps_every_named_graph(release_dir, store_graphs, kind, fmt):
    dataset = _dataset(release_dir / NAMES[kind], fmt)
    named = {str(g.identifier) for g in dataset.graphs() if len(g) and str(g.identifier) != str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID)}
    assert named == {g for g in store_graphs if g}
    for iri, expected in store_graphs.items():
        if iri:
            assert isomorphic(_graph_of(dataset, iri), expected), iri
    assert ONTOLOGY_GRAPH in named and INFERRED_GRAPH in named


@pytest.mark.parametrize("kind, fmt", [("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld")])
def test_default_graph_view_is_the_union(release_dir, union_graph, kind, fmt):
    path = release_dir / NAMES[kind]
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    parsed = rdflib.Graph().parse(data=data.decode("utf-8"), format=fmt, publicID=path.as_uri())
    assert len(parsed) == len(union_graph)
    assert isomorphic(parsed, union_graph)


def test_asserted_and_inferred_are_apart(release_dir, store_graphs):
    asserted = rdflib.Graph().parse(data=gzip.decompress((release_dir / NAMES["asserted"]).read_bytes()).decode("utf-8"), format="nt")
    inferred = rdflib.Graph().parse(data=gzip.decompress((release_dir / NAMES["inferred"]).read_bytes()).decode("utf-8"), format="nt")
    expected = rdflib.Graph()
    for iri, graph in store_graphs.items():
        if iri not in (ONTOLOGY_GRAPH, INFERRED_GRAPH):
            expected += graph
    assert isomorphic(asserted, expected)
    assert isomorphic(inferred, store_graphs[INFERRED_GRAPH])
    assert len(inferred) > 0 and len(asserted) > 0


def test_ontology_rdf_xml_matches_its_turtle(release_dir):
    for ttl in sorted((release_dir / "ontology").glob("*.ttl")):
        from_turtle = rdflib.Graph().parse(ttl, format="turtle")
        from_xml = rdflib.Graph().parse(ttl.with_suffix(".rdf"), format="xml")
        assert len(from_xml) == len(from_turtle)
        assert isomorphic(from_xml, from_turtle), ttl.name


def test_published_context_declares_the_project_prefixes(release_dir):
    context = json.loads((release_dir / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert context == dict(sorted(PREFIXES.items()))
    dump = json.loads((release_dir / NAMES["jsonld"]).read_text(encoding="utf-8"))
    assert dump["@context"] == context


def test_entity_documents_describe_the_entity(release_dir, union_graph, built_store):
    rows = built_store.select("SELECT ?film WHERE { ?film a mc:Film } ORDER BY ?film LIMIT 3")
    assert rows, "the shipped data has films"
    owners = [line.rstrip(";").split(" ") for line in (release_dir / "nary.map").read_text(encoding="utf-8").splitlines()]
    base = "https://w3id.org/moroccan-cinema/"
    for row in rows:
        iri = rdflib.URIRef(row["film"].value)
        own_path = row["film"].value[len(base):]
        expected = rdflib.Graph()
        for subject in [iri, *(rdflib.URIRef(base + node) for node, owner in owners if owner == own_path)]:
            for triple in union_graph.triples((subject, None, None)):
                expected.add(triple)
        assert len(expected) > len(list(union_graph.triples((iri, None, None))))  # its credits are in its documents
        stem = release_dir / row["film"].value.split("/moroccan-cinema/", 1)[1]
        turtle = rdflib.Graph().parse(stem.with_suffix(".ttl"), format="turtle")
        jsonld_path = stem.with_suffix(".jsonld")
        jsonld = rdflib.Graph().parse(jsonld_path, format="json-ld")
        assert isomorphic(turtle, expected)
        assert isomorphic(jsonld, expected)
        assert json.loads(jsonld_path.read_text(encoding="utf-8"))["@context"] == "../../context.jsonld"
