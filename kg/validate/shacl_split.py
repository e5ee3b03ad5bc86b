"""One whole-graph pyshacl run split across processes, shape by shape.

Why: pyshacl is single-threaded Python, and validating the whole graph is most of what
``kg publish`` spends at a million triples. A SHACL report is the union, over the shapes that
have targets, of the results about each shape's focus nodes; so every worker validates the
same data graph (inherited through ``fork``, never pickled) against the same shapes graph,
in which only its own share of the targeted shapes keeps its targets. Shapes reached through
``sh:node``, ``sh:or`` or ``sh:not`` work in every worker: they need no target of their own.

The shapes are those pyshacl runs (kg.validate.shacl_hoist: every property shape of a
targeted node shape carries the targets itself), so even the credits, a third of the work,
come as a dozen shapes. They are dealt whole, biggest first, to the worker with the least
work so far; a shape's work is estimated as its focus nodes times its constraints. At 100k
synthetic triples the two workers took 1.9 and 1.7 s. (Dealing every shape's focus nodes as
``sh:targetNode`` lists balanced them exactly, but writing and reading 250k such triples cost
more than the imbalance.)

Small graphs, machines with one core, and shapes graphs with implicit class targets run in
one process, as before.
"""

from __future__ import annotations

import gc
import multiprocessing
from pathlib import Path

import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SH

from kg.cores import worker_count
from kg.validate.shacl import ShaclResult, run_shacl, runnable_shapes_graph
from kg.validate.shacl_hoist import TARGETS

#: Below this many triples a second process costs more than it saves.
MIN_TRIPLES = 100_000
#: What the worker processes read (inherited through fork, never pickled).
_STATE: dict = {}


def targeted_shapes(shapes: rdflib.Graph) -> list[rdflib.term.Node]:
    """Shapes with an explicit target, in a stable order."""
    return sorted({s for t in TARGETS for s in shapes.subjects(t, None)}, key=str)


def has_implicit_targets(shapes: rdflib.Graph) -> bool:
    """True when a shape is also a class (SHACL's implicit class target), which this split
    does not share out."""
    return any(
        (shape, RDF.type, kind) in shapes
        for shape in set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
        for kind in (RDFS.Class, OWL.Class)
    )


def focus_nodes(data: rdflib.Graph, shapes: rdflib.Graph, shape: rdflib.term.Node) -> set[rdflib.term.Node]:
    """The focus nodes of ``shape``'s explicit targets in ``data``, as SHACL defines them (class
    targets include the instances of subclasses, through ``rdfs:subClassOf*`` in the data)."""
    nodes: set[rdflib.term.Node] = set(shapes.objects(shape, SH.targetNode))
    for cls in shapes.objects(shape, SH.targetClass):
        for sub in data.transitive_subjects(RDFS.subClassOf, cls):
            nodes.update(data.subjects(RDF.type, sub))
    for prop in shapes.objects(shape, SH.targetSubjectsOf):
        nodes.update(data.subjects(prop, None))
    for prop in shapes.objects(shape, SH.targetObjectsOf):
        nodes.update(data.objects(None, prop))
    return nodes


#: What a shape says besides its constraints: not counted in its estimated work.
_NOT_CONSTRAINTS = frozenset({SH.path, SH.message, SH.name, SH.description, SH.severity, SH.order, SH.group, RDF.type, *TARGETS})


def estimated_work(data: rdflib.Graph, shapes: rdflib.Graph, shape: rdflib.term.Node, *, counted: dict | None = None) -> int:
    """Focus nodes times constraints: a rough, cheap measure of what validating ``shape`` costs.

    ``counted`` keeps the number of focus nodes per set of targets: the property shapes of one
    node shape share its targets, and counting a million triples' credits once is enough."""
    constraints = sum(1 for p in shapes.predicates(shape, None) if p not in _NOT_CONSTRAINTS)
    targets = frozenset((t, o) for t in TARGETS for o in shapes.objects(shape, t))
    counted = {} if counted is None else counted
    if targets not in counted:
        counted[targets] = len(focus_nodes(data, shapes, shape))
    return counted[targets] * max(1, constraints)


