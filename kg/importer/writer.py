"""Facts written as TriG in the house style: one file per entity, one GRAPH block per source.

A file the importer wrote (it starts with :data:`MARKER`) is rewritten whole from the union
of what it held and the new facts, in a stable order, so re-importing gives the same bytes.
A file written by hand is never rewritten: the new facts are appended to it as GRAPH blocks,
using the prefixes it declares.

>>> from kg.importer.facts import iri, text
>>> s, p = iri("work:zero"), iri("rdfs:label")
>>> print(render_file({"src:a": {(s, p, text("Zéro", "fr"))}}, main=s.value), end="")  # doctest: +ELLIPSIS
# Written by `kg import table` ...
...
@prefix work:     <https://w3id.org/moroccan-cinema/resource/work/> .
@prefix src:      <https://w3id.org/moroccan-cinema/resource/source/> .
@prefix rdfs:     <http://www.w3.org/2000/01/rdf-schema#> .
<BLANKLINE>
GRAPH src:a {
<BLANKLINE>
    work:zero rdfs:label "Zéro"@fr .
}
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox

from kg.importer.facts import Triple
from kg.namespaces import PREFIXES, RDF_TYPE

MARKER = "# Written by `kg import table`"
HEADER = (
    MARKER + " from the tables in contrib/tables (docs/import.md): one GRAPH block per source.\n"
    "# Correct a fact in its table and import again; hand edits of this file are kept.\n"
)
XSD = PREFIXES["xsd"]
LOCAL = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")
#: Predicates shown first in a subject's block, in this order; mc:source closes it.
FIRST = [RDF_TYPE, PREFIXES["rdfs"] + "label", PREFIXES["skos"] + "altLabel", PREFIXES["mc"] + "title"]
LAST = PREFIXES["mc"] + "source"


def curie(term: ox.NamedNode, prefixes: dict[str, str]) -> str:
    """``prefix:local`` when a declared prefix fits and the local name is plain, else ``<iri>``."""
    best = ""
    for prefix, ns in prefixes.items():
        if term.value.startswith(ns) and len(ns) > len(prefixes.get(best, "")):
            local = term.value[len(ns):]
            if LOCAL.match(local):
                best = prefix
    return f"{best}:{term.value[len(prefixes[best]):]}" if best else f"<{term.value}>"


def term_text(term: ox.NamedNode | ox.Literal, prefixes: dict[str, str]) -> str:
    if isinstance(term, ox.NamedNode):
        return curie(term, prefixes)
    quoted = str(ox.Literal(term.value))  # N-Triples escaping of the lexical form
    if term.language:
        return f"{quoted}@{term.language}"
    datatype = term.datatype.value
    if datatype == XSD + "string":
        return quoted
    if datatype == XSD + "integer" and re.fullmatch(r"-?\d+", term.value):
        return term.value
    if datatype == XSD + "boolean" and term.value in ("true", "false"):
        return term.value
    return f"{quoted}^^{curie(term.datatype, prefixes)}"


def _predicate_order(p: str) -> tuple[int, str]:
    if p in FIRST:
        return (FIRST.index(p), "")
    return (len(FIRST) + (1 if p == LAST else 0), p)


def render_block(graph: str, triples: Iterable[Triple], prefixes: dict[str, str], *, main: str | None = None) -> str:
    """One ``GRAPH <source> { … }`` block, subjects grouped, the file's entity first."""
    by_subject: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        by_subject[s.value][p.value].append(o)
    subjects = sorted(by_subject, key=lambda s: (s != main, s))
    lines = [f"GRAPH {curie(ox.NamedNode(graph), prefixes)} {{", ""]
    for s in subjects:
        preds = sorted(by_subject[s], key=_predicate_order)
        parts = []
        for p in preds:
            objs = sorted({term_text(o, prefixes) for o in by_subject[s][p]})
            name = "a" if p == RDF_TYPE else curie(ox.NamedNode(p), prefixes)
            parts.append(f"{name} {' , '.join(objs)}")
        subject = curie(ox.NamedNode(s), prefixes)
        if len(parts) == 1:
            lines.append(f"    {subject} {parts[0]} .")
        else:
            lines.append(f"    {subject} {parts[0]} ;")
            lines.extend(f"        {part} ;" for part in parts[1:-1])
            lines.append(f"        {parts[-1]} .")
        lines.append("")
    lines[-1] = "}"
    return "\n".join(lines) + "\n"


