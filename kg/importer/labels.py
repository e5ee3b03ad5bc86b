"""Which spelling of a person's or organisation's name becomes its label (rdfs:label).

The spellings met in the rows are collected while the rows are read and decided once every
row is read, so a misprint on an early row does not become the label. For each entity and
script (Arabic or not) the preferred spelling is, in this order (docs/import.md, "Labels"):

1. a label the entity already has in data/ (a hand-written entity: its file is never rewritten);
2. the preferred spelling the identities table names for it (``same_as`` of a ``same`` row);
3. the spelling given by the most sources, then by the most rows;
4. the spelling met first (table order, then row order).

The preferred spelling is an rdfs:label in the language of every source that gives it (one
per language); every other spelling is a skos:altLabel, and a credit spelled otherwise keeps
the spelling as ``mc:creditedAs``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

ARABIC = re.compile(r"[\u0600-\u06FF]")


@dataclass(frozen=True)
class NameUse:
    """One row's spelling of an entity's name, in a source graph of a data file."""

    file: str
    graph: str
    entity: str
    value: str
    lang: str


@dataclass(frozen=True)
class CreditSpelling:
    """A credit node and the spelling its row gives the credited agent."""

    file: str
    graph: str
    node: str
    spelled: str
    agent: str


@dataclass
class AgentNames:
    """Spellings of people's and organisations' names, in the order the rows give them."""

    uses: list[NameUse] = field(default_factory=list)
    credits: list[CreditSpelling] = field(default_factory=list)

    def preferred(self, *, existing: Callable[[str, bool], set[str]],
                  canonical: dict[str, set[str]]) -> dict[tuple[str, bool], str]:
        """(entity, is Arabic) -> the preferred spelling, by the rules of the module docstring."""
        sources: dict[tuple[str, bool], dict[str, set[str]]] = {}
        rows: dict[tuple[str, bool], dict[str, int]] = {}
        first: dict[tuple[str, bool], dict[str, int]] = {}
        for at, use in enumerate(self.uses):
            slot = (use.entity, bool(ARABIC.search(use.value)))
            sources.setdefault(slot, {}).setdefault(use.value, set()).add(use.graph)
            rows.setdefault(slot, {}).setdefault(use.value, 0)
            rows[slot][use.value] += 1
            first.setdefault(slot, {}).setdefault(use.value, at)
        chosen: dict[tuple[str, bool], str] = {}
        for slot, spellings in sources.items():
            entity, _ = slot
            kept = existing(*slot) & set(spellings)
            named = canonical.get(entity, set()) & set(spellings)
            pool = kept or named or set(spellings)
            chosen[slot] = min(pool, key=lambda v: (-len(spellings[v]), -rows[slot][v], first[slot][v]))
        return chosen

    def in_label_order(self, chosen: dict[tuple[str, bool], str]) -> list[NameUse]:
        """The uses, each entity's preferred spellings first (otherwise in row order)."""
        def rank(item: tuple[int, NameUse]) -> tuple[int, int]:
            at, use = item
            return (0 if chosen.get((use.entity, bool(ARABIC.search(use.value)))) == use.value else 1, at)

        return [use for _, use in sorted(enumerate(self.uses), key=rank)]