def deal_shapes(data: rdflib.Graph, shapes: rdflib.Graph, workers: int) -> list[list[rdflib.term.Node]]:
    """The targeted shapes dealt to ``workers``: biggest estimated work first, each to the
    worker with the least so far (ties by shape, so the deal is stable).

    >>> data = rdflib.Graph().parse(data="<urn:a1> a <urn:A> . <urn:a2> a <urn:A> . <urn:a3> a <urn:A> . <urn:b> a <urn:B> .", format="turtle")
    >>> shapes = rdflib.Graph().parse(data='''@prefix sh: <http://www.w3.org/ns/shacl#> .
    ... <urn:ex:S1> sh:targetClass <urn:A> . <urn:ex:S2> sh:targetClass <urn:B> . <urn:ex:S3> sh:targetClass <urn:B> .''', format="turtle")
    >>> [[str(s) for s in share] for share in deal_shapes(data, shapes, 2)]
    [['urn:ex:S1'], ['urn:ex:S2', 'urn:ex:S3']]
    """
    counted: dict = {}
    sized = sorted(((estimated_work(data, shapes, s, counted=counted), str(s), s) for s in targeted_shapes(shapes)), key=lambda t: (-t[0], t[1]))
    loads = [0] * workers
    shares: list[list[rdflib.term.Node]] = [[] for _ in range(workers)]
    for work, _key, shape in sized:
        lightest = min(range(workers), key=lambda i: (loads[i], i))
        loads[lightest] += work
        shares[lightest].append(shape)
    return shares


def without_targets(shapes: rdflib.Graph) -> rdflib.Graph:
    """A copy of ``shapes`` with every explicit target left out."""
    copy = rdflib.Graph()
    for triple in shapes:
        if triple[1] not in TARGETS:
            copy.add(triple)
    return copy


def shared_targets(data: rdflib.Graph, shapes: rdflib.Graph, workers: int) -> list[list[tuple]]:
    """For each worker, the target triples of its share of the targeted shapes."""
    return [
        [(shape, target, value) for shape in share for target in TARGETS for value in shapes.objects(shape, target)]
        for share in deal_shapes(data, shapes, workers)
    ]


def _validate_share(index: int) -> list[ShaclResult]:
    state = _STATE
    shapes = rdflib.Graph()
    shapes += state["base"]
    for triple in state["shares"][index]:
        shapes.add(triple)
    return run_shacl(state["data"], lang=state["lang"], shapes=shapes)


def run_shacl_split(
    data: rdflib.Graph,
    *,
    lang: str = "en",
    shapes_dir: Path | None = None,
    workers: int | None = None,
    min_triples: int = MIN_TRIPLES,
) -> list[ShaclResult]:
    """The results of :func:`kg.validate.shacl.run_shacl` with the core shapes, computed by
    ``workers`` processes (default: one per core) when ``data`` has ``min_triples`` or more.

    >>> from kg.validate.graph import to_rdflib, scratch_store     # doctest: +SKIP
    >>> run_shacl_split(to_rdflib(scratch_store(quads)))          # doctest: +SKIP
    []
    """
    shapes = runnable_shapes_graph(shapes_dir)
    workers = worker_count() if workers is None else workers
    if workers < 2 or len(data) < min_triples or has_implicit_targets(shapes):
        return run_shacl(data, lang=lang, shapes_dir=shapes_dir)
    shares = shared_targets(data, shapes, workers)
    _STATE.update(data=data, lang=lang, base=without_targets(shapes), shares=shares)
    # the data graph (millions of objects) moves out of the collector's sight before the fork:
    # a worker's collections would otherwise touch every object and copy its memory page
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(len(shares)) as pool:
            parts = pool.map(_validate_share, range(len(shares)))
    finally:
        gc.unfreeze()
        _STATE.clear()
    return [result for part in parts for result in part]


__all__ = ["MIN_TRIPLES", "deal_shapes", "estimated_work", "focus_nodes", "run_shacl_split", "shared_targets", "targeted_shapes", "without_targets"]
