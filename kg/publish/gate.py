"""The gate before a release: data that does not validate is never published.

The validation runs in a child process while the release is written into its hidden
staging folder: the folder becomes the release only once the child says the data conforms,
and is deleted otherwise, so nothing is published either way. Why: at a million triples
validation and writing each take over a minute, mostly on one core at a time; side by side
they share the machine's two.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Iterable
from pathlib import Path

from kg.errors import InputError, KGError


def check_valid(data_paths: Iterable[Path], *, lang: str = "en", shacl_workers: int | None = None) -> bool:
    """Run ``kg validate`` on the data; raise KGError (exit 1) if it does not conform.

    Returns False when the validator is not installed in this checkout (the build's own
    consistency check is then the only gate), True when the data conforms.
    ``shacl_workers`` is passed to :func:`kg.validate.validate`.
    """
    try:
        from kg.validate import validate
    except ImportError as err:
        if err.name not in ("kg.validate",):
            raise
        return False
    # The files are the whole graph being published (kg publish builds only them), so they are
    # validated on their own, never as a contribution to whatever store `kg build` left behind.
    report = validate([Path(p) for p in data_paths], strict=False, lang=lang, against_data=False, shacl_workers=shacl_workers)
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


def _check_in_child(paths: list[Path], lang: str, shacl_workers: int | None, send) -> None:
    """The child's side of :class:`PendingValidation`: run :func:`check_valid`, send the verdict."""
    os.setpgrp()  # its own process group, any pyshacl workers included: cancel() stops them all
    started = time.perf_counter()
    try:
        verdict = ("ok", check_valid(paths, lang=lang, shacl_workers=shacl_workers), "", 0)
    except InputError as err:
        verdict = ("input", False, str(err), err.exit_code)
    except KGError as err:
        verdict = ("data", False, str(err), err.exit_code)
    except BaseException as err:  # noqa: BLE001 - reported to the parent, which decides
        verdict = ("crash", False, f"{type(err).__name__}: {err}", 1)
    send.send((*verdict, time.perf_counter() - started))
    send.close()


class PendingValidation:
    """``kg validate`` of ``data_paths`` running in a forked child process.

    >>> pending = PendingValidation([Path("data")])     # doctest: +SKIP
    >>> write_the_release()                             # doctest: +SKIP
    >>> pending.result()                                # doctest: +SKIP
    True
    """

    def __init__(self, data_paths: Iterable[Path], *, lang: str = "en", shacl_workers: int | None = None) -> None:
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        # not a daemon: the validation may fork pyshacl workers (with --validate-first)
        self._process = context.Process(target=_check_in_child, args=([Path(p) for p in data_paths], lang, shacl_workers, send), daemon=False)
        self._process.start()
        send.close()
        self._verdict: tuple | None = None
        #: How long the validation itself took (known once it has finished).
        self.seconds: float | None = None

    def _read(self) -> tuple:
        if self._verdict is None:
            try:
                self._verdict = self._receive.recv()
            except EOFError:
                self._verdict = ("crash", False, f"the validation process ended with exit code {self._process.exitcode}", 1, 0.0)
            self._process.join()
            self.seconds = round(self._verdict[-1], 3)
        return self._verdict

    def raise_if_failed(self) -> None:
        """Raise now if the validation has already failed (the release is then abandoned early)."""
        if self._verdict is not None or self._receive.poll():
            self.result()

    def result(self) -> bool:
        """Wait for the verdict: True when the data conforms, False when no validator is
        installed; raise :class:`KGError` (or :class:`InputError`) as ``check_valid`` does."""
        kind, validated, message, exit_code, _seconds = self._read()
        if kind == "ok":
            return validated
        if kind == "input":
            raise InputError(message, exit_code=exit_code)
        if kind == "data":
            raise KGError(message, exit_code=exit_code)
        raise KGError(f"the validation stopped unexpectedly ({message}); nothing was published. Run `kg validate` to see why.")

    def cancel(self) -> None:
        """Stop the child (the release failed for another reason)."""
        if self._process.is_alive():
            try:
                os.killpg(self._process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        self._process.join()
        self._receive.close()


__all__ = ["PendingValidation", "check_valid"]

