"""CONTRIBUTING.md and the pull-request workflow say what kg validate really does."""

from __future__ import annotations

import yaml

from kg.config import PATHS
from kg.validate import limits


def test_contributing_documents_the_limits():
    text = (PATHS.root / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert f"{limits.MAX_FILE_BYTES // (1024 * 1024)} MiB" in text
    assert f"{limits.MAX_TRIPLES:,}" in text
    assert f"{limits.MAX_LITERAL_CHARS:,} characters" in text
    assert f"{limits.MAX_NESTING} levels" in text
    assert "kg validate data/works/my-film.trig" in text


def test_workflow_annotates_pull_requests():
    workflow = yaml.safe_load((PATHS.root / ".github" / "workflows" / "validate.yml").read_text(encoding="utf-8"))
    assert "pull_request" in workflow[True] if True in workflow else "pull_request" in workflow["on"]
    commands = "\n".join(step.get("run", "") for step in workflow["jobs"]["validate"]["steps"])
    assert "kg validate" in commands and "--format github" in commands
