"""Table-driven: a sample of the facts of each public source is in the graph of that source.

The tables are tests/data_growth/source_facts.py and one module per later research pass
(source_facts_pass4.py … : one row per fact: description, source URL, graph pattern); each
also lists editorial decisions of src:curation and what the sources do not say and the graph
must not claim. A new pass adds a table module to PASSES, not a copy of these tests.
"""

from __future__ import annotations

import re

import pytest

import kg
from tests.data_growth import source_facts, source_facts_pass4, source_facts_pass5, source_facts_pass6

PASSES = (source_facts, source_facts_pass4, source_facts_pass5, source_facts_pass6)
FACTS = [fact for table in PASSES for fact in table.FACTS]
CURATION_FACTS = [decision for table in PASSES for decision in getattr(table, "CURATION_FACTS", [])]
ABSENT = [absence for table in PASSES for absence in table.ABSENT]


def _id(text: str) -> str:
    return re.sub(r"\s+", " ", text)[:90]


@pytest.mark.parametrize("fact", FACTS, ids=[_id(f.description) for f in FACTS])
def test_source_fact(built_store: kg.GraphStore, fact):
    query = f"""ASK {{
        ?source a mc:Source ; mc:url ?url . FILTER(STR(?url) = "{fact.url}")
        GRAPH ?source {{ {fact.pattern} }}
    }}"""
    assert built_store.ask(query), f"not in the graph of {fact.url}: {fact.description}\n{query}"


@pytest.mark.parametrize("decision", CURATION_FACTS, ids=[_id(d[0]) for d in CURATION_FACTS])
def test_curation_decision(built_store: kg.GraphStore, decision):
    description, pattern = decision
    assert built_store.ask(f"ASK {{ GRAPH src:curation {{ {pattern} }} }}"), description


@pytest.mark.parametrize("absence", ABSENT, ids=[_id(a.description) for a in ABSENT])
def test_not_claimed(built_store: kg.GraphStore, absence):
    assert not built_store.ask(f"ASK {{ {absence.body} }}"), f"the graph claims what no source says: {absence.description}"


def test_every_sampled_source_is_described(built_store: kg.GraphStore):
    for url in {f.url for f in FACTS}:
        query = f'ASK {{ ?s a mc:Source ; mc:url ?u ; dct:title ?t ; dct:language ?l . FILTER(STR(?u) = "{url}") }}'
        assert built_store.ask(query), f"source {url} is not described with title and language"
