"""The whole-graph pyshacl run split across processes, on a graph cut down to the predicates
the shapes read, reports exactly what one pyshacl run on the whole graph reports."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF, RDFS, SH

from kg.config import PATHS
from kg.parsing import rdf_files
from kg.validate.engine import Context, build_graph, shape_view
from kg.validate.graph import to_rdflib
from kg.validate.inputs import read_files
from kg.validate.shacl import core_shapes_graph, read_classes, read_predicates, run_shacl
from kg.validate.shacl_split import focus_nodes, has_implicit_targets, run_shacl_split, share_out, shared_targets

#: Corpus cases whose violations come from the core shapes, on IRIs and on blank nodes.
CASES = [
    "award-before-work.ttl", "award-no-prize.ttl", "budget-min-above-max.ttl", "country-code-bad.ttl",
    "credit-after-death.ttl", "credit-no-agent.ttl", "credit-role-not-in-scheme.ttl", "credit-two-roles.ttl",
    "edition-order.ttl", "edition-start-after-end.ttl", "funding-bad-currency.ttl", "funding-negative-amount.ttl",
    "funding-no-currency.ttl", "person-birth-after-death.ttl", "person-no-label.ttl", "release-date-as-year.ttl",
    "work-future-year.ttl", "work-genre-not-in-scheme.ttl", "work-negative-runtime.ttl", "work-no-title.ttl",
]

BLANK_CREDITS = """@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/moroccan-cinema/resource/work/split-test> a mc:Film ;
    rdfs:label "Split test"@fr ; mc:title "Split test"@fr ;
    mc:hasCredit [ a mc:Credit ; mc:role <https://w3id.org/moroccan-cinema/vocab/role/no-such-role> ] , [ a mc:Credit ] .
"""


def _key(results) -> list[tuple]:
    return sorted((str(r.focus), str(r.path), r.component, r.severity, r.message, str(r.value), str(r.shape)) for r in results)


@pytest.fixture(scope="module")
def inferred(tmp_path_factory: pytest.TempPathFactory, corpus: Path):
    """Shipped data plus corpus cases (their violations) and blank-node credits, inferred."""
    extra = tmp_path_factory.mktemp("split") / "blank-credits.ttl"
    extra.write_text(BLANK_CREDITS, encoding="utf-8")
    paths = list(rdf_files([PATHS.data_dir])) + [corpus / name for name in CASES] + [extra]
    sources = read_files(paths)
    return build_graph([q for s in sources for q in s.quads], Context(None, "whole"))


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


def test_every_focus_node_goes_to_exactly_one_worker(inferred):
    graph = to_rdflib(inferred)
    shapes = core_shapes_graph()
    shares = shared_targets(graph, shapes, 2)
    dealt = [(s, n) for share in shares for s, _, n in share]
    assert len(dealt) == len(set(dealt))
    work = rdflib.URIRef("https://w3id.org/moroccan-cinema/shapes#WorkShape")
    assert {n for s, n in dealt if s == work} == focus_nodes(graph, shapes, work)
    assert abs(len(shares[0]) - len(shares[1])) <= len(set(s for s, _ in dealt))


def test_focus_nodes_of_a_class_target_include_instances_of_subclasses():
    data, shapes = rdflib.Graph(), rdflib.Graph()
    ex = rdflib.Namespace("urn:ex:")
    data.add((ex.Film, RDFS.subClassOf, ex.Work))
    data.add((ex.a, RDF.type, ex.Film))
    data.add((ex.b, RDF.type, ex.Work))
    shapes.add((ex.S, SH.targetClass, ex.Work))
    assert focus_nodes(data, shapes, ex.S) == {ex.a, ex.b}


def test_nodes_are_dealt_in_a_stable_order():
    nodes = {rdflib.URIRef(f"urn:n{i}") for i in range(7)}
    assert share_out(nodes, 3) == share_out(set(sorted(nodes, reverse=True)), 3)
    assert sorted(n for share in share_out(nodes, 3) for n in share) == sorted(nodes)


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
