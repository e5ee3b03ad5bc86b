"""Measured quality: precision and recall of auto-accepted links against a gold list.

The gold list is a TSV of ``subject_id`` (our CURIE) and ``object_id`` (``wd:Q…``, or ``-``
for an entity that is not on Wikidata). Precision counts every auto-accepted link; recall
counts the gold pairs that were auto-accepted (links left to review are not counted).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError


def read_gold(path: Path) -> dict[str, str | None]:
    """Our CURIE → Q-id (None: not on Wikidata)."""
    if not path.exists():
        raise InputError(f"{path}: no such gold file. Give a TSV with subject_id and object_id columns.")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    if not {"subject_id", "object_id"} <= set(reader.fieldnames or []):
        raise InputError(f"{path}: the gold file needs the columns subject_id and object_id (tab-separated).")
    gold: dict[str, str | None] = {}
    for row in reader:
        obj = (row["object_id"] or "").strip()
        gold[row["subject_id"].strip()] = None if obj in {"", "-"} else obj.removeprefix("wd:")
    return gold


@dataclass
class Evaluation:
    """Precision and recall of the auto-accepted links."""

    auto_accepted: int
    correct: int
    gold_links: int
    wrong: list[tuple[str, str, str | None]] = field(default_factory=list)  # (subject, linked, gold)
    missed: list[tuple[str, str]] = field(default_factory=list)  # (subject, gold)

    @property
    def precision(self) -> float:
        return self.correct / self.auto_accepted if self.auto_accepted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold_links if self.gold_links else 1.0

    def to_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "auto_accepted": self.auto_accepted, "correct": self.correct, "gold_links": self.gold_links,
            "wrong": [list(w) for w in self.wrong], "missed": [list(m) for m in self.missed],
        }


def evaluate(auto_links: dict[str, str], gold: dict[str, str | None]) -> Evaluation:
    """Compare the auto-accepted links (our CURIE → Q-id) with the gold list.

    >>> e = evaluate({"work:a": "Q1", "work:b": "Q9"}, {"work:a": "Q1", "work:b": "Q2", "work:c": None})
    >>> e.precision, e.recall, e.wrong
    (0.5, 0.5, [('work:b', 'Q9', 'Q2')])
    """
    correct = sum(1 for s, q in auto_links.items() if gold.get(s) == q)
    wrong = sorted((s, q, gold.get(s)) for s, q in auto_links.items() if gold.get(s) != q)
    gold_links = {s: q for s, q in gold.items() if q}
    missed = sorted((s, q) for s, q in gold_links.items() if auto_links.get(s) != q)
    return Evaluation(len(auto_links), correct, len(gold_links), wrong, missed)
