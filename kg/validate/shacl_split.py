"""One whole-graph pyshacl run split across processes, shape by shape.

Why: pyshacl is single-threaded Python, and validating the whole graph is most of what
``kg publish`` spends at a million triples. A SHACL report is the union, over the shapes that
have targets, of the results about each shape's focus nodes; so every worker validates the
same data graph (inherited through ``fork``, never pickled) against the same shapes, each
shape's targets replaced by an explicit list (``sh:targetNode``) of the worker's share of its
focus nodes. Shapes reached through ``sh:node``, ``sh:or`` or ``sh:not`` work in every worker:
they need no target of their own. Sharing every shape's focus nodes, rather than whole shapes,
keeps the workers even: one shape (credits) is 40% of the work at 100k synthetic triples.

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
from kg.validate.shacl import ShaclResult, core_shapes_graph, run_shacl

#: The ways a shape selects its focus nodes (SHACL §2.1.3).
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
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


def share_out(nodes: set[rdflib.term.Node], workers: int) -> list[list[rdflib.term.Node]]:
    """Deal the nodes, in a stable order, to the workers in turn.

    >>> share_out({rdflib.URIRef("urn:a"), rdflib.URIRef("urn:b"), rdflib.URIRef("urn:c")}, 2)
    [[rdflib.term.URIRef('urn:a'), rdflib.term.URIRef('urn:c')], [rdflib.term.URIRef('urn:b')]]
    """
    ordered = sorted(nodes, key=lambda n: (type(n).__name__, str(n)))
    return [ordered[i::workers] for i in range(workers)]


def without_targets(shapes: rdflib.Graph) -> rdflib.Graph:
    """A copy of ``shapes`` with every explicit target left out."""
    copy = rdflib.Graph()
    for triple in shapes:
        if triple[1] not in TARGETS:
            copy.add(triple)
    return copy


def shared_targets(data: rdflib.Graph, shapes: rdflib.Graph, workers: int) -> list[list[tuple]]:
    """For each worker, the ``(shape, sh:targetNode, node)`` triples of its share of every
    shape's focus nodes (so each worker gets about the same share of each shape's work)."""
    shares: list[list[tuple]] = [[] for _ in range(workers)]
    for shape in targeted_shapes(shapes):
        for share, nodes in zip(shares, share_out(focus_nodes(data, shapes, shape), workers)):
            share.extend((shape, SH.targetNode, node) for node in nodes)
    return shares


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
    shapes = core_shapes_graph(shapes_dir)
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


__all__ = ["MIN_TRIPLES", "focus_nodes", "run_shacl_split", "share_out", "shared_targets", "targeted_shapes", "without_targets"]