def used_prefixes(graphs: dict[str, set[Triple]]) -> dict[str, str]:
    """The project prefixes the triples need, in the project's order."""
    iris: set[str] = set(graphs)
    for triples in graphs.values():
        for s, p, o in triples:
            iris.add(s.value)
            if p.value != RDF_TYPE:
                iris.add(p.value)
            iris.add(o.value if isinstance(o, ox.NamedNode) else o.datatype.value if not o.language else "")
    used = {}
    for prefix, ns in PREFIXES.items():
        if any(i.startswith(ns) and LOCAL.match(i[len(ns):]) for i in iris if i):
            used[prefix] = ns
    return used


def render_file(graphs: dict[str, set[Triple]], *, main: str | None = None) -> str:
    """A whole file: header, the prefixes it uses, one block per source graph (sorted)."""
    full = {PREFIXES[g.split(":")[0]] + g.split(":", 1)[1] if g.split(":")[0] in PREFIXES and "//" not in g else g: t
            for g, t in graphs.items()}
    prefixes = used_prefixes(full)
    width = max(len(p) for p in PREFIXES) + 1  # the column of kg.namespaces.turtle_prologue
    out = [HEADER]
    out += [f"@prefix {(p + ':').ljust(width)} <{ns}> .\n" for p, ns in prefixes.items()]
    for graph in sorted(full, key=lambda g: (g.endswith("/curation"), g)):
        if full[graph]:
            out.append("\n" + render_block(graph, full[graph], prefixes, main=main))
    return "".join(out)


def declared_prefixes(text: str) -> dict[str, str]:
    """The prefixes a Turtle/TriG text declares (``@prefix`` and ``PREFIX`` forms)."""
    found = re.findall(r"(?im)^\s*@?prefix\s+([\w-]*):\s*<([^>]*)>", text)
    return {p: ns for p, ns in found}


def parse_quads(text: str) -> dict[str, set[Triple]]:
    """The quads of a TriG text by graph IRI (default-graph triples under '')."""
    graphs: dict[str, set[Triple]] = defaultdict(set)
    for quad in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TRIG):
        g = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else ""
        graphs[g].add((quad.subject, quad.predicate, quad.object))
    return graphs


APPENDIX_MARKER = "# ---- Added by `kg import table` (docs/import.md): everything below comes from the import tables."


def split_appendix(text: str) -> tuple[str, str]:
    """A hand-written file's own part and the part the importer appended (after the marker)."""
    at = text.find(APPENDIX_MARKER)
    return (text, "") if at < 0 else (text[:at].rstrip("\n") + "\n", text[at:])


def _appendix(own_text: str, graphs: dict[str, set[Triple]], *, main: str | None) -> str:
    prefixes = declared_prefixes(own_text)
    needed = {p: ns for p, ns in used_prefixes(graphs).items() if p not in prefixes}
    directives = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in needed.items())
    prefixes.update(needed)
    blocks = "".join("\n" + render_block(g, t, prefixes, main=main) for g, t in sorted(graphs.items()) if t)
    return f"\n{APPENDIX_MARKER}\n" + ("\n" + directives if directives else "") + blocks


def merge(existing_text: str | None, new: dict[str, set[Triple]], *, main: str | None = None,
          replace: bool = False) -> str | None:
    """The file's new text with ``new`` merged in, or None when nothing changes.

    With ``replace`` the importer's part of the file (the whole file if the importer wrote
    it, the appendix of a hand-written one) becomes exactly ``new``: facts dropped from the
    tables disappear. Without it, facts are only added.
    """
    if existing_text is None:
        return render_file(new, main=main) if any(new.values()) else None
    if existing_text.startswith(MARKER):
        if replace:
            text = render_file(new, main=main) if any(new.values()) else ""
        else:
            union = {g: set(t) for g, t in parse_quads(existing_text).items()}
            for g, t in new.items():
                union.setdefault(g, set()).update(t)
            text = render_file(union, main=main)
        return None if text == existing_text else text
    own, appendix = split_appendix(existing_text)
    own_quads = parse_quads(own)
    wanted = {g: set(t) for g, t in new.items()}
    if not replace and appendix:
        for g, t in parse_quads(own + appendix).items():
            wanted.setdefault(g, set()).update(t)
    missing = {g: t - own_quads.get(g, set()) for g, t in wanted.items()}
    missing = {g: t for g, t in missing.items() if t}
    text = own.rstrip("\n") + "\n" + _appendix(own, missing, main=main) if missing else own
    return None if text == existing_text else text
