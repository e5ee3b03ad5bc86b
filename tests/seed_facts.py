"""Every fact of the five seed documents, as a table the graph must answer.

Each entry of ``FACTS`` is ``(description, source, body)``: ``source`` is the id of the seed
(``seed-000`` … ``seed-004``, or ``curation`` for the project's own decisions), and ``body``
is the body of a SPARQL ASK, always of the form ``GRAPH src:<source> { … }``, so that a
passing entry proves both the fact and that it is recorded in the graph of the document it
comes from. Prefixes are the project's (``kg.namespaces.PREFIXES``); the store sees every
named graph.

``ABSENT`` lists what the seeds do *not* say and the graph must therefore not claim
(``(description, body)``; the ASK must be false): the honesty rules of docs/data-model.md.

The seeds are in /work/shared/seeds (see their README.md). When a seed fact is added to or
changed in data/, add or change its row here.
"""

from __future__ import annotations

from typing import NamedTuple


class Fact(NamedTuple):
    description: str
    source: str
    body: str


FACTS: list[Fact] = []


def fact(description: str, source: str, pattern: str) -> None:
    """Record one fact: ``pattern`` must hold inside the graph of ``source``."""
    FACTS.append(Fact(description, source, f"GRAPH src:{source} {{ {pattern} }}"))


# ---------------------------------------------------------------------------
# Pattern helpers (each returns a graph pattern)
# ---------------------------------------------------------------------------


def credit(source: str, work: str, role: str, agent: str, extra: str = "") -> str:
    """A credit node of ``work`` for ``agent`` in ``role``, sourced to ``source``."""
    link = "mc:creditedPerson" if agent.startswith("person:") else "mc:creditedOrganization"
    return (
        f"?credit a mc:Credit ; mc:creditedWork {work} ; {link} {agent} ; "
        f"mc:role role:{role} ; mc:source src:{source} . {extra}"
    )


def award(source: str, work: str, prize: str, edition: str, recipients: tuple[str, ...] = (), extra: str = "") -> str:
    """An award win of ``prize`` at ``edition`` for ``work`` (and each recipient named)."""
    rec = "".join(f" mc:recipient {r} ;" for r in recipients)
    return (
        f"?win a mc:AwardWin ; mc:prize prize:{prize} ; mc:atEdition edition:{edition} ; "
        f"mc:awardedWork {work} ;{rec} mc:source src:{source} . {extra}"
    )


def release(source: str, work: str, country: str | None, date: str | None = None, year: str | None = None,
            extra: str = "") -> str:
    """A release of ``work`` (in ``country`` if given) on ``date`` or in ``year``."""
    parts = [f"?release a mc:Release ; mc:releasedWork {work} ; mc:source src:{source}"]
    if country:
        parts.append(f"mc:releaseCountry {country}")
    if date:
        parts.append(f'mc:releaseDate "{date}"^^xsd:date')
    if year:
        parts.append(f'mc:releaseYear "{year}"^^xsd:gYear')
    return " ; ".join(parts) + f" . {extra}"


def edition(iri: str, series: str, number: int | None = None, year: str | None = None, extra: str = "",
            cls: str = "mc:FestivalEdition") -> str:
    """An edition (of class ``cls``) of ``series`` with its number and year as the seed prints them."""
    parts = [f"{iri} a {cls} ; mc:editionOf {series}"]
    if number is not None:
        parts.append(f"mc:editionNumber {number}")
    if year:
        parts.append(f'mc:year "{year}"^^xsd:gYear')
    return " ; ".join(parts) + f" . {extra}"


def prize(iri: str, label: str, series: str) -> str:
    """A prize category named ``label`` (label or altLabel) awarded by ``series``."""
    return f'{iri} a mc:Prize ; mc:awardedBy {series} ; rdfs:label|skos:altLabel "{label}"@fr .'


def titled(work: str, prop: str, title: str, lang: str) -> str:
    return f'{work} {prop} "{title}"@{lang} .'


def named(entity: str, label: str, lang: str = "fr", prop: str = "rdfs:label") -> str:
    return f'{entity} {prop} "{label}"@{lang} .'


def note_contains(entity: str, text: str, prop: str = "skos:note") -> str:
    return f'{entity} {prop} ?text . FILTER(CONTAINS(STR(?text), "{text}"))'


def year(entity: str, value: str) -> str:
    return f'{entity} mc:year "{value}"^^xsd:gYear .'


# ===========================================================================
# seed-000: press article, 2015-11-05, Burn Out co-produced by ICFlix
# ===========================================================================
S = "seed-000"
fact("source seed-000 is a dated press article from file 000_…", S,
     'src:seed-000 a mc:Source ; mc:seedFile "000_799376e5076cdf0b.txt" ; '
     'dct:issued "2015-11-05"^^xsd:date ; dct:language lang:fra ; dct:title ?t .')
fact("Burn Out is a film titled « Burn Out »", S, 'work:burn-out a mc:Film ; mc:title "Burn Out"@fr ; mc:source src:seed-000 .')
fact("Burn Out is a feature film (« ce prochain long métrage »)", S, "work:burn-out mc:form form:feature .")
fact("Burn Out is a Moroccan film (« le premier film marocain coproduit par cette plateforme »)", S,
     "work:burn-out mc:countryOfOrigin place:morocco .")
fact("Burn Out is directed by Noureddine Lakhmari (credited under that spelling)", S,
     credit(S, "work:burn-out", "director", "person:nour-eddine-lakhmari", '?credit mc:creditedAs "Noureddine Lakhmari"@fr .'))
fact("Noureddine Lakhmari is a spelling of Nour-Eddine Lakhmari's name", S,
     named("person:nour-eddine-lakhmari", "Noureddine Lakhmari", prop="skos:altLabel"))
fact("Lakhmari is a Moroccan director (« le réalisateur marocain »)", S,
     "person:nour-eddine-lakhmari a mc:Person ; mc:nationality place:morocco ; mc:occupation role:director .")
fact("Lakhmari on Casablanca: « J’adore cette ville »", S, note_contains("person:nour-eddine-lakhmari", "J’adore cette ville"))
fact("Burn Out is co-produced by ICFlix", S, credit(S, "work:burn-out", "co-production-company", "org:icflix"))
fact("Burn Out is the first Moroccan film co-produced by ICFlix", S,
     credit(S, "work:burn-out", "co-production-company", "org:icflix", '?credit skos:note ?n . FILTER(CONTAINS(STR(?n), "premier film marocain coproduit"))'))
fact("ICFlix is a streaming platform that produces films", S,
     'org:icflix a mc:StreamingPlatform , mc:ProductionCompany ; rdfs:label "ICFlix"@fr .')
fact("ICFlix is « équivalent de Netflix dans le monde arabe »", S,
     'org:icflix mc:description "équivalent de Netflix dans le monde arabe"@fr .')
fact("ICFlix acquired Lakhmari's « deux premiers longs métrages » (unnamed: a note)", S,
     note_contains("org:icflix", "deux premiers longs métrages"))
fact("ICFlix: « La seule plateforme de streaming légale de contenu cinématographique au Maroc » (a claim, noted)", S,
     note_contains("org:icflix", "La seule plateforme de streaming légale"))
fact("ICFlix aims to promote Moroccan cinema in the biggest festivals (noted)", S,
     note_contains("org:icflix", "promouvoir le cinéma marocain"))
