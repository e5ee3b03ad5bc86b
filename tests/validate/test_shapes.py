"""The shapes cover the ontology, speak three languages, and list ISO 4217 exactly."""

from __future__ import annotations

import pycountry
import rdflib
from rdflib.namespace import OWL, RDF, SH

from kg.config import PATHS
from kg.namespaces import MC
from kg.validate.shacl import shapes_graph

WITHDRAWN_EURO_AREA = {"ATS", "BEF", "DEM", "ESP", "FIM", "FRF", "GRD", "IEP", "ITL", "LUF", "NLG", "PTE"}


def _ontology() -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in sorted(PATHS.ontology_dir.glob("*.ttl")):
        graph.parse(path)
    return graph


def test_every_class_of_the_ontology_has_a_node_shape():
    classes = {c for c in _ontology().subjects(RDF.type, OWL.Class) if str(c).startswith(MC)}
    shapes = shapes_graph()
    targeted = {c for s in shapes.subjects(RDF.type, SH.NodeShape) for c in shapes.objects(s, SH.targetClass)}
    assert len(classes) >= 30
    assert classes - targeted == set()


def test_every_message_exists_in_english_french_and_arabic():
    shapes = shapes_graph()
    owners = set(shapes.subjects(SH.message, None))
    assert len(owners) > 60
    for owner in owners:
        languages = {m.language for m in shapes.objects(owner, SH.message)}
        assert languages == {"en", "fr", "ar"}, owner


def test_currencies_are_iso_4217():
    shapes = shapes_graph()
    node = rdflib.URIRef("https://w3id.org/moroccan-cinema/shapes#CurrencyProperty")
    listed = {str(c) for c in rdflib.collection.Collection(shapes, shapes.value(node, SH["in"]))}
    assert listed == {c.alpha_3 for c in pycountry.currencies} | WITHDRAWN_EURO_AREA


def test_every_violation_shape_declares_its_severity():
    shapes = shapes_graph()
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        has_constraints = any(p != SH.targetClass and p != RDF.type and p != rdflib.RDFS.comment for p in shapes.predicates(shape))
        if (shape, SH.targetClass, None) in shapes and has_constraints or (shape, SH.sparql, None) in shapes:
            assert shapes.value(shape, SH.severity) in (SH.Violation, SH.Warning), shape
