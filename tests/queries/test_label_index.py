"""The build's label index gives the labels the store gives, and kg query uses it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
import kg.query
from kg.query.label_index import FILE_NAME, LabelIndex, write_label_index
from kg.query.labels import LANGUAGES, fetch_labels


def _every_iri(store: ox.Store) -> list[str]:
    rows = store.query("SELECT DISTINCT ?e WHERE { { ?e ?p ?o } UNION { ?s ?p ?e } FILTER(isIRI(?e)) }",
                       use_default_graph_as_union=True)
    return sorted(r["e"].value for r in rows)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_index_gives_every_iri_the_label_the_store_gives(built_store, lang):
    index = LabelIndex.open(built_store.path)
    assert index is not None, "kg build writes the label index beside the store"
    iris = _every_iri(built_store.store)
    try:
        from_index = index.labels(iris, lang=lang)
    finally:
        index.close()
    from_store = fetch_labels(built_store.store, iris, lang=lang)
    assert from_index == from_store
    # the real graph has labels in the three languages and IRIs without any
    assert sum(1 for iri in iris if from_store[iri] != kg.namespaces.shorten(iri)) > 500


def test_the_index_chooses_among_languages_and_label_properties_as_the_store_does(tmp_path):
    store = ox.Store()
    store.load(
        """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <http://x/a> rdfs:label "B"@en, "A"@en, "Ar"@ar .
        <http://x/b> skos:prefLabel "Pref"@fr ; rdfs:label "Plain" .
        <http://x/c> rdfs:label "de"@de, "es"@es .
        <http://x/d> rdfs:label <http://x/not-a-literal> .
        _:blank rdfs:label "blank" .""",
        format=ox.RdfFormat.TURTLE,
    )
    write_label_index(store, tmp_path)
    index = LabelIndex.open(tmp_path)
    iris = ["http://x/a", "http://x/b", "http://x/c", "http://x/d", "http://x/e"]
    for lang in LANGUAGES:
        assert index.labels(iris, lang=lang) == fetch_labels(store, iris, lang=lang), lang
    assert index.labels(iris, lang="en")["http://x/a"] == "A"
    assert index.labels(iris, lang="de") is None  # not indexed: the caller asks the store
    index.close()
    assert not list(tmp_path.glob(".*.tmp"))


def test_kg_query_labels_from_the_index(built_store_path, tmp_path):
    """A doctored index shows up in the result: the labels did come from it."""
    copy = tmp_path / "generation"
    shutil.copytree(Path(built_store_path).resolve(), copy)
    with sqlite3.connect(copy / FILE_NAME) as db:
        db.execute("UPDATE label SET fr = 'FROM THE INDEX' WHERE iri LIKE '%/person/anas-el-baz'")
    db.close()
    store = kg.store.GraphStore(ox.Store.read_only(str(copy / "oxigraph")), copy)
    result = kg.query.run("trilogy-recurring-actors", store=store)
    assert {row["actorLabel"] for row in result.rows} == {"FROM THE INDEX"}


@pytest.mark.parametrize("damage", ["missing", "garbage"])
def test_without_a_readable_index_the_labels_come_from_the_store(built_store_path, tmp_path, damage):
    copy = tmp_path / "generation"
    shutil.copytree(Path(built_store_path).resolve(), copy)
    if damage == "missing":
        (copy / FILE_NAME).unlink()
    else:
        (copy / FILE_NAME).write_bytes(b"not a database at all" * 100)
    assert LabelIndex.open(copy) is None
    store = kg.store.GraphStore(ox.Store.read_only(str(copy / "oxigraph")), copy)
    result = kg.query.run("trilogy-recurring-actors", store=store)
    assert {row["actorLabel"] for row in result.rows} == {"Anas El Baz"}
