"""The counting queries count what they say on graphs made to trip them: a fact repeated in two
source graphs (the union default graph keeps both copies), the same person or company on two
credit nodes, a credit with two roles or no role, a work that is not a film, a film with no
credits. The expected numbers are worked out by hand from the graph below."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

import kg.query
from kg.build import load_graph
from kg.store import GraphStore

GRAPH = """
@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .
@prefix work: <https://w3id.org/moroccan-cinema/resource/work/> .
@prefix person: <https://w3id.org/moroccan-cinema/resource/person/> .
@prefix org: <https://w3id.org/moroccan-cinema/resource/org/> .
@prefix place: <https://w3id.org/moroccan-cinema/resource/place/> .
@prefix char: <https://w3id.org/moroccan-cinema/resource/character/> .
@prefix credit: <https://w3id.org/moroccan-cinema/resource/credit/> .
@prefix src: <https://w3id.org/moroccan-cinema/resource/source/> .
@prefix role: <https://w3id.org/moroccan-cinema/vocab/role/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

src:a {
  work:full a mc:Film ; mc:year "2001"^^xsd:gYear ;
      mc:countryOfOrigin place:ma, place:fr .
  credit:d1 mc:creditedWork work:full ; mc:role role:director ; mc:creditedPerson person:dir .
  credit:e1 mc:creditedWork work:full ; mc:role role:editor ; mc:creditedPerson person:ed1 .
  credit:e2 mc:creditedWork work:full ; mc:role role:editor ; mc:creditedPerson person:ed2 .
  credit:c1 mc:creditedWork work:full ; mc:role role:composer, role:sound ; mc:creditedPerson person:mus .
  credit:n1 mc:creditedWork work:full ; mc:role role:producer .
  credit:a1 mc:creditedWork work:full ; mc:role role:actor ; mc:creditedPerson person:p1 ; mc:character char:x .
  credit:a2 mc:creditedWork work:full ; mc:role role:actor ; mc:creditedPerson person:p1 .
  credit:a3 mc:creditedWork work:full ; mc:role role:actor ; mc:creditedPerson person:p2 .
  credit:o1 mc:creditedWork work:full ; mc:role role:production-company ; mc:creditedOrganization org:o1 .
  credit:o2 mc:creditedWork work:full ; mc:creditedOrganization org:o2 .
  work:series a mc:TVSeries ; mc:countryOfOrigin place:ma, place:be .
  credit:s1 mc:creditedWork work:series ; mc:role role:director ; mc:creditedPerson person:dir .
  work:bare a mc:Film ; mc:countryOfOrigin place:ma .
  work:twice a mc:Film ; mc:countryOfOrigin place:ma .
}

src:b {
  work:full mc:countryOfOrigin place:fr .
  credit:d1 mc:creditedWork work:full ; mc:role role:director ; mc:creditedPerson person:dir .
  credit:d2 mc:creditedWork work:full ; mc:role role:director ; mc:creditedAgent person:dir2 .
  credit:a3 mc:creditedWork work:full ; mc:role role:actor ; mc:creditedPerson person:p2 .
  credit:o3 mc:creditedWork work:full ; mc:role role:production-company ; mc:creditedOrganization org:o1 .
  work:twice mc:countryOfOrigin place:ma .
}
"""


@pytest.fixture(scope="module")
def tricky(tmp_path_factory) -> GraphStore:
    path = tmp_path_factory.mktemp("counting") / "tricky.trig"
    path.write_text(GRAPH, encoding="utf-8")
    store = ox.Store()
    load_graph(store, data_paths=[path])
    return GraphStore(store)


def _plain(rows: list[dict]) -> list[dict]:
    return [{k: (v.value if v is not None else None) for k, v in row.items()} for row in rows]


def test_credit_completeness_counts_each_person_role_and_company_once(tricky):
    rows = _plain(kg.query.run("coverage-credit-completeness", store=tricky, labels=False).terms)
    films = {row["film"].rsplit("/", 1)[1]: row for row in rows}
    assert set(films) == {"full", "bare", "twice"}  # the TV series is not a film
    full = films["full"]
    # directors: person:dir (twice in two graphs) and person:dir2 (mc:creditedAgent only);
    # crew roles: editor (two people), composer and sound (one credit, two roles); the producer
    # credit names nobody; cast: p1 (two credits, one with a character) and p2; companies: o1
    # (two credits) and o2 (a credit without a role).
    assert (full["directors"], full["crewRoles"], full["cast"], full["castWithCharacter"], full["companies"]) == (
        "2", "3", "2", "1", "2")
    assert full["fullCredits"] == "true"
    for name in ("bare", "twice"):
        assert [films[name][k] for k in ("directors", "crewRoles", "cast", "castWithCharacter", "companies")] == ["0"] * 5
        assert films[name]["fullCredits"] == "false"
    assert [row["film"].rsplit("/", 1)[1] for row in rows] == ["full", "bare", "twice"]


def test_coproductions_count_each_country_once(tricky):
    rows = _plain(kg.query.run("coproductions-by-country", store=tricky, labels=False).terms)
    got = [(row["country"].rsplit("/", 1)[1], row["work"].rsplit("/", 1)[1], row["year"], row["countries"]) for row in rows]
    # work:full has place:fr in two graphs: two countries, and listed once under France though
    # the union default graph keeps both copies; work:twice names Morocco twice: one country.
    # Unbound years sort first.
    assert got == [("be", "series", None, "2"), ("fr", "full", "2001", "2"),
                   ("ma", "series", None, "2"), ("ma", "full", "2001", "2")]


def test_entities_per_class_counts_what_kg_build_counts(tmp_path):
    """Every typed subject not described by the ontology counts, a blank node too: the saved
    query and kg build's report give the same numbers (the query has no isIRI test, which
    made the engine decode every entity at 1M triples)."""
    from kg.build import entities_per_class
    from kg.namespaces import shorten

    path = tmp_path / "blank.trig"
    path.write_text(GRAPH.split("src:b {")[0] + "src:c { _:anonymous a mc:Film . }\n", encoding="utf-8")
    store = ox.Store()
    load_graph(store, data_paths=[path])
    rows = kg.query.run("coverage-entities-per-class", store=GraphStore(store), labels=False).terms
    counted = {shorten(row["class"].value): int(row["entities"].value) for row in rows}
    assert counted["mc:Film"] == 4  # work:full, work:bare, work:twice and the blank node
    assert counted == entities_per_class(store)
