"""Saved queries: ``queries/*.rq`` files whose header comments say what they answer.

A saved query is plain SPARQL that runs as-is in any SPARQL tool; its header, in the style
of the SIB sparql-examples, documents it::

    # title: Recurring actors of the Casablanca trilogy
    # description: Actors credited in two or more films of a work series, with the films.
    # question: Which actors appear in two or more films of Lakhmari's Casablanca trilogy?
    # param: series = work:casablanca-trilogy (the work series whose films are compared)
    # param: min_films = 2 (how many films of the series an actor must appear in)
    # minimum: min_films = 1
    # kind: bound
    # lang: fr

``# minimum: name = N`` makes ``kg query`` refuse an integer parameter below ``N``, where a
smaller value would silently give the same rows (the collaboration network stores only pairs
sharing two works or more).

``# labelled: work role character`` names the columns that hold IRIs: each gets a label column
in every result, so a query prints the same columns whatever its parameters, even with no
rows. A query without the line labels the columns where its rows happen to hold an IRI.

``# graphs: named`` runs the query on the stored named graphs and the real default graph
instead of their union (the default), for checks that must tell the default graph apart.

Every parameter also appears once in the body as a one-value ``VALUES ?name { default }``
block, so the file runs unchanged with its defaults; ``kg query --param`` replaces that
block's value with a validated, escaped RDF term (see :mod:`kg.query.params`).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from kg.config import PATHS
from kg.errors import InputError
from kg.query.result import QueryResult

#: What a query is about, for benchmarks and documentation.
KINDS = ("bound", "whole-graph", "quality", "federated")

_HEADER = re.compile(r"^#\s*([a-z_]+)\s*:\s*(.*?)\s*$")
_MINIMUM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?P<value>[+-]?\d+)$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:=\s*(?P<default>[^\s(]+))?\s*(?:\((?P<doc>.*)\))?\s*$")


def values_block(name: str) -> re.Pattern[str]:
    """The ``VALUES ?name { … }`` block that carries parameter ``name`` in a query body."""
    return re.compile(r"VALUES\s+\?" + re.escape(name) + r"\s*\{[^{}]*\}")


@dataclass(frozen=True)
class Param:
    """A parameter of a saved query: its name, default (as written, or None) and meaning."""

    name: str
    default: str | None
    doc: str = ""
    #: The least value an integer parameter takes (``# minimum: name = N``), or None.
    minimum: int | None = None


@dataclass(frozen=True)
class SavedQuery:
    """A ``.rq`` file and the metadata of its header.

    >>> q = SavedQuery.parse("# title: Films\\n# kind: whole-graph\\nSELECT ?f WHERE { ?f a mc:Film }", name="films")
    >>> q.title, q.kind, q.params
    ('Films', 'whole-graph', ())
    """

    name: str
    text: str
    path: Path | None = None
    title: str = ""
    description: str = ""
    question: str = ""
    kind: str = "bound"
    lang: str = "fr"
    union: bool = True
    params: tuple[Param, ...] = field(default_factory=tuple)
    #: The columns given a label column (``# labelled:``), or None to label the columns that
    #: hold an IRI in the rows.
    labelled: tuple[str, ...] | None = None

    @classmethod
    def parse(cls, text: str, *, name: str, path: Path | None = None) -> SavedQuery:
        """Read the header comments of a query text; raise InputError on a malformed header."""
        meta: dict[str, str] = {}
        params: list[Param] = []
        minimums: dict[str, tuple[int, int]] = {}
        where = str(path or name)
        for number, line in enumerate(text.splitlines(), 1):
            stripped = line.strip()
            if not stripped:
                continue
            if not stripped.startswith("#"):
                break
            match = _HEADER.match(stripped)
            if not match:
                continue
            key, value = match.groups()
            if key == "param":
                param = _PARAM.match(value)
                if not param:
                    raise InputError(
                        f"{where}:{number}: malformed parameter '{value}'. "
                        "Write `# param: name = default (what it means)`."
                    )
                params.append(Param(param["name"], param["default"], (param["doc"] or "").strip()))
            elif key == "minimum":
                minimum = _MINIMUM.match(value)
                if not minimum:
                    raise InputError(f"{where}:{number}: malformed minimum '{value}'. Write `# minimum: name = 2`.")
                minimums[minimum["name"]] = (int(minimum["value"]), number)
            elif key in meta and key in ("description",):
                meta[key] += " " + value
            else:
                meta[key] = value
        kind = meta.get("kind", "bound")
        if kind not in KINDS:
            raise InputError(f"{where}: unknown kind '{kind}'. Use one of: {', '.join(KINDS)}.")
        graphs = meta.get("graphs", "union")
        if graphs not in ("union", "named"):
            raise InputError(f"{where}: unknown graphs '{graphs}'. Use union (the default) or named.")
        params = [replace(p, minimum=minimums.pop(p.name)[0]) if p.name in minimums else p for p in params]
        if minimums:
            unknown, (_, number) = next(iter(minimums.items()))
            raise InputError(f"{where}:{number}: minimum for '{unknown}', which is not a parameter of the query.")
        query = cls(
            name=name,
            text=text,
            path=path,
            title=meta.get("title", name),
            description=meta.get("description", ""),
            question=meta.get("question", ""),
            kind=kind,
            lang=meta.get("lang", "fr"),
            union=graphs == "union",
            params=tuple(params),
            labelled=tuple(meta["labelled"].replace("?", "").split()) if "labelled" in meta else None,
        )
        query.check_params()
        return query

    @classmethod
    def from_file(cls, path: Path) -> SavedQuery:
        """Read a ``.rq`` file; an unreadable file is an InputError."""
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(f"{path}: cannot read the query ({err}). Check the path and that it is UTF-8.") from None
        return cls.parse(text, name=path.stem, path=path)

    def check_params(self) -> None:
        """Every declared parameter must have a ``VALUES ?name { … }`` block (one in each
        subquery that needs it: subqueries do not see the outer query's bindings)."""
        for param in self.params:
            found = len(values_block(param.name).findall(self.text))
            if found == 0:
                raise InputError(
                    f"{self.path or self.name}: parameter '{param.name}' needs a "
                    f"`VALUES ?{param.name} {{ … }}` block in the query body."
                )

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def queries_dir() -> Path:
    return PATHS.queries_dir


def list_queries(directory: Path | None = None) -> list[SavedQuery]:
    """Every saved query, sorted by name."""
    folder = directory or queries_dir()
    return [SavedQuery.from_file(path) for path in sorted(folder.glob("*.rq"))]


def catalog_result(queries: list[SavedQuery]) -> QueryResult:
    """The saved queries as a result (name, title, kind, question, parameters), so that
    ``kg query --list --format json|csv|tsv|md`` prints them like any answer.

    >>> catalog_result(list_queries()).rows[0]["name"]
    'all-prizes'
    """
    columns = ["name", "title", "kind", "question", "parameters"]
    rows = [
        dict(zip(columns, map(ox.Literal, (q.name, q.title, q.kind, q.question, " ".join(p.name for p in q.params)))))
        for q in queries
    ]
    return QueryResult("list", columns, rows, labelled=())


def find_query(name_or_path: str | Path, *, directory: Path | None = None) -> SavedQuery:
    """A saved query by name (``trilogy-recurring-actors``) or a ``.rq`` file path.

    Raises InputError naming the closest saved queries when the name is unknown.
    """
    text = str(name_or_path)
    path = Path(text)
    if text.endswith(".rq") or path.is_file():
        if not path.is_file():
            raise InputError(f"{path}: no such query file. Check the path.")
        return SavedQuery.from_file(path)
    folder = directory or queries_dir()
    candidate = folder / f"{text}.rq"
    if candidate.is_file():
        return SavedQuery.from_file(candidate)
    names = [p.stem for p in sorted(folder.glob("*.rq"))]
    close = difflib.get_close_matches(text, names, n=3, cutoff=0.5)
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise InputError(f"unknown query '{text}'.{hint} Run `kg query --list` to see the saved queries.")
