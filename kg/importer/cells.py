"""What a cell of the import tables may hold: lists, yes/no, years, whole and decimal numbers.

Each parser returns the value as the data files write it, or raises :class:`RowProblem` with
what to fix; the importer reports it with the row's file and number ("films.csv row 12: …").

>>> split_cell("Nour-Eddine Lakhmari | Anas El Baz")
['Nour-Eddine Lakhmari', 'Anas El Baz']
>>> parse_decimal("5 400 000", "amount"), parse_integer("012", "edition_number")
('5400000', '12')
>>> parse_year("07", "year")
Traceback (most recent call last):
...
kg.importer.cells.RowProblem: year '07' is not a year (YYYY)
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class RowProblem(Exception):
    """A row that cannot be imported; the message says what to fix."""


def split_cell(cell: str) -> list[str]:
    """The values of a cell that holds several, separated by "|" (directors, countries, recipients)."""
    return [part.strip() for part in cell.split("|") if part.strip()] if cell else []


def is_yes(cell: str) -> bool:
    """Whether a yes/no cell says yes, in the ways spreadsheets and French speakers write it."""
    return cell.strip().lower() in ("yes", "y", "true", "1", "oui", "x")


def parse_year(value: str, column: str) -> str:
    """A year of four digits (1800-2099), as written."""
    if not YEAR.match(value):
        raise RowProblem(f"{column} '{value}' is not a year (YYYY)")
    return value


def parse_integer(value: str, column: str) -> str:
    """A whole number, with the spaces of "1 200" (plain, no-break or narrow) taken out and no leading zeros."""
    cleaned = value.replace(" ", "").replace("\u202f", "").replace("\xa0", "")
    if not cleaned.isdigit():
        raise RowProblem(f"{column} '{value}' is not a whole number")
    return str(int(cleaned))


def parse_decimal(value: str, column: str) -> str:
    """A non-negative amount as xsd:decimal writes it: "5 400 000" gives 5400000, "12.50" stays."""
    cleaned = value.replace(" ", "").replace("\u202f", "").replace("\xa0", "")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise RowProblem(f"{column} '{value}' is not a number (write 5400000 or 5400000.50)") from None
    if number < 0:
        raise RowProblem(f"{column} '{value}' is negative")
    return format(number.normalize(), "f") if number == number.to_integral() else str(number)


__all__ = ["DATE", "YEAR", "RowProblem", "is_yes", "parse_decimal", "parse_integer", "parse_year", "split_cell"]
