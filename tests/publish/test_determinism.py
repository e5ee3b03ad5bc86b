"""Publishing twice gives identical bytes; every file is in SHA256SUMS; no clock in the output."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from kg.publish.checksums import sha256_file

from .conftest import DATE, VERSION


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_publishing_again_through_the_command_gives_the_same_bytes(release_dir, built_store_path, tmp_path):
    """A second publish, through the real ``kg`` executable in another process, equals the first byte for byte."""
    kg = Path(sys.executable).with_name("kg")
    run = subprocess.run(
        [str(kg), "publish", "--out", str(tmp_path), "--version", VERSION, "--date", DATE, "--store", str(built_store_path), "--format", "json"],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert (report["version"], report["date"], report["validated"]) == (VERSION, DATE, True)
    assert Path(report["release"]) == tmp_path / VERSION
    first, second = _files(release_dir), _files(tmp_path / VERSION)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_gzip_headers_carry_no_time(release_dir):
    for path in (release_dir / "dumps").glob("*.gz"):
        header = path.read_bytes()[:10]
        assert header[4:8] == b"\0\0\0\0", path.name  # MTIME field
        assert gzip.decompress(path.read_bytes())


def test_checksums_cover_every_file(release_dir):
    listed = {}
    for line in (release_dir / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    on_disk = {name for name in _files(release_dir) if name != "SHA256SUMS"}
    assert set(listed) == on_disk
    for name in ("index.html", "void.ttl", "dumps/moroccan-cinema-1.0.0.nq.gz"):
        assert listed[name] == sha256_file(release_dir / name)
    run = subprocess.run(["sha256sum", "--quiet", "-c", "SHA256SUMS"], cwd=release_dir, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


def test_no_partial_folders_left(release_dir):
    assert [p.name for p in release_dir.parent.iterdir()] == [VERSION]
