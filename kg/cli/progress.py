"""A progress bar on standard error for long work, silent when not on a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.console import Console


@contextmanager
def progress_bar(description: str) -> Iterator[Callable[[int, int, Path | str], None]]:
    """Yield ``advance(done, total, item)``; draws a bar only when stderr is a terminal."""
    console = Console(stderr=True)
    enabled = sys.stderr.isatty()
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[item]}"),
        console=console,
        transient=True,
        disable=not enabled,
    ) as bar:
        task = bar.add_task(description, total=None, item="")

        def advance(done: int, total: int, item: Path | str) -> None:
            bar.update(task, completed=done, total=total, item=str(item)[-50:])

        yield advance
