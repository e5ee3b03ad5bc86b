"""``kg validate`` through click and through the real executable: formats and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import rdflib
import sarif_pydantic
from click.testing import CliRunner
from rdflib.namespace import SH

from kg.cli import cli

KG = Path(sys.executable).with_name("kg")


def _run(*args: str):
    return CliRunner().invoke(cli, ["validate", *args], catch_exceptions=False)


def test_text_format(corpus: Path, built_store_path: Path):
    result = _run(str(corpus / "work-negative-runtime.ttl"), "--store", str(built_store_path), "--lang", "en")
    assert result.exit_code == 1
    first, summary = result.output.strip().splitlines()
    assert first == (
        f"[Violation] {corpus}/work-negative-runtime.ttl:24 work:test-negative mc:runtimeMinutes: "
        "Runtime must be a whole number of minutes greater than 0. (value: -5)"
    )
    assert summary.startswith("1 violation, 0 warnings in 1 file (1 node checked against the built graph at")


def test_json_format(corpus: Path, built_store_path: Path):
    result = _run(str(corpus / "duplicate-person.ttl"), "--store", str(built_store_path), "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert report["conforms"] is True and report["warnings"] == 1
    (item,) = report["results"]
    assert item["severity"] == "Warning" and item["focus"] == "person:test-lakhmari"
    assert item["value"] == "person:nour-eddine-lakhmari" and item["line"] == 25


def test_turtle_format_is_a_shacl_report(corpus: Path, built_store_path: Path):
    result = _run(str(corpus / "credit-two-roles.ttl"), "--store", str(built_store_path), "--format", "turtle")
    assert result.exit_code == 1
    graph = rdflib.Graph().parse(data=result.output, format="turtle")
    report = graph.value(predicate=rdflib.RDF.type, object=SH.ValidationReport)
    assert graph.value(report, SH.conforms) == rdflib.Literal(False)
    (node,) = list(graph.objects(report, SH.result))
    assert graph.value(node, SH.resultSeverity) == SH.Violation
    assert graph.value(node, SH.focusNode) == rdflib.URIRef("https://w3id.org/moroccan-cinema/resource/credit/test-two-roles")
    assert graph.value(node, SH.resultPath) == rdflib.URIRef("https://w3id.org/moroccan-cinema/ontology#role")
    assert graph.value(node, SH.sourceConstraintComponent) == SH.MaxCountConstraintComponent


def test_github_annotations(corpus: Path, built_store_path: Path):
    result = _run(str(corpus / "credit-after-death.ttl"), "--store", str(built_store_path), "--format", "github", "--lang", "en")
    assert result.exit_code == 0
    line = result.output.splitlines()[0]
    assert line.startswith(f"::warning file={corpus}/credit-after-death.ttl,line=34,title=credit%3Atest-posthumous-actor mc%3AcreditedPerson::")
    assert "died on 2000-06-01" in line


def test_sarif_is_valid_sarif_2_1_0(corpus: Path, built_store_path: Path):
    result = _run(str(corpus / "ill-typed-date.ttl"), "--store", str(built_store_path), "--format", "sarif")
    assert result.exit_code == 1
    sarif = sarif_pydantic.Sarif.model_validate(json.loads(result.output))
    assert sarif.version == "2.1.0"
    levels = sorted(r.level.value for r in sarif.runs[0].results)
    assert levels == ["error", "error"]
    lines = sorted(r.locations[0].physical_location.region.start_line for r in sarif.runs[0].results)
    assert lines == [24, 26]


def test_strict_makes_warnings_fail(corpus: Path, built_store_path: Path):
    path = str(corpus / "duplicate-person.ttl")
    assert _run(path, "--store", str(built_store_path)).exit_code == 0
    assert _run(path, "--store", str(built_store_path), "--strict").exit_code == 1


def test_help_has_an_example():
    result = CliRunner().invoke(cli, ["validate", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output and "kg validate data/" in result.output


def test_exit_codes_through_the_real_executable(corpus: Path, built_store_path: Path):
    def code(*args: str) -> int:
        return subprocess.run([str(KG), "validate", *args, "--store", str(built_store_path)], capture_output=True, text=True).returncode

    assert code(str(corpus / "ok-film.ttl")) == 0
    assert code(str(corpus / "work-no-title.ttl")) == 1
    assert code(str(corpus / "undeclared-prefix.ttl")) == 2
