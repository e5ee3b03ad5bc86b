"""The fast path: fetch from the built graph exactly what validating a contribution reads.

Validating a 50-entity contribution must not cost a validation of the whole graph. The
shapes are written so that a node's validation reads (docs in shapes/common.ttl):

1. the node's own triples: the contribution's, plus what the graph already says of the same
   IRI (asserted and inferred);
2. the ``rdf:type`` triples (asserted and inferred) of every IRI those triples refer to,
   for ``sh:class`` (measured in /work/shared/perf-baselines.md: types alone are enough and
   the ontology graph alone is not);
3. for each SPARQL constraint of shapes/cross-entity.ttl, the triples its query reads:
   edition years, the work's years and releases, dates of death, the other editions of a
   festival, and the names, types and ``owl:differentFrom`` of same-named entities.

The results about the contribution's nodes are then the same as those of a validation of
the whole graph plus the contribution (tests/validate/test_equivalence.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg.namespaces import MC, RDF_TYPE
from kg.validate.names import NAME_PROPERTIES, name_key

TYPE = ox.NamedNode(RDF_TYPE)
OWL_DIFFERENT = ox.NamedNode("http://www.w3.org/2002/07/owl#differentFrom")


def _mc(local: str) -> ox.NamedNode:
    return ox.NamedNode(MC + local)


#: What each cross-entity constraint reads about the entities it reaches from a node.
EDITION_FACTS = [_mc("year"), _mc("startDate"), _mc("endDate"), _mc("planned")]
WORK_FACTS = [_mc("year"), _mc("shootingStart")]
RELEASE_FACTS = [_mc("releasedWork"), _mc("releaseDate"), _mc("releaseYear"), _mc("planned")]
PERSON_FACTS = [_mc("deathDate")]
SERIES_EDITION_FACTS = [_mc("editionOf"), _mc("editionNumber"), _mc("year"), _mc("startDate")]
IDENTITY_FACTS = [TYPE, _mc("awardedBy"), _mc("possiblySameAs"), OWL_DIFFERENT, *NAME_PROPERTIES]


def _objects(quads: Iterable[ox.Quad], predicates: set[str]) -> set[ox.NamedNode]:
    return {q.object for q in quads if q.predicate.value in predicates and isinstance(q.object, ox.NamedNode)}


class ContextFetcher:
    """Targeted reads from a built graph (any pyoxigraph store holding it)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def about(self, node: ox.NamedNode, predicates: Iterable[ox.NamedNode] | None = None) -> Iterator[ox.Quad]:
        """Triples with ``node`` as subject, in every graph; all of them or those of ``predicates``."""
        if predicates is None:
            yield from self.store.quads_for_pattern(node, None, None, None)
            return
        for predicate in predicates:
            yield from self.store.quads_for_pattern(node, predicate, None, None)

    def pointing_to(self, node: ox.NamedNode, predicate: ox.NamedNode) -> Iterator[ox.Quad]:
        return self.store.quads_for_pattern(None, predicate, node, None)

    def is_described(self, iri: str, inferred_graph: str) -> bool:
        """Whether some asserted triple (not only an inferred one) has ``iri`` as subject."""
        node = ox.NamedNode(iri)

        def asserted(quads: Iterator[ox.Quad]) -> bool:
            return any(not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == inferred_graph) for q in quads)

        # An asserted rdf:type answers at once; a busy entity has thousands of inferred triples.
        return asserted(self.store.quads_for_pattern(node, TYPE, None, None)) or asserted(
            self.store.quads_for_pattern(node, None, None, None)
        )

    def fetch(self, contribution: list[ox.Quad]) -> list[ox.Quad]:
        """Every context triple the contribution's validation reads (see the module docstring)."""
        subjects = {q.subject for q in contribution if isinstance(q.subject, ox.NamedNode)}
        own = [q for node in subjects for q in self.about(node)]
        combined = contribution + own
        context: list[ox.Quad] = list(own)

        referenced = {q.object for q in combined if isinstance(q.object, ox.NamedNode)} - subjects
        context += [q for node in referenced for q in self.about(node, [TYPE])]

        editions = _objects(combined, {MC + "atEdition"})
        context += [q for node in editions for q in self.about(node, EDITION_FACTS)]

        works = _objects(combined, {MC + "awardedWork", MC + "creditedWork"})
        for work in works:
            context += self.about(work, WORK_FACTS)
            for link in self.pointing_to(work, _mc("releasedWork")):
                context += self.about(link.subject, RELEASE_FACTS)

        people = _objects(combined, {MC + "creditedPerson"})
        context += [q for node in people for q in self.about(node, PERSON_FACTS)]

        for series in _objects(combined, {MC + "editionOf"}):
            for link in self.pointing_to(series, _mc("editionOf")):
                context += self.about(link.subject, SERIES_EDITION_FACTS)
        return context

    def same_named(self, names: set[str], *, exclude: set[ox.NamedNode]) -> list[ox.Quad]:
        """Identity facts of every entity of the graph bearing one of the normalised ``names``."""
        if not names:
            return []
        candidates: set[ox.NamedNode] = set()
        for node, literal in self._named(names):
            if isinstance(node, ox.NamedNode) and node not in exclude and name_key(literal.value) in names:
                candidates.add(node)
        quads: list[ox.Quad] = []
        for node in sorted(candidates, key=lambda n: n.value):
            quads += self.about(node, IDENTITY_FACTS)
            quads += self.pointing_to(node, OWL_DIFFERENT)
        return quads

    def _named(self, names: set[str]) -> Iterator[tuple[ox.NamedNode | ox.BlankNode, ox.Literal]]:
        """(entity, name) pairs of the graph that may have one of the keys ``names``: a superset,
        narrowed inside the store (:func:`subsequence_patterns`) for a contribution-sized set."""
        patterns = subsequence_patterns(names)
        if len(patterns) <= MAX_STORE_PASSES and all(self._compiles(p) for p in patterns):
            for pattern in patterns:
                for row in self.store.query(_may_have_key_query(pattern), use_default_graph_as_union=True):
                    if isinstance(row["name"], ox.Literal):
                        yield row["x"], row["name"]
            return
        for predicate in NAME_PROPERTIES:  # too many names for the store's regular expressions
            for quad in self.store.quads_for_pattern(None, predicate, None, None):
                if isinstance(quad.object, ox.Literal):
                    yield quad.subject, quad.object

    def _compiles(self, pattern: str) -> bool:
        """Whether the store accepts ``pattern``: a regular expression it cannot compile (over its
        size limit) makes REGEX an error, and a FILTER on an error silently keeps nothing."""
        rows = list(self.store.query(f'SELECT ?ok WHERE {{ BIND(REGEX("", "{pattern}") AS ?ok) }}'))
        return bool(rows) and rows[0]["ok"] is not None


