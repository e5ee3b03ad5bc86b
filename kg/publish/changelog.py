"""What changed since the previous release in the same parent folder: triples and entities, by class.

Each release folder holds ``release.json`` (its version, date and dump names); the previous
release is the highest version below the new one among its siblings. The comparison is on
the default-graph view, line by line of the canonical sorted N-Triples dumps, so it is
exact. A triple counts under every ``mc:`` class of its subject (a film is also a work).
"""

from __future__ import annotations

import gzip
import json
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.namespaces import MC, shorten
from kg.publish.metadata import VERSION_PATTERN, parse_version

MANIFEST = "release.json"
TYPE_MARK = b" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <"
UNTYPED = "(no mc: class)"


@dataclass
class Changes:
    """The differences between two releases (or the content of a first one)."""

    version: str
    previous: str | None
    triples_added: int
    triples_removed: int
    entities_added: dict[str, int] = field(default_factory=dict)
    entities_removed: dict[str, int] = field(default_factory=dict)
    triples_added_by_class: dict[str, int] = field(default_factory=dict)
    triples_removed_by_class: dict[str, int] = field(default_factory=dict)
    examples_added: dict[str, list[str]] = field(default_factory=dict)
    examples_removed: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def find_previous(parent: Path, version: str) -> tuple[str, Path] | None:
    """The highest release below ``version`` in ``parent``, as (version, folder)."""
    if not parent.is_dir():
        return None
    current = parse_version(version)
    found: list[tuple[tuple[int, int, int], str, Path]] = []
    for folder in parent.iterdir():
        if folder.is_dir() and VERSION_PATTERN.match(folder.name) and (folder / MANIFEST).is_file():
            v = parse_version(folder.name)
            if v < current:
                found.append((v, folder.name, folder))
    if not found:
        return None
    _, name, folder = max(found)
    return name, folder


