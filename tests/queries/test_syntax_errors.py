"""Where a malformed query is wrong, and what is wrong there: line, column and problem."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.namespaces import PREFIXES
from kg.query.run import syntax_error


def problem(query: str) -> str:
    """The one-line message ``kg sparql`` prints for ``query`` (project prefixes declared)."""
    try:
        ox.Store().query(query, prefixes=PREFIXES)
    except SyntaxError as err:
        return str(syntax_error(err, text=query, where="query"))
    raise AssertionError(f"{query!r} parsed")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # A triple without its object: the pattern is named where it starts, and how far it went.
        ("SELECT ?x WHERE { ?x mc:title }",
         "query:1:19: SPARQL syntax error: the pattern starting at '?x mc:title }' is incomplete or malformed;"
         " the parser stopped at 1:31, near '}'"),
        ("SELECT ?x WHERE { ?x a mc:Film ; mc:title }",
         "query:1:34: SPARQL syntax error: the pattern starting at 'mc:title }' is incomplete or malformed;"
         " the parser stopped at 1:43, near '}'"),
        # A comment line between the brace and the pattern does not hide where the pattern starts.
        ("SELECT ?x WHERE {\n  # every title\n  ?x mc:title\n}",
         "query:3:3: SPARQL syntax error: the pattern starting at '?x mc:title' is incomplete or malformed;"
         " the parser stopped at 4:1, near '}'"),
        # An unclosed parenthesis runs to the end of the query.
        ("SELECT ?x\nWHERE {\n  ?x mc:title ?t .\n  ?x mc:year ?y\n  FILTER(?y > 2000\n}",
         "query:5:3: SPARQL syntax error: the pattern starting at 'FILTER(?y > 2000' is incomplete or malformed;"
         " the parser reached the end of the query"),
        # A term where none can stand is itself what is wrong.
        ("SELECT ?x WHERE { ?x mc:title ?t ?u }", "query:1:34: SPARQL syntax error: unexpected '?' (near '?u }')"),
        ("SELECT ?x WHERE { ?x a mc:Film ; mc:title ?t , }", "query:1:46: SPARQL syntax error: unexpected ',' (near ', }')"),
        ("SELEC ?x WHERE { ?x mc:title ?t }", "query:1:1: SPARQL syntax error: unexpected 'SELEC'"),
        ("SELECT (COUNT(?x) ?n) WHERE { ?x mc:title ?t }", "query:1:19: SPARQL syntax error: unexpected '?' (near '?n)"),
    ],
)
def test_the_message_names_the_place_and_the_problem(query: str, expected: str) -> None:
    message = problem(query)
    assert message.startswith(expected)
    assert "\n" not in message
