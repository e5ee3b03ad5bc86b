"""The docstring examples of every module of the package are run, so they stay true.

The linker's modules have their own list (tests/link/test_doctests.py); this covers every
other module of kg/ whose docstrings hold an example.
"""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

from tests.link.test_doctests import MODULES as LINKER_MODULES

PACKAGE = Path(__file__).resolve().parent.parent / "kg"
MODULES = sorted(
    ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
    for path in PACKAGE.rglob("*.py")
    if ">>>" in path.read_text(encoding="utf-8")
)
MODULES = [name for name in MODULES if name not in LINKER_MODULES]


def test_modules_with_examples_are_found():
    assert {"kg.inference", "kg.graph_dump", "kg.store_writer", "kg.query.ordering"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