fact("Burn Out shooting announced to start in February 2016", S,
     'work:burn-out mc:shootingStart "2016-02"^^xsd:gYearMonth .')
fact("Burn Out is to be shot in Casablanca", S, "work:burn-out mc:filmingLocation place:casablanca .")
fact("the shooting dates are an announcement (noted)", S, note_contains("work:burn-out", "Le tournage commence en février 2016"))
fact("Burn Out is set in Casablanca (« un troisième film sur Casablanca »)", S, "work:burn-out mc:setting place:casablanca .")
fact("Burn Out is not a sequel: « Le seul point d’attache reste la ville » (noted)", S,
     note_contains("work:burn-out", "Le seul point d’attache reste la ville"))
fact("Burn Out's story « de rencontres atypiques, inattendues » (noted)", S, note_contains("work:burn-out", "rencontres atypiques"))
fact("Lakhmari is casting Burn Out in November 2015 (noted)", S, note_contains("work:burn-out", "phase de casting"))
fact("the Casablanca trilogy is a work series", S,
     'work:casablanca-trilogy a mc:WorkSeries ; rdfs:label "trilogie de Casablanca"@fr , "Casablanca trilogy"@en .')
fact("Burn Out is the third part of the trilogy", S,
     "work:burn-out mc:partOfSeries work:casablanca-trilogy ; mc:seriesOrdinal 3 .")
fact("Casanegra is part of the trilogy", S, "work:casanegra a mc:Film ; mc:partOfSeries work:casablanca-trilogy ; mc:source src:seed-000 .")
fact("Zéro is part of the trilogy", S, "work:zero a mc:Film ; mc:partOfSeries work:casablanca-trilogy ; mc:source src:seed-000 .")
fact("Zéro is spelled « Zéro » in seed-000", S, titled("work:zero", "mc:alternativeTitle", "Zéro", "fr"))
fact("Burn Out's announced investment is 12 to 15 million dirhams", S,
     '?b a mc:Budget ; mc:budgetOf work:burn-out ; mc:minAmount "12000000"^^xsd:decimal ; '
     'mc:maxAmount "15000000"^^xsd:decimal ; mc:currency "MAD" ; mc:amountKind "announced investment" ; mc:source src:seed-000 .')
fact("the CCM funds Burn Out with 5.4 million dirhams", S,
     '?f a mc:Funding ; mc:fundedWork work:burn-out ; mc:funder org:ccm ; mc:amount "5400000"^^xsd:decimal ; '
     'mc:currency "MAD" ; mc:source src:seed-000 .')
fact("ICFlix co-finances Burn Out", S,
     "?f a mc:Funding ; mc:fundedWork work:burn-out ; mc:funder org:icflix ; mc:fundingKind fundkind:co-production ; mc:source src:seed-000 .")
fact("Italian and Norwegian financing under negotiation (noted)", S, note_contains("work:burn-out", "financements italiens et norvégiens"))
fact("the CCM is the Centre cinématographique marocain, a public funding body", S,
     'org:ccm a mc:PublicFundingBody ; rdfs:label "Centre cinématographique marocain"@fr ; skos:altLabel "CCM"@fr .')
fact("HIV is an Egyptian feature film", S,
     'work:hiv a mc:Film ; mc:title "HIV"@fr ; mc:countryOfOrigin place:egypt ; mc:form form:feature ; mc:source src:seed-000 .')
fact("HIV is from 2014", S, year("work:hiv", "2014"))
fact("HIV « suit la vie d’un patient atteint du Sida »", S, 'work:hiv mc:synopsis "suit la vie d’un patient atteint du Sida"@fr .')
fact("HIV is ICFlix's first production", S,
     credit(S, "work:hiv", "production-company", "org:icflix", '?credit skos:note ?n . FILTER(CONTAINS(STR(?n), "Première production"))'))

# ===========================================================================
# seed-001: press article on the Burn Out trailer (2016/2017)
# ===========================================================================
S = "seed-001"
fact("source seed-001 is an undated press article from file 001_…", S,
     'src:seed-001 a mc:Source ; mc:seedFile "001_1333a690131d3753.txt" ; dct:language lang:fra ; mc:dateNote ?d .')
fact("Burn Out (seed-001)", S, 'work:burn-out a mc:Film ; mc:title "Burn Out"@fr ; mc:source src:seed-001 .')
fact("Lakhmari unveiled the trailer of Burn Out (noted)", S, note_contains("work:burn-out", "vient de dévoiler le trailer"))
fact("Burn Out is « son dernier opus sur la ville blanche après Casanegra et Zéro » (noted)", S,
     note_contains("work:burn-out", "dernier opus sur la ville blanche après Casanegra et Zéro"))
fact("Burn Out is set in Casablanca, « la ville blanche »", S, "work:burn-out mc:setting place:casablanca .")
fact("Burn Out's synopsis", S,
     'work:burn-out mc:synopsis ?s . FILTER(STRSTARTS(STR(?s), "Burn Out est un film sur le sacrifice et le courage de gens ordinaires") && LANG(?s) = "fr")')
fact("Burn Out is « un film choral », « un film patchwork » (noted)", S, note_contains("work:burn-out", "film patchwork"))
fact("Burn Out is directed by Nour-Eddine Lakhmari (seed-001)", S,
     credit(S, "work:burn-out", "director", "person:nour-eddine-lakhmari"))
fact("Nour-Eddine Lakhmari, Moroccan director (seed-001)", S,
     'person:nour-eddine-lakhmari rdfs:label "Nour-Eddine Lakhmari"@fr ; mc:nationality place:morocco ; mc:occupation role:director .')
fact("Lakhmari: « Casablanca c'est mon petit Maroc » (noted)", S, note_contains("person:nour-eddine-lakhmari", "Casablanca c'est mon petit Maroc"))
fact("Burn Out is co-produced with ICIFLIX (credited under that spelling)", S,
     credit(S, "work:burn-out", "co-production-company", "org:icflix", '?credit mc:creditedAs "ICIFLIX"@fr .'))
fact("ICIFLIX is a spelling of ICFlix", S, named("org:icflix", "ICIFLIX", prop="skos:altLabel"))
for char, label, age, words in [
    ("ayoub", "Ayoub", 13, "jeune cireur de chaussures"),
    ("jad", "Jad", 40, "brillant jeune chef d'entreprise"),
    ("ghita", "Ghita", 28, "propriétaire d'une galerie d'art"),
    ("monsieur-faridi", "Monsieur Faridi", 55, "un politicien"),
    ("aida", "Aida", 25, "jeune interne des hôpitaux"),
]:
    fact(f"Burn Out character {label}, {age}: « {words} »", S,
         f'work:burn-out mc:hasCharacter char:burn-out-{char} . char:burn-out-{char} a mc:Character ; '
         f'rdfs:label "{label}"@fr ; mc:age {age} ; mc:description ?d . FILTER(CONTAINS(STR(?d), "{words}"))')
for slug, name in [
    ("anas-el-baz", "Anas El Baz"), ("morjana-alaoui", "Morjana Alaoui"), ("sarah-perles", "Sarah Perles"),
    ("mohamed-khyari", "Mohamed Khyari"), ("karim-saidi", "Karim Saidi"),
    ("fatima-ezzahra-el-jaouhari", "Fatima Ezzahra El Jaouhari"),
]:
    fact(f"Burn Out cast: {name}", S,
         credit(S, "work:burn-out", "actor", f"person:{slug}", f'person:{slug} a mc:Person ; rdfs:label "{name}"@fr .'))
