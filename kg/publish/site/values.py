"""How one RDF term is shown on a page: text, language and direction, and where it links to."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox

from markupsafe import Markup, escape

from kg.namespaces import INFERRED_GRAPH, MC, ONTOLOGY_GRAPH, PREFIXES, RESOURCE, WIKIDATA_ENTITY, shorten
from kg.publish.site.index import NARY_CLASSES, SiteIndex
from kg.publish.snapshot import DEFAULT

XSD_STRING = PREFIXES["xsd"] + "string"


@lru_cache(maxsize=200_000)
def short(iri: str) -> str:
    """``prefix:local`` (cached: the pages ask for the same few thousand IRIs again and again)."""
    return shorten(iri)


#: Languages written right to left (BCP 47 primary subtags met in the data or likely to be).
RTL_LANGUAGES = {"ar", "ary", "arz", "fa", "he", "ur", "ps", "ckb", "yi", "syr", "dv"}


def direction(lang: str | None) -> str | None:
    """``"rtl"`` for a right-to-left language tag, else None.

    >>> direction("ar"), direction("ar-MA"), direction("fr")
    ('rtl', 'rtl', None)
    """
    if not lang:
        return None
    return "rtl" if lang.split("-")[0].lower() in RTL_LANGUAGES else None


@dataclass(frozen=True)
class Shown:
    """A term as the templates show it."""

    text: str
    href: str | None = None
    lang: str | None = None
    dir: str | None = None
    note: str | None = None  # datatype or full IRI, shown small / as a tooltip
    external: bool = False
    inferred: bool = False

    @property
    def html(self) -> Markup:
        """The term as HTML: a link or a span, with its language and direction.

        Kept in the instance's ``__dict__`` (a frozen dataclass still has one; fields, equality
        and hash ignore it): the linker's cache shares one Shown per entity across pages.
        Hashing the seven fields for a global cache cost more than building the HTML, and
        ``functools.cached_property`` takes a lock on every first access (Python 3.11).

        >>> Shown("كزا نكرا", lang="ar", dir="rtl").html
        Markup('<span class="literal" lang="ar" dir="rtl">كزا نكرا</span> <span class="tag">@ar</span>')
        """
        html = self.__dict__.get("_html")
        if html is None:
            html = self.__dict__["_html"] = _html(self)
        return html


def _html(shown: Shown) -> Markup:
    attrs = (f' lang="{shown.lang}"' if shown.lang else "") + (f' dir="{shown.dir}"' if shown.dir else "")
    text = escape(shown.text)
    if shown.href:
        cls = ' class="external"' if shown.external else ""
        title = f' title="{escape(shown.note)}"' if shown.note else ""
        return Markup(f'<a href="{escape(shown.href)}"{cls}{title}><bdi{attrs}>{text}</bdi></a>')
    out = f'<span class="literal"{attrs}>{text}</span>'
    if shown.lang:
        out += f' <span class="tag">@{shown.lang}</span>'
    elif shown.note:
        out += f' <span class="tag">{escape(shown.note)}</span>'
    return Markup(out)


def sources_html(sources: list[Shown]) -> Markup:
    """The source links of one fact, side by side."""
    parts = []
    for s in sources:
        title = f' title="{escape(s.note)}"' if s.note else ""
        if s.href:
            cls = "source inferred" if s.inferred else "source"
            parts.append(f'<a class="{cls}" href="{escape(s.href)}"{title}>{escape(s.text)}</a>')
        else:
            parts.append(f'<span class="source"{title}>{escape(s.text)}</span>')
    return Markup(" ".join(parts))


#: Names of the few non-project properties and classes the pages show, where no label is loaded.
COMMON_LABELS = {
    PREFIXES["rdf"] + "type": "type",
    PREFIXES["rdfs"] + "label": "label",
    PREFIXES["rdfs"] + "comment": "comment",
    PREFIXES["rdfs"] + "seeAlso": "see also",
    PREFIXES["skos"] + "altLabel": "alternative name",
    PREFIXES["skos"] + "prefLabel": "preferred name",
    PREFIXES["skos"] + "note": "note",
    PREFIXES["skos"] + "editorialNote": "editorial note",
    PREFIXES["skos"] + "definition": "definition",
    PREFIXES["skos"] + "inScheme": "in scheme",
    PREFIXES["skos"] + "broader": "broader",
    PREFIXES["skos"] + "exactMatch": "exact match",
    PREFIXES["skos"] + "closeMatch": "close match",
    PREFIXES["owl"] + "sameAs": "same as",
    PREFIXES["dct"] + "title": "title",
    PREFIXES["dct"] + "description": "description",
    PREFIXES["dct"] + "issued": "issued",
    PREFIXES["dct"] + "language": "language",
    PREFIXES["dct"] + "publisher": "publisher",
    PREFIXES["dct"] + "creator": "creator",
    PREFIXES["dct"] + "type": "document type",
    PREFIXES["dct"] + "source": "source (dct)",
    PREFIXES["prov"] + "wasDerivedFrom": "derived from (prov)",
}


class Linker:
    """Turns terms into :class:`Shown` values for pages ``up`` levels below the site root.

    ``up`` is the relative prefix back to the root (``"../../"`` for ``resource/work/x.html``);
    ``here`` is the page's own path, so that links to itself become bare fragments. Shown
    entities are cached per ``up`` in ``cache`` (shared by all pages of a site).
    """

    def __init__(self, index: SiteIndex, up: str, *, here: str = "", ontology_anchors: dict[str, str] | None = None, cache: dict | None = None) -> None:
        self.index = index
        self.up = up
        self.here = here
        self.anchors = ontology_anchors or {}
        self.cache: dict = cache if cache is not None else {}
        self.here_prefix = up + here + "#"  # a link to this page itself starts so

    def href(self, path: str) -> str:
        """A relative link from this page to ``path`` (a file path from the site root)."""
        return self.up + path

    def shared(self, iri: str) -> Shown:
        """``iri`` as every page at this depth shows it (cached), links into this page included."""
        key = (iri, self.up)
        shown = self.cache.get(key)
        if shown is None:
            shown = self.cache[key] = self._entity(iri)
        return shown

    def entity(self, iri: str) -> Shown:
        shown = self.shared(iri)
        if self.here and shown.href and shown.href.startswith(self.here_prefix):
            # a link into this page itself becomes a bare fragment (built directly: dataclasses.replace is slow)
            return Shown(shown.text, shown.href[len(self.here_prefix) - 1:], shown.lang, shown.dir, shown.note, shown.external, shown.inferred)
        return shown

    def _entity(self, iri: str) -> Shown:
        index = self.index
        if iri in COMMON_LABELS:
            return Shown(COMMON_LABELS[iri], iri, "en", note=short(iri), external=True)
        label = index.label(iri, "fr")
        if iri in index.pages:
            label = label or short(iri)
            lang = self._label_lang(iri, label)
            return Shown(label, self.href(index.pages[iri] + ".html"), lang, direction(lang), note=short(iri))
        if iri in index.owner:
            owner = index.owner[iri]
            kind = next((index.label(c, "en") for c in sorted(index.types.get(iri, ())) if c.startswith(MC) and c not in NARY_CLASSES), None)
            if label:
                lang = self._label_lang(iri, label)
                return Shown(label, self.href(index.pages[owner] + ".html#" + index.anchor(iri)), lang, direction(lang), note=short(iri))
            return Shown(label or kind or short(iri), self.href(index.pages[owner] + ".html#" + index.anchor(iri)), note=short(iri))
        if iri.startswith(MC) or iri == MC[:-1]:
            fid = self.anchors.get(iri)
            target = "ontology/en.html" + (f"#{fid}" if fid else "")
            return Shown(index.label(iri, "en") or short(iri), self.href(target), "en", note=short(iri))
        if iri.startswith(WIKIDATA_ENTITY):
            return Shown(f"Wikidata {iri[len(WIKIDATA_ENTITY):]}", iri, external=True, note=iri)
        label = label or short(iri)
        lang = self._label_lang(iri, label)
        if iri.startswith(RESOURCE):
            return Shown(label, None, lang, direction(lang), note=iri)
        return Shown(label, iri, lang, direction(lang), note=iri, external=True)

    def _label_lang(self, iri: str, label: str) -> str | None:
        for values in self.index.names.get(iri, {}).values():
            for lang, text in values.items():
                if text == label:
                    return lang or None
        return None

    def term(self, term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Shown:
        if isinstance(term, ox.Literal):
            lang = term.language
            datatype = None if lang or term.datatype.value == XSD_STRING else short(term.datatype.value)
            return Shown(term.value, None, lang, direction(lang), note=datatype)
        if isinstance(term, ox.BlankNode):
            return Shown("(blank node)")
        return self.entity(term.value)

    def source(self, graph: str) -> Shown:
        """The link to where a fact comes from: its source's page, or the inferred/ontology graph."""
        key = ("source", graph, self.up)
        shown = self.cache.get(key)
        if shown is None:
            shown = self.cache[key] = self._source(graph)
        return shown

    def sources(self, graphs: list[str]) -> Markup:
        """The HTML of the source links of one fact (cached: facts share a few sources)."""
        key = ("sources", tuple(graphs), self.up)
        html = self.cache.get(key)
        if html is None:
            html = self.cache[key] = sources_html([self.source(g) for g in sorted(graphs)])
        return html

    def _source(self, graph: str) -> Shown:
        if graph == INFERRED_GRAPH:
            return Shown("inferred", self.href("graph/inferred.html"), inferred=True, note="derived by kg build (OWL 2 RL and project rules)")
        if graph == ONTOLOGY_GRAPH:
            return Shown("ontology", self.href("graph/ontology.html"), note="the ontology and its vocabularies")
        if graph == DEFAULT:
            return Shown("(no named graph)")
        label = short(graph).split(":", 1)[-1]
        if graph in self.index.pages:
            return Shown(label, self.href(self.index.pages[graph] + ".html"), note=self.index.label(graph, "en"))
        return Shown(label, note=graph)
