"""The predicates an inference rule reads, so that a round of inference can skip it.

Why: ``kg.inference`` runs its join rules round after round until a round finds nothing new.
A rule can only find something new when a triple it reads was added since it last ran, and
the last round of every build ran each rule once more to find nothing: at 1M synthetic
triples 1.4 s, most of it the credit rule's 112,660 ``FILTER NOT EXISTS`` checks. Knowing
the predicates each rule reads, a round runs only the rules whose predicates the round before
added (the semi-naive idea of Datalog engines, at the level of whole rules).

A project rule (``ontology/rules/``, ``after-closure/`` included) declares them on a
``# reads:`` line, prefixed names or IRIs; ``tests/test_rule_reads.py`` checks each line
against the rule's own patterns, read from rdflib's SPARQL algebra. ``kg build`` also uses
the lines to keep in memory only the inferred triples some rule reads. A declaration, not a
parse at build time: rdflib's parser costs 0.15 s to load, and loaded during a build it raised
a 100k-triple build's peak memory from 280 MB to 430 MB. A rule without the line runs in every
round, and while there is one, ``kg build`` keeps every inferred triple in memory.

>>> sorted(declared_reads('''# reads: mc:role <http://x/p>
... CONSTRUCT { ?a <http://x/q> ?b } WHERE { ?a mc:role ?b ; <http://x/p> ?c }'''))
['http://x/p', 'https://w3id.org/moroccan-cinema/ontology#role']
>>> declared_reads('CONSTRUCT { ?a <http://x/q> ?b } WHERE { ?a ?p ?b }') is None
True
"""

from __future__ import annotations

import re

from kg.namespaces import PREFIXES

_READS = re.compile(r"^#\s*reads:(.*)$", re.M)
_PREFIX = re.compile(r"^\s*PREFIX\s+([\w.-]*):\s*<([^>]*)>", re.M | re.I)


def declared_reads(query: str) -> frozenset[str] | None:
    """The predicates the ``# reads:`` lines of ``query`` name, as IRIs; None when it has none,
    or when a name's prefix is neither declared in the query nor a project prefix."""
    names = [name for line in _READS.findall(query) for name in line.split()]
    if not names:
        return None
    prefixes = {**PREFIXES, **dict(_PREFIX.findall(query))}
    iris = set()
    for name in names:
        if name.startswith("<") and name.endswith(">"):
            iris.add(name[1:-1])
            continue
        prefix, _, local = name.partition(":")
        if prefix not in prefixes or not local:
            return None
        iris.add(prefixes[prefix] + local)
    return frozenset(iris)


__all__ = ["declared_reads"]
