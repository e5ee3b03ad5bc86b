"""The project's namespaces and prefixes, declared once for every module and file."""

from __future__ import annotations

BASE = "https://w3id.org/moroccan-cinema/"
ONTOLOGY_IRI = BASE + "ontology"
MC = BASE + "ontology#"
RESOURCE = BASE + "resource/"
VOCAB = BASE + "vocab/"
GRAPH = BASE + "graph/"

#: Named graph holding the ontology and its concept schemes in the built store.
ONTOLOGY_GRAPH = GRAPH + "ontology"
#: Named graph holding every triple derived by ``kg build`` (OWL 2 RL and project rules).
INFERRED_GRAPH = GRAPH + "inferred"

WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"

PREFIXES: dict[str, str] = {
    "mc": MC,
    "work": RESOURCE + "work/",
    "person": RESOURCE + "person/",
    "org": RESOURCE + "org/",
    "place": RESOURCE + "place/",
    "event": RESOURCE + "event/",
    "edition": RESOURCE + "edition/",
    "session": RESOURCE + "session/",
    "prize": RESOURCE + "prize/",
    "char": RESOURCE + "character/",
    "credit": RESOURCE + "credit/",
    "award": RESOURCE + "award/",
    "sel": RESOURCE + "selection/",
    "rel": RESOURCE + "release/",
    "fund": RESOURCE + "funding/",
    "budget": RESOURCE + "budget/",
    "avail": RESOURCE + "availability/",
    "src": RESOURCE + "source/",
    "role": VOCAB + "role/",
    "occ": VOCAB + "occupation/",
    "genre": VOCAB + "genre/",
    "form": VOCAB + "form/",
    "fmt": VOCAB + "format/",
    "relkind": VOCAB + "release-kind/",
    "fundkind": VOCAB + "funding-kind/",
    "selkind": VOCAB + "selection-kind/",
    "lang": "http://lexvo.org/id/iso639-3/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dct": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "sh": "http://www.w3.org/ns/shacl#",
    "wd": WIKIDATA_ENTITY,
}

RDF_TYPE = PREFIXES["rdf"] + "type"
RDFS_LABEL = PREFIXES["rdfs"] + "label"


def sparql_prologue() -> str:
    """The PREFIX lines of every prefix above, for queries written with prefixed names."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def turtle_prologue() -> str:
    """The @prefix lines of every prefix above, for Turtle and TriG files."""
    width = max(len(p) for p in PREFIXES) + 1
    return "".join(f"@prefix {(p + ':').ljust(width)} <{iri}> .\n" for p, iri in PREFIXES.items())


def shorten(iri: str) -> str:
    """Return ``prefix:local`` for an IRI in a known namespace, else the IRI itself.

    >>> shorten("https://w3id.org/moroccan-cinema/resource/work/zero")
    'work:zero'
    """
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            local = iri[len(ns):]
            if local and "/" not in local and "#" not in local:
                best = prefix
    return f"{best}:{iri[len(PREFIXES[best]):]}" if best else iri
