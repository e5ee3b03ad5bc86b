"""The benchmark generator's graph conforms to the shapes: the validation benchmarks (and
``kg publish``'s) time a validation that passes, as a real release's does."""

from __future__ import annotations

import re

from bench.synthetic import LAST_YEAR, generate
from kg.validate import validate


def test_a_small_synthetic_graph_has_no_violation(tmp_path):
    path = tmp_path / "synthetic.trig"
    path.write_text(generate(5_000), encoding="utf-8")
    report = validate([path], against_data=False)
    assert report.nodes > 1_000
    assert [str(r) for r in report.violations] == []


def test_no_date_of_a_larger_graph_is_in_the_future():
    """At 100k the release dates of the last years used to run into 2027 (future dates are violations)."""
    years = {int(y) for y in re.findall(r'"(\d{4})(?:-\d\d-\d\d)?"\^\^xsd:(?:date|gYear)', generate(100_000))}
    assert max(years) <= LAST_YEAR
