"""Errors the tools report to people: one line, what failed and how to fix it, an exit code.

Exit codes (documented in the README and in every command's --help):

* 0 — success
* 1 — the data is wrong: validation violations, an inconsistent graph, a failed check
* 2 — an input cannot be used: missing file, syntax error, unknown query, bad option
* 3 — an outside service failed: unreachable or failing SPARQL endpoint
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

EXIT_OK = 0
EXIT_DATA = 1
EXIT_INPUT = 2
EXIT_SERVICE = 3


class KGError(Exception):
    """An error meant for a person: ``str(err)`` is the whole message; no traceback is shown."""

    exit_code: int = EXIT_DATA

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class InputError(KGError):
    """An input file or argument that cannot be read or understood (exit 2)."""

    exit_code = EXIT_INPUT


class ServiceError(KGError):
    """An outside service (a SPARQL endpoint) that failed or could not be reached (exit 3)."""

    exit_code = EXIT_SERVICE


@dataclass(frozen=True)
class Location:
    """Where in a file something is: ``file:line:column`` (line and column 1-based)."""

    path: Path | str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        out = str(self.path)
        if self.line is not None:
            out += f":{self.line}"
            if self.column is not None:
                out += f":{self.column}"
        return out


class SyntaxInputError(InputError):
    """A file that does not parse; the message starts with ``file:line:column``."""

    def __init__(self, location: Location, problem: str) -> None:
        self.location = location
        self.problem = problem
        super().__init__(f"{location}: {problem}")
