"""kg.store_writer: the on-disk store holds exactly the dumped quads, however the files are cut
into pieces, and a blank node stays one node across pieces, files and graphs."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.store_writer import StoreWriter

G1, G2 = ox.NamedNode("http://x/g1"), ox.NamedNode("http://x/g2")
P = ox.NamedNode("http://x/p")


def _source_store() -> ox.Store:
    """Two graphs and the default graph; blank nodes shared between graphs and lines."""
    store = ox.Store()
    shared, own = ox.BlankNode(), ox.BlankNode()
    for i in range(300):
        store.add(ox.Quad(ox.NamedNode(f"http://x/s{i}"), P, ox.Literal(f"value {i} with _: inside" if i == 7 else i), G1))
        store.add(ox.Quad(ox.NamedNode(f"http://x/s{i}"), P, ox.NamedNode(f"http://x/o{i % 17}"), G2))
    store.add(ox.Quad(ox.NamedNode("http://x/a"), P, shared, G1))
    store.add(ox.Quad(shared, P, own, G2))
    store.add(ox.Quad(own, P, ox.Literal("end")))
    return store


def _dump(store: ox.Store, folder: Path) -> list[tuple[Path, ox.NamedNode | ox.DefaultGraph]]:
    sources = []
    for i, graph in enumerate([ox.DefaultGraph(), G1, G2]):
        path = folder / f"{i}.nt"
        store.dump(output=str(path), format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        sources.append((path, graph))
    return sources


def _without_blank_nodes(store: ox.Store) -> set[str]:
    return {str(q) for q in store if not any(isinstance(t, ox.BlankNode) for t in (q.subject, q.object))}


@pytest.mark.parametrize("piece_bytes", [1, 100, 4096, 1 << 20])
def test_every_quad_arrives_whatever_the_pieces(tmp_path: Path, piece_bytes: int):
    source = _source_store()
    writer = StoreWriter(tmp_path / "store", piece_bytes=piece_bytes)
    sources = _dump(source, tmp_path)
    writer.load(sources[:1], workers=1)
    writer.load(sources[1:], workers=2)
    writer.finish()
    disk = ox.Store.read_only(str(tmp_path / "store"))
    assert len(disk) == len(source)
    assert _without_blank_nodes(disk) == _without_blank_nodes(source)
    # the chain a -> shared -> own -> "end" runs through three graphs and still joins up
    chain = "SELECT ?end { GRAPH ?g1 { <http://x/a> <http://x/p> ?b1 } GRAPH ?g2 { ?b1 <http://x/p> ?b2 } ?b2 <http://x/p> ?end }"
    assert [r["end"].value for r in disk.query(chain)] == ["end"]
    assert len({t for q in disk for t in (q.subject, q.object) if isinstance(t, ox.BlankNode)}) == 2


def test_n_quads_files_keep_their_graphs(tmp_path: Path):
    source = _source_store()
    source.dump(output=str(tmp_path / "all.nq"), format=ox.RdfFormat.N_QUADS)
    writer = StoreWriter(tmp_path / "store", piece_bytes=500)
    writer.load([(tmp_path / "all.nq", None)], workers=2)
    writer.finish()
    disk = ox.Store.read_only(str(tmp_path / "store"))
    assert _without_blank_nodes(disk) == _without_blank_nodes(source)
    assert len(disk) == len(source)


def test_a_stopped_writer_loads_nothing_more(tmp_path: Path):
    writer = StoreWriter(tmp_path / "store", piece_bytes=100)
    writer.stop()
    writer.load(_dump(_source_store(), tmp_path), workers=2)
    writer.finish()
    assert len(ox.Store.read_only(str(tmp_path / "store"))) == 0


def test_a_built_blank_node_keeps_its_inferred_triples(tmp_path: Path):
    """kg build loads the asserted graphs while it infers, and the inferred graph after: a blank
    node of the data must be the same node in both on disk."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "film.trig").write_text("""@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .
@prefix work: <https://w3id.org/moroccan-cinema/resource/work/> .
@prefix src: <https://w3id.org/moroccan-cinema/resource/source/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
GRAPH src:test {
    work:a-film a mc:Film ; rdfs:label "A film"@fr ; mc:source src:test ;
        mc:director [ rdfs:label "Someone"@fr ] .
}
""", encoding="utf-8")
    report = kg.build(store_path=tmp_path / "store", data_paths=[data])
    store = kg.open_store(tmp_path / "store")
    assert len(store) == report.ontology_triples + report.asserted + report.inferred
    rows = store.select("""SELECT ?who WHERE {
        GRAPH src:test { work:a-film mc:director ?who . ?who rdfs:label "Someone"@fr }
        GRAPH <https://w3id.org/moroccan-cinema/graph/inferred> { ?who mc:directorOf work:a-film } }""")
    assert len(rows) == 1 and isinstance(rows[0]["who"], ox.BlankNode)


def test_a_graph_named_by_a_blank_node_is_written_from_one_n_quads_dump(tmp_path: Path):
    """No graph dump then (kg.graph_dump): the build falls back to dumping the whole store."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "film.trig").write_text("""@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .
@prefix work: <https://w3id.org/moroccan-cinema/resource/work/> .
_:g { work:a-film a mc:Film . }
""", encoding="utf-8")
    report = kg.build(store_path=tmp_path / "store", data_paths=[data])
    store = kg.open_store(tmp_path / "store")
    assert len(store) == report.ontology_triples + report.asserted + report.inferred
    assert store.ask("ASK { GRAPH ?g { work:a-film a mc:Film } FILTER(isBlank(?g)) }")
    assert store.ask("ASK { work:a-film a schema:Movie }")
    assert not list(store.path.glob("*.tmp")) and not (store.path / "graphs").exists()
