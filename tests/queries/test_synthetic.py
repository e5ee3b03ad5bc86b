"""The benchmark generator: deterministic, the requested size, the real data's shape."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from bench.synthetic import ANCHORS, generate
from kg.build import load_graph
from kg.namespaces import PREFIXES
from kg.store import GraphStore

N = 20_000


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> GraphStore:
    path = tmp_path_factory.mktemp("synthetic") / "synthetic.trig"
    path.write_text(generate(N), encoding="utf-8")
    store = ox.Store()
    load_graph(store, data_paths=[path])
    return GraphStore(store)


def test_deterministic_and_seeded():
    assert generate(3_000) == generate(3_000)
    assert generate(3_000, seed=1) != generate(3_000)


def test_size_within_five_percent():
    n = sum(1 for _ in ox.parse(generate(N), format=ox.RdfFormat.TRIG))
    assert abs(n - N) / N < 0.05


def test_every_fact_is_in_a_described_source_graph(synthetic):
    assert not synthetic.store.query("ASK { ?s ?p ?o }", prefixes=PREFIXES)  # nothing in the default graph
    undescribed = synthetic.select("""SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o }
        FILTER(STRSTARTS(STR(?g), STR(src:))) FILTER NOT EXISTS { ?g a mc:Source } }""")
    assert undescribed == []
    assert not synthetic.ask("ASK { ?n a mc:NaryNode FILTER NOT EXISTS { ?n mc:source ?s } }")


def test_people_are_reused_with_a_long_tail(synthetic):
    counts = [int(r["n"].value) for r in synthetic.select("""SELECT ?p (COUNT(DISTINCT ?w) AS ?n) WHERE {
        ?c mc:creditedPerson ?p ; mc:creditedWork ?w } GROUP BY ?p ORDER BY DESC(?n)""")]
    assert counts[0] >= 5 * counts[len(counts) // 2]
    assert sum(1 for c in counts if c == 1) > len(counts) / 4


def test_the_shape_has_every_kind_of_node_and_the_anchors(synthetic):
    for cls in ("Credit", "AwardWin", "Release", "Funding", "Budget", "Availability", "Character", "WorkSeries"):
        assert synthetic.ask(f"ASK {{ ?x a mc:{cls} }}"), cls
    assert synthetic.ask("ASK { ?w mc:exAequo true ; mc:recipient ?a , ?b FILTER(?a != ?b) }")
    assert synthetic.ask('ASK { ?p skos:altLabel ?v } ') and synthetic.ask("ASK { ?c mc:creditedAs ?v }")
    for lang in ("fr", "en", "ar"):
        assert synthetic.ask(f'ASK {{ ?x rdfs:label ?l FILTER(LANG(?l) = "{lang}") }}'), lang
    for iri in ANCHORS.values():
        assert synthetic.ask(f"ASK {{ {iri} ?p ?o }}"), iri
    assert synthetic.ask("ASK { ?c a mc:Collaboration ; mc:sharedWorkCount ?n FILTER(?n >= 2) }")
