"""JSON-LD with the project's published ``@context``: pyoxigraph's output, IRIs compacted.

pyoxigraph writes expanded JSON-LD fast (27x rdflib at 1M triples) but ignores prefixes. The
context published with a release (``context.jsonld``) declares only the project's prefixes,
so compacting is a rewrite of the absolute IRIs in ``@id`` values, ``@type`` values and
property keys to ``prefix:local``, done on the serialised text (a literal's text is never
touched: it is always the value of ``"@value"``, and quotes inside it are escaped). Every
JSON-LD 1.1 processor expands the result back to the same triples; the release tests parse
every JSON-LD file back and compare.

>>> doc = jsonld([ox.Triple(ox.NamedNode("http://ex/a"), ox.NamedNode("http://ex/p"), ox.Literal("http://ex/b"))], {"ex": "http://ex/"}, context="ctx.jsonld")
>>> doc
b'{"@context":"ctx.jsonld","@graph":[{"@id":"ex:a","ex:p":[{"@value":"http://ex/b"}]}]}\\n'
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox


def context(prefixes: dict[str, str]) -> dict[str, Any]:
    """The ``@context`` object: one prefix definition per project prefix, sorted."""
    return {"@context": {prefix: prefixes[prefix] for prefix in sorted(prefixes)}}


def _trie(words: list[bytes]) -> bytes:
    """A regular expression matching any of ``words`` (none a prefix of another), factored as
    a trie: the namespaces share long beginnings (``https://w3id.org/moroccan-cinema/``), which
    a flat alternation compares again for every one of them.

    >>> _trie([b"http://a/x/", b"http://a/y/", b"urn:z:"])
    b'(?:http://a/(?:x/|y/)|urn:z:)'
    """
    groups: dict[bytes, list[bytes]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    parts = []
    for first, rests in sorted(groups.items()):
        common = os.path.commonprefix(rests)
        tails = [rest[len(common):] for rest in rests]
        head = re.escape(first + common)
        parts.append(head + (_trie(tails) if len(tails) > 1 else b""))
    return b"(?:" + b"|".join(parts) + b")" if len(parts) > 1 else parts[0]


#: Where an IRI to compact may start: as an ``"@id"`` or ``"@type"`` value, or as a property
#: key (a quote after ``{`` or ``,``, checked by looking behind). Every alternative begins with
#: a quote, so the regular expression engine jumps from quote to quote instead of trying a
#: match at every byte (40% less time on the 1M dump than with ``[{,]"`` as an alternative).
_MARKS = (b'"', b'"@id":"', b'"@type":"')


@lru_cache(maxsize=8)
def _compactor(items: tuple[tuple[str, str], ...]):
    by_length = sorted(items, key=lambda item: (-len(item[1]), item[0]))
    prefix_of = {ns.encode("utf-8"): p.encode("utf-8") + b":" for p, ns in by_length}
    namespaces = [ns.encode("utf-8") for _, ns in by_length]
    if any(a != b and b.startswith(a) for a in namespaces for b in namespaces):
        alternatives = b"|".join(re.escape(ns) for ns in namespaces)  # tried longest first
    else:
        alternatives = _trie(sorted(namespaces))
    pattern = re.compile(rb'("(?:(?<=[{,]")|@id":"|@type":")(?:' + alternatives + rb"))(?!//)")
    # each match is a mark then a namespace: a few hundred distinct ones, replaced by table
    replacement = {mark + ns: mark + prefix for ns, prefix in prefix_of.items() for mark in _MARKS}
    return pattern, replacement


def compact(expanded: bytes, prefixes: dict[str, str]) -> bytes:
    """Rewrite the IRIs of pyoxigraph's expanded JSON-LD to ``prefix:local``."""
    if not prefixes:
        return expanded
    pattern, replacement = _compactor(tuple(sorted(prefixes.items())))
    # split() finds the matches in C: [text, match, text, match, …, text]; only the matches
    # (mark and namespace) are swapped for their compact form (no Python call per match)
    parts = pattern.split(expanded)
    parts[1::2] = map(replacement.__getitem__, parts[1::2])
    return b"".join(parts)


#: Bytes of expanded JSON-LD compacted at a time: the parts :func:`compact` splits a piece into
#: stay few enough to be reused by the allocator (the 1M dump's 300 MB in one piece cost
#: about 5 s of page faults).
PIECE = 4 << 20
#: Where a piece may end: between two objects of pyoxigraph's output (a quote inside a JSON
#: string is escaped, so these bytes only occur between objects), before the second one.
_CUT = b'},{"@id":"'


def _pieces(expanded: bytes) -> Iterator[bytes]:
    """``expanded`` in pieces of about :data:`PIECE` bytes, each cut before an object: a
    match of the compactor (a mark, a namespace, and the byte looked behind) never spans two."""
    start = 0
    while len(expanded) - start > PIECE:
        cut = expanded.find(_CUT, start + PIECE)
        if cut < 0:
            break
        yield expanded[start:cut + 2]
        start = cut + 2
    yield expanded[start:]


def _document(triples: Iterable[ox.Triple], prefixes: dict[str, str], context: str | dict[str, Any]) -> Iterator[bytes]:
    expanded = ox.serialize(triples, format=ox.RdfFormat.JSON_LD)
    head = json.dumps(context, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    yield b'{"@context":' + head + b',"@graph":'
    for piece in _pieces(expanded):
        yield compact(piece, prefixes)
    yield b"}\n"


def jsonld(triples: Iterable[ox.Triple], prefixes: dict[str, str], *, context: str | dict[str, Any]) -> bytes:
    """JSON-LD of ``triples`` (in the order given), compacted against the project context."""
    return b"".join(_document(triples, prefixes, context))


def write_jsonld(path: Path, triples: Iterable[ox.Triple], prefixes: dict[str, str], *, context: str | dict[str, Any]) -> None:
    """Write the JSON-LD of ``triples`` into ``path``, piece by piece (the dumps: hundreds of MB)."""
    with open(path, "wb") as out:
        out.writelines(_document(triples, prefixes, context))