#: Longest regular expression sent to the store in one pass (pyoxigraph refuses some over
#: ~20,000 characters, see ContextFetcher._compiles), and most passes over the graph's names:
#: beyond that, one scan in Python is cheaper.
MAX_PATTERN_CHARS = 4_000
MAX_STORE_PASSES = 4

_NOT_KEY_ASCII = re.compile(r"[^a-z0-9]")


def subsequence_patterns(names: set[str]) -> list[str]:
    """Regular expressions matching the ASCII letters and digits of a name whose key
    (:func:`~kg.validate.names.name_key`) may be one of ``names``, at most
    :data:`MAX_PATTERN_CHARS` long each.

    Normalising keeps a name's ASCII letters and digits, lower-cased and in order (it only
    removes other characters or turns them into something), so those of a name with key K form
    a subsequence of K: they match ``k?e?y?``. For an ASCII name they are the whole key.

    >>> subsequence_patterns({"ab1", "zero", "فيلم12"})
    ['^(?:1?2?|a?b?1?|z?e?r?o?)$']
    """
    branches = sorted({"".join(f"{c}?" for c in _NOT_KEY_ASCII.sub("", name)) for name in names})
    groups: list[list[str]] = []
    length = 0
    for branch in branches:
        if not groups or length + len(branch) + 1 > MAX_PATTERN_CHARS:
            groups.append([])
            length = 0
        groups[-1].append(branch)
        length += len(branch) + 1
    return [f"^(?:{'|'.join(group)})$" for group in groups]


def _may_have_key_query(pattern: str) -> str:
    """The (entity, name) pairs of the graph whose ASCII letters and digits match ``pattern``.

    Every name of the graph is still read (the store has no index on normalised names), but
    inside the SPARQL engine: only the few that may match come back to Python, which then
    compares keys.
    """
    branches = " UNION ".join(f"{{ ?x <{p.value}> ?name }}" for p in NAME_PROPERTIES)
    return f"""SELECT ?x ?name WHERE {{
        {branches}
        FILTER(REGEX(LCASE(REPLACE(STR(?name), "[^A-Za-z0-9]+", "")), "{pattern}"))
    }}"""


__all__ = ["ContextFetcher"]
