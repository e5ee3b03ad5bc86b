"""One ``kg link`` run: find candidates, score them, decide, and write every file at once.

Order matters: works are matched first (their titles, years and directors are the most
telling), then people through the credits of the matched works, then organisations
(credited on matched works) and festivals. Every file is written at the very end, each
atomically, so an interrupted or failed run changes nothing; the response cache makes the
next run resume where this one stopped, without duplicate or lost links (rows are keyed by
entity and item, and the decisions are a function of the answers).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from rapidfuzz import fuzz, process

from kg.config import PATHS
from kg.errors import InputError
from kg.link import review as review_file
from kg.link import sssom
from kg.link import wikidata as W
from kg.link.candidates import HARVESTS_BY_KIND, CandidateFetcher, WikidataItem, languages_for, lookup_names
from kg.link.client import SparqlClient
from kg.link.files import atomic_write_many
from kg.link.local import KIND_CLASSES, KINDS, WORK_KINDS, LocalEntity, read_entities
from kg.link.normalise import name_keys, normalise_name
from kg.link.score import Candidate, Context, score, type_compatible
from kg.link.output import links_source_trig, links_trig, links_turtle
from kg.link.sssom import MappingRow
from kg.namespaces import shorten
from kg.store import GraphStore

DEFAULT_MIN_CONFIDENCE = 0.85
#: Names less alike than this are not candidates at all.
CANDIDATE_FLOOR = 0.8
#: Candidates at least this alike by name go to review when nothing is auto-accepted.
REVIEW_FLOOR = 0.85
#: The best candidate must lead the next one by this much to be auto-accepted.
MARGIN = 0.15
KEEP_CANDIDATES = 5
PHASES: tuple[tuple[str, ...], ...] = (("film", "series"), ("person",), ("organization",), ("festival",))

#: Called at each step: (steps done, steps in all, what is being done).
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class LinkPaths:
    """Where a run reads and writes."""

    mapping: Path
    review: Path
    links: Path
    links_source: Path

    @classmethod
    def under(cls, root: Path) -> LinkPaths:
        """The house layout below a checkout (or a test folder)."""
        return cls(
            mapping=root / "mappings" / "wikidata.sssom.tsv",
            review=root / "mappings" / "wikidata-review.tsv",
            links=root / "data" / "links" / "wikidata.trig",
            links_source=root / "data" / "sources" / "wikidata-links.trig",
        )


def default_paths() -> LinkPaths:
    return LinkPaths.under(PATHS.root)


@dataclass
class LinkReport:
    """What a run found and decided."""

    endpoint: str
    entities: int = 0
    auto_accepted: int = 0
    kept_human: int = 0
    needs_review: int = 0
    unmatched: int = 0
    links: dict[str, str] = field(default_factory=dict)
    requests: int = 0
    cache_hits: int = 0
    retries: int = 0
    seconds: float = 0.0
    written: list[str] = field(default_factory=list)
    rows: list[MappingRow] = field(default_factory=list)
    auto_links: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "endpoint": self.endpoint, "entities": self.entities, "auto_accepted": self.auto_accepted,
            "kept_human_decisions": self.kept_human, "needs_review": self.needs_review, "unmatched": self.unmatched,
            "links": len(self.links), "requests": self.requests, "cache_hits": self.cache_hits,
            "retries": self.retries, "seconds": self.seconds, "written": self.written,
        }


class NameIndex:
    """Blocking for the candidate search: shared name keys, then fuzzy search on strict keys."""

    def __init__(self, items: Iterable[WikidataItem]) -> None:
        self.by_key: dict[str, set[str]] = {}
        self.strict: list[str] = []
        self.owner: list[str] = []
        for item in items:
            for name, _ in item.names:
                for key in name_keys(name):
                    self.by_key.setdefault(key, set()).add(item.qid)
                strict = normalise_name(name)
                if strict:
                    self.strict.append(strict)
                    self.owner.append(item.qid)

    def search(self, names: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for name in names:
            for key in name_keys(name):
                found |= self.by_key.get(key, set())
            strict = normalise_name(name)
            if strict and self.strict:
                for _, _, index in process.extract(strict, self.strict, scorer=fuzz.ratio, score_cutoff=CANDIDATE_FLOOR * 100, limit=25):
                    found.add(self.owner[index])
        return found


def today() -> str:
    return datetime.now(timezone.utc).date().isoformat()


def link(
    store: GraphStore,
    *,
    client: SparqlClient,
    kinds: Iterable[str] = KINDS,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    paths: LinkPaths | None = None,
    out: Path | None = None,
    write: bool = True,
    reviewer: str = "",
    date: str | None = None,
    progress: Progress | None = None,
) -> LinkReport:
    """Link our entities of ``kinds`` to Wikidata through ``client``; write the files unless ``write`` is False."""
    started = time.perf_counter()
    paths = paths or default_paths()
    date = date or today()
    kinds = [k for k in KINDS if k in set(kinds)]
    report = LinkReport(endpoint=client.endpoint)

    # previous decisions, and the ones written in the review file since
    _, previous = sssom.read(paths.mapping)
    decisions = review_file.read_decisions(paths.review)
    if decisions:
        previous = review_file.apply(previous, decisions, reviewer=reviewer, date=date)

    entities = read_entities(store, KINDS)
    by_iri = {e.iri: e for e in entities}
    by_curie = {e.curie: e for e in entities}
    subjects = [e for e in entities if e.kind in kinds]
    report.entities = len(subjects)
    in_scope = {e.curie for e in subjects}

    human_rows = [r for r in previous if r.is_human]
    human_accepted = {r.subject_id: r.qid for r in human_rows if r.is_link}
    human_rejected = {(r.subject_id, r.qid) for r in human_rows if not r.is_link}
    # links already accepted (by a person, or automatically for kinds outside this run)
    accepted: dict[str, str] = {}
    for r in previous:
        if r.is_link and r.subject_id in by_curie and (r.is_human or r.subject_id not in in_scope):
            accepted[by_curie[r.subject_id].iri] = r.qid

    fetcher = CandidateFetcher(client, languages_for(tag for e in entities for _, tag in e.names))
    steps = sum(1 for phase in PHASES if set(phase) & set(kinds)) * 3
    done = 0

    def step(what: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(min(done, steps), steps, what)

    new_rows: list[MappingRow] = []
    ctx = Context(entities=by_iri, items=fetcher.items, accepted=accepted)
    for phase in PHASES:
        phase_kinds = [k for k in phase if k in kinds]
        if not phase_kinds:
            continue
        phase_subjects = [e for e in subjects if e.kind in phase_kinds]
        undecided = [e for e in phase_subjects if e.curie not in human_accepted]
        # 1. candidates by structure, and by exact name
        pool: set[str] = set()
        for name in dict.fromkeys(h for k in phase_kinds for h in HARVESTS_BY_KIND[k]):
            pool |= fetcher.harvest(name)
        step(f"harvest {'/'.join(phase_kinds)}")
        pool |= fetcher.lookup(lookup_names(n for e in undecided for n in e.names))
        # people and organisations credited on the works matched so far
        if phase_kinds[0] in {"person", "organization"}:
            props = W.PERSON_CREDIT_PROPERTIES if phase_kinds[0] == "person" else W.ORGANIZATION_CREDIT_PROPERTIES
            credited = {q for work_q in set(ctx.accepted.values()) for p in props for q in fetcher.items.get(work_q, WikidataItem(work_q)).values(p)}
            fetcher.details(credited)
            pool |= credited
        step(f"lookup {'/'.join(phase_kinds)}")
        # 2. lexical candidates, then the items their evidence needs
        index = NameIndex(fetcher.items[q] for q in sorted(pool) if q in fetcher.items)
        hits = {e.iri: index.search(n for n, _ in e.names) for e in undecided}
        needed: set[str] = set()
        for e in undecided:
            for q in hits[e.iri]:
                item = fetcher.items[q]
                if e.kind in WORK_KINDS:
                    needed |= {v for p in W.CREDIT_PROPERTIES for v in item.values(p)}
                elif e.kind == "festival":
                    needed |= item.values(W.COUNTRY) | item.values(W.LOCATION) | item.values(W.ADMIN_LOCATION)
        fetcher.details(needed)
        # 3. score and decide
        chosen: dict[str, Candidate] = {}
        ranked: dict[str, list[Candidate]] = {}
        for e in undecided:
            scored = []
            for q in sorted(hits[e.iri]):
                if (e.curie, q) in human_rejected:
                    continue
                cand = score(e, fetcher.items[q], ctx)
                if cand is not None and cand.lexical >= CANDIDATE_FLOOR:
                    scored.append(cand)
            scored.sort(key=lambda c: (-c.confidence, -c.lexical, c.item.qid))
            ranked[e.iri] = scored[:KEEP_CANDIDATES]
            if scored and _auto_accept(scored, min_confidence):
                chosen[e.iri] = scored[0]
        # one item, one entity: two of ours claiming the same item both go to review
        claims: dict[str, list[str]] = {}
        for iri, cand in chosen.items():
            claims.setdefault(cand.item.qid, []).append(iri)
        taken = set(ctx.accepted.values())
        for q, iris in claims.items():
            if len(iris) > 1 or q in taken:
                for iri in iris:
                    del chosen[iri]
        for iri, cand in chosen.items():
            ctx.accepted[iri] = cand.item.qid
        for e in phase_subjects:
            if e.curie in human_accepted:
                ctx.accepted[e.iri] = human_accepted[e.curie]
                continue
            new_rows += _rows_for(e, ranked.get(e.iri, []), chosen.get(e.iri), client.endpoint, date)
            if e.iri in chosen:
                report.auto_accepted += 1
                report.auto_links[e.curie] = chosen[e.iri].item.qid
            elif any(c.lexical >= REVIEW_FLOOR for c in ranked.get(e.iri, [])):
                report.needs_review += 1
            else:
                report.unmatched += 1
        step(f"score {'/'.join(phase_kinds)}")

    # merge: people's decisions always; machine rows of entities outside this run kept
    new_keys = {r.key for r in new_rows}
    kept = [
        r for r in previous
        if r.key not in new_keys
        and (r.is_human or (r.subject_id in by_curie and (r.subject_id not in in_scope or r.subject_id in human_accepted)))
    ]
    report.kept_human = sum(1 for r in kept if r.is_human)
    rows = kept + new_rows
    report.rows = rows
    report.links = {r.subject_id: r.qid for r in rows if r.is_link and r.subject_id in by_curie}
    stats = client.stats
    report.requests, report.cache_hits, report.retries = stats.requests, stats.cache_hits, stats.retries
    if write:
        files = render_files(rows, report.links, paths=paths, endpoint=client.endpoint, date=date, items=fetcher.items)
        if out is not None:
            files[out] = links_turtle(report.links)
        atomic_write_many(files)
        report.written = [str(p) for p, text in files.items() if text is not None]
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def render_files(
    rows: list[MappingRow], links: dict[str, str], *, paths: LinkPaths, endpoint: str, date: str,
    items: dict[str, WikidataItem] | None = None,
) -> dict[Path, str | None]:
    """The text of every file a run writes (None: the file is removed, there are no links)."""
    descriptions = {f"wd:{q}": item.description for q, item in (items or {}).items() if item.description}
    return {
        paths.mapping: sssom.render(rows, endpoint=endpoint),
        paths.review: review_file.render(rows, descriptions),
        paths.links: links_trig(links) if links else None,
        paths.links_source: links_source_trig(endpoint=endpoint, date=date, count=len(links)) if links else None,
    }


def _auto_accept(ranked: list[Candidate], min_confidence: float) -> bool:
    best = ranked[0]
    if best.confidence < min_confidence or not best.strong or best.contradictions or best.lexical < REVIEW_FLOOR:
        return False
    return len(ranked) == 1 or best.confidence - ranked[1].confidence >= MARGIN


def _rows_for(entity: LocalEntity, ranked: list[Candidate], chosen: Candidate | None, endpoint: str, date: str) -> list[MappingRow]:
    rows = []
    for cand in ranked:
        if chosen is not None:
            status = sssom.AUTO_ACCEPTED if cand is chosen else sssom.AUTO_REJECTED
        else:
            status = sssom.NEEDS_REVIEW if cand.lexical >= REVIEW_FLOOR else sssom.AUTO_REJECTED
        rows.append(MappingRow(
            subject_id=entity.curie,
            subject_label=entity.label,
            subject_category=shorten(KIND_CLASSES[entity.kind]),
            predicate_id=sssom.SKOS_EXACT_MATCH,
            predicate_modifier="",
            object_id=f"wd:{cand.item.qid}",
            object_label=cand.item.label,
            mapping_justification=sssom.JUSTIFICATIONS[cand.justification],
            confidence=f"{cand.confidence:.3f}",
            author_id=sssom.TOOL_ID,
            reviewer_id="",
            reviewer_label="",
            mapping_date=date,
            mapping_provider=endpoint,
            mapping_tool="kg link",
            mapping_tool_version=sssom.header(endpoint=endpoint)["mapping_tool_version"],
            review_status=status,
            comment=cand.explain(),
        ))
    return rows


@dataclass
class ReviewReport:
    """What ``kg link review`` recorded and what is left to review."""

    recorded: int
    pending: dict[str, list[MappingRow]]
    links: int
    written: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "recorded": self.recorded, "links": self.links, "written": self.written,
            "pending": {s: [review_file.row_id(r) for r in rows] for s, rows in self.pending.items()},
        }


def record_review(
    *, paths: LinkPaths, decisions: list[review_file.Decision], reviewer: str, date: str | None = None,
) -> ReviewReport:
    """Record decisions (given, and written in the review file) and rewrite every file at once."""
    meta, rows = sssom.read(paths.mapping)
    if not rows:
        raise InputError(f"{paths.mapping}: no mapping file yet. Run `kg link` first.")
    date = date or today()
    all_decisions = review_file.read_decisions(paths.review) + list(decisions)
    rows = review_file.apply(rows, all_decisions, reviewer=reviewer, date=date)
    endpoint = str(meta.get("mapping_provider") or "")
    links = {r.subject_id: r.qid for r in rows if r.is_link}
    files = render_files(rows, links, paths=paths, endpoint=endpoint, date=date)
    descriptions = review_file.read_descriptions(paths.review)
    files[paths.review] = review_file.render(rows, descriptions)
    atomic_write_many(files)
    pending: dict[str, list[MappingRow]] = {}
    for r in rows:
        if r.review_status == sssom.NEEDS_REVIEW:
            pending.setdefault(r.subject_id, []).append(r)
    return ReviewReport(len(all_decisions), pending, len(links), [str(p) for p, t in files.items() if t is not None])