fact("Mohamed Khyari is a humorist", S, "person:mohamed-khyari mc:occupation occ:humorist .")
fact("Anas El Baz is Lakhmari's « acteur fétiche » (noted)", S, note_contains("person:anas-el-baz", "acteur fétiche"))
fact("Morjana Alaoui is « habituée à la caméra de Leila Marrakechi » (noted)", S,
     note_contains("person:morjana-alaoui", "habituée à la caméra de Leila Marrakechi"))
fact("Burn Out's release is planned in 2017", S,
     release(S, "work:burn-out", None, year="2017", extra="?release mc:planned true ."))
fact("Casanegra is Lakhmari's (« ses films Casanegra et Zéro »)", S,
     credit(S, "work:casanegra", "director", "person:nour-eddine-lakhmari"))
fact("Zéro is Lakhmari's (« ses films Casanegra et Zéro »)", S,
     credit(S, "work:zero", "director", "person:nour-eddine-lakhmari"))
fact("Casanegra is devoted to Casablanca", S, "work:casanegra mc:setting place:casablanca ; mc:source src:seed-001 .")
fact("Zéro is devoted to Casablanca; spelled « Zéro »", S,
     'work:zero mc:setting place:casablanca ; mc:alternativeTitle "Zéro"@fr ; mc:source src:seed-001 .')

# ===========================================================================
# seed-002: press article on Aflamin (2021 or later)
# ===========================================================================
S = "seed-002"
fact("source seed-002 is a press article from file 002_…", S,
     'src:seed-002 a mc:Source ; mc:seedFile "002_15db0599b9f337a8.txt" ; dct:language lang:fra ; mc:dateNote ?d ; '
     'dct:title "Haut et fort : Aflamin, la plateforme du cinéma marocain"@fr .')
fact("Aflamin is a streaming platform", S, 'org:aflamin a mc:StreamingPlatform ; rdfs:label "Aflamin"@fr .')
fact("Aflamin is « majoritairement consacrée au cinéma marocain »", S,
     'org:aflamin mc:description ?d . FILTER(CONTAINS(STR(?d), "majoritairement consacrée au cinéma marocain"))')
fact("Aflamin was founded by Nabil Ayouch", S, "org:aflamin mc:foundedBy person:nabil-ayouch .")
fact("Aflamin was founded by Ali n’ Productions", S, "org:aflamin mc:foundedBy org:ali-n-productions .")
fact("Ali n’ Productions is a production company", S,
     'org:ali-n-productions a mc:ProductionCompany ; rdfs:label "Ali n’ Productions"@fr .')
fact("Kenza Safouane is Aflamin's director general", S,
     'org:aflamin mc:chiefExecutive person:kenza-safouane . person:kenza-safouane a mc:Person ; rdfs:label "Kenza Safouane"@fr .')
fact("Aflamin is a Moroccan service (« 100% made in Maroc »)", S, "org:aflamin mc:country place:morocco .")
fact("Aflamin's aims: legal access to national productions (noted)", S, note_contains("org:aflamin", "accès légal aux productions nationales"))
fact("Aflamin's offer of independent films (noted)", S, note_contains("org:aflamin", "une large offre de films indépendants"))
fact("Nabil Ayouch's ambition for the platform (noted)", S, note_contains("org:aflamin", "reconnecter le public marocain à son cinéma"))
fact("Kenza Safouane: international VOD platforms offer little Moroccan cinema (noted)", S,
     note_contains("org:aflamin", "offrent peu de cinéma marocain"))
for slug, title in [("wechma", "Wechma"), ("les-chevaux-de-dieu", "Les chevaux de Dieu"), ("el-bayra", "El Bayra")]:
    fact(f"{title} is a film", S, f'work:{slug} a mc:Film ; mc:title "{title}"@fr ; mc:source src:seed-002 .')
    fact(f"{title} is offered by Aflamin", S,
         f"?a a mc:Availability ; mc:availableWork work:{slug} ; mc:platform org:aflamin ; mc:source src:seed-002 .")
fact("Nabil Ayouch is a French-Moroccan director", S,
     'person:nabil-ayouch a mc:Person ; rdfs:label "Nabil Ayouch"@fr ; mc:nationality place:france , place:morocco ; '
     "mc:occupation role:director .")
fact("Nabil Ayouch's films and their reception (biography)", S,
     'person:nabil-ayouch mc:biography ?b . FILTER(CONTAINS(STR(?b), "méfiance des autorités marocaines"))')
fact("Haut et fort is a Moroccan feature film of 2021", S,
     'work:haut-et-fort a mc:Film ; mc:title "Haut et fort"@fr ; mc:form form:feature ; mc:countryOfOrigin place:morocco ; '
     'mc:year "2021"^^xsd:gYear ; mc:source src:seed-002 .')
fact("Haut et fort is directed by Nabil Ayouch", S, credit(S, "work:haut-et-fort", "director", "person:nabil-ayouch"))
fact("the Festival de Cannes", S, 'event:festival-de-cannes a mc:Festival ; rdfs:label "Festival de Cannes"@fr .')
fact("the 74th Festival de Cannes, 2021", S, edition("edition:festival-de-cannes-2021", "event:festival-de-cannes", 74, "2021"))
fact("the Palme d’or is a prize of the Festival de Cannes", S, prize("prize:festival-de-cannes-palme-d-or", "Palme d’or", "event:festival-de-cannes"))
fact("Haut et fort is in the official competition of the 74th Festival de Cannes", S,
     "?sel a mc:Selection ; mc:selectedWork work:haut-et-fort ; mc:atEdition edition:festival-de-cannes-2021 ; "
     "mc:selectionKind selkind:official-competition ; mc:forPrize prize:festival-de-cannes-palme-d-or ; mc:source src:seed-002 .")
fact("Haut et fort: first Moroccan (non-documentary) film in the Cannes competition (noted)", S,
     "?sel mc:selectedWork work:haut-et-fort ; skos:note ?n . FILTER(CONTAINS(STR(?n), \"premier film marocain (hors documentaire)\"))")

# ===========================================================================
# seed-003: encyclopedia extract (Lakhmari; Casanegra, Le Regard, ZERO)
# ===========================================================================
S = "seed-003"
fact("source seed-003 is an encyclopedia extract from file 003_…", S,
     'src:seed-003 a mc:Source ; mc:seedFile "003_023bc10e2d71b6cf.txt" ; dct:language lang:fra ; mc:dateNote ?d .')

# --- Nour-Eddine Lakhmari
fact("Nour-Eddine Lakhmari, in Latin and Arabic script", S,
     'person:nour-eddine-lakhmari a mc:Person ; rdfs:label "Nour-Eddine Lakhmari"@fr , "نور الدين الخماري"@ar .')
fact("Lakhmari was born on 15 February 1964", S, 'person:nour-eddine-lakhmari mc:birthDate "1964-02-15"^^xsd:date .')
fact("Lakhmari was born in Safi", S, "person:nour-eddine-lakhmari mc:birthPlace place:safi .")
fact("Safi is in Morocco (« à Safi au Maroc »)", S, "place:safi a mc:City ; mc:locatedIn place:morocco .")
fact("Lakhmari is Norwegian-Moroccan (« norvégo-marocain »)", S,
     "person:nour-eddine-lakhmari mc:nationality place:norway , place:morocco .")
