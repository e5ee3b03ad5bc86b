"""Every fact of the five seed documents is in the built graph, in the graph of its source.

The table is tests/seed_facts.py: one row per fact, (description, source, ASK body), the body
always ``GRAPH src:<source> { … }``. A second table lists what the seeds do not say, which
the graph must not claim either.
"""

from __future__ import annotations

import re

import pytest

import kg
from seed_facts import ABSENT, FACTS

SOURCES = {"seed-000", "seed-001", "seed-002", "seed-003", "seed-004", "curation"}


def _id(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("fact", FACTS, ids=[f"{f.source}: {_id(f.description)}" for f in FACTS])
def test_seed_fact(built_store: kg.GraphStore, fact):
    assert fact.source in SOURCES, f"unknown source {fact.source!r}"
    assert fact.body.startswith(f"GRAPH src:{fact.source} {{"), "the fact must be asked in its source's graph"
    query = f"ASK {{ {fact.body} }}"
    assert built_store.ask(query), f"not in the graph of src:{fact.source}: {fact.description}\n{query}"


@pytest.mark.parametrize("absence", ABSENT, ids=[_id(a.description) for a in ABSENT])
def test_not_claimed(built_store: kg.GraphStore, absence):
    query = f"ASK {{ {absence.body} }}"
    assert not built_store.ask(query), f"the graph claims what no seed says: {absence.description}\n{query}"


def test_table_is_well_formed():
    descriptions = [(f.source, f.description) for f in FACTS]
    duplicates = {d for d in descriptions if descriptions.count(d) > 1}
    assert not duplicates, f"duplicate rows: {sorted(duplicates)}"
    assert {f.source for f in FACTS} == SOURCES, "every seed (and the curation record) has facts in the table"
