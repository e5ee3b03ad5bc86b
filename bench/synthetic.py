"""A deterministic generator of synthetic graphs in the shape of the real data, for benchmarks.

``generate(n_triples, seed=0)`` returns TriG laid out as docs/data-model.md says: every fact
in the named graph of a source (``src:synthetic-NNNN``, itself described as an mc:Source),
films with n-ary credits (roles from the roles scheme, characters for actors), award wins at
festival editions (some ex aequo, with two recipients), releases by country with dates,
fundings with amounts, grant years and amount qualifiers, budgets as ranges, platform
availability, work series, people with labels in fr/en/ar, birth places and dates, spelling
variants (skos:altLabel and mc:creditedAs), and a few Wikidata links.

People are reused across works the way a national cinema reuses them: each role family
(directors, crew, cast) draws from its own pool with a Zipf–Mandelbrot law
(weight ∝ 1/(rank + 50)), so the busiest actor appears in roughly one film in fifty and
most people in one or two. Entity 0 of each pool is the busiest: :data:`ANCHORS` names the
entities the benchmarks bind their queries to.

The graph conforms to the shapes (``kg validate`` reports no violation): works that win at
the anchor edition are made no later than its year, and no date is later than LAST_YEAR.

Everything is synthetic: names are "Personne 000123"-style, Wikidata IRIs use numbers above
10^12 (no real item has one), and nothing here may be mixed with data/.

>>> import pyoxigraph as ox
>>> trig = generate(5_000)
>>> 4_500 < sum(1 for _ in ox.parse(trig, format=ox.RdfFormat.TRIG)) < 5_500
True
>>> generate(5_000) == trig
True
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

from kg.namespaces import turtle_prologue

#: Entities that exist in every generated graph (of at least ~5k triples) and are the
#: busiest of their kind: the benchmarks bind their one-entity queries to these.
ANCHORS = {
    "person": "person:synthetic-actor-000000",
    "director": "person:synthetic-director-000000",
    "work": "work:synthetic-film-000000",
    "edition": "edition:synthetic-festival-00-2010",
    "funder": "org:synthetic-funder-0",
    "platform": "org:synthetic-platform-0",
    "city": "place:synthetic-city-000",
    "series": "work:synthetic-series-0000",
}

ZIPF_OFFSET = 50
FIRST_YEAR, LAST_YEAR = 1970, 2025  # no date after LAST_YEAR: the shapes refuse future dates
ANCHOR_EDITION_YEAR = 2010
CREW_ROLES = ("screenwriter", "cinematographer", "editor", "composer", "sound", "production-designer",
              "costume-designer", "art-director", "producer", "executive-producer", "co-producer")
GENRES = ("drama", "film-noir", "thriller", "war", "crime", "comedy")
FESTIVALS = 40
PRIZES_PER_FESTIVAL = 8
COUNTRIES = 30
CITIES = 200
FUNDERS = 6
PLATFORMS = 5
TRIPLES_PER_PERSON = 3.5


class _Pool:
    """Ranks 0..size-1 drawn with weight 1/(rank + offset)."""

    def __init__(self, size: int, rng: random.Random) -> None:
        self.size = max(1, size)
        self.rng = rng
        self.cum = list(itertools.accumulate(1.0 / (r + ZIPF_OFFSET) for r in range(self.size)))
        self.ranks = range(self.size)

    def draw(self, k: int = 1) -> list[int]:
        return self.rng.choices(self.ranks, cum_weights=self.cum, k=k)

    def distinct(self, k: int) -> list[int]:
        seen: dict[int, None] = {}
        for _ in range(k * 4):
            if len(seen) == k:
                break
            seen.setdefault(self.draw()[0], None)
        return list(seen)


class _Writer:
    """Collects triples per source graph and counts them."""

    def __init__(self) -> None:
        self.graphs: dict[str, list[str]] = {}
        self.count = 0

    def add(self, graph: str, subject: str, pairs: Sequence[tuple[str, str]]) -> None:
        body = " ;\n        ".join(f"{p} {o}" for p, o in pairs)
        self.graphs.setdefault(graph, []).append(f"    {subject} {body} .\n")
        self.count += len(pairs)

    def trig(self) -> str:
        parts = [turtle_prologue(), "\n"]
        for graph, blocks in self.graphs.items():
            parts.append(f"GRAPH {graph} {{\n")
            parts.extend(blocks)
            parts.append("}\n\n")
        return "".join(parts)


def _lit(text: str, lang: str) -> str:
    return f'"{text}"@{lang}'


def _typed(value: str, datatype: str) -> str:
    return f'"{value}"^^xsd:{datatype}'


def generate(n_triples: int, *, seed: int = 0) -> str:
    """TriG of about ``n_triples`` asserted triples (within a few percent), deterministic in ``seed``."""
    rng = random.Random(seed)
    out = _Writer()
    scale = max(n_triples, 2_000)
    n_people = max(60, scale // 20)
    n_directors, n_crew = max(5, n_people // 20), max(20, n_people // 4)
    directors, crew, actors = _Pool(n_directors, rng), _Pool(n_crew, rng), _Pool(n_people - n_directors - n_crew, rng)
    companies = _Pool(max(5, scale // 2_000), rng)
    festivals, cities = _Pool(FESTIVALS, rng), _Pool(CITIES, rng)
    n_sources = max(5, scale // 20_000)
    used_people: dict[str, None] = {}
    used_companies: dict[int, None] = {}
    used_editions: dict[tuple[int, int], None] = {}

    def source() -> str:
        return f"src:synthetic-{rng.randrange(n_sources):04d}"

    def person(kind: str, rank: int) -> str:
        iri = f"person:synthetic-{kind}-{rank:06d}"
        used_people.setdefault(iri, None)
        return iri

    reserved = (4 * n_sources + 5 * COUNTRIES + 4 * CITIES + FESTIVALS * (4 + 3 * PRIZES_PER_FESTIVAL)
                + 3 * FUNDERS + 2 * PLATFORMS)
    n_series = 0
    series_cast: list[int] = []
    for index in itertools.count():
        pending = TRIPLES_PER_PERSON * len(used_people) + 5 * len(used_editions) + 3 * len(used_companies)
        if out.count + reserved + pending >= n_triples and index:
            break
        _work(out, rng, index, source(), directors, crew, actors, companies, festivals, cities,
              person, used_companies, used_editions, series_cast)
        if index % 40 == 0:  # a work series (trilogy) every 40 works: this one and the next two
            series = f"work:synthetic-series-{n_series:04d}"
            src = source()
            out.add(src, series, [("a", "mc:WorkSeries"), ("rdfs:label", _lit(f"Trilogie {n_series:04d}", "fr")),
                                  ("mc:source", src)])
            for ordinal in range(3):
                out.add(src, f"work:synthetic-film-{index + ordinal:06d}",
                        [("mc:partOfSeries", series), ("mc:seriesOrdinal", str(ordinal + 1))])
            n_series += 1
    _entities(out, rng, n_sources, used_people, used_companies, used_editions, cities)
    return out.trig()


def _credit(out: _Writer, graph: str, work: str, n: int, role: str, agent: str, *, org: bool = False,
            extra: Sequence[tuple[str, str]] = ()) -> None:
    out.add(graph, f"credit:{work.split(':')[1]}-{n:03d}", [
        ("a", "mc:Credit"), ("mc:creditedWork", work),
        ("mc:creditedOrganization" if org else "mc:creditedPerson", agent), ("mc:role", f"role:{role}"),
        *extra, ("mc:source", graph)])


def _work(out, rng, index, src, directors, crew, actors, companies, festivals, cities, person,
          used_companies, used_editions, series_cast) -> None:
    slug = f"synthetic-film-{index:06d}"
    work = f"work:{slug}"
    year = rng.randint(FIRST_YEAR, LAST_YEAR)
    if index % 50 == 0:  # wins a prize at the anchor edition (2010): made no later than that
        year = FIRST_YEAR + (year - FIRST_YEAR) % (ANCHOR_EDITION_YEAR - FIRST_YEAR + 1)
    countries = ["place:synthetic-country-00"] + [
        f"place:synthetic-country-{c:02d}" for c in sorted({rng.randrange(1, COUNTRIES) for _ in range(rng.choice((1, 1, 2)))})
    ] if rng.random() < 0.15 else ["place:synthetic-country-00"]
    facts = [("a", "mc:TVSeries" if rng.random() < 0.05 else "mc:Film"),
             ("rdfs:label", _lit(f"Film {index:06d}", "fr")),
             ("mc:originalTitle", _lit(f"Film {index:06d}", "fr")),
             ("mc:year", _typed(str(year), "gYear")),
             ("mc:runtimeMinutes", str(rng.randint(70, 150))),
             ("mc:countryOfOrigin", ", ".join(countries)),
             ("mc:genre", f"genre:{rng.choice(GENRES)}"),
             ("mc:form", "form:feature")]
    if rng.random() < 0.5:
        facts.append(("mc:originalTitle", _lit(f"فيلم {index:06d}", "ar")))
    if rng.random() < 0.3:
        facts.append(("mc:alternativeTitle", _lit(f"FILM {index:06d}", "fr")))
    if index % 50 == 0:
        facts.append(("mc:filmingLocation", "place:synthetic-city-000"))
    elif rng.random() < 0.7:
        facts.append(("mc:filmingLocation", f"place:synthetic-city-{cities.draw()[0]:03d}"))
    if index == 0 or rng.random() < 0.6:
        facts.append(("mc:setting", f"place:synthetic-city-{cities.draw()[0]:03d}"))
    facts.append(("mc:source", src))
    out.add(src, work, facts)

    n = 0
    director = person("director", 0 if index % 50 == 0 else directors.draw()[0])
    _credit(out, src, work, n, "director", director)
    n += 1
    if rng.random() < 0.6:
        _credit(out, src, work, n, "screenwriter", director)
        n += 1
    for role in CREW_ROLES:
        if rng.random() < (0.9 if role in ("cinematographer", "editor", "composer", "sound", "producer") else 0.45):
            agent = person("crew", crew.draw()[0])
            extra = [("mc:creditedAs", _lit(f"Personne-{agent[-6:]}", "fr"))] if rng.random() < 0.03 else []
            _credit(out, src, work, n, role, agent, extra=extra)
            n += 1
    for company in {companies.draw()[0] for _ in range(rng.choice((1, 1, 2)))}:
        used_companies.setdefault(company, None)
        _credit(out, src, work, n, "production-company", f"org:synthetic-company-{company:05d}", org=True)
        n += 1
    cast = actors.distinct(rng.randint(4, 10))
    if index % 50 == 0 and 0 not in cast:
        cast[0] = 0
    if index % 40 == 0:  # first film of a work series: its lead actors come back in the next two
        series_cast[:] = cast[:3]
    elif index % 40 in (1, 2):
        returning = series_cast[: 2 if index % 40 == 1 else 1]
        cast = returning + [r for r in cast if r not in returning]
    for k, rank in enumerate(cast):
        extra = []
        if rng.random() < 0.7:
            character = f"char:{slug}-{k}"
            out.add(src, character, [("a", "mc:Character"), ("rdfs:label", _lit(f"Personnage {k}", "fr"))])
            extra.append(("mc:character", character))
        if rng.random() < 0.03:
            extra.append(("mc:creditedAs", _lit(f"Acteur {rank:06d}", "fr")))
        _credit(out, src, work, n, "actor", person("actor", rank), extra=extra)
        n += 1

    first = rng.randint(1, 330)
    for k, country in enumerate(["place:synthetic-country-00"] + [
            f"place:synthetic-country-{rng.randrange(1, COUNTRIES):02d}" for _ in range(rng.randint(0, 3))]):
        day = first + k * rng.randint(20, 200)
        date = f"{min(LAST_YEAR, year + day // 365):04d}-{(day % 365) // 31 + 1:02d}-{min(28, day % 31 + 1):02d}"
        out.add(src, f"rel:{slug}-{k}", [("a", "mc:Release"), ("mc:releasedWork", work),
                                        ("mc:releaseCountry", country), ("mc:releaseDate", _typed(date, "date")),
                                        ("mc:releaseKind", "relkind:theatrical" if k < 2 else "relkind:festival"),
                                        ("mc:source", src)])
    if index % 50 == 0 or rng.random() < 0.3:
        for k in range(rng.randint(1, 3)):
            festival = festivals.draw()[0]
            edition_year = ANCHOR_EDITION_YEAR if index % 50 == 0 and k == 0 else min(LAST_YEAR, year + rng.randint(0, 1))
            if index % 50 == 0 and k == 0:
                festival = 0
            used_editions.setdefault((festival, edition_year), None)
            prize = f"prize:synthetic-festival-{festival:02d}-{rng.randrange(PRIZES_PER_FESTIVAL)}"
            pairs = [("a", "mc:AwardWin"), ("mc:prize", prize),
                     ("mc:atEdition", f"edition:synthetic-festival-{festival:02d}-{edition_year}"),
                     ("mc:awardedWork", work)]
            winners = [person("actor", r) for r in cast[:2]] if rng.random() < 0.6 else [director]
            if len(winners) == 2 and rng.random() < 0.9:
                winners = winners[:1]
            pairs.append(("mc:recipient", ", ".join(winners)))
            if len(winners) == 2:
                pairs.append(("mc:exAequo", "true"))
            pairs.append(("mc:source", src))
            out.add(src, f"award:{slug}-{k}", pairs)
    if index % 50 == 0 or rng.random() < 0.4:
        funder = 0 if index % 50 == 0 else min(FUNDERS - 1, int(rng.expovariate(1.0)))
        # As in data/: the year of the grant (the funder's session) and how the source qualifies
        # the amount, most fundings an advance before production, one in four after it. Both
        # derive from the index and the work's year, not from new draws, so the rest of the
        # graph stays the same.
        after = index % 4 == 3
        out.add(src, f"fund:{slug}", [("a", "mc:Funding"), ("mc:fundedWork", work),
                                     ("mc:funder", f"org:synthetic-funder-{funder}"),
                                     ("mc:amount", _typed(str(rng.randrange(5, 100) * 100_000), "decimal")),
                                     ("mc:amountKind", _lit(f"advance {'after' if after else 'before'} production", "en")),
                                     ("mc:currency", '"MAD"'), ("mc:fundingKind", "fundkind:avance-sur-recettes"),
                                     ("mc:year", _typed(str(year if after else max(FIRST_YEAR, year - 1)), "gYear")),
                                     ("mc:source", src)])
    if rng.random() < 0.3:
        low = rng.randrange(5, 150) * 100_000
        out.add(src, f"budget:{slug}", [("a", "mc:Budget"), ("mc:budgetOf", work),
                                       ("mc:minAmount", _typed(str(low), "decimal")),
                                       ("mc:maxAmount", _typed(str(low + rng.randrange(1, 30) * 100_000), "decimal")),
                                       ("mc:currency", '"MAD"'), ("mc:source", src)])
    if index % 50 == 0 or rng.random() < 0.2:
        platform = 0 if index % 50 == 0 else rng.randrange(PLATFORMS)
        out.add(src, f"avail:{slug}", [("a", "mc:Availability"), ("mc:availableWork", work),
                                      ("mc:platform", f"org:synthetic-platform-{platform}"), ("mc:source", src)])


def _entities(out, rng, n_sources, used_people, used_companies, used_editions, cities) -> None:
    reference = "src:synthetic-0000"
    for s in range(n_sources):
        iri = f"src:synthetic-{s:04d}"
        out.add(iri, iri, [("a", "mc:Source"), ("rdfs:label", _lit(f"Synthetic source {s:04d}", "en")),
                           ("dct:type", _lit("synthetic benchmark data", "en")), ("mc:seedFile", '"synthetic"')])
    for c in range(COUNTRIES):
        out.add(reference, f"place:synthetic-country-{c:02d}", [
            ("a", "mc:Country"), ("rdfs:label", _lit(f"Pays {c:02d}", "fr")),
            ("rdfs:label", _lit(f"Country {c:02d}", "en")), ("rdfs:label", _lit(f"بلد {c:02d}", "ar")),
            ("mc:countryCode", f'"Z{chr(65 + c % 26)}"')])
    for c in range(CITIES):
        out.add(reference, f"place:synthetic-city-{c:03d}", [
            ("a", "mc:City"), ("rdfs:label", _lit(f"Ville {c:03d}", "fr")), ("rdfs:label", _lit(f"مدينة {c:03d}", "ar")),
            ("mc:locatedIn", f"place:synthetic-country-{c % COUNTRIES:02d}")])
    for f in range(FESTIVALS):
        out.add(reference, f"event:synthetic-festival-{f:02d}", [
            ("a", "mc:Festival"), ("rdfs:label", _lit(f"Festival {f:02d}", "fr")),
            ("rdfs:label", _lit(f"مهرجان {f:02d}", "ar")), ("mc:location", f"place:synthetic-city-{f:03d}")])
        for k in range(PRIZES_PER_FESTIVAL):
            out.add(reference, f"prize:synthetic-festival-{f:02d}-{k}", [
                ("a", "mc:Prize"), ("rdfs:label", _lit(f"Prix {k} du festival {f:02d}", "fr")),
                ("mc:awardedBy", f"event:synthetic-festival-{f:02d}")])
    for festival, year in sorted(used_editions):
        out.add(reference, f"edition:synthetic-festival-{festival:02d}-{year}", [
            ("a", "mc:FestivalEdition"), ("rdfs:label", _lit(f"Festival {festival:02d} ({year})", "fr")),
            ("mc:editionOf", f"event:synthetic-festival-{festival:02d}"),
            ("mc:editionNumber", str(year - FIRST_YEAR + 1)), ("mc:year", _typed(str(year), "gYear"))])
    for f in range(FUNDERS):
        out.add(reference, f"org:synthetic-funder-{f}", [
            ("a", "mc:PublicFundingBody"), ("rdfs:label", _lit(f"Fonds {f}", "fr")), ("skos:altLabel", _lit(f"F{f}", "fr"))])
    for p in range(PLATFORMS):
        out.add(reference, f"org:synthetic-platform-{p}", [
            ("a", "mc:StreamingPlatform"), ("rdfs:label", _lit(f"Plateforme {p}", "fr"))])
    for c in sorted(used_companies):
        out.add(f"src:synthetic-{c % n_sources:04d}", f"org:synthetic-company-{c:05d}", [
            ("a", "mc:ProductionCompany"), ("rdfs:label", _lit(f"Société {c:05d}", "fr")),
            ("mc:country", f"place:synthetic-country-{c % COUNTRIES:02d}")])
    for k, iri in enumerate(used_people):
        number = iri.rsplit("-", 1)[1]
        kind = iri.split("-")[1]
        pairs = [("a", "mc:Person"), ("rdfs:label", _lit(f"Personne {kind} {number}", "fr"))]
        if rng.random() < 0.3:
            pairs.append(("rdfs:label", _lit(f"شخص {kind} {number}", "ar")))
        if rng.random() < 0.05:
            pairs.append(("skos:altLabel", _lit(f"Persone {kind} {number}", "fr")))
        if rng.random() < 0.5:
            pairs.append(("mc:birthPlace", f"place:synthetic-city-{cities.draw()[0]:03d}"))
            pairs.append(("mc:birthDate", _typed(f"{rng.randint(1930, 2000)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "date")))
        if rng.random() < 0.1:
            pairs.append(("skos:exactMatch", f"wd:Q{10**12 + k}"))
        out.add(f"src:synthetic-{k % n_sources:04d}", iri, pairs)
