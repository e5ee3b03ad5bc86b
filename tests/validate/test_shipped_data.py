"""The shipped data validates with zero violations (warnings are for reviewers)."""

from __future__ import annotations

from kg.config import PATHS
from kg.validate import validate


def test_shipped_data_has_no_violation():
    report = validate([PATHS.data_dir], lang="en")
    assert report.context.startswith("nothing else"), "validating data/ itself checks the whole graph"
    assert report.nodes > 100
    violations = [str(r) for r in report.violations]
    assert violations == [], f"{len(violations)} violations, first: {violations[:5]}"
