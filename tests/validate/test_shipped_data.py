"""The shipped data validates with zero violations (warnings are for reviewers)."""

from __future__ import annotations

from kg.config import PATHS
from kg.validate import validate

#: Violations in data/ already reported to the owner of data/ (kg validate never edits data/).
#: The work's source gives no title; the fix is a title from a source or `mc:planned true`
#: (the series is announced as in production), which turns the violation into a warning.
#: Remove an entry as soon as the data is fixed: the test then guards it.
KNOWN_DATA_ISSUES = {
    ("data/works/serie-policiere-de-khadija-alami.trig", "work:serie-policiere-de-khadija-alami"),
}


def test_shipped_data_has_no_violation():
    report = validate([PATHS.data_dir], lang="en")
    assert report.context.startswith("nothing else"), "validating data/ itself checks the whole graph"
    assert report.nodes > 100
    new = [
        str(r) for r in report.violations
        if (r.file and r.file.replace(PATHS.root.as_posix() + "/", ""), r.focus) not in KNOWN_DATA_ISSUES
    ]
    assert new == [], f"{len(new)} violations, first: {new[:5]}"
