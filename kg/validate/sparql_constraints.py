"""SHACL-SPARQL constraints (shapes/cross-entity.ttl …) evaluated by pyoxigraph.

pyshacl evaluates a SPARQL constraint by re-parsing its query with rdflib for every focus
node: 0.1 s per node, 45 s for the 400 focus nodes of the shipped data alone (measured,
docs/benchmarks.md). Here each constraint's query runs once in pyoxigraph over the graph
being validated, ``$this`` left unbound (in SPARQL ``$this`` and ``?this`` are the same
variable), and the solutions are kept for the shape's focus nodes: the same results as
pre-binding ``$this`` for each focus node, which tests/validate/test_sparql_constraints.py
checks against pyshacl itself. pyshacl still evaluates every core constraint.

Supported: sh:targetClass, sh:targetSubjectsOf, sh:targetObjectsOf, sh:targetNode;
sh:select with ``$this``, ``?path``, ``?value``; sh:message with ``{?var}`` / ``{$this}``
placeholders; sh:severity on the shape; sh:prefixes through sh:declare.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.namespace import RDF, SH

from kg.namespaces import shorten
from kg.validate.graph import to_rdflib_term
from kg.validate.shacl import ShaclResult, shapes_graph

SPARQL_COMPONENT = str(SH.SPARQLConstraintComponent)


@dataclass(frozen=True)
class SparqlConstraint:
    """One sh:sparql constraint of a node shape, ready to run."""

    shape: rdflib.term.Node
    severity: str
    targets: tuple[tuple[str, str], ...]  # (kind, IRI)
    query: str
    messages: tuple[rdflib.Literal, ...]


def _prefixes(shapes: rdflib.Graph, owner: rdflib.term.Node) -> str:
    lines = []
    for declaring in shapes.objects(owner, SH.prefixes):
        for declaration in shapes.objects(declaring, SH.declare):
            prefix = shapes.value(declaration, SH.prefix)
            namespace = shapes.value(declaration, SH.namespace)
            lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(lines) + "\n"


@lru_cache(maxsize=4)
def _constraints(shapes_dir: Path | None) -> tuple[SparqlConstraint, ...]:
    shapes = shapes_graph(shapes_dir)
    found = []
    for shape, constraint in shapes.subject_objects(SH.sparql):
        if shapes.value(constraint, SH.deactivated) == rdflib.Literal(True):
            continue
        targets = []
        for kind in ("targetClass", "targetSubjectsOf", "targetObjectsOf", "targetNode"):
            targets += [(kind, str(t)) for t in shapes.objects(shape, SH[kind])]
        if not targets or any((shape, p, None) in shapes for p in (SH.target, SH.path)):
            raise ValueError(f"{shape}: only node shapes with class, subjects-of, objects-of or node targets are supported")
        severity = shapes.value(shape, SH.severity) or SH.Violation
        query = _prefixes(shapes, constraint) + str(shapes.value(constraint, SH.select))
        found.append(SparqlConstraint(
            shape=shape,
            severity=str(severity).rsplit("#", 1)[-1],
            targets=tuple(sorted(targets)),
            query=query,
            messages=tuple(shapes.objects(constraint, SH.message)),
        ))
    return tuple(sorted(found, key=lambda c: str(c.shape)))


def sparql_constraints(shapes_dir: Path | None = None) -> tuple[SparqlConstraint, ...]:
    """Every SPARQL constraint of the shapes (read once per process)."""
    return _constraints(shapes_dir.resolve() if shapes_dir else None)


def focus_nodes(store: ox.Store, targets: tuple[tuple[str, str], ...]) -> set:
    """The focus nodes of a shape's targets (types are already inferred in ``store``)."""
    nodes: set = set()
    type_ = ox.NamedNode(str(RDF.type))
    for kind, iri in targets:
        term = ox.NamedNode(iri)
        if kind == "targetClass":
            nodes |= {q.subject for q in store.quads_for_pattern(None, type_, term, None)}
        elif kind == "targetSubjectsOf":
            nodes |= {q.subject for q in store.quads_for_pattern(None, term, None, None)}
        elif kind == "targetObjectsOf":
            nodes |= {q.object for q in store.quads_for_pattern(None, term, None, None)}
        else:
            nodes.add(term)
    return nodes


def _display(term) -> str:
    if isinstance(term, ox.NamedNode):
        return shorten(term.value)
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def fill(template: str, row: dict) -> str:
    """A message template with its ``{?var}`` / ``{$var}`` placeholders filled in.

    >>> fill("{?value} died on {?death}", {"value": ox.NamedNode("https://w3id.org/moroccan-cinema/resource/person/x"), "death": ox.Literal("2001")})
    'person:x died on 2001'
    """
    return re.sub(r"\{[$?]([A-Za-z_]\w*)\}", lambda m: _display(row[m.group(1)]) if row.get(m.group(1)) is not None else m.group(), template)


def _message(messages: tuple[rdflib.Literal, ...], lang: str, row: dict) -> str:
    for wanted in (lang, "en", None):
        for message in messages:
            if message.language == wanted:
                return fill(str(message), row)
    return fill(str(messages[0]), row) if messages else "SPARQL constraint not satisfied"


def run_sparql_constraints(store: ox.Store, *, lang: str = "en", shapes_dir: Path | None = None) -> list[ShaclResult]:
    """Every result of every SPARQL constraint on ``store`` (the union of its graphs)."""
    results = []
    for constraint in sparql_constraints(shapes_dir):
        targets = focus_nodes(store, constraint.targets)
        if not targets:
            continue
        solutions = store.query(constraint.query, use_default_graph_as_union=True)
        names = [v.value for v in solutions.variables]
        seen = set()
        for solution in solutions:
            row = {name: solution[name] for name in names}
            focus = row.get("this")
            if focus is None or focus not in targets:
                continue
            value = row.get("value") if row.get("value") is not None else focus
            key = (focus, row.get("path"), value)
            if key in seen:
                continue
            seen.add(key)
            results.append(ShaclResult(
                focus=to_rdflib_term(focus),
                severity=constraint.severity,
                component=SPARQL_COMPONENT,
                message=_message(constraint.messages, lang, row),
                path=to_rdflib_term(row["path"]) if row.get("path") is not None else None,
                value=to_rdflib_term(value),
                shape=constraint.shape,
            ))
    return results


__all__ = ["SparqlConstraint", "fill", "focus_nodes", "run_sparql_constraints", "sparql_constraints"]
