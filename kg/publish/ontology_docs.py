"""The ontology in a release: its Turtle files, RDF/XML, and HTML documentation in French and English.

The HTML is made by pyLODE (OntPub profile). pyLODE has no language option: it shows every
label and definition it finds, in all languages at once, with English headings. So each
language gets its own copy of the ontology holding only the literals in that language
(English where a term has none in French), and for French the headings pyLODE writes
("Classes", "Sub Class Of" …) are translated with the table below. pyLODE runs offline: its
background vocabularies ship inside the package.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.publish import rdfio
from kg.publish.dumps import Download
from kg.publish.snapshot import DEFAULT, take_snapshot

LANGUAGES = ("en", "fr")

#: pyLODE's fixed English words and their French.
FRENCH_HEADINGS = {
    "Metadata": "Métadonnées",
    "Classes": "Classes",
    "Object Properties": "Propriétés d'objet",
    "Datatype Properties": "Propriétés de données",
    "Annotation Properties": "Propriétés d'annotation",
    "Functional Properties": "Propriétés fonctionnelles",
    "Properties": "Propriétés",
    "Namespaces": "Espaces de noms",
    "Legend": "Légende",
    "Table of Contents": "Table des matières",
    "Creator": "Auteur",
    "Date Created": "Date de création",
    "Description": "Description",
    "Domain": "Domaine",
    "Range": "Codomaine",
    "In Domain Of": "Domaine de",
    "In Range Of": "Codomaine de",
    "License": "Licence",
    "Preferred Namespace Prefix": "Préfixe préféré",
    "Preferred Namespace Uri": "Espace de noms préféré",
    "Sub Class Of": "Sous-classe de",
    "Sub Property Of": "Sous-propriété de",
    "Super Class Of": "Super-classe de",
    "Super Property Of": "Super-propriété de",
    "Title": "Titre",
    "Version Info": "Version",
    "Version Iri": "IRI de version",
    "Inverse Of": "Inverse de",
    "Equivalent Class": "Classe équivalente",
    "Disjoint With": "Disjointe de",
    "Restriction": "Restriction",
    "Has Property Chain": "Chaîne de propriétés",
    "Example": "Exemple",
    "Source": "Source",
    "See Also": "Voir aussi",
}


@dataclass
class OntologyDocs:
    """What was published for the ontology, and the HTML anchor of each term per language."""

    downloads: list[Download]
    anchors: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> IRI -> fragment id

    def link(self, iri: str, lang: str) -> str | None:
        """``ontology/<lang>.html#fragment`` for a documented term, relative to the release root."""
        fid = self.anchors.get(lang, {}).get(iri)
        return f"ontology/{lang}.html#{fid}" if fid else None


def monolingual(graph: rdflib.Graph, lang: str, *, fallback: str = "en") -> rdflib.Graph:
    """A copy of ``graph`` keeping, for each subject and predicate, the literals in ``lang``.

    Literals without a language are kept; where a subject has none in ``lang`` for a
    predicate, those in ``fallback`` are kept instead (or, failing that, one language).
    """
    out = rdflib.Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns, override=True)
    tagged: dict[tuple, set[str]] = {}
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal) and o.language:
            tagged.setdefault((s, p), set()).add(o.language)
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal) and o.language:
            have = tagged[(s, p)]
            wanted = lang if lang in have else fallback if fallback in have else min(have)
            if o.language != wanted:
                continue
        out.add((s, p, o))
    return out


def _translate(html: str, lang: str) -> str:
    html = html.replace("<html>", f'<html lang="{lang}">', 1)
    if lang != "fr":
        return html
    pattern = re.compile(r">(\s*)(" + "|".join(re.escape(k) for k in sorted(FRENCH_HEADINGS, key=len, reverse=True)) + r")(\s*)<")
    return pattern.sub(lambda m: f">{m.group(1)}{FRENCH_HEADINGS[m.group(2)]}{m.group(3)}<", html)


def _import_pylode():
    """Import pyLODE without letting it configure logging for the whole process.

    One of its modules calls ``logging.basicConfig(level=DEBUG)`` on import, which would
    print its debug lines under every ``kg`` command; ``basicConfig`` does nothing while the
    root logger has a handler, so one is held there during the import.
    """
    root = logging.getLogger()
    guard = logging.NullHandler()
    root.addHandler(guard)
    try:
        from pylode import OntPub
    finally:
        root.removeHandler(guard)
    return OntPub


def ontology_html(path: Path, lang: str) -> tuple[str, dict[str, str]]:
    """pyLODE's documentation of the ontology file ``path`` in ``lang``, and its anchors."""
    html, anchors = _ontology_html(path.read_bytes(), lang)
    return html, dict(anchors)


@lru_cache(maxsize=4)
def _ontology_html(turtle: bytes, lang: str) -> tuple[str, dict[str, str]]:
    """The same ontology text gives the same HTML: made once per process (tests publish often)."""
    OntPub = _import_pylode()
    graph = rdflib.Graph()
    graph.parse(data=turtle.decode("utf-8"), format="turtle")
    doc = OntPub(monolingual(graph, lang), sort_subjects=True)
    html = doc.make_html()
    return _translate(html, lang), dict(doc.fids)


def canonical_rdf_xml(path: Path, prefixes: dict[str, str]) -> bytes:
    """RDF/XML of a Turtle file, triples sorted and blank nodes labelled stably."""
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    lines = take_snapshot(store).graphs.get(DEFAULT, [])
    return rdfio.rdf_xml(rdfio.parse_lines(lines), prefixes)


def write_ontology(release: Path, *, ontology_dir: Path, prefixes: dict[str, str]) -> OntologyDocs:
    """Copy the ontology's Turtle files, add RDF/XML, and the pyLODE HTML in French and English."""
    folder = release / "ontology"
    folder.mkdir(parents=True, exist_ok=True)
    downloads: list[Download] = []
    docs = OntologyDocs(downloads)
    for ttl in sorted(ontology_dir.glob("*.ttl")):
        (folder / ttl.name).write_bytes(ttl.read_bytes())
        rdf = folder / (ttl.stem + ".rdf")
        rdf.write_bytes(canonical_rdf_xml(ttl, prefixes))
        downloads.append(Download(f"ontology/{ttl.name}", "text/turtle", f"Ontology file {ttl.name} (Turtle)", f"Fichier d'ontologie {ttl.name} (Turtle)", "ontology"))
        downloads.append(Download(f"ontology/{rdf.name}", "application/rdf+xml", f"Ontology file {ttl.name} (RDF/XML)", f"Fichier d'ontologie {ttl.name} (RDF/XML)", "ontology"))
    main = ontology_dir / "moroccan-cinema.ttl"
    if main.exists():
        for lang in LANGUAGES:
            html, anchors = ontology_html(main, lang)
            (folder / f"{lang}.html").write_text(html, encoding="utf-8")
            docs.anchors[lang] = anchors
            downloads.append(Download(f"ontology/{lang}.html", "text/html", f"Ontology documentation ({lang})", f"Documentation de l'ontologie ({lang})", "ontology-doc"))
    return docs
