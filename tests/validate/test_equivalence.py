"""The fast path is exact: validating a contribution against the built store reports what a
validation of the whole graph plus the contribution reports about the contribution's nodes,
and the SPARQL constraints run by pyoxigraph give what pyshacl gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import PATHS
from kg.validate import validate
from kg.validate.engine import build_graph, choose_context
from kg.validate.graph import to_rdflib
from kg.validate.inputs import read_files
from kg.validate.locate import Locator
from kg.validate.shacl import run_shacl
from kg.validate.sparql_constraints import SPARQL_COMPONENT, run_sparql_constraints

#: Cases that reach the graph: cross-entity constraints, values typed by the graph, and
#: existing entities described again (their stored facts matter).
CASES = [
    "award-before-work.ttl", "credit-after-death.ttl", "edition-order.ttl", "duplicate-person.ttl",
    "duplicate-declared-different.ttl", "credit-two-roles.ttl", "credit-role-not-in-scheme.ttl",
    "work-negative-runtime.ttl", "ok-film.ttl", "funding-no-currency.ttl", "range-clash.ttl",
]

EXISTING = """@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .
@prefix work: <https://w3id.org/moroccan-cinema/resource/work/> .
@prefix person: <https://w3id.org/moroccan-cinema/resource/person/> .
@prefix edition: <https://w3id.org/moroccan-cinema/resource/edition/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

# A second French label for an entity the graph already labels: only the graph shows the clash.
work:casanegra rdfs:label "Casa la noire"@fr ;
    mc:runtimeMinutes 0 .

# An existing edition given a number that contradicts its festival's other editions.
edition:festival-national-du-film-2013 mc:editionNumber 3 .

# A death date for an existing person credited on works released after it.
person:nour-eddine-lakhmari mc:deathDate "1990-01-01"^^xsd:date .
"""


@pytest.fixture(scope="module")
def contribution(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> list[Path]:
    folder = tmp_path_factory.mktemp("contribution")
    files = []
    for name in CASES:
        target = folder / name
        target.write_text((corpus / name).read_text(encoding="utf-8").replace("test-", f"eq-{len(files)}-"), encoding="utf-8")
        files.append(target)
    (folder / "existing.ttl").write_text(EXISTING, encoding="utf-8")
    return files + [folder / "existing.ttl"]


def _shacl_results(report, nodes: set[str]) -> set[tuple]:
    return {
        (r.severity, r.focus_iri, r.path, r.value, r.constraint, r.source_shape, r.message)
        for r in report.results
        if r.constraint.startswith("sh:") and r.focus_iri in nodes
    }


def test_fast_path_equals_whole_graph_validation(contribution: list[Path], built_store_path: Path):
    nodes = set(Locator(read_files(contribution)).defined_in)
    fast = validate(contribution, store_path=built_store_path, lang="en")
    assert fast.context.startswith("the built graph")
    full = validate([PATHS.data_dir, *contribution], against_data=False, lang="en")
    assert full.context.startswith("nothing else")
    expected = _shacl_results(full, nodes)
    assert _shacl_results(fast, nodes) == expected
    kinds = {(r[4], r[5]) for r in expected}
    # the comparison covers every cross-entity constraint and facts only the graph holds
    for shape in ("mcsh:AwardAfterWorkShape", "mcsh:CreditBeforeDeathShape", "mcsh:EditionOrderShape", "mcsh:ProbableDuplicateShape"):
        assert ("sh:SPARQLConstraintComponent", shape) in kinds
    focuses = {r[1] for r in expected}
    assert "https://w3id.org/moroccan-cinema/resource/work/casanegra" in focuses
    assert "https://w3id.org/moroccan-cinema/resource/edition/festival-national-du-film-2013" in focuses
    assert len(expected) >= 15


def test_sparql_constraints_match_pyshacl(contribution: list[Path], built_store_path: Path):
    # pyshacl takes ~0.1 s per focus node: the cross-entity cases only
    cross_entity = [p for p in contribution if p.name in CASES[:5]]
    sources = read_files(cross_entity)
    context = choose_context(sources, store_path=built_store_path, against_data=True)
    store = build_graph([q for s in sources for q in s.quads], context)
    ours = {
        (str(r.focus), str(r.path), str(r.value), str(r.shape), r.severity, r.message)
        for r in run_sparql_constraints(store, lang="en")
    }
    reference = {
        (str(r.focus), str(r.path), str(r.value), str(r.shape), r.severity)
        for r in run_shacl(to_rdflib(store), lang="en", include_sparql=True)
        if r.component == SPARQL_COMPONENT
    }
    assert {o[:5] for o in ours} == reference
    assert len(reference) >= 5
