"""kg.rule_reads: the predicates an inference rule reads decide whether a round runs it."""

from __future__ import annotations

import pytest

from kg.config import PATHS
from kg.rule_reads import rule_reads

RULE = "CONSTRUCT {{ ?x <http://x/r> ?z }} WHERE {{ {} }}"


@pytest.mark.parametrize(
    ("where", "reads"),
    [
        ("?x <http://x/p> ?y . ?y <http://x/q> ?z", {"p", "q"}),
        ("?x <http://x/p>/<http://x/q> ?y . ?y ^<http://x/s>|<http://x/t>* ?z", {"p", "q", "s", "t"}),
        # A negated pattern only removes answers: not counted, whatever it reads.
        ("?x <http://x/p> ?z FILTER NOT EXISTS { ?x ?any ?z }", {"p"}),
        ("?x <http://x/p> ?z MINUS { ?x <http://x/q> ?z }", {"p"}),
        # EXISTS and OPTIONAL add answers: counted, every predicate of a property list.
        ("?x <http://x/p> ?z FILTER EXISTS { ?x <http://x/q> ?z ; <http://x/q2> ?w }", {"p", "q", "q2"}),
        ("?x <http://x/p> ?z OPTIONAL { ?z <http://x/q> [ <http://x/b> ?y ] }", {"p", "q", "b"}),
        ("{ SELECT ?x (COUNT(*) AS ?z) WHERE { ?x <http://x/p> ?y } GROUP BY ?x } GRAPH ?g { ?x <http://x/k> ?y }",
         {"p", "k"}),
        # May read anything.
        ("?x ?p ?z", None),
        ("?x !<http://x/p> ?z", None),
        ("?x <http://x/p> ?z FILTER EXISTS { ?x ?p ?z }", None),
        ("?x <http://x/p> ?z FILTER NOT EXISTS { ?x <http://x/q> ?z FILTER NOT EXISTS { ?z <http://x/w> ?x } }", None),
    ],
)
def test_the_predicates_a_rule_reads(where, reads):
    expected = None if reads is None else {f"http://x/{name}" for name in reads}
    found = rule_reads(RULE.format(where))
    assert (None if found is None else set(found)) == expected


def test_the_project_rules_read_named_predicates():
    for path in sorted(PATHS.rules_dir.rglob("*.rq")):
        reads = rule_reads(path.read_text(encoding="utf-8"))
        assert reads, f"{path.name}: reads any predicate, so every round would run it"
