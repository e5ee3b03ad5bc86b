"""How one RDF term is shown on a page: text, language and direction, and where it links to."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

import pyoxigraph as ox

from kg.namespaces import INFERRED_GRAPH, MC, ONTOLOGY_GRAPH, PREFIXES, RESOURCE, WIKIDATA_ENTITY, shorten
from kg.publish.site.index import SiteIndex, page_path
from kg.publish.snapshot import DEFAULT

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
    """Turns terms into :class:`Shown` values for a page at ``here`` (a path in the site)."""

    def __init__(self, index: SiteIndex, here: str, *, ontology_anchors: dict[str, str] | None = None) -> None:
        self.index = index
        self.base = posixpath.dirname(here)
        self.anchors = ontology_anchors or {}

    def href(self, path: str) -> str:
        """A relative link from this page to ``path`` (a file path in the site)."""
        return posixpath.relpath(path, self.base or ".")

    def entity(self, iri: str, *, lang: str = "fr") -> Shown:
        label = self.index.label(iri, lang) or shorten(iri)
        label_lang = self._label_lang(iri, label)
        if self.index.has_page(iri):
            return Shown(label, self.href(page_path(iri) + ".html"), label_lang, direction(label_lang), note=shorten(iri))
        if iri in COMMON_LABELS:
            return Shown(COMMON_LABELS[iri], iri, "en", note=shorten(iri), external=True)
        if iri.startswith(MC) or iri == MC[:-1]:
            fid = self.anchors.get(iri)
            target = "ontology/en.html" + (f"#{fid}" if fid else "")
            return Shown(self.index.label(iri, "en") or shorten(iri), self.href(target), "en", note=shorten(iri))
        if iri.startswith(WIKIDATA_ENTITY):
            return Shown(f"Wikidata {iri[len(WIKIDATA_ENTITY):]}", iri, external=True, note=iri)
        if iri.startswith(RESOURCE):
            return Shown(label, None, label_lang, direction(label_lang), note=iri)
        return Shown(label if label != iri else shorten(iri), iri, label_lang, direction(label_lang), note=iri, external=True)

    def _label_lang(self, iri: str, label: str) -> str | None:
        for values in self.index.names.get(iri, {}).values():
            for lang, text in values.items():
                if text == label:
                    return lang or None
        return None

    def term(self, term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Shown:
        if isinstance(term, ox.Literal):
            lang = term.language
            datatype = None if lang or term.datatype.value == PREFIXES["xsd"] + "string" else shorten(term.datatype.value)
            return Shown(term.value, None, lang, direction(lang), note=datatype)
        if isinstance(term, ox.BlankNode):
            return Shown("(blank node)")
        return self.entity(term.value)

    def source(self, graph: str) -> Shown:
        """The link to where a fact comes from: its source's page, or the inferred/ontology graph."""
        if graph == INFERRED_GRAPH:
            return Shown("inferred", self.href("graph/inferred.html"), inferred=True, note="derived by kg build (OWL 2 RL and project rules)")
        if graph == ONTOLOGY_GRAPH:
            return Shown("ontology", self.href("graph/ontology.html"), note="the ontology and its vocabularies")
        if graph == DEFAULT:
            return Shown("(no named graph)")
        path = page_path(graph)
        label = shorten(graph).split(":", 1)[-1]
        if path and self.index.has_page(graph):
            return Shown(label, self.href(path + ".html"), note=self.index.label(graph, "en"))
        return Shown(label, note=graph)
