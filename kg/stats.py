"""Coverage of the graph: what it holds, how complete it is, and whether every fact is sourced.

The figures come from the saved queries ``queries/coverage-*.rq`` (so a researcher gets the
same numbers from any SPARQL tool) run on the data loaded with the same inference as
``kg build``; the count of triples outside any source graph needs the real default graph,
which only this module sees. ``docs/coverage.md`` keeps the latest report.

>>> report = coverage()                       # doctest: +SKIP
>>> report.unsourced_facts                    # doctest: +SKIP
0
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rapidfuzz import fuzz

from kg.build import load_graph
from kg.config import PATHS
from kg.errors import InputError
from kg.names import name_keys, normalise_name
from kg.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH, PREFIXES, shorten

CURATION = PREFIXES["src"] + "curation"


@dataclass
class Coverage:
    """The figures of a coverage report."""

    entities_per_class: dict[str, int] = field(default_factory=dict)
    films: int = 0
    films_with_year_and_director: int = 0
    films_per_decade: dict[str, dict[str, int]] = field(default_factory=dict)
    films_with_full_credits: int = 0
    films_with_characters: int = 0
    people: int = 0
    facts_per_source: list[dict[str, str | int]] = field(default_factory=list)
    facts: int = 0
    unsourced_facts: int = 0
    unsourced_nodes: list[str] = field(default_factory=list)

    @property
    def full_credit_share(self) -> float:
        return self.films_with_full_credits / self.films if self.films else 0.0

    def to_dict(self) -> dict:
        out = asdict(self)
        out["full_credit_share"] = round(self.full_credit_share, 4)
        return out


@dataclass(frozen=True)
class DuplicateGroup:
    """Entities of one class whose names share a normalisation key: probably one thing."""

    kind: str
    key: str
    entities: tuple[tuple[str, str], ...]  # (IRI, a label)
    strength: str  # "same spelling" (strict key) or "similar" (loose key)


def load(data_paths: Iterable[Path] | None = None) -> ox.Store:
    """The data with the ontology and the inference of ``kg build``, in memory."""
    store = ox.Store()
    load_graph(store, data_paths=list(data_paths) if data_paths is not None else [PATHS.data_dir])
    return store


def saved_query(name: str, queries_dir: Path | None = None) -> str:
    path = (queries_dir or PATHS.queries_dir) / f"{name}.rq"
    if not path.exists():
        raise InputError(f"{path}: saved query missing. Restore it from the repository.")
    return path.read_text(encoding="utf-8")


def _select(store: ox.Store, name: str) -> list[dict[str, ox.NamedNode | ox.Literal | None]]:
    results = store.query(saved_query(name), prefixes=PREFIXES, use_default_graph_as_union=True)
    names = [v.value for v in results.variables]
    return [{n: row[n] for n in names} for row in results]


def _int(term) -> int:
    return int(term.value) if term is not None else 0


def coverage(store: ox.Store | None = None, *, data_paths: Iterable[Path] | None = None) -> Coverage:
    """The coverage figures of the data (loaded from ``data_paths``, default data/)."""
    store = store or load(data_paths)
    report = Coverage()
    for row in _select(store, "coverage-entities-per-class"):
        report.entities_per_class[shorten(row["class"].value)] = _int(row["entities"])
    report.films = report.entities_per_class.get("mc:Film", 0)
    report.people = report.entities_per_class.get("mc:Person", 0)
    for row in _select(store, "coverage-films-per-decade"):
        report.films_per_decade[row["decade"].value] = {"films": _int(row["films"]), "with_director": _int(row["withDirector"])}
    rows = _select(store, "coverage-credit-completeness")
    report.films_with_full_credits = sum(1 for r in rows if r["fullCredits"] is not None and r["fullCredits"].value == "true")
    report.films_with_characters = sum(1 for r in rows if _int(r["castWithCharacter"]) > 0)
    q = """SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a mc:Film ; mc:year ?y .
           ?c mc:creditedWork ?f ; mc:role role:director }"""
    report.films_with_year_and_director = _int(next(iter(store.query(q, prefixes=PREFIXES, use_default_graph_as_union=True)))["n"])
    for row in _select(store, "coverage-facts-per-source"):
        report.facts_per_source.append({
            "source": shorten(row["source"].value),
            "url": row["url"].value if row["url"] is not None else "",
            "title": row["title"].value if row["title"] is not None else "",
            "facts": _int(row["facts"]),
        })
    skip = {ONTOLOGY_GRAPH, INFERRED_GRAPH}
    for quad in store.quads_for_pattern(None, None, None, None):
        graph = quad.graph_name
        if isinstance(graph, ox.DefaultGraph):
            report.unsourced_facts += 1
        elif graph.value not in skip:
            report.facts += 1
    described = {str(s["source"]) for s in report.facts_per_source} | {"src:curation"}
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    for row in store.query(q):
        g = row["g"].value
        if g not in skip and shorten(g) not in described:
            report.unsourced_facts += sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(g)))
    report.unsourced_nodes = [shorten(r["node"].value) for r in _select(store, "coverage-unsourced-nodes")]
    return report


def duplicates(store: ox.Store | None = None, *, data_paths: Iterable[Path] | None = None,
               similarity: float = 85.0) -> list[DuplicateGroup]:
    """Probable duplicates: people, organisations or films whose names share a key.

    Names with the same strict key (:func:`kg.names.normalise_name`) but different IRIs are
    "same spelling" groups; names sharing only a loose key and at least ``similarity``
    (rapidfuzz ratio of the folded names) are "similar". Entities already linked by
    ``mc:possiblySameAs`` (an identity judged uncertain) or declared distinct with
    ``owl:differentFrom`` are not reported again.
    """
    store = store or load(data_paths)
    q = """SELECT DISTINCT ?x ?kind ?name WHERE {
        VALUES (?class ?kind) { (mc:Person "person") (mc:Organization "organization") (mc:Film "film") }
        ?x a ?class ; rdfs:label|skos:altLabel|mc:title|mc:alternativeTitle ?name .
    }"""
    names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in store.query(q, prefixes=PREFIXES, use_default_graph_as_union=True):
        names[row["kind"].value][row["x"].value].add(row["name"].value)
    linked = {(r["a"].value, r["b"].value) for r in store.query(
        "SELECT ?a ?b WHERE { ?a mc:possiblySameAs|owl:differentFrom|^owl:differentFrom ?b }",
        prefixes=PREFIXES, use_default_graph_as_union=True)}
    groups: list[DuplicateGroup] = []
    for kind, entities in names.items():
        strict: dict[str, set[str]] = defaultdict(set)
        loose: dict[str, set[str]] = defaultdict(set)
        for entity, labels in entities.items():
            for label in labels:
                strict[normalise_name(label)].add(entity)
                if kind != "film":
                    for key in name_keys(label):
                        loose[key].add(entity)
        seen: set[frozenset[str]] = set()
        def all_linked(members: set[str]) -> bool:
            return all((a, b) in linked or (b, a) in linked for a in members for b in members if a < b)

        for key, members in sorted(strict.items()):
            if len(members) > 1 and frozenset(members) not in seen and not all_linked(members):
                seen.add(frozenset(members))
                groups.append(_group(kind, key, members, entities, "same spelling"))
        for key, members in sorted(loose.items()):
            if len(members) < 2 or frozenset(members) in seen:
                continue
            pairs = [(a, b) for a in members for b in members if a < b and (a, b) not in linked and (b, a) not in linked]
            close = {e for a, b in pairs if _similar(entities[a], entities[b], similarity) for e in (a, b)}
            if len(close) > 1 and frozenset(close) not in seen:
                seen.add(frozenset(close))
                groups.append(_group(kind, key, close, entities, "similar"))
    return groups


def _similar(a: set[str], b: set[str], threshold: float) -> bool:
    return max(fuzz.ratio(normalise_name(x), normalise_name(y)) for x in a for y in b) >= threshold


def _group(kind: str, key: str, members: set[str], entities: dict[str, set[str]], strength: str) -> DuplicateGroup:
    return DuplicateGroup(kind, key, tuple((shorten(m), sorted(entities[m])[0]) for m in sorted(members)), strength)


def markdown(report: Coverage, *, dupes: list[DuplicateGroup] | None = None) -> str:
    """The report as the Markdown of docs/coverage.md's figures section."""
    lines = ["| class | entities |", "|---|---|"]
    lines += [f"| {c} | {n} |" for c, n in sorted(report.entities_per_class.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines += ["", "| decade | films | with a director credit |", "|---|---|---|"]
    lines += [f"| {d} | {v['films']} | {v['with_director']} |" for d, v in report.films_per_decade.items()]
    lines += [
        "",
        f"- films: **{report.films}**; with a year and a director: **{report.films_with_year_and_director}**",
        f"- films with full credits (director, ≥2 other crew roles, ≥2 cast, ≥1 company): "
        f"**{report.films_with_full_credits}** ({report.full_credit_share:.1%}); with at least one character named: "
        f"**{report.films_with_characters}**",
        f"- people: **{report.people}**",
        f"- facts in source graphs: **{report.facts}**; facts without a source: **{report.unsourced_facts}**; "
        f"works and n-ary nodes without mc:source: **{len(report.unsourced_nodes)}**",
        "",
        "| source | facts |",
        "|---|---|",
    ]
    for s in report.facts_per_source:
        label = s["url"] or s["source"]
        lines.append(f"| {label} | {s['facts']} |")
    if dupes is not None:
        lines += ["", f"Probable duplicates: **{len(dupes)}** group(s)."]
        lines += [f"- {g.kind} ({g.strength}): " + "; ".join(f"{iri} “{label}”" for iri, label in g.entities) for g in dupes]
    return "\n".join(lines) + "\n"
