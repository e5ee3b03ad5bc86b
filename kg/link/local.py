"""The entities of our graph the linker looks for on Wikidata, with the evidence it can use.

Read from the built store (``kg build``), so inferred types (a ``mc:ProductionCompany`` is
an ``mc:Organization``) and sub-properties (``mc:originalTitle`` is a ``mc:title``) are seen.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kg.namespaces import MC, PREFIXES, shorten
from kg.store import GraphStore

#: The kinds ``kg link --types`` accepts, and the class of ours each one means.
KIND_CLASSES: dict[str, str] = {
    "film": MC + "Film",
    "series": MC + "TVSeries",
    "person": MC + "Person",
    "organization": MC + "Organization",
    "festival": MC + "EventSeries",
}
KINDS = tuple(KIND_CLASSES)
WORK_KINDS = frozenset({"film", "series"})
MOROCCO = PREFIXES["place"] + "morocco"
ROLE = PREFIXES["role"]


@dataclass(frozen=True)
class Credit:
    """One credit seen from an entity: the role (``director``…) and the other end (IRI)."""

    role: str
    other: str


@dataclass
class LocalEntity:
    """An entity of ours, with its names and the facts that count as evidence."""

    iri: str
    kind: str
    names: list[tuple[str, str]] = field(default_factory=list)  # (text, language tag)
    year: int | None = None
    birth_year: int | None = None
    moroccan: bool = False
    credits: list[Credit] = field(default_factory=list)
    occupations: set[str] = field(default_factory=set)
    places: list[str] = field(default_factory=list)  # names of the places it is held in

    @property
    def curie(self) -> str:
        return shorten(self.iri)

    @property
    def label(self) -> str:
        return self.names[0][0] if self.names else self.curie

    @property
    def roles(self) -> set[str]:
        return {c.role for c in self.credits} | self.occupations


_NAMES = """SELECT DISTINCT ?e ?name WHERE {
  ?e a <%(cls)s> .
  ?e rdfs:label|skos:prefLabel|skos:altLabel|mc:title|mc:originalTitle|mc:alternativeTitle|mc:alias ?name .
  FILTER(isLiteral(?name))
}"""

_YEARS = """SELECT ?e (MIN(?y) AS ?year) WHERE {
  ?e a <%(cls)s> ; mc:year ?y .
} GROUP BY ?e"""

_BIRTH = """SELECT ?e (MIN(?d) AS ?birth) WHERE {
  ?e a <%(cls)s> ; mc:birthDate ?d .
} GROUP BY ?e"""

_MOROCCAN = """SELECT DISTINCT ?e WHERE {
  ?e a <%(cls)s> .
  { ?e mc:countryOfOrigin|mc:nationality|mc:country place:morocco }
  UNION { ?ed mc:editionOf ?e ; mc:location/mc:locatedIn* place:morocco }
  UNION { ?e mc:location/mc:locatedIn* place:morocco }
}"""

_CREDITS = """SELECT DISTINCT ?work ?agent ?role WHERE {
  ?c mc:creditedWork ?work ; mc:role ?role .
  ?c mc:creditedPerson|mc:creditedOrganization|mc:creditedAgent ?agent .
}"""

_OCCUPATIONS = """SELECT DISTINCT ?e ?occ WHERE { ?e a mc:Person ; mc:occupation ?occ }"""

_PLACES = """SELECT DISTINCT ?e ?name WHERE {
  ?e a mc:EventSeries .
  { ?ed mc:editionOf ?e ; mc:location ?p } UNION { ?e mc:location ?p }
  ?p mc:locatedIn* ?place . ?place rdfs:label|skos:altLabel ?name .
}"""


def _year(value: str) -> int | None:
    head = value.strip()[:4]
    return int(head) if head.isdigit() else None


def read_entities(store: GraphStore, kinds: tuple[str, ...] | list[str] = KINDS) -> list[LocalEntity]:
    """Every entity of the given kinds, sorted by kind then IRI, with names and evidence.

    An entity of two kinds (a festival that is also an organisation) is read once, under
    the first kind asked for.
    """
    entities: dict[str, LocalEntity] = {}
    for kind in kinds:
        cls = KIND_CLASSES[kind]
        names: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for row in store.select(_NAMES % {"cls": cls}):
            literal = row["name"]
            names[row["e"].value].append((literal.value, literal.language or ""))
        for iri, found in names.items():
            if iri in entities:
                continue
            # preferred order: rdfs:label first is not guaranteed by SPARQL; sort for stable output
            entities[iri] = LocalEntity(iri=iri, kind=kind, names=sorted(set(found), key=lambda n: (n[1] != "fr", n[0])))
        for row in store.select(_YEARS % {"cls": cls}):
            if row["e"].value in entities and row["year"] is not None:
                entities[row["e"].value].year = _year(row["year"].value)
        for row in store.select(_BIRTH % {"cls": cls}):
            if row["e"].value in entities and row["birth"] is not None:
                entities[row["e"].value].birth_year = _year(row["birth"].value)
        for row in store.select(_MOROCCAN % {"cls": cls}):
            if row["e"].value in entities:
                entities[row["e"].value].moroccan = True
    _add_labels_first(store, entities)
    for row in store.select(_CREDITS):
        work, agent, role = row["work"].value, row["agent"].value, row["role"].value
        role = role[len(ROLE):] if role.startswith(ROLE) else role
        if work in entities:
            entities[work].credits.append(Credit(role, agent))
        if agent in entities:
            entities[agent].credits.append(Credit(role, work))
    for row in store.select(_OCCUPATIONS):
        if row["e"].value in entities:
            occ = row["occ"].value
            entities[row["e"].value].occupations.add(occ[len(ROLE):] if occ.startswith(ROLE) else occ.rsplit("/", 1)[-1])
    for row in store.select(_PLACES):
        if row["e"].value in entities:
            entities[row["e"].value].places.append(row["name"].value)
    for entity in entities.values():
        entity.credits.sort(key=lambda c: (c.role, c.other))
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(entities.values(), key=lambda e: (order[e.kind], e.iri))


def _add_labels_first(store: GraphStore, entities: dict[str, LocalEntity]) -> None:
    """Put each entity's rdfs:label (French first) at the head of its names, for display."""
    rows = store.select("SELECT ?e ?l WHERE { ?e rdfs:label ?l }")
    preferred: dict[str, tuple[str, str]] = {}
    for row in rows:
        iri = row["e"].value
        if iri not in entities:
            continue
        lit = row["l"]
        cand = (lit.value, lit.language or "")
        best = preferred.get(iri)
        if best is None or (cand[1] == "fr" and best[1] != "fr") or (cand[1] == best[1] and cand[0] < best[0]):
            preferred[iri] = cand
    for iri, label in preferred.items():
        names = entities[iri].names
        if label in names:
            names.remove(label)
        names.insert(0, label)
