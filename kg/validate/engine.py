"""``kg validate``: check contributed files in the context of the whole graph.

Steps: read the files safely (:mod:`kg.validate.inputs`); choose the graph they are checked
against; fetch from it what the shapes read (:mod:`kg.validate.context`); infer; run
pyshacl and the checks beyond the shapes; keep the results about the contribution's nodes;
locate each in its file.

The graph the contribution is checked against ("context"):

* files inside data/ replace their current version, so the context is an in-memory build
  of data/ *without* them (a built store would still hold the old version);
* otherwise the built store (``kg build``) when it exists, else an in-memory build of data/;
* when the files are the whole of data/ (or ``against_data=False``), there is no context:
  the files are the whole graph and every result is reported.

Nothing is written: the built store is opened read-only, everything else is in memory.
"""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.build import load_graph
from kg.collector import paused
from kg.config import PATHS, default_store_path
from kg.disjointness import disjointness_clashes
from kg.namespaces import INFERRED_GRAPH, PREFIXES, RDFS_LABEL, shorten
from kg.parsing import rdf_files
from kg.store import resolve_store
from kg.validate import beyond
from kg.validate.context import ContextFetcher
from kg.validate.graph import add_name_keys, infer, ontology_quads, scratch_store, subclasses_of, to_rdflib
from kg.validate.inputs import SourceFile, read_files
from kg.validate.locate import Locator, node_key
from kg.validate.names import entity_name_keys
from kg.validate.report import SHAPES_NS, VIOLATION, ValidationReport, ValidationResult, short_iri
from kg.validate.shacl import ShaclResult, core_shapes_graph, read_classes, read_predicates, shapes_graph
from kg.validate.shacl_split import run_shacl_split
from rdflib.namespace import SH
from kg.validate.sparql_constraints import run_sparql_constraints

DISJOINT = SHAPES_NS + "DisjointClassesConstraintComponent"
MC_TITLE = PREFIXES["mc"] + "title"


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


class Context:
    """The graph a contribution is checked against, and how it was obtained."""

    def __init__(self, store: ox.Store | None, description: str) -> None:
        self.store = store
        self.description = description
        self.fetcher = ContextFetcher(store) if store is not None else None


def choose_context(sources: list[SourceFile], *, store_path: Path | None, against_data: bool) -> Context:
    """Pick the graph to validate against (see the module docstring)."""
    if not against_data:
        return Context(None, "nothing else (the files are the whole graph)")
    data_dir = PATHS.data_dir
    replaced = {s.path.resolve() for s in sources if _inside(s.path, data_dir)}
    data_files = [p for p in rdf_files([data_dir])] if data_dir.is_dir() else []
    remaining = [p for p in data_files if p.resolve() not in replaced]
    if not remaining:
        return Context(None, "nothing else (the files are the whole graph)")
    if not replaced:
        path = store_path if store_path is not None else default_store_path()
        if store_path is not None or (path.resolve() / "oxigraph").is_dir():
            target = resolve_store(path)
            return Context(ox.Store.read_only(str(target / "oxigraph")), f"the built graph at {path}")
    store = ox.Store()
    load_graph(store, data_paths=remaining)
    return Context(store, f"data/ built in memory ({len(remaining)} files)")


def build_graph(contribution: list[ox.Quad], context: Context) -> ox.Store:
    """The scratch store to validate: ontology + contribution + fetched context, inferred."""
    if context.fetcher is None:
        store = scratch_store(contribution)
    else:
        store = scratch_store(contribution + context.fetcher.fetch(contribution))
        own = {q.subject for q in contribution if isinstance(q.subject, ox.NamedNode)}
        keys = entity_name_keys(store)
        names = {key.rsplit("|", 1)[-1] for node, ks in keys.items() if node in own for key in ks}
        candidates = context.fetcher.same_named(names, exclude=own)
        if candidates:
            store.extend(candidates)
            infer(store)
    add_name_keys(store)
    return store


def shape_view(store: ox.Store) -> dict:
    """What of ``store`` pyshacl needs (see kg.validate.shacl.read_predicates and read_classes),
    as keyword arguments of :func:`to_rdflib`; the labels of focus nodes are kept for messages."""
    shapes = core_shapes_graph()
    read, classes = read_predicates(shapes), read_classes(shapes)
    if read is None:  # a path that is not a plain IRI: every triple may matter
        return {}
    return {
        "predicates": read | {RDFS_LABEL, MC_TITLE},
        "types": None if classes is None else subclasses_of(store, classes),
    }