fact("Lakhmari is a director", S, "person:nour-eddine-lakhmari mc:occupation role:director .")
fact("Lakhmari lives in Casablanca", S, "person:nour-eddine-lakhmari mc:residence place:casablanca .")
fact("Lakhmari trained at the Oslo film academy", S, "person:nour-eddine-lakhmari mc:trainedAt org:oslo-film-academy .")
fact("the « Académie de Cinéma d'Oslo », a school in Oslo", S,
     'org:oslo-film-academy a mc:School ; rdfs:label "Académie de Cinéma d\'Oslo"@fr ; mc:location place:oslo .')
fact("Oslo is in Norway (« à Oslo en Norvège »)", S, "place:oslo mc:locatedIn place:norway .")
fact("Lakhmari's Oslo years: to Oslo in the mid-1980s, first shorts, several awarded, wordless stories", S,
     'person:nour-eddine-lakhmari mc:biography ?b . FILTER(CONTAINS(STR(?b), "au milieu des années 1980 à Oslo") '
     '&& CONTAINS(STR(?b), "plusieurs d\'entre eux sont primés") && CONTAINS(STR(?b), "des histoires sans mots"))')

# --- Casanegra
W = "work:casanegra"
fact("Casanegra: original title in Latin and Arabic script", S,
     f'{W} a mc:Film ; rdfs:label "Casanegra"@fr ; mc:originalTitle "Casanegra"@fr , "کزا نكرا"@ar ; mc:source src:seed-003 .')
fact("Casanegra is from 2008", S, year(W, "2008"))
fact("Casanegra runs 124 minutes", S, f"{W} mc:runtimeMinutes 124 .")
fact("Casanegra is a Moroccan feature film", S, f"{W} mc:countryOfOrigin place:morocco ; mc:form form:feature .")
fact("Casanegra is in Moroccan Arabic (darija)", S, f"{W} mc:originalLanguage lang:ary .")
fact("Casanegra is a film noir and a drama", S, f"{W} mc:genre genre:film-noir , genre:drama .")
fact("Casanegra: colour, 35 mm, CinemaScope", S, f"{W} mc:format fmt:colour , fmt:35mm , fmt:cinemascope .")
fact("Casanegra is rated « interdiction aux moins de 12 ans »", S,
     f'{W} mc:ageRating "interdiction aux moins de 12 ans"@fr ; mc:minimumAge 12 .')
fact("Casanegra is set in Casablanca", S, f"{W} mc:setting place:casablanca .")
fact("Casanegra's synopsis", S,
     f'{W} mc:synopsis ?s . FILTER(STRSTARTS(STR(?s), "Karim (Anas El Baz) et Adil (Omar Lotfi), deux amis d\'enfance"))')
fact("Casanegra characters Rami and Nabila (actors not named)", S,
     f'{W} mc:hasCharacter char:casanegra-rami , char:casanegra-nabila . '
     'char:casanegra-rami rdfs:label "Rami"@fr . char:casanegra-nabila rdfs:label "Nabila"@fr .')
for role, agent in [
    ("director", "person:nour-eddine-lakhmari"), ("screenwriter", "person:nour-eddine-lakhmari"),
    ("production-designer", "person:badria-soud-elhassani"), ("costume-designer", "person:amina-hamada"),
    ("cinematographer", "person:luca-coassin"), ("sound", "person:emmanuel-legall"), ("editor", "person:sarah-mouta"),
    ("composer", "person:richard-horowitz"), ("composer", "person:raiss-tijani"),
    ("production-company", "org:sigma-technologies"), ("co-production-company", "org:soread-2m"),
    ("producer", "person:pierfrancesco-fiorenza"), ("distributor", "org:bodega-films"),
    ("executive-producer", "person:ali-kettani"), ("executive-producer", "person:dino-sebti"),
]:
    fact(f"Casanegra: {role} {agent}", S, credit(S, W, role, agent))
fact("Casanegra: art director Luca Coassin (AIC)", S,
     credit(S, W, "art-director", "person:luca-coassin", '?credit mc:creditNote "AIC" .'))
fact("Casanegra: composer Amine Snoop (alias Al Kayssar)", S,
     credit(S, W, "composer", "person:amine-snoop", 'person:amine-snoop mc:alias "Al Kayssar"@fr .'))
fact("Casanegra: co-producer Aziz Nadifi, credited « Azziz Nadifi »", S,
     credit(S, W, "co-producer", "person:aziz-nadifi", '?credit mc:creditedAs "Azziz Nadifi"@fr .'))
for slug, char, name in [("anas-el-baz", "karim", "Karim"), ("omar-lotfi", "adil", "Adil"), ("mohamed-benbrahim", "zrirek", "Zrirek")]:
    fact(f"Casanegra: {slug} plays {name}", S,
         credit(S, W, "actor", f"person:{slug}", f'?credit mc:character char:casanegra-{char} . char:casanegra-{char} rdfs:label "{name}"@fr .'))
for slug, name in [
    ("badria-soud-elhassani", "Badria Soud Elhassani"), ("amina-hamada", "Amina Hamada"), ("luca-coassin", "Luca Coassin"),
    ("sarah-mouta", "Sarah Mouta"), ("richard-horowitz", "Richard Horowitz"), ("raiss-tijani", "Raïss Tijani"),
    ("amine-snoop", "Amine Snoop"), ("pierfrancesco-fiorenza", "Pierfrancesco Fiorenza"), ("ali-kettani", "Ali Kettani"),
    ("dino-sebti", "Dino Sebti"), ("omar-lotfi", "Omar Lotfi"), ("mohamed-benbrahim", "Mohamed Benbrahim"),
    ("anas-el-baz", "Anas El Baz"),
]:
    fact(f"person {name} (seed-003 spelling)", S, f'person:{slug} a mc:Person ; rdfs:label "{name}"@fr .')
for slug, name, cls in [
    ("sigma-technologies", "Sigma Technologies", "mc:ProductionCompany"), ("soread-2m", "Soread 2M", "mc:ProductionCompany"),
    ("bodega-films", "Bodega Films", "mc:Distributor"),
]:
    fact(f"organisation {name}", S, f'org:{slug} a {cls} ; rdfs:label "{name}"@fr .')
fact("Casanegra received an avance sur recettes from the CCM", S,
     f"?f a mc:Funding ; mc:fundedWork {W} ; mc:funder org:ccm ; mc:fundingKind fundkind:avance-sur-recettes ; mc:source src:seed-003 .")
fact("Casanegra's budget: 10 to 11 million dirhams", S,
     f'?b a mc:Budget ; mc:budgetOf {W} ; mc:minAmount "10000000"^^xsd:decimal ; mc:maxAmount "11000000"^^xsd:decimal ; '
     'mc:currency "MAD" ; mc:source src:seed-003 .')
fact("Casanegra's budget: €1,200,000 as the source's equivalent", S,
     f'?b a mc:Budget ; mc:budgetOf {W} ; mc:amount "1200000"^^xsd:decimal ; mc:currency "EUR" ; '
     'mc:amountKind "equivalent given by the source" ; mc:source src:seed-003 .')
for country, d in [("morocco", "2008-12-24"), ("netherlands", "2009-05-21"), ("france", "2009-10-21"), ("belgium", "2010-01-13")]:
    fact(f"Casanegra released in {country} on {d}", S, release(S, W, f"place:{country}", date=d))
fact("the Oscars and their 82nd ceremony", S,
     'event:academy-awards a mc:AwardCeremony . ' + edition("edition:academy-awards-82", "event:academy-awards", 82, cls="mc:CeremonyEdition"))
