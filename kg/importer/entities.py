"""Which entity a name in a table means: the ones already in data/, or a new one.

People and organisations are matched by :func:`kg.names.normalise_name` over every label
and alternative label already in data/ (and the identities table); films by normalised
title, with the year or the film_id to tell apart films with the same title. Local names
of new entities are slugs of the preferred name (the house style), made unique.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from anyascii import anyascii

from kg.names import name_keys, normalise_name
from kg.names import slugify as _slugify
from kg.namespaces import PREFIXES
from kg.parsing import load_file, rdf_files

R = PREFIXES


def slugify(text: str, *, max_length: int = 80) -> str:
    """An ASCII slug, even for a name met only in Arabic script (transliterated by anyascii).

    >>> slugify("كلاب الصيد")
    'klb-lsyd'
    """
    slug = _slugify(text, max_length=max_length)
    return slug if slug.isascii() else _slugify(anyascii(text), max_length=max_length)


@dataclass
class Film:
    """A film as the importer knows it: its IRI, titles (normalised) and years seen."""

    iri: str
    local: str
    title_keys: set[str] = field(default_factory=set)
    years: set[str] = field(default_factory=set)
    #: year -> IRIs of the source graphs that give it (for films already in data/).
    year_graphs: dict[str, set[str]] = field(default_factory=dict)
    film_id: str | None = None
    existing: bool = False


@dataclass
class DeclaredFilm:
    """What the films table says of a film_id, read before any row is converted.

    A row without film_id that is read before the film_id's first row (an earlier row, or a
    table file read first: ``films-2019.csv`` sorts before ``films.csv``) joins that film when
    its title, director and year agree, instead of becoming a second film.
    """

    film_id: str
    title_keys: set[str] = field(default_factory=set)
    years: set[str] = field(default_factory=set)
    #: Directors as written (their keys need the identities table, read later).
    directors: set[str] = field(default_factory=set)


@dataclass
class Registry:
    """Entities known so far, by kind: existing ones from data/, then those the tables add."""

    taken: set[str] = field(default_factory=set)
    agents: dict[str, dict[str, str]] = field(default_factory=lambda: {"person": {}, "organization": {}})
    labels: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    films: list[Film] = field(default_factory=list)
    sources_by_url: dict[str, str] = field(default_factory=dict)
    events: set[str] = field(default_factory=set)
    #: event IRI -> festival, ceremony or market.
    event_kinds: dict[str, str] = field(default_factory=dict)
    existing_iris: set[str] = field(default_factory=set)
    #: (event IRI, normalised prize name) -> prize IRI.
    prizes: dict[tuple[str, str], str] = field(default_factory=dict)
    #: normalised place name -> place IRI.
    places: dict[str, str] = field(default_factory=dict)
    #: ISO 3166-1 alpha-2 code (mc:countryCode in data/) -> country IRI.
    country_codes: dict[str, str] = field(default_factory=dict)
    #: (event IRI, "year"|"number", value) -> edition IRI.
    editions: dict[tuple[str, str, str], str] = field(default_factory=dict)
    #: film IRI -> normalised names of its directors.
    film_directors: dict[str, set[str]] = field(default_factory=dict)
    #: name key -> preferred name (identities table, status "same").
    same_as: dict[tuple[str, str], str] = field(default_factory=dict)
    #: film_id -> what the films table says of it (:class:`DeclaredFilm`).
    declared_films: dict[str, DeclaredFilm] = field(default_factory=dict)

    # -- people and organisations -------------------------------------------------------
    def preferred(self, kind: str, name: str) -> str:
        """The preferred spelling of ``name``, following the identities table (chains too)."""
        seen = set()
        while (kind, normalise_name(name)) in self.same_as and normalise_name(name) not in seen:
            seen.add(normalise_name(name))
            name = self.same_as[(kind, normalise_name(name))]
        return name

    def agent(self, kind: str, name: str) -> tuple[str, bool]:
        """The IRI of the person or organisation called ``name``, and whether it is new."""
        preferred = self.preferred(kind, name)
        key = normalise_name(preferred)
        found = self.agents[kind].get(key) or self.agents[kind].get(normalise_name(name))
        if found:
            self.agents[kind].setdefault(key, found)
            return found, False
        prefix = "person" if kind == "person" else "org"
        iri = self.mint(prefix, slugify(preferred))
        self.agents[kind][key] = iri
        return iri, True

    def mint(self, prefix: str, slug: str, *, suffix: str = "") -> str:
        """A new IRI ``prefix:slug`` not yet taken (``-2``, ``-3``… appended if needed)."""
        base = R[prefix] + (slug or "unnamed") + (f"-{suffix}" if suffix else "")
        iri, n = base, 2
        while iri in self.taken:
            iri, n = f"{base}-{n}", n + 1
        self.taken.add(iri)
        return iri

    # -- films ----------------------------------------------------------------------------
    def find_films(self, ref: str, year: str = "") -> list[Film]:
        """Films a reference may mean: by film_id first, then by title (and year if given)."""
        by_id = [f for f in self.films if ref in (f.film_id, f.local)]
        if by_id:
            return by_id
        key = normalise_name(ref)
        matches = [f for f in self.films if key in f.title_keys]
        if year and len(matches) > 1:
            matches = [f for f in matches if year in f.years or not f.years] or matches
        return matches

    def new_film(self, title: str, *, film_id: str = "", year: str = "") -> Film:
        """A film not in data/: its local name from film_id, else the title (+ year if taken)."""
        if film_id:
            iri = R["work"] + film_id
            self.taken.add(iri)
        else:
            slug = slugify(title)
            iri = R["work"] + slug
            if iri in self.taken:
                iri = self.mint("work", slug, suffix=year)
            self.taken.add(iri)
        film = Film(iri=iri, local=iri.rsplit("/", 1)[1], film_id=film_id or None)
        self.films.append(film)
        return film


def load_existing(data_dir: Path, *, without_imported: bool = False) -> tuple[Registry, ox.Store]:
    """Read data/ and index what the tables may refer to.

    ``without_imported`` leaves out what earlier imports wrote (files starting with the
    importer's header, appendices of hand-written files), for a ``--replace`` import that
    regenerates all of it from the tables.
    """
    from kg.importer.writer import MARKER, split_appendix

    store = ox.Store()
    if data_dir.exists():
        for path in rdf_files([data_dir]):
            if not without_imported or path.suffix != ".trig":
                load_file(store, path)
                continue
            text = path.read_text(encoding="utf-8")
            if text.startswith(MARKER):
                continue
            store.load(split_appendix(text)[0], format=ox.RdfFormat.TRIG, base_iri=path.resolve().as_uri())
    reg = Registry()
    for quad in store.quads_for_pattern(None, None, None, None):
        if isinstance(quad.subject, ox.NamedNode):
            reg.taken.add(quad.subject.value)
            reg.existing_iris.add(quad.subject.value)
    q = """SELECT ?x ?kind ?name WHERE {
        GRAPH ?g { ?x a ?class . }
        VALUES (?class ?kind) { (mc:Person "person") (mc:Organization "organization")
            (mc:ProductionCompany "organization") (mc:PublicFundingBody "organization")
            (mc:StreamingPlatform "organization") (mc:Distributor "organization") (mc:Broadcaster "organization") }
        GRAPH ?h { ?x rdfs:label|skos:altLabel|foaf:name ?name }
    }"""
    for row in store.query(q, prefixes=PREFIXES):
        reg.agents[row["kind"].value].setdefault(normalise_name(row["name"].value), row["x"].value)
    for row in store.query("SELECT ?x ?label WHERE { GRAPH ?g { ?x rdfs:label ?label } }", prefixes=PREFIXES):
        reg.labels[row["x"].value].setdefault(row["label"].language or "", row["label"].value)
    q = """SELECT ?work ?name WHERE {
        GRAPH ?g { ?c mc:creditedWork ?work ; mc:role role:director ; mc:creditedPerson ?p }
        GRAPH ?h { ?p rdfs:label|skos:altLabel ?name }
    }"""
    for row in store.query(q, prefixes=PREFIXES):
        reg.film_directors.setdefault(row["work"].value, set()).update(name_keys(row["name"].value))
    films: dict[str, Film] = {}
    q = """SELECT ?x ?title ?year ?yg WHERE {
        GRAPH ?g { ?x a ?class . VALUES ?class { mc:Film mc:Work mc:TVSeries } }
        OPTIONAL { GRAPH ?h { ?x rdfs:label|mc:title|mc:originalTitle|mc:alternativeTitle ?title } }
        OPTIONAL { GRAPH ?yg { ?x mc:year ?year } }
    }"""
    for row in store.query(q, prefixes=PREFIXES):
        iri = row["x"].value
        film = films.setdefault(iri, Film(iri=iri, local=iri.rsplit("/", 1)[1], existing=True))
        if row["title"] is not None:
            film.title_keys.add(normalise_name(row["title"].value))
        if row["year"] is not None:
            film.years.add(row["year"].value[:4])
            film.year_graphs.setdefault(row["year"].value[:4], set()).add(row["yg"].value)
    reg.films.extend(films.values())
    for row in store.query("SELECT ?s ?url WHERE { GRAPH ?g { ?s mc:url ?url } }", prefixes=PREFIXES):
        reg.sources_by_url[row["url"].value] = row["s"].value
    kinds = {PREFIXES["mc"] + "Festival": "festival", PREFIXES["mc"] + "AwardCeremony": "ceremony", PREFIXES["mc"] + "Market": "market"}
    for row in store.query(
        "SELECT DISTINCT ?e ?c WHERE { GRAPH ?g { ?e a ?c . VALUES ?c { mc:Festival mc:AwardCeremony mc:Market mc:EventSeries } } }",
        prefixes=PREFIXES,
    ):
        reg.events.add(row["e"].value)
        if row["c"].value in kinds:
            reg.event_kinds[row["e"].value] = kinds[row["c"].value]
    q = """SELECT ?prize ?event ?name WHERE { GRAPH ?g { ?prize mc:awardedBy ?event }
        GRAPH ?h { ?prize rdfs:label|skos:altLabel ?name } }"""
    for row in store.query(q, prefixes=PREFIXES):
        reg.prizes.setdefault((row["event"].value, normalise_name(row["name"].value)), row["prize"].value)
    q = """SELECT ?place ?name WHERE { GRAPH ?g { ?place a ?c . VALUES ?c { mc:City mc:Country mc:Region mc:Venue mc:Place } }
        GRAPH ?h { ?place rdfs:label|skos:altLabel ?name } }"""
    for row in store.query(q, prefixes=PREFIXES):
        reg.places.setdefault(normalise_name(row["name"].value), row["place"].value)
    q = "SELECT ?place ?code WHERE { GRAPH ?g { ?place a mc:Country ; mc:countryCode ?code } }"
    for row in store.query(q, prefixes=PREFIXES):
        reg.country_codes.setdefault(row["code"].value.upper(), row["place"].value)
    q = """SELECT ?edition ?event ?year ?number WHERE { GRAPH ?g { ?edition mc:editionOf ?event }
        OPTIONAL { GRAPH ?h { ?edition mc:year ?year } } OPTIONAL { GRAPH ?i { ?edition mc:editionNumber ?number } } }"""
    for row in store.query(q, prefixes=PREFIXES):
        event, edition = row["event"].value, row["edition"].value
        if row["year"] is not None:
            reg.editions.setdefault((event, "year", row["year"].value[:4]), edition)
        if row["number"] is not None:
            reg.editions.setdefault((event, "number", str(int(row["number"].value))), edition)
    return reg, store
