"""The gate validates the files being published as the whole graph: a store left behind by an
earlier `kg build` (of other data) must not change the verdict."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kg
from kg.config import PATHS
from kg.errors import InputError, KGError
from kg.publish.gate import PendingValidation, check_valid

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


BAD_RUNTIME = """@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .
@prefix work: <https://w3id.org/moroccan-cinema/resource/work/> .
@prefix src: <https://w3id.org/moroccan-cinema/resource/source/> .
GRAPH src:seed-003 { work:gate-test-work a mc:Film ; mc:runtimeMinutes -5 ; mc:source src:seed-003 . }
"""


def test_the_validation_runs_beside_the_writing_and_gives_the_same_verdict(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(PATHS.data_dir, data)
    good = PendingValidation([data])
    assert good.result() is True
    assert good.seconds is not None and good.seconds > 0
    (data / "works" / "gate-test-work.trig").write_text(BAD_RUNTIME, encoding="utf-8")
    bad = PendingValidation([data])
    with pytest.raises(KGError) as err:
        bad.result()
    assert str(err.value).startswith("the data does not validate")
    assert "gate-test-work" in str(err.value)
    assert err.value.exit_code == 1


def test_a_syntax_error_comes_back_as_an_input_error(tmp_path: Path):
    broken = tmp_path / "broken.ttl"
    broken.write_text('<https://w3id.org/moroccan-cinema/resource/work/x> <urn:p> "2008 .\n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        PendingValidation([broken]).result()
    assert "broken.ttl:1" in str(err.value) and err.value.exit_code == 2


def test_cancel_stops_the_validation(tmp_path: Path):
    pending = PendingValidation([PATHS.data_dir])
    pending.cancel()
    assert not pending._process.is_alive()
    assert pending._process.exitcode is not None
