"""kg.namespaces.shorten finds an IRI's namespace by one lookup; it must give what trying every
namespace gives (shorten_by_scan), on every IRI of the real graph and on the awkward cases."""

from __future__ import annotations

import pyoxigraph as ox

import kg
from kg.namespaces import PREFIXES, shorten, shorten_by_scan


def test_the_lookup_shortens_as_the_scan_does(built_store: kg.GraphStore):
    iris = {
        term.value
        for quad in built_store.store
        for term in (quad.subject, quad.predicate, quad.object, quad.graph_name)
        if isinstance(term, ox.NamedNode)
    }
    for ns in PREFIXES.values():  # a namespace itself, a local part with "/" or "#", a bare "local"
        iris |= {ns, ns + "a", ns + "a/b", ns + "a#b", ns + "a/", ns + "#", ns[:-1]}
    iris |= {"http://example.org/a", "urn:isbn:123", "noseparator", ""}
    assert len(iris) > 1000
    assert [shorten(i) for i in sorted(iris)] == [shorten_by_scan(i) for i in sorted(iris)]
    assert shorten("https://w3id.org/moroccan-cinema/resource/work/casanegra") == "work:casanegra"
