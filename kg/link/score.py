"""Scoring a candidate: how alike the names are, and what the graph's structure says.

``confidence = g(lexical) × (1 − Π(1 − wᵢ)) × Π cⱼ`` where ``g`` maps name similarity
(0.6 → 0, 0.95 and above → 1), ``wᵢ`` are the weights of the pieces of positive evidence
(year, director, shared credits, occupation…) and ``cⱼ`` the factors of contradictions (a
year five years off, an occupation outside film). A name alone is never enough: without
structural evidence the confidence is 0, and auto-acceptance further needs one piece of
*strong* evidence (see :func:`is_strong`), so a homonym in another trade or a same-title
work from another country or year goes to review at best.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kg.link import wikidata as W
from kg.link.candidates import WikidataItem
from kg.link.local import WORK_KINDS, LocalEntity
from kg.link.normalise import best_match

#: Name similarity at or above which a credited name counts as the same person.
SAME_NAME = 0.9


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence: what it is, its weight (or factor for a contradiction), why."""

    kind: str
    weight: float
    text: str
    strong: bool = False


@dataclass
class Candidate:
    """A scored pairing of one of our entities with a Wikidata item."""

    subject: LocalEntity
    item: WikidataItem
    lexical: float
    our_name: str
    their_name: str
    evidence: list[Evidence] = field(default_factory=list)
    contradictions: list[Evidence] = field(default_factory=list)
    confidence: float = 0.0

    @property
    def strong(self) -> bool:
        return is_strong(self)

    @property
    def justification(self) -> str:
        """``lexical`` when only names agree, else ``structural`` (names and structure)."""
        return "structural" if self.evidence else "lexical"

    def explain(self) -> str:
        """The evidence in one line, for the mapping's comment and the review file."""
        parts = [f"name {self.lexical:.2f} ({self.our_name!r} ~ {self.their_name!r})"]
        parts += [e.text for e in self.evidence]
        parts += [f"AGAINST: {c.text}" for c in self.contradictions]
        return "; ".join(parts)


def lexical_factor(similarity: float) -> float:
    """0 at similarity 0.6 or less, 1 at 0.95 or more, linear between.

    >>> lexical_factor(0.95), lexical_factor(0.6), round(lexical_factor(0.9), 3)
    (1.0, 0.0, 0.857)
    """
    return max(0.0, min(1.0, (similarity - 0.6) / 0.35))


def is_strong(candidate: Candidate) -> bool:
    """Whether the evidence is enough to accept without review (given a high confidence)."""
    kinds = {e.kind for e in candidate.evidence}
    if any(e.strong for e in candidate.evidence):
        return True
    subject = candidate.subject.kind
    if subject in WORK_KINDS:
        return {"year", "country"} <= kinds
    if subject == "person":
        return {"birth", "occupation"} <= kinds
    if subject == "organization":
        return {"type", "country"} <= kinds
    if subject == "festival":
        return {"type", "location"} <= kinds
    return False


def type_compatible(kind: str, item: WikidataItem) -> bool:
    """False when the item's classes (P31) rule it out for our kind; unknown classes pass."""
    classes = item.values(W.INSTANCE_OF)
    if not classes:
        return True
    works = W.FILM_CLASSES | W.SERIES_CLASSES
    if kind == "person":
        return W.HUMAN in classes
    if W.HUMAN in classes:
        return False
    if kind == "film":
        return not (classes & (W.SERIES_CLASSES | W.FESTIVAL_CLASSES)) or bool(classes & W.FILM_CLASSES)
    if kind == "series":
        return not (classes & (W.FILM_CLASSES | W.FESTIVAL_CLASSES)) or bool(classes & W.SERIES_CLASSES)
    if kind == "organization":
        return not (classes & (works | W.FESTIVAL_CLASSES))
    if kind == "festival":
        return not (classes & works)
    return True


@dataclass
class Context:
    """What scoring may consult besides the pair: our entities, fetched items, accepted links."""

    entities: dict[str, LocalEntity]
    items: dict[str, WikidataItem]
    accepted: dict[str, str]  # our IRI → Q-id of links accepted so far (this run and before)

    def names_of(self, iri: str) -> list[str]:
        entity = self.entities.get(iri)
        return [n for n, _ in entity.names] if entity else []

    def item_names(self, q: str) -> list[str]:
        item = self.items.get(q)
        return [n for n, _ in item.names] if item else []


def score(subject: LocalEntity, item: WikidataItem, ctx: Context) -> Candidate | None:
    """Score one pairing, or None when the item's type rules it out."""
    if not type_compatible(subject.kind, item):
        return None
    lexical, ours, theirs = best_match([n for n, _ in subject.names], [n for n, _ in item.names])
    candidate = Candidate(subject, item, lexical, ours, theirs)
    SCORERS[subject.kind](candidate, ctx)
    positive = 1.0
    for e in candidate.evidence:
        positive *= 1.0 - e.weight
    factor = 1.0
    for c in candidate.contradictions:
        factor *= c.weight
    candidate.confidence = round(lexical_factor(lexical) * (1.0 - positive) * factor, 3)
    return candidate


def _add(c: Candidate, kind: str, weight: float, text: str, *, strong: bool = False) -> None:
    c.evidence.append(Evidence(kind, weight, text, strong))


def _against(c: Candidate, kind: str, factor: float, text: str) -> None:
    c.contradictions.append(Evidence(kind, factor, text))


