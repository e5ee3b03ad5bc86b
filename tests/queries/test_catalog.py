"""Every saved query is documented, well-formed and runs on the real graph."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib.plugins.sparql import prepareQuery

import kg.query
from kg.errors import InputError
from kg.namespaces import PREFIXES
from kg.query.catalog import SavedQuery, list_queries

QUERIES = list_queries()
NAMES = [q.name for q in QUERIES]
REQUIRED = {
    "trilogy-recurring-actors", "person-filmography", "work-credits", "director-recurring-collaborators",
    "collaboration-network", "prizes-by-work", "prizes-by-person", "palmares", "all-prizes",
    "funding-by-funder", "work-budgets", "coproductions-by-country", "release-timeline", "works-on-platform",
    "works-in-city", "people-born-in-city", "quality-missing-wikidata", "quality-facts-without-source",
    "quality-spelling-variants", "federated-wikidata-films",
}


def test_at_least_fifteen_saved_queries_and_every_required_one():
    assert len(QUERIES) >= 15
    assert REQUIRED <= set(NAMES), sorted(REQUIRED - set(NAMES))


@pytest.mark.parametrize("query", QUERIES, ids=NAMES)
def test_header_documents_the_query(query: SavedQuery):
    assert query.title and query.title != query.name
    assert query.description, "no # description:"
    assert query.question.endswith("?"), "# question: must be a question"
    assert query.kind in kg.query.KINDS
    for param in query.params:
        assert param.default is not None, f"parameter {param.name} has no default"
        assert param.doc, f"parameter {param.name} is not explained"


@pytest.mark.parametrize("query", QUERIES, ids=NAMES)
def test_parses_with_an_independent_parser(query: SavedQuery):
    # rdflib's parser, not pyoxigraph's: the saved queries are portable SPARQL 1.1
    prepareQuery(query.text, initNs=PREFIXES)


@pytest.mark.parametrize("query", [q for q in QUERIES if q.kind != "federated"], ids=lambda q: q.name)
def test_runs_on_the_real_graph_with_its_defaults(query: SavedQuery, built_store):
    result = kg.query.run(query, store=built_store)
    assert result.variables
    # `# labelled:` names real columns, and every column that holds an IRI
    assert query.labelled is not None, "no # labelled: line"
    assert set(query.labelled) <= set(result.variables)
    holding = {v for row in result.terms for v, term in row.items() if isinstance(term, ox.NamedNode)}
    assert holding <= set(query.labelled), f"IRIs in columns not labelled: {sorted(holding - set(query.labelled))}"


def test_a_query_prints_the_same_columns_whatever_its_rows(built_store):
    # Lakhmari's credits name no character, and an empty result has no IRI at all: the label
    # columns still come from the query's `# labelled:` line.
    default = kg.query.run("person-filmography", store=built_store)
    director = kg.query.run("person-filmography", params={"person": "nour-eddine-lakhmari"}, store=built_store)
    assert all(row["character"] is None for row in director.rows)
    assert director.columns == default.columns == [
        "work", "workLabel", "year", "role", "roleLabel", "character", "characterLabel", "creditedAs"]
    empty = kg.query.run("coverage-unsourced-nodes", store=built_store)
    assert not empty.rows and empty.columns == ["node", "nodeLabel", "class", "classLabel"]


def test_federated_query_reaches_for_its_service_and_fails_cleanly_offline(built_store):
    # Pointed at a closed loopback port: pyoxigraph parses and plans the query, then the
    # SERVICE call fails; the tool reports an outside-service failure (exit 3), no traceback.
    query = kg.query.find_query("federated-wikidata-films")
    local = SavedQuery.parse(
        query.text.replace("https://query.wikidata.org/sparql", "http://127.0.0.1:1/sparql"), name=query.name
    )
    with pytest.raises(kg.ServiceError) as err:
        kg.query.run(local, store=built_store)
    assert err.value.exit_code == 3


def test_a_declared_parameter_needs_its_values_block():
    with pytest.raises(InputError, match="VALUES"):
        SavedQuery.parse("# title: t\n# param: person = person:x (who)\nSELECT * WHERE { ?s ?p ?o }", name="t")


def test_a_query_file_outside_the_catalogue_runs(tmp_path, built_store):
    path = tmp_path / "films.rq"
    path.write_text("# title: Films\nSELECT ?film WHERE { ?film a mc:Film }\n", encoding="utf-8")
    rows = kg.query.run(path, store=built_store).rows
    assert {"filmLabel", "film"} <= set(rows[0])
    assert "https://w3id.org/moroccan-cinema/resource/work/casanegra" in {r["film"] for r in rows}


def test_results_are_rows_and_terms(built_store):
    result = kg.query.run("release-timeline", store=built_store)
    assert result.columns[:3] == ["country", "countryLabel", "date"]
    assert isinstance(result.terms[0]["country"], ox.NamedNode)
    assert len(result) == len(result.rows)
