"""Atomic file writes: a temporary file in the same folder, then ``os.replace``.

Readers never see half a file, and an interrupted run leaves the previous file intact.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "a" / "b.txt"
    >>> atomic_write_text(p, "x"); p.read_text()
    'x'
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def atomic_write_many(files: Mapping[Path, str | None]) -> None:
    """Write several files (None removes one): every temporary file first, then the renames.

    A failure while writing leaves every target as it was.
    """
    staged: list[tuple[Path, Path | None]] = []
    try:
        for path, text in files.items():
            if text is None:
                staged.append((path, None))
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_text(text, encoding="utf-8")
            staged.append((path, tmp))
    except BaseException:
        for _, tmp in staged:
            if tmp is not None and tmp.exists():
                tmp.unlink()
        raise
    for path, tmp in staged:
        if tmp is None:
            if path.exists():
                path.unlink()
        else:
            os.replace(tmp, path)