def read_previous_lines(folder: Path) -> list[bytes]:
    """The sorted N-Triples lines of a previous release's default-graph dump."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        with gzip.open(folder / manifest["dumps"]["ntriples"], "rb") as handle:
            return handle.read().splitlines(keepends=True)
    except (OSError, KeyError, ValueError) as err:
        raise InputError(f"{folder}: the previous release cannot be read ({err}). Fix or move that folder.") from None


def _classes(lines) -> dict[bytes, set[str]]:
    """Subject (as N-Triples bytes) → its mc: classes, from the rdf:type lines."""
    out: dict[bytes, set[str]] = defaultdict(set)
    mark = b"<" + MC.encode()
    for line in lines:
        at = line.find(TYPE_MARK)
        if at > 0 and line[at + len(TYPE_MARK) - 1:].startswith(mark):
            cls = line[at + len(TYPE_MARK):].split(b">", 1)[0].decode("utf-8")
            out[line[:at]].add(shorten(cls))
    return out


def _by_class(lines, classes: dict[bytes, set[str]]) -> dict[str, int]:
    per_subject = Counter(line[: line.index(b" ")] for line in lines)
    counts: Counter[str] = Counter()
    for subject, n in per_subject.items():
        for cls in classes.get(subject, (UNTYPED,)):
            counts[cls] += n
    return dict(sorted(counts.items()))


def _by_class_of_all(lines: list[bytes], classes: dict[bytes, set[str]]) -> dict[str, int]:
    """:func:`_by_class` of every line of a sorted dump (a first release): each typed subject's
    lines are found by bisection, the untyped ones counted as the rest (no pass over 3M lines)."""
    counts: Counter[str] = Counter()
    typed = 0
    for subject, subject_classes in classes.items():
        start = bisect_left(lines, subject + b" ")
        n = bisect_left(lines, subject + b" \xff", start) - start  # no UTF-8 line holds 0xFF
        typed += n
        for cls in subject_classes:
            counts[cls] += n
    if len(lines) > typed:
        counts[UNTYPED] += len(lines) - typed
    return dict(sorted((cls, n) for cls, n in counts.items() if n))


def classes_from_instances(instances: dict[str, list[str]]) -> dict[bytes, set[str]]:
    """The same map as read from the lines, from the instances per class the stats counted."""
    out: dict[bytes, set[str]] = defaultdict(set)
    for cls, members in instances.items():
        if cls.startswith(MC):
            short = shorten(cls)
            for iri in members:
                out[b"<" + iri.encode("utf-8") + b">"].add(short)
    return out


def compare(
    version: str,
    new_lines: list[bytes],
    previous: tuple[str, list[bytes]] | None,
    *,
    new_classes: dict[bytes, set[str]] | None = None,
) -> Changes:
    """Compare the new default-graph lines with the previous release's (None: first release).

    Both are canonical N-Triples lines, sorted. ``new_classes`` (subject → mc: classes) saves
    reading the types again when known.
    """
    old_version, old_lines = previous if previous else (None, [])
    if old_lines:
        new_set, old_set = set(new_lines), set(old_lines)
        added, removed = new_set - old_set, old_set - new_set
    else:
        added, removed = new_lines, []
    if new_classes is None:
        new_classes = _classes(new_lines)
    old_classes = _classes(old_lines)
    entities_added: dict[str, list[str]] = defaultdict(list)
    entities_removed: dict[str, list[str]] = defaultdict(list)
    for subject, classes in new_classes.items():
        for cls in classes - old_classes.get(subject, set()):
            entities_added[cls].append(subject.decode("utf-8").strip("<>"))
    for subject, classes in old_classes.items():
        for cls in classes - new_classes.get(subject, set()):
            entities_removed[cls].append(subject.decode("utf-8").strip("<>"))
    return Changes(
        version=version,
        previous=old_version,
        triples_added=len(added),
        triples_removed=len(removed),
        entities_added={c: len(v) for c, v in sorted(entities_added.items())},
        entities_removed={c: len(v) for c, v in sorted(entities_removed.items())},
        triples_added_by_class=_by_class(added, new_classes) if old_lines else _by_class_of_all(new_lines, new_classes),
        triples_removed_by_class=_by_class(removed, old_classes),
        examples_added={c: sorted(v)[:10] for c, v in sorted(entities_added.items())},
        examples_removed={c: sorted(v)[:10] for c, v in sorted(entities_removed.items())},
    )


def render_markdown(changes: Changes, *, date: str) -> str:
    """CHANGELOG.md of a release."""
    out = [f"# Changes in release {changes.version} ({date})", ""]
    if changes.previous is None:
        out += ["First release: no earlier release in the same folder.", ""]
    else:
        out += [f"Compared with release {changes.previous}, on the default-graph view (all graphs, distinct triples).", ""]
    out += [f"- triples added: {changes.triples_added:,}", f"- triples removed: {changes.triples_removed:,}", ""]
    classes = sorted(set(changes.entities_added) | set(changes.entities_removed) | set(changes.triples_added_by_class) | set(changes.triples_removed_by_class))
    out += ["| class | entities added | entities removed | triples added | triples removed |", "|---|---:|---:|---:|---:|"]
    for cls in classes:
        out.append(
            f"| {cls} | {changes.entities_added.get(cls, 0):,} | {changes.entities_removed.get(cls, 0):,} "
            f"| {changes.triples_added_by_class.get(cls, 0):,} | {changes.triples_removed_by_class.get(cls, 0):,} |"
        )
    for title, examples in (("Entities added", changes.examples_added), ("Entities removed", changes.examples_removed)):
        if examples and changes.previous is not None:
            out += ["", f"## {title} (first ten per class)", ""]
            for cls, iris in examples.items():
                out.append(f"- {cls}: " + ", ".join(shorten(i) for i in iris))
    out.append("")
    out.append("A triple counts under every mc: class of its subject; entities are subjects typed with that class.")
    return "\n".join(out) + "\n"


def write_changelog(release: Path, changes: Changes, *, date: str) -> None:
    (release / "CHANGELOG.md").write_text(render_markdown(changes, date=date), encoding="utf-8")
    (release / "changelog.json").write_text(json.dumps(changes.to_dict(), indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
