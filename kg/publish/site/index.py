"""The graph arranged for the pages: facts per entity with their sources, labels, n-ary nodes.

Built in one pass over every quad of the snapshot. A fact shown on a page is a triple with
the entity as subject; its sources are the named graphs it is in (a source ``src:…``, the
inferred graph, or the ontology graph).

N-ary nodes (credits, award wins, releases, fundings … and the derived collaborations) and
characters get no page of their own: each is shown, with an anchor, on the pages of the
entities it links, and described in the Turtle and JSON-LD of its *owner* (the work it is
about, or its first collaborator, else the first entity it links to; a character's work). ``owner`` maps node → owner; the nginx
snippet of docs/publishing.md redirects a node's IRI to its owner's page.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import BASE, INFERRED_GRAPH, MC, PREFIXES, RDF_TYPE, RESOURCE, VOCAB
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
#: Classes whose members are shown inside other pages instead of on pages of their own.
NARY_CLASSES = (MC + "NaryNode", MC + "Collaboration")
#: Characters belong to their work: a row of the work's page, described in the work's documents.
CHARACTER = MC + "Character"
#: From an n-ary node to the entity whose documents describe it, best first.
OWNER_PROPERTIES = tuple(
    MC + p
    for p in ("creditedWork", "awardedWork", "selectedWork", "releasedWork", "fundedWork", "budgetOf", "availableWork", "firstCollaborator", "recipient")
)
_PATH = re.compile(r"(?:resource|vocab)(?:/[A-Za-z0-9._~-]+){2,}")

Term = ox.NamedNode | ox.BlankNode | ox.Literal


def page_path(iri: str) -> str | None:
    """Where the documents of ``iri`` may live in the site (without extension), else None.

    >>> page_path("https://w3id.org/moroccan-cinema/resource/work/casanegra")
    'resource/work/casanegra'
    >>> page_path("http://www.wikidata.org/entity/Q1") is None
    True
    """
    if not (iri.startswith(RESOURCE) or iri.startswith(VOCAB)):
        return None
    rest = iri[len(BASE):]
    if not _PATH.fullmatch(rest) or "/./" in f"/{rest}/" or "/../" in f"/{rest}/":
        return None
    return rest


@dataclass
class SiteIndex:
    """Everything the page templates read."""

    facts: dict[str, dict[tuple[str, Term], list[str]]] = field(default_factory=lambda: defaultdict(dict))
    types: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    names: dict[str, dict[str, dict[str, str]]] = field(default_factory=lambda: defaultdict(dict))  # iri -> predicate -> lang -> text
    incoming: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))  # object -> [(predicate, subject)]
    described_by: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # source graph -> subjects
    pages: dict[str, str] = field(default_factory=dict)  # iri -> path of its page (no extension)
    owner: dict[str, str] = field(default_factory=dict)  # n-ary node -> entity whose page shows it
    owned: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # entity -> its n-ary nodes
    inferred: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # entity -> inferred triples about it

    def has_page(self, iri: str) -> bool:
        return iri in self.pages

    def is_nary(self, iri: str) -> bool:
        return iri in self.owner

    def anchor(self, iri: str) -> str:
        """The fragment id of an n-ary node's row: ``credit-casanegra-director-…``."""
        return iri[len(RESOURCE):].replace("/", "-")

    def label(self, iri: str, lang: str, *, fallback: bool = True) -> str | None:
        """The best name of ``iri`` in ``lang`` (then French, English, any, when ``fallback``)."""
        by_predicate = self.names.get(iri)
        if not by_predicate:
            return None
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


def _owner(index: SiteIndex, node: str) -> str | None:
    links = sorted((p, o.value) for (p, o) in index.facts.get(node, {}) if isinstance(o, ox.NamedNode) and p != RDF_TYPE)
    for wanted in OWNER_PROPERTIES:
        for p, o in links:
            if p == wanted and o in index.pages:
                return o
    return next((o for _, o in links if o in index.pages), None)


