"""``kg import table``: spreadsheet rows (films, credits, prizes, funding…) into data/.

The contributor path for people who do not write Turtle: fill the template's tables
(docs/import.md, templates/), one source URL per row, and import them. The importer

1. reads every table and checks every row (bad rows are reported by row number);
2. resolves names against data/ (same person under another spelling → same entity);
3. renders the files it would create or change, in the house style;
4. validates data/ as it would be, in a temporary copy;
5. only then replaces the files, each atomically. Any problem: nothing is written.

>>> report = import_tables([Path("contrib/tables/films.csv")], dry_run=True)  # doctest: +SKIP
>>> report.created[:2]                                                         # doctest: +SKIP
['works/casanegra.trig', 'people/nour-eddine-lakhmari.trig']
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from kg.config import PATHS
from kg.errors import InputError, KGError
from kg.importer.convert import Converter
from kg.importer.entities import load_existing
from kg.importer.reader import read_tables
from kg.importer.template import ORDER, TABLES, write_templates
from kg.importer.writer import APPENDIX_MARKER, MARKER, merge


class BadRowsError(InputError):
    """Rows that cannot be imported; ``problems`` has one line per row ("file row N: …")."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{problems[0]}{more}. Nothing was written; fix the rows and import again.")


class InvalidImportError(KGError):
    """The files an import would write do not validate; ``problems`` says where."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"the imported data would not validate: {problems[0]}{more}. Nothing was written.")


@dataclass
class ImportReport:
    """What an import did (or would do, with dry_run)."""

    rows: dict[str, int] = field(default_factory=dict)
    created: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    facts: int = 0
    written: bool = False
    #: IRIs the imported facts are about (validation problems about other nodes are not the import's).
    subjects: set[str] = field(default_factory=set, repr=False)

    def to_dict(self) -> dict:
        return {"rows": self.rows, "created": self.created, "changed": self.changed, "removed": self.removed,
                "unchanged": self.unchanged, "facts": self.facts, "written": self.written}


def plan(paths: list[Path], *, data_dir: Path, table: str | None = None,
         replace: bool = False) -> tuple[dict[str, str], ImportReport]:
    """The new text of every file the import would create or change, and the report."""
    tables = read_tables(paths, table=table)
    registry, _ = load_existing(data_dir, without_imported=replace)
    converter = Converter(registry)
    converter.learn_editions(tables.get("prizes", []) + tables.get("selections", []))
    converter.learn_film_ids(tables.get("films", []))
    for name in ORDER:
        if name in tables:
            converter.run(name, tables[name])
    converter.finish()
    if converter.problems:
        raise BadRowsError(converter.problems)
    report = ImportReport(rows={t: converter.rows_done.get(t, 0) for t in ORDER if t in tables},
                          facts=converter.facts.count())
    outputs: dict[str, str] = {}
    files = dict(converter.facts.files)
    if replace:  # every file the importer wrote before is regenerated, or emptied, from these tables
        for path in sorted(data_dir.rglob("*.trig")) if data_dir.exists() else []:
            text = path.read_text(encoding="utf-8")
            if text.startswith(MARKER) or APPENDIX_MARKER in text:
                files.setdefault(path.relative_to(data_dir).as_posix(), {})
    for rel, graphs in sorted(files.items()):
        target = data_dir / rel
        existing = target.read_text(encoding="utf-8") if target.exists() else None
        new_text = merge(existing, graphs, main=converter.facts.main.get(rel), replace=replace)
        if new_text is None:
            report.unchanged += 1
            continue
        outputs[rel] = new_text
        if existing is None:
            report.created.append(rel)
        elif new_text == "":
            report.removed.append(rel)
        else:
            report.changed.append(rel)
    report.subjects = {t[0].value for graphs in converter.facts.files.values() for ts in graphs.values() for t in ts}
    return outputs, report


def validate_outputs(outputs: dict[str, str], *, data_dir: Path, subjects: set[str] | None = None) -> None:
    """Validate data/ as it would be after the import, from a temporary copy of the new files.

    For the project's own data/ the written files are validated against a graph built from
    the rest of data/ as it will be: every file the import leaves alone, and none of the old
    versions of the files it rewrites (an old label beside the new one would be reported as
    two labels in one language). When files disappear, or for another data folder, the whole
    future copy is validated on its own. Only problems about ``subjects`` (the nodes the
    import states facts about) count: a problem already in data/ is not the import's to fix.
    """
    with tempfile.TemporaryDirectory(prefix="kg-import-") as tmp:
        staged = Path(tmp) / "data"
        own_data = data_dir.resolve() == PATHS.data_dir.resolve()
        if data_dir.exists() and (not own_data or any(c == "" for c in outputs.values())):
            own_data = False  # another folder, or files disappear: validate the whole future copy
            shutil.copytree(data_dir, staged)
        for rel, content in outputs.items():
            (staged / rel).parent.mkdir(parents=True, exist_ok=True)
            if content == "":
                (staged / rel).unlink(missing_ok=True)
            else:
                (staged / rel).write_text(content, encoding="utf-8")
        store_path = None
        if own_data:
            store_path = Path(tmp) / "context"
            _build_context(store_path, data_dir=data_dir, rewritten=set(outputs))
        files = [staged / rel for rel, c in outputs.items() if c] if own_data else [staged]
        found = _problems(files, against_data=own_data, subjects=subjects, store_path=store_path)
        problems = [p.replace(str(staged), str(data_dir)) for p in found]
    if problems:
        raise InvalidImportError(problems)


def _build_context(store_path: Path, *, data_dir: Path, rewritten: set[str]) -> None:
    """A store of data/ without the files the import rewrites (built like ``kg build``'s graph),
    for kg.validate to check the new versions against."""
    import pyoxigraph as ox

    from kg.build import load_graph
    from kg.parsing import rdf_files

    remaining = [p for p in rdf_files([data_dir]) if p.relative_to(data_dir).as_posix() not in rewritten]
    (store_path / "oxigraph").mkdir(parents=True)
    store = ox.Store(str(store_path / "oxigraph"))
    load_graph(store, data_paths=remaining)
    store.flush()
    del store  # releases the store's lock: kg.validate opens it read-only


def _problems(paths: list[Path], *, against_data: bool, subjects: set[str] | None,
              store_path: Path | None = None) -> list[str]:
    from kg.validate import validate

    report = validate(paths, against_data=against_data, store_path=store_path)
    return [str(r) for r in report.violations if subjects is None or r.focus_iri in subjects]



def write_outputs(outputs: dict[str, str], *, data_dir: Path) -> None:
    """Replace each file atomically (temporary file in the same folder, then os.replace)."""
    for rel, content in outputs.items():
        target = data_dir / rel
        if content == "":  # everything in it came from rows no longer in the tables
            target.unlink(missing_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(content)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def import_tables(
    paths: list[Path],
    *,
    data_dir: Path | None = None,
    table: str | None = None,
    dry_run: bool = False,
    validate: bool = True,
    replace: bool = False,
) -> ImportReport:
    """Import the rows of ``paths`` (CSV files or workbooks) into ``data_dir`` (default data/)."""
    data_dir = data_dir or PATHS.data_dir
    outputs, report = plan(list(paths), data_dir=data_dir, table=table, replace=replace)
    if validate and outputs:
        validate_outputs(outputs, data_dir=data_dir, subjects=report.subjects)
    if not dry_run:
        write_outputs(outputs, data_dir=data_dir)
        report.written = bool(outputs)
    return report


__all__ = ["BadRowsError", "ImportReport", "InvalidImportError", "TABLES", "import_tables", "plan", "write_templates"]
