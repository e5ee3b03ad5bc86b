"""kg query and kg sparql through click and through the real `kg` executable."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.query import list_queries

KG = shutil.which("kg") or str(Path(sys.executable).with_name("kg"))


@pytest.fixture(scope="module")
def invoke(built_store_path):
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(cli, [*args, "--store", str(built_store_path)], catch_exceptions=False)

    return run


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_list_in_a_machine_readable_format_gives_kind_question_and_parameters(fmt):
    result = CliRunner().invoke(cli, ["query", "--list", "--format", fmt])
    assert result.exit_code == 0
    if fmt == "json":
        rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(result.output)["results"]["bindings"]]
    else:
        rows = list(csv.DictReader(io.StringIO(result.output)))
    by_name = {row["name"]: row for row in rows}
    assert list(by_name) == [q.name for q in list_queries()]
    trilogy = by_name["trilogy-recurring-actors"]
    assert (trilogy["kind"], trilogy["parameters"]) == ("bound", "series min_films")
    assert trilogy["question"].endswith("?")


def test_list_prints_one_query_per_line_name_then_title():
    result = CliRunner().invoke(cli, ["query", "--list"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    queries = list_queries()
    assert len(lines) == len(queries)
    for line, query in zip(lines, queries):
        name, title = line.split(None, 1)
        assert (name, title.strip()) == (query.name, query.title)


def test_trilogy_table_in_french(invoke):
    result = invoke("query", "trilogy-recurring-actors")
    assert result.exit_code == 0, result.output
    assert "Anas El Baz" in result.output and "Casanegra" in result.output and "Burn Out" in result.output
    assert "person:anas-el-baz" in result.output, "the IRI is shown beside its label"
    assert result.output.rstrip().endswith("2 rows")


@pytest.mark.parametrize("lang,label", [("en", "actor"), ("fr", "interprétation"), ("ar", "تمثيل")])
def test_labels_follow_the_chosen_language(invoke, lang, label):
    result = invoke("query", "person-filmography", "--param", "person=anas-el-baz", "--lang", lang, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {r["roleLabel"] for r in rows} == {label}


def test_label_falls_back_to_another_language_then_to_the_short_iri(invoke):
    # Casanegra has only a French label; rel:casanegra-ma has no label at all
    result = invoke("sparql", "SELECT ?w ?r WHERE { ?r mc:releasedWork ?w ; mc:releaseCountry place:morocco }",
                    "--lang", "ar", "--format", "json")
    bindings = json.loads(result.output)["results"]["bindings"]
    row = next(b for b in bindings if b["w"]["value"].endswith("/casanegra"))
    assert row["wLabel"]["value"] == "Casanegra"
    assert row["rLabel"]["value"] == "rel:casanegra-ma"


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "md"])
def test_every_format(invoke, fmt):
    result = invoke("query", "release-timeline", "--format", fmt)
    assert result.exit_code == 0
    out = result.output
    if fmt == "json":
        data = json.loads(out)
        assert data["head"]["vars"][:2] == ["country", "countryLabel"]
        assert len(data["results"]["bindings"]) >= 4   # seed-003: four countries
    elif fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
        assert rows[0][:2] == ["country", "countryLabel"] and len(rows) >= 5
        assert rows[1][0] == "https://w3id.org/moroccan-cinema/resource/place/morocco"
    elif fmt == "md":
        assert out.startswith("| country | countryLabel |") and "| place:morocco | Maroc |" in out
    else:
        assert "Maroc" in out and "2008-12-24" in out


def test_sparql_ask_and_construct(invoke):
    assert invoke("sparql", "ASK { work:casanegra mc:director person:nour-eddine-lakhmari }").output == "true\n"
    out = invoke("sparql", "CONSTRUCT { work:zero mc:year ?y } WHERE { work:zero mc:year ?y }").output
    assert 'work:zero mc:year "2012"^^xsd:gYear' in out


@pytest.mark.parametrize(
    "args,message",
    [
        (["query", "trilogy-recurring-actor"], "unknown query 'trilogy-recurring-actor'. Did you mean: trilogy-recurring-actors"),
        (["query", "person-filmography", "--param", "persn=x"], "has no parameter 'persn'"),
        (["query", "person-filmography", "--param", "person"], "expected key=value"),
        (["query", "person-filmography", "--param", "person=nobody-at-all"], "person:nobody-at-all is not in the graph"),
        (["query", "trilogy-recurring-actors", "--param", "min_films=two"], "is not an integer"),
        (["query", "person-filmography", "-p", "person=omar-lotfi", "-p", "person=anas-el-baz"],
         "--param 'person' is given twice ('omar-lotfi' and 'anas-el-baz')"),
        (["query", "person-filmography", "--param", "person="], "parameter 'person' is empty"),
        (["query", "collaboration-network", "--param", "min_shared=1"], "parameter 'min_shared': 1 is below its least value, 2"),
        (["query", "person-filmography", "--param", "person=<http://x/a b>"], "is not a valid IRI"),
        (["query", "no/such/file.rq"], "no such query file"),
        (["sparql", "SELECT ?x WHERE {\n  ?x ?y\n}"], "query:2:3: SPARQL syntax error"),
        (["sparql", "SELECT ?x WHERE {\n  ?x a nope:Thing }"], "query:2:8: SPARQL syntax error: unknown prefix 'nope:'"),
        (["sparql", "PREFIX x: <http://x/>\n  INSERT DATA { work:x mc:year 1 }"], "query:2:3: INSERT is a SPARQL Update"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(built_store_path, args, message):
    proc = subprocess.run([KG, *args, "--store", str(built_store_path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and proc.stdout == ""


def test_a_required_parameter_without_default_is_named(tmp_path, built_store_path):
    path = tmp_path / "who.rq"
    path.write_text("# title: Who\n# param: person (the person)\nSELECT ?w WHERE { VALUES ?person { UNDEF }"
                    " ?c mc:creditedPerson ?person ; mc:creditedWork ?w }\n", encoding="utf-8")
    proc = subprocess.run([KG, "query", str(path), "--store", str(built_store_path)], capture_output=True, text=True)
    assert proc.returncode == 2 and "needs parameter 'person'" in proc.stderr
    proc = subprocess.run([KG, "query", str(path), "-p", "person=person:anas-el-baz", "--store", str(built_store_path)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "Casanegra" in proc.stdout


def test_syntax_error_in_a_query_file_names_file_line_and_column(tmp_path, built_store_path):
    path = tmp_path / "broken.rq"
    path.write_text("# title: Broken\nSELECT ?film\nWHERE {\n  ?film a mc:Film .\n  FILTER(?film = )\n}\n", encoding="utf-8")
    proc = subprocess.run([KG, "query", str(path), "--store", str(built_store_path)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.startswith(
        f"Error: {path}:5:3: SPARQL syntax error: the pattern starting at 'FILTER(?film = )' is incomplete or malformed"
    )


def test_missing_store_is_exit_2(tmp_path):
    proc = subprocess.run([KG, "query", "trilogy-recurring-actors", "--store", str(tmp_path / "none")],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "kg build" in proc.stderr


def test_several_processes_query_the_store_at_once(built_store_path):
    args = [KG, "query", "trilogy-recurring-actors", "--format", "csv", "--store", str(built_store_path)]
    procs = [subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [err for _, err in outputs]
    assert len({out for out, _ in outputs}) == 1 and "Anas El Baz" in outputs[0][0]


def test_an_empty_answer_says_when_the_entity_given_is_of_another_kind(built_store_path):
    proc = subprocess.run([KG, "query", "person-filmography", "-p", "person=work:casanegra", "--store", str(built_store_path)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.endswith("0 rows\n")
    assert proc.stderr == ("Note: parameter 'person': work:casanegra is mc:Film and mc:Work, where the query expects "
                           "mc:Agent or mc:Person (like its default, person:anas-el-baz).\n")
    # a person who has won no prize is of the right kind: no note
    proc = subprocess.run([KG, "query", "prizes-by-person", "-p", "person=aamund-johannesen", "--store", str(built_store_path)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.endswith("0 rows\n") and proc.stderr == ""
