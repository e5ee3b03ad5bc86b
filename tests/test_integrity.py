"""The shipped graph passes every *-violation check, and each check can fail."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.build import load_graph
from kg.checks import check_files, run_checks
from kg.config import PATHS
from kg.inference import AFTER_CLOSURE_DIR
from kg.namespaces import MC, RDF_TYPE
from kg.store import GraphStore
from tests.rule_algebra import constructed

CHECKS = [p.name.removesuffix(".rq") for p in check_files()]


@pytest.mark.parametrize("name", CHECKS)
def test_shipped_graph_passes(built_store: kg.GraphStore, name: str):
    result = next(r for r in run_checks(built_store) if r.name == name)
    assert result.passed, f"{name}: {result.rows[:5]}"


BROKEN = """@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .
@prefix work: <https://w3id.org/moroccan-cinema/resource/work/> .
@prefix credit: <https://w3id.org/moroccan-cinema/resource/credit/> .
@prefix src: <https://w3id.org/moroccan-cinema/resource/source/> .
work:loose a mc:Film .
GRAPH src:undescribed {
    credit:c a mc:Credit ; mc:creditedWork work:loose .
}
GRAPH src:described {
    src:described a mc:Source .
    work:other a mc:Film ; mc:source src:undescribed ; mc:castCount 3 .
}
"""


def test_each_check_catches_its_fault(tmp_path: Path):
    data = tmp_path / "broken.trig"
    data.write_text(BROKEN, encoding="utf-8")
    store = ox.Store()
    load_graph(store, data_paths=[data])
    failed = {r.name: r.rows for r in run_checks(GraphStore(store)) if not r.passed}
    assert set(failed) == set(CHECKS)
    assert {"graph": "src:undescribed"} in failed["graph-without-source-violation"]
    assert {"node": "work:other", "graph": "src:described", "claimed": "src:undescribed"} in failed[
        "source-mismatch-violation"
    ]
    assert failed["derived-fact-asserted-violation"] == [
        {"node": "work:other", "property": "mc:castCount", "graph": "src:described"}]
    unsourced = {row["node"] for row in failed["unsourced-node-violation"]}
    assert unsourced == {"credit:c", "work:loose"}


def test_the_derived_fact_check_names_every_property_the_after_closure_rules_write():
    """The check lists the derived properties by hand: a new after-closure rule must add its own."""
    check = (PATHS.ontology_dir / "checks" / "derived-fact-asserted-violation.rq").read_text(encoding="utf-8")
    listed = {MC + name for name in re.findall(r"mc:(\w+)", check.split("VALUES ?property {", 1)[1].split("}", 1)[0])}
    rules = sorted((PATHS.rules_dir / AFTER_CLOSURE_DIR).glob("*.rq"))
    assert rules
    written = set().union(*(constructed(rule.read_text(encoding="utf-8")) for rule in rules)) - {RDF_TYPE}
    assert listed == written
