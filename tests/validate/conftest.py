"""Fixtures of the kg validate tests."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The corpus of bad contributions (expectations in corpus/expected.json)."""
    return CORPUS
