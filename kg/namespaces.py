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


#: Each namespace's prefix (the first in PREFIXES where two share a namespace).
_PREFIX_OF: dict[str, str] = {}
for _prefix, _namespace in PREFIXES.items():
    _PREFIX_OF.setdefault(_namespace, _prefix)
#: Every namespace ends with "/" or "#": the namespace of a shortenable IRI is then the IRI up
#: to its last "/" or "#", found by one lookup instead of a scan of every namespace (the static
#: site shortens a few hundred thousand IRIs at 1M triples).
_BY_LAST_SEPARATOR = "" not in PREFIXES and all(ns.endswith(("/", "#")) for ns in PREFIXES.values())


def shorten(iri: str) -> str:
    """Return ``prefix:local`` for an IRI in a known namespace, else the IRI itself.

    >>> shorten("https://w3id.org/moroccan-cinema/resource/work/zero"), shorten("http://example.org/a/")
    ('work:zero', 'http://example.org/a/')
    """
    if not _BY_LAST_SEPARATOR:
        return shorten_by_scan(iri)
    cut = max(iri.rfind("/"), iri.rfind("#")) + 1
    prefix = _PREFIX_OF.get(iri[:cut]) if 0 < cut < len(iri) else None
    return f"{prefix}:{iri[cut:]}" if prefix else iri


def shorten_by_scan(iri: str) -> str:
    """:func:`shorten` by trying every namespace: the longest whose local part holds no "/" or
    "#" (what the lookup finds when every namespace ends with one of them)."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            local = iri[len(ns):]
            if local and "/" not in local and "#" not in local:
                best = prefix
    return f"{best}:{iri[len(PREFIXES[best]):]}" if best else iri
