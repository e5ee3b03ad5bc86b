"""The predicates an inference rule reads decide whether a round of inference runs it
(kg.rule_reads): each project rule's ``# reads:`` line must name exactly what its patterns read."""

from __future__ import annotations

import pytest

from kg.config import PATHS
from kg.rule_reads import declared_reads
from tests.rule_algebra import rule_reads

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


def test_every_project_rule_declares_what_it_reads():
    rules = sorted(PATHS.rules_dir.rglob("*.rq"))  # the after-closure rules too (kg build sets aside what they do not read)
    assert rules, "no project rules"
    for path in rules:
        text = path.read_text(encoding="utf-8")
        read = rule_reads(text)
        assert read, f"{path.name}: its patterns may read any predicate, so every round would run it"
        assert declared_reads(text) == read, f"{path.name}: '# reads:' should name {sorted(read)}"


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("# reads: mc:role\n# reads: <http://x/p>\nCONSTRUCT {}", {"https://w3id.org/moroccan-cinema/ontology#role", "http://x/p"}),
        ("PREFIX x: <http://x/>\n# reads: x:p\nCONSTRUCT {}", {"http://x/p"}),
        ("# reads: nope:p\nCONSTRUCT {}", None),  # an unknown prefix: the rule runs every round
        ("# reads:\nCONSTRUCT {}", None),
    ],
)
def test_a_reads_line(text, reads):
    assert declared_reads(text) == (None if reads is None else frozenset(reads))
