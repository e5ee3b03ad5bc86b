"""Reading contributed RDF files safely: size, encoding, nesting and hostile-XML checks first,
then pyoxigraph's parser, with errors that name file, line and column.

What is refused, and why (each an :class:`~kg.errors.InputError`, exit 2):

* files over :data:`~kg.validate.limits.MAX_FILE_BYTES`, literals over
  :data:`~kg.validate.limits.MAX_LITERAL_CHARS`, nesting deeper than
  :data:`~kg.validate.limits.MAX_NESTING`, more than :data:`~kg.validate.limits.MAX_TRIPLES`;
* RDF/XML declaring entities (``<!ENTITY``): pyoxigraph expands internal entities without
  bound (a "billion laughs" file grows to gigabytes), so any declaration is refused before
  parsing, by defusedxml;
* JSON-LD with a remote ``@context`` (a string IRI or ``@import``): validation never
  reaches the network.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as safe_xml
import pyoxigraph as ox
from defusedxml import DefusedXmlException

from kg.errors import InputError, Location, SyntaxInputError
from kg.parsing import rdf_files, rdf_format, read_text, syntax_error
from kg.validate.limits import MAX_FILE_BYTES, MAX_LITERAL_CHARS, MAX_NESTING, MAX_TRIPLES


@dataclass
class SourceFile:
    """One parsed contribution file: its path as given, its text and its quads."""

    path: Path
    text: str
    format: ox.RdfFormat
    quads: list[ox.Quad] = field(default_factory=list)


def line_at(text: str, offset: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, offset) + 1


# Tokens that may contain brackets without opening anything: long and short strings, IRIs,
# comments. Everything else that matches is a bracket.
_TURTLE_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*"
    r"|[\[\](){}]",
    re.DOTALL,
)


def check_turtle_nesting(path: Path, text: str, *, limit: int = MAX_NESTING) -> None:
    """Refuse Turtle-family text whose blank nodes, collections and graphs nest beyond ``limit``.

    >>> check_turtle_nesting(Path("x.ttl"), "<a> <b> [ <c> [ <d> 1 ] ] .", limit=1)
    Traceback (most recent call last):
    ...
    kg.errors.SyntaxInputError: x.ttl:1:15: nesting deeper than 1 levels (blank nodes, collections, graphs); flatten the data with IRIs
    """
    depth = 0
    for match in _TURTLE_TOKENS.finditer(text):
        token = match.group()
        if token in "[({":
            depth += 1
            if depth > limit:
                offset = match.start()
                column = offset - text.rfind("\n", 0, offset)
                raise SyntaxInputError(
                    Location(path, line_at(text, offset), column),
                    f"nesting deeper than {limit} levels (blank nodes, collections, graphs); flatten the data with IRIs",
                )
        elif token in "])}":
            depth -= 1


def _json_depth_and_contexts(value: object) -> tuple[int, list[str]]:
    """Deepest nesting of a JSON value and every remote context it names (iteratively)."""
    deepest, remote = 0, []
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(node, dict):
            for key, child in node.items():
                if key == "@context":
                    contexts = child if isinstance(child, list) else [child]
                    remote += [c for c in contexts if isinstance(c, str)]
                    remote += [c["@import"] for c in contexts if isinstance(c, dict) and isinstance(c.get("@import"), str)]
                stack.append((child, depth + 1))
        elif isinstance(node, list):
            stack.extend((child, depth + 1) for child in node)
    return deepest, remote


def check_json_ld(path: Path, text: str, *, limit: int = MAX_NESTING) -> None:
    """Refuse JSON-LD that is not JSON, nests too deeply, or names a remote context."""
    try:
        document = json.loads(text)
    except RecursionError:
        raise InputError(f"{path}: JSON nested too deeply to read (limit {limit} levels). Flatten the document.") from None
    except json.JSONDecodeError as err:
        raise SyntaxInputError(Location(path, err.lineno, err.colno), f"not valid JSON: {err.msg}") from None
    depth, remote = _json_depth_and_contexts(document)
    if remote:
        line = line_at(text, max(text.find(remote[0]), 0))
        raise SyntaxInputError(
            Location(path, line),
            f"remote JSON-LD @context {remote[0]!r} refused: kg validate never reaches the network. "
            "Put the context inline as a JSON object",
        )
    if depth > limit:
        raise InputError(f"{path}: JSON nested {depth} levels deep, more than the limit of {limit}. Flatten the document.")


def check_rdf_xml(path: Path, text: str, *, limit: int = MAX_NESTING) -> None:
    """Refuse RDF/XML with entity declarations or external references, or nesting too deeply.

    defusedxml parses with expat and stops at the first ``<!ENTITY`` declaration, so nothing
    is expanded, fetched or read from disk.
    """
    depth = 0
    try:
        for event, _element in safe_xml.iterparse(
            _as_stream(text), events=("start", "end"), forbid_dtd=False, forbid_entities=True, forbid_external=True
        ):
            depth += 1 if event == "start" else -1
            if depth > limit:
                raise InputError(f"{path}: XML elements nested more than {limit} levels deep. Flatten the document.")
    except DefusedXmlException as err:
        raise InputError(
            f"{path}: RDF/XML with entity declarations or external references is refused ({type(err).__name__}): "
            "they can read local files or expand without bound. Expand the entities or convert the file to Turtle."
        ) from None
    except ParseError as err:
        line, column = err.position
        raise SyntaxInputError(Location(path, line, column + 1), f"not well-formed XML: {err.msg}") from None


def _as_stream(text: str):
    import io

    return io.BytesIO(text.encode("utf-8"))


def _screen(path: Path, text: str, fmt: ox.RdfFormat) -> None:
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):
        check_turtle_nesting(path, text)
    elif fmt == ox.RdfFormat.JSON_LD:
        check_json_ld(path, text)
    elif fmt == ox.RdfFormat.RDF_XML:
        check_rdf_xml(path, text)


def _check_literals(source: SourceFile) -> None:
    for quad in source.quads:
        obj = quad.object
        if isinstance(obj, ox.Literal) and len(obj.value) > MAX_LITERAL_CHARS:
            offset = source.text.find(obj.value[:40])
            line = line_at(source.text, offset) if offset >= 0 else None
            raise SyntaxInputError(
                Location(source.path, line),
                f"a literal of {len(obj.value):,} characters is longer than the limit of {MAX_LITERAL_CHARS:,}; shorten it",
            )


def read_file(path: Path) -> SourceFile:
    """Check and parse one file; every problem is an InputError naming the file."""
    fmt = rdf_format(path)
    try:
        size = path.stat().st_size
    except OSError as err:
        raise InputError(f"{path}: cannot be read: {err.strerror}.") from None
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"{path}: {size:,} bytes is larger than the limit of {MAX_FILE_BYTES:,}. Split the contribution into smaller files."
        )
    try:
        text = read_text(path)
    except OSError as err:
        raise InputError(f"{path}: cannot be read: {err.strerror}.") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    _screen(path, text, fmt)
    try:
        quads = list(ox.parse(text, format=fmt, base_iri=path.resolve().as_uri()))
    except SyntaxError as err:
        raise syntax_error(path, err) from None
    except (ValueError, OSError) as err:
        raise InputError(f"{path}: cannot be read: {err}.") from None
    source = SourceFile(path, text, fmt, quads)
    _check_literals(source)
    return source


def read_files(paths: Iterable[Path]) -> list[SourceFile]:
    """Every RDF file named or found below a named folder, checked and parsed, in sorted order."""
    sources: list[SourceFile] = []
    total = 0
    for path in rdf_files(list(paths)):
        source = read_file(path)
        total += len(source.quads)
        if total > MAX_TRIPLES:
            raise InputError(f"{path}: more than {MAX_TRIPLES:,} triples in the contribution. Validate it in smaller parts.")
        sources.append(source)
    return sources


__all__ = ["SourceFile", "check_json_ld", "check_rdf_xml", "check_turtle_nesting", "line_at", "read_file", "read_files"]
