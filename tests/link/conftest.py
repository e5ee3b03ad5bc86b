"""Fixtures of the kg link tests: ONE real oxigraph SPARQL server per session over the
Wikidata-shaped fixture, the fixture graph built once, and a fault-injecting HTTP proxy."""

from __future__ import annotations

import http.server
import shutil
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import kg
from kg.link import localserver
from kg.link.client import SparqlClient
from kg.link.run import LinkPaths

FIXTURE = Path(__file__).parent / "fixture"


@pytest.fixture(scope="session")
def wikidata_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real oxigraph server on a free port of 127.0.0.1, loaded with fixture/wikidata.ttl."""
    location = tmp_path_factory.mktemp("wikidata") / "db"
    localserver.load(location, [FIXTURE / "wikidata.ttl"])
    server = localserver.start(location)
    try:
        yield server.endpoint
    finally:
        server.stop()


@pytest.fixture(scope="session")
def fixture_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our side: fixture/local built with the real ontology and inference."""
    path = tmp_path_factory.mktemp("link-kg") / "store"
    kg.build(store_path=path, data_paths=[FIXTURE / "local"])
    return path


@pytest.fixture(scope="session")
def fixture_store(fixture_store_path: Path) -> kg.GraphStore:
    return kg.open_store(fixture_store_path)


@pytest.fixture
def project(tmp_path: Path) -> LinkPaths:
    """An empty project folder for the files a run writes."""
    return LinkPaths.under(tmp_path / "project")


def make_client(endpoint: str, cache: Path | None, **kwargs) -> SparqlClient:
    options = {"backoff": 0.01, "max_retries": 3, "timeout": 10} | kwargs
    return SparqlClient(endpoint, cache_dir=cache, **options)


@dataclass
class FaultProxy:
    """An HTTP proxy in front of the real server that misbehaves on chosen requests.

    ``plan`` maps a request number (1-based) to a fault: ``429`` (with Retry-After),
    ``500``, ``hang`` (answer nothing for ``hang_s``), ``die`` (stop listening for good).
    """

    upstream: str
    plan: dict[int, str] = field(default_factory=dict)
    retry_after: str = "1"
    hang_s: float = 2.5
    log: list[tuple[float, str, str]] = field(default_factory=list)  # (time, fault or "ok", user agent)
    server: http.server.ThreadingHTTPServer | None = None

    @property
    def endpoint(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}/query"

    def start(self, port: int = 0) -> FaultProxy:
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def _relay(self) -> None:
                n = len(proxy.log) + 1
                fault = proxy.plan.get(n, "ok")
                proxy.log.append((time.monotonic(), fault, self.headers.get("User-Agent", "")))
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                if fault == "429":
                    self.send_response(429)
                    self.send_header("Retry-After", proxy.retry_after)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if fault == "500":
                    self.send_response(500)
                    self.send_header("Content-Length", "5")
                    self.end_headers()
                    self.wfile.write(b"boom!")
                    return
                if fault == "hang":
                    time.sleep(proxy.hang_s)
                    self.close_connection = True
                    return
                if fault == "die":
                    threading.Thread(target=proxy.stop, daemon=True).start()
                    self.close_connection = True
                    return
                request = urllib.request.Request(proxy.upstream + (self.path.split("/query", 1)[1] if "?" in self.path else ""),
                                                 data=body, method=self.command)
                for name in ("Content-Type", "Accept"):
                    if self.headers.get(name):
                        request.add_header(name, self.headers[name])
                with urllib.request.urlopen(request, timeout=30) as answer:
                    payload = answer.read()
                    self.send_response(answer.status)
                    self.send_header("Content-Type", answer.headers.get("Content-Type", "application/octet-stream"))
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)

            do_GET = _relay
            do_POST = _relay

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    @property
    def faults(self) -> list[str]:
        return [fault for _, fault, _ in self.log]


@pytest.fixture
def fault_proxy(wikidata_endpoint: str) -> Iterator[FaultProxy]:
    proxy = FaultProxy(wikidata_endpoint).start()
    try:
        yield proxy
    finally:
        proxy.stop()


def copy_project(src: LinkPaths, dst_root: Path) -> LinkPaths:
    """A copy of a project's files (to compare two runs)."""
    dst = LinkPaths.under(dst_root)
    for a, b in zip((src.mapping, src.review, src.links, src.links_source), (dst.mapping, dst.review, dst.links, dst.links_source)):
        if a.exists():
            b.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(a, b)
    return dst
