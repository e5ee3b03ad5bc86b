"""The predicates a SPARQL rule's patterns read, from rdflib's algebra: the check behind the
``# reads:`` line each project rule declares (kg.inference reads that line; it does not parse
SPARQL, so ``kg build`` never loads rdflib's parser).

Patterns under ``FILTER NOT EXISTS`` and on the right of ``MINUS`` are not counted: a new
triple there can only remove answers, never add one. A rule that reads a variable predicate,
or a negated property path, may read anything: None.

>>> sorted(rule_reads('''CONSTRUCT { ?x <http://x/r> ?z } WHERE {
...     ?x <http://x/p>/<http://x/q> ?y . ?y ^<http://x/s>|<http://x/t>* ?z .
...     FILTER NOT EXISTS { ?x ?any ?z } }'''))
['http://x/p', 'http://x/q', 'http://x/s', 'http://x/t']
>>> rule_reads('CONSTRUCT { ?x <http://x/r> ?z } WHERE { ?x ?p ?z }') is None
True
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib.paths import NegatedPath, Path
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import URIRef

from kg.namespaces import PREFIXES

#: Algebra and parse-tree keys that hold no pattern the rule reads (the CONSTRUCT template, the
#: variables in scope).
_SKIPPED_KEYS = {"template", "PV", "_vars", "datasetClause"}
#: Parts that negate the patterns inside them.
_NEGATIONS = {"Builtin_NOTEXISTS", "Minus"}


class _ReadsAnything(Exception):
    """The rule reads a variable predicate, or a predicate a negated path leaves open."""


def rule_reads(query: str) -> frozenset[str] | None:
    """The IRIs of the predicates the positive patterns of ``query`` read; None when it may read
    any predicate."""
    try:
        return frozenset(_predicates(prepareQuery(query, initNs=PREFIXES).algebra))
    except _ReadsAnything:
        return None


def constructed(query: str) -> frozenset[str]:
    """The IRIs of the predicates the CONSTRUCT template of ``query`` writes.

    >>> sorted(constructed('CONSTRUCT { ?x a <http://x/C> ; <http://x/r> ?z } WHERE { ?x <http://x/p> ?z }'))
    ['http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'http://x/r']
    """
    return frozenset(str(p) for _s, p, _o in prepareQuery(query, initNs=PREFIXES).algebra.template)


def _predicates(node: object, *, negated: bool = False) -> Iterator[str]:
    """Walk rdflib's algebra (nested dicts, lists and tuples) for the predicates of its patterns."""
    if isinstance(node, dict):
        name = getattr(node, "name", "")
        if name in _NEGATIONS and negated:
            raise _ReadsAnything  # a negation inside a negation reads positively: not worth the care
        # rdflib translates the pattern of a (NOT) EXISTS into an attribute of the same name,
        # leaving the parse tree (with its filters taken out) in the item: read the attribute.
        translated = vars(node)
        for key, value in node.items():
            if key in _SKIPPED_KEYS:
                continue
            value = translated.get(key, value)
            if key == "triples":
                if not negated:
                    for triple in value:
                        yield from _path_predicates(triple[1])
                continue
            inside = negated or name == "Builtin_NOTEXISTS" or (name == "Minus" and key == "p2")
            yield from _predicates(value, negated=inside)
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from _predicates(item, negated=negated)


def _path_predicates(predicate: object) -> Iterator[str]:
    """The IRIs a triple pattern's predicate (an IRI, a variable or a property path) reads."""
    if isinstance(predicate, URIRef):
        yield str(predicate)
    elif isinstance(predicate, Path) and not isinstance(predicate, NegatedPath):
        parts = getattr(predicate, "args", None) or [getattr(predicate, "arg", None) or getattr(predicate, "path", None)]
        for part in parts:
            yield from _path_predicates(part)
    else:
        raise _ReadsAnything


__all__ = ["rule_reads"]
