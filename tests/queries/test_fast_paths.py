"""Python-side ORDER BY and label reads give exactly what the engine gives."""

from __future__ import annotations

from collections import Counter

import pyoxigraph as ox
import pytest

import kg
import kg.query
from bench.synthetic import ANCHORS, generate
from kg.namespaces import PREFIXES
from kg.query.catalog import list_queries
from kg.query.ordering import OrderKey, sort_rows, split_order
from kg.query.params import bind

SAVED = [q for q in list_queries() if q.kind != "federated"]


def _engine_rows(store: kg.GraphStore, text: str, union: bool) -> list[dict]:
    answer = store.store.query(text, prefixes=PREFIXES, use_default_graph_as_union=union)
    names = [v.value for v in answer.variables]
    return [{n: row[n] for n in names} for row in answer]


def _assert_same(ours: list[dict], engine: list[dict], text: str) -> None:
    """The same rows, and the same sort keys row by row. Rows tied on every key may come in
    any order: the engine's own order of those changes from one run to the next (hash joins)."""
    freeze = lambda row: tuple(sorted((k, str(v)) for k, v in row.items()))  # noqa: E731
    assert Counter(map(freeze, ours)) == Counter(map(freeze, engine))
    split = split_order(text)
    if split is not None:
        keys = [k.variable for k in split[1]]
        assert [[str(r.get(k)) for k in keys] for r in ours] == [[str(r.get(k)) for k in keys] for r in engine]
    else:
        assert ours == engine


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory) -> kg.GraphStore:
    """A built synthetic graph (inference and the after-closure rules included)."""
    folder = tmp_path_factory.mktemp("ordering")
    data = folder / "synthetic.trig"
    data.write_text(generate(15_000), encoding="utf-8")
    kg.build(store_path=folder / "store", data_paths=[data])
    return kg.open_store(folder / "store")


@pytest.mark.parametrize("query", SAVED, ids=[q.name for q in SAVED])
def test_same_rows_in_the_same_order_as_the_engine_on_the_real_graph(query, built_store):
    text, _ = bind(query, {})
    ours = kg.query.run(query, store=built_store, labels=False).terms
    _assert_same(ours, _engine_rows(built_store, text, query.union), text)


@pytest.mark.parametrize("query", SAVED, ids=[q.name for q in SAVED])
def test_same_rows_in_the_same_order_as_the_engine_on_a_synthetic_graph(query, synthetic_store):
    params = {p.name: ANCHORS[p.name] for p in query.params if p.name in ANCHORS}
    text, _ = bind(query, params)
    rows = kg.query.run(query, params=params, store=synthetic_store, labels=False).terms
    _assert_same(rows, _engine_rows(synthetic_store, text, query.union), text)
    split = split_order(text)
    if split is not None:  # sorted in Python, not by a second run with the engine's ORDER BY
        assert sort_rows(rows, split[1]) is not None


def test_most_saved_queries_are_sorted_in_python():
    assert sum(split_order(bind(q, {})[0]) is not None for q in SAVED) >= len(SAVED) - 3


def test_clause_kept_when_not_plain():
    assert split_order("SELECT ?a WHERE { ?a ?p ?b } ORDER BY ?a LIMIT 3") is None
    assert split_order("SELECT ?a WHERE { ?a ?p ?b } ORDER BY STR(?a)") is None
    assert split_order("SELECT ?a WHERE { ?a ?p ?b }\n# ORDER BY ?a\n") is None
    body, keys = split_order("SELECT ?a ?b WHERE { ?a ?p ?b }\nORDER BY DESC(?b) ?a # why\n")
    assert body.startswith("SELECT ?a ?b WHERE { ?a ?p ?b }") and "ORDER" not in body
    assert keys == [OrderKey("b", True), OrderKey("a", False)]


def test_mixed_literal_families_left_to_the_engine():
    rows = [{"x": ox.Literal("a")}, {"x": ox.Literal("3", datatype=ox.NamedNode(PREFIXES["xsd"] + "integer"))}]
    assert sort_rows(rows, [OrderKey("x", False)]) is None


