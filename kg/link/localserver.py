"""A local SPARQL endpoint: the ``oxigraph`` server (PyPI) over Wikidata-shaped files.

For the tests and benchmarks of ``kg link``, and for a maintainer who wants to link against
a local extract of Wikidata: ``kg link --endpoint http://127.0.0.1:PORT/query``.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ServiceError


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def oxigraph_executable() -> str:
    """The ``oxigraph`` command installed beside this Python, or on the PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        raise ServiceError("the oxigraph server is not installed. Run `pip install oxigraph` (it is in the test extras).")
    return found


@dataclass
class LocalServer:
    """A running oxigraph server; stop it with :meth:`stop` (or use it as a context manager)."""

    process: subprocess.Popen
    port: int

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> LocalServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def load(location: Path, files: Iterable[Path]) -> None:
    """Load RDF files into an oxigraph database folder."""
    for path in files:
        done = subprocess.run(
            [oxigraph_executable(), "load", "--location", str(location), "--file", str(path)],
            capture_output=True, text=True,
        )
        if done.returncode != 0:
            raise ServiceError(f"oxigraph could not load {path}: {done.stderr.strip()[:300]}")


def start(location: Path, *, port: int | None = None, timeout_s: int = 60, wait: float = 30.0) -> LocalServer:
    """Serve the database at ``location`` read-only on 127.0.0.1 and wait until it answers."""
    port = port or free_port()
    process = subprocess.Popen(
        [oxigraph_executable(), "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}",
         "--timeout-s", str(timeout_s)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    server = LocalServer(process, port)
    deadline = time.monotonic() + wait
    query = urllib.parse.urlencode({"query": "ASK {}"})
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServiceError(f"the oxigraph server exited at start (code {process.returncode}).")
        try:
            with urllib.request.urlopen(f"{server.endpoint}?{query}", timeout=2):
                return server
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.1)
    server.stop()
    raise ServiceError(f"the oxigraph server did not answer within {wait:g} s.")

