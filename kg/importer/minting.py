"""Minting the entities rows name: sources, people and organisations, films, places, credits,
festival editions and prizes, each found in data/ (the :class:`Registry`) or made anew.

:class:`Minter` holds what an import has seen so far; :class:`kg.importer.convert.Converter`
adds one method per table on top. Apart because minting an entity is the same whichever
table names it: a credits row and a films row's director both go through :meth:`Minter.credit`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.importer.cells import RowProblem, parse_integer, parse_year
from kg.importer.entities import Film, Registry, slugify
from kg.importer.facts import Facts, entity_file, text, typed
from kg.importer.labels import AgentNames, CreditSpelling, NameUse
from kg.importer.reader import Row
from kg.importer.template import LANGUAGES, ORGANIZATION_ROLES, ROLES
from kg.names import name_keys, normalise_name
from kg.namespaces import PREFIXES

#: Countries the tables may name by ISO code: local name and French label.
COUNTRIES = {
    "MA": ("morocco", "Maroc"), "FR": ("france", "France"), "BE": ("belgium", "Belgique"),
    "ES": ("spain", "Espagne"), "DE": ("germany", "Allemagne"), "IT": ("italy", "Italie"),
    "CH": ("switzerland", "Suisse"), "TN": ("tunisia", "Tunisie"), "DZ": ("algeria", "Algérie"),
    "EG": ("egypt", "Égypte"), "NO": ("norway", "Norvège"), "GB": ("united-kingdom", "Royaume-Uni"),
    "US": ("united-states", "États-Unis"), "CA": ("canada", "Canada"), "NL": ("netherlands", "Pays-Bas"),
    "QA": ("qatar", "Qatar"), "LB": ("lebanon", "Liban"), "PT": ("portugal", "Portugal"),
    "SN": ("senegal", "Sénégal"), "DK": ("denmark", "Danemark"), "SE": ("sweden", "Suède"),
    "PS": ("palestine", "Palestine"), "SA": ("saudi-arabia", "Arabie saoudite"), "AE": ("united-arab-emirates", "Émirats arabes unis"),
}
EVENT_CLASS = {"festival": ("mc:Festival", "mc:FestivalEdition"), "ceremony": ("mc:AwardCeremony", "mc:CeremonyEdition"),
               "market": ("mc:Market", "mc:MarketEdition")}
ORG_CLASS = {"production-company": "mc:ProductionCompany", "co-production-company": "mc:ProductionCompany",
             "distributor": "mc:Distributor", "broadcaster": "mc:Broadcaster"}
ARABIC = re.compile(r"[\u0600-\u06FF]")


@dataclass
class Source:
    """A row's source: the named graph its facts go to, and the language of its labels."""

    iri: str
    language: str


