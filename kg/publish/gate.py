"""The gate before a release: data that does not validate is never published."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.errors import KGError


def check_valid(data_paths: Iterable[Path], *, lang: str = "en") -> bool:
    """Run ``kg validate`` on the data; raise KGError (exit 1) if it does not conform.

    Returns False when the validator is not installed in this checkout (the build's own
    consistency check is then the only gate), True when the data conforms.
    """
    try:
        from kg.validate import validate
    except ImportError as err:
        if err.name not in ("kg.validate",):
            raise
        return False
    # The files are the whole graph being published (kg publish builds only them), so they are
    # validated on their own, never as a contribution to whatever store `kg build` left behind.
    report = validate([Path(p) for p in data_paths], strict=False, lang=lang, against_data=False)
    if not report.conforms:
        results = list(getattr(report, "results", []) or [])
        blocking = [r for r in results if getattr(r, "severity", "Violation") == "Violation"] or results
        first = f" First: {_describe(blocking[0])}." if blocking else ""
        raise KGError(
            f"the data does not validate ({len(blocking)} violation{'s' if len(blocking) != 1 else ''}); nothing was published.{first} "
            "Run `kg validate` for the full report, fix the data, then publish again.",
            exit_code=getattr(report, "exit_code", None) or 1,
        )
    return True


def _describe(result: object) -> str:
    """``file:line focus property: message`` as the validator words it."""
    return str(result).rstrip(".")
