"""Validating contributions: SHACL shapes plus the checks beyond them, against the whole graph.

>>> from kg.validate import validate
>>> report = validate([Path("contribution.ttl")], lang="fr")    # doctest: +SKIP
>>> report.exit_code, [str(r) for r in report.results]         # doctest: +SKIP
(1, ['[Violation] contribution.ttl:4 work:x mc:runtimeMinutes: La durée … (value: -5)'])

Formatters for text, JSON, Turtle, GitHub annotations and SARIF are in
:mod:`kg.validate.formats`.
"""

from __future__ import annotations

from pathlib import Path

from kg.validate.engine import validate
from kg.validate.report import ValidationReport, ValidationResult

__all__ = ["Path", "ValidationReport", "ValidationResult", "validate"]
