"""Which predicates an inference rule (a SPARQL CONSTRUCT) reads, so a round can skip it.

Why: ``kg.inference`` runs its join rules round after round until a round finds nothing new.
A rule can only find something new when a triple it could read was added since it last ran;
the last round of every build ran each rule once more to find nothing (at 1M synthetic
triples 1.4 s, most of it the credit rule's 112,660 ``FILTER NOT EXISTS`` checks). Reading
the predicates of each rule's patterns lets a round run only the rules whose predicates the
previous round added: the usual Datalog semi-naive idea, at the level of whole rules.

Patterns under ``FILTER NOT EXISTS`` and on the right of ``MINUS`` are not counted: a new
triple there can only remove answers, never add one (the rules use them to skip known
triples, ``FILTER NOT EXISTS { ?work ?property ?agent }``). A rule that reads a variable
predicate, or a negated property path, may read anything: None.

>>> sorted(rule_reads('''CONSTRUCT { ?x <http://x/r> ?z } WHERE {
...     ?x <http://x/p>/<http://x/q> ?y . ?y ^<http://x/s>|<http://x/t>* ?z .
...     FILTER NOT EXISTS { ?x ?any ?z } }'''))
['http://x/p', 'http://x/q', 'http://x/s', 'http://x/t']
>>> rule_reads('CONSTRUCT { ?x <http://x/r> ?z } WHERE { ?x ?p ?z }') is None
True
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

#: Algebra and parse-tree keys that hold no pattern the rule reads (the CONSTRUCT template, the
#: variables in scope).
_SKIPPED_KEYS = {"template", "PV", "_vars", "datasetClause"}
#: Parts that negate the patterns inside them.
_NEGATIONS = {"Builtin_NOTEXISTS", "Minus"}


class _ReadsAnything(Exception):
    """The rule reads a variable predicate, or a predicate a negated path leaves open."""


@lru_cache(maxsize=256)
def rule_reads(query: str) -> frozenset[str] | None:
    """The IRIs of the predicates the positive patterns of ``query`` read; None when it may read
    any predicate."""
    from rdflib.plugins.sparql import prepareQuery  # rdflib's parser; most callers loaded it already

    from kg.namespaces import PREFIXES

    algebra = prepareQuery(query, initNs=PREFIXES).algebra
    try:
        return frozenset(_predicates(algebra))
    except _ReadsAnything:
        return None


def _predicates(node: object, *, negated: bool = False) -> Iterator[str]:
    """Walk rdflib's algebra (nested dicts, lists and tuples) for the predicates of its patterns."""
    from rdflib.paths import Path
    from rdflib.term import URIRef

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
                        yield from _path_predicates(triple[1], Path, URIRef)
                continue
            inside = negated or name == "Builtin_NOTEXISTS" or (name == "Minus" and key == "p2")
            yield from _predicates(value, negated=inside)
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from _predicates(item, negated=negated)


def _path_predicates(predicate: object, path_type: type, iri_type: type) -> Iterator[str]:
    """The IRIs a triple pattern's predicate (an IRI, a variable or a property path) reads."""
    if isinstance(predicate, iri_type):
        yield str(predicate)
    elif isinstance(predicate, path_type) and type(predicate).__name__ != "NegatedPath":
        parts = getattr(predicate, "args", None) or [getattr(predicate, "arg", None) or getattr(predicate, "path", None)]
        for part in parts:
            yield from _path_predicates(part, path_type, iri_type)
    else:
        raise _ReadsAnything


__all__ = ["rule_reads"]
