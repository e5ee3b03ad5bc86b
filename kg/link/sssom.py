"""The mapping file: every link and every candidate, in SSSOM TSV (a YAML header, then rows).

Written with the csv module and PyYAML (the ``sssom`` package would bring pandas and LinkML
for what is a TSV); the tests validate the output against the official ``sssom-schema``.
One row per (our entity, Wikidata item) pair, with an extension column ``review_status``:

* ``auto-accepted`` — accepted by ``kg link`` (a link in data/links/)
* ``needs-review`` — a candidate waiting for a person (listed in the review file)
* ``auto-rejected`` — a candidate ``kg link`` scored and did not choose
* ``accepted`` / ``rejected`` — a person's decision (``semapv:ManualMappingCuration``; a
  rejection is written with ``predicate_modifier`` ``Not``), never overwritten by a rerun.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import yaml

from kg import __version__
from kg.errors import InputError
from kg.namespaces import PREFIXES

SKOS_EXACT_MATCH = "skos:exactMatch"
TOOL_ID = "kgtool:kg-link"
MAPPING_SET_ID = "https://w3id.org/moroccan-cinema/mappings/wikidata.sssom.tsv"
REVIEW_STATUS_IRI = "https://w3id.org/moroccan-cinema/vocab/sssom/reviewStatus"

AUTO_ACCEPTED = "auto-accepted"
NEEDS_REVIEW = "needs-review"
AUTO_REJECTED = "auto-rejected"
ACCEPTED = "accepted"
REJECTED = "rejected"
STATUSES = (AUTO_ACCEPTED, NEEDS_REVIEW, AUTO_REJECTED, ACCEPTED, REJECTED)
HUMAN_STATUSES = frozenset({ACCEPTED, REJECTED})
LINK_STATUSES = frozenset({AUTO_ACCEPTED, ACCEPTED})

JUSTIFICATIONS = {
    "lexical": "semapv:LexicalMatching",
    "structural": "semapv:CompositeMatching",
    "manual": "semapv:ManualMappingCuration",
}


@dataclass(frozen=True)
class MappingRow:
    """One SSSOM mapping row (the columns this project writes, in order)."""

    subject_id: str
    subject_label: str
    subject_category: str
    predicate_id: str
    predicate_modifier: str
    object_id: str
    object_label: str
    mapping_justification: str
    confidence: str
    author_id: str
    reviewer_id: str
    reviewer_label: str
    mapping_date: str
    mapping_provider: str
    mapping_tool: str
    mapping_tool_version: str
    review_status: str
    comment: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.subject_id, self.object_id)

    @property
    def is_link(self) -> bool:
        return self.review_status in LINK_STATUSES and not self.predicate_modifier

    @property
    def is_human(self) -> bool:
        return self.review_status in HUMAN_STATUSES

    @property
    def qid(self) -> str:
        return self.object_id.removeprefix("wd:")

    def decided(self, *, accept: bool, reviewer: str, date: str, note: str = "") -> MappingRow:
        """This row as a person's decision."""
        reviewer_id, reviewer_label = split_reviewer(reviewer)
        comment = f"{note} | {self.comment}" if note and self.comment else (note or self.comment)
        return replace(
            self,
            predicate_modifier="" if accept else "Not",
            mapping_justification=JUSTIFICATIONS["manual"],
            reviewer_id=reviewer_id,
            reviewer_label=reviewer_label,
            mapping_date=date,
            review_status=ACCEPTED if accept else REJECTED,
            comment=comment,
        )


COLUMNS = [f.name for f in fields(MappingRow)]


def split_reviewer(reviewer: str) -> tuple[str, str]:
    """(reviewer_id, reviewer_label): a CURIE or IRI is an id, anything else a label.

    >>> split_reviewer("orcid:0000-0002-1825-0097"), split_reviewer("Amina B.")
    (('orcid:0000-0002-1825-0097', ''), ('', 'Amina B.'))
    """
    reviewer = reviewer.strip()
    if ":" in reviewer and " " not in reviewer:
        return reviewer, ""
    return "", reviewer


def curie_map() -> dict[str, str]:
    """The prefixes the mapping file uses."""
    keep = ("mc", "work", "person", "org", "event", "place", "skos", "owl", "wd")
    out = {p: PREFIXES[p] for p in keep}
    out.update({
        "semapv": "https://w3id.org/semapv/vocab/",
        "kgtool": "https://w3id.org/moroccan-cinema/tool/",
        "mcsssom": "https://w3id.org/moroccan-cinema/vocab/sssom/",
        "orcid": "https://orcid.org/",
    })
    return out


def header(*, endpoint: str) -> dict:
    """The mapping-set metadata (the YAML header)."""
    return {
        "curie_map": curie_map(),
        "mapping_set_id": MAPPING_SET_ID,
        "mapping_set_title": "Moroccan Cinema Knowledge Graph to Wikidata",
        "mapping_set_description": (
            "Links of works, people, organisations and festivals of the Moroccan Cinema Knowledge Graph to "
            "Wikidata items, and every candidate considered, written by `kg link`. Only rows whose review_status "
            "is auto-accepted or accepted are links; the others record candidates and decisions."
        ),
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "mapping_tool": "kg link",
        "mapping_tool_version": __version__,
        "subject_source": "https://w3id.org/moroccan-cinema/resource/",
        "object_source": "wd:Q2013",
        "mapping_provider": endpoint,
        "extension_definitions": [
            {"slot_name": "review_status", "property": "mcsssom:reviewStatus", "type_hint": "xsd:string"},
        ],
    }


def render(rows: list[MappingRow], *, endpoint: str) -> str:
    """The SSSOM TSV text: commented YAML header, then the rows sorted by subject and rank."""
    out = io.StringIO()
    head = yaml.safe_dump(header(endpoint=endpoint), sort_keys=False, allow_unicode=True, width=1000)
    out.write("".join(f"#{line}\n" for line in head.splitlines()))
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    order = {s: i for i, s in enumerate((ACCEPTED, AUTO_ACCEPTED, NEEDS_REVIEW, REJECTED, AUTO_REJECTED))}
    for row in sorted(rows, key=lambda r: (r.subject_id, order.get(r.review_status, 9), -_float(r.confidence), r.object_id)):
        writer.writerow({k: _clean(v) for k, v in asdict(row).items()})
    return out.getvalue()


def _float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def _clean(value: str) -> str:
    return " ".join(str(value).split())


def read(path: Path) -> tuple[dict, list[MappingRow]]:
    """The header and rows of a mapping file (an empty set when the file does not exist)."""
    if not path.exists():
        return {}, []
    text = path.read_text(encoding="utf-8")
    head_lines = [line[1:] for line in text.splitlines() if line.startswith("#")]
    try:
        meta = yaml.safe_load("\n".join(head_lines)) or {}
    except yaml.YAMLError as err:
        raise InputError(f"{path}: the YAML header cannot be read ({err}). Restore the file from git.") from None
    body = [line for line in text.splitlines(keepends=True) if not line.startswith("#")]
    reader = csv.DictReader(body, delimiter="\t")
    missing = [c for c in ("subject_id", "object_id", "review_status") if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"{path}: missing column(s) {', '.join(missing)}. Restore the file from git.")
    rows = []
    first_line = len(head_lines) + 2
    for n, record in enumerate(reader):
        status = record.get("review_status", "")
        if status not in STATUSES:
            raise InputError(
                f"{path}:{first_line + n}: unknown review_status {status!r}. Use one of: {', '.join(STATUSES)}."
            )
        rows.append(MappingRow(**{c: (record.get(c) or "") for c in COLUMNS}))
    return meta, rows
