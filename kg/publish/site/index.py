"""The graph arranged for the pages: facts per entity with their sources, labels, n-ary nodes.

Built in one pass over every quad of the snapshot. A fact shown on a page is a triple with
the entity as subject; its sources are the named graphs it is in (a source ``src:…``, the
inferred graph, or the ontology graph).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import BASE, MC, PREFIXES, RDF_TYPE, RESOURCE, VOCAB
from kg.publish import rdfio
from kg.publish.snapshot import DEFAULT, Snapshot

RDFS, SKOS, DCT = PREFIXES["rdfs"], PREFIXES["skos"], PREFIXES["dct"]

#: Predicates that name a thing, best first: the page title and the labels per language.
NAME_PREDICATES = (
    RDFS + "label",
    SKOS + "prefLabel",
    MC + "originalTitle",
    MC + "title",
    DCT + "title",
    MC + "alternativeTitle",
    SKOS + "altLabel",
)
NARY = MC + "NaryNode"

Term = ox.NamedNode | ox.BlankNode | ox.Literal


@dataclass
class SiteIndex:
    """Everything the page templates read."""

    facts: dict[str, dict[tuple[str, Term], list[str]]] = field(default_factory=lambda: defaultdict(dict))
    types: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    names: dict[str, dict[str, dict[str, str]]] = field(default_factory=lambda: defaultdict(dict))  # iri -> predicate -> lang -> text
    incoming: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))  # object -> [(predicate, subject)]
    described_by: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # source graph -> subjects

    def has_page(self, iri: str) -> bool:
        return iri in self.facts and page_path(iri) is not None

    def is_nary(self, iri: str) -> bool:
        return NARY in self.types.get(iri, ())

    def label(self, iri: str, lang: str, *, fallback: bool = True) -> str | None:
        """The best name of ``iri`` in ``lang`` (then French, English, any, when ``fallback``)."""
        by_predicate = self.names.get(iri, {})
        for predicate in NAME_PREDICATES:
            text = by_predicate.get(predicate, {}).get(lang)
            if text:
                return text
        if not fallback:
            return None
        for other in ("fr", "en", ""):
            for predicate in NAME_PREDICATES:
                text = by_predicate.get(predicate, {}).get(other)
                if text:
                    return text
        for predicate in NAME_PREDICATES:
            values = by_predicate.get(predicate)
            if values:
                return values[min(values)]
        return None


def page_path(iri: str) -> str | None:
    """Where the page of ``iri`` lives in the site (without extension), or None if it has none.

    >>> page_path("https://w3id.org/moroccan-cinema/resource/work/casanegra")
    'resource/work/casanegra'
    >>> page_path("http://www.wikidata.org/entity/Q1") is None
    True
    """
    if not (iri.startswith(RESOURCE) or iri.startswith(VOCAB)):
        return None
    rest = iri[len(BASE):]
    parts = rest.split("/")
    if len(parts) < 3 or any(p in ("", ".", "..") or not _safe(p) for p in parts):
        return None
    return rest


def _safe(segment: str) -> bool:
    return all(c.isascii() and (c.isalnum() or c in "-._~") for c in segment)


def build_index(snapshot: Snapshot) -> SiteIndex:
    """Arrange every quad of ``snapshot`` for the pages."""
    index = SiteIndex()
    name_predicates = set(NAME_PREDICATES)
    for quad in rdfio.parse_lines([snapshot.nquads_by_graph()], quads=True):
        subject, predicate, obj, graph = quad.subject, quad.predicate.value, quad.object, quad.graph_name
        g = DEFAULT if isinstance(graph, ox.DefaultGraph) else graph.value
        if not isinstance(subject, ox.NamedNode):
            continue
        s = subject.value
        if predicate == RDF_TYPE and isinstance(obj, ox.NamedNode):
            index.types[s].add(obj.value)
        if predicate in name_predicates and isinstance(obj, ox.Literal):
            index.names[s].setdefault(predicate, {}).setdefault(obj.language or "", obj.value)
        if page_path(s) is None:
            continue
        sources = index.facts[s].setdefault((predicate, obj), [])
        if g not in sources:
            sources.append(g)
        if g.startswith(RESOURCE):
            index.described_by[g].add(s)
        if isinstance(obj, ox.NamedNode) and predicate != RDF_TYPE:
            index.incoming[obj.value].append((predicate, s))
    return index