def _score_work(c: Candidate, ctx: Context) -> None:
    s, item = c.subject, c.item
    wanted = W.FILM_CLASSES if s.kind == "film" else W.SERIES_CLASSES
    if item.values(W.INSTANCE_OF) & wanted:
        _add(c, "type", 0.2, f"a {s.kind} (P31)")
    years = item.years(W.PUBLICATION_DATE)
    if s.year and years:
        gap = min(abs(s.year - y) for y in years)
        shown = min(years, key=lambda y: abs(s.year - y))
        if gap <= 1:
            _add(c, "year", 0.5, f"year {shown} (ours {s.year})")
        elif gap == 2:
            _add(c, "year", 0.2, f"year {shown}, ours {s.year}")
        else:
            _against(c, "year", 0.3, f"year {shown}, ours {s.year}")
    origin = item.values(W.COUNTRY_OF_ORIGIN)
    if W.MOROCCO in origin:
        _add(c, "country", 0.35, "country of origin Morocco (P495)")
    elif origin and s.moroccan:
        _against(c, "country", 0.6, "country of origin is not Morocco (P495)")
    # credits: our credited agents against the item's credited items, director first
    directors = [cr.other for cr in s.credits if cr.role == "director"]
    their_directors = item.values("P57")
    if directors and their_directors:
        best = max((best_match(ctx.names_of(d), ctx.item_names(q)) + (q,) for d in directors for q in their_directors), default=None)
        if best and best[0] >= SAME_NAME:
            _add(c, "director", 0.85, f"director {best[1]!r} ~ {best[2]!r} (wd:{best[3]}, P57)", strong=True)
        elif all(ctx.item_names(q) for q in their_directors):
            _against(c, "director", 0.5, "none of its directors (P57) has our director's name")
    shared = 0
    credited = {q: p for p in W.CREDIT_PROPERTIES if p != "P57" for q in item.values(p)}
    for cr in s.credits:
        if cr.role == "director" or shared >= 3:
            continue
        for q, prop in sorted(credited.items()):
            sim, ours, theirs = best_match(ctx.names_of(cr.other), ctx.item_names(q))
            if sim >= SAME_NAME:
                shared += 1
                _add(c, "credit", 0.5, f"{cr.role} {ours!r} ~ {theirs!r} (wd:{q}, {prop})", strong=True)
                break


def _linked_works(s, ctx: Context):
    """(credit, Q-id, Wikidata item) for each credit of ``s`` on a work already linked."""
    for cr in s.credits:
        work_q = ctx.accepted.get(cr.other)
        work = ctx.items.get(work_q) if work_q else None
        if work is not None:
            yield cr, work_q, work


def _score_person(c: Candidate, ctx: Context) -> None:
    s, item = c.subject, c.item
    for cr, work_q, work in _linked_works(s, ctx):
        props = sorted(p for p, qs in work.claims.items() if p in W.CREDIT_PROPERTIES and item.qid in qs)
        if props:
            _add(c, "credit", 0.9, f"credited ({', '.join(props)}) on wd:{work_q}, linked to {ctx.entities[cr.other].curie if cr.other in ctx.entities else cr.other}", strong=True)
            break
    occupations = item.values(W.OCCUPATION)
    expected = set().union(*(W.OCCUPATIONS_BY_ROLE.get(r, frozenset()) for r in s.roles)) if s.roles else set()
    if occupations & expected:
        _add(c, "occupation", 0.3, f"occupation {', '.join(sorted(occupations & expected))} (P106)")
    elif occupations and not occupations & W.FILM_OCCUPATIONS:
        _against(c, "occupation", 0.5, f"no film occupation (P106: {', '.join(sorted(occupations))})")
    elif occupations & W.FILM_OCCUPATIONS:
        _add(c, "occupation", 0.15, "a film occupation (P106)")
    if W.MOROCCO in item.values(W.CITIZENSHIP):
        _add(c, "citizenship", 0.2, "Moroccan citizen (P27)")
    births = item.years(W.BIRTH_DATE)
    if s.birth_year and births:
        gap = min(abs(s.birth_year - y) for y in births)
        if gap == 0:
            _add(c, "birth", 0.6, f"born {s.birth_year} (P569)")
        elif gap > 1:
            _against(c, "birth", 0.2, f"born {min(births)}, ours {s.birth_year}")


def _score_organization(c: Candidate, ctx: Context) -> None:
    s, item = c.subject, c.item
    for cr, work_q, work in _linked_works(s, ctx):
        props = sorted(p for p in W.ORGANIZATION_CREDIT_PROPERTIES if item.qid in work.values(p))
        if props:
            _add(c, "credit", 0.9, f"credited ({', '.join(props)}) on wd:{work_q}", strong=True)
            break
    if item.values(W.INSTANCE_OF) & W.ORGANIZATION_CLASSES:
        _add(c, "type", 0.3, "an organisation or film company (P31)")
    if W.MOROCCO in item.values(W.COUNTRY) and s.moroccan:
        _add(c, "country", 0.3, "country Morocco (P17)")


def _score_festival(c: Candidate, ctx: Context) -> None:
    s, item = c.subject, c.item
    if item.values(W.INSTANCE_OF) & W.FESTIVAL_CLASSES:
        _add(c, "type", 0.5, "a film festival (P31)")
    places = item.values(W.COUNTRY) | item.values(W.LOCATION) | item.values(W.ADMIN_LOCATION)
    if s.places and places:
        best = max((best_match(s.places, ctx.item_names(q)) + (q,) for q in sorted(places)), default=None)
        if best and best[0] >= SAME_NAME:
            _add(c, "location", 0.8, f"held in {best[1]!r} ~ {best[2]!r} (wd:{best[3]})")
    elif s.moroccan and W.MOROCCO in item.values(W.COUNTRY):
        _add(c, "location", 0.8, "in Morocco (P17)")


SCORERS: dict[str, Callable[[Candidate, Context], None]] = {
    "film": _score_work,
    "series": _score_work,
    "person": _score_person,
    "organization": _score_organization,
    "festival": _score_festival,
}
