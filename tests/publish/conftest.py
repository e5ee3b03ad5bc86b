"""Fixtures of the publishing tests: real releases of the shipped data, published twice."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

import kg
from kg.publish import PublishReport, publish

VERSION = "1.0.0"
DATE = "2026-11-21"


@pytest.fixture(scope="session")
def release(built_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, PublishReport]:
    """A release of the real graph (from the session's built store): (folder, report)."""
    parent = tmp_path_factory.mktemp("releases-a")
    report = publish(parent, version=VERSION, date=DATE, store_path=built_store_path)
    return Path(report.release), report


@pytest.fixture(scope="session")
def release_dir(release) -> Path:
    return release[0]


@pytest.fixture(scope="session")
def store_graphs(built_store: kg.GraphStore) -> dict[str, rdflib.Graph]:
    """Every graph of the built store as an rdflib Graph (keyed by graph IRI, "" = default)."""
    graphs: dict[str, rdflib.Graph] = {}
    names = [ox.DefaultGraph(), *built_store.store.named_graphs()]
    for name in names:
        data = built_store.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
        if data:
            key = "" if isinstance(name, ox.DefaultGraph) else name.value
            graphs[key] = rdflib.Graph().parse(data=data.decode("utf-8"), format="nt")
    return graphs


@pytest.fixture(scope="session")
def union_graph(store_graphs) -> rdflib.Graph:
    """The default-graph view of the built store: every triple of every graph."""
    union = rdflib.Graph()
    for graph in store_graphs.values():
        union += graph
    return union


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's name
        pass


@pytest.fixture(scope="session")
def site_url(release_dir: Path) -> Iterator[str]:
    """The release served over HTTP on 127.0.0.1 (a random free port) for the browser tests."""
    handler = functools.partial(_QuietHandler, directory=str(release_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