def test_python_order_matches_the_engine_on_every_kind_of_term():
    xsd = PREFIXES["xsd"]
    columns = [
        ["<http://b>", "<http://a>", "UNDEF", '"b"', '"a"', '"B"', '"é"'],
        ['"b"@fr', '"a"@fr', '"a"@en', '"B"@en', "UNDEF"],
        ["10", "2", f'"3.5"^^<{xsd}decimal>', "-1", "UNDEF", "<http://a>"],
        [f'"2001"^^<{xsd}gYear>', f'"1999"^^<{xsd}gYear>', f'"-0044"^^<{xsd}gYear>', "UNDEF"],
        [f'"2001-02-03"^^<{xsd}date>', f'"1999-12-31"^^<{xsd}date>', f'"2001-01-30"^^<{xsd}date>', "UNDEF"],
        ["true", "false", "UNDEF", f'"1"^^<{xsd}boolean>', f'"0"^^<{xsd}boolean>', "false"],
    ]
    # and each column with one kind of term only, sorted on bare values (kg/query/ordering.py)
    columns += [[v for v in values if v != "UNDEF" and not v.startswith("<")] for values in columns]
    columns.append(["<http://b>", "<http://a>", "<http://a/b>", "<http://a-b>", "<http://a#b>", "<http://A>"])
    store = ox.Store()
    for values in columns:
        for descending in (False, True):
            way = "DESC(?x)" if descending else "?x"
            engine = [r["x"] for r in store.query(f"SELECT ?x WHERE {{ VALUES ?x {{ {' '.join(values)} }} }} ORDER BY {way}")]
            unordered = [{"x": r["x"]} for r in store.query(f"SELECT ?x WHERE {{ VALUES ?x {{ {' '.join(values)} }} }}")]
            ours = sort_rows(unordered, [OrderKey("x", descending)])
            assert ours is not None
            assert [str(r["x"]) for r in ours] == [str(t) for t in engine]



@pytest.mark.parametrize("ways", [("?a", "?b"), ("DESC(?a)", "DESC(?b)"), ("?a", "DESC(?b)"), ("DESC(?a)", "?b")])
def test_python_order_matches_the_engine_on_several_keys(ways):
    """Ties on the first key are broken by the second, in either direction (one sort of the
    keys together when they go the same way, one sort per key otherwise)."""
    values = "(1 <http://b>) (2 <http://a>) (1 <http://a>) (UNDEF <http://c>) (2 UNDEF) (1 <http://c>) (2 <http://a>)"
    store = ox.Store()
    text = f"SELECT ?a ?b WHERE {{ VALUES (?a ?b) {{ {values} }} }}"
    engine = [[str(r["a"]), str(r["b"])] for r in store.query(f"{text} ORDER BY {' '.join(ways)}")]
    unordered = [{n: r[n] for n in ("a", "b") if r[n] is not None} for r in store.query(text)]
    keys = [OrderKey(w.removeprefix("DESC(").strip("?)"), w.startswith("DESC")) for w in ways]
    ours = sort_rows(unordered, keys)
    assert ours is not None
    assert [[str(r.get("a")), str(r.get("b"))] for r in ours] == engine

def test_labels_are_the_same_whichever_way_they_are_read(built_store):
    from kg.query.labels import label_rows

    iris = sorted({r["e"].value for r in built_store.store.query(
        "SELECT ?e WHERE { ?e ?p ?o FILTER(isIRI(?e)) }", use_default_graph_as_union=True)})
    looked_up = {(i, str(t)) for i, t in label_rows(built_store.store, iris, way="lookup")}
    assert len(looked_up) > 1000
    for way in ("join", "scan", None):
        assert {(i, str(t)) for i, t in label_rows(built_store.store, iris, way=way)} == looked_up


def test_labels_looked_up_in_several_batches_go_to_their_own_iris():
    """Looked-up rows carry the IRI's position in its VALUES batch: past the first batch each
    position must still name the right IRI."""
    from kg.query.labels import _BATCH, label_rows

    store = ox.Store()
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    iris = [f"http://example.org/e{n:05d}" for n in range(_BATCH + 7)]
    store.extend(ox.Quad(ox.NamedNode(iri), label, ox.Literal(f"label of {iri}", language="fr")) for iri in iris[::2])
    for way in ("lookup", "join", "scan"):
        rows = {(iri, term.value) for iri, term in label_rows(store, iris, way=way)}
        assert rows == {(iri, f"label of {iri}") for iri in iris[::2]}, way
