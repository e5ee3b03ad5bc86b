"""SHA-256 of every file of a release, in ``SHA256SUMS`` (the format ``sha256sum -c`` reads).

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("hello\\n")
>>> write_sums(folder)
{'a.txt': '5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03'}
>>> (folder / "SHA256SUMS").read_text()
'5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03  a.txt\\n'
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

SUMS = "SHA256SUMS"


def sha256_file(path: Path | str) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def release_files(release: Path) -> list[str]:
    """Every file below ``release`` (but SHA256SUMS itself), as sorted POSIX relative paths."""
    paths = []
    for folder, _, files in os.walk(release):
        rel = os.path.relpath(folder, release)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        paths.extend(prefix + name for name in files if os.path.isfile(os.path.join(folder, name)))
    return sorted(path for path in paths if path != SUMS)


def write_sums(release: Path, *, known: dict[str, str] | None = None) -> dict[str, str]:
    """Write ``SHA256SUMS`` for every file of ``release``; return path → digest.

    ``known`` holds the digests of files hashed from their bytes as they were written (the
    site's pages, a hundred thousand at 1M triples): they are not read back. Every other
    file is read and hashed here.
    """
    known = known or {}
    sums = {path: known.get(path) or sha256_file(os.path.join(release, path)) for path in release_files(release)}
    text = "".join(f"{digest}  {path}\n" for path, digest in sums.items())
    (release / SUMS).write_text(text, encoding="utf-8")
    return sums
