"""The graph pyshacl validates: ontology + contribution (+ context), inferred as ``kg build`` does,
copied into rdflib.

pyshacl must run on an rdflib graph: on a pyoxigraph-backed one, plain literals come back
typed ``xsd:string`` and fail ``sh:in`` (/work/shared/perf-baselines.md). All named graphs
are merged into one rdflib Graph, since SHACL validates one graph and queries in this
project see the union.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.build import ontology_files
from kg.config import PATHS
from kg.inference import materialise
from kg.namespaces import ONTOLOGY_GRAPH, PREFIXES, RDF_TYPE
from kg.parsing import load_file
from kg.validate.names import NAME_KEY, entity_name_keys

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDFS_SUBCLASS = PREFIXES["rdfs"] + "subClassOf"


@lru_cache(maxsize=4)
def _ontology_quads(ontology_dir: Path) -> tuple[ox.Quad, ...]:
    store = ox.Store()
    for path in ontology_files(ontology_dir):
        load_file(store, path, graph=ox.NamedNode(ONTOLOGY_GRAPH))
    return tuple(store)


def ontology_quads(ontology_dir: Path | None = None) -> tuple[ox.Quad, ...]:
    """The ontology and vocabularies, in the ontology graph (parsed once per process)."""
    return _ontology_quads((ontology_dir or PATHS.ontology_dir).resolve())


def scratch_store(quads: Iterable[ox.Quad], *, ontology_dir: Path | None = None) -> ox.Store:
    """An in-memory store with the ontology and ``quads``, inferred like ``kg build``."""
    store = ox.Store()
    store.extend(ontology_quads(ontology_dir))
    store.extend(quads)
    infer(store)
    return store


def infer(store: ox.Store) -> int:
    """Apply the same OWL 2 RL and project rules as ``kg build``."""
    return materialise(store, rules_dir=PATHS.rules_dir)


@contextmanager
def _quiet_rdflib():
    """rdflib logs a traceback for each ill-typed literal it converts; those are reported by
    kg.validate.beyond instead."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def to_rdflib_term(term):
    """One pyoxigraph term as rdflib's (plain xsd:string literals stay plain)."""
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype.value == XSD_STRING:
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    raise TypeError(f"unsupported term {term!r}")


def to_rdflib(store: ox.Store, *, predicates: Iterable[str] | None = None, types: Iterable[str] | None = None) -> rdflib.Graph:
    """Every triple of every graph of ``store``, in one rdflib Graph; only those with one of
    ``predicates`` when given (what the shapes read: kg.validate.shacl.read_predicates), and
    then of the ``rdf:type`` triples only those naming one of ``types`` when given."""
    graph = rdflib.Graph()
    add = graph.add
    cache: dict = {}

    def convert(term):
        found = cache.get(term)
        if found is None:
            found = cache[term] = to_rdflib_term(term)
        return found

    def selected():
        if predicates is None:
            yield from store
            return
        for predicate in sorted(predicates):
            if predicate == RDF_TYPE and types is not None:
                for cls in sorted(types):
                    yield from store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(cls))
            else:
                yield from store.quads_for_pattern(None, ox.NamedNode(predicate), None)

    with _quiet_rdflib():
        for quad in selected():
            if isinstance(quad.subject, ox.Triple) or isinstance(quad.object, ox.Triple):
                continue  # RDF-star quoted triples are not part of the model
            add((convert(quad.subject), convert(quad.predicate), convert(quad.object)))
    return graph


def subclasses_of(store: ox.Store, classes: Iterable[str]) -> set[str]:
    """``classes`` and every class that is a subclass of one of them (``rdfs:subClassOf*``, in
    any graph of ``store``: what pyshacl follows for ``sh:class`` and class targets)."""
    wanted = sorted(classes)
    if not wanted:
        return set()
    values = " ".join(f"<{c}>" for c in wanted)
    query = f"SELECT DISTINCT ?x WHERE {{ VALUES ?k {{ {values} }} ?x <{RDFS_SUBCLASS}>* ?k }}"
    return {row["x"].value for row in store.query(query, use_default_graph_as_union=True) if isinstance(row["x"], ox.NamedNode)}


def add_name_keys(store: ox.Store) -> None:
    """Add the ``mcsh:nameKey`` helper triples the duplicate check compares (kg.validate.names)."""
    predicate = ox.NamedNode(NAME_KEY)
    store.extend(
        ox.Quad(node, predicate, ox.Literal(key))
        for node, keys in entity_name_keys(store).items()
        for key in sorted(keys)
    )


__all__ = ["add_name_keys", "infer", "ontology_quads", "scratch_store", "subclasses_of", "to_rdflib", "to_rdflib_term"]