fact("the Oscar for best international feature film", S,
     prize("prize:academy-awards-best-international-feature-film", "Oscar du meilleur film international", "event:academy-awards"))
fact("Casanegra: Morocco's submission for the best international feature film Oscar at the 82nd ceremony", S,
     f"?sel a mc:Selection ; mc:selectedWork {W} ; mc:atEdition edition:academy-awards-82 ; "
     "mc:selectionKind selkind:oscar-submission ; mc:representedCountry place:morocco ; "
     "mc:forPrize prize:academy-awards-best-international-feature-film ; mc:source src:seed-003 .")
# festivals, editions and prize categories of Casanegra's awards
fact("Dubai International Film Festival, 5th edition (2008)", S,
     'event:dubai-international-film-festival a mc:Festival ; rdfs:label "Festival international du film de Dubaï"@fr . '
     + edition("edition:dubai-international-film-festival-2008", "event:dubai-international-film-festival", 5, "2008"))
fact("Festival national du film, 10th edition (2008)", S,
     'event:festival-national-du-film a mc:Festival ; skos:altLabel "Festival national marocain du film"@fr . '
     + edition("edition:festival-national-du-film-2008", "event:festival-national-du-film", 10, "2008"))
fact("Journées du cinéma européen en Tunisie, 16th edition (2009)", S,
     edition("edition:journees-du-cinema-europeen-en-tunisie-2009", "event:journees-du-cinema-europeen-en-tunisie", 16, "2009"))
fact("Festival cinématographique de Damas, 17th edition (2009)", S,
     edition("edition:damascus-film-festival-2009", "event:damascus-film-festival", 17, "2009"))
fact("Festival du film arabe de Rotterdam, 9th edition (2009)", S,
     edition("edition:rotterdam-arab-film-festival-2009", "event:rotterdam-arab-film-festival", 9, "2009"))
fact("Festival international de cinéma de Taormine, 55th edition (2009)", S,
     edition("edition:taormina-film-festival-2009", "event:taormina-film-festival", 55, "2009"))
fact("Casanegra: Dubai 2008 best actor, ex aequo Anas El Baz and Omar Lotfi (one win)", S,
     award(S, W, "dubai-iff-best-actor", "dubai-international-film-festival-2008",
           ("person:anas-el-baz", "person:omar-lotfi"), "?win mc:exAequo true ."))
fact("Casanegra: Dubai 2008 best cinematographer (recipient not named)", S,
     award(S, W, "dubai-iff-best-cinematographer", "dubai-international-film-festival-2008"))
fact("Casanegra: FNF 2008 first male role, Omar Lotfi", S,
     award(S, W, "festival-national-du-film-first-male-role", "festival-national-du-film-2008", ("person:omar-lotfi",)))
fact("Casanegra: FNF 2008 second male role, Mohamed Benbrahim", S,
     award(S, W, "festival-national-du-film-second-male-role", "festival-national-du-film-2008", ("person:mohamed-benbrahim",)))
fact("Casanegra: FNF 2008 sound, Emmanuel Legall", S,
     award(S, W, "festival-national-du-film-sound", "festival-national-du-film-2008", ("person:emmanuel-legall",)))
fact("Casanegra: Journées du cinéma européen en Tunisie 2009, audience prize (feature film)", S,
     award(S, W, "journees-du-cinema-europeen-en-tunisie-audience-prize-feature-film", "journees-du-cinema-europeen-en-tunisie-2009"))
fact("Casanegra: Damascus 2009 bronze medal", S, award(S, W, "damascus-film-festival-bronze-medal", "damascus-film-festival-2009"))
fact("Casanegra: Damascus 2009 special jury prize", S, award(S, W, "damascus-film-festival-special-jury-prize", "damascus-film-festival-2009"))
fact("Casanegra: Rotterdam Arab film festival 2009 best director", S,
     award(S, W, "rotterdam-arab-film-festival-best-director", "rotterdam-arab-film-festival-2009"))
fact("Casanegra: Taormina 2009 best director", S, award(S, W, "taormina-film-festival-best-director", "taormina-film-festival-2009"))
for iri, label, series in [
    ("prize:dubai-iff-best-actor", "Prix du meilleur acteur", "event:dubai-international-film-festival"),
    ("prize:dubai-iff-best-cinematographer", "Prix du meilleur directeur de la photographie", "event:dubai-international-film-festival"),
    ("prize:festival-national-du-film-first-male-role", "Prix du premier rôle masculin", "event:festival-national-du-film"),
    ("prize:festival-national-du-film-second-male-role", "Prix du deuxième rôle masculin", "event:festival-national-du-film"),
    ("prize:festival-national-du-film-sound", "Prix du son", "event:festival-national-du-film"),
    ("prize:journees-du-cinema-europeen-en-tunisie-audience-prize-feature-film", "Prix du public long-métrage", "event:journees-du-cinema-europeen-en-tunisie"),
    ("prize:damascus-film-festival-bronze-medal", "Médaille de bronze", "event:damascus-film-festival"),
    ("prize:damascus-film-festival-special-jury-prize", "Prix spécial du jury", "event:damascus-film-festival"),
    ("prize:rotterdam-arab-film-festival-best-director", "Prix du meilleur metteur en scène", "event:rotterdam-arab-film-festival"),
    ("prize:taormina-film-festival-best-director", "Meilleur metteur en scène", "event:taormina-film-festival"),
]:
    fact(f"prize category « {label} »", S, prize(iri, label, series))

# --- Le Regard
W = "work:le-regard"
fact("Le Regard: original title « Le Regard »", S, f'{W} a mc:Film ; mc:originalTitle "Le Regard"@fr ; mc:source src:seed-003 .')
fact("Le Regard: Arabic title النظرة (text)", S, titled(W, "mc:originalTitle", "النظرة", "ar"))
fact("Le Regard: Arabic title النظر (fiche)", S, titled(W, "mc:alternativeTitle", "النظر", "ar"))
fact("Le Regard: Norwegian title « Blikket »", S, titled(W, "mc:alternativeTitle", "Blikket", "no"))
fact("Le Regard is from 2005", S, year(W, "2005"))
fact("Le Regard is Moroccan-Norwegian", S, f"{W} mc:countryOfOrigin place:morocco , place:norway .")
fact("Le Regard is in Moroccan Arabic and French", S, f"{W} mc:originalLanguage lang:ary , lang:fra .")
fact("Le Regard was shot in Safi", S, f"{W} mc:filmingLocation place:safi .")
fact("Le Regard: drama, war", S, f"{W} mc:genre genre:drama , genre:war .")
fact("Le Regard runs 87 minutes", S, f"{W} mc:runtimeMinutes 87 .")
fact("Le Regard's budget: 10 million dirhams", S,
     f'?b a mc:Budget ; mc:budgetOf {W} ; mc:amount "10000000"^^xsd:decimal ; mc:currency "MAD" ; mc:source src:seed-003 .')
fact("Le Regard released in Norway on 18 March 2005", S, release(S, W, "place:norway", date="2005-03-18"))
fact("Le Regard released in Morocco on 13 April 2005", S, release(S, W, "place:morocco", date="2005-04-13"))
fact("Le Regard's synopsis", S, f'{W} mc:synopsis ?s . FILTER(STRSTARTS(STR(?s), "Le photographe français Albert Tueis"))')
fact("Le Regard: Albert Tueis, 70, French photographer", S,
     f'{W} mc:hasCharacter char:le-regard-albert-tueis . char:le-regard-albert-tueis rdfs:label "Albert Tueis"@fr ; '
     'mc:age 70 ; mc:description ?d . FILTER(CONTAINS(STR(?d), "photographe français"))')
