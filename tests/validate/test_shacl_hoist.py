"""Node shapes' targets handed to their property shapes (kg.validate.shacl_hoist) give the
same pyshacl report as the shapes as written, result for result."""

from __future__ import annotations

from pathlib import Path

import rdflib
from rdflib.namespace import RDF, SH

from kg.validate.engine import Context, build_graph
from kg.validate.graph import to_rdflib
from kg.validate.inputs import read_files
from kg.validate.shacl import core_shapes_graph, run_shacl, runnable_shapes_graph, shapes_graph
from kg.validate.shacl_hoist import TARGETS, hoist_targets
from tests.validate.conftest import CASES

MCSH = rdflib.Namespace("https://w3id.org/moroccan-cinema/shapes#")


def _key(results) -> list[tuple]:
    return sorted((str(r.focus), str(r.path), r.component, r.severity, r.message, str(r.value), str(r.shape)) for r in results)


def test_hoisted_core_shapes_give_the_same_report_as_the_shapes_as_written(inferred):
    graph = to_rdflib(inferred)
    as_written = _key(run_shacl(graph, shapes=core_shapes_graph()))
    assert len(as_written) >= 20  # the corpus cases' violations, on IRIs and blank nodes
    assert any(not focus.startswith("http") for focus, *_ in as_written)
    assert _key(run_shacl(graph, shapes=runnable_shapes_graph())) == as_written


def test_hoisted_shapes_with_sparql_constraints_give_the_same_report(corpus: Path):
    """pyshacl's SPARQL constraints on the shipped data take minutes: the corpus cases alone."""
    sources = read_files([corpus / name for name in CASES])
    graph = to_rdflib(build_graph([q for s in sources for q in s.quads], Context(None, "whole")))
    as_written = _key(run_shacl(graph, shapes=shapes_graph()))
    assert any(r[2].endswith("SPARQLConstraintComponent") for r in as_written)
    assert _key(run_shacl(graph, shapes=runnable_shapes_graph(include_sparql=True))) == as_written


def test_run_shacl_runs_the_hoisted_shapes():
    hoisted = runnable_shapes_graph()
    # the credit shape's property shapes carry its class target; it keeps none of them
    assert (MCSH.CreditShape, SH.property, None) not in hoisted
    assert (MCSH.CreditShape, SH.property, None) in core_shapes_graph()
    props = set(core_shapes_graph().objects(MCSH.CreditShape, SH.property))
    assert props and all((p, SH.targetClass, None) in hoisted for p in props)


def _shapes(ttl: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data="@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <urn:ex:> .\n" + ttl, format="turtle")


def test_a_node_shape_other_shapes_refer_to_keeps_its_property_shapes():
    shapes = _shapes("""ex:S sh:targetClass ex:C ; sh:property ex:P . ex:P sh:path ex:p ; sh:minCount 1 .
        ex:T sh:targetClass ex:D ; sh:property [ sh:path ex:q ; sh:node ex:S ] .""")
    hoisted = hoist_targets(shapes)
    assert (rdflib.URIRef("urn:ex:S"), SH.property, rdflib.URIRef("urn:ex:P")) in hoisted
    assert (rdflib.URIRef("urn:ex:P"), SH.targetClass, None) not in hoisted


def test_a_deactivated_node_shape_is_left_alone():
    shapes = _shapes("ex:S sh:targetClass ex:C ; sh:deactivated true ; sh:property ex:P . ex:P sh:path ex:p ; sh:minCount 1 .")
    assert set(hoist_targets(shapes)) == set(shapes)


def test_every_kind_of_target_is_handed_on_and_prefixes_are_kept():
    shapes = _shapes("""ex:S sh:targetClass ex:C ; sh:targetNode ex:n ; sh:targetSubjectsOf ex:s ; sh:targetObjectsOf ex:o ;
        sh:class ex:K ; sh:property ex:P . ex:P sh:path ex:p ; sh:minCount 1 .""")
    hoisted = hoist_targets(shapes)
    p, s = rdflib.URIRef("urn:ex:P"), rdflib.URIRef("urn:ex:S")
    assert {t for t in TARGETS if (p, t, None) in hoisted} == set(TARGETS)
    assert (s, SH["class"], None) in hoisted and (s, SH.targetClass, None) in hoisted  # node-level constraints stay
    assert dict(hoisted.namespaces())["ex"] == rdflib.URIRef("urn:ex:")
    assert (s, RDF.type, None) not in hoisted