def _add_quads(index: SiteIndex, quads, paths: dict[str, str | None]) -> None:
    """Record types, names, facts with their sources, and incoming links of ``quads``.

    The quads come sorted, graph by graph: a subject's path and facts, and a graph's key, are
    looked up once per run of quads that share them (a million quads at 1M triples).
    """
    name_predicates = set(NAME_PREDICATES)
    types, names, facts, described_by, incoming = index.types, index.names, index.facts, index.described_by, index.incoming
    named_node, literal, default_graph = ox.NamedNode, ox.Literal, ox.DefaultGraph
    graph_keys: dict[object, str] = {}
    last = path = facts_of = None
    for quad in quads:
        subject = quad.subject
        if not isinstance(subject, named_node):
            continue
        s = subject.value
        predicate = quad.predicate.value
        obj = quad.object
        if predicate == RDF_TYPE and isinstance(obj, named_node):
            types[s].add(obj.value)
        elif predicate in name_predicates and isinstance(obj, literal):
            names[s].setdefault(predicate, {}).setdefault(obj.language or "", obj.value)
        if s != last:
            last = s
            path = paths.get(s, "?")
            if path == "?":
                path = paths[s] = page_path(s)
            facts_of = facts[s] if path is not None else None
        if path is None:
            continue
        graph = quad.graph_name
        g = graph_keys.get(graph)
        if g is None:
            g = graph_keys[graph] = DEFAULT if isinstance(graph, default_graph) else graph.value
        sources = facts_of.setdefault((predicate, obj), [])
        if g not in sources:
            sources.append(g)
            if g.startswith(RESOURCE):
                described_by[g].add(s)
            if isinstance(obj, named_node) and predicate != RDF_TYPE and len(sources) == 1:
                incoming[obj.value].append((predicate, s))


def build_index(snapshot: Snapshot) -> SiteIndex:
    """Arrange every quad of ``snapshot`` for the pages.

    Asserted graphs are read term by term. The inferred graph, the largest, is read line by
    line: only its types are kept, and how many inferred triples each entity has, except for
    entities that nothing asserts (the derived collaborations), read in full.
    """
    index = SiteIndex()
    paths: dict[str, str | None] = {}
    asserted = [g for g in snapshot.graphs if g != INFERRED_GRAPH]
    _add_quads(index, rdfio.parse_lines([snapshot.nquads_by_graph(asserted)], quads=True), paths)
    only_inferred: list[bytes] = []
    type_mark = b" <" + RDF_TYPE.encode() + b"> <"
    # the lines are sorted: a subject's lines are side by side, decoded and looked up once
    facts, types, inferred = index.facts, index.types, index.inferred
    last = subject = None
    known = False
    for line in snapshot.inferred:
        if not line.startswith(b"<"):
            continue
        end = line.index(b"> ")
        key = line[1:end]
        if key != last:
            last = key
            subject = key.decode("utf-8")
            known = subject in facts
        if not known:
            only_inferred.append(line)
            continue
        inferred[subject] += 1
        if line.startswith(type_mark, end + 1):
            types[subject].add(line[end + len(type_mark) + 1: line.rindex(b">")].decode("utf-8"))
    suffix = b" <" + INFERRED_GRAPH.encode() + b"> .\n"
    _add_quads(index, rdfio.parse_lines([b"".join(line[:-3] + suffix for line in only_inferred)], quads=True), paths)
    nary = {s for s in index.facts if any(c in index.types.get(s, ()) for c in NARY_CLASSES)}
    characters = {s for s in index.facts if CHARACTER in index.types.get(s, ()) and s not in nary}
    index.pages = {s: paths[s] for s in index.facts if s not in nary and s not in characters}
    for node in sorted(nary):
        owner = _owner(index, node)
        if owner is None:
            index.pages[node] = paths[node]  # an n-ary node linked to nothing with a page keeps its own
        else:
            index.owner[node] = owner
            index.owned[owner].append(node)
    for character in sorted(characters):
        owner = _character_owner(index, character)
        if owner is None:
            index.pages[character] = paths[character]
        else:
            index.owner[character] = owner
            index.owned[owner].append(character)
    return index


def _character_owner(index: SiteIndex, character: str) -> str | None:
    """The work of a character: the one that states mc:hasCharacter, else the work of a credit playing it."""
    works = sorted(s for p, s in index.incoming.get(character, ()) if p == MC + "hasCharacter" and s in index.pages)
    if works:
        return works[0]
    owners = sorted(index.owner[s] for p, s in index.incoming.get(character, ()) if p == MC + "character" and s in index.owner)
    return owners[0] if owners else None
