"""The ontology parses, is documented in French and English, and aligns to the vocabularies it promises."""

from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.build import ontology_files
from kg.config import PATHS
from kg.namespaces import MC, ONTOLOGY_IRI

SCHEMA = rdflib.Namespace("https://schema.org/")
FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in ontology_files(PATHS.ontology_dir):
        graph.parse(path, format="turtle")
    return graph


def own_terms(graph: rdflib.Graph, kind: rdflib.URIRef) -> list[rdflib.URIRef]:
    return sorted(t for t in graph.subjects(RDF.type, kind) if str(t).startswith(MC))


def test_header(ontology: rdflib.Graph):
    onto = rdflib.URIRef(ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert str(ontology.value(onto, OWL.versionIRI)).startswith(ONTOLOGY_IRI + "/")
    assert ontology.value(onto, DCT.license) is not None
    assert {d.language for d in ontology.objects(onto, DCT.description)} >= {"en", "fr"}


@pytest.mark.parametrize("kind", [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty])
def test_every_term_has_french_and_english_labels_and_definitions(ontology: rdflib.Graph, kind):
    terms = own_terms(ontology, kind)
    assert terms
    for term in terms:
        labels = {label.language for label in ontology.objects(term, RDFS.label)}
        assert {"fr", "en"} <= labels, f"{term} lacks a French or English label"
        definitions = {d.language for d in ontology.objects(term, SKOS.definition)}
        assert {"fr", "en"} <= definitions, f"{term} lacks a French or English definition"


def test_every_property_used_in_an_axiom_is_declared(ontology: rdflib.Graph):
    declared = {
        t for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.Class)
        for t in ontology.subjects(RDF.type, kind)
    }
    used = set(ontology.objects(None, RDFS.subPropertyOf)) | set(ontology.objects(None, OWL.inverseOf))
    used |= set(ontology.objects(None, RDFS.subClassOf)) | set(ontology.objects(None, RDFS.domain))
    missing = sorted(str(t) for t in used if str(t).startswith(MC) and t not in declared)
    assert not missing


@pytest.mark.parametrize(
    "term, parent",
    [
        ("Film", SCHEMA.Movie), ("TVSeries", SCHEMA.TVSeries), ("Person", FOAF.Person), ("Person", SCHEMA.Person),
        ("Person", PROV.Person), ("Organization", FOAF.Organization), ("Source", PROV.Entity),
        ("WorkSeries", SCHEMA.CreativeWorkSeries), ("Edition", SCHEMA.Event),
    ],
)
def test_class_alignments(ontology: rdflib.Graph, term: str, parent: rdflib.URIRef):
    assert parent in set(ontology.transitive_objects(rdflib.URIRef(MC + term), RDFS.subClassOf))


def test_wikidata_alignments_are_entity_iris(ontology: rdflib.Graph):
    links = [o for p in (SKOS.exactMatch, SKOS.closeMatch) for o in ontology.objects(None, p)]
    wikidata = [str(o) for o in links if "wikidata" in str(o)]
    assert len(wikidata) >= 20
    assert all(w.startswith("http://www.wikidata.org/entity/") for w in wikidata)


def test_every_role_has_a_direct_property_that_exists(ontology: rdflib.Graph):
    roles = list(ontology.subjects(SKOS.inScheme, rdflib.URIRef(MC + "RoleScheme")))
    assert len(roles) >= 14
    for role in roles:
        prop = ontology.value(role, rdflib.URIRef(MC + "directProperty"))
        assert prop is not None and (prop, RDF.type, OWL.ObjectProperty) in ontology, role


def test_concept_schemes_have_labels_in_three_languages(ontology: rdflib.Graph):
    for concept in ontology.subjects(RDF.type, SKOS.Concept):
        langs = {label.language for label in ontology.objects(concept, SKOS.prefLabel)}
        assert {"fr", "en", "ar"} <= langs, concept
