"""Who, what and when of a release: version, date, licence, creators, where it is served.

The release date is never the clock: ``--date`` if given, else the latest date the data
itself carries (``dct:issued``, ``dct:modified``, ``dct:created`` or ``dct:date`` of type
``xsd:date`` in any graph, the ontology's ``dct:created`` included), so that publishing the
same data twice gives the same bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date

from kg.errors import InputError
from kg.namespaces import BASE, ONTOLOGY_IRI, PREFIXES
from kg.store import GraphStore

VERSION_PATTERN = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
DEFAULT_BASE_URL = BASE + "release"
DATASET = BASE + "dataset"
NAME = "moroccan-cinema"

TITLE = {"en": "Moroccan Cinema Knowledge Graph", "fr": "Knowledge Graph du cinéma marocain"}
DESCRIPTION = {
    "en": "An open, citable knowledge graph of Moroccan cinema: works, people, organisations, "
    "festivals, editions, prizes, releases and funding, every fact with its source.",
    "fr": "Un graphe de connaissances ouvert et citable du cinéma marocain : œuvres, personnes, "
    "organismes, festivals, éditions, prix, sorties et financements, chaque fait avec sa source.",
}


def parse_version(text: str) -> tuple[int, int, int]:
    """``"1.2.3"`` → ``(1, 2, 3)``; an InputError for anything else.

    >>> parse_version("0.10.2")
    (0, 10, 2)
    """
    match = VERSION_PATTERN.match(text)
    if not match:
        raise InputError(f"version {text!r} is not X.Y.Z. Pass --version like 1.0.0.")
    return int(match[1]), int(match[2]), int(match[3])


def parse_date(text: str) -> str:
    """Check an ISO date ``YYYY-MM-DD`` and return it; an InputError for anything else.

    >>> parse_date("2026-11-21")
    '2026-11-21'
    """
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return Date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    raise InputError(f"date {text!r} is not a date YYYY-MM-DD. Pass --date like 2026-11-21.")


@dataclass
class ReleaseInfo:
    """Everything a release says about itself."""

    version: str
    date: str
    base_url: str = DEFAULT_BASE_URL
    license: str | None = None
    creators: list[str] = field(default_factory=list)
    sparql_endpoint: str | None = None
    previous_version: str | None = None

    @property
    def name(self) -> str:
        """The stem of the dump files: ``moroccan-cinema-1.0.0``."""
        return f"{NAME}-{self.version}"

    @property
    def dataset_iri(self) -> str:
        return f"{DATASET}/{self.version}"

    def url(self, path: str) -> str:
        """Where a file of the release will be downloadable."""
        return f"{self.base_url.rstrip('/')}/{self.version}/{path}"


def data_date(store: GraphStore) -> str | None:
    """The latest ``xsd:date`` the data gives as an issue, creation or modification date."""
    rows = store.select(
        """SELECT (MAX(?d) AS ?latest) WHERE {
            GRAPH ?g { ?s ?p ?d }
            VALUES ?p { dct:issued dct:modified dct:created dct:date }
            FILTER(DATATYPE(?d) = xsd:date)
        }"""
    )
    latest = rows[0]["latest"] if rows else None
    return latest.value if latest is not None else None


def ontology_header(store: GraphStore) -> tuple[str | None, list[str], str | None]:
    """Licence IRI, creators and version of the ontology, as its header states them."""
    rows = store.select(
        f"""SELECT ?p ?o WHERE {{ <{ONTOLOGY_IRI}> ?p ?o
            VALUES ?p {{ dct:license dct:creator owl:versionInfo }} }} ORDER BY ?p ?o"""
    )
    licence = next((r["o"].value for r in rows if r["p"].value == PREFIXES["dct"] + "license"), None)
    creators = sorted({r["o"].value for r in rows if r["p"].value == PREFIXES["dct"] + "creator"})
    version = next((r["o"].value for r in rows if r["p"].value == PREFIXES["owl"] + "versionInfo"), None)
    return licence, creators, version
