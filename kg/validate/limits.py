"""Limits that keep ``kg validate`` safe on outside contributions (documented in CONTRIBUTING.md).

A contribution is a few files of a few dozen entities; these bounds are far above that and
far below what would exhaust the machine. Going over one is an input error (exit 2) with a
message naming the file, the line when there is one, and the limit.
"""

from __future__ import annotations

#: Largest file accepted, in bytes (32 MiB: about 200,000 triples of house-style TriG).
MAX_FILE_BYTES = 32 * 1024 * 1024

#: Most triples accepted in one validation, all files together.
MAX_TRIPLES = 2_000_000

#: Longest literal accepted, in characters (a long synopsis is a few thousand).
MAX_LITERAL_CHARS = 65_536

#: Deepest nesting of blank nodes, collections, graphs or JSON objects/XML elements.
MAX_NESTING = 64

__all__ = ["MAX_FILE_BYTES", "MAX_LITERAL_CHARS", "MAX_NESTING", "MAX_TRIPLES"]
