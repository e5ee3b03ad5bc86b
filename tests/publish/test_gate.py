"""The gate validates the files being published as the whole graph: a store left behind by an
earlier `kg build` (of other data) must not change the verdict."""

from __future__ import annotations

import shutil
from pathlib import Path

import kg
from kg.config import PATHS
from kg.publish.gate import check_valid

# A second French label for a work of data/: beside the shipped data it breaks sh:uniqueLang.
OTHER_LABEL = """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/moroccan-cinema/resource/work/casanegra> rdfs:label "Casa la noire (autre)"@fr .
"""


def test_a_stale_default_store_does_not_take_part_in_the_gate(tmp_path: Path, monkeypatch):
    other = tmp_path / "other.ttl"
    other.write_text(OTHER_LABEL, encoding="utf-8")
    kg.build(store_path=tmp_path / "store", data_paths=[other])
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    data = tmp_path / "data"
    shutil.copytree(PATHS.data_dir, data)
    assert check_valid([data]) is True
