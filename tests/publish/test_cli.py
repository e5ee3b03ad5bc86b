"""kg publish through click and through the real ``kg`` executable: options, exit codes, nothing half-written."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.cli.publish import render_report
from kg.config import PATHS

from .conftest import DATE

KG = shutil.which("kg") or str(Path(sys.executable).with_name("kg"))


def _kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([KG, *args], capture_output=True, text=True, timeout=300)


def test_help_has_an_example():
    result = CliRunner().invoke(cli, ["publish", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "kg publish --out releases --version 1.0.0" in result.output
    for option in ("--out", "--version", "--date", "--base-url", "--store", "--sparql-endpoint", "--format"):
        assert option in result.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["--version", "1.0"], "version '1.0' is not X.Y.Z"),
        (["--version", "1.0.0", "--date", "21/11/2026"], "is not a date YYYY-MM-DD"),
        (["--version", "1.0.0", "--date", "2026-02-30"], "is not a date YYYY-MM-DD"),
        (["--version", "1.0.0", "--base-url", "ftp://example.org"], "is not an http(s) URL"),
    ],
)
def test_bad_options_exit_2_and_write_nothing(tmp_path, args, message):
    out = tmp_path / "releases"
    run = _kg("publish", "--out", str(out), *args)
    assert run.returncode == 2, run.stderr
    assert run.stderr.startswith("Error: ") and message in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_an_existing_release_is_refused_and_left_alone(release_dir):
    before = {p: p.read_bytes() for p in release_dir.rglob("*") if p.is_file()}
    run = _kg("publish", "--out", str(release_dir.parent), "--version", release_dir.name, "--date", DATE)
    assert run.returncode == 2
    assert run.stderr.startswith("Error: ") and "already there" in run.stderr
    assert {p: p.read_bytes() for p in release_dir.rglob("*") if p.is_file()} == before


def test_text_report_names_the_release_and_its_downloads(release):
    _, report = release
    text = render_report(report)
    assert text.startswith(f"Published release {report.version} ({report.date}) to {report.release}")
    assert f"{report.triples:,}" in text
    assert "dumps/moroccan-cinema-1.0.0.nq.gz" in text


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    """A copy of the shipped data/ that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(PATHS.data_dir, target)
    return target


@pytest.mark.parametrize("options", [(), ("--validate-first",)], ids=["validated beside the writing", "validated first"])
def test_data_that_does_not_validate_is_not_published(data_copy, tmp_path, options):
    (data_copy / "works" / "untitled-test-work.trig").write_text(
        "@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .\n"
        "@prefix work: <https://w3id.org/moroccan-cinema/resource/work/> .\n"
        "@prefix src: <https://w3id.org/moroccan-cinema/resource/source/> .\n"
        "GRAPH src:seed-003 {\n    work:untitled-test-work a mc:Film ;\n        mc:runtimeMinutes -5 ;\n        mc:source src:seed-003 .\n}\n",
        encoding="utf-8",
    )
    out = tmp_path / "releases"
    run = _kg("publish", "--out", str(out), "--version", "1.0.0", "--date", DATE, "--data", str(data_copy), *options)
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.stderr.startswith("Error: the data does not validate")
    assert "untitled-test-work" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_syntax_error_exits_2_and_writes_nothing(data_copy, tmp_path):
    broken = data_copy / "works" / "broken.trig"
    broken.write_text('@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .\n<https://w3id.org/moroccan-cinema/resource/work/x> mc:year "2008 .\n', encoding="utf-8")
    out = tmp_path / "releases"
    out.mkdir()
    run = _kg("publish", "--out", str(out), "--version", "1.0.0", "--date", DATE, "--data", str(data_copy))
    assert run.returncode == 2, run.stdout + run.stderr
    assert "broken.trig:2" in run.stderr
    assert list(out.iterdir()) == []
