"""``kg enrich``: selected Wikidata facts about our linked entities, in a graph of their own.

For each linked entity the Wikidata item's birth date (P569) and place (P19, with the
place's labels), external identifiers (IMDb, AlloCiné, TMDb, VIAF, BnF, ISNI) and labels in
Arabic, French and English are written as Wikidata states them — on the Wikidata IRI, with
Wikidata's properties (``wdt:P569``…) — in the named graph ``src:wikidata-enrichment``, whose
source entity records the endpoint and the date. Nothing is written on our entities, so a
query over curated facts (``mc:birthDate``…) never sees them unless it asks; the saved query
``quality-wikidata-disagreements`` lists where the two disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.link import wikidata as W
from kg.link.candidates import chunks, sparql_literal
from kg.link.client import Row, SparqlClient
from kg.link.files import atomic_write_many
from kg.link.output import ENRICHMENT_GRAPH, source_trig
from kg.link.sssom import read as read_mapping
from kg.namespaces import turtle_prologue

LANGUAGES = ("ar", "fr", "en")
FACT_PROPERTIES = (W.BIRTH_DATE, W.BIRTH_PLACE, *W.EXTERNAL_IDS)
BATCH = 1000


@dataclass(frozen=True)
class EnrichPaths:
    enrichment: Path
    source: Path

    @classmethod
    def under(cls, root: Path) -> EnrichPaths:
        return cls(root / "data" / "links" / "wikidata-enrichment.trig", root / "data" / "sources" / "wikidata-enrichment.trig")


@dataclass
class EnrichReport:
    endpoint: str
    items: int = 0
    facts: int = 0
    requests: int = 0
    cache_hits: int = 0
    written: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def _query(qids: Iterable[str], props: Iterable[str]) -> str:
    values = " ".join(f"wd:{q}" for q in qids)
    preds = " ".join(f"wdt:{p}" for p in props) + " " + " ".join(f"<{p}>" for p in W.LABEL_PREDICATES)
    langs = ", ".join(f'"{lang}"' for lang in LANGUAGES)
    return (
        "PREFIX wd: <http://www.wikidata.org/entity/>\nPREFIX wdt: <http://www.wikidata.org/prop/direct/>\n"
        f"SELECT ?item ?p ?o WHERE {{\n  VALUES ?item {{ {values} }}\n  VALUES ?p {{ {preds} }}\n  ?item ?p ?o .\n"
        f"  FILTER(!isLiteral(?o) || LANG(?o) = \"\" || LANG(?o) IN ({langs}))\n}}"
    )


def _term(o: dict[str, str]) -> str:
    if o["type"] == "uri":
        return f"wd:{W.qid(o['value'])}" if o["value"].startswith(W.WD) else f"<{o['value']}>"
    if o.get("xml:lang"):
        return sparql_literal(o["value"], o["xml:lang"])
    if o.get("datatype") and not o["datatype"].endswith("#string"):
        return f"{sparql_literal(o['value'])}^^<{o['datatype']}>"
    return sparql_literal(o["value"])


def _triples(rows: list[Row]) -> set[tuple[str, str, str]]:
    out = set()
    for row in rows:
        item, p, o = row["item"]["value"], row["p"]["value"], row["o"]
        pred = f"wdt:{p[len(W.WDT):]}" if p.startswith(W.WDT) else "rdfs:label"
        out.add((f"wd:{W.qid(item)}", pred, _term(o)))
    return out


def enrich(*, client: SparqlClient, mapping: Path, paths: EnrichPaths, date: str, write: bool = True) -> EnrichReport:
    """Fetch the facts of every linked item and write the enrichment graph and its source."""
    _, rows = read_mapping(mapping)
    qids = sorted({r.qid for r in rows if r.is_link})
    report = EnrichReport(endpoint=client.endpoint, items=len(qids))
    triples: set[tuple[str, str, str]] = set()
    for chunk in chunks(qids, BATCH):
        triples |= _triples(client.select(_query(chunk, FACT_PROPERTIES)))
    places = sorted({o.removeprefix("wd:") for _, p, o in triples if p == f"wdt:{W.BIRTH_PLACE}" and o.startswith("wd:")})
    for chunk in chunks(places, BATCH):
        triples |= _triples(client.select(_query(chunk, ())))
    report.facts = len(triples)
    report.requests, report.cache_hits = client.stats.requests, client.stats.cache_hits
    if write:
        body = [f"    {s} {p} {o} ." for s, p, o in sorted(triples)]
        trig = turtle_prologue() + "@prefix wdt: <http://www.wikidata.org/prop/direct/> .\n\n" + f"GRAPH {ENRICHMENT_GRAPH} {{\n\n" + "\n".join(body) + "\n\n}\n"
        source = source_trig(
            ENRICHMENT_GRAPH,
            title="Facts imported from Wikidata (kg enrich)",
            description=(
                f"Birth dates and places, external identifiers and ar/fr/en labels of the {len(qids)} Wikidata items our "
                f"entities are linked to, as Wikidata states them (wdt: properties on the Wikidata IRIs), fetched from "
                f"{client.endpoint}. Not curated: compare with the saved query quality-wikidata-disagreements."
            ),
            endpoint=client.endpoint,
            date=date,
        )
        files = {paths.enrichment: trig if triples else None, paths.source: source if triples else None}
        atomic_write_many(files)
        report.written = [str(p) for p, t in files.items() if t is not None]
    return report
