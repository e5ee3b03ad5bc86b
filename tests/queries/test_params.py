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


def test_values_from_python_are_read_as_their_text():
    query = SavedQuery.parse("# title: t\n# param: n = 2 (n)\n# param: who = person:x (w)\n"
                             "SELECT * WHERE { VALUES ?n { 2 } VALUES ?who { person:x } }\n", name="t")
    _, terms = bind(query, {"n": 3, "who": ox.NamedNode("http://x/a")})
    assert terms == {"n": ox.Literal("3", datatype=ox.NamedNode(kg.query.params.XSD + "integer")),
                     "who": ox.NamedNode("http://x/a")}
    with pytest.raises(InputError, match="parameter 'n': a list is not a value"):
        bind(query, {"n": [3]})


def test_a_minimum_refuses_smaller_integers_and_names_the_header_line():
    text = "# title: t\n# param: n = 2 (pairs sharing n works)\n# minimum: n = 2\nSELECT * WHERE { VALUES ?n { 2 } }\n"
    query = SavedQuery.parse(text, name="t")
    assert query.param("n").minimum == 2
    assert bind(query, {"n": "2"})[1]["n"].value == "2"
    with pytest.raises(InputError, match=r"parameter 'n': 1 is below its least value, 2 \(pairs sharing n works\)"):
        bind(query, {"n": "1"})
    with pytest.raises(InputError, match="t:3: minimum for 'm', which is not a parameter"):
        SavedQuery.parse(text.replace("minimum: n", "minimum: m"), name="t")
    with pytest.raises(InputError, match="t:3: malformed minimum 'n = two'"):
        SavedQuery.parse(text.replace("minimum: n = 2", "minimum: n = two"), name="t")
