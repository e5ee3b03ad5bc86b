"""The shipped data: the research tables and data/ agree, the imported files validate, every
fact has a source."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import stats
from kg.config import PATHS
from kg.importer import plan
from kg.importer.writer import APPENDIX_MARKER, MARKER

TABLES_DIR = PATHS.root / "contrib" / "tables"


def imported_files() -> list[Path]:
    out = []
    for path in sorted(PATHS.data_dir.rglob("*.trig")):
        text = path.read_text(encoding="utf-8")
        if text.startswith(MARKER) or APPENDIX_MARKER in text:
            out.append(path)
    return out


@pytest.mark.slow
def test_tables_and_data_agree():
    """Re-importing contrib/tables with --replace would change no file: data/ is what the tables say."""
    outputs, report = plan(sorted(TABLES_DIR.glob("*.csv")), data_dir=PATHS.data_dir, replace=True)
    assert outputs == {}, f"data/ and contrib/tables disagree on {sorted(outputs)[:5]}: run kg import table --replace contrib/tables/*.csv"
    assert report.unchanged > 300


@pytest.mark.slow
def test_imported_files_have_no_violation():
    from kg.validate import validate

    files = imported_files()
    assert len(files) > 300
    report = validate(files)
    assert not report.violations, "\n".join(str(v) for v in report.violations[:10])


def test_every_fact_has_a_source(built_store_path):
    import pyoxigraph as ox

    from kg.store import open_store

    report = stats.coverage(open_store(built_store_path).store)
    assert report.unsourced_facts == 0
    assert report.unsourced_nodes == []
    assert report.films > 300 and report.people > 400


def test_research_log_cites_every_source():
    import csv

    log = (PATHS.root / "contrib" / "research-log.md").read_text(encoding="utf-8")
    with (TABLES_DIR / "sources.csv").open(encoding="utf-8") as handle:
        urls = [row["url"] for row in csv.DictReader(handle)]
    missing = [u for u in urls if u not in log]
    assert not missing, f"sources without a research-log entry: {missing[:5]}"
