"""What each page shows, as plain data for the templates: an entity, a class index, the home page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

import pyoxigraph as ox
from markupsafe import Markup

from kg.namespaces import INFERRED_GRAPH, MC, PREFIXES, RDF_TYPE, WIKIDATA_ENTITY, shorten
from kg.publish.site.fragments import detail_item
from kg.publish.site.index import NARY_CLASSES, SiteIndex
from kg.publish.site.values import Linker, Shown, direction

OWL, SKOS, SCHEMA = PREFIXES["owl"], PREFIXES["skos"], PREFIXES["schema"]
LANGS = (("fr", "Français"), ("en", "English"), ("ar", "العربية"))
#: At most this many entities per property under "Referenced by" (a country is referenced by thousands).
MAX_INCOMING = 200
#: At most this many n-ary rows about an entity besides those it owns (which are always shown).
MAX_NARY = 300


@dataclass
class Fact:
    """One property of the entity with all its values, each with the sources that state it."""

    prop: Shown
    values: list[tuple[Shown, Markup]]  # each value with the HTML of its source links


@dataclass
class NaryRow:
    anchor: str
    node: Shown
    kind: str
    details: Markup  # the <li> items of its details (property name, then value)
    sources: Markup


class NaryDetail(NamedTuple):
    """One detail of an n-ary node as every page at one depth shows it (cached per node).

    ``item`` is its ``<li>``; ``obj`` the IRI of its value (the page of that entity leaves the
    detail out) and ``href`` its link, redone on the page it points into (a bare fragment).
    """

    prop: str
    obj: str | None
    href: str | None
    item: Markup
    graphs: list[str]


@dataclass
class Incoming:
    prop: Shown
    subjects: list[Shown]
    more: int = 0


@dataclass
class EntityPage:
    iri: str
    path: str
    title: Shown
    kinds: list[Shown]
    names: list[tuple[str, str, Shown | None]]  # (lang code, language name, label)
    wikidata: list[Shown]
    facts: list[Fact]
    inferred: int  # facts derived by kg build: in the entity's Turtle and JSON-LD, not on the page
    nary: list[NaryRow]
    incoming: list[Incoming]
    nary_more: int = 0
    described: list[Shown] = field(default_factory=list)
    described_more: int = 0


def _sort_key(shown: Shown) -> tuple:
    return (shown.text.casefold(), shown.href or "", shown.lang or "")


def _term_key(term) -> str:
    return str(term)


def _group(link: Linker, by_property: dict[str, list[tuple[Shown, Markup]]]) -> list[Fact]:
    facts = [Fact(link.entity(p), sorted(values, key=lambda v: _sort_key(v[0]))) for p, values in by_property.items()]
    facts.sort(key=lambda f: (f.prop.text.casefold(), f.prop.note or ""))
    return facts


def _shared_detail(link: Linker, p: str, o) -> tuple[str | None, str | None, Markup]:
    """(IRI of the value, its link, the ``<li>``) of one detail as any page at this depth shows
    it; cached for IRIs, since the same pair recurs in many nodes (every credit of a film names it)."""
    if not isinstance(o, ox.NamedNode):
        return None, None, detail_item(link.shared(p), link.term(o))
    key = ("detail", p, o.value, link.up)
    found = link.cache.get(key)
    if found is None:
        value = link.shared(o.value)
        found = link.cache[key] = (o.value, value.href, detail_item(link.shared(p), value))
    return found


def _nary_view(index: SiteIndex, link: Linker, node: str) -> tuple[list[NaryDetail], str]:
    """The details an n-ary node's row shows (sorted, without its type, source and inferred-only
    facts), with their HTML, and its kind; cached per depth of page, since a node is shown on
    the page of every entity it links."""
    key = ("nary", node, link.up)
    found = link.cache.get(key)
    if found is None:
        details = []
        for (p, o), graphs in sorted(index.facts.get(node, {}).items(), key=lambda item: (item[0][0], _term_key(item[0][1]))):
            if p in (RDF_TYPE, MC + "source") or graphs == [INFERRED_GRAPH]:
                continue
            details.append(NaryDetail(p, *_shared_detail(link, p, o), graphs))
        kind = next((link.entity(c).text for c in sorted(index.types.get(node, ())) if c.startswith(MC) and c not in NARY_CLASSES), "")
        found = link.cache[key] = (details, kind)
    return found


def entity_page(index: SiteIndex, iri: str, *, anchors: dict[str, str], cache: dict | None = None) -> EntityPage:
    """The page of one entity: its names, its facts with their sources, what points to it."""
    path = index.pages[iri]
    up = "../" * path.count("/")
    link = Linker(index, up, here=path + ".html", ontology_anchors=anchors, cache=cache)
    facts_of = index.facts.get(iri, {})
    title = link.entity(iri)
    names = []
    for code, language in LANGS:
        text = index.label(iri, code, fallback=False)
        names.append((code, language, Shown(text, lang=code, dir=direction(code)) if text else None))
    kinds = sorted((link.entity(c) for c in index.types.get(iri, ()) if c.startswith(MC)), key=_sort_key)
    wikidata = sorted(
        {link.entity(o.value) for (p, o) in facts_of if isinstance(o, ox.NamedNode) and o.value.startswith(WIKIDATA_ENTITY)},
        key=_sort_key,
    )
    shown_nary: set[str] = set()
    nary_rows: list[NaryRow] = []
    owned = set(index.owned.get(iri, ()))
    # one pass over what links here (thousands of links to a country or a role): n-ary nodes
    # become rows, entities with a page are listed by property under "Referenced by"
    nodes_here: set[str] = set()
    incoming: dict[str, set[str]] = {}
    owner, pages = index.owner, index.pages
    for p, s in index.incoming.get(iri, ()):
        if s in owner:
            nodes_here.add(s)
        elif s != iri and s in pages:
            incoming.setdefault(p, set()).add(s)
    others = sorted(nodes_here - owned)
    nary_more = max(0, len(others) - MAX_NARY)
    for node in sorted(owned | set(others[:MAX_NARY])):
        shown_nary.add(node)
        node_details, kind = _nary_view(index, link, node)
        items = []
        sources: set[str] = set()
        for detail in node_details:
            if detail.obj == iri:
                continue
            if detail.href is not None and detail.href.startswith(link.here_prefix):  # a link into this page: a bare fragment here
                items.append(detail_item(link.entity(detail.prop), link.entity(detail.obj)))
            else:
                items.append(detail.item)
            sources.update(detail.graphs)
        nary_rows.append(NaryRow(index.anchor(node), link.entity(node), kind, Markup("".join(items)), link.sources(sorted(sources))))  # cached: rows share a few sets of sources
    asserted: dict[str, list[tuple[Shown, Markup]]] = {}
    inferred_facts = index.inferred.get(iri, 0)
    for (p, o), graphs in facts_of.items():
        if graphs == [INFERRED_GRAPH]:
            inferred_facts += 1
            continue
        if isinstance(o, ox.NamedNode) and o.value in shown_nary:
            continue
        asserted.setdefault(p, []).append((link.term(o), link.sources(graphs)))
    facts = _group(link, asserted)
    incoming_rows = []
    for p in sorted(incoming):
        subjects = sorted((link.entity(s) for s in incoming[p]), key=_sort_key)
        incoming_rows.append(Incoming(link.entity(p), subjects[:MAX_INCOMING], max(0, len(subjects) - MAX_INCOMING)))
    incoming_rows.sort(key=lambda r: (r.prop.text.casefold(), r.prop.note or ""))
    page = EntityPage(iri, path, title, kinds, names, wikidata, facts, inferred_facts, nary_rows, incoming_rows, nary_more)
    described = sorted(s for s in index.described_by.get(iri, ()) if s != iri and not index.is_nary(s) and index.has_page(s))
    if described:
        page.described = sorted((link.entity(s) for s in described[:1000]), key=_sort_key)
        page.described_more = max(0, len(described) - 1000)
    return page


@dataclass
class IndexPage:
    cls: str
    slug: str
    title_en: str
    title_fr: str
    rows: list[tuple[Shown, list[Shown | None]]]


def class_index(index: SiteIndex, cls: str, slug: str, members: list[str], *, cache: dict | None = None) -> IndexPage:
    """The list of every entity of one class, with its names in French, English and Arabic."""
    link = Linker(index, "../", cache=cache)
    rows = []
    for iri in members:
        if not index.has_page(iri):
            continue
        labels = []
        for code, _ in LANGS:
            text = index.label(iri, code, fallback=False)
            labels.append(Shown(text, lang=code, dir=direction(code)) if text else None)
        rows.append((link.entity(iri), labels))
    rows.sort(key=lambda row: _sort_key(row[0]))
    return IndexPage(cls, slug, index.label(cls, "en") or shorten(cls), index.label(cls, "fr") or shorten(cls), rows)
