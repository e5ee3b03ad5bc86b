"""Faults on a real HTTP path: a proxy in front of the real oxigraph server answers 429 with
Retry-After, 500, hangs past the client's timeout, or disappears in the middle of a run."""

from __future__ import annotations

import pytest

from kg.errors import ServiceError
from kg.link import sssom
from kg.link.run import LinkPaths, link

from .conftest import FaultProxy, copy_project, make_client

QUERY = "SELECT ?item WHERE { ?item <http://www.wikidata.org/prop/direct/P31> ?c } LIMIT 3"


def test_429_is_retried_after_the_time_retry_after_says(fault_proxy: FaultProxy, tmp_path):
    fault_proxy.plan = {1: "429"}
    fault_proxy.retry_after = "1"
    client = make_client(fault_proxy.endpoint, tmp_path / "cache")
    rows = client.select(QUERY)
    assert len(rows) == 3
    assert fault_proxy.faults == ["429", "ok"]
    (t429, _, _), (tok, _, _) = fault_proxy.log
    assert tok - t429 >= 1.0, "Retry-After: 1 was not honoured"
    assert client.stats.retries == 1 and client.stats.statuses == [429, 200]


def test_500_is_retried_with_backoff(fault_proxy: FaultProxy, tmp_path):
    fault_proxy.plan = {1: "500", 2: "500"}
    client = make_client(fault_proxy.endpoint, None)
    assert len(client.select(QUERY)) == 3
    assert fault_proxy.faults == ["500", "500", "ok"]


def test_a_hanging_server_times_out_and_is_retried(fault_proxy: FaultProxy, tmp_path):
    fault_proxy.plan = {1: "hang"}
    fault_proxy.hang_s = 2.5
    client = make_client(fault_proxy.endpoint, None, timeout=1)
    assert len(client.select(QUERY)) == 3
    assert client.stats.statuses[0] == "timeout"


def test_retries_spent_give_a_clear_service_error(fault_proxy: FaultProxy):
    fault_proxy.plan = {n: "500" for n in range(1, 10)}
    client = make_client(fault_proxy.endpoint, None, max_retries=2)
    with pytest.raises(ServiceError, match=r"HTTP 500 .* after 3 attempts"):
        client.select(QUERY)
    assert len(fault_proxy.log) == 3


def test_every_request_carries_a_descriptive_user_agent(fault_proxy: FaultProxy):
    make_client(fault_proxy.endpoint, None, contact="maintainer@example.org").select(QUERY)
    agent = fault_proxy.log[0][2]
    assert agent.startswith("moroccan-cinema-kg/") and "https://w3id.org/moroccan-cinema" in agent
    assert "maintainer@example.org" in agent and "SPARQLWrapper/" in agent


def test_a_server_that_dies_mid_run_changes_nothing_and_the_rerun_resumes(
    fixture_store, wikidata_endpoint, fault_proxy: FaultProxy, tmp_path,
):
    # the reference: one uninterrupted run
    reference = LinkPaths.under(tmp_path / "reference")
    full = link(fixture_store, client=make_client(wikidata_endpoint, tmp_path / "ref-cache"), paths=reference, date="2026-01-02")
    # the interrupted run: the server disappears at the 5th request
    project = LinkPaths.under(tmp_path / "project")
    fault_proxy.plan = {5: "die"}
    cache = tmp_path / "cache"
    with pytest.raises(ServiceError, match="cannot query the SPARQL endpoint"):
        link(fixture_store, client=make_client(fault_proxy.endpoint, cache, max_retries=1), paths=project, date="2026-01-02")
    assert not project.mapping.exists() and not project.links.exists(), "an interrupted run must write nothing"
    answered = len(list(cache.rglob("*.json")))
    assert answered == 4
    # the rerun, once the endpoint is back at the same address: only the missing answers are asked for
    endpoint = fault_proxy.endpoint
    back = FaultProxy(wikidata_endpoint).start(port=fault_proxy.server.server_address[1])
    try:
        resumed = link(fixture_store, client=make_client(endpoint, cache), paths=project, date="2026-01-02")
    finally:
        back.stop()
    assert resumed.cache_hits == answered and resumed.requests == full.requests - answered == len(back.log)
    assert resumed.links == full.links
    reference_text = reference.mapping.read_text().replace(wikidata_endpoint, "ENDPOINT")
    assert project.mapping.read_text().replace(endpoint, "ENDPOINT") == reference_text
    keys = [r.key for r in sssom.read(project.mapping)[1]]
    assert len(keys) == len(set(keys))
    copy_project(project, tmp_path / "copy")  # the files are complete and readable
