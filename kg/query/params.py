"""Turning ``--param key=value`` text into RDF terms, and terms into a query safely.

A value never reaches the SPARQL text as the user typed it: it becomes a pyoxigraph term
first (an IRI is validated, a number parsed), and the term's own N-Triples serialisation —
escaped by pyoxigraph — replaces the value of the parameter's ``VALUES`` block.

The type of a parameter is the type of its default: an IRI (``person:nour-eddine-lakhmari``
or ``<http://…>``), an integer, a decimal, a boolean, a date (``2008-12-24``) or a string.
For an IRI parameter a bare local name is read in the default's namespace, so
``--param person=anas-el-baz`` means ``person:anas-el-baz``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal

import pyoxigraph as ox

from kg.errors import InputError
from kg.namespaces import PREFIXES
from kg.query.catalog import SavedQuery, values_block

XSD = PREFIXES["xsd"]
Term = ox.NamedNode | ox.Literal

_PREFIXED = re.compile(r"^([A-Za-z][\w.-]*)?:(\S*)$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def expand_iri(text: str) -> str | None:
    """The full IRI for ``<iri>``, ``http…`` or a prefixed name of a known prefix, else None.

    >>> expand_iri("person:anas-el-baz")
    'https://w3id.org/moroccan-cinema/resource/person/anas-el-baz'
    """
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    if re.match(r"^https?://", text):
        return text
    match = _PREFIXED.match(text)
    if match and (match.group(1) or "") in PREFIXES:
        return PREFIXES[match.group(1) or ""] + match.group(2)
    return None


def kind_of(default: str | None) -> str:
    """The type a parameter's default is written in: iri, integer, decimal, boolean, date, string."""
    if default is None or default == "UNDEF":
        return "any"
    if expand_iri(default) is not None:
        return "iri"
    if _INTEGER.match(default):
        return "integer"
    if _DECIMAL.match(default):
        return "decimal"
    if default in ("true", "false"):
        return "boolean"
    if _DATE.match(default.strip('"')):
        return "date"
    return "string"


def to_term(value: str, *, kind: str, default: str | None = None, name: str = "value") -> Term:
    """Parse ``value`` as a term of ``kind``; raise InputError saying what was expected."""
    value = value.strip()
    if kind == "any":
        kind = "iri" if expand_iri(value) else "integer" if _INTEGER.match(value) else "string"
    if kind == "iri":
        iri = expand_iri(value)
        if iri is None and ":" not in value and default and expand_iri(default):
            base = expand_iri(default)
            iri = base[: max(base.rfind("/"), base.rfind("#")) + 1] + value
        if iri is None:
            known = ", ".join(sorted(p for p in PREFIXES if p))
            raise InputError(
                f"parameter '{name}': '{value}' is not an IRI. Write <http://…>, http://… or prefix:name "
                f"with a known prefix ({known})."
            )
        try:
            return ox.NamedNode(iri)
        except ValueError as err:
            raise InputError(f"parameter '{name}': '{value}' is not a valid IRI ({err}).") from None
    if kind == "integer":
        if not _INTEGER.match(value):
            raise InputError(f"parameter '{name}': '{value}' is not an integer. Give a whole number, e.g. 2.")
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
    if kind == "decimal":
        if not (_DECIMAL.match(value) or _INTEGER.match(value)):
            raise InputError(f"parameter '{name}': '{value}' is not a number. Give e.g. 1.5.")
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "decimal"))
    if kind == "boolean":
        if value not in ("true", "false"):
            raise InputError(f"parameter '{name}': '{value}' is not a boolean. Give true or false.")
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "boolean"))
    if kind == "date":
        if not _DATE.match(value.strip('"')):
            raise InputError(f"parameter '{name}': '{value}' is not a date. Give YYYY-MM-DD, e.g. 2008-12-24.")
        return ox.Literal(value.strip('"'), datatype=ox.NamedNode(XSD + "date"))
    text = value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value
    return ox.Literal(text)


def as_text(value: object, *, name: str) -> str:
    """A parameter value given from Python (a number, a date, a pyoxigraph term) as the text
    ``--param`` would give.

    >>> as_text(1, name="min_films"), as_text(ox.NamedNode("http://x/a"), name="person")
    ('1', '<http://x/a>')
    """
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, Decimal)):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, ox.NamedNode):
        return f"<{value.value}>"
    if isinstance(value, ox.Literal):
        return value.value
    raise InputError(
        f"parameter '{name}': a {type(value).__name__} is not a value. Give a str, a number, a date or an IRI."
    )


def bind(query: SavedQuery, values: Mapping[str, object]) -> tuple[str, dict[str, Term]]:
    """The query text with every parameter's VALUES block set, and the terms used.

    Unknown parameter names, parameters with neither a value nor a default, empty values and
    integers below a parameter's ``# minimum:`` are InputErrors naming them.
    """
    declared = {p.name for p in query.params}
    unknown = sorted(set(values) - declared)
    if unknown:
        have = ", ".join(sorted(declared)) or "none"
        raise InputError(f"query '{query.name}' has no parameter '{unknown[0]}'. Its parameters: {have}.")
    text = query.text
    terms: dict[str, Term] = {}
    for param in query.params:
        raw = values.get(param.name, param.default)
        if raw is None or raw == "UNDEF":
            raise InputError(
                f"query '{query.name}' needs parameter '{param.name}' ({param.doc or 'no description'}). "
                f"Pass --param {param.name}=VALUE."
            )
        raw = as_text(raw, name=param.name)
        if not raw.strip():
            raise InputError(
                f"parameter '{param.name}' is empty. Give a value, e.g. --param {param.name}={param.default}, "
                "or leave it out to use that default."
            )
        term = to_term(raw, kind=kind_of(param.default), default=param.default, name=param.name)
        if param.minimum is not None and isinstance(term, ox.Literal) and _INTEGER.match(term.value) and int(term.value) < param.minimum:
            raise InputError(
                f"parameter '{param.name}': {term.value} is below its least value, {param.minimum} "
                f"({param.doc or 'see the query header'})."
            )
        terms[param.name] = term
        serialised = str(term)
        # Keep the block's line breaks so that error positions still match the file.
        text = values_block(param.name).sub(
            lambda m, n=param.name, s=serialised: f"VALUES ?{n} {{ {s} }}" + "\n" * m.group(0).count("\n"), text
        )
    return text, terms


def parse_assignments(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``["person=anas-el-baz", "min=2"]`` → a dict; a pair without ``=``, or a name given twice
    (one of the two would be dropped without a word), is an InputError."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise InputError(f"--param '{pair}': expected key=value, e.g. --param person=person:anas-el-baz.")
        if key in out:
            raise InputError(
                f"--param '{key}' is given twice ('{out[key]}' and '{value}'). "
                "Give each parameter once; run the query once per value."
            )
        out[key] = value
    return out
