"""Rows of the template's tables turned into facts in the house style of data/.

Each row cites one source (its ``source_url``); every fact of the row goes into that
source's named graph, and every work and n-ary node carries ``mc:source`` (the data model).
Problems are collected per row ("films.csv row 12: …") so one run reports them all.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from kg.importer.cells import DATE, YEAR, RowProblem, is_yes, parse_decimal, parse_integer, parse_year, split_cell
from kg.importer.entities import DeclaredFilm, Film, slugify
from kg.importer.facts import entity_file, text, typed
from kg.importer.minting import EVENT_CLASS, Minter, Source
from kg.importer.reader import Row
from kg.importer.template import ENTITY_KINDS, EVENT_KINDS, FORMS, FUNDING_KINDS, IDENTITY_STATUSES, SELECTION_KINDS, STAGES
from kg.names import normalise_name
from kg.namespaces import PREFIXES

CURATION = PREFIXES["src"] + "curation"
CURATION_FILE = "curation.trig"
CCM = PREFIXES["org"] + "ccm"
ISO639_3 = {"fr": "fra", "en": "eng", "ar": "ara", "it": "ita", "de": "deu", "es": "spa", "ca": "cat", "nl": "nld",
            "pt": "por", "ro": "ron", "ru": "rus", "ary": "ary", "zgh": "zgh"}
STAGE_LABELS = {"before-production": "advance before production", "after-production": "advance after production",
                "screenplay-writing": "contribution to screenplay writing", "screenplay-rewriting": "contribution to screenplay rewriting"}


class Converter(Minter):
    """Turns rows into :class:`Facts`: one ``row_<table>`` method per table of the template,
    over the entity minting of :class:`kg.importer.minting.Minter`."""

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
            declared.directors.update(split_cell(row.get("director")))

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
            year = parse_year(year, "year")
        if film_id and slugify(film_id) != film_id:
            raise RowProblem(f"film_id '{film_id}' must be a slug like '{slugify(film_id)}'")
        directors = {k for d in split_cell(row.get("director")) for k in self.director_keys(d)}
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
            self.facts.add(file, g, film.iri, "mc:runtimeMinutes", typed(parse_integer(row.get("runtime"), "runtime"), "integer"))
        if row.get("form"):
            if row.get("form") not in FORMS:
                raise RowProblem(f"form '{row.get('form')}' is not one of {', '.join(FORMS)}")
            self.facts.add(file, g, film.iri, "mc:form", f"form:{row.get('form')}")
        for code in split_cell(row.get("country")):
            self.facts.add(file, g, film.iri, "mc:countryOfOrigin", self.place(code, source))
        for name in split_cell(row.get("director")):
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
        recipients = [self.agent(kind, name, source) for name in split_cell(row.get("recipient"))]
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
        if is_yes(row.get("ex_aequo")):
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
        amount = parse_decimal(row.get("amount"), "amount")
        currency = row.get("currency").upper()
        if not re.fullmatch(r"[A-Z]{3}", currency):
            raise RowProblem(f"currency '{row.get('currency')}' is not an ISO 4217 code such as MAD or EUR")
        year = parse_year(row.get("year"), "year") if row.get("year") else ""
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
        year = parse_year(row.get("year"), "year") if row.get("year") else ""
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
            self.facts.add(file, g, node, "mc:admissions", typed(parse_integer(row.get("admissions"), "admissions"), "integer"))
        if row.get("takings"):
            if not row.get("currency"):
                raise RowProblem("takings need a currency (MAD, EUR…)")
            self.facts.add(file, g, node, "mc:amount", typed(parse_decimal(row.get("takings"), "takings"), "decimal"))
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


__all__ = ["CURATION", "CURATION_FILE", "Converter", "RowProblem"]
