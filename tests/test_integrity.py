"""The shipped graph passes every *-violation check, and each check can fail."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.build import load_graph
from kg.checks import check_files, run_checks
from kg.store import GraphStore

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
