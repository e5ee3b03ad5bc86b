"""The VoID/DCAT description says what the release holds, and its counts match the data."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID, XSD

from kg.namespaces import RESOURCE
from kg.publish.checksums import sha256_file
from kg.publish.metadata import ReleaseInfo
from kg.publish.snapshot import take_snapshot
from kg.publish.stats import count
from kg.publish.void import void_triples

from .conftest import DATE, VERSION

SPDX = rdflib.Namespace("http://spdx.org/rdf/terms#")
DATASET = rdflib.URIRef(f"https://w3id.org/moroccan-cinema/dataset/{VERSION}")


@pytest.fixture(scope="module")
def void(release_dir: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(release_dir / "void.ttl", format="turtle")


def _int(graph: rdflib.Graph, subject, predicate) -> int:
    return int(graph.value(subject, predicate))


def _sparql_int(store, query: str) -> int:
    return int(store.select(query)[0]["n"].value)


def test_triple_and_entity_counts_match_the_data(void, built_store):
    distinct = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
    assert _int(void, DATASET, VOID.triples) == _sparql_int(built_store, distinct)
    subjects = f'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?s), "{RESOURCE}")) }}'
    assert _int(void, DATASET, VOID.entities) == _sparql_int(built_store, subjects)


def test_class_partitions_match_the_data(void, built_store):
    partitions = {void.value(p, VOID["class"]): _int(void, p, VOID.entities) for p in void.objects(DATASET, VOID.classPartition)}
    rows = built_store.select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } FILTER(isIRI(?c)) } GROUP BY ?c")
    expected = {rdflib.URIRef(r["c"].value): int(r["n"].value) for r in rows}
    assert partitions == expected
    assert partitions[rdflib.URIRef("https://w3id.org/moroccan-cinema/ontology#Film")] > 0


def test_property_partitions_match_the_data(void, built_store):
    partitions = {void.value(p, VOID.property): _int(void, p, VOID.triples) for p in void.objects(DATASET, VOID.propertyPartition)}
    rows = built_store.select("SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?p")
    assert partitions == {rdflib.URIRef(r["p"].value): int(r["n"].value) for r in rows}


def test_release_metadata(void, release_dir):
    assert str(void.value(DATASET, DCAT.version)) == VERSION
    assert void.value(DATASET, DCTERMS.issued) == rdflib.Literal(DATE, datatype=XSD.date)
    assert void.value(DATASET, DCTERMS.license) == rdflib.URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert list(void.objects(DATASET, DCTERMS.creator))
    for example in void.objects(DATASET, VOID.exampleResource):
        assert (release_dir / (str(example).split("/moroccan-cinema/", 1)[1] + ".html")).is_file()
    assert len(list(void.objects(DATASET, VOID.exampleResource))) >= 3
    assert void.value(DATASET, VOID.sparqlEndpoint) is None  # none configured for this release


def test_downloads_have_url_media_type_size_and_checksum(void, release_dir):
    distributions = list(void.objects(DATASET, DCAT.distribution))
    assert len(distributions) >= 7
    base = f"https://w3id.org/moroccan-cinema/release/{VERSION}/"
    for dist in distributions:
        url = str(void.value(dist, DCAT.downloadURL))
        assert url.startswith(base)
        path = release_dir / url[len(base):]
        assert path.is_file(), url
        assert _int(void, dist, DCAT.byteSize) == path.stat().st_size
        assert str(void.value(dist, DCAT.mediaType)).startswith("https://www.iana.org/assignments/media-types/")
        checksum = void.value(dist, SPDX.checksum)
        assert str(void.value(checksum, SPDX.checksumValue)) == sha256_file(path)
    dumps = {str(u) for u in void.objects(DATASET, VOID.dataDump)}
    assert any(u.endswith(".nq.gz") for u in dumps) and any(u.endswith(".nt.gz") for u in dumps)


def test_sparql_endpoint_when_configured(built_store):
    snapshot = take_snapshot(built_store.store)
    info = ReleaseInfo(version=VERSION, date=DATE, sparql_endpoint="https://sparql.example.org/moroccan-cinema")
    triples = void_triples(info, count(snapshot), [], {}, {})
    endpoint = ox.NamedNode("https://sparql.example.org/moroccan-cinema")
    assert ox.Triple(ox.NamedNode(info.dataset_iri), ox.NamedNode(str(VOID.sparqlEndpoint)), endpoint) in triples
    assert any(t.predicate.value == str(DCAT.endpointURL) and t.object == endpoint for t in triples)
    service = ox.NamedNode(info.dataset_iri + "#sparql")
    assert ox.Triple(service, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(DCAT.DataService))) in triples
    assert ox.Triple(service, ox.NamedNode(str(DCAT.servesDataset)), ox.NamedNode(info.dataset_iri)) in triples
