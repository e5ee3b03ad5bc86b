"""Where a node is defined in a file: the first line where it appears as a subject.

Turtle, TriG, N-Triples and N-Quads are scanned as text: the prefixes a file declares give
each IRI its prefixed spellings, and the first line that *starts* with one of the node's
spellings (a statement's subject, in the house style and in line-based formats) wins; failing
that, the first line that mentions it at all. JSON-LD (``"@id": "…"``) and RDF/XML
(``rdf:about="…"``) are located on a best-effort basis: the first line naming the IRI or its
last path segment. Blank nodes have no spelling that survives parsing, so they are located
through the node that refers to them (see :class:`Locator`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.validate.inputs import SourceFile, line_at

_PREFIX_DECL = re.compile(r"^\s*(?:@prefix|PREFIX)\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE | re.MULTILINE)
_JSON_PREFIX = re.compile(r'"([A-Za-z][\w.-]*)"\s*:\s*"([^"]+[/#])"')


def declared_prefixes(text: str) -> dict[str, str]:
    """The prefixes a Turtle-family (or JSON-LD context) text declares: {prefix: namespace}.

    >>> declared_prefixes("@prefix work: <https://x/work/> .\\nPREFIX : <https://x/>")
    {'work': 'https://x/work/', '': 'https://x/'}
    """
    found = {(m.group(1) or ""): m.group(2) for m in _PREFIX_DECL.finditer(text)}
    for m in _JSON_PREFIX.finditer(text):
        found.setdefault(m.group(1), m.group(2))
    return found


def spellings(iri: str, prefixes: dict[str, str]) -> list[str]:
    """Every way a file with these prefixes may write ``iri``, longest first."""
    out = [f"<{iri}>"]
    for prefix, namespace in prefixes.items():
        if namespace and iri.startswith(namespace) and len(iri) > len(namespace):
            out.append(f"{prefix}:{iri[len(namespace):]}")
    return sorted(set(out), key=len, reverse=True)


def _line_starting_with(text: str, words: list[str]) -> int | None:
    best = None
    for word in words:
        pattern = re.compile(r"^[ \t]*(?:GRAPH\s+\S+\s*\{\s*)?" + re.escape(word) + r"(?=[\s;,.\]\[)(]|$)", re.MULTILINE)
        match = pattern.search(text)
        if match and (best is None or match.start() < best):
            best = match.start()
    return line_at(text, best) if best is not None else None


def _line_mentioning(text: str, words: list[str]) -> int | None:
    best = None
    for word in words:
        for match in re.finditer(re.escape(word) + r"(?![\w-])", text):
            if best is None or match.start() < best:
                best = match.start()
            break
    return line_at(text, best) if best is not None else None


@dataclass
class FileLocator:
    """Line lookups in one file, with its declared prefixes."""

    source: SourceFile
    prefixes: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.prefixes = declared_prefixes(self.source.text)

    @property
    def text_based(self) -> bool:
        return self.source.format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS)

    def subject_line(self, iri: str) -> int | None:
        """First line where ``iri`` is a subject (best effort outside Turtle-like formats)."""
        words = spellings(iri, self.prefixes)
        if self.text_based:
            return _line_starting_with(self.source.text, words) or _line_mentioning(self.source.text, words)
        return self.mention_line(iri)

    def mention_line(self, iri: str) -> int | None:
        """First line where ``iri`` appears at all (full, prefixed, or by its last segment)."""
        words = spellings(iri, self.prefixes)
        if not self.text_based:
            words += [f'"{iri}"', iri]
            tail = re.split(r"[/#]", iri)[-1]
            if tail:
                words.append(f'"{tail}"')
                words.append(f'"#{tail}"')
        return _line_mentioning(self.source.text, words)

    def literal_line(self, lexical: str) -> int | None:
        """First line where a literal's lexical form appears in quotes."""
        for quoted in (f'"{lexical}"', f"'{lexical}'", f">{lexical}<"):
            offset = self.source.text.find(quoted)
            if offset >= 0:
                return line_at(self.source.text, offset)
        offset = self.source.text.find(lexical)
        return line_at(self.source.text, offset) if offset >= 0 else None


class Locator:
    """Which contribution file defines each node, and on which line.

    A node belongs to the first file (in sorted order) that gives it an ``rdf:type``, else the
    first where it is a subject; a blank node is located where the node referring to it is.
    """

    def __init__(self, sources: list[SourceFile]) -> None:
        self.files = {id(s): FileLocator(s) for s in sources}
        self.defined_in: dict[str, SourceFile] = {}
        self.parent_of: dict[str, str] = {}
        rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
        for source in sources:  # the file that types a node defines it ...
            for quad in source.quads:
                if quad.predicate.value == rdf_type:
                    self.defined_in.setdefault(node_key(quad.subject), source)
        for source in sources:  # ... else the first file where it is a subject
            for quad in source.quads:
                key = node_key(quad.subject)
                self.defined_in.setdefault(key, source)
                if isinstance(quad.object, ox.BlankNode):
                    self.parent_of.setdefault(node_key(quad.object), key)

    def file_of(self, source: SourceFile) -> FileLocator:
        return self.files[id(source)]

    def locate(self, key: str) -> tuple[SourceFile | None, int | None]:
        """The file and line where the node ``key`` (IRI or ``_:id``) is defined."""
        seen = set()
        while key.startswith("_:") and key not in seen:
            seen.add(key)
            parent = self.parent_of.get(key)
            if parent is None:
                source = self.defined_in.get(key)
                return source, None
            key = parent
        source = self.defined_in.get(key)
        if source is None:
            return None, None
        return source, self.file_of(source).subject_line(key)


def node_key(term: ox.NamedNode | ox.BlankNode | ox.Triple) -> str:
    """A string key for a subject: the IRI, or ``_:id`` for a blank node."""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, ox.NamedNode) else str(term)


__all__ = ["FileLocator", "Locator", "declared_prefixes", "node_key", "spellings"]
