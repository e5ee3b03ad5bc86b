"""The docstring examples of the linker and of the shared name normaliser are run."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["kg.names", "kg.link.normalise", "kg.link.client", "kg.link.candidates", "kg.link.score", "kg.link.sssom",
           "kg.link.review", "kg.link.output", "kg.link.evaluate", "kg.link.files", "kg.link.wikidata"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
