"""Writing a :class:`~kg.validate.report.ValidationReport`: text, JSON, Turtle (a standard
``sh:ValidationReport``), GitHub workflow annotations and SARIF 2.1.0.

>>> from kg.validate.report import ValidationReport, ValidationResult
>>> r = ValidationResult("Violation", "work:x", "https://w3id.org/moroccan-cinema/resource/work/x",
...     "Runtime must be > 0.", "sh:MinExclusiveConstraintComponent", path="mc:runtimeMinutes",
...     value="-5", file="data/works/x.trig", line=12)
>>> print(render(ValidationReport([r]), "github").splitlines()[0])
::error file=data/works/x.trig,line=12,title=work%3Ax mc%3AruntimeMinutes::Runtime must be > 0. (value: -5)
"""

from __future__ import annotations

import json

import rdflib
from rdflib.namespace import RDF, SH, XSD

from kg import __version__
from kg.namespaces import PREFIXES
from kg.validate.report import SHAPES_NS, VIOLATION, WARNING, ValidationReport, ValidationResult

FORMATS = ("text", "json", "turtle", "github", "sarif")


def render(report: ValidationReport, output_format: str = "text") -> str:
    """The report in one of :data:`FORMATS`."""
    return {"text": to_text, "json": to_json, "turtle": to_turtle, "github": to_github, "sarif": to_sarif}[output_format](report)


def to_text(report: ValidationReport) -> str:
    """One line per result (``[Violation] file:line focus path: message (value: v)``), then a summary."""
    return "\n".join([str(r) for r in report.results] + [report.summary()])


def to_json(report: ValidationReport) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False)


def _expand(short: str | None) -> rdflib.URIRef | None:
    if not short:
        return None
    if short.startswith("http"):
        return rdflib.URIRef(short)
    prefix, _, local = short.partition(":")
    if prefix == "mcsh":
        return rdflib.URIRef(SHAPES_NS + local)
    return rdflib.URIRef(PREFIXES[prefix] + local) if prefix in PREFIXES else None


def _term(n3: str | None):
    """An N-Triples term back as rdflib's (results keep the value in N-Triples syntax)."""
    if n3 is None:
        return None
    graph = rdflib.Graph().parse(data=f"<urn:s> <urn:p> {n3} .", format="nt")
    return next(iter(graph.objects()))


def to_turtle(report: ValidationReport) -> str:
    """A W3C SHACL ``sh:ValidationReport``; file and line as ``mcsh:file`` / ``mcsh:line``."""
    mcsh = rdflib.Namespace(SHAPES_NS)
    graph = rdflib.Graph()
    for prefix in ("sh", "mc", "xsd", "rdf", "rdfs", "skos"):
        graph.bind(prefix, PREFIXES[prefix])
    graph.bind("mcsh", SHAPES_NS)
    graph.bind("work", PREFIXES["work"])
    graph.bind("person", PREFIXES["person"])
    root = rdflib.BNode("report")
    graph.add((root, RDF.type, SH.ValidationReport))
    graph.add((root, SH.conforms, rdflib.Literal(report.conforms)))
    for i, result in enumerate(report.results):
        node = rdflib.BNode(f"r{i}")
        graph.add((root, SH.result, node))
        graph.add((node, RDF.type, SH.ValidationResult))
        focus = rdflib.BNode(result.focus_iri[2:]) if result.focus_iri.startswith("_:") else rdflib.URIRef(result.focus_iri)
        graph.add((node, SH.focusNode, focus))
        graph.add((node, SH.resultSeverity, SH[result.severity]))
        graph.add((node, SH.resultMessage, rdflib.Literal(result.message)))
        component = _expand(result.constraint)
        if component is not None:
            graph.add((node, SH.sourceConstraintComponent, component))
        if result.path_iri:
            graph.add((node, SH.resultPath, rdflib.URIRef(result.path_iri)))
        value = _term(result.value_term)
        if value is not None:
            graph.add((node, SH.value, value))
        shape = _expand(result.source_shape)
        if shape is not None:
            graph.add((node, SH.sourceShape, shape))
        if result.file:
            graph.add((node, mcsh.file, rdflib.Literal(result.file)))
        if result.line:
            graph.add((node, mcsh.line, rdflib.Literal(result.line, datatype=XSD.integer)))
    return graph.serialize(format="turtle")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(report: ValidationReport) -> str:
    """GitHub Actions workflow commands: ``::error file=…,line=…,title=…::message``."""
    lines = []
    for result in report.results:
        level = {VIOLATION: "error", WARNING: "warning"}.get(result.severity, "notice")
        props = []
        if result.file:
            props.append(f"file={_escape_property(result.file)}")
            if result.line:
                props.append(f"line={result.line}")
        title = result.focus + (f" {result.path}" if result.path else "")
        props.append(f"title={_escape_property(title)}")
        value = f" (value: {result.value})" if result.value is not None else ""
        lines.append(f"::{level} {','.join(props)}::{_escape_data(result.message + value)}")
    lines.append(report.summary())
    return "\n".join(lines)


def _rule_id(result: ValidationResult) -> str:
    return result.source_shape or result.constraint


def to_sarif(report: ValidationReport) -> str:
    """SARIF 2.1.0, one rule per shape (or per check beyond the shapes)."""
    rules: dict[str, dict] = {}
    results = []
    for result in report.results:
        rule_id = _rule_id(result)
        rules.setdefault(rule_id, {
            "id": rule_id,
            "name": rule_id.split(":")[-1],
            "shortDescription": {"text": f"{rule_id} ({result.constraint})"},
            "helpUri": "https://w3id.org/moroccan-cinema/shapes",
        })
        location = {"physicalLocation": {"artifactLocation": {"uri": result.file or "data"}}}
        if result.line:
            location["physicalLocation"]["region"] = {"startLine": result.line}
        value = f" (value: {result.value})" if result.value is not None else ""
        results.append({
            "ruleId": rule_id,
            "ruleIndex": list(rules).index(rule_id),
            "level": {VIOLATION: "error", WARNING: "warning"}.get(result.severity, "note"),
            "message": {"text": f"{result.focus}{' ' + result.path if result.path else ''}: {result.message}{value}"},
            "locations": [location],
            "properties": {
                "focusNode": result.focus_iri,
                "focusLabel": result.focus_label,
                "resultPath": result.path_iri,
                "value": result.value_term,
                "constraintComponent": result.constraint,
            },
        })
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "kg validate",
                "version": __version__,
                "informationUri": "https://w3id.org/moroccan-cinema",
                "rules": list(rules.values()),
            }},
            "results": results,
        }],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False)


__all__ = ["FORMATS", "render", "to_github", "to_json", "to_sarif", "to_text", "to_turtle"]
