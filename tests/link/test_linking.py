"""kg link end to end against a real oxigraph SPARQL server holding the Wikidata-shaped fixture."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.link import sssom
from kg.link.evaluate import evaluate, read_gold
from kg.link.review import Decision
from kg.link.run import LinkPaths, link, record_review

from .conftest import FIXTURE, make_client

KG = [str(Path(sys.executable).with_name("kg"))]
GOLD = read_gold(FIXTURE / "gold.tsv")


@pytest.fixture(scope="module")
def first_run(tmp_path_factory, fixture_store, wikidata_endpoint):
    """One complete run into a fresh project, shared by the tests that only read it."""
    root = tmp_path_factory.mktemp("first-run")
    paths = LinkPaths.under(root / "project")
    client = make_client(wikidata_endpoint, root / "cache")
    report = link(fixture_store, client=client, paths=paths, out=root / "links.ttl", date="2026-01-02")
    return report, paths, root


def test_precision_is_one_and_recall_at_least_090(first_run):
    report, _, _ = first_run
    result = evaluate(report.auto_links, GOLD)
    assert result.wrong == []
    assert result.precision == 1.0
    assert result.recall >= 0.90, result.missed


def test_homonyms_and_absent_entities_are_never_auto_accepted(first_run):
    report, _, _ = first_run
    rows = {(r.subject_id, r.object_id): r for r in report.rows}
    # the footballer and the politician who share our actors' exact names
    assert rows[("person:anas-el-baz", "wd:Q9990103")].review_status == sssom.AUTO_REJECTED
    assert rows[("person:mohamed-benbrahim", "wd:Q9990114")].review_status == sssom.AUTO_REJECTED
    # the French Burn Out of the same year; the 1975 Lebanese La Maison des figues
    assert rows[("work:burn-out", "wd:Q9990011")].review_status == sssom.AUTO_REJECTED
    assert "work:la-maison-des-figues" not in report.auto_links
    assert rows[("work:la-maison-des-figues", "wd:Q9990015")].review_status == sssom.NEEDS_REVIEW
    assert "person:badria-soud-elhassani" not in report.auto_links
    # true matches without strong evidence wait for a person
    assert rows[("person:sonia-okacha", "wd:Q9990116")].review_status == sssom.NEEDS_REVIEW


def test_spelling_variants_in_both_scripts_are_linked(first_run):
    report, _, _ = first_run
    assert report.auto_links["person:fatima-ezzahra-el-jaouhari"] == "Q9990109"  # Fatima-Zahra
    assert report.auto_links["person:mohamed-benbrahim"] == "Q9990106"  # Mohammed
    assert report.auto_links["person:anas-el-baz"] == "Q9990102"  # Elbaz
    assert report.auto_links["work:le-regard"] == "Q9990003"  # schema:name labels; The Gaze / Blikket
    assert report.auto_links["work:bab-al-bahr"] == "Q9990005"  # باب البحر, Bab El Bahr
    assert report.auto_links["person:kjell-vassdal"] == "Q9990111"  # Norwegian: only through the credits


def test_requests_are_batched(first_run):
    report, _, _ = first_run
    assert report.entities == 29
    assert report.requests <= 15  # harvests, exact-label lookups and details in VALUES blocks


def test_files_written(first_run):
    report, paths, root = first_run
    dataset = ox.Dataset(ox.parse(paths.links.read_text(), format=ox.RdfFormat.TRIG))
    graph = ox.NamedNode("https://w3id.org/moroccan-cinema/resource/source/wikidata-links")
    exact = ox.NamedNode("http://www.w3.org/2004/02/skos/core#exactMatch")
    links = {(q.subject.value, q.object.value) for q in dataset if q.predicate == exact and q.graph_name == graph}
    assert len(links) == len(report.links) == report.auto_accepted
    assert ("https://w3id.org/moroccan-cinema/resource/work/casanegra", "http://www.wikidata.org/entity/Q9990001") in links
    source = paths.links_source.read_text()
    assert "src:wikidata-links a mc:Source" in source and "2026-01-02" in source
    out = list(ox.parse((root / "links.ttl").read_text(), format=ox.RdfFormat.TURTLE))
    assert len(out) == len(links)
    review = paths.review.read_text()
    assert "person:sonia-okacha=Q9990116" in review and "work:casanegra=" not in review


def test_rerun_needs_no_network_and_writes_the_same_files(first_run, fixture_store, wikidata_endpoint):
    report, paths, root = first_run
    before = {p: p.read_text() for p in (paths.mapping, paths.review, paths.links)}
    again = link(fixture_store, client=make_client(wikidata_endpoint, root / "cache"), paths=paths, date="2026-01-02")
    assert again.requests == 0 and again.cache_hits > 0
    assert {p: p.read_text() for p in before} == before


def test_human_decisions_survive_a_rerun(fixture_store, wikidata_endpoint, project: LinkPaths, tmp_path):
    client = make_client(wikidata_endpoint, tmp_path / "cache")
    link(fixture_store, client=client, paths=project, date="2026-01-02")
    # a reviewer accepts Sonia Okacha and rejects an auto-accepted link
    record_review(paths=project, reviewer="orcid:0000-0002-1825-0097", date="2026-01-03", decisions=[
        Decision("person:sonia-okacha=Q9990116", True), Decision("work:zero=Q9990002", False),
    ])
    # and edits the review file for another
    review = project.review.read_text().replace("org:ccm=Q9990206\t\t", "org:ccm=Q9990206\taccept\tAmina B.")
    project.review.write_text(review)
    rerun = link(fixture_store, client=make_client(wikidata_endpoint, tmp_path / "cache"), paths=project, date="2026-02-01")
    rows = {(r.subject_id, r.object_id): r for r in rerun.rows}
    sonia = rows[("person:sonia-okacha", "wd:Q9990116")]
    assert sonia.review_status == sssom.ACCEPTED and sonia.reviewer_id == "orcid:0000-0002-1825-0097"
    assert sonia.mapping_date == "2026-01-03" and sonia.mapping_justification == "semapv:ManualMappingCuration"
    zero = rows[("work:zero", "wd:Q9990002")]
    assert zero.review_status == sssom.REJECTED and zero.predicate_modifier == "Not"
    ccm = rows[("org:ccm", "wd:Q9990206")]
    assert ccm.review_status == sssom.ACCEPTED and ccm.reviewer_label == "Amina B."
    assert rerun.links["person:sonia-okacha"] == "Q9990116" and rerun.links["org:ccm"] == "Q9990206"
    assert "work:zero" not in rerun.links
    assert "work:zero skos:exactMatch" not in project.links.read_text()
    # each pair once: no duplicate rows after three writes
    keys = [r.key for r in sssom.read(project.mapping)[1]]
    assert len(keys) == len(set(keys))


def test_min_confidence_one_sends_everything_to_review(fixture_store, wikidata_endpoint, project: LinkPaths, tmp_path):
    report = link(fixture_store, client=make_client(wikidata_endpoint, tmp_path / "c"), paths=project,
                  min_confidence=1.0, kinds=["film"])
    assert report.auto_accepted == 0 and report.needs_review >= 4
    assert not project.links.exists()


def test_cli_link_review_and_evaluate(fixture_store_path, wikidata_endpoint, tmp_path):
    runner = CliRunner()
    common = ["--store", str(fixture_store_path), "--cache", str(tmp_path / "cache")]
    result = runner.invoke(cli, ["link", "--endpoint", wikidata_endpoint, "--project-dir", str(tmp_path / "p"),
                                 "--types", "film,person", "--out", str(tmp_path / "out.ttl"), *common], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "auto-accepted" in result.output and "kg link review" in result.output
    result = runner.invoke(cli, ["link", "review", "--project-dir", str(tmp_path / "p"),
                                 "--accept", "person:sonia-okacha=Q9990116", "--reviewer", "Amina B."], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Recorded 1 decision" in result.output
    assert "person:sonia-okacha skos:exactMatch wd:Q9990116" in (tmp_path / "p/data/links/wikidata.trig").read_text()
    result = runner.invoke(cli, ["link", "evaluate", "--gold", str(FIXTURE / "gold.tsv"), "--endpoint", wikidata_endpoint,
                                 "--format", "json", *common], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["precision"] == 1.0 and scores["recall"] >= 0.9


def test_unknown_review_id_is_an_input_error(first_run, tmp_path):
    _, paths, _ = first_run
    with pytest.raises(Exception, match="no candidate 'person:nobody=Q1'"):
        record_review(paths=paths, decisions=[Decision("person:nobody=Q1", True)], reviewer="x", date="2026-01-01")


def test_unreachable_endpoint_exits_3_and_changes_nothing(fixture_store_path, tmp_path):
    project = tmp_path / "p"
    (project / "data" / "links").mkdir(parents=True)
    (project / "data" / "links" / "README.md").write_text("untouched")
    done = subprocess.run(
        [*KG, "link", "--endpoint", "http://127.0.0.1:9/query", "--store", str(fixture_store_path), "--project-dir",
         str(project), "--cache", str(tmp_path / "cache"), "--retries", "1"],
        capture_output=True, text=True, env={"KG_LINK_BACKOFF": "0.01", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 3, done.stderr
    assert done.stderr.startswith("Error: cannot query the SPARQL endpoint http://127.0.0.1:9/query: unreachable")
    assert "Traceback" not in done.stderr
    assert (project / "data" / "links" / "README.md").read_text() == "untouched"
    assert sorted(p.name for p in project.rglob("*")) == ["README.md", "data", "links"]
