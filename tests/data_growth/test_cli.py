"""kg import table / kg import template / kg stats through click and through the real executable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli
from tests.data_growth.conftest import URL_B, write_table

KG = Path(sys.executable).parent / "kg"


def test_import_table_writes_and_reports(tables: list[Path], tmp_path: Path):
    data = tmp_path / "data"
    result = CliRunner().invoke(cli, ["import", "table", "--data", str(data), *map(str, tables)])
    assert result.exit_code == 0, result.output
    assert "Read 2 sources" in result.output and "+ data/works/les-meutes.trig" in result.output
    again = CliRunner().invoke(cli, ["import", "table", "--data", str(data), "--format", "json", *map(str, tables)])
    assert again.exit_code == 0
    assert json.loads(again.output)["created"] == [] and json.loads(again.output)["written"] is False


def test_dry_run_writes_nothing(tables: list[Path], tmp_path: Path):
    data = tmp_path / "data"
    result = CliRunner().invoke(cli, ["import", "table", "--dry-run", "--data", str(data), *map(str, tables)])
    assert result.exit_code == 0 and "Would write" in result.output
    assert not data.exists()


def test_template_command(tmp_path: Path):
    result = CliRunner().invoke(cli, ["import", "template", str(tmp_path / "t")])
    assert result.exit_code == 0
    assert (tmp_path / "t" / "films.csv").exists() and (tmp_path / "t" / "template.xlsx").exists()


def test_stats_on_imported_data(tables: list[Path], tmp_path: Path):
    data = tmp_path / "data"
    CliRunner().invoke(cli, ["import", "table", "--data", str(data), *map(str, tables)])
    result = CliRunner().invoke(cli, ["stats", "--data", str(data), "--format", "json", "--duplicates"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["films"] == 1 and figures["unsourced_facts"] == 0 and figures["unsourced_nodes"] == []
    assert figures["films_per_decade"]["2020s"]["films"] == 1
    assert {s["url"] for s in figures["facts_per_source"]} == {"https://example.org/palmares", "https://example.org/fiche"}
    markdown = CliRunner().invoke(cli, ["stats", "--data", str(data), "--format", "markdown"])
    assert "| decade | films |" in markdown.output


def test_stats_fails_on_facts_without_a_source(tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "loose.ttl").write_text(
        "<https://w3id.org/moroccan-cinema/resource/work/x> a <https://w3id.org/moroccan-cinema/ontology#Film> .\n",
        encoding="utf-8")
    result = CliRunner().invoke(cli, ["stats", "--data", str(data), "--format", "json"])
    assert result.exit_code == 1
    assert json.loads(result.output.split("\nError")[0] if "Error" in result.output else result.output)["unsourced_facts"] == 1


def test_real_executable_exit_codes(tables: list[Path], tmp_path: Path):
    data = tmp_path / "data"
    ok = subprocess.run([str(KG), "import", "table", "--data", str(data), *map(str, tables)],
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    bad = write_table(tmp_path, "credits", [{"film": "Nope", "person": "X", "role": "actor", "source_url": URL_B}])
    sources = [t for t in tables if t.stem == "sources"]
    failed = subprocess.run([str(KG), "import", "table", "--data", str(tmp_path / "other"), *map(str, sources), str(bad)],
                            capture_output=True, text=True, timeout=120)
    assert failed.returncode == 2
    assert "credits.csv row 2: film 'Nope'" in failed.stderr and "Nothing was written" in failed.stderr
    assert "Traceback" not in failed.stderr
    missing = subprocess.run([str(KG), "import", "table", str(tmp_path / "absent.csv")], capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2 and "no such file" in missing.stderr