class _Labels:
    """Labels of focus nodes, from the validated graph, in the wanted language if possible."""

    def __init__(self, graph: rdflib.Graph, lang: str) -> None:
        self.graph, self.lang = graph, lang

    def __call__(self, node: rdflib.term.Node) -> str | None:
        best = None
        for predicate in (rdflib.URIRef(RDFS_LABEL), rdflib.URIRef(MC_TITLE)):
            for label in self.graph.objects(node, predicate):
                if isinstance(label, rdflib.Literal):
                    if label.language == self.lang:
                        return str(label)
                    best = best or str(label)
            if best:
                return best
        return best


def _short(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, (rdflib.URIRef, ox.NamedNode)):
        return shorten(str(term) if isinstance(term, rdflib.URIRef) else term.value)
    if isinstance(term, (rdflib.BNode, ox.BlankNode)):
        return f"_:{term if isinstance(term, rdflib.BNode) else term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _shorten_iris(message: str) -> str:
    import re

    return re.sub(r"https?://[^\s,;)\]»\"'<>]++(?!<)", lambda m: shorten(m.group().rstrip(".")) + ("." if m.group().endswith(".") else ""), message)


def _key_of(term) -> str:
    if isinstance(term, rdflib.BNode):
        return f"_:{term}"
    return str(term)


def validate(
    paths: list[Path],
    *,
    store_path: Path | None = None,
    strict: bool = False,
    lang: str = "en",
    against_data: bool = True,
    shacl_workers: int | None = None,
) -> ValidationReport:
    """Validate RDF files (or folders of them) in the context of the whole graph.

    ``shacl_workers``: how many processes run pyshacl on a big graph (default: one per core;
    ``kg publish`` asks for one, its cores being busy writing the release).

    Raises :class:`~kg.errors.InputError` (exit 2) when a file cannot be read; returns a
    report whose ``exit_code`` is 0 (conforms) or 1 (violations, or warnings with ``strict``).

    >>> report = validate([Path("data/works/zero.trig")])      # doctest: +SKIP
    >>> report.conforms, report.exit_code                      # doctest: +SKIP
    (True, 0)
    """
    started = time.perf_counter()
    # reading, inferring and copying to rdflib make millions of objects and no reference cycle:
    # without the cyclic collector rescanning them all, about 10% less CPU at 100k triples
    with paused():
        sources = read_files([Path(p) for p in paths])
        contribution = [q for s in sources for q in s.quads]
        context = choose_context(sources, store_path=store_path, against_data=against_data)
        store = build_graph(contribution, context)
        whole = context.fetcher is None

        locator = Locator(sources)
        own_keys = set(locator.defined_in)
        graph = to_rdflib(store, **shape_view(store))
        label_of = _Labels(graph, lang)

    results: list[ValidationResult] = []
    for raw in run_shacl_split(graph, lang=lang, workers=shacl_workers) + run_sparql_constraints(store, lang=lang):
        key = _key_of(raw.focus)
        if key not in own_keys:  # other nodes: the graph's own (or unresolved, reported apart)
            continue
        results.append(_from_shacl(raw, key, locator, label_of))

    findings = beyond.ill_typed_literals(sources)
    defined = {q.subject.value for q in ontology_quads() if isinstance(q.subject, ox.NamedNode)}
    findings += beyond.term_findings(sources, defined=defined)
    described = (lambda iri: context.fetcher.is_described(iri, INFERRED_GRAPH)) if context.fetcher else (lambda iri: False)
    findings += beyond.unresolved_references(sources, is_described=described)
    findings += _disjointness(store, sources, own_keys, whole)
    results += [_from_finding(f, locator, label_of, lang) for f in findings]

    results = sorted(set(results), key=ValidationResult.sort_key)
    return ValidationReport(
        results=results,
        strict=strict,
        files=[s.path.as_posix() for s in sources],
        nodes=len(own_keys),
        context=context.description,
        seconds=round(time.perf_counter() - started, 3),
    )


