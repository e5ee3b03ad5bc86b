"""Parameter values become validated RDF terms; user text never becomes SPARQL."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

import kg.query
from kg.errors import InputError
from kg.query.catalog import SavedQuery
from kg.query.params import bind, kind_of, to_term

QUERY = SavedQuery.parse(
    "# title: t\n# param: who = person:anas-el-baz (a person)\n# param: name = \"x\" (a name)\n"
    "SELECT ?c WHERE {\n  VALUES ?who { person:anas-el-baz }\n  VALUES ?name { \"x\" }\n"
    "  ?c mc:creditedPerson ?who ; mc:creditedAs ?name }\n",
    name="t",
)


@pytest.mark.parametrize("default,kind", [("person:x", "iri"), ("<http://a>", "iri"), ("2", "integer"),
                                          ("1.5", "decimal"), ("true", "boolean"), ("2008-12-24", "date"),
                                          ('"x"', "string"), (None, "any")])
def test_kind_of_default(default, kind):
    assert kind_of(default) == kind


def test_bare_slug_is_read_in_the_default_namespace():
    assert to_term("omar-lotfi", kind="iri", default="person:anas-el-baz") == ox.NamedNode(
        "https://w3id.org/moroccan-cinema/resource/person/omar-lotfi")


def test_injection_attempt_in_a_string_stays_one_literal():
    hostile = '"} } DELETE WHERE { ?s ?p ?o } #'
    text, terms = bind(QUERY, {"name": hostile})
    assert terms["name"] == ox.Literal(hostile)
    # the query still parses, with exactly the two VALUES blocks and the hostile text escaped inside one literal
    store = ox.Store()
    assert list(store.query(text, prefixes=kg.namespaces.PREFIXES)) == []
    assert text.count("VALUES") == 2 and '\\"} } DELETE' in text


def test_injection_attempt_in_an_iri_is_refused():
    with pytest.raises(InputError, match="not a valid IRI"):
        bind(QUERY, {"who": "<http://x/> } ; DROP ALL ; <http://y/>"})


def test_unknown_prefix_is_refused():
    with pytest.raises(InputError, match="is not an IRI"):
        to_term("nope:thing", kind="iri", default=None)


def test_line_numbers_survive_a_multiline_values_block():
    query = SavedQuery.parse("# title: t\n# param: n = 2 (n)\nSELECT ?n WHERE {\n  VALUES ?n {\n    2\n  }\n}\n", name="t")
    text, _ = bind(query, {"n": "5"})
    assert text.count("\n") == query.text.count("\n")
    assert 'VALUES ?n { "5"^^<http://www.w3.org/2001/XMLSchema#integer> }' in text