@dataclass
class Minter:
    """The entities of an import's rows as :class:`Facts`, resolved through a :class:`Registry`."""

    registry: Registry
    facts: Facts = field(default_factory=Facts)
    problems: list[str] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    event_kinds: dict[str, str] = field(default_factory=dict)
    #: (iri, lang) -> label already given, so each entity has one rdfs:label per language.
    labels: dict[tuple[str, str], str] = field(default_factory=dict)
    rows_done: dict[str, int] = field(default_factory=dict)
    uncertain: list[tuple[Row, str, str, str]] = field(default_factory=list)
    different: list[tuple[Row, str, str, str]] = field(default_factory=list)
    same: list[tuple[Row, str, str, str]] = field(default_factory=list)
    #: film IRI -> year -> source URLs of this import's rows giving it.
    year_claims: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    year_films: dict[str, Film] = field(default_factory=dict)
    #: (event, "year"|"number", value) -> edition IRI.
    editions: dict[tuple[str, str, str], str] = field(default_factory=dict)
    #: People's and organisations' spellings, labelled in finish() (kg.importer.labels).
    agent_names: AgentNames = field(default_factory=AgentNames)

    def __post_init__(self) -> None:
        for entity, by_lang in self.registry.labels.items():
            for lang, value in by_lang.items():
                self.labels[(entity, lang)] = value
        self.film_directors = self.registry.film_directors
        self.editions.update(self.registry.editions)
        self.event_kinds.update(self.registry.event_kinds)

    def source(self, row: Row) -> Source:
        url = row.get("source_url")
        if url not in self.sources:
            existing = self.registry.sources_by_url.get(url)
            if not existing:
                raise RowProblem(f"source_url {url} is not described; add a row for it to sources.csv")
            self.sources[url] = Source(existing, "fr")
        return self.sources[url]

    def label_lang(self, value: str, source: Source, given: str = "") -> str:
        if given:
            if given not in LANGUAGES:
                raise RowProblem(f"language '{given}' is not one of {', '.join(LANGUAGES)}")
            return given
        return "ar" if ARABIC.search(value) else source.language

    def name_fact(self, file: str, graph: str, entity: str, value: str, lang: str, *, alt: str = "skos:altLabel") -> None:
        """rdfs:label if the entity has none in ``lang`` yet (or this same one), else an alternative."""
        given = self.labels.setdefault((entity, lang), value)
        self.facts.add(file, graph, entity, "rdfs:label" if given == value else alt, text(value, lang))

    def agent(self, kind: str, name: str, source: Source, *, org_class: str = "mc:Organization") -> str:
        entity, _ = self.registry.agent(kind, name)
        file = entity_file(entity)
        self.facts.main.setdefault(file, entity)
        self.facts.add(file, source.iri, entity, "rdf:type", "mc:Person" if kind == "person" else org_class)
        self.agent_names.uses.append(NameUse(file, source.iri, entity, name, self.label_lang(name, source)))
        return entity

    def _label_agents(self) -> None:
        """Every spelling of a person or organisation as rdfs:label or skos:altLabel, the preferred
        one first (kg.importer.labels), then mc:creditedAs on credits spelled otherwise."""
        canonical: dict[str, set[str]] = {}
        for _, kind, _, other in self.same:
            entity = self.registry.agents[kind].get(normalise_name(self.registry.preferred(kind, other)))
            if entity:
                canonical.setdefault(entity, set()).add(self.registry.preferred(kind, other))

        def existing(entity: str, arabic: bool) -> set[str]:
            return {v for v in self.registry.labels.get(entity, {}).values() if bool(ARABIC.search(v)) == arabic}

        chosen = self.agent_names.preferred(existing=existing, canonical=canonical)
        for use in self.agent_names.in_label_order(chosen):
            self.agent_name(use.file, use.graph, use.entity, use.value, use.lang)
        for c in self.agent_names.credits:
            if c.spelled not in self._labels_of(c.agent):
                self.facts.add(c.file, c.graph, c.node, "mc:creditedAs", text(c.spelled, None))

    def agent_name(self, file: str, graph: str, entity: str, value: str, lang: str) -> None:
        """A person's or organisation's name: one preferred spelling per script, others alternative.

        A spelling already used as a label is a label in this source's language too (if that
        language has none yet); a new spelling of a named entity is a skos:altLabel.
        """
        arabic = bool(ARABIC.search(value))
        same_script = {v for (e, _), v in self.labels.items() if e == entity and bool(ARABIC.search(v)) == arabic}
        slot = self.labels.get((entity, lang))
        if (not same_script or value in same_script) and slot in (None, value):
            self.labels[(entity, lang)] = value
            self.facts.add(file, graph, entity, "rdfs:label", text(value, lang))
        else:
            self.facts.add(file, graph, entity, "skos:altLabel", text(value, lang))

    def director_keys(self, name: str) -> set[str]:
        """Loose keys of a name and of its preferred spelling (identities table)."""
        return name_keys(name) | name_keys(self.registry.preferred("person", name))

    def _labels_of(self, entity: str) -> set[str]:
        return {v for lang in ("fr", "en", "ar", "it", "de", "es", "") if (v := self.labels.get((entity, lang)))}

    def _known_agent(self, kind: str, name: str) -> str:
        preferred = self.registry.preferred(kind, name)
        found = self.registry.agents[kind].get(normalise_name(preferred)) or self.registry.agents[kind].get(normalise_name(name))
        if not found:
            raise RowProblem(f"'{name}' is not a {kind} of any table or of data/")
        return found

    def _known_entity(self, kind: str, name: str) -> str:
        """A person or organisation by name, or a work by film_id or unambiguous title."""
        if kind != "work":
            return self._known_agent(kind, name)
        matches = self.registry.find_films(name)
        if not matches:
            raise RowProblem(f"film '{name}' is in neither films.csv nor data/")
        if len(matches) > 1:
            raise RowProblem(f"film '{name}' may be any of {', '.join(f.local for f in matches)}; give the film_id")
        return matches[0].iri

    def film(self, row: Row, column: str = "film") -> Film:
        ref, year = row.get(column), row.get("film_year")
        matches = self.registry.find_films(ref, year)
        if not matches:
            raise RowProblem(f"film '{ref}' is in neither films.csv nor data/; add it to films.csv")
        if len(matches) > 1:
            ids = ", ".join(f.local for f in matches)
            raise RowProblem(f"film '{ref}' may be any of {ids}; give film_year or the film_id")
        return matches[0]

    def place(self, code_or_city: str, source: Source, *, city: bool = False) -> str:
        if city:
            key = normalise_name(code_or_city)
            entity = self.registry.places.setdefault(key, PREFIXES["place"] + slugify(code_or_city))
            self.facts.add("places/places.trig", source.iri, entity, "rdf:type", "mc:City")
            self.name_fact("places/places.trig", source.iri, entity, code_or_city, source.language)
            return entity
        code = code_or_city.upper()
        if code not in COUNTRIES:  # any other ISO code with a place entity in data/ (the gazetteer)
            if code in self.registry.country_codes:
                return self.registry.country_codes[code]
            known = sorted(set(COUNTRIES) | set(self.registry.country_codes))
            raise RowProblem(f"country '{code_or_city}' is not an ISO code with a place in data/ ({', '.join(known)}); "
                             "add the country to data/places/places.trig with its mc:countryCode")
        entity = PREFIXES["place"] + COUNTRIES[code][0]
        if entity not in self.registry.existing_iris:
            self.facts.add("places/places.trig", source.iri, entity, "rdf:type", "mc:Country")
            self.facts.add("places/places.trig", source.iri, entity, "rdfs:label", text(COUNTRIES[code][1], "fr"))
        return entity

    def credit(self, film: Film, source: Source, role: str, *, person: str = "", organization: str = "",
               character: str = "", note: str = "") -> None:
        if role not in ROLES:
            raise RowProblem(f"role '{role}' is not one of {', '.join(ROLES)}")
        if role in ORGANIZATION_ROLES and not organization:
            raise RowProblem(f"role {role} is held by an organization: fill 'organization', not 'person'")
        if bool(person) == bool(organization):
            raise RowProblem("fill exactly one of 'person' and 'organization'")
        if organization:
            agent = self.agent("organization", organization, source, org_class=ORG_CLASS.get(role, "mc:Organization"))
        else:
            agent = self.agent("person", person, source)
        local = agent.rsplit("/", 1)[1]
        suffix = f"-{slugify(character)}" if character else ""
        node = f"credit:{film.local}-{role}-{local}{suffix}"
        file = entity_file(film.iri)
        g = source.iri
        self.facts.add(file, g, node, "rdf:type", "mc:Credit")
        self.facts.add(file, g, node, "mc:creditedWork", film.iri)
        self.facts.add(file, g, node, "mc:creditedOrganization" if organization else "mc:creditedPerson", agent)
        self.facts.add(file, g, node, "mc:role", f"role:{role}")
        self.facts.add(file, g, node, "mc:source", g)
        spelled = organization or person
        self.agent_names.credits.append(CreditSpelling(file, g, node, spelled, agent))  # creditedAs: in finish()
        if character:
            char = f"char:{film.local}-{slugify(character)}"
            self.facts.add(file, g, char, "rdf:type", "mc:Character")
            self.facts.add(file, g, char, "rdfs:label", text(character, self.label_lang(character, source)))
            self.facts.add(file, g, node, "mc:character", char)
        if note:
            self.facts.add(file, g, node, "skos:note", text(note, source.language))
        if role == "director":
            self.film_directors.setdefault(film.iri, set()).update(self.director_keys(spelled))

    def edition(self, row: Row, source: Source) -> tuple[str, str]:
        event_local = row.get("event")
        event = PREFIXES["event"] + event_local
        if event not in self.registry.events:
            raise RowProblem(f"event '{event_local}' is in neither events.csv nor data/; add it to events.csv")
        year = parse_year(row.get("edition_year"), "edition_year") if row.get("edition_year") else ""
        number = parse_integer(row.get("edition_number"), "edition_number") if row.get("edition_number") else ""
        if not year and not number:
            raise RowProblem("give edition_year or edition_number")
        edition = self.editions.get((event, "year", year)) if year else None
        edition = edition or (self.editions.get((event, "number", number)) if number else None)
        edition = edition or PREFIXES["edition"] + f"{event_local}-{year or number}"
        if year:
            self.editions[(event, "year", year)] = edition
        if number:
            self.editions[(event, "number", number)] = edition
        file = entity_file(event)
        kind = self.event_kinds.get(event, "festival")
        g = source.iri
        self.facts.add(file, g, edition, "rdf:type", EVENT_CLASS[kind][1])
        self.facts.add(file, g, edition, "mc:editionOf", event)
        if year:
            self.facts.add(file, g, edition, "mc:year", typed(year, "gYear"))
        if number:
            self.facts.add(file, g, edition, "mc:editionNumber", typed(number, "integer"))
        if row.get("edition_city"):
            self.facts.add(file, g, edition, "mc:location", self.place(row.get("edition_city"), source, city=True))
        return event, edition

    def prize(self, row: Row, event: str, source: Source) -> str:
        """The prize category: by prize_id, else by its name among the event's prizes, else new."""
        name, prize_id = row.get("prize"), row.get("prize_id")
        event_local = event.rsplit("/", 1)[1]
        if prize_id and slugify(prize_id) != prize_id:
            raise RowProblem(f"prize_id '{prize_id}' must be a slug like '{slugify(prize_id)}'")
        if prize_id:
            prize = PREFIXES["prize"] + f"{event_local}-{prize_id}"
        else:
            if not name:
                raise RowProblem("give prize or prize_id")
            prize = self.registry.prizes.get((event, normalise_name(name)), PREFIXES["prize"] + f"{event_local}-{slugify(name)}")
        if name:
            self.registry.prizes.setdefault((event, normalise_name(name)), prize)
        file = entity_file(event)
        self.facts.add(file, source.iri, prize, "rdf:type", "mc:Prize")
        self.facts.add(file, source.iri, prize, "mc:awardedBy", event)
        if name:
            self.name_fact(file, source.iri, prize, name, source.language)
        return prize


__all__ = ["ARABIC", "COUNTRIES", "EVENT_CLASS", "ORG_CLASS", "Minter", "Source"]