def _disjointness(store: ox.Store, sources: list[SourceFile], own_keys: set[str], whole: bool) -> list[beyond.Finding]:
    """Entities typed with two disjoint classes, on the contribution's nodes or caused by them.

    A range makes whatever a property points to an instance of the range's class, so a
    contribution that writes ``mc:countryOfOrigin work:casanegra`` makes Casanegra a country
    too: that clash is reported on the contribution's node that wrote it.
    """
    referrers: dict[str, list[tuple[str, str]]] = {}
    for source in sources:
        for quad in source.quads:
            if isinstance(quad.object, ox.NamedNode):
                referrers.setdefault(quad.object.value, []).append((node_key(quad.subject), quad.predicate.value))
    findings = []
    for clash in disjointness_clashes(store):
        a, b = shorten(clash.class_a), shorten(clash.class_b)
        messages = {
            "en": f"{shorten(clash.entity)} would be both {a} and {b}, which the ontology declares disjoint.",
            "fr": f"{shorten(clash.entity)} serait à la fois {a} et {b}, que l'ontologie déclare disjoints.",
            "ar": f"{shorten(clash.entity)} سيكون في آن واحد {a} و{b}، وهما صنفان منفصلان في الأنطولوجيا.",
        }
        if whole or clash.entity in own_keys:
            findings.append(beyond.Finding(VIOLATION, DISJOINT, clash.entity, messages, path=PREFIXES["rdf"] + "type"))
        for subject, predicate in referrers.get(clash.entity, []):
            if subject != clash.entity:
                findings.append(beyond.Finding(
                    VIOLATION, DISJOINT, subject, messages, path=predicate, value=ox.NamedNode(clash.entity)
                ))
    return findings


def shape_name(shape, path) -> str | None:
    """A readable name for a result's shape: its IRI, or ``Parent/path`` for a blank property shape."""
    if shape is None:
        return None
    if isinstance(shape, rdflib.URIRef):
        return short_iri(str(shape))
    shapes = shapes_graph()
    parent = shapes.value(predicate=SH.property, object=shape)
    shape_path = shapes.value(shape, SH.path)
    if isinstance(parent, rdflib.URIRef):
        suffix = shorten(str(shape_path)) if isinstance(shape_path, rdflib.URIRef) else "property"
        return f"{short_iri(str(parent))}/{suffix}"
    return None


def _from_shacl(raw: ShaclResult, key: str, locator: Locator, label_of) -> ValidationResult:
    source, line = locator.locate(key)
    value = raw.value if raw.value != raw.focus else None  # node-level results repeat the focus
    return ValidationResult(
        severity=raw.severity,
        focus=_short(raw.focus) or key,
        focus_iri=key,
        focus_label=label_of(raw.focus),
        message=_shorten_iris(raw.message),
        constraint=short_iri(raw.component),
        path=_short(raw.path) if isinstance(raw.path, rdflib.URIRef) else (raw.path.n3() if raw.path is not None else None),
        path_iri=str(raw.path) if isinstance(raw.path, rdflib.URIRef) else None,
        value=(shorten(str(value)) if isinstance(value, rdflib.URIRef) else str(value)) if value is not None else None,
        value_term=value.n3() if value is not None else None,
        source_shape=shape_name(raw.shape, raw.path),
        file=source.path.as_posix() if source else None,
        line=line,
    )


def _from_finding(finding: beyond.Finding, locator: Locator, label_of, lang: str) -> ValidationResult:
    source, line = locator.locate(finding.focus)
    if finding.source is not None:
        source = finding.source
        file_locator = locator.file_of(source)
        if finding.literal is not None:
            line = file_locator.literal_line(finding.literal) or line
        elif finding.term is not None:
            line = file_locator.mention_line(finding.term) or line
    value = finding.value
    focus_term = rdflib.BNode(finding.focus[2:]) if finding.focus.startswith("_:") else rdflib.URIRef(finding.focus)
    return ValidationResult(
        severity=finding.severity,
        focus=shorten(finding.focus) if not finding.focus.startswith("_:") else finding.focus,
        focus_iri=finding.focus,
        focus_label=label_of(focus_term),
        message=finding.messages.get(lang) or finding.messages["en"],
        constraint=short_iri(finding.constraint),
        path=shorten(finding.path) if finding.path else None,
        path_iri=finding.path,
        value=_short(value),
        value_term=str(value) if value is not None else None,
        source_shape=None,
        file=source.path.as_posix() if source else None,
        line=line,
    )


__all__ = ["Context", "build_graph", "choose_context", "validate"]
