"""The Python side: rows, DataFrames, labels in one query, quality queries on defects."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pyoxigraph as ox
import pytest

import kg.query
from kg.build import load_graph
from kg.config import PATHS
from kg.store import GraphStore


def test_rows_are_plain_python_values(built_store):
    rows = kg.query.run("funding-by-funder", store=built_store).rows
    amounts = {r["amount"] for r in rows}
    assert Decimal("5400000") in amounts


def test_dataframe_when_pandas_is_installed(built_store):
    pd = pytest.importorskip("pandas")
    frame = kg.query.run("release-timeline", store=built_store, lang="en").to_dataframe()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns[:2]) == ["country", "countryLabel"]
    seed = frame[frame["countryLabel"].isin(["Netherlands", "France", "Belgium"])]
    assert seed["daysAfterFirst"].diff().dropna().tolist() == [301 - 148, 385 - 301]   # seed-003 dates


def test_dataframe_without_pandas_is_a_clear_error(built_store_path):
    # A child interpreter where `import pandas` fails, as on an install without the extra.
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import kg, kg.query\n"
        f"r = kg.query.run('release-timeline', store_path={str(built_store_path)!r})\n"
        "try:\n    r.to_dataframe()\nexcept kg.KGError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "pandas is not installed" in out and "pip install -e '.[pandas]'" in out


def test_labels_are_fetched_in_one_query_for_the_whole_result():
    store = ox.Store()
    turtle = "".join(f'<http://x/{i}> <http://www.w3.org/2000/01/rdf-schema#label> "n{i}"@en .\n' for i in range(300))
    store.load(turtle, format=ox.RdfFormat.TURTLE)
    labels = kg.query.fetch_labels(store, [f"http://x/{i}" for i in range(300)], lang="fr")
    assert labels["http://x/7"] == "n7"


@pytest.fixture(scope="module")
def defective_store() -> GraphStore:
    """The real data plus three defects: an unsourced credit, a fact in the default graph,
    and a Wikidata link on one person (so it leaves the to-do list)."""
    store = ox.Store()
    load_graph(store, data_paths=[PATHS.data_dir])
    store.load(
        "@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "<https://w3id.org/moroccan-cinema/resource/credit/test-unsourced> a mc:Credit ;\n"
        "  mc:creditedWork <https://w3id.org/moroccan-cinema/resource/work/zero> .\n"
        "<https://w3id.org/moroccan-cinema/resource/person/omar-lotfi> owl:sameAs <http://www.wikidata.org/entity/Q0> .\n",
        format=ox.RdfFormat.TURTLE,
    )
    return GraphStore(store)


def test_facts_without_source_are_found(defective_store, built_store):
    assert kg.query.run("quality-facts-without-source", store=built_store).rows == []
    rows = kg.query.run("quality-facts-without-source", store=defective_store).rows
    credit = "https://w3id.org/moroccan-cinema/resource/credit/test-unsourced"
    problems = {(r["problem"], r["subject"]) for r in rows}
    assert ("fact outside any source graph", credit) in problems
    assert ("work or n-ary node without mc:source", credit) not in problems  # typed mc:Credit only in the default graph…
    assert all(r["subject"] in (credit, "https://w3id.org/moroccan-cinema/resource/person/omar-lotfi") for r in rows)


def test_missing_wikidata_lists_every_unlinked_entity(defective_store, built_store):
    before = {r["entity"] for r in kg.query.run("quality-missing-wikidata", store=built_store).rows}
    after = {r["entity"] for r in kg.query.run("quality-missing-wikidata", store=defective_store).rows}
    omar = "https://w3id.org/moroccan-cinema/resource/person/omar-lotfi"
    assert omar in before and omar not in after
    assert "https://w3id.org/moroccan-cinema/resource/work/casanegra" in after
    people = {e for e in before if "/person/" in e}
    assert len(people) == len(list(built_store.query("SELECT DISTINCT ?p WHERE { ?p a mc:Person }")))
