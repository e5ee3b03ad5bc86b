"""Reading the template's tables from CSV files or an Excel workbook.

A CSV file is one table, named by its file name (``films.csv``, ``films-2019.csv``); a
workbook holds one table per sheet, named by the sheet. Row numbers are the spreadsheet's:
the header is row 1, the first data row is row 2.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.importer.template import TABLES


@dataclass(frozen=True)
class Row:
    """One data row: where it is (file, sheet, row number) and its cells by column name."""

    path: Path
    table: str
    number: int
    cells: dict[str, str]

    def where(self) -> str:
        return f"{self.path.name}:{self.table}" if self.path.suffix == ".xlsx" else self.path.name

    def get(self, column: str) -> str:
        return self.cells.get(column, "").strip()


def table_name(path: Path, *, forced: str | None = None) -> str:
    """The table a CSV file holds, from ``forced`` or its file name.

    >>> table_name(Path("contrib/tables/films-2019.csv"))
    'films'
    """
    if forced:
        if forced not in TABLES:
            raise InputError(f"unknown table '{forced}'. Use one of: {', '.join(TABLES)}.")
        return forced
    stem = path.stem.lower()
    for name in TABLES:
        if stem == name or stem.startswith(name + "-") or stem.startswith(name + "_"):
            return name
    raise InputError(
        f"{path}: cannot tell which table this is from its name. Name it after a table "
        f"({', '.join(TABLES)}), e.g. films.csv, or pass --table."
    )


def _check_header(path: Path, table: str, header: list[str]) -> list[str]:
    header = [h.strip() for h in header]
    known = TABLES[table].columns
    unknown = [h for h in header if h and h not in known]
    if unknown:
        raise InputError(
            f"{path}: row 1: unknown column '{unknown[0]}' for table {table}. Columns are: {', '.join(known)}."
        )
    missing = [c for c in TABLES[table].required if c not in header]
    if missing:
        raise InputError(f"{path}: row 1: the {table} table needs a '{missing[0]}' column (see docs/import.md).")
    return header


def _rows(path: Path, table: str, records: list[list[str]]) -> list[Row]:
    if not records:
        raise InputError(f"{path}: empty table (no header row). Start from templates/{table}.csv.")
    header = _check_header(path, table, records[0])
    rows = []
    for number, record in enumerate(records[1:], start=2):
        values = ["" if v is None else str(v) for v in record]
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(header) and any(v.strip() for v in values[len(header):]):
            raise InputError(f"{path}: row {number}: more cells than columns. Quote cells that contain commas.")
        rows.append(Row(path, table, number, dict(zip(header, values))))
    return rows


def read_csv(path: Path, *, table: str | None = None) -> dict[str, list[Row]]:
    """The rows of one CSV file (UTF-8, comma-separated, first row the header)."""
    name = table_name(path, forced=table)
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            records = list(csv.reader(handle))
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8. Save the file as 'CSV UTF-8'.") from None
    except csv.Error as err:
        raise InputError(f"{path}: not a readable CSV file: {err}.") from None
    return {name: _rows(path, name, records)}


def read_xlsx(path: Path) -> dict[str, list[Row]]:
    """The rows of every sheet of a workbook, each sheet named after its table."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many kinds for a broken file
        raise InputError(f"{path}: not a readable .xlsx workbook ({type(err).__name__}).") from None
    tables: dict[str, list[Row]] = {}
    for sheet in book.worksheets:
        name = sheet.title.strip().lower()
        if name not in TABLES:
            raise InputError(f"{path}: sheet '{sheet.title}' is not a table of the template ({', '.join(TABLES)}).")
        records = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        tables[name] = _rows(path, name, records)
    book.close()
    return tables


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value)


def read_tables(paths: list[Path], *, table: str | None = None) -> dict[str, list[Row]]:
    """Every row of every file, grouped by table (several files may hold the same table)."""
    grouped: dict[str, list[Row]] = {}
    for path in paths:
        if not path.is_file():
            raise InputError(f"{path}: no such file.")
        suffix = path.suffix.lower()
        if suffix == ".csv":
            found = read_csv(path, table=table)
        elif suffix == ".xlsx":
            found = read_xlsx(path)
        else:
            raise InputError(f"{path}: unsupported file type '{suffix}'. Use .csv or .xlsx.")
        for name, rows in found.items():
            grouped.setdefault(name, []).extend(rows)
    return grouped
