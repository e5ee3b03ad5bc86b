"""The review file, and a reviewer's decisions recorded in the mapping file.

The review file is a TSV a person can edit in any spreadsheet: one row per candidate of each
entity ``kg link`` could not decide, best first, with its evidence. Writing ``accept`` or
``reject`` in the ``decision`` column and running ``kg link review`` (or ``kg link`` again)
records the decision; ``kg link review --accept ID`` does the same from the command line. A
recorded decision is a row of the mapping file with status ``accepted`` or ``rejected``,
which no later run overwrites.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import InputError
from kg.link.sssom import ACCEPTED, AUTO_ACCEPTED, AUTO_REJECTED, NEEDS_REVIEW, MappingRow

COLUMNS = ["id", "decision", "reviewer", "subject_id", "subject_label", "rank", "object_id", "object_label",
           "object_description", "confidence", "evidence"]
HEADER = """\
# Wikidata links waiting for a person's decision, written by `kg link` (one row per candidate, best first).
# To decide: write accept or reject in the decision column (and who you are in reviewer, e.g. orcid:0000-…),
# then run `kg link review`; or run `kg link review --accept ID` / `kg link review --reject ID`.
# Accepting one candidate settles its entity. Decisions are kept in the mapping file; no rerun overwrites them.
"""


def row_id(row: MappingRow) -> str:
    """The ID a reviewer uses: ``<our CURIE>=<Q-id>``.

    >>> row_id(MappingRow(*(["person:anas-el-baz"] + [""] * 4 + ["wd:Q9990012"] + [""] * 12)))
    'person:anas-el-baz=Q9990012'
    """
    return f"{row.subject_id}={row.object_id.removeprefix('wd:')}"


@dataclass(frozen=True)
class Decision:
    """A reviewer's decision on one candidate."""

    id: str
    accept: bool
    reviewer: str = ""


def render(rows: list[MappingRow], descriptions: dict[str, str] | None = None) -> str:
    """The review file: every ``needs-review`` row, grouped by entity, best candidate first."""
    descriptions = descriptions or {}
    out = io.StringIO()
    out.write(HEADER)
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    pending = [r for r in rows if r.review_status == NEEDS_REVIEW]
    by_subject: dict[str, list[MappingRow]] = {}
    for row in pending:
        by_subject.setdefault(row.subject_id, []).append(row)
    for subject in sorted(by_subject):
        ranked = sorted(by_subject[subject], key=lambda r: (-float(r.confidence or 0), r.object_id))
        for rank, row in enumerate(ranked, 1):
            writer.writerow({
                "id": row_id(row), "decision": "", "reviewer": "", "subject_id": row.subject_id,
                "subject_label": row.subject_label, "rank": rank, "object_id": row.object_id,
                "object_label": row.object_label, "object_description": descriptions.get(row.object_id, ""),
                "confidence": row.confidence, "evidence": row.comment,
            })
    return out.getvalue()


def read_decisions(path: Path) -> list[Decision]:
    """The decisions written in a review file (rows whose decision column is filled)."""
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    body = [line for line in lines if not line.startswith("#")]
    offset = len(lines) - len(body)
    reader = csv.DictReader(body, delimiter="\t")
    if "id" not in (reader.fieldnames or []) or "decision" not in (reader.fieldnames or []):
        raise InputError(f"{path}: not a review file (no id and decision columns). Rerun `kg link` to write it again.")
    decisions = []
    for n, record in enumerate(reader):
        value = (record.get("decision") or "").strip().lower()
        if not value:
            continue
        if value not in {"accept", "reject", "accepted", "rejected", "yes", "no"}:
            raise InputError(
                f"{path}:{offset + n + 2}: decision {value!r} is neither accept nor reject. Write accept, reject or nothing."
            )
        decisions.append(Decision(record["id"].strip(), value in {"accept", "accepted", "yes"}, (record.get("reviewer") or "").strip()))
    return decisions


def apply(rows: list[MappingRow], decisions: list[Decision], *, reviewer: str, date: str) -> list[MappingRow]:
    """The rows with the decisions recorded; an unknown ID is an InputError."""
    by_id = {row_id(r): i for i, r in enumerate(rows)}
    out = list(rows)
    for decision in decisions:
        index = by_id.get(decision.id)
        if index is None:
            raise InputError(
                f"no candidate {decision.id!r} in the mapping file. Use an id from the review file "
                "(<our CURIE>=<Q-id>, e.g. person:anas-el-baz=Q123), or run `kg link` first."
            )
        who = decision.reviewer or reviewer
        if not who:
            raise InputError("say who decides: --reviewer (an ORCID such as orcid:0000-0002-1825-0097, or a name) or KG_REVIEWER.")
        chosen = out[index].decided(accept=decision.accept, reviewer=who, date=date)
        out[index] = chosen
        if decision.accept:  # the entity is settled: its other open candidates were not chosen
            for i, other in enumerate(out):
                if other.subject_id == chosen.subject_id and i != index and other.review_status in {NEEDS_REVIEW, AUTO_ACCEPTED}:
                    out[i] = replace(other, review_status=AUTO_REJECTED)
                if other.subject_id == chosen.subject_id and i != index and other.review_status == ACCEPTED:
                    out[i] = other.decided(accept=False, reviewer=who, date=date, note="superseded by a later acceptance")
    return out


def read_descriptions(path: Path) -> dict[str, str]:
    """The Wikidata descriptions shown in a review file (kept when the file is rewritten)."""
    if not path.exists():
        return {}
    body = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {r["object_id"]: r["object_description"] for r in csv.DictReader(body, delimiter="\t") if r.get("object_description")}
