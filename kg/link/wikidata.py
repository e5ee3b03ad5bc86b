"""The Wikidata vocabulary the linker relies on: properties, classes, and how they map to ours.

Only identifiers that are Wikidata's own (properties and the few classes and items used as
structure) live here; no entity of ours is ever given a Wikidata ID from this module.
"""

from __future__ import annotations

WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
SKOS_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
SCHEMA_NAME = "http://schema.org/name"
SCHEMA_DESCRIPTION = "http://schema.org/description"
#: Wikidata's RDF uses http://schema.org/; some mirrors rewrite it to https.
SCHEMA_NAME_HTTPS = "https://schema.org/name"
SCHEMA_DESCRIPTION_HTTPS = "https://schema.org/description"

LABEL_PREDICATES = (RDFS_LABEL, SKOS_PREF_LABEL, SCHEMA_NAME, SCHEMA_NAME_HTTPS)
ALIAS_PREDICATES = (SKOS_ALT_LABEL,)
DESCRIPTION_PREDICATES = (SCHEMA_DESCRIPTION, SCHEMA_DESCRIPTION_HTTPS)

MOROCCO = "Q1028"
HUMAN = "Q5"

# Properties (truthy statements, wdt:)
INSTANCE_OF = "P31"
COUNTRY = "P17"
CITIZENSHIP = "P27"
OCCUPATION = "P106"
COUNTRY_OF_ORIGIN = "P495"
PUBLICATION_DATE = "P577"
BIRTH_DATE = "P569"
BIRTH_PLACE = "P19"
LOCATION = "P276"
ADMIN_LOCATION = "P131"
INCEPTION = "P571"

#: Credit properties of a work, by the role concept of ours (vocabularies.ttl) they match.
CREDIT_PROPERTIES: dict[str, str] = {
    "P57": "director",
    "P58": "screenwriter",
    "P161": "actor",
    "P344": "cinematographer",
    "P1040": "editor",
    "P86": "composer",
    "P162": "producer",
    "P1431": "executive-producer",
    "P2554": "production-designer",
    "P2515": "costume-designer",
    "P272": "production-company",
    "P750": "distributor",
    "P449": "broadcaster",
}
PERSON_CREDIT_PROPERTIES = tuple(p for p, r in CREDIT_PROPERTIES.items() if r not in {"production-company", "distributor", "broadcaster"})
ORGANIZATION_CREDIT_PROPERTIES = ("P272", "P750", "P449")

#: Classes of works (P31 values) by kind of ours.
FILM_CLASSES = frozenset({"Q11424", "Q24869", "Q24862", "Q93204", "Q202866", "Q506240"})
SERIES_CLASSES = frozenset({"Q5398426"})
FESTIVAL_CLASSES = frozenset({"Q220505"})
ORGANIZATION_CLASSES = frozenset({"Q1762059", "Q43229"})

#: Occupations (P106) of film people, by the role concepts of ours that imply them.
OCCUPATIONS_BY_ROLE: dict[str, frozenset[str]] = {
    "director": frozenset({"Q2526255", "Q3455803"}),
    "screenwriter": frozenset({"Q28389"}),
    "actor": frozenset({"Q33999", "Q10800557", "Q10798782"}),
    "cinematographer": frozenset({"Q222344"}),
    "editor": frozenset({"Q7042855"}),
    "composer": frozenset({"Q36834"}),
    "producer": frozenset({"Q3282637"}),
    "executive-producer": frozenset({"Q3282637"}),
    "co-producer": frozenset({"Q3282637"}),
}
FILM_OCCUPATIONS = frozenset().union(*OCCUPATIONS_BY_ROLE.values())

#: External identifiers imported by ``kg enrich`` (property → what it is).
EXTERNAL_IDS: dict[str, str] = {
    "P345": "IMDb ID",
    "P1265": "AlloCiné film ID",
    "P1266": "AlloCiné person ID",
    "P4947": "TMDb movie ID",
    "P4985": "TMDb person ID",
    "P214": "VIAF ID",
    "P268": "BnF ID",
    "P213": "ISNI",
}


def qid(iri: str) -> str:
    """The Q-id of a Wikidata entity IRI.

    >>> qid("http://www.wikidata.org/entity/Q1028")
    'Q1028'
    """
    return iri.rsplit("/", 1)[-1]


def entity(q: str) -> str:
    """The entity IRI of a Q-id."""
    return WD + q


def direct(p: str) -> str:
    """The truthy-statement predicate IRI (wdt:) of a property id."""
    return WDT + p
