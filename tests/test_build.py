"""`kg build`: counts, file:line:column errors, atomicity, the Python API."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli
from kg.config import PATHS
from kg.errors import SyntaxInputError
from kg.store import new_generation, previous_link, publish_generation

KG = [str(Path(sys.executable).parent / "kg")]

GOOD = """@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .
@prefix work: <https://w3id.org/moroccan-cinema/resource/work/> .
@prefix src: <https://w3id.org/moroccan-cinema/resource/source/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
GRAPH src:test {
    work:a-film a mc:Film ;
        rdfs:label "A film"@fr ;
        mc:source src:test .
}
"""


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "a-film.trig").write_text(GOOD, encoding="utf-8")
    return folder


def test_build_counts_and_entities_per_class(tmp_path: Path, data_dir: Path):
    report = kg.build(store_path=tmp_path / "store", data_paths=[data_dir])
    assert report.files == len(list(PATHS.ontology_dir.glob("*.ttl"))) + 1
    assert report.asserted == 3
    assert report.inferred > 0
    assert report.entities_per_class["mc:Film"] == 1
    assert report.entities_per_class["mc:Work"] == 1
    store = kg.open_store(tmp_path / "store")
    assert store.ask("ASK { work:a-film a schema:Movie }")
    assert store.meta["asserted"] == 3
    assert set(store.meta["steps"]) == {"parse", "infer", "check, count and dump", "write"}
    assert len(store) == report.ontology_triples + report.asserted + report.inferred
    assert not list((tmp_path / "generations").glob("*/*.tmp")), "the N-Quads dump must be removed"


def test_the_python_api_takes_paths_as_strings(tmp_path: Path, data_dir: Path):
    report = kg.build(store_path=str(tmp_path / "store"), data_paths=[str(data_dir)])
    assert report.asserted == 3


def test_a_syntax_error_names_file_line_and_column(tmp_path: Path, data_dir: Path):
    bad = data_dir / "broken.trig"
    bad.write_text(GOOD.replace('rdfs:label "A film"@fr ;', 'rdfs:label "A film@fr ;'), encoding="utf-8")
    with pytest.raises(SyntaxInputError) as err:
        kg.build(store_path=tmp_path / "store", data_paths=[data_dir])
    assert str(err.value).startswith(f"{bad}:7:")


def test_a_failed_build_leaves_the_previous_store_intact(tmp_path: Path, data_dir: Path):
    store_path = tmp_path / "store"
    kg.build(store_path=store_path, data_paths=[data_dir])
    before = os.readlink(store_path)
    size_before = len(kg.open_store(store_path))
    (data_dir / "broken.trig").write_text("@prefix x: <http://x/> .\nx:a x:b .\n", encoding="utf-8")

    result = subprocess.run(
        [*KG, "build", "--store", str(store_path), "--data", str(data_dir)], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"Error: {data_dir / 'broken.trig'}:2:")
    assert os.readlink(store_path) == before
    assert len(kg.open_store(store_path)) == size_before
    generations = list((tmp_path / "generations").iterdir())
    assert len(generations) == 1, "the failed generation must be removed"


def test_an_inconsistent_graph_fails_with_exit_1(tmp_path: Path, data_dir: Path):
    (data_dir / "clash.trig").write_text(
        GOOD.replace("work:a-film a mc:Film", "work:a-film a mc:Film , mc:Person"), encoding="utf-8"
    )
    (data_dir / "a-film.trig").unlink()
    result = CliRunner().invoke(cli, ["build", "--store", str(tmp_path / "store"), "--data", str(data_dir)])
    assert result.exit_code == 1
    assert "inconsistent" in str(result.exception)
    assert not (tmp_path / "store").exists()


def test_cli_json_output(tmp_path: Path, data_dir: Path):
    result = subprocess.run(
        [*KG, "build", "--store", str(tmp_path / "s"), "--data", str(data_dir), "--format", "json"],
        capture_output=True, text=True, check=True,
    )
    report = json.loads(result.stdout)
    assert report["asserted"] == 3 and report["entities_per_class"]["mc:Film"] == 1


def test_missing_store_is_a_clear_error(tmp_path: Path):
    with pytest.raises(kg.InputError, match="Run `kg build` first"):
        kg.open_store(tmp_path / "nothing")


def test_many_readers_at_once(built_store_path: Path):
    code = "import kg,sys; s=kg.open_store(sys.argv[1]); print(len(s.select('SELECT ?w WHERE { ?w a mc:Work }')))"
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(built_store_path)], stdout=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    outputs = {p.communicate()[0].strip() for p in procs}
    assert all(p.returncode == 0 for p in procs)
    assert len(outputs) == 1 and int(outputs.pop()) > 0


def test_the_shipped_graph_is_consistent_and_typed(built_store: kg.GraphStore):
    assert built_store.meta["asserted"] > 0
    # nothing is both a person and a work (the build would have failed otherwise; checked again here)
    assert not built_store.ask("ASK { ?x a mc:Person , mc:Work }")
    assert not built_store.ask("ASK { ?x a mc:Agent , mc:Work }")


def _finished_generation(store_path: Path, triples: int) -> Path:
    """A real, finished generation holding ``triples`` triples, as a build leaves it."""
    generation = new_generation(store_path)
    store = ox.Store(str(generation / "oxigraph"))
    store.extend(ox.Quad(ox.NamedNode(f"http://x/{i}"), ox.NamedNode("http://x/p"), ox.Literal(i)) for i in range(triples))
    store.flush()
    del store
    (generation / "build.json").write_text("{}\n", encoding="utf-8")
    return generation


def test_stores_sharing_a_folder_keep_their_own_generations(tmp_path: Path):
    store_a, store_b = tmp_path / "a", tmp_path / "b"
    generations = {}
    for round_ in range(3):
        for name, path in (("a", store_a), ("b", store_b)):
            generations[name, round_] = generation = _finished_generation(path, triples=1 + round_)
            publish_generation(path, generation)
    kept = set((tmp_path / "generations").iterdir())
    # each store keeps its current and its previous generation, and nothing else
    assert kept == {generations["a", 2], generations["a", 1], generations["b", 2], generations["b", 1]}
    assert store_a.resolve() == generations["a", 2] and store_b.resolve() == generations["b", 2]
    assert len(kg.open_store(store_a)) == 3 and len(kg.open_store(store_b)) == 3
    assert previous_link(store_a).resolve() == generations["a", 1]


def test_pruning_leaves_a_build_in_progress_alone(tmp_path: Path):
    running = new_generation(tmp_path / "other")  # another build, not finished yet
    store = tmp_path / "store"
    for triples in (1, 2, 3):
        publish_generation(store, _finished_generation(store, triples))
    assert running.is_dir()
    assert len(list((tmp_path / "generations").iterdir())) == 3
