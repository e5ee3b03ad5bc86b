"""Identities that must stay apart (status "different"), country codes from the gazetteer, --replace in the docs."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from kg.importer import BadRowsError, import_tables
from tests.data_growth.conftest import URL_A, URL_B, write_table
from tests.data_growth.test_import import ask

CURATION = "https://w3id.org/moroccan-cinema/resource/source/curation"

GAZETTEER = """@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .
@prefix place: <https://w3id.org/moroccan-cinema/resource/place/> .
@prefix src: <https://w3id.org/moroccan-cinema/resource/source/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

GRAPH src:curation {
    place:guinea a mc:Country ;
        rdfs:label "Guinée"@fr , "Guinea"@en , "غينيا"@ar ;
        mc:countryCode "GN" .
}
"""


def two_films(tmp_path: Path, identities: list[dict[str, str]], *, country: str = "MA") -> list[Path]:
    """Two films with one title, kept apart by film_id, and the given identities rows,
    written as tables in ``tmp_path/tables``."""
    folder = tmp_path / "tables"
    folder.mkdir()
    return [
        write_table(folder, "sources", [
            {"url": URL_A, "title": "Palmarès", "language": "fr"},
            {"url": URL_B, "title": "Fiche", "language": "fr"},
        ]),
        write_table(folder, "identities", identities),
        write_table(folder, "films", [
            {"film_id": "le-grand-voyage", "title": "Le Grand Voyage", "year": "1981",
             "director": "Mohamed Abderrahman Tazi", "country": "MA", "source_url": URL_A},
            {"film_id": "le-grand-voyage-ferroukhi", "title": "Le Grand Voyage", "year": "2004",
             "director": "Ismaël Ferroukhi", "country": country, "source_url": URL_B},
        ]),
    ]


def test_different_works_are_linked_by_owl_different_from_in_curation(tmp_path: Path):
    tables = two_films(tmp_path, [{"kind": "work", "name": "le-grand-voyage-ferroukhi", "same_as": "le-grand-voyage",
                                 "status": "different", "note": "Different directors, 23 years apart."}])
    data = tmp_path / "data"
    import_tables(tables, data_dir=data)
    assert ask(data, f"GRAPH <{CURATION}> {{ work:le-grand-voyage-ferroukhi owl:differentFrom work:le-grand-voyage }}")
    assert ask(data, f'GRAPH <{CURATION}> {{ work:le-grand-voyage-ferroukhi skos:editorialNote ?n '
                     f'FILTER(CONTAINS(STR(?n), "23 years apart")) }}')
    # the two films stay two films, each with its own director
    assert ask(data, "GRAPH ?g { ?c mc:creditedWork work:le-grand-voyage-ferroukhi ; mc:creditedPerson person:ismael-ferroukhi }")
    assert not ask(data, "GRAPH ?g { ?a owl:sameAs|mc:possiblySameAs ?b }")


def test_different_people_are_linked_too(tmp_path: Path):
    tables = two_films(tmp_path, [{"kind": "person", "name": "Ismaël Ferroukhi", "same_as": "Mohamed Abderrahman Tazi",
                                 "status": "different", "note": "Two directors."}])
    data = tmp_path / "data"
    import_tables(tables, data_dir=data)
    assert ask(data, f"GRAPH <{CURATION}> {{ person:ismael-ferroukhi owl:differentFrom person:mohamed-abderrahman-tazi }}")


@pytest.mark.parametrize("name, other, message", [
    ("le-grand-voyage", "le-grand-voyage", "needs two"),
    ("le-grand-voyage", "Unknown film", "neither films.csv nor data/"),
    ("Le Grand Voyage", "le-grand-voyage", "give the film_id"),
])
def test_different_rows_that_name_no_two_entities_are_refused(tmp_path: Path, name: str, other: str, message: str):
    tables = two_films(tmp_path, [{"kind": "work", "name": name, "same_as": other, "status": "different", "note": "x"}])
    data = tmp_path / "data"
    with pytest.raises(BadRowsError) as caught:
        import_tables(tables, data_dir=data)
    assert caught.value.problems[0].startswith("identities.csv row 2") and message in caught.value.problems[0]
    assert not data.exists()


def test_a_country_code_with_a_place_in_data_is_accepted(tmp_path: Path):
    data = tmp_path / "data"
    (data / "places").mkdir(parents=True)
    (data / "places" / "places.trig").write_text(GAZETTEER, encoding="utf-8")
    tables = two_films(tmp_path, [], country="MA | GN")
    import_tables(tables, data_dir=data)
    assert ask(data, "GRAPH ?g { work:le-grand-voyage-ferroukhi mc:countryOfOrigin place:guinea , place:morocco }")
    # the gazetteer entry is reused, not re-declared in the source's graph
    assert (data / "places" / "places.trig").read_text(encoding="utf-8").startswith(GAZETTEER)
    assert not ask(data, f"GRAPH ?g {{ place:guinea ?p ?o }} FILTER(?g != <{CURATION}>)")


def test_a_country_code_without_a_place_is_refused_with_the_way_to_fix_it(tmp_path: Path):
    data = tmp_path / "data"
    tables = two_films(tmp_path, [], country="GN")  # no gazetteer here
    with pytest.raises(BadRowsError) as caught:
        import_tables(tables, data_dir=data)
    problem = caught.value.problems[0]
    assert problem.startswith("films.csv row 3") and "'GN'" in problem and "places.trig" in problem


def test_every_option_of_import_table_is_documented():
    from kg.cli import cli
    from kg.config import PATHS

    command = cli.get_command(click.Context(cli), "import").commands["table"]
    doc = (PATHS.root / "docs" / "import.md").read_text(encoding="utf-8")
    options = [opt for param in command.params for opt in getattr(param, "opts", []) if opt.startswith("--")]
    assert "--replace" in options
    assert [opt for opt in options if f"`{opt}" not in doc] == []


def test_the_shipped_data_keeps_the_two_grand_voyages_apart(built_store):
    assert built_store.ask("ASK { work:le-grand-voyage-ferroukhi owl:differentFrom work:le-grand-voyage }")
    assert built_store.ask("ASK { work:amok mc:countryOfOrigin place:guinea . place:guinea mc:countryCode \"GN\" }")


def test_entities_stated_different_are_not_reported_as_duplicates(built_store):
    from kg.stats import duplicates

    groups = duplicates(built_store.store)
    members = [{iri for iri, _label in g.entities} for g in groups]
    assert not any({"work:le-grand-voyage", "work:le-grand-voyage-ferroukhi"} <= m for m in members)