for role, agent in [
    ("director", "person:nour-eddine-lakhmari"), ("screenwriter", "person:nour-eddine-lakhmari"),
    ("cinematographer", "person:kjell-vassdal"), ("composer", "person:oistein-boassen"), ("sound", "person:carl-svensson"),
    ("editor", "person:skule-eriksen"), ("editor", "person:philippe-ravoet"), ("storyboard-artist", "person:kent-jensen"),
    ("producer", "person:aamund-johannesen"), ("producer", "person:aziz-nadifi"), ("producer", "person:egil-odegard"),
    ("production-company", "org:casablanca-films-productions"), ("production-company", "org:filmhuset"),
    ("production-company", "org:free-artists"),
]:
    fact(f"Le Regard: {role} {agent}", S, credit(S, W, role, agent))
for slug, name in [
    ("kjell-vassdal", "Kjell Vassdal"), ("oistein-boassen", "Øistein Boassen"), ("carl-svensson", "Carl Svensson"),
    ("skule-eriksen", "Skule Eriksen"), ("philippe-ravoet", "Philippe Ravoet"), ("kent-jensen", "Kent Jensen"),
    ("aamund-johannesen", "Aamund Johannesen"), ("egil-odegard", "Egil Ødegård"),
]:
    fact(f"person {name}", S, f'person:{slug} a mc:Person ; rdfs:label "{name}"@fr .')
fact("Aziz Nadifi, also spelled Azziz Nadifi", S,
     'person:aziz-nadifi rdfs:label "Aziz Nadifi"@fr ; skos:altLabel "Azziz Nadifi"@fr .')
for slug, name in [("casablanca-films-productions", "Casablanca Films Productions"), ("filmhuset", "Filmhuset"),
                   ("free-artists", "Free Artists")]:
    fact(f"organisation {name}", S, f'org:{slug} a mc:ProductionCompany ; rdfs:label "{name}"@fr .')

# --- ZERO
W = "work:zero"
fact("ZERO: title « ZERO » in the fiche technique", S, f'{W} a mc:Film ; mc:originalTitle "ZERO"@fr ; mc:source src:seed-003 .')
fact("ZERO is from 2012", S, year(W, "2012"))
fact("ZERO released on 19 December 2012 (country not given)", S, release(S, W, None, date="2012-12-19"))
fact("ZERO runs 111 minutes", S, f"{W} mc:runtimeMinutes 111 .")
fact("ZERO is Moroccan", S, f"{W} mc:countryOfOrigin place:morocco .")
fact("ZERO is in Arabic (« arabe »)", S, f"{W} mc:originalLanguage lang:ara .")
fact("ZERO: drama, film noir, thriller", S, f"{W} mc:genre genre:drama , genre:film-noir , genre:thriller .")
fact("ZERO is set in Casablanca", S, f"{W} mc:setting place:casablanca .")
fact("ZERO's synopsis", S, f'{W} mc:synopsis ?s . FILTER(STRSTARTS(STR(?s), "Amine Bertale est un flic, son nom est ZERO."))')
fact("ZERO: Amine Bertale, a cop nicknamed ZERO", S,
     f'{W} mc:hasCharacter char:zero-amine-bertale . char:zero-amine-bertale rdfs:label "Amine Bertale"@fr ; mc:alias "ZERO"@fr .')
fact("ZERO: Mimi, a young prostitute", S,
     f'{W} mc:hasCharacter char:zero-mimi . char:zero-mimi rdfs:label "Mimi"@fr ; mc:description ?d . FILTER(CONTAINS(STR(?d), "jeune prostituée"))')
fact("ZERO: Aïcha Baidou, looking for her daughter", S,
     f'{W} mc:hasCharacter char:zero-aicha-baidou . char:zero-aicha-baidou rdfs:label "Aïcha Baidou"@fr .')
for role, agent in [
    ("director", "person:nour-eddine-lakhmari"), ("screenwriter", "person:nour-eddine-lakhmari"),
    ("production-designer", "person:badr-soud-el-hassani"), ("costume-designer", "person:loujaine-berrioua"),
    ("costume-designer", "person:khadija-dakhil"), ("editor", "person:youssef-mernissi"),
    ("composer", "person:richard-horowitz"), ("producer", "person:redouan-bayed"),
    ("production-company", "org:timlif-productions"),
]:
    fact(f"ZERO: {role} {agent}", S, credit(S, W, role, agent))
fact("ZERO: H2O Motion Pictures distributes everywhere except Switzerland, France and French-speaking Belgium", S,
     credit(S, W, "distributor", "org:h2o-motion-pictures",
            "?credit mc:excludedTerritory place:switzerland , place:france , place:french-speaking-belgium ."))
fact("ZERO: Les Films de l'Atalante distributes in France, Switzerland and French-speaking Belgium", S,
     credit(S, W, "distributor", "org:les-films-de-l-atalante",
            "?credit mc:territory place:france , place:switzerland , place:french-speaking-belgium ."))
fact("French-speaking Belgium is a region of Belgium", S, "place:french-speaking-belgium a mc:Region ; mc:locatedIn place:belgium .")
for slug, name in [("younes-bouab", "Younès Bouab"), ("mohamed-majd", "Mohamed Majd"), ("sonia-okacha", "Sonia Okacha")]:
    fact(f"ZERO: {name} in the cast (implied by the acting prize)", S,
         credit(S, W, "actor", f"person:{slug}", f'person:{slug} rdfs:label "{name}"@fr . '
                '?credit skos:note "credit implied by the acting prize"@en .'))
fact("ZERO: sound by Emmanuel Legall, credited « Emmannuel Legal » (implied by the sound prize)", S,
     credit(S, W, "sound", "person:emmanuel-legall", '?credit mc:creditedAs "Emmannuel Legal"@fr .'))
fact("Emmanuel Legall, also spelled Emmannuel Legal", S,
     'person:emmanuel-legall rdfs:label "Emmanuel Legall"@fr ; skos:altLabel "Emmannuel Legal"@fr .')
fact("Mohamed Majd is deceased (« Feu Mohamed Majd »)", S, "person:mohamed-majd mc:deceased true .")
for slug, name in [
    ("badr-soud-el-hassani", "Badr Soud El Hassani"), ("loujaine-berrioua", "Loujaine Berrioua"),
    ("khadija-dakhil", "Khadija Dakhil"), ("youssef-mernissi", "Youssef Mernissi"), ("redouan-bayed", "Redouan Bayed"),
]:
    fact(f"person {name}", S, f'person:{slug} a mc:Person ; rdfs:label "{name}"@fr .')
for slug, name, cls in [
    ("timlif-productions", "TIMLIF PRODUCTIONS", "mc:ProductionCompany"),
    ("h2o-motion-pictures", "H2O Motion Pictures", "mc:Distributor"),
    ("les-films-de-l-atalante", "Les Films de l'Atalante", "mc:Distributor"),
]:
    fact(f"organisation {name}", S, f'org:{slug} a {cls} ; rdfs:label "{name}"@fr .')
