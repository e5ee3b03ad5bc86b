"""JSON-LD with the project's published ``@context``: pyoxigraph's output, IRIs compacted.

pyoxigraph writes expanded JSON-LD fast (27x rdflib at 1M triples) but ignores prefixes. The
context published with a release (``context.jsonld``) declares only the project's prefixes,
so compacting is a plain rewrite of IRIs to ``prefix:local`` and of ``rdf:type`` to
``@type``: every JSON-LD 1.1 processor expands them back to the same triples (the release
tests parse every JSON-LD file back and compare).

>>> doc = compact_document(b'[{"@id":"http://ex/a","http://www.w3.org/1999/02/22-rdf-syntax-ns#type":[{"@id":"http://ex/C"}]}]', {"ex": "http://ex/"}, context="ctx.jsonld")
>>> doc
'{"@context":"ctx.jsonld","@graph":[{"@id":"ex:a","@type":["ex:C"]}]}'
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def context(prefixes: dict[str, str]) -> dict[str, Any]:
    """The ``@context`` object: one prefix definition per project prefix, sorted."""
    return {"@context": {prefix: prefixes[prefix] for prefix in sorted(prefixes)}}


class Compactor:
    """Rewrites absolute IRIs to ``prefix:local`` with the longest matching namespace."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self._by_length = sorted(prefixes.items(), key=lambda item: (-len(item[1]), item[0]))
        self._cache: dict[str, str] = {}

    def iri(self, iri: str) -> str:
        found = self._cache.get(iri)
        if found is not None:
            return found
        found = iri
        for prefix, namespace in self._by_length:
            if iri.startswith(namespace):
                local = iri[len(namespace):]
                if not local.startswith("//"):
                    found = f"{prefix}:{local}"
                break
        self._cache[iri] = found
        return found

    def value(self, value: dict[str, Any]) -> dict[str, Any]:
        if "@id" in value:
            return {"@id": self.iri(value["@id"]) if not value["@id"].startswith("_:") else value["@id"]}
        if "@type" in value:
            return {"@type": self.iri(value["@type"]), "@value": value["@value"]}
        return value

    def node(self, node: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, values in node.items():
            if key == "@id":
                out["@id"] = values if values.startswith("_:") else self.iri(values)
            elif key == "@graph":
                out["@graph"] = [self.node(n) for n in values]
            elif key == RDF_TYPE and all("@id" in v for v in values):
                out["@type"] = [v["@id"] if v["@id"].startswith("_:") else self.iri(v["@id"]) for v in values]
            else:
                out[self.iri(key)] = [self.value(v) for v in values]
        return out


def compact_document(expanded: bytes, prefixes: dict[str, str], *, context: str | dict[str, Any]) -> str:
    """A compacted JSON-LD document: ``{"@context": context, "@graph": [...]}``."""
    compactor = Compactor(prefixes)
    nodes = [compactor.node(node) for node in json.loads(expanded)]
    return json.dumps({"@context": context, "@graph": nodes}, ensure_ascii=False, separators=(",", ":"))


def jsonld(triples: Iterable[ox.Triple], prefixes: dict[str, str], *, context: str | dict[str, Any]) -> bytes:
    """JSON-LD of ``triples`` (in the order given), compacted against the project context."""
    expanded = ox.serialize(triples, format=ox.RdfFormat.JSON_LD)
    return (compact_document(expanded, prefixes, context=context) + "\n").encode("utf-8")
