"""Reading RDF files into a pyoxigraph store, with errors that name file, line and column.

pyoxigraph parses about ten times faster than rdflib (docs/benchmarks.md), so every bulk
read goes through it; rdflib is used where its API is needed (SHACL, owlrl).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, Location, SyntaxInputError

#: File extensions the tools read, and their pyoxigraph format.
FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}


def rdf_format(path: Path) -> ox.RdfFormat:
    """The format of ``path`` from its extension, or an InputError naming the supported ones."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(FORMATS))
        raise InputError(f"{path}: unsupported format '{path.suffix or '(none)'}'. Use one of: {known}.")
    return fmt


def rdf_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Every RDF file named, or found below a named folder, in a stable (sorted) order."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FORMATS)
        elif path.exists():
            yield path
        else:
            raise InputError(f"{path}: no such file or folder.")


def read_text(path: Path) -> str:
    """The file's text, or an InputError naming the line of the first byte that is not UTF-8."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise SyntaxInputError(Location(path, line, column), "not valid UTF-8 (RDF files must be UTF-8 encoded)") from None


def syntax_error(path: Path, err: SyntaxError) -> SyntaxInputError:
    """Turn a pyoxigraph SyntaxError into one line: ``file:line:column: problem``."""
    message = str(err)
    if ": " in message and message.startswith("Parser error"):
        message = message.split(": ", 1)[1]
    return SyntaxInputError(Location(path, err.lineno, err.offset), message)


def load_file(store: ox.Store, path: Path, *, graph: ox.NamedNode | None = None) -> None:
    """Parse one file into ``store``; triples of a triple format go into ``graph`` if given.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "bad.ttl"
    >>> _ = p.write_text('<http://a> <http://b> "x .\\n')
    >>> load_file(ox.Store(), p)
    Traceback (most recent call last):
    ...
    kg.errors.SyntaxInputError: ...bad.ttl:1:23: ...
    """
    fmt = rdf_format(path)
    text = read_text(path)
    try:
        store.load(text, format=fmt, base_iri=path.resolve().as_uri(), to_graph=graph)
    except SyntaxError as err:
        raise syntax_error(path, err) from None
    except (ValueError, OSError) as err:
        raise InputError(f"{path}: cannot be read: {err}") from None
