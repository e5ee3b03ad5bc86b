"""The mapping file is valid SSSOM TSV: checked against the official schema (sssom-schema) and
its LinkML data classes, not against our own idea of it."""

from __future__ import annotations

import csv
import importlib.resources
import re

import pytest
import yaml
from sssom_schema.datamodel import sssom_schema as model

from kg.link import sssom
from kg.link.run import LinkPaths, link, record_review
from kg.link.review import Decision

from .conftest import make_client

SCHEMA = yaml.safe_load((importlib.resources.files("sssom_schema") / "schema" / "sssom_schema.yaml").read_text())
BUILTIN_PREFIXES = {"owl", "rdf", "rdfs", "skos", "semapv", "sssom", "xsd", "oboInOwl", "pav", "prov", "dcterms"}


@pytest.fixture(scope="module")
def mapping_file(tmp_path_factory, fixture_store, wikidata_endpoint):
    root = tmp_path_factory.mktemp("sssom")
    paths = LinkPaths.under(root)
    link(fixture_store, client=make_client(wikidata_endpoint, root / "cache"), paths=paths, date="2026-01-02")
    record_review(paths=paths, reviewer="orcid:0000-0002-1825-0097", date="2026-01-03",
                  decisions=[Decision("person:sonia-okacha=Q9990116", True), Decision("work:la-maison-des-figues=Q9990015", False)])
    return paths.mapping


def _parse(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    meta = yaml.safe_load("\n".join(line[1:] for line in lines if line.startswith("#")))
    rows = list(csv.DictReader([line for line in lines if not line.startswith("#")], delimiter="\t"))
    return meta, rows


def test_header_is_a_valid_mapping_set(mapping_file):
    meta, _ = _parse(mapping_file)
    set_slots = set(SCHEMA["classes"]["mapping set"]["slots"])
    assert set(meta) <= set_slots, set(meta) - set_slots
    for required in ("mapping_set_id", "license", "curie_map"):
        assert meta[required]
    extensions = [model.ExtensionDefinition(**e) for e in meta["extension_definitions"]]
    assert [e.slot_name for e in extensions] == ["review_status"]
    model.MappingSet(**{k: v for k, v in meta.items() if k not in {"curie_map", "extension_definitions"}})


def test_rows_are_valid_mappings(mapping_file):
    meta, rows = _parse(mapping_file)
    mapping_slots = set(SCHEMA["classes"]["mapping"]["slots"])
    extension_slots = {e["slot_name"] for e in meta["extension_definitions"]}
    justification = re.compile(SCHEMA["slots"]["mapping_justification"]["pattern"])
    modifiers = set(SCHEMA["enums"]["predicate_modifier_enum"]["permissible_values"])
    prefixes = set(meta["curie_map"]) | BUILTIN_PREFIXES
    assert rows
    for row in rows:
        assert set(row) <= mapping_slots | extension_slots
        values = {k: v for k, v in row.items() if v and k not in extension_slots}
        model.Mapping(**values)  # LinkML's own checks: required slots, types, enums
        assert justification.match(row["mapping_justification"]), row["mapping_justification"]
        assert not row["predicate_modifier"] or row["predicate_modifier"] in modifiers
        assert 0.0 <= float(row["confidence"]) <= 1.0
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", row["mapping_date"])
        for slot in ("subject_id", "predicate_id", "object_id", "mapping_justification", "author_id", "subject_category"):
            if row[slot]:
                assert row[slot].split(":", 1)[0] in prefixes, (slot, row[slot])
        assert row["review_status"] in sssom.STATUSES


def test_decisions_are_recorded_as_manual_curation(mapping_file):
    _, rows = _parse(mapping_file)
    by_key = {(r["subject_id"], r["object_id"]): r for r in rows}
    accepted = by_key[("person:sonia-okacha", "wd:Q9990116")]
    assert accepted["mapping_justification"] == "semapv:ManualMappingCuration"
    assert accepted["reviewer_id"] == "orcid:0000-0002-1825-0097" and accepted["predicate_modifier"] == ""
    rejected = by_key[("work:la-maison-des-figues", "wd:Q9990015")]
    assert rejected["predicate_modifier"] == "Not" and rejected["review_status"] == "rejected"
    auto = by_key[("work:casanegra", "wd:Q9990001")]
    assert auto["mapping_justification"] == "semapv:CompositeMatching" and auto["author_id"] == "kgtool:kg-link"
    assert "director" in auto["comment"] and auto["mapping_provider"].startswith("http://127.0.0.1:")


def test_a_hand_broken_status_is_reported_with_its_line(tmp_path, mapping_file):
    broken = tmp_path / "m.tsv"
    broken.write_text(mapping_file.read_text().replace("\tauto-accepted\t", "\tmaybe\t", 1))
    with pytest.raises(Exception, match=r"m\.tsv:\d+: unknown review_status 'maybe'"):
        sssom.read(broken)
