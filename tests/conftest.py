"""Shared fixtures: one real build of the shipped graph per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.config import PATHS


@pytest.fixture(scope="session")
def built_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from the real ontology and data/, in a temporary folder."""
    path = tmp_path_factory.mktemp("kg") / "store"
    kg.build(store_path=path)
    return path


@pytest.fixture(scope="session")
def built_store(built_store_path: Path) -> kg.GraphStore:
    """The real graph, opened read-only."""
    return kg.open_store(built_store_path)


@pytest.fixture(scope="session")
def paths():
    return PATHS
