"""Linking cost and quality on a synthetic world: 1,000 of our entities (works, people,
organisations, festivals) against a local oxigraph server holding their Wikidata-shaped
counterparts — spelled otherwise (El Baz / Elbaz, Mohamed / Mohammed, Nour-Eddine /
Noureddine, accents dropped) — plus homonyms in other trades, same-title works of other
countries and Moroccan items we do not have. Generated deterministically (fixed seed), with
fictional Q-ids (Q8880000 and up). Target: at most 50 HTTP requests and under 30 s for 1,000
entities, precision 1.00 of auto-accepted links."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

N_ENTITIES = 1000
FIRST = ["Mohamed", "Nour-Eddine", "Fatima Ezzahra", "Younès", "Anas", "Omar", "Salma", "Karim", "Youssef", "Amina",
         "Hicham", "Leila", "Rachid", "Nadia", "Abdelkader", "Samira", "Driss", "Khadija", "Mehdi", "Zineb",
         "Saïd", "Hanane", "Aziz", "Latifa", "Mustapha", "Sanaa", "Hamid", "Meryem", "Jamal", "Ilham"]
LAST = ["El Baz", "Lakhmari", "Bensaïdi", "El Fassi", "Benjelloun", "Alaoui", "Tazi", "El Amrani", "Chraïbi", "Bennani",
        "Ouazzani", "El Idrissi", "Berrada", "Sqalli", "El Ouali", "Lahlou", "Kettani", "Sebti", "Nadifi", "Mernissi",
        "Bouab", "Lotfi", "Majd", "Okacha", "Ayouch", "Lazraq", "Moudir", "Hamada", "Dakhil", "Berrioua",
        "Zniber", "Filali", "Guessous", "Skalli", "Naciri", "Bouzid", "Rami", "Tahiri", "Marzouki", "Cherkaoui"]
WORDS = ["Nuit", "Rêves", "Mer", "Sable", "Portes", "Vent", "Ombre", "Lumière", "Rue", "Médina", "Silence", "Chemin",
         "Jardin", "Retour", "Port", "Miroir", "Pluie", "Désert", "Mémoire", "Voix", "Feu", "Pierre", "Ciel", "Marché"]
PLACES = ["Casablanca", "Rabat", "Fès", "Marrakech", "Tanger", "Agadir", "Oujda", "Tétouan", "Safi", "Meknès"]

PREFIXES = """@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .
@prefix work: <https://w3id.org/moroccan-cinema/resource/work/> .
@prefix person: <https://w3id.org/moroccan-cinema/resource/person/> .
@prefix org: <https://w3id.org/moroccan-cinema/resource/org/> .
@prefix event: <https://w3id.org/moroccan-cinema/resource/event/> .
@prefix edition: <https://w3id.org/moroccan-cinema/resource/edition/> .
@prefix place: <https://w3id.org/moroccan-cinema/resource/place/> .
@prefix credit: <https://w3id.org/moroccan-cinema/resource/credit/> .
@prefix src: <https://w3id.org/moroccan-cinema/resource/source/> .
@prefix role: <https://w3id.org/moroccan-cinema/vocab/role/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
WD_PREFIXES = """@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <http://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def variant(name: str, rng: random.Random) -> str:
    """Another real-world spelling of a name."""
    options = [
        lambda s: s.replace("Mohamed", "Mohammed"), lambda s: s.replace("El ", "El"), lambda s: s.replace("-", ""),
        lambda s: s.replace("è", "e").replace("ï", "i").replace("ê", "e").replace("é", "e"),
        lambda s: s.replace("Fatima Ezzahra", "Fatima-Zahra"), lambda s: s.replace("ou", "u", 1), lambda s: s,
    ]
    return rng.choice(options)(name)


def slug(text: str, i: int) -> str:
    from kg.names import slugify
    return f"{slugify(text)}-{i}"


def generate(n: int = N_ENTITIES, *, seed: int = 0) -> tuple[str, str, dict[str, str | None]]:
    """(our TriG, Wikidata-shaped Turtle, gold list) for ``n`` of our entities."""
    rng = random.Random(seed)
    n_works, n_orgs, n_fest = int(n * 0.3), int(n * 0.06), int(n * 0.04)
    n_people = n - n_works - n_orgs - n_fest
    local, wd, gold = [PREFIXES, "GRAPH src:bench {", "src:bench a mc:Source ; rdfs:label \"bench\"@en .",
                       "place:morocco a mc:Country ; rdfs:label \"Maroc\"@fr ."], [WD_PREFIXES, 'wd:Q1028 rdfs:label "Maroc"@fr .'], {}
    q = iter(range(8880000, 8899999))
    names = sorted({f"{f} {l}" for f in FIRST for l in LAST})
    rng.shuffle(names)
    people = []
    for i in range(n_people):
        name, iri = names[i], f"person:{slug(names[i], i)}"
        present = rng.random() < 0.92
        qid = f"Q{next(q)}" if present else None
        people.append((iri, name, qid))
        local.append(f'{iri} a mc:Person ; rdfs:label "{name}"@fr .')
        gold[iri] = f"wd:{qid}" if qid else None
        if qid:
            wd.append(f'wd:{qid} rdfs:label "{variant(name, rng)}"@fr ; wdt:P31 wd:Q5 ; wdt:P27 wd:Q1028 ; wdt:P106 wd:Q33999 .')
        if rng.random() < 0.1:  # a homonym in another trade
            wd.append(f'wd:Q{next(q)} rdfs:label "{name}"@fr ; wdt:P31 wd:Q5 ; wdt:P27 wd:Q1028 ; wdt:P106 wd:Q937857 .')
    orgs = []
    for i in range(n_orgs):
        name = f"{rng.choice(WORDS)} {rng.choice(['Films', 'Productions', 'Studio', 'Images'])} {i}"
        iri, qid = f"org:{slug(name, i)}", f"Q{next(q)}"
        orgs.append((iri, name, qid))
        local.append(f'{iri} a mc:ProductionCompany ; rdfs:label "{name}"@fr .')
        gold[iri] = f"wd:{qid}"
        wd.append(f'wd:{qid} rdfs:label "{name.upper()}"@fr ; wdt:P31 wd:Q1762059 ; wdt:P17 wd:Q1028 .')
    for i in range(n_works):
        title = f"{rng.choice(WORDS)} de {rng.choice(WORDS).lower()} {i}"
        iri, qid, year = f"work:{slug(title, i)}", f"Q{next(q)}", rng.randint(1970, 2024)
        director, *cast = rng.sample(people, 4)
        company = rng.choice(orgs)
        local.append(f'{iri} a mc:Film ; rdfs:label "{title}"@fr ; mc:year "{year}"^^xsd:gYear ; '
                     f'mc:countryOfOrigin place:morocco ; mc:source src:bench .')
        for k, (agent, role) in enumerate([(director[0], "director"), *((c[0], "actor") for c in cast), (company[0], "production-company")]):
            prop = "creditedOrganization" if agent.startswith("org:") else "creditedPerson"
            local.append(f"credit:b{i}-{k} a mc:Credit ; mc:creditedWork {iri} ; mc:{prop} {agent} ; mc:role role:{role} ; mc:source src:bench .")
        gold[iri] = f"wd:{qid}"
        credits = [f"wdt:P57 wd:{director[2]}"] if director[2] else []
        credits += [f"wdt:P161 wd:{c[2]}" for c in cast if c[2]] + [f"wdt:P272 wd:{company[2]}"]
        wd.append(f'wd:{qid} rdfs:label "{title}"@fr ; wdt:P31 wd:Q11424 ; wdt:P495 wd:Q1028 ; '
                  f'wdt:P577 "{year}-01-01T00:00:00Z"^^xsd:dateTime ; {" ; ".join(credits)} .')
        if rng.random() < 0.1:  # the same title from another country and decade
            wd.append(f'wd:Q{next(q)} rdfs:label "{title}"@fr ; wdt:P31 wd:Q11424 ; wdt:P577 "{year - 20}-01-01T00:00:00Z"^^xsd:dateTime .')
    for i in range(n_fest):
        city = PLACES[i % len(PLACES)]
        name = f"Festival du {rng.choice(WORDS).lower()} de {city} {i}"
        iri, qid = f"event:{slug(name, i)}", f"Q{next(q)}"
        city_iri, city_q = f"place:{slug(city, i)}", f"Q{next(q)}"
        local.append(f'{city_iri} a mc:City ; rdfs:label "{city}"@fr ; mc:locatedIn place:morocco .')
        local.append(f'{iri} a mc:Festival ; rdfs:label "{name}"@fr .')
        local.append(f"edition:{slug(name, i)}-1 a mc:FestivalEdition ; mc:editionOf {iri} ; mc:location {city_iri} .")
        gold[iri] = f"wd:{qid}"
        wd.append(f'wd:{city_q} rdfs:label "{city}"@fr .')
        wd.append(f'wd:{qid} rdfs:label "{name}"@fr ; wdt:P31 wd:Q220505 ; wdt:P17 wd:Q1028 ; wdt:P131 wd:{city_q} .')
    for i in range(500):  # Moroccan films and people we do not have
        wd.append(f'wd:Q{next(q)} rdfs:label "{rng.choice(WORDS)} sans nom {i}"@fr ; wdt:P31 wd:Q11424 ; wdt:P495 wd:Q1028 .')
    local.append("}")
    return "\n".join(local) + "\n", "\n".join(wd) + "\n", gold


def measure(n: int = N_ENTITIES) -> dict:
    import kg
    from kg.link import localserver
    from kg.link.client import SparqlClient
    from kg.link.evaluate import evaluate
    from kg.link.run import LinkPaths, link

    ours, theirs, gold = generate(n)
    with tempfile.TemporaryDirectory(prefix="kg-bench-link-") as tmp:
        root = Path(tmp)
        (root / "data").mkdir()
        (root / "data" / "bench.trig").write_text(ours, encoding="utf-8")
        (root / "wikidata.ttl").write_text(theirs, encoding="utf-8")
        kg.build(store_path=root / "store", data_paths=[root / "data"])
        store = kg.open_store(root / "store")
        localserver.load(root / "wd", [root / "wikidata.ttl"])
        with localserver.start(root / "wd") as server:
            client = SparqlClient(server.endpoint, cache_dir=root / "cache")
            started = time.perf_counter()
            report = link(store, client=client, paths=LinkPaths.under(root / "out"))
            seconds = time.perf_counter() - started
            rerun_client = SparqlClient(server.endpoint, cache_dir=root / "cache")
            started = time.perf_counter()
            link(store, client=rerun_client, paths=LinkPaths.under(root / "out"))
            rerun = time.perf_counter() - started
        gold_ids = {s: (q.removeprefix("wd:") if q else None) for s, q in gold.items()}
        quality = evaluate(report.auto_links, gold_ids)
    return {"entities": report.entities, "requests": report.requests, "seconds": seconds, "rerun_seconds": rerun,
            "rerun_requests": rerun_client.stats.requests, "auto": report.auto_accepted, "review": report.needs_review,
            "precision": quality.precision, "recall": quality.recall, "wd_triples": theirs.count("\n")}


def run(*, quick: bool = False) -> str:
    """The Markdown section of the linking benchmark."""
    m = measure(N_ENTITIES)
    ok = m["requests"] <= 50 and m["seconds"] < 30 and m["precision"] == 1.0
    return "\n".join([
        "## Link",
        "",
        __doc__.strip(),
        "",
        "| entities | HTTP requests | time | rerun from cache | auto-accepted | to review | precision | recall | target met |",
        "|---|---|---|---|---|---|---|---|---|",
        f"| {m['entities']:,} | {m['requests']} | {m['seconds']:.1f} s | {m['rerun_seconds']:.1f} s, {m['rerun_requests']} requests "
        f"| {m['auto']} | {m['review']} | {m['precision']:.2f} | {m['recall']:.2f} | {'yes' if ok else 'NO'} |",
        "",
    ])


if __name__ == "__main__":
    print(run())
