"""Fixtures of the query tests: the real built graph (root conftest) and a helper to run."""

from __future__ import annotations

import pytest

import kg.query


@pytest.fixture(scope="session")
def ask(built_store):
    """Run a saved query on the real built graph and return its rows as plain values."""

    def run(name: str, lang: str = "fr", **params: str) -> list[dict]:
        return kg.query.run(name, params=params, lang=lang, store=built_store).rows

    return run
