"""The whole-graph pyshacl run split across processes, on a graph cut down to the predicates
the shapes read, reports exactly what one pyshacl run on the whole graph reports."""

from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import RDF, RDFS, SH

from kg.validate.engine import shape_view
from kg.validate.graph import to_rdflib
from kg.validate.shacl import core_shapes_graph, read_classes, read_predicates, run_shacl, runnable_shapes_graph
from kg.validate.shacl_split import deal_shapes, estimated_work, focus_nodes, has_implicit_targets, run_shacl_split, targeted_shapes

def _key(results) -> list[tuple]:
    return sorted((str(r.focus), str(r.path), r.component, r.severity, r.message, str(r.value), str(r.shape)) for r in results)


@pytest.fixture(scope="module")
def reference(inferred) -> list[tuple]:
    return _key(run_shacl(to_rdflib(inferred)))


def test_the_reference_run_has_violations_on_iris_and_blank_nodes(reference):
    assert len(reference) >= 20
    assert any(focus.startswith("http") for focus, *_ in reference)
    assert any(not focus.startswith("http") for focus, *_ in reference)


def test_the_graph_cut_to_what_the_shapes_read_gives_the_same_report(inferred, reference):
    whole = to_rdflib(inferred)
    cut = to_rdflib(inferred, **shape_view(inferred))
    assert len(cut) < len(whole)
    assert len(list(cut.triples((None, RDF.type, None)))) < len(list(whole.triples((None, RDF.type, None))))
    assert _key(run_shacl(cut)) == reference


def test_the_types_kept_are_the_shapes_classes_and_their_subclasses(inferred):
    view = shape_view(inferred)
    assert "https://w3id.org/moroccan-cinema/ontology#Film" in view["types"]  # subclass of mc:Work
    assert "http://www.w3.org/ns/prov#Entity" not in view["types"]  # an alignment, never checked
    assert read_classes(core_shapes_graph()) <= view["types"]


@pytest.mark.parametrize("workers", [2, 3])
def test_split_across_processes_gives_the_same_report(inferred, reference, workers):
    graph = to_rdflib(inferred, **shape_view(inferred))
    assert _key(run_shacl_split(graph, workers=workers, min_triples=0)) == reference


def test_every_targeted_shape_goes_to_exactly_one_worker(inferred):
    graph = to_rdflib(inferred)
    shapes = runnable_shapes_graph()
    shares = deal_shapes(graph, shapes, 2)
    dealt = [shape for share in shares for shape in share]
    assert sorted(dealt, key=str) == targeted_shapes(shapes)
    assert all(shares)
    loads = [sum(estimated_work(graph, shapes, s) for s in share) for share in shares]
    assert max(loads) - min(loads) <= max(estimated_work(graph, shapes, s) for s in dealt)


def test_focus_nodes_of_a_class_target_include_instances_of_subclasses():
    data, shapes = rdflib.Graph(), rdflib.Graph()
    ex = rdflib.Namespace("urn:ex:")
    data.add((ex.Film, RDFS.subClassOf, ex.Work))
    data.add((ex.a, RDF.type, ex.Film))
    data.add((ex.b, RDF.type, ex.Work))
    shapes.add((ex.S, SH.targetClass, ex.Work))
    assert focus_nodes(data, shapes, ex.S) == {ex.a, ex.b}


def test_shapes_are_dealt_in_a_stable_order(inferred):
    graph = to_rdflib(inferred)
    shapes = runnable_shapes_graph()
    assert deal_shapes(graph, shapes, 3) == deal_shapes(graph, shapes, 3)


def test_shapes_that_are_classes_are_not_split():
    shapes = rdflib.Graph()
    ex = rdflib.Namespace("urn:ex:")
    shapes.add((ex.S, RDF.type, SH.NodeShape))
    assert not has_implicit_targets(shapes)
    shapes.add((ex.S, RDF.type, RDFS.Class))
    assert has_implicit_targets(shapes)


def test_a_complex_path_means_no_cut():
    shapes = rdflib.Graph()
    path = rdflib.BNode()
    shapes.add((rdflib.URIRef("urn:ex:P"), SH.path, path))
    shapes.add((path, SH.inversePath, rdflib.URIRef("urn:ex:p")))
    assert read_predicates(shapes) is None


def test_a_shape_reading_rdf_type_as_a_property_keeps_every_type():
    shapes = rdflib.Graph()
    shapes.add((rdflib.URIRef("urn:ex:P"), SH.path, RDF.type))
    assert read_classes(shapes) is None
