"""Fixtures of the kg validate tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import PATHS
from kg.parsing import rdf_files
from kg.validate.engine import Context, build_graph
from kg.validate.inputs import read_files

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The corpus of bad contributions (expectations in corpus/expected.json)."""
    return CORPUS


#: Corpus cases whose violations come from the core shapes, on IRIs and on blank nodes.
CASES = [
    "award-before-work.ttl", "award-no-prize.ttl", "budget-min-above-max.ttl", "country-code-bad.ttl",
    "credit-after-death.ttl", "credit-no-agent.ttl", "credit-role-not-in-scheme.ttl", "credit-two-roles.ttl",
    "edition-order.ttl", "edition-start-after-end.ttl", "funding-bad-currency.ttl", "funding-negative-amount.ttl",
    "funding-no-currency.ttl", "person-birth-after-death.ttl", "person-no-label.ttl", "release-date-as-year.ttl",
    "work-future-year.ttl", "work-genre-not-in-scheme.ttl", "work-negative-runtime.ttl", "work-no-title.ttl",
]

BLANK_CREDITS = """@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/moroccan-cinema/resource/work/split-test> a mc:Film ;
    rdfs:label "Split test"@fr ; mc:title "Split test"@fr ;
    mc:hasCredit [ a mc:Credit ; mc:role <https://w3id.org/moroccan-cinema/vocab/role/no-such-role> ] , [ a mc:Credit ] .
"""



@pytest.fixture(scope="session")
def inferred(tmp_path_factory: pytest.TempPathFactory, corpus: Path):
    """Shipped data plus corpus cases (their violations) and blank-node credits, inferred."""
    extra = tmp_path_factory.mktemp("shacl") / "blank-credits.ttl"
    extra.write_text(BLANK_CREDITS, encoding="utf-8")
    paths = list(rdf_files([PATHS.data_dir])) + [corpus / name for name in CASES] + [extra]
    sources = read_files(paths)
    return build_graph([q for s in sources for q in s.quads], Context(None, "whole"))
