"""kg enrich: Wikidata facts in a graph of their own, with provenance, and the saved query that
lists where they disagree with the curated data."""

from __future__ import annotations

import shutil

import kg
import kg.query
from kg.link.enrich import EnrichPaths, enrich
from kg.link.run import LinkPaths, link
from kg.namespaces import shorten

from .conftest import FIXTURE, make_client


def test_enrich_writes_a_separate_graph_and_the_disagreements_query_finds_them(
    tmp_path, fixture_store, wikidata_endpoint,
):
    paths = LinkPaths.under(tmp_path)
    client = make_client(wikidata_endpoint, tmp_path / "cache")
    link(fixture_store, client=client, paths=paths, date="2026-01-02")
    report = enrich(client=make_client(wikidata_endpoint, tmp_path / "cache"), mapping=paths.mapping,
                    paths=EnrichPaths.under(tmp_path), date="2026-01-04")
    assert report.items == 24 and report.requests == 2  # the linked items, then their birth places
    trig = (tmp_path / "data/links/wikidata-enrichment.trig").read_text()
    assert 'wd:Q9990101 wdt:P345 "nm9990101"' in trig
    assert 'wd:Q9990101 rdfs:label "نورالدين الخماري"@ar' in trig
    assert "wd:Q9990906 rdfs:label \"Safi\"@fr" in trig
    body = trig.split("GRAPH", 1)[1]
    assert "mc:" not in body and "person:" not in body, "nothing is written on our entities"
    source = (tmp_path / "data/sources/wikidata-enrichment.trig").read_text()
    assert wikidata_endpoint in source and "2026-01-04" in source

    # the graph as `kg build` sees it: curated data, links, enrichment and their sources
    data = tmp_path / "build-data"
    shutil.copytree(FIXTURE / "local", data / "local")
    shutil.copytree(tmp_path / "data", data / "linked")
    store_path = tmp_path / "store"
    kg.build(store_path=store_path, data_paths=[data])
    store = kg.open_store(store_path)
    curated = store.select("SELECT ?d WHERE { person:salma-idrissi mc:birthDate ?d }")
    assert [r["d"].value for r in curated] == ["1980-05-01"], "Wikidata's date must not become a curated fact"
    rows = kg.query.run("quality-wikidata-disagreements", store=store).rows
    found = {(shorten(str(r["entity"])), r["fact"], r["ours"], r["wikidata"]) for r in rows}
    assert found == {
        ("person:salma-idrissi", "birth date", "1980-05-01", "1981-05-01"),
        ("person:salma-idrissi", "birth place", "Tanger", "Safi"),
    }
