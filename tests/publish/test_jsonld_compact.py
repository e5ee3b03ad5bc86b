"""The JSON-LD compaction (one factored regular expression) against the plain rewrite it replaces."""

from __future__ import annotations

import json
import re

import pyoxigraph as ox
import rdflib

from kg.namespaces import PREFIXES
from kg.publish.jsonld import compact, context, jsonld


def _flat(expanded: bytes, prefixes: dict[str, str]) -> bytes:
    """The straightforward rewrite: one alternative per namespace, longest first, a call per IRI."""
    by_length = sorted(prefixes.items(), key=lambda item: (-len(item[1]), item[0]))
    alternatives = b"|".join(re.escape(ns.encode()) for _, ns in by_length)
    pattern = re.compile(rb'("@id":"|"@type":"|[{,]")(' + alternatives + rb")(?!//)")
    prefix_of = {ns.encode(): p.encode() for p, ns in by_length}
    return pattern.sub(lambda m: m.group(1) + prefix_of[m.group(2)] + b":", expanded)


def _triples() -> list[ox.Triple]:
    """A subject and an object in every namespace, a property per namespace, and the awkward cases."""
    triples = []
    for prefix, ns in sorted(PREFIXES.items()):
        s = ox.NamedNode(ns + "s1")
        triples.append(ox.Triple(s, ox.NamedNode(ns + "p"), ox.NamedNode(ns + "o1")))
        triples.append(ox.Triple(s, ox.NamedNode(PREFIXES["rdf"] + "type"), ox.NamedNode(ns + "C")))
        triples.append(ox.Triple(s, ox.NamedNode(ns + "q"), ox.Literal(f'{{"{ns}x", ,"{ns}y"', language="fr")))
        triples.append(ox.Triple(s, ox.NamedNode(ns + "r"), ox.NamedNode(ns + "//double-slash")))
        triples.append(ox.Triple(s, ox.NamedNode(ns + "r"), ox.Literal("1", datatype=ox.NamedNode(PREFIXES["xsd"] + "integer"))))
    triples.append(ox.Triple(ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p"), ox.NamedNode("https://w3id.org/moroccan-cinema/resource/")))
    return triples


def test_same_bytes_as_the_flat_rewrite():
    expanded = ox.serialize(_triples(), format=ox.RdfFormat.JSON_LD)
    assert compact(expanded, PREFIXES) == _flat(expanded, PREFIXES)


def test_nested_namespaces_take_the_longest():
    prefixes = {"a": "http://ex/", "b": "http://ex/b/", "c": "http://ex/b/c#"}
    triples = [
        ox.Triple(ox.NamedNode("http://ex/b/c#x"), ox.NamedNode("http://ex/b/p"), ox.NamedNode("http://ex/b//z")),
        ox.Triple(ox.NamedNode("http://ex/y"), ox.NamedNode("http://ex/p"), ox.NamedNode("http://ex/b/c#//w")),
    ]
    expanded = ox.serialize(triples, format=ox.RdfFormat.JSON_LD)
    out = compact(expanded, prefixes)
    assert out == _flat(expanded, prefixes)
    assert b'"@id":"c:x"' in out and b'"b:p"' in out


def test_compacted_document_is_the_same_graph():
    triples = _triples()
    doc = json.loads(jsonld(triples, PREFIXES, context=context(PREFIXES)["@context"]))
    parsed = rdflib.Graph().parse(data=json.dumps(doc), format="json-ld")
    expected = rdflib.Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    assert len(parsed) == len(expected) and set(parsed) == set(expected)


def test_compacting_piece_by_piece_gives_the_same_bytes(monkeypatch, tmp_path):
    """The dumps compact pyoxigraph's output in pieces (kg.publish.jsonld.PIECE bytes): cut
    small enough that every object boundary is a cut, the document is still the same."""
    import kg.publish.jsonld as module

    triples = _triples() + [
        ox.Triple(ox.NamedNode(f"{PREFIXES['mc']}s{n}"), ox.NamedNode(PREFIXES["rdfs"] + "label"), ox.Literal('},{"@id":"' + PREFIXES["mc"] + "x"))
        for n in range(50)
    ]
    whole = jsonld(triples, PREFIXES, context="ctx.jsonld")
    monkeypatch.setattr(module, "PIECE", 1)
    assert len(list(module._pieces(ox.serialize(triples, format=ox.RdfFormat.JSON_LD)))) > 50
    module.write_jsonld(tmp_path / "cut.jsonld", triples, PREFIXES, context="ctx.jsonld")
    assert (tmp_path / "cut.jsonld").read_bytes() == whole
    assert jsonld(triples, PREFIXES, context="ctx.jsonld") == whole
