"""Candidate Wikidata items, found by structure and fetched in batches of standard SPARQL.

No ``wikibase:label`` service, no ``mwapi``, no full-text index: every query is plain
SPARQL 1.1 that any endpoint holding Wikidata-shaped data answers (the Wikidata Query
Service, QLever, a local mirror or oxigraph). Three shapes, all returning ``?item ?p ?o``
rows for a fixed list of properties, so one parser reads them all:

* **harvest** — items found by structure (works whose country of origin is Morocco, people
  of Moroccan citizenship with a film occupation, organisations credited on Moroccan works,
  festivals in Morocco), paged over items with ``ORDER BY ?item LIMIT/OFFSET``;
* **lookup** — items whose label or alias is exactly one of our names (a ``VALUES`` block of
  language-tagged literals, answered from the store's index, never a scan);
* **details** — the statements of items known by Q-id (a ``VALUES`` block of IRIs), e.g. the
  people credited on a matched work.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kg.link import wikidata as W
from kg.link.client import Row, SparqlClient

PAGE_ITEMS = 1000
LOOKUP_BATCH = 2000
DETAILS_BATCH = 1000

#: Statements fetched for every item.
ITEM_PROPERTIES = (
    W.INSTANCE_OF, W.COUNTRY, W.CITIZENSHIP, W.OCCUPATION, W.COUNTRY_OF_ORIGIN, W.PUBLICATION_DATE,
    W.BIRTH_DATE, W.LOCATION, W.ADMIN_LOCATION, W.INCEPTION, *W.CREDIT_PROPERTIES,
)
BASE_LANGUAGES = ("fr", "en", "ar", "mul", "ary", "arz")
#: Our language tags and the Wikidata language codes that hold the same text.
LANGUAGE_ALIASES = {"no": ("no", "nb", "nn"), "nb": ("nb", "no"), "nn": ("nn", "no")}


@dataclass
class WikidataItem:
    """What the linker knows of one Wikidata item: names and the statements it fetched."""

    qid: str
    labels: set[tuple[str, str]] = field(default_factory=set)
    aliases: set[tuple[str, str]] = field(default_factory=set)
    descriptions: dict[str, str] = field(default_factory=dict)
    claims: dict[str, set[str]] = field(default_factory=dict)

    def values(self, prop: str) -> set[str]:
        return self.claims.get(prop, set())

    @property
    def names(self) -> list[tuple[str, str]]:
        return sorted(self.labels) + sorted(self.aliases - self.labels)

    @property
    def label(self) -> str:
        for lang in ("fr", "en", "mul", "ar"):
            for text, tag in sorted(self.labels):
                if tag == lang:
                    return text
        return min(self.labels)[0] if self.labels else self.qid

    @property
    def description(self) -> str:
        return self.descriptions.get("en") or self.descriptions.get("fr") or next(iter(sorted(self.descriptions.values())), "")

    def years(self, prop: str) -> set[int]:
        """Years of the date values of ``prop`` (``2008-12-24T00:00:00Z`` → 2008)."""
        out = set()
        for value in self.values(prop):
            match = re.match(r"^\+?(-?\d{1,4})-", value)
            if match:
                out.add(int(match.group(1)))
        return out


def sparql_literal(text: str, lang: str = "") -> str:
    """A SPARQL string literal, escaped, with its language tag.

    >>> sparql_literal('Le "Regard"', "fr")
    '"Le \\\\"Regard\\\\""@fr'
    """
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"' + (f"@{lang}" if lang else "")


def languages_for(tags: Iterable[str]) -> tuple[str, ...]:
    """The label languages to fetch: ours (with their Wikidata codes) and fr, en, ar, mul."""
    out = set(BASE_LANGUAGES)
    for tag in tags:
        if tag:
            tag = tag.lower()
            out.update(LANGUAGE_ALIASES.get(tag, (tag,)))
    return tuple(sorted(out))


def _prologue() -> str:
    return (
        "PREFIX wd: <http://www.wikidata.org/entity/>\n"
        "PREFIX wdt: <http://www.wikidata.org/prop/direct/>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    )


def _statements(languages: tuple[str, ...]) -> str:
    """The shared pattern: ``?item ?p ?o`` for our properties, literals in our languages."""
    props = " ".join(f"wdt:{p}" for p in ITEM_PROPERTIES)
    names = " ".join(f"<{iri}>" for iri in (*W.LABEL_PREDICATES, *W.ALIAS_PREDICATES, *W.DESCRIPTION_PREDICATES))
    langs = ", ".join(f'"{lang}"' for lang in languages)
    return (
        f"  VALUES ?p {{ {props} {names} }}\n"
        "  ?item ?p ?o .\n"
        f"  FILTER(!isLiteral(?o) || LANG(?o) = \"\" || LANG(?o) IN ({langs}))\n"
    )


def _entities(qids: Iterable[str]) -> str:
    return " ".join(f"wd:{q}" for q in qids)


#: Structures of the harvest queries, by name: the WHERE body selecting ?item.
def harvest_structures() -> dict[str, str]:
    work_classes = _entities(sorted(W.FILM_CLASSES | W.SERIES_CLASSES))
    occupations = _entities(sorted(W.FILM_OCCUPATIONS))
    org_props = "|".join(f"wdt:{p}" for p in W.ORGANIZATION_CREDIT_PROPERTIES)
    return {
        "works of Moroccan origin": f"?item wdt:{W.COUNTRY_OF_ORIGIN} wd:{W.MOROCCO} ; wdt:{W.INSTANCE_OF} ?class . VALUES ?class {{ {work_classes} }}",
        "works directed by Moroccan citizens": f"?item wdt:P57 ?director ; wdt:{W.INSTANCE_OF} ?class . ?director wdt:{W.CITIZENSHIP} wd:{W.MOROCCO} . VALUES ?class {{ {work_classes} }}",
        "Moroccan film people": f"?item wdt:{W.CITIZENSHIP} wd:{W.MOROCCO} ; wdt:{W.OCCUPATION} ?occupation . VALUES ?occupation {{ {occupations} }}",
        "organisations credited on Moroccan works": f"?work wdt:{W.COUNTRY_OF_ORIGIN} wd:{W.MOROCCO} ; {org_props} ?item .",
        "Moroccan film companies": f"?item wdt:{W.INSTANCE_OF} wd:Q1762059 ; wdt:{W.COUNTRY} wd:{W.MOROCCO} .",
        "film festivals in Morocco": f"?item wdt:{W.INSTANCE_OF} ?class ; wdt:{W.COUNTRY} wd:{W.MOROCCO} . VALUES ?class {{ {_entities(sorted(W.FESTIVAL_CLASSES))} }}",
    }


#: Which harvests serve which of our kinds.
HARVESTS_BY_KIND = {
    "film": ("works of Moroccan origin", "works directed by Moroccan citizens"),
    "series": ("works of Moroccan origin", "works directed by Moroccan citizens"),
    "person": ("Moroccan film people",),
    "organization": ("organisations credited on Moroccan works", "Moroccan film companies"),
    "festival": ("film festivals in Morocco",),
}


def harvest_query(structure: str, languages: tuple[str, ...], *, offset: int, limit: int = PAGE_ITEMS) -> str:
    return (
        _prologue()
        + "SELECT ?item ?p ?o WHERE {\n"
        + f"  {{ SELECT DISTINCT ?item WHERE {{ {structure} }} ORDER BY ?item LIMIT {limit} OFFSET {offset} }}\n"
        + _statements(languages)
        + "}"
    )


def lookup_query(names: Iterable[tuple[str, str]], languages: tuple[str, ...]) -> str:
    values = " ".join(sparql_literal(text, lang) for text, lang in names)
    paths = "|".join(f"<{iri}>" for iri in (*W.LABEL_PREDICATES, *W.ALIAS_PREDICATES))
    return (
        _prologue()
        + "SELECT ?item ?p ?o WHERE {\n"
        + f"  {{ SELECT DISTINCT ?item WHERE {{ VALUES ?name {{ {values} }} ?item {paths} ?name . }} }}\n"
        + _statements(languages)
        + "}"
    )


def details_query(qids: Iterable[str], languages: tuple[str, ...]) -> str:
    return _prologue() + "SELECT ?item ?p ?o WHERE {\n" + f"  VALUES ?item {{ {_entities(qids)} }}\n" + _statements(languages) + "}"


def chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class CandidateFetcher:
    """Fetches and accumulates Wikidata items; every query goes through the cached client."""

    def __init__(self, client: SparqlClient, languages: tuple[str, ...], *, on_query: Callable[[str], None] | None = None) -> None:
        self.client = client
        self.languages = languages
        self.items: dict[str, WikidataItem] = {}
        self.on_query = on_query or (lambda what: None)

    def _read(self, rows: list[Row]) -> set[str]:
        seen = set()
        for row in rows:
            item_iri = row.get("item", {}).get("value", "")
            if not item_iri.startswith(W.WD):
                continue
            q = W.qid(item_iri)
            seen.add(q)
            item = self.items.setdefault(q, WikidataItem(q))
            p, o = row["p"]["value"], row["o"]
            if p.startswith(W.WDT):
                value = W.qid(o["value"]) if o["type"] == "uri" and o["value"].startswith(W.WD) else o["value"]
                item.claims.setdefault(p[len(W.WDT):], set()).add(value)
            elif p in W.LABEL_PREDICATES:
                item.labels.add((o["value"], o.get("xml:lang", "")))
            elif p in W.ALIAS_PREDICATES:
                item.aliases.add((o["value"], o.get("xml:lang", "")))
            elif p in W.DESCRIPTION_PREDICATES:
                item.descriptions.setdefault(o.get("xml:lang", ""), o["value"])
        return seen

    def harvest(self, name: str) -> set[str]:
        """Every item of one harvest structure, page by page; returns their Q-ids."""
        structure = harvest_structures()[name]
        found: set[str] = set()
        offset = 0
        while True:
            self.on_query(f"harvest: {name}")
            page = self._read(self.client.select(harvest_query(structure, self.languages, offset=offset)))
            found |= page
            if len(page) < PAGE_ITEMS:
                return found
            offset += PAGE_ITEMS

    def lookup(self, names: Iterable[tuple[str, str]]) -> set[str]:
        """Items with a label or alias exactly equal to one of ``names`` (text, language)."""
        literals = sorted(set(names))
        found: set[str] = set()
        for chunk in chunks(literals, LOOKUP_BATCH):
            self.on_query("lookup: exact labels")
            found |= self._read(self.client.select(lookup_query(chunk, self.languages)))
        return found

    def details(self, qids: Iterable[str]) -> None:
        """Fetch the statements of the items not fetched yet."""
        missing = sorted(q for q in set(qids) if q not in self.items)
        for chunk in chunks(missing, DETAILS_BATCH):
            self.on_query("details")
            self._read(self.client.select(details_query(chunk, self.languages)))
            for q in chunk:  # an item that no longer exists is remembered as empty
                self.items.setdefault(q, WikidataItem(q))


def lookup_names(names: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """The literals to look up for our names: each name in its own language and fr, en, mul
    (Latin script) or ar (Arabic script).

    >>> sorted(lookup_names([("Zéro", "fr")]))
    [('Zéro', 'en'), ('Zéro', 'fr'), ('Zéro', 'mul')]
    """
    out: set[tuple[str, str]] = set()
    for text, lang in names:
        text = " ".join(text.split())
        if not text:
            continue
        arabic = any("\u0600" <= ch <= "\u06ff" for ch in text)
        tags = {"ar", "ary", "arz"} if arabic else {"fr", "en", "mul"}
        if lang:
            tags.update(LANGUAGE_ALIASES.get(lang.lower(), (lang.lower(),)))
        out.update((text, tag) for tag in tags)
    return out
