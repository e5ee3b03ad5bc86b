"""kg build's graph-by-graph N-Triples (kg.graph_dump): kg publish reads the graph from them
instead of the store, so they must hold exactly the store's quads, and be ignored when damaged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox

import kg
from kg.graph_dump import INDEX_FILE, LINES_DIR, read_graph_dump, write_graph_dump
from kg.namespaces import INFERRED_GRAPH
from kg.publish.snapshot import take_snapshot


def test_the_build_dump_gives_the_snapshot_the_store_gives(built_store: kg.GraphStore):
    from_dump = take_snapshot(built_store.store, generation=built_store.path)
    from_store = take_snapshot(built_store.store)
    assert read_graph_dump(built_store.path) is not None  # the dump was there and was read
    assert sorted(from_dump.graphs) == sorted(from_store.graphs)
    for graph, lines in from_store.graphs.items():
        assert from_dump.graphs[graph] == lines, graph


def test_every_graph_of_the_store_is_in_the_dump(built_store: kg.GraphStore):
    dumped = read_graph_dump(built_store.path)
    named = {g.value for g in built_store.store.named_graphs()}
    assert set(dumped) == named  # the build loads nothing into the default graph
    for graph, data in dumped.items():
        count = sum(1 for _ in built_store.store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        assert data.count(b"\n") == count, graph


def test_the_inferred_graph_is_read_whole_from_its_parts(built_store: kg.GraphStore):
    """kg build writes the inferred triples nothing reads in memory as part files (kg.inference
    ``spill``) beside the part dumped from the store: read back, they are the whole graph."""
    index = json.loads((built_store.path / INDEX_FILE).read_text(encoding="utf-8"))["graphs"]
    files = [file_name for graph, file_name, _size in index if graph == INFERRED_GRAPH]
    assert len(files) > 1
    dumped = read_graph_dump(built_store.path)[INFERRED_GRAPH]
    parsed = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(dumped, format=ox.RdfFormat.N_TRIPLES)}
    stored = {ox.Triple(q.subject, q.predicate, q.object)
              for q in built_store.store.quads_for_pattern(None, None, None, ox.NamedNode(INFERRED_GRAPH))}
    assert len(parsed) == dumped.count(b"\n") and parsed == stored


def test_a_damaged_dump_is_ignored(built_store: kg.GraphStore, tmp_path: Path):
    shutil.copytree(built_store.path / LINES_DIR, tmp_path / LINES_DIR)
    shutil.copy(built_store.path / INDEX_FILE, tmp_path / INDEX_FILE)
    assert read_graph_dump(tmp_path) is not None
    damaged = max((tmp_path / LINES_DIR).iterdir())
    with open(damaged, "r+b") as handle:
        handle.truncate(handle.seek(0, 2) - 10)
    assert read_graph_dump(tmp_path) is None
    damaged.unlink()
    assert read_graph_dump(tmp_path) is None


def test_graphs_named_by_blank_nodes_are_not_dumped(tmp_path: Path):
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://ex/a"), ox.NamedNode("http://ex/p"), ox.Literal("1"), ox.BlankNode("g")))
    write_graph_dump(store, tmp_path)
    assert read_graph_dump(tmp_path) is None  # kg publish reads the store, and names the problem
