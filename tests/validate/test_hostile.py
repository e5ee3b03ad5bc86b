"""Hostile input: nothing is read from disk or the network, memory does not blow up, every
refusal is one line with exit 2, and kg validate writes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import InputError
from kg.validate import validate
from kg.validate import limits

KG = Path(sys.executable).with_name("kg")
SECRET = "TOP-SECRET-7c1e"


def _xxe(tmp_path: Path) -> Path:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET + "\n")
    path = tmp_path / "xxe.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "{secret.as_uri()}"> ]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">\n'
        '  <rdf:Description rdf:about="https://w3id.org/moroccan-cinema/resource/work/x"><rdfs:label>&xxe;</rdfs:label></rdf:Description>\n'
        "</rdf:RDF>\n"
    )
    return path


def test_xxe_reads_no_file(tmp_path: Path, built_store_path: Path):
    path = _xxe(tmp_path)
    with pytest.raises(InputError) as caught:
        validate([path], store_path=built_store_path)
    assert "entity declarations" in str(caught.value) and SECRET not in str(caught.value)
    run = subprocess.run([str(KG), "validate", str(path), "--store", str(built_store_path)], capture_output=True, text=True)
    assert run.returncode == 2
    assert SECRET not in run.stdout + run.stderr and "Traceback" not in run.stderr


def test_pyoxigraph_itself_does_not_resolve_external_entities(tmp_path: Path):
    """Defence in depth: even unscreened, pyoxigraph refuses SYSTEM entities (it does expand
    internal ones without bound, which is why kg validate refuses every <!ENTITY)."""
    with pytest.raises(SyntaxError):
        list(ox.parse(path=str(_xxe(tmp_path)), format=ox.RdfFormat.RDF_XML))


def test_billion_laughs_is_refused_before_expansion(corpus: Path, built_store_path: Path):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kg.validate import validate\n"
        "from kg.errors import InputError\n"
        "try:\n"
        f"    validate([Path({str(corpus / 'billion-laughs.rdf')!r})], store_path=Path({str(built_store_path)!r}))\n"
        "except InputError as err:\n"
        "    print(err)\n"
        # VmHWM is this process's own peak: ru_maxrss would also count the pytest parent's
        # memory at fork time, which says nothing about the expansion.
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    message, peak_kib = run.stdout.strip().splitlines()
    assert "refused (EntitiesForbidden)" in message
    assert int(peak_kib) < 1_500_000  # the expansion would need about 3 GB


def test_large_file_is_refused_without_reading(tmp_path: Path, built_store_path: Path):
    path = tmp_path / "big.ttl"
    with path.open("wb") as out:
        out.truncate(limits.MAX_FILE_BYTES + 1)
    with pytest.raises(InputError, match=r"is larger than the limit of 33,554,432\. Split the contribution"):
        validate([path], store_path=built_store_path)


def test_too_many_triples(tmp_path: Path, built_store_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(limits, "MAX_TRIPLES", 3)
    from kg.validate import inputs

    monkeypatch.setattr(inputs, "MAX_TRIPLES", 3)
    path = tmp_path / "many.nt"
    path.write_text("".join(f"<http://example.org/s{i}> <http://example.org/p> \"{i}\" .\n" for i in range(5)))
    with pytest.raises(InputError, match="more than 3 triples"):
        validate([path], store_path=built_store_path)


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


def test_nothing_is_written(tmp_path: Path, corpus: Path, built_store_path: Path):
    work = tmp_path / "cwd"
    work.mkdir()
    store_files = _tree(built_store_path.resolve())
    run = subprocess.run(
        [str(KG), "validate", str(corpus / "work-negative-runtime.ttl"), "--store", str(built_store_path), "--format", "json"],
        cwd=work, capture_output=True, text=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert run.returncode == 1
    assert list(work.iterdir()) == []
    assert _tree(built_store_path.resolve()) == store_files


def test_no_traceback_on_any_unreadable_file(corpus: Path, built_store_path: Path):
    for name in ("syntax-error.ttl", "remote-context.jsonld", "missing.ttl"):
        run = subprocess.run([str(KG), "validate", str(corpus / name), "--store", str(built_store_path)], capture_output=True, text=True)
        assert run.returncode == 2, name
        assert run.stderr.startswith("Error: ") and run.stderr.count("\n") == 1, run.stderr
        assert "Traceback" not in run.stderr
