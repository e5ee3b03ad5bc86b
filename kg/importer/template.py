"""The spreadsheet template: which tables exist, their columns and allowed values.

docs/import.md documents the same tables for people; ``templates/`` holds them empty (one
CSV per table, and one workbook with a sheet per table), written from :data:`TABLES` by
:func:`write_templates` so the three never drift apart.

>>> TABLES["films"].required
('title', 'source_url')
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Table:
    """One table of the template: its columns in order, which are required, what they mean."""

    name: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    help: dict[str, str] = field(default_factory=dict)


ROLES = (
    "director", "screenwriter", "cinematographer", "editor", "composer", "sound",
    "production-designer", "art-director", "costume-designer", "storyboard-artist",
    "producer", "executive-producer", "co-producer", "actor",
    "production-company", "co-production-company", "distributor", "broadcaster",
)
#: Roles held by organisations; the others by people.
ORGANIZATION_ROLES = ("production-company", "co-production-company", "distributor", "broadcaster")
FORMS = ("feature", "short", "documentary")
SELECTION_KINDS = ("oscar-submission", "nomination", "official-competition", "official-selection", "market-selection")
FUNDING_KINDS = ("avance-sur-recettes", "public-funding", "co-production")
STAGES = ("before-production", "after-production", "screenplay-writing", "screenplay-rewriting")
EVENT_KINDS = ("festival", "ceremony", "market")
IDENTITY_STATUSES = ("same", "uncertain", "different")
ENTITY_KINDS = ("person", "organization", "work")
LANGUAGES = ("fr", "en", "ar", "it", "de", "es", "ca", "nl", "pt", "ro", "ru", "ary", "zgh")

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "sources",
            ("url", "title", "publisher", "language", "issued", "note"),
            ("url", "title", "language"),
            {
                "url": "the page's address; every other table cites it in source_url",
                "title": "the page's title as shown",
                "publisher": "site or newspaper (e.g. Wikipédia, Le Matin)",
                "language": "language of the page: " + ", ".join(LANGUAGES),
                "issued": "publication date if the page shows one: YYYY, YYYY-MM or YYYY-MM-DD",
            },
        ),
        Table(
            "films",
            ("film_id", "title", "title_lang", "alt_title", "alt_title_lang", "year", "director",
             "runtime", "form", "country", "source_url", "note"),
            ("title", "source_url"),
            {
                "film_id": "optional local name (slug) to tell apart films with the same title",
                "title": "title as the source prints it",
                "title_lang": "language of the title (default: the source's language)",
                "alt_title": "another title of the film on the same page (Arabic, English…)",
                "year": "YYYY",
                "director": "director(s), several separated by ' | '",
                "runtime": "minutes (integer)",
                "form": ", ".join(FORMS),
                "country": "ISO 3166-1 alpha-2 codes of the production countries, ' | '-separated",
            },
        ),
        Table(
            "credits",
            ("film", "film_year", "person", "organization", "role", "character", "source_url", "note"),
            ("film", "role", "source_url"),
            {
                "film": "film_id or title of a film in films.csv or already in data/",
                "film_year": "year, to pick between films with the same title",
                "person": "the person credited (or use organization)",
                "organization": "the company credited (roles " + ", ".join(ORGANIZATION_ROLES) + ")",
                "role": ", ".join(ROLES),
                "character": "for actors: the character's name as printed",
            },
        ),
        Table(
            "events",
            ("event_id", "label", "label_lang", "kind", "source_url", "note"),
            ("event_id", "label", "kind", "source_url"),
            {
                "event_id": "local name, e.g. festival-national-du-film, academy-awards",
                "kind": ", ".join(EVENT_KINDS),
            },
        ),
        Table(
            "prizes",
            ("event", "edition_year", "edition_number", "edition_city", "prize", "prize_id", "film", "film_year",
             "recipient", "recipient_kind", "ex_aequo", "source_url", "note"),
            ("event", "source_url"),
            {
                "event": "event_id from events.csv or data/",
                "edition_year": "year of the edition (give it, or edition_number, or both)",
                "edition_number": "the edition's number (integer), if the source gives it",
                "edition_city": "city where the edition was held",
                "prize": "the prize's name as the source prints it (e.g. Grand Prix, Prix du meilleur scénario)",
                "prize_id": "the prize category's local name when its printed name varies (grand-prix, first-male-role…); "
                            "names already in data/ are matched without it",
                "film": "film awarded (film_id or title), may be empty for a prize to a person only",
                "recipient": "person(s) awarded, ' | '-separated (an ex-aequo prize is one row)",
                "recipient_kind": "person (default) or organization",
                "ex_aequo": "yes when the source says the prize was shared",
            },
        ),
        Table(
            "selections",
            ("event", "edition_year", "edition_number", "film", "film_year", "kind", "prize", "prize_id", "result",
             "country", "source_url", "note"),
            ("event", "film", "kind", "source_url"),
            {
                "kind": ", ".join(SELECTION_KINDS),
                "prize": "the prize the selection is for (e.g. Best International Feature Film)",
                "result": "what the source says came of it (e.g. Not nominated)",
                "country": "ISO code of the country the film represents (Oscar submissions)",
            },
        ),
        Table(
            "funding",
            ("film", "film_year", "funder", "kind", "stage", "amount", "currency", "year", "producer", "source_url", "note"),
            ("film", "amount", "currency", "source_url"),
            {
                "funder": "default: Centre cinématographique marocain (org:ccm)",
                "kind": ", ".join(FUNDING_KINDS) + " (default avance-sur-recettes)",
                "stage": ", ".join(STAGES) + " (part of the funding's identity: two sources on one decision meet)",
                "amount": "number, no spaces or thousands separators (5400000 or 5400000.50)",
                "currency": "ISO 4217: MAD, EUR…",
                "year": "year of the decision (YYYY)",
                "producer": "company that received the funding, if named",
            },
        ),
        Table(
            "boxoffice",
            ("film", "film_year", "country", "year", "admissions", "takings", "currency", "source_url", "note"),
            ("film", "source_url"),
            {
                "country": "ISO code (default MA)",
                "year": "the year the figures cover",
                "admissions": "tickets sold (integer)",
                "takings": "gross receipts (number) in currency",
            },
        ),
        Table(
            "notes",
            ("kind", "ref", "film_year", "note"),
            ("kind", "ref", "note"),
            {
                "kind": "film, person or organization",
                "ref": "the film (film_id or title) or the person's or organisation's name",
                "note": "an editorial note (src:curation): which of two disagreeing sources is preferred and why, "
                        "or a caveat about a source",
            },
        ),
        Table(
            "identities",
            ("kind", "name", "same_as", "status", "note"),
            ("kind", "name", "same_as", "status", "note"),
            {
                "kind": ", ".join(ENTITY_KINDS),
                "name": "a spelling met in a source",
                "same_as": "the preferred spelling (the entity's label)",
                "status": "same: merge (name becomes an alternative label); uncertain: keep apart, linked by mc:possiblySameAs; "
                          "different: two entities that must stay apart, linked by owl:differentFrom",
                "note": "the evidence, in a sentence",
            },
        ),
    )
}

#: The order tables are read in: each may refer to entities the ones before it define.
ORDER = ("sources", "identities", "events", "films", "credits", "prizes", "selections", "funding", "boxoffice", "notes")


def write_templates(folder: Path) -> list[Path]:
    """Write one empty CSV per table and ``template.xlsx`` with a sheet per table."""
    from openpyxl import Workbook

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    book = Workbook()
    book.remove(book.active)
    for name in ORDER:
        table = TABLES[name]
        path = folder / f"{name}.csv"
        with path.open("w", newline="", encoding="utf-8") as out:
            csv.writer(out).writerow(table.columns)
        written.append(path)
        book.create_sheet(name).append(list(table.columns))
    book.save(folder / "template.xlsx")
    written.append(folder / "template.xlsx")
    return written
