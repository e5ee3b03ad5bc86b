"""Fixtures of the data-growth tests: small spreadsheet tables in a temporary folder."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kg.importer.template import TABLES

URL_A = "https://example.org/palmares"
URL_B = "https://example.org/fiche"


def write_table(folder: Path, name: str, rows: list[dict[str, str]]) -> Path:
    """One CSV file of the template with ``rows`` (missing cells empty)."""
    path = folder / f"{name}.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, TABLES[name].columns)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    return path


@pytest.fixture
def tables(tmp_path: Path) -> list[Path]:
    """A small, valid set of tables: two sources, an event, films, credits, a prize, funding."""
    folder = tmp_path / "tables"
    folder.mkdir()
    return [
        write_table(folder, "sources", [
            {"url": URL_A, "title": "Palmarès", "publisher": "Exemple", "language": "fr", "issued": "2019-03"},
            {"url": URL_B, "title": "Fiche technique", "publisher": "Example", "language": "en"},
        ]),
        write_table(folder, "identities", [
            {"kind": "person", "name": "Kamal Lazrak", "same_as": "Kamal Lazraq", "status": "same",
             "note": "Two spellings of the director of Les Meutes."},
        ]),
        write_table(folder, "events", [
            {"event_id": "festival-national-du-film", "label": "Festival national du film", "kind": "festival",
             "source_url": URL_A},
        ]),
        write_table(folder, "films", [
            {"title": "Les Meutes", "year": "2023", "director": "Kamal Lazraq", "runtime": "94", "form": "feature",
             "country": "MA", "source_url": URL_A},
            {"title": "Les Meutes", "year": "2022", "director": "Kamal Lazrak", "alt_title": "Hounds",
             "alt_title_lang": "en", "source_url": URL_B},
        ]),
        write_table(folder, "credits", [
            {"film": "Les Meutes", "person": "Ayoub Elaid", "role": "actor", "character": "Issam", "source_url": URL_B},
            {"film": "Les Meutes", "organization": "Mont Fleuri Production", "role": "production-company",
             "source_url": URL_B},
        ]),
        write_table(folder, "prizes", [
            {"event": "festival-national-du-film", "edition_year": "2024", "edition_number": "24",
             "edition_city": "Tanger", "prize": "Grand Prix", "prize_id": "grand-prix", "film": "Les Meutes",
             "recipient": "Kamal Lazraq", "source_url": URL_A},
        ]),
        write_table(folder, "funding", [
            {"film": "Les Meutes", "amount": "4 500 000", "currency": "MAD", "stage": "before-production",
             "year": "2022", "producer": "Mont Fleuri Production", "source_url": URL_A},
        ]),
        write_table(folder, "boxoffice", [
            {"film": "Les Meutes", "year": "2024", "admissions": "12000", "source_url": URL_A},
        ]),
    ]
