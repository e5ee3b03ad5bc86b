"""The facts an import produces, grouped the way data/ is laid out: file, then source graph."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import PREFIXES

XSD = PREFIXES["xsd"]

Term = ox.NamedNode | ox.Literal
Triple = tuple[ox.NamedNode, ox.NamedNode, Term]


def iri(curie_or_iri: str) -> ox.NamedNode:
    """A NamedNode from ``prefix:local`` (project prefixes) or a full IRI.

    >>> iri("mc:Film").value
    'https://w3id.org/moroccan-cinema/ontology#Film'
    """
    prefix, _, local = curie_or_iri.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        return ox.NamedNode(PREFIXES[prefix] + local)
    return ox.NamedNode(curie_or_iri)


def typed(value: str, datatype: str) -> ox.Literal:
    """A literal of an XSD datatype given by local name (``gYear``, ``integer``…)."""
    return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))


def text(value: str, lang: str | None) -> ox.Literal:
    """A language-tagged string (plain when ``lang`` is empty)."""
    return ox.Literal(value, language=lang) if lang else ox.Literal(value)


@dataclass
class Facts:
    """Triples by data file (relative path) and by named graph (the source's IRI)."""

    files: dict[str, dict[str, set[Triple]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    #: The entity a file is about, shown first in it.
    main: dict[str, str] = field(default_factory=dict)

    def add(self, file: str, graph: str, s: str | ox.NamedNode, p: str, o: Term | str) -> None:
        subject = s if isinstance(s, ox.NamedNode) else iri(s)
        obj = iri(o) if isinstance(o, str) else o
        self.files[file][graph].add((subject, iri(p), obj))

    def count(self) -> int:
        return sum(len(t) for graphs in self.files.values() for t in graphs.values())


def entity_file(entity_iri: str) -> str:
    """The data file an entity lives in (docs/data-model.md, "Files").

    >>> entity_file("https://w3id.org/moroccan-cinema/resource/person/nabil-ayouch")
    'people/nabil-ayouch.trig'
    """
    folders = {"work": "works", "person": "people", "org": "organizations", "event": "events", "src": "sources"}
    for prefix, folder in folders.items():
        if entity_iri.startswith(PREFIXES[prefix]):
            return f"{folder}/{entity_iri[len(PREFIXES[prefix]):]}.trig"
    if entity_iri.startswith(PREFIXES["place"]):
        return "places/places.trig"
    raise ValueError(f"no data file for {entity_iri}")
