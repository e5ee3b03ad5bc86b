"""Checks beyond the shapes, run on the contribution's own triples before SHACL.

* ill-typed literals (``"2008-13-45"^^xsd:date``): pyoxigraph and rdflib load them without a
  word, so every literal with an XML Schema datatype is checked against the XSD 1.1
  built-in type by ``xmlschema`` (Violation);
* terms of the project's own namespaces (``mc:``, ``role:``, ``genre:`` …) that the ontology
  does not define, with the closest defined term suggested by difflib (Violation);
* classes and properties of other vocabularies that the ontology does not declare, with a
  suggestion when the vocabulary is one rdflib knows and the term is not in it (Warning);
* references to entities (``…/resource/…``) described neither in data/ nor in the
  contribution (Violation).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

from kg.namespaces import MC, PREFIXES, RDF_TYPE, RESOURCE, VOCAB, shorten
from kg.validate.inputs import SourceFile
from kg.validate.locate import node_key
from kg.validate.report import ILL_TYPED, UNDECLARED_TERM, UNDEFINED_TERM, UNRESOLVED, VIOLATION, WARNING

XSD_NS = str(XSD)

#: Terms of other vocabularies the house style uses without the ontology declaring them
#: (docs/data-model.md): core RDF(S)/OWL, SKOS notes and labels, Dublin Core for sources.
HOUSE_STYLE_TERMS = frozenset(
    str(t)
    for t in (
        RDF.type, RDFS.label, RDFS.comment, RDFS.seeAlso, OWL.sameAs, OWL.differentFrom,
        SKOS.note, SKOS.editorialNote, SKOS.altLabel, SKOS.prefLabel,
        DCTERMS.title, DCTERMS.description, DCTERMS.language, DCTERMS.type, DCTERMS.issued,
        DCTERMS.publisher, DCTERMS.creator, DCTERMS.date, DCTERMS.identifier,
    )
)

#: Vocabularies whose full term lists rdflib ships: a term outside them is a typo.
KNOWN_VOCABULARIES = {str(ns): ns for ns in (RDF, RDFS, OWL, SKOS, DCTERMS, FOAF, PROV, SDO)}


@dataclass(frozen=True)
class Finding:
    """A problem in the contribution, before it is located and worded in one language."""

    severity: str
    constraint: str
    focus: str  # node key: IRI or _:id
    messages: dict[str, str]  # lang -> text
    path: str | None = None
    value: ox.NamedNode | ox.Literal | ox.BlankNode | None = None
    source: SourceFile | None = None
    literal: str | None = None  # a literal's lexical form, to find its line
    term: str | None = None  # an IRI, to find the line where it is used


@lru_cache(maxsize=1)
def _xsd_types():
    import xmlschema

    meta = xmlschema.XMLSchema11.meta_schema
    meta.build()
    return meta.types


@lru_cache(maxsize=65536)
def is_well_typed(lexical: str, datatype: str) -> bool:
    """Whether ``lexical`` is in the lexical space of the XSD datatype (unknown types pass).

    >>> is_well_typed("2008-13-45", XSD_NS + "date"), is_well_typed("2008", XSD_NS + "gYear")
    (False, True)
    """
    if not datatype.startswith(XSD_NS):
        return True
    xsd_type = _xsd_types().get(datatype[len(XSD_NS):])
    if xsd_type is None:
        return True
    return bool(xsd_type.is_valid(lexical))


def ill_typed_literals(sources: Iterable[SourceFile]) -> list[Finding]:
    """Every literal whose lexical form is not valid for its XSD datatype."""
    findings = []
    for source in sources:
        for quad in source.quads:
            obj = quad.object
            if isinstance(obj, ox.Literal) and obj.language is None and not is_well_typed(obj.value, obj.datatype.value):
                dt = shorten(obj.datatype.value)
                findings.append(Finding(
                    VIOLATION, ILL_TYPED, node_key(quad.subject),
                    {
                        "en": f'"{obj.value}" is not a valid {dt} value.',
                        "fr": f"« {obj.value} » n'est pas une valeur {dt} valide.",
                        "ar": f"«{obj.value}» ليست قيمة {dt} صالحة.",
                    },
                    path=quad.predicate.value, value=obj, source=source, literal=obj.value,
                ))
    return findings


def _local(iri: str, namespace: str) -> str:
    return iri[len(namespace):]


def _namespace_of(iri: str, namespaces: Iterable[str]) -> str | None:
    best = None
    for ns in namespaces:
        if iri.startswith(ns) and (best is None or len(ns) > len(best)):
            best = ns
    return best


def _suggest(iri: str, candidates: Iterable[str]) -> str | None:
    match = difflib.get_close_matches(iri, list(candidates), n=1, cutoff=0.75)
    return match[0] if match else None


def _project_namespace(iri: str) -> str | None:
    if iri.startswith(MC):
        return MC
    if iri.startswith(VOCAB):
        rest = iri[len(VOCAB):]
        return VOCAB + rest.split("/", 1)[0] + "/" if "/" in rest else VOCAB
    return None


def term_findings(sources: Iterable[SourceFile], *, defined: set[str]) -> list[Finding]:
    """Undefined project terms (Violation) and undeclared terms of other vocabularies (Warning).

    ``defined``: the IRIs the ontology graph describes (subjects of its triples). A term of
    another vocabulary that the ontology only names as a super-class or super-property
    (schema:name above mc:title) is not declared for use in the data: use the mc: term.
    """
    findings: list[Finding] = []
    reported: set[tuple[str, str]] = set()
    fine: set[tuple[str, str]] = set()  # (IRI, position) found unproblematic: a finding never depends on the quad
    for source in sources:
        for quad in source.quads:
            predicate = quad.predicate.value
            positions = [(predicate, "property")]
            if predicate == RDF_TYPE and isinstance(quad.object, ox.NamedNode):
                positions.append((quad.object.value, "class"))
            elif isinstance(quad.object, ox.NamedNode) and _project_namespace(quad.object.value):
                positions.append((quad.object.value, "value"))
            for place in positions:
                if place in fine or (place[0], source.path.as_posix()) in reported:
                    continue
                finding = _term_finding(place[0], place[1], quad, source, defined)
                if finding:
                    reported.add((place[0], source.path.as_posix()))
                    findings.append(finding)
                else:
                    fine.add(place)
    return findings


def _term_finding(iri, position, quad, source, defined) -> Finding | None:
    focus = node_key(quad.subject)
    short = shorten(iri)
    project_ns = _project_namespace(iri)
    if project_ns:
        if iri in defined:
            return None
        same_kind = [d for d in defined if d.startswith(project_ns)]
        if project_ns == MC and position == "class":
            same_kind = [d for d in same_kind if d[len(MC):][:1].isupper()] or same_kind
        elif project_ns == MC:
            same_kind = [d for d in same_kind if d[len(MC):][:1].islower()] or same_kind
        guess = _suggest(iri, same_kind)
        hint_en = f" Did you mean {shorten(guess)}?" if guess else ""
        hint_fr = f" Vouliez-vous dire {shorten(guess)} ?" if guess else ""
        hint_ar = f" هل تقصد {shorten(guess)}؟" if guess else ""
        return Finding(
            VIOLATION, UNDEFINED_TERM, focus,
            {
                "en": f"{short} is not defined by the ontology.{hint_en}",
                "fr": f"{short} n'est pas défini par l'ontologie.{hint_fr}",
                "ar": f"{short} غير معرّف في الأنطولوجيا.{hint_ar}",
            },
            path=quad.predicate.value, value=quad.object if position != "property" else None,
            source=source, term=iri,
        )
    if position == "value" or iri.startswith(RESOURCE) or iri in defined or iri in HOUSE_STYLE_TERMS:
        return None
    vocabulary = _namespace_of(iri, KNOWN_VOCABULARIES)
    hint_en = hint_fr = hint_ar = ""
    if vocabulary is not None:
        namespace = KNOWN_VOCABULARIES[vocabulary]
        terms = [str(term) for term in dir(namespace)]
        if iri not in terms:
            guess = _suggest(iri, terms)
            prefix = next((p for p, ns in PREFIXES.items() if ns == vocabulary), vocabulary)
            what = f"{short} is not a term of {prefix}:"
            hint_en = f" ({what}{'; did you mean ' + shorten(guess) + '?' if guess else ''})"
            hint_fr = f" ({short} n'existe pas dans ce vocabulaire{' ; vouliez-vous dire ' + shorten(guess) + ' ?' if guess else ''})"
            hint_ar = f" ({short} غير موجود في هذا المعجم{'؛ هل تقصد ' + shorten(guess) + '؟' if guess else ''})"
    kind_en = {"class": "class", "property": "property"}[position]
    kind_fr = {"class": "La classe", "property": "La propriété"}[position]
    return Finding(
        WARNING, UNDECLARED_TERM, focus,
        {
            "en": f"The {kind_en} {short} is not declared by the ontology; prefer a term of mc: or the house style.{hint_en}",
            "fr": f"{kind_fr} {short} n'est pas déclarée par l'ontologie ; préférez un terme de mc: ou du style maison.{hint_fr}",
            "ar": f"المصطلح {short} غير مصرّح به في الأنطولوجيا؛ فضّل مصطلحًا من mc: أو من أسلوب المشروع.{hint_ar}",
        },
        path=quad.predicate.value, value=quad.object if position == "class" else None, source=source, term=iri,
    )


def unresolved_references(
    sources: Iterable[SourceFile], *, is_described: Callable[[str], bool]
) -> list[Finding]:
    """Objects in the resource namespace that no file describes (no triple has them as subject)."""
    sources = list(sources)
    described_here = {q.subject.value for s in sources for q in s.quads if isinstance(q.subject, ox.NamedNode)}
    findings = []
    seen: set[tuple[str, str]] = set()
    for source in sources:
        for quad in source.quads:
            obj = quad.object
            if not isinstance(obj, ox.NamedNode) or not obj.value.startswith(RESOURCE) or quad.predicate.value == RDF_TYPE:
                continue
            if obj.value in described_here or (node_key(quad.subject), obj.value) in seen:
                continue
            if is_described(obj.value):
                continue
            seen.add((node_key(quad.subject), obj.value))
            short = shorten(obj.value)
            findings.append(Finding(
                VIOLATION, UNRESOLVED, node_key(quad.subject),
                {
                    "en": f"{short} is described neither in data/ nor in this contribution: add it, or fix the IRI.",
                    "fr": f"{short} n'est décrit ni dans data/ ni dans cette contribution : ajoutez-le, ou corrigez l'IRI.",
                    "ar": f"{short} غير موصوف في data/ ولا في هذه المساهمة: أضفه أو صحّح المعرّف.",
                },
                path=quad.predicate.value, value=obj, source=source, term=obj.value,
            ))
    return findings


__all__ = ["Finding", "ill_typed_literals", "is_well_typed", "term_findings", "unresolved_references"]
