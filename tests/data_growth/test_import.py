"""kg import table: rows become the same facts in the house style, bad rows write nothing."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from openpyxl import Workbook

from kg.errors import EXIT_DATA, EXIT_INPUT
from kg.importer import BadRowsError, InvalidImportError, import_tables, plan
from kg.importer.template import ORDER, TABLES
from kg.importer.writer import APPENDIX_MARKER, MARKER
from kg.namespaces import PREFIXES
from tests.data_growth.conftest import URL_A, URL_B, write_table


def quads(folder: Path) -> set[tuple[str, str, str, str]]:
    """Every quad of every TriG file below ``folder``, as N-Triples strings."""
    out = set()
    for path in sorted(folder.rglob("*.trig")):
        for q in ox.parse(path.read_bytes(), format=ox.RdfFormat.TRIG):
            out.add((str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)))
    return out


def ask(folder: Path, body: str) -> bool:
    store = ox.Store()
    for path in sorted(folder.rglob("*.trig")):
        store.load(path.read_bytes(), format=ox.RdfFormat.TRIG)
    return bool(store.query(f"ASK {{ {body} }}", prefixes=PREFIXES))


def source_graph(folder: Path, url: str) -> str:
    store = ox.Store()
    for path in sorted((folder / "sources").glob("*.trig")):
        store.load(path.read_bytes(), format=ox.RdfFormat.TRIG)
    rows = list(store.query(f'SELECT ?s WHERE {{ GRAPH ?g {{ ?s mc:url ?u }} FILTER(STR(?u) = "{url}") }}', prefixes=PREFIXES))
    assert len(rows) == 1
    return rows[0]["s"].value


# Each row of the fixture tables, and the fact it must become, in the graph of its source.
ROUND_TRIP = [
    ("film title", URL_A, 'work:les-meutes mc:title "Les Meutes"@fr ; mc:year "2023"^^xsd:gYear ; mc:runtimeMinutes 94 ; mc:form form:feature ; mc:countryOfOrigin place:morocco ; mc:source ?g .'),
    ("the other source's year stays in its graph", URL_B, 'work:les-meutes mc:year "2022"^^xsd:gYear ; mc:alternativeTitle "Hounds"@en .'),
    ("director credit", URL_A, "?c mc:creditedWork work:les-meutes ; mc:role role:director ; mc:creditedPerson person:kamal-lazraq ; mc:source ?g ."),
    ("spelling variant: same person, alternative label, credited as", URL_B,
     '?c mc:creditedWork work:les-meutes ; mc:role role:director ; mc:creditedPerson person:kamal-lazraq ; mc:creditedAs "Kamal Lazrak" . person:kamal-lazraq skos:altLabel "Kamal Lazrak"@en .'),
    ("actor with character", URL_B, '?c mc:role role:actor ; mc:creditedPerson person:ayoub-elaid ; mc:character ?ch . ?ch rdfs:label "Issam"@en .'),
    ("company credit", URL_B, "?c mc:role role:production-company ; mc:creditedOrganization org:mont-fleuri-production ."),
    ("prize at an edition", URL_A, "?w a mc:AwardWin ; mc:prize prize:festival-national-du-film-grand-prix ; mc:atEdition edition:festival-national-du-film-2024 ; mc:awardedWork work:les-meutes ; mc:recipient person:kamal-lazraq . edition:festival-national-du-film-2024 mc:editionNumber 24 ; mc:location place:tanger ."),
    ("funding", URL_A, '?f a mc:Funding ; mc:fundedWork work:les-meutes ; mc:funder org:ccm ; mc:amount 4500000.0 ; mc:currency "MAD" ; mc:year "2022"^^xsd:gYear .'),
    ("box office", URL_A, "?r a mc:Release ; mc:releasedWork work:les-meutes ; mc:admissions 12000 ; mc:releaseCountry place:morocco ."),
]


@pytest.fixture
def imported(tables: list[Path], tmp_path: Path) -> Path:
    data = tmp_path / "data"
    report = import_tables(tables, data_dir=data)
    assert report.written and report.created
    return data


@pytest.mark.parametrize("case", ROUND_TRIP, ids=[c[0] for c in ROUND_TRIP])
def test_rows_become_facts_in_their_source_graph(imported: Path, case):
    _, url, pattern = case
    graph = source_graph(imported, url)
    body = f"GRAPH <{graph}> {{ {pattern} }}".replace("?g", f"<{graph}>")
    assert ask(imported, body), f"missing in the graph of {url}: {pattern}"


def test_disagreeing_years_are_noted_in_curation(imported: Path):
    assert ask(imported, 'GRAPH src:curation { work:les-meutes skos:editorialNote ?n . FILTER(CONTAINS(?n, "2022") && CONTAINS(?n, "2023")) }')


def test_files_follow_the_house_style(imported: Path):
    film = (imported / "works" / "les-meutes.trig").read_text(encoding="utf-8")
    assert film.startswith(MARKER)
    assert film.count("GRAPH src:") == 2  # one block per source
    assert (imported / "people" / "kamal-lazraq.trig").exists()
    assert not (imported / "people" / "kamal-lazrak.trig").exists()
    assert (imported / "sources").is_dir() and len(list((imported / "sources").glob("*.trig"))) == 2


def test_reimport_changes_nothing(tables: list[Path], imported: Path):
    before = {p: p.read_bytes() for p in imported.rglob("*.trig")}
    report = import_tables(tables, data_dir=imported)
    assert not report.written and not report.created and not report.changed
    assert before == {p: p.read_bytes() for p in imported.rglob("*.trig")}


def test_xlsx_gives_the_same_facts_as_csv(tables: list[Path], imported: Path, tmp_path: Path):
    book = Workbook()
    book.remove(book.active)
    for path in tables:
        sheet = book.create_sheet(path.stem)
        with path.open(encoding="utf-8") as handle:
            for row in csv.reader(handle):
                sheet.append(row)
    workbook = tmp_path / "contribution.xlsx"
    book.save(workbook)
    other = tmp_path / "data-xlsx"
    import_tables([workbook], data_dir=other)
    assert quads(other) == quads(imported)


def test_bad_rows_are_reported_by_number_and_nothing_is_written(tables: list[Path], tmp_path: Path):
    folder = tables[0].parent
    write_table(folder, "credits", [
        {"film": "Les Meutes", "person": "A", "role": "actor", "source_url": URL_B},
        {"film": "Unknown film", "person": "B", "role": "actor", "source_url": URL_B},
        {"film": "Les Meutes", "person": "C", "role": "dancer", "source_url": URL_B},
        {"film": "Les Meutes", "person": "D", "role": "actor", "source_url": "https://nowhere.example/"},
    ])
    data = tmp_path / "data-bad"
    with pytest.raises(BadRowsError) as caught:
        import_tables(tables, data_dir=data)
    problems = caught.value.problems
    assert [p.split(":")[0] for p in problems] == ["credits.csv row 3", "credits.csv row 4", "credits.csv row 5"]
    assert "Unknown film" in problems[0] and "dancer" in problems[1] and "sources.csv" in problems[2]
    assert caught.value.exit_code == EXIT_INPUT
    assert not data.exists()


def test_rows_that_would_not_validate_write_nothing(tables: list[Path], tmp_path: Path):
    folder = tables[0].parent
    write_table(folder, "films", [{"title": "Les Meutes", "runtime": "0", "source_url": URL_A}])
    data = tmp_path / "data-invalid"
    with pytest.raises(InvalidImportError) as caught:
        import_tables(tables, data_dir=data)
    assert caught.value.exit_code == EXIT_DATA
    assert any("runtimeMinutes" in p for p in caught.value.problems)
    assert not data.exists() or not list(data.rglob("*.trig"))


def test_hand_written_files_get_an_appendix_and_keep_their_text(tables: list[Path], tmp_path: Path):
    data = tmp_path / "data-hand"
    (data / "people").mkdir(parents=True)
    (data / "sources").mkdir()
    hand = (
        "@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .\n"
        "@prefix person: <https://w3id.org/moroccan-cinema/resource/person/> .\n"
        "@prefix src: <https://w3id.org/moroccan-cinema/resource/source/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix dct: <http://purl.org/dc/terms/> .\n"
        "@prefix lang: <http://lexvo.org/id/iso639-3/> .\n\n"
        "GRAPH src:hand {\n    # a comment the importer must keep\n"
        '    person:kamal-lazraq a mc:Person ; rdfs:label "Kamal Lazraq"@fr .\n}\n'
    )
    (data / "people" / "kamal-lazraq.trig").write_text(hand, encoding="utf-8")
    (data / "sources" / "hand.trig").write_text(
        hand.split("GRAPH")[0] + 'GRAPH src:hand {\n    src:hand a mc:Source ; rdfs:label "hand"@en ; dct:title "Hand"@en ; dct:language lang:eng .\n}\n',
        encoding="utf-8")
    import_tables(tables, data_dir=data)
    text = (data / "people" / "kamal-lazraq.trig").read_text(encoding="utf-8")
    assert text.startswith(hand) and APPENDIX_MARKER in text
    assert ask(data, 'GRAPH ?g { person:kamal-lazraq skos:altLabel "Kamal Lazrak"@en }')
    # --replace with fewer tables takes the appendix away again and leaves the hand-written text
    import_tables([t for t in tables if t.stem in ("sources", "events")], data_dir=data, replace=True)
    assert (data / "people" / "kamal-lazraq.trig").read_text(encoding="utf-8") == hand
    assert not (data / "works" / "les-meutes.trig").exists()


def test_template_lists_every_table(tmp_path: Path):
    from kg.importer import write_templates

    written = write_templates(tmp_path)
    assert {p.stem for p in written if p.suffix == ".csv"} == set(ORDER) == set(TABLES)
    for name in ORDER:
        header = (tmp_path / f"{name}.csv").read_text(encoding="utf-8").strip().split(",")
        assert tuple(header) == TABLES[name].columns


def test_shipped_templates_are_current(tmp_path: Path):
    from kg.config import PATHS
    from kg.importer import write_templates

    write_templates(tmp_path)
    for name in ORDER:
        assert (PATHS.root / "templates" / f"{name}.csv").read_text(encoding="utf-8") == (tmp_path / f"{name}.csv").read_text(encoding="utf-8")
