"""Integrity checks of the built graph: SPARQL queries named ``*-violation.rq`` that must
return no rows (the Ontology Development Kit's convention).

They cover what SHACL cannot see, because SHACL validates one graph and these are about
named graphs: every fact in a source graph, every graph a described source, every
``mc:source`` agreeing with its graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.config import PATHS
from kg.namespaces import PREFIXES, shorten
from kg.store import GraphStore


@dataclass(frozen=True)
class CheckResult:
    """The rows one check returned (none means the check passed)."""

    name: str
    rows: list[dict[str, str]]

    @property
    def passed(self) -> bool:
        return not self.rows


def check_files(checks_dir: Path | None = None) -> list[Path]:
    """Every ``*-violation.rq`` file, sorted."""
    return sorted((checks_dir or PATHS.ontology_dir / "checks").glob("*-violation.rq"))


def run_checks(store: GraphStore, checks_dir: Path | None = None) -> list[CheckResult]:
    """Run every check on ``store`` with the real default graph (not the union)."""
    results = []
    for path in check_files(checks_dir):
        solutions = store.store.query(path.read_text(encoding="utf-8"), prefixes=PREFIXES)
        names = [v.value for v in solutions.variables]
        rows = [{n: shorten(row[n].value) for n in names if row[n] is not None} for row in solutions]
        results.append(CheckResult(path.name.removesuffix(".rq"), rows))
    return results
