"""The answer to a query: columns, rows of RDF terms, and a label beside every IRI column."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import pyoxigraph as ox

from kg.errors import KGError
from kg.namespaces import PREFIXES

XSD = PREFIXES["xsd"]
_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                               "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong")}
LABEL_SUFFIX = "Label"


def python_value(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Any:
    """A plain Python value for a term: IRIs as str, numbers as int/Decimal/float, dates as date.

    >>> python_value(ox.Literal("5400000", datatype=ox.NamedNode(XSD + "decimal")))
    Decimal('5400000')
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    datatype = term.datatype.value if term.datatype else ""
    text = term.value
    try:
        if datatype in _INTEGERS:
            return int(text)
        if datatype == XSD + "decimal":
            return Decimal(text)
        if datatype in (XSD + "double", XSD + "float"):
            return float(text)
        if datatype == XSD + "boolean":
            return text in ("true", "1")
        if datatype == XSD + "date":
            return dt.date.fromisoformat(text)
    except (ValueError, InvalidOperation):
        return text
    return text


@dataclass
class QueryResult:
    """What a query answered.

    ``columns`` lists the query's variables, each IRI column followed by its ``<col>Label``
    column; ``terms`` holds the raw pyoxigraph terms of each row; ``labels`` maps every IRI
    of the result to its label in ``lang``. ASK queries set ``boolean``; CONSTRUCT and
    DESCRIBE set ``triples``.
    """

    name: str
    variables: list[str] = field(default_factory=list)
    terms: list[dict[str, Any]] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    lang: str = "fr"
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None
    seconds: float = 0.0
    #: The saved query's ``# labelled:`` columns; None: the columns holding an IRI in the rows.
    labelled: tuple[str, ...] | None = None
    #: Why an empty answer may be empty (kg.query.run.empty_result_hints); kg query prints them
    #: on standard error.
    hints: list[str] = field(default_factory=list)

    @property
    def iri_columns(self) -> list[str]:
        """Variables given a label column: the declared ones, else those holding at least one
        IRI (and never one that has a label column of its own).

        >>> QueryResult("q", ["w", "n"], [], labelled=("w",)).columns
        ['w', 'wLabel', 'n']
        """
        names = set(self.variables)
        if self.labelled is not None:
            return [v for v in self.variables if v in self.labelled and v + LABEL_SUFFIX not in names]
        return [
            v
            for v in self.variables
            if v + LABEL_SUFFIX not in names and any(isinstance(row.get(v), ox.NamedNode) for row in self.terms)
        ]

    @property
    def columns(self) -> list[str]:
        """The variables, each IRI column followed by its label column."""
        return self._columns(self.iri_columns)

    def _columns(self, labelled: list[str]) -> list[str]:
        out: list[str] = []
        for v in self.variables:
            out.append(v)
            if v in labelled:
                out.append(v + LABEL_SUFFIX)
        return out

    def label_of(self, term: Any) -> str | None:
        if isinstance(term, ox.NamedNode):
            return self.labels.get(term.value)
        return None

    def term_rows(self) -> list[dict[str, Any]]:
        """Rows with the raw terms, plus label columns holding plain strings (None if no IRI).

        The columns are worked out once: finding the IRI columns reads every row."""
        labelled = self.iri_columns
        columns = self._columns(labelled)
        out = []
        for row in self.terms:
            full = dict(row)
            for v in labelled:
                full[v + LABEL_SUFFIX] = self.label_of(row.get(v))
            out.append({c: full.get(c) for c in columns})
        return out

    @property
    def rows(self) -> list[dict[str, Any]]:
        """Rows as plain Python values (IRIs as str, numbers as numbers), labels included.

        >>> QueryResult("q", ["n"], [{"n": ox.Literal("2", datatype=ox.NamedNode(XSD + "integer"))}]).rows
        [{'n': 2}]
        """
        return [{c: v if isinstance(v, str) else python_value(v) for c, v in row.items()} for row in self.term_rows()]

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self):
        return iter(self.rows)

    def to_dataframe(self):
        """The rows as a pandas DataFrame (needs the optional extra: ``pip install -e '.[pandas]'``)."""
        try:
            import pandas as pd
        except ImportError:
            raise KGError(
                "pandas is not installed, so results cannot become a DataFrame. "
                "Install it with `pip install -e '.[pandas]'`, or use .rows.",
                exit_code=2,
            ) from None
        return pd.DataFrame(self.rows, columns=self.columns)