fact("Festival National du Film de Tanger 2013: an edition of the Festival national du film, in Tangier", S,
     'event:festival-national-du-film skos:altLabel "Festival National du Film de Tanger"@fr . '
     + edition("edition:festival-national-du-film-2013", "event:festival-national-du-film", None, "2013",
               "edition:festival-national-du-film-2013 mc:location place:tangier ."))
fact("Festival International du Cinéma Méditerranéen de Tétouan 2013", S,
     'event:tetouan-mediterranean-film-festival a mc:Festival ; rdfs:label "Festival International du Cinéma Méditerranéen de Tétouan"@fr . '
     + edition("edition:tetouan-mediterranean-film-festival-2013", "event:tetouan-mediterranean-film-festival", None, "2013"))
fact("ZERO: FNF Tangier 2013 Grand Prix", S, award(S, W, "festival-national-du-film-grand-prix", "festival-national-du-film-2013"))
fact("ZERO: FNF Tangier 2013 best male lead, Younès Bouab", S,
     award(S, W, "festival-national-du-film-first-male-role", "festival-national-du-film-2013", ("person:younes-bouab",)))
fact("ZERO: FNF Tangier 2013 second male role, Mohamed Majd", S,
     award(S, W, "festival-national-du-film-second-male-role", "festival-national-du-film-2013", ("person:mohamed-majd",)))
fact("ZERO: FNF Tangier 2013 second female role, Sonia Okacha", S,
     award(S, W, "festival-national-du-film-second-female-role", "festival-national-du-film-2013", ("person:sonia-okacha",)))
fact("ZERO: FNF Tangier 2013 best sound, Emmanuel Legall", S,
     award(S, W, "festival-national-du-film-sound", "festival-national-du-film-2013", ("person:emmanuel-legall",)))
fact("ZERO: Tétouan 2013 Mohammed Reggab special jury prize", S,
     award(S, W, "tetouan-mediterranean-film-festival-mohammed-reggab-special-jury-prize", "tetouan-mediterranean-film-festival-2013"))
fact("ZERO: Tétouan 2013 male acting prize (recipient not named)", S,
     award(S, W, "tetouan-mediterranean-film-festival-male-acting-prize", "tetouan-mediterranean-film-festival-2013"))
fact("ZERO: Tétouan 2013 audience prize", S,
     award(S, W, "tetouan-mediterranean-film-festival-audience-prize", "tetouan-mediterranean-film-festival-2013"))
for iri, label, series in [
    ("prize:festival-national-du-film-grand-prix", "Grand Prix du festival", "event:festival-national-du-film"),
    ("prize:festival-national-du-film-first-male-role", "Prix du meilleur premier rôle masculin", "event:festival-national-du-film"),
    ("prize:festival-national-du-film-second-male-role", "Prix du 2e rôle masculin", "event:festival-national-du-film"),
    ("prize:festival-national-du-film-second-female-role", "Prix du 2e rôle féminin", "event:festival-national-du-film"),
    ("prize:festival-national-du-film-sound", "Prix du meilleur son", "event:festival-national-du-film"),
    ("prize:tetouan-mediterranean-film-festival-mohammed-reggab-special-jury-prize", "Prix Mohammed Reggab, prix spécial du jury", "event:tetouan-mediterranean-film-festival"),
    ("prize:tetouan-mediterranean-film-festival-male-acting-prize", "Prix d’Interprétation Masculine", "event:tetouan-mediterranean-film-festival"),
    ("prize:tetouan-mediterranean-film-festival-audience-prize", "Prix du Public", "event:tetouan-mediterranean-film-festival"),
]:
    fact(f"prize category « {label} »", S, prize(iri, label, series))
fact("Badria Soud Elhassani and Badr Soud El Hassani are two persons (seed-003)", S,
     'person:badria-soud-elhassani rdfs:label "Badria Soud Elhassani"@fr . person:badr-soud-el-hassani rdfs:label "Badr Soud El Hassani"@fr .')

# ===========================================================================
# seed-004: press article, 2026-02-19, Moroccan series at the Berlinale Series Market
# ===========================================================================
S = "seed-004"
fact("source seed-004 is a dated press article from file 004_…", S,
     'src:seed-004 a mc:Source ; mc:seedFile "004_7b1464adddf4145a.txt" ; dct:issued "2026-02-19"^^xsd:date ; dct:language lang:fra .')
fact("seed-004 quotes a statement to the MAP", S, 'src:seed-004 dct:description ?d . FILTER(CONTAINS(STR(?d), "MAP"))')
fact("the Berlin International Film Festival, or Berlinale", S,
     'event:berlinale a mc:Festival ; rdfs:label "Festival international du film de Berlin"@fr ; skos:altLabel "Berlinale"@fr .')
fact("the 76th Berlinale, 12–22 February 2026, in Berlin", S,
     edition("edition:berlinale-2026", "event:berlinale", 76, "2026",
             'edition:berlinale-2026 mc:startDate "2026-02-12"^^xsd:date ; mc:endDate "2026-02-22"^^xsd:date ; mc:location place:berlin .'))
fact("the European Film Market (EFM), held alongside the Berlinale", S,
     'event:european-film-market a mc:Market ; rdfs:label "European Film Market"@en ; skos:altLabel "EFM"@en ; '
     "mc:heldAlongside event:berlinale .")
fact("the EFM is the Berlinale's professional B2B strand", S,
     'event:european-film-market mc:description "volet professionnel B2B de la Berlinale"@fr .')
fact("the Berlinale Series Market is the EFM's series strand", S,
     'event:berlinale-series-market a mc:Market ; rdfs:label "Berlinale Series Market"@en ; mc:sectionOf event:european-film-market .')
fact("EFM 2026 is held during the 76th Berlinale", S,
     edition("edition:european-film-market-2026", "event:european-film-market", None, "2026",
             "edition:european-film-market-2026 mc:heldDuring edition:berlinale-2026 .", cls="mc:MarketEdition"))
fact("Berlinale Series Market 2026 is held during the 76th Berlinale", S,
     edition("edition:berlinale-series-market-2026", "event:berlinale-series-market", None, "2026",
             "edition:berlinale-series-market-2026 mc:heldDuring edition:berlinale-2026 .", cls="mc:MarketEdition"))
fact("Morocco is the country of honour of the EFM 2026", S, "edition:european-film-market-2026 mc:countryOfHonour place:morocco .")
fact("Morocco is the first African country of honour (noted)", S,
     note_contains("edition:european-film-market-2026", "premier pays africain à recevoir cette distinction"))
SESSION = "session:efm-2026-moroccan-series-on-the-rise"
fact("the session « Moroccan Series on the Rise » at the Series Market 2026", S,
     f'{SESSION} a mc:Session ; mc:partOfEdition edition:berlinale-series-market-2026 ; '
     'mc:theme "Moroccan Series on the Rise : From Local Success to Global Ambitions"@en .')
fact("the session is held at the Cinemaxx", S, f"{SESSION} mc:venue place:cinemaxx . place:cinemaxx a mc:Venue .")
fact("the session is « lundi soir » (no date printed: noted)", S, note_contains(SESSION, "lundi soir"))
for slug, name in [("khadija-alami", "Khadija Alami"), ("karim-debbagh", "Karim Debbagh"), ("lamia-chraibi", "Lamia Chraibi")]:
    fact(f"{name} takes part in the session", S,
         f'{SESSION} mc:participant person:{slug} . person:{slug} a mc:Person ; rdfs:label "{name}"@fr .')
