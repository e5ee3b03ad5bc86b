"""Rows of the template's tables turned into facts in the house style of data/.

Each row cites one source (its ``source_url``); every fact of the row goes into that
source's named graph, and every work and n-ary node carries ``mc:source`` (the data model).
Problems are collected per row ("films.csv row 12: …") so one run reports them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from kg.importer.entities import DeclaredFilm, Film, Registry, slugify
from kg.importer.facts import Facts, entity_file, iri, text, typed
from kg.importer.labels import AgentNames, CreditSpelling, NameUse
from kg.importer.reader import Row
from kg.importer.template import (
    ENTITY_KINDS, EVENT_KINDS, FORMS, FUNDING_KINDS, IDENTITY_STATUSES, LANGUAGES,
    ORGANIZATION_ROLES, ROLES, SELECTION_KINDS, STAGES,
)
from kg.names import name_keys, normalise_name
from kg.namespaces import PREFIXES

CURATION = PREFIXES["src"] + "curation"
CURATION_FILE = "curation.trig"
CCM = PREFIXES["org"] + "ccm"
ISO639_3 = {"fr": "fra", "en": "eng", "ar": "ara", "it": "ita", "de": "deu", "es": "spa", "ca": "cat", "nl": "nld",
            "pt": "por", "ro": "ron", "ru": "rus", "ary": "ary", "zgh": "zgh"}
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
STAGE_LABELS = {"before-production": "advance before production", "after-production": "advance after production",
                "screenplay-writing": "contribution to screenplay writing", "screenplay-rewriting": "contribution to screenplay rewriting"}
ARABIC = re.compile(r"[\u0600-\u06FF]")
YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class RowProblem(Exception):
    """A row that cannot be imported; the message says what to fix."""


@dataclass
class Source:
    iri: str
    language: str


@dataclass
class Converter:
    """Turns rows into :class:`Facts`, resolving names through a :class:`Registry`."""

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

    # -- driver -----------------------------------------------------------------------------
    def run(self, table: str, rows: list[Row]) -> None:
        handler = getattr(self, f"row_{table}")
        for row in rows:
            try:
                for column in _required(table):
                    if not row.get(column):
                        raise RowProblem(f"'{column}' is empty; it is required")
                handler(row)
                self.rows_done[table] = self.rows_done.get(table, 0) + 1
            except RowProblem as problem:
                self.problems.append(f"{row.where()} row {row.number}: {problem}")

    def finish(self) -> None:
        """Decisions that need every row read: labels, year disagreements, uncertain identities."""
        self._label_agents()
        ours = {s.iri for s in self.sources.values()}
        for iri, claims in sorted(self.year_claims.items()):
            film = self.year_films[iri]
            others = {y for y, graphs in film.year_graphs.items() if graphs - ours and y not in claims}
            if len(claims) + len(others) < 2:
                continue
            parts = [f"{y} ({', '.join(sorted(urls))})" for y, urls in sorted(claims.items())]
            parts += [f"{y} (data/ before this import)" for y in sorted(others)]
            self.facts.add(CURATION_FILE, CURATION, iri, "skos:editorialNote", text(
                "Sources disagree on the year: " + "; ".join(parts) + ". Each value is kept in its source's graph.", "en"))
        for row, kind, name, other in self.same:  # once every table is read, chains are complete
            try:
                entity = self._known_agent(kind, other)
            except RowProblem as problem:
                self.problems.append(f"{row.where()} row {row.number}: {problem}")
                continue
            self.facts.add(CURATION_FILE, CURATION, entity, "skos:editorialNote",
                           text(f"'{name}' and '{other}' are spellings of one {kind}: {row.get('note')}", "en"))
        for row, kind, name, other in self.uncertain:
            try:
                a, b = self._known_agent(kind, name), self._known_agent(kind, other)
                self.facts.add(CURATION_FILE, CURATION, a, "mc:possiblySameAs", b)
                self.facts.add(CURATION_FILE, CURATION, a, "skos:editorialNote",
                               text(f"Possibly the same as {other}: {row.get('note')}", "en"))
            except RowProblem as problem:
                self.problems.append(f"{row.where()} row {row.number}: {problem}")
        for row, kind, name, other in self.different:
            try:
                a, b = self._known_entity(kind, name), self._known_entity(kind, other)
                if a == b:
                    raise RowProblem(f"'{name}' and '{other}' are one {kind} in data/; status 'different' needs two")
                self.facts.add(CURATION_FILE, CURATION, a, "owl:differentFrom", b)
                self.facts.add(CURATION_FILE, CURATION, a, "skos:editorialNote",
                               text(f"Not the same {kind} as {other}: {row.get('note')}", "en"))
            except RowProblem as problem:
                self.problems.append(f"{row.where()} row {row.number}: {problem}")

    # -- helpers ----------------------------------------------------------------------------
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
        year = _year(row.get("edition_year"), "edition_year") if row.get("edition_year") else ""
        number = _integer(row.get("edition_number"), "edition_number") if row.get("edition_number") else ""
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

    # -- tables -----------------------------------------------------------------------------
    def learn_editions(self, rows: list[Row]) -> None:
        """Editions named by year and number on some rows, so rows giving one of them agree."""
        for row in rows:
            event, year, number = row.get("event"), row.get("edition_year"), row.get("edition_number")
            if event and YEAR.match(year) and number.isdigit():
                edition = PREFIXES["edition"] + f"{event}-{year}"
                self.editions.setdefault((PREFIXES["event"] + event, "year", year), edition)
                self.editions.setdefault((PREFIXES["event"] + event, "number", str(int(number))), edition)

    def learn_film_ids(self, rows: list[Row]) -> None:
        """The films the film_id rows define, so that a row without film_id read before them joins them."""
        for row in rows:
            film_id = row.get("film_id")
            if not film_id or slugify(film_id) != film_id:
                continue
            declared = self.registry.declared_films.setdefault(film_id, DeclaredFilm(film_id))
            declared.title_keys.update(normalise_name(t) for t in (row.get("title"), row.get("alt_title")) if t)
            if YEAR.match(row.get("year")):
                declared.years.add(row.get("year"))
            declared.directors.update(_split(row.get("director")))

    def row_sources(self, row: Row) -> None:
        url = row.get("url")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise RowProblem(f"url '{url}' is not an http(s) address")
        language = row.get("language")
        if language not in ISO639_3:
            raise RowProblem(f"language '{language}' is not one of {', '.join(ISO639_3)}")
        entity = self.registry.sources_by_url.get(url)
        if not entity:
            host = parts.netloc.lower().removeprefix("www.")
            entity = self.registry.mint("src", slugify(f"{host} {parts.path} {parts.query}", max_length=70))
            self.registry.sources_by_url[url] = entity
        self.sources[url] = Source(entity, language if language not in ("ary", "zgh") else "fr")
        file = entity_file(entity)
        self.facts.main[file] = entity
        for p, o in (("rdf:type", "mc:Source"), ("mc:url", typed(url, "anyURI")),
                     ("dct:title", text(row.get("title"), self.label_lang(row.get("title"), self.sources[url]))),
                     ("dct:language", f"lang:{ISO639_3[language]}")):
            self.facts.add(file, entity, entity, p, o)
        label = row.get("title") + (f" ({row.get('publisher')})" if row.get("publisher") else "")
        self.facts.add(file, entity, entity, "rdfs:label", text(label, self.label_lang(row.get("title"), self.sources[url])))
        if row.get("publisher"):
            self.facts.add(file, entity, entity, "dct:publisher", text(row.get("publisher"), None))
        issued = row.get("issued")
        if issued:
            if not DATE.match(issued):
                raise RowProblem(f"issued '{issued}' is not YYYY, YYYY-MM or YYYY-MM-DD")
            kind = {4: "gYear", 7: "gYearMonth", 10: "date"}[len(issued)]
            self.facts.add(file, entity, entity, "dct:issued", typed(issued, kind))
        if row.get("note"):
            self.facts.add(file, entity, entity, "skos:note", text(row.get("note"), "en"))

    def row_identities(self, row: Row) -> None:
        kind, status = row.get("kind"), row.get("status")
        if kind not in ENTITY_KINDS:
            raise RowProblem(f"kind '{kind}' is not one of {', '.join(ENTITY_KINDS)}")
        if status not in IDENTITY_STATUSES:
            raise RowProblem(f"status '{status}' is not one of {', '.join(IDENTITY_STATUSES)}")
        name, other = row.get("name"), row.get("same_as")
        if status == "different":  # resolved in finish(), once every table is read
            self.different.append((row, kind, name, other))
            return
        if kind == "work":
            raise RowProblem("identities of works are given by film_id in films.csv; "
                             "use kind person or organization, or status different")
        if status == "uncertain":
            self.uncertain.append((row, kind, name, other))
            return
        self.registry.same_as[(kind, normalise_name(name))] = other
        existing = self.registry.agents[kind].get(normalise_name(name))
        if existing:  # the variant already names an entity in data/: point the preferred name at it
            self.registry.agents[kind].setdefault(normalise_name(other), existing)
        self.same.append((row, kind, name, other))

    def row_notes(self, row: Row) -> None:
        kind, ref = row.get("kind"), row.get("ref")
        if kind == "film":
            entity = self.film(row, "ref").iri
        elif kind in ("person", "organization"):
            entity = self._known_agent(kind, ref)
        else:
            raise RowProblem(f"kind '{kind}' is not film, person or organization")
        self.facts.add(CURATION_FILE, CURATION, entity, "skos:editorialNote", text(row.get("note"), "en"))

    def row_events(self, row: Row) -> None:
        source = self.source(row)
        kind = row.get("kind")
        if kind not in EVENT_KINDS:
            raise RowProblem(f"kind '{kind}' is not one of {', '.join(EVENT_KINDS)}")
        event = PREFIXES["event"] + slugify(row.get("event_id"))
        if slugify(row.get("event_id")) != row.get("event_id"):
            raise RowProblem(f"event_id '{row.get('event_id')}' must be a slug like '{slugify(row.get('event_id'))}'")
        self.registry.events.add(event)
        self.event_kinds[event] = kind
        file = entity_file(event)
        self.facts.main.setdefault(file, event)
        self.facts.add(file, source.iri, event, "rdf:type", EVENT_CLASS[kind][0])
        self.name_fact(file, source.iri, event, row.get("label"), self.label_lang(row.get("label"), source, row.get("label_lang")))

    def row_films(self, row: Row) -> None:
        source = self.source(row)
        title, year, film_id = row.get("title"), row.get("year"), row.get("film_id")
        if year:
            year = _year(year, "year")
        if film_id and slugify(film_id) != film_id:
            raise RowProblem(f"film_id '{film_id}' must be a slug like '{slugify(film_id)}'")
        directors = {k for d in _split(row.get("director")) for k in self.director_keys(d)}
        film = self._match_film(title, year, film_id, directors)
        film.title_keys.add(normalise_name(title))
        file = entity_file(film.iri)
        self.facts.main.setdefault(file, film.iri)
        g = source.iri
        lang = self.label_lang(title, source, row.get("title_lang"))
        self.facts.add(file, g, film.iri, "rdf:type", "mc:Film")
        self.facts.add(file, g, film.iri, "mc:source", g)
        self.name_fact(file, g, film.iri, title, lang, alt="mc:title")
        self.facts.add(file, g, film.iri, "mc:title", text(title, lang))
        if row.get("alt_title"):
            alt = row.get("alt_title")
            film.title_keys.add(normalise_name(alt))
            self.facts.add(file, g, film.iri, "mc:alternativeTitle",
                           text(alt, self.label_lang(alt, source, row.get("alt_title_lang"))))
        if year:
            self.year_claims.setdefault(film.iri, {}).setdefault(year, set()).add(row.get("source_url"))
            self.year_films[film.iri] = film
            film.years.add(year)
            self.facts.add(file, g, film.iri, "mc:year", typed(year, "gYear"))
        if row.get("runtime"):
            self.facts.add(file, g, film.iri, "mc:runtimeMinutes", typed(_integer(row.get("runtime"), "runtime"), "integer"))
        if row.get("form"):
            if row.get("form") not in FORMS:
                raise RowProblem(f"form '{row.get('form')}' is not one of {', '.join(FORMS)}")
            self.facts.add(file, g, film.iri, "mc:form", f"form:{row.get('form')}")
        for code in _split(row.get("country")):
            self.facts.add(file, g, film.iri, "mc:countryOfOrigin", self.place(code, source))
        for name in _split(row.get("director")):
            self.credit(film, source, "director", person=name)
        if row.get("note"):
            self.facts.add(file, g, film.iri, "skos:note", text(row.get("note"), source.language))

    def _match_film(self, title: str, year: str, film_id: str, directors: set[str]) -> Film:
        if film_id:
            found = [f for f in self.registry.films if film_id in (f.film_id, f.local)]
            return found[0] if found else self.registry.new_film(title, film_id=film_id, year=year)
        key = normalise_name(title)
        for film in self.registry.films:
            if key in film.title_keys and _agree(year, directors, film.years, self.film_directors.get(film.iri, set())):
                return film
        made = {f.film_id for f in self.registry.films} | {f.local for f in self.registry.films}
        for declared in self.registry.declared_films.values():  # defined by a film_id row not read yet
            if declared.film_id in made or key not in declared.title_keys:
                continue
            known = {k for d in declared.directors for k in self.director_keys(d)}
            if _agree(year, directors, declared.years, known):
                return self.registry.new_film(title, film_id=declared.film_id, year=year)
        return self.registry.new_film(title, year=year)

    def row_credits(self, row: Row) -> None:
        source = self.source(row)
        film = self.film(row)
        self.credit(film, source, row.get("role"), person=row.get("person"), organization=row.get("organization"),
                    character=row.get("character"), note=row.get("note"))

    def row_prizes(self, row: Row) -> None:
        source = self.source(row)
        event, edition = self.edition(row, source)
        g = source.iri
        prize = self.prize(row, event, source)
        prize_slug = prize.rsplit("/", 1)[1].removeprefix(event.rsplit("/", 1)[1] + "-")
        event_file = entity_file(event)
        film = self.film(row) if row.get("film") else None
        kind = row.get("recipient_kind") or "person"
        if kind not in ("person", "organization"):
            raise RowProblem(f"recipient_kind '{kind}' is not person or organization")
        recipients = [self.agent(kind, name, source) for name in _split(row.get("recipient"))]
        if not film and not recipients:
            raise RowProblem("give a film or a recipient")
        who = film.local if film else recipients[0].rsplit("/", 1)[1]
        node = f"award:{edition.rsplit('/', 1)[1]}-{prize_slug}-{who}"
        file = entity_file(film.iri) if film else event_file
        self.facts.add(file, g, node, "rdf:type", "mc:AwardWin")
        self.facts.add(file, g, node, "mc:prize", prize)
        self.facts.add(file, g, node, "mc:atEdition", edition)
        self.facts.add(file, g, node, "mc:source", g)
        if film:
            self.facts.add(file, g, node, "mc:awardedWork", film.iri)
        for agent in recipients:
            self.facts.add(file, g, node, "mc:recipient", agent)
        if _yes(row.get("ex_aequo")):
            self.facts.add(file, g, node, "mc:exAequo", typed("true", "boolean"))
        if row.get("note"):
            self.facts.add(file, g, node, "skos:note", text(row.get("note"), source.language))

    def row_selections(self, row: Row) -> None:
        source = self.source(row)
        kind = row.get("kind")
        if kind not in SELECTION_KINDS:
            raise RowProblem(f"kind '{kind}' is not one of {', '.join(SELECTION_KINDS)}")
        event, edition = self.edition(row, source)
        film = self.film(row)
        g = source.iri
        node = f"sel:{film.local}-{edition.rsplit('/', 1)[1]}-{kind}"
        file = entity_file(film.iri)
        self.facts.add(file, g, node, "rdf:type", "mc:Selection")
        self.facts.add(file, g, node, "mc:selectedWork", film.iri)
        self.facts.add(file, g, node, "mc:atEdition", edition)
        self.facts.add(file, g, node, "mc:selectionKind", f"selkind:{kind}")
        self.facts.add(file, g, node, "mc:source", g)
        if row.get("prize") or row.get("prize_id"):
            self.facts.add(file, g, node, "mc:forPrize", self.prize(row, event, source))
        if row.get("country"):
            self.facts.add(file, g, node, "mc:representedCountry", self.place(row.get("country"), source))
        for column, prefix in (("result", "Result: "), ("note", "")):
            if row.get(column):
                self.facts.add(file, g, node, "skos:note", text(prefix + row.get(column), source.language))

    def row_funding(self, row: Row) -> None:
        source = self.source(row)
        film = self.film(row)
        kind = row.get("kind") or "avance-sur-recettes"
        if kind not in FUNDING_KINDS:
            raise RowProblem(f"kind '{kind}' is not one of {', '.join(FUNDING_KINDS)}")
        g = source.iri
        if row.get("funder"):
            funder = self.agent("organization", row.get("funder"), source, org_class="mc:PublicFundingBody")
        else:
            funder = CCM
            if CCM not in self.registry.existing_iris:  # the funder the commission articles name
                self.facts.add(entity_file(CCM), g, CCM, "rdf:type", "mc:PublicFundingBody")
                self.facts.add(entity_file(CCM), g, CCM, "rdfs:label", text("Centre cinématographique marocain", "fr"))
        amount = _decimal(row.get("amount"), "amount")
        currency = row.get("currency").upper()
        if not re.fullmatch(r"[A-Z]{3}", currency):
            raise RowProblem(f"currency '{row.get('currency')}' is not an ISO 4217 code such as MAD or EUR")
        year = _year(row.get("year"), "year") if row.get("year") else ""
        stage = row.get("stage")
        if stage and stage not in STAGES:
            raise RowProblem(f"stage '{stage}' is not one of {', '.join(STAGES)}")
        node = f"fund:{film.local}-{funder.rsplit('/', 1)[1]}" + (f"-{stage}" if stage else f"-{year}" if year else "")
        file = entity_file(film.iri)
        self.facts.add(file, g, node, "rdf:type", "mc:Funding")
        self.facts.add(file, g, node, "mc:fundedWork", film.iri)
        self.facts.add(file, g, node, "mc:funder", funder)
        self.facts.add(file, g, node, "mc:fundingKind", f"fundkind:{kind}")
        self.facts.add(file, g, node, "mc:amount", typed(amount, "decimal"))
        self.facts.add(file, g, node, "mc:currency", text(currency, None))
        self.facts.add(file, g, node, "mc:source", g)
        if year:
            self.facts.add(file, g, node, "mc:year", typed(year, "gYear"))
        if stage:
            self.facts.add(file, g, node, "mc:amountKind", text(STAGE_LABELS[stage], "en"))
        if row.get("note"):
            self.facts.add(file, g, node, "skos:note", text(row.get("note"), source.language))
        if row.get("producer"):
            self.credit(film, source, "production-company", organization=row.get("producer"))

    def row_boxoffice(self, row: Row) -> None:
        source = self.source(row)
        film = self.film(row)
        if not row.get("admissions") and not row.get("takings"):
            raise RowProblem("give admissions, takings or both")
        code = (row.get("country") or "MA").upper()
        country = self.place(code, source)
        year = _year(row.get("year"), "year") if row.get("year") else ""
        g = source.iri
        # figures of one year from several sources meet on one node; undated ones stay apart
        node = f"rel:{film.local}-{code.lower()}-box-office-" + (year or source.iri.rsplit("/", 1)[1])
        file = entity_file(film.iri)
        self.facts.add(file, g, node, "rdf:type", "mc:Release")
        self.facts.add(file, g, node, "mc:releasedWork", film.iri)
        self.facts.add(file, g, node, "mc:releaseCountry", country)
        self.facts.add(file, g, node, "mc:releaseKind", "relkind:theatrical")
        self.facts.add(file, g, node, "mc:source", g)
        if year:
            self.facts.add(file, g, node, "mc:year", typed(year, "gYear"))
        if row.get("admissions"):
            self.facts.add(file, g, node, "mc:admissions", typed(_integer(row.get("admissions"), "admissions"), "integer"))
        if row.get("takings"):
            if not row.get("currency"):
                raise RowProblem("takings need a currency (MAD, EUR…)")
            self.facts.add(file, g, node, "mc:amount", typed(_decimal(row.get("takings"), "takings"), "decimal"))
            self.facts.add(file, g, node, "mc:currency", text(row.get("currency").upper(), None))
            self.facts.add(file, g, node, "mc:amountKind", text("box-office takings", "en"))
        if row.get("note"):
            self.facts.add(file, g, node, "skos:note", text(row.get("note"), source.language))


def _agree(year: str, directors: set[str], years: set[str], known: set[str]) -> bool:
    """Whether a row's year and directors allow it to be a film with these years and directors:
    same title and another director, or years more than one apart, is another film (film_id merges)."""
    if directors and known and not directors & known:
        return False
    return not (year and years and not any(abs(int(year) - int(y)) <= 1 for y in years))


def _required(table: str) -> tuple[str, ...]:
    from kg.importer.template import TABLES

    return TABLES[table].required


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()] if cell else []


def _yes(cell: str) -> bool:
    return cell.strip().lower() in ("yes", "y", "true", "1", "oui", "x")


def _year(value: str, column: str) -> str:
    if not YEAR.match(value):
        raise RowProblem(f"{column} '{value}' is not a year (YYYY)")
    return value


def _integer(value: str, column: str) -> str:
    cleaned = value.replace(" ", "").replace("\u202f", "").replace("\xa0", "")
    if not cleaned.isdigit():
        raise RowProblem(f"{column} '{value}' is not a whole number")
    return str(int(cleaned))


def _decimal(value: str, column: str) -> str:
    cleaned = value.replace(" ", "").replace("\u202f", "").replace("\xa0", "")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise RowProblem(f"{column} '{value}' is not a number (write 5400000 or 5400000.50)") from None
    if number < 0:
        raise RowProblem(f"{column} '{value}' is negative")
    return format(number.normalize(), "f") if number == number.to_integral() else str(number)
