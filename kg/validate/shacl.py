"""Running pyshacl with the project's shapes and reading its report back.

Messages: each constraint has ``sh:message`` in en, fr and ar. pyshacl keeps the language
tags of plain messages but drops them when it fills in a SPARQL message's ``{?var}``
placeholders, so a filled-in message is matched back to the template it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyshacl
import rdflib
from rdflib.namespace import SH

from kg.config import PATHS
from kg.validate.shacl_hoist import hoist_targets


@lru_cache(maxsize=4)
def _shapes(shapes_dir: Path) -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in sorted(shapes_dir.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def shapes_graph(shapes_dir: Path | None = None) -> rdflib.Graph:
    """Every shapes/*.ttl file in one graph (parsed once per process)."""
    return _shapes((shapes_dir or PATHS.shapes_dir).resolve())


@lru_cache(maxsize=4)
def _core(shapes_dir: Path) -> rdflib.Graph:
    core = rdflib.Graph()
    full = _shapes(shapes_dir)
    for triple in full:
        if triple[1] != SH.sparql:
            core.add(triple)
    return core


def core_shapes_graph(shapes_dir: Path | None = None) -> rdflib.Graph:
    """The shapes without their sh:sparql constraints, which kg.validate.sparql_constraints runs."""
    return _core((shapes_dir or PATHS.shapes_dir).resolve())


@lru_cache(maxsize=8)
def _hoisted(shapes_dir: Path, include_sparql: bool) -> rdflib.Graph:
    return hoist_targets(_shapes(shapes_dir) if include_sparql else _core(shapes_dir))


def runnable_shapes_graph(shapes_dir: Path | None = None, *, include_sparql: bool = False) -> rdflib.Graph:
    """The shapes as pyshacl runs them: node shapes' targets handed to their property shapes
    (kg.validate.shacl_hoist: same report, about 3.7× faster), with or without sh:sparql."""
    return _hoisted((shapes_dir or PATHS.shapes_dir).resolve(), include_sparql)


#: Where a shape names a predicate it reads (sh:path, property pair constraints, targets).
_READ_BY = (SH.path, SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals, SH.targetSubjectsOf, SH.targetObjectsOf)


def read_predicates(shapes: rdflib.Graph) -> frozenset[str] | None:
    """Every predicate the core shapes can read in the data graph, or None when a path is not a
    plain IRI (sequence, inverse or alternative paths: then every triple may matter).

    Besides the named ones, SHACL core reads ``rdf:type`` and ``rdfs:subClassOf`` (targets and
    ``sh:class``). Triples with any other predicate cannot change a core validation report, so
    the graph handed to pyshacl can leave them out: at 1M synthetic triples that is 40% of them.
    """
    found = {str(rdflib.RDF.type), str(rdflib.RDFS.subClassOf)}
    for predicate in _READ_BY:
        for value in shapes.objects(None, predicate):
            if not isinstance(value, rdflib.URIRef):
                return None
            found.add(str(value))
    return frozenset(found)


def read_classes(shapes: rdflib.Graph) -> frozenset[str] | None:
    """The classes whose ``rdf:type`` triples the core shapes can read (``sh:class`` and
    ``sh:targetClass`` values, shapes that are classes themselves), or None when a shape reads
    ``rdf:type`` as an ordinary property (then every type matters).

    A value conforms to ``sh:class C`` when one of its types is C or a subclass of C, so of
    the type triples only those naming these classes or their subclasses can change a report
    (kg.validate.graph.subclasses_of); the others are the ontology's alignments (prov:Entity,
    schema:Thing …), a quarter of the triples pyshacl would otherwise read.
    """
    if str(rdflib.RDF.type) in {str(v) for p in _READ_BY for v in shapes.objects(None, p)}:
        return None
    found: set[str] = set()
    for predicate in (SH["class"], SH.targetClass):
        for value in shapes.objects(None, predicate):
            if not isinstance(value, rdflib.URIRef):
                return None
            found.add(str(value))
    for kind in (rdflib.RDFS.Class, rdflib.OWL.Class):
        found |= {str(s) for s in shapes.subjects(rdflib.RDF.type, kind) if isinstance(s, rdflib.URIRef)}
    return frozenset(found)


@dataclass(frozen=True)
class ShaclResult:
    """One sh:ValidationResult, as rdflib terms, its message already in the wanted language."""

    focus: rdflib.term.Node
    severity: str
    component: str
    message: str
    path: rdflib.term.Node | None
    value: rdflib.term.Node | None
    shape: rdflib.term.Node | None


def _template_regex(template: str) -> re.Pattern:
    parts = re.split(r"\{[$?][A-Za-z_]\w*\}", template)
    return re.compile("^" + "(.*?)".join(re.escape(p) for p in parts) + "$", re.DOTALL)


@lru_cache(maxsize=4096)
def _compiled(template: str) -> re.Pattern:
    return _template_regex(template)


def pick_message(messages: list[rdflib.Literal], templates: list[rdflib.Literal], lang: str) -> str:
    """The message in ``lang``: a tagged one, or a filled-in one matching the ``lang`` template."""
    for wanted in (lang, "en"):
        for message in messages:
            if message.language == wanted:
                return str(message)
        for template in templates:
            if template.language != wanted:
                continue
            pattern = _compiled(str(template))
            for message in messages:
                if message.language is None and pattern.match(str(message)):
                    return str(message)
    return str(messages[0]) if messages else ""


def run_shacl(
    data: rdflib.Graph,
    *,
    lang: str = "en",
    shapes_dir: Path | None = None,
    include_sparql: bool = False,
    shapes: rdflib.Graph | None = None,
) -> list[ShaclResult]:
    """Validate ``data`` (already inferred) against the core shapes; every result, in ``lang``.

    With ``include_sparql`` pyshacl evaluates the SPARQL constraints too (slow: the tests use
    it as the reference for kg.validate.sparql_constraints). ``shapes`` replaces the shapes
    graph (kg.validate.shacl_split gives each worker its share of the targets).
    """
    if shapes is None:
        shapes = runnable_shapes_graph(shapes_dir, include_sparql=include_sparql)
    _conforms, report, _text = pyshacl.validate(
        data,
        shacl_graph=shapes,
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
        advanced=False,
        inplace=True,
    )
    results = []
    for node in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        messages = list(report.objects(node, SH.resultMessage))
        constraint = report.value(node, SH.sourceConstraint)
        shape = report.value(node, SH.sourceShape)
        templates: list[rdflib.Literal] = []
        for owner in (constraint, shape):
            if owner is not None:
                templates += list(shapes.objects(owner, SH.message)) + list(report.objects(owner, SH.message))
        severity = report.value(node, SH.resultSeverity)
        results.append(ShaclResult(
            focus=report.value(node, SH.focusNode),
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            component=str(report.value(node, SH.sourceConstraintComponent)),
            message=pick_message(messages, templates, lang),
            path=report.value(node, SH.resultPath),
            value=report.value(node, SH.value),
            shape=shape,
        ))
    return results


__all__ = ["ShaclResult", "core_shapes_graph", "pick_message", "read_classes", "read_predicates", "run_shacl", "runnable_shapes_graph", "shapes_graph"]