fact("Khadija Alami is a producer", S, "person:khadija-alami mc:occupation role:producer .")
fact("Khadija Alami lives between Morocco and Los Angeles", S,
     "person:khadija-alami mc:residence place:morocco , place:los-angeles .")
SERIES = "work:serie-policiere-de-khadija-alami"
fact("Khadija Alami's new police series (title not given)", S,
     f"{SERIES} a mc:TVSeries ; mc:genre genre:crime ; mc:source src:seed-004 .")
fact("the series is about an elite unit fighting organised crime", S,
     f'{SERIES} mc:synopsis ?s . FILTER(CONTAINS(STR(?s), "unité d\'élite"))')
fact("the series is produced by Khadija Alami", S, credit(S, SERIES, "producer", "person:khadija-alami"))
fact("the series is selected at the Berlinale Series Market 2026", S,
     f"?sel a mc:Selection ; mc:selectedWork {SERIES} ; mc:atEdition edition:berlinale-series-market-2026 ; "
     "mc:selectionKind selkind:market-selection ; mc:source src:seed-004 .")
fact("the series will first be broadcast in Morocco (noted)", S, note_contains(SERIES, "sera d'abord diffusé au Maroc"))
fact("Khadija Alami presents her series at the session", S, f"{SESSION} mc:presentedWork {SERIES} .")

# ===========================================================================
# curation: the project's own decisions (docs/data-model.md, « Uncertainty and disagreement »)
# ===========================================================================
S = "curation"
fact("the curation record is described", S, "src:curation a mc:CurationRecord ; dct:title ?t .")
fact("Noureddine / Nour-Eddine Lakhmari: one person (editorial note)", S,
     note_contains("person:nour-eddine-lakhmari", "Noureddine Lakhmari", prop="skos:editorialNote"))
fact("ICFlix / ICIFLIX: one organisation (editorial note)", S, note_contains("org:icflix", "ICIFLIX", prop="skos:editorialNote"))
fact("the two first features bought by ICFlix are ambiguous (editorial note)", S,
     note_contains("org:icflix", "deux premiers longs métrages", prop="skos:editorialNote"))
fact("Zéro / ZERO: one film, and why « Zéro » is the label (editorial note)", S,
     note_contains("work:zero", "rdfs:label", prop="skos:editorialNote"))
fact("Emmanuel Legall / Emmannuel Legal: one person (editorial note)", S,
     note_contains("person:emmanuel-legall", "Emmannuel Legal", prop="skos:editorialNote"))
fact("Aziz / Azziz Nadifi: one person (editorial note)", S, note_contains("person:aziz-nadifi", "Azziz Nadifi", prop="skos:editorialNote"))
fact("Badria Soud Elhassani and Badr Soud El Hassani are possibly the same person", S,
     "person:badria-soud-elhassani mc:possiblySameAs person:badr-soud-el-hassani ; skos:editorialNote ?n .")
fact("Le Regard's two Arabic titles: النظرة preferred (editorial note)", S,
     note_contains("work:le-regard", "النظرة", prop="skos:editorialNote"))
fact("one Festival national du film, two editions (label and editorial note)", S,
     'event:festival-national-du-film rdfs:label "Festival national du film"@fr ; skos:editorialNote ?n .')
fact("best-director prizes of Casanegra go to its director (derived recipient)", S,
     "award:casanegra-rotterdam-arab-film-festival-best-director-2009 mc:recipient person:nour-eddine-lakhmari . "
     "award:casanegra-taormina-film-festival-best-director-2009 mc:recipient person:nour-eddine-lakhmari .")
fact("Morocco is MA (ISO 3166-1 alpha-2)", S, 'place:morocco a mc:Country ; mc:countryCode "MA" ; rdfs:label "Maroc"@fr , "Morocco"@en , "المغرب"@ar .')


# ===========================================================================
# What the seeds do not say: each ASK must be false
# ===========================================================================


class Absence(NamedTuple):
    description: str
    body: str


ABSENT: list[Absence] = [
    Absence("no Wikidata IRI in the data (no source gives one)",
            '{ ?s ?p ?o } FILTER(STRSTARTS(STR(?s), "https://w3id.org/moroccan-cinema/resource/") '
            '&& (STRSTARTS(STR(?o), "http://www.wikidata.org/") || STRSTARTS(STR(?p), "http://www.wikidata.org/")))'),
    Absence("the 2013 edition of the Festival national du film has no edition number",
            "edition:festival-national-du-film-2013 mc:editionNumber ?n ."),
    Absence("the 2008 edition of the Festival national du film has no city", "edition:festival-national-du-film-2008 mc:location ?p ."),
    Absence("the 82nd Oscars have no year", "edition:academy-awards-82 mc:year ?y ."),
    Absence("ZERO's release has no country", "rel:zero-2012 mc:releaseCountry ?c ."),
    Absence("Burn Out's planned release has no country", "rel:burn-out-2017 mc:releaseCountry ?c ."),
    Absence("the Dubai best cinematographer prize has no recipient",
            "award:casanegra-dubai-iff-best-cinematographer-2008 mc:recipient ?r ."),
    Absence("the Tétouan male acting prize has no recipient",
            "award:zero-tetouan-mediterranean-film-festival-male-acting-prize-2013 mc:recipient ?r ."),
    Absence("seed-003 does not name the recipients of the best-director prizes",
            "GRAPH src:seed-003 { award:casanegra-rotterdam-arab-film-festival-best-director-2009 mc:recipient ?r }"),
    Absence("no release kind is asserted for Casanegra's releases",
            "?r mc:releasedWork work:casanegra ; mc:releaseKind ?k ."),
    Absence("the CCM funding of Burn Out has no asserted kind", "fund:burn-out-ccm mc:fundingKind ?k ."),
    Absence("no work is said to be available on ICFlix", "?a mc:platform org:icflix ."),
    Absence("Casanegra and Zéro have no position in the trilogy",
            "VALUES ?w { work:casanegra work:zero } ?w mc:seriesOrdinal ?n ."),
    Absence("the ZERO cast credits implied by prizes have no character",
            "?c mc:creditedWork work:zero ; mc:role role:actor ; mc:character ?ch ."),
    Absence("Burn Out's actors are not mapped to characters",
            "?c mc:creditedWork work:burn-out ; mc:role role:actor ; mc:character ?ch ."),
    # scoped to the seed's graph: other sources (contrib/tables) do give years and credits
    Absence("the Aflamin titles have no year in seed-002",
            "VALUES ?w { work:wechma work:les-chevaux-de-dieu work:el-bayra } GRAPH src:seed-002 { ?w mc:year ?y . }"),
    Absence("the Aflamin titles have no credit in seed-002",
            "VALUES ?w { work:wechma work:les-chevaux-de-dieu work:el-bayra } GRAPH src:seed-002 { ?c mc:creditedWork ?w . }"),
    Absence("Khadija Alami's series has no title", f"{SERIES} mc:title ?t ."),
    Absence("the EFM 2026 session has no date", f"{SESSION} mc:startDate|mc:endDate ?d ."),
    Absence("Mohamed Majd has no date of death", "person:mohamed-majd mc:deathDate ?d ."),
    Absence("Badria Soud Elhassani and Badr Soud El Hassani are not merged",
            "person:badria-soud-elhassani owl:sameAs person:badr-soud-el-hassani ."),
    Absence("no Leila Marrakechi film is created", '?w a mc:Work ; mc:hasCredit/mc:creditedPerson/rdfs:label "Leila Marrakechi"@fr .'),
]
