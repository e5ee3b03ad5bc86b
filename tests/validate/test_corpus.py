"""Every file of the corpus of bad contributions gives exactly its expected outcome:
exit code, and each result's severity, focus node, path, line and constraint (or, for an
unreadable file, the exact one-line error). Validated against a real build of data/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.validate import validate
CORPUS = Path(__file__).parent / "corpus"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def test_corpus_is_large_enough():
    files = {p.name for p in CORPUS.iterdir() if p.name != "expected.json"}
    assert files == set(EXPECTED), "every corpus file has an expectation, and only those"
    assert len(files) >= 30
    failing = [n for n, e in EXPECTED.items() if e["exit"] == 1]
    unreadable = [n for n, e in EXPECTED.items() if e["exit"] == 2]
    assert len(failing) >= 30 and len(unreadable) >= 8


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_outcome(name: str, built_store_path: Path):
    expectation = EXPECTED[name]
    path = CORPUS / name
    if expectation["exit"] == 2:
        with pytest.raises(InputError) as caught:
            validate([path], store_path=built_store_path)
        assert caught.value.exit_code == 2
        assert str(caught.value) == expectation["error"].replace("{file}", str(path))
        return
    report = validate([path], store_path=built_store_path, strict=expectation.get("strict", False), lang="en")
    got = sorted(([r.severity, r.focus, r.path, r.line, r.constraint] for r in report.results), key=str)
    assert got == expectation["results"]
    assert report.exit_code == expectation["exit"]
    assert all(r.file == path.as_posix() for r in report.results)
    assert all(r.message and not r.message.startswith("http") for r in report.results)


def test_messages_in_three_languages(built_store_path: Path):
    path = CORPUS / "work-negative-runtime.ttl"
    messages = {lang: validate([path], store_path=built_store_path, lang=lang).results[0].message for lang in ("en", "fr", "ar")}
    assert messages["en"].startswith("Runtime must be")
    assert messages["fr"].startswith("La durée doit être")
    assert "المدة" in messages["ar"]


def test_sparql_messages_are_filled_in_each_language(built_store_path: Path):
    path = CORPUS / "edition-order.ttl"
    fr = validate([path], store_path=built_store_path, lang="fr").results[0].message
    ar = validate([path], store_path=built_store_path, lang="ar").results[0].message
    assert fr == "L'édition 1 tenue en 2010 contredit edition:test-festival-2, édition 2 tenue en 2005."
    assert "edition:test-festival-2" in ar and "2005" in ar


def test_undefined_term_suggests_the_closest(built_store_path: Path):
    report = validate([CORPUS / "undefined-property.ttl"], store_path=built_store_path, lang="en")
    assert report.results[0].message == "mc:runtimeMinute is not defined by the ontology. Did you mean mc:runtimeMinutes?"


def test_focus_label_and_value(built_store_path: Path):
    report = validate([CORPUS / "work-negative-runtime.ttl"], store_path=built_store_path, lang="en")
    (result,) = report.results
    assert result.focus_label == "Durée négative"
    assert result.value == "-5" and result.value_term.startswith('"-5"^^')
    assert result.source_shape == "mcsh:WorkShape/mc:runtimeMinutes"
    assert str(result).startswith(f"[Violation] {CORPUS.as_posix()}/work-negative-runtime.ttl:24 work:test-negative mc:runtimeMinutes: ")
    assert str(result).endswith("(value: -5)")
