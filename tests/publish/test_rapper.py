"""An independent parser (raptor's ``rapper``, Debian's raptor2-utils) accepts the dumps."""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess

import pytest

from kg.publish.dumps import dump_names

from .conftest import VERSION

NAMES = dump_names(f"moroccan-cinema-{VERSION}")
RAPPER = shutil.which("rapper")
pytestmark = pytest.mark.skipif(RAPPER is None, reason="rapper missing: run scripts/install-system-deps.sh (make test does)")


def _rapper_count(path, syntax: str) -> int:
    run = subprocess.run([RAPPER, "-i", syntax, "-c", str(path)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Error" not in run.stderr, run.stderr
    return int(re.search(r"returned (\d+) (?:triples|statements)", run.stderr).group(1))


def test_rapper_reads_the_n_triples(release_dir, union_graph, tmp_path):
    plain = tmp_path / "dump.nt"
    plain.write_bytes(gzip.decompress((release_dir / NAMES["ntriples"]).read_bytes()))
    assert _rapper_count(plain, "ntriples") == len(union_graph)


def test_rapper_reads_the_turtle(release_dir, union_graph):
    assert _rapper_count(release_dir / NAMES["turtle"], "turtle") == len(union_graph)


def test_rapper_reads_the_trig_and_the_rest(release_dir, store_graphs):
    assert _rapper_count(release_dir / NAMES["trig"], "trig") == sum(len(g) for g in store_graphs.values())
    assert _rapper_count(release_dir / "void.ttl", "turtle") > 0
    for rdf in sorted((release_dir / "ontology").glob("*.rdf")):
        assert _rapper_count(rdf, "rdfxml") > 0
    assert _rapper_count(release_dir / "resource" / "work" / "casanegra.ttl", "turtle") > 0
