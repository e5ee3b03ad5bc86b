"""``kg query`` (saved queries) and ``kg sparql`` (ad hoc SPARQL)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.options import format_option, lang_option, store_option
from kg.errors import InputError
from kg.query import FORMATS, catalog_result, list_queries, parse_assignments, render, run, sparql


labels_lang = lang_option("Language of the labels beside IRIs (falling back to the others).")


def _listing(output_format: str) -> str:
    """The saved queries, a line each (name, then title), or in ``output_format`` with their
    kind and question too, for scripts."""
    queries = list_queries()
    if output_format == "table":
        width = max((len(q.name) for q in queries), default=0)
        return "".join(f"{q.name.ljust(width)}  {q.title}\n" for q in queries)
    return render(catalog_result(queries), output_format)


@click.command("query")
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="Set a parameter of the query (repeatable); IRIs as prefix:name, <http://…> or a bare slug.")
@click.option("--list", "list_only", is_flag=True,
              help="List the saved queries: name, then title (with --format: also kind, question and parameters).")
@format_option(*FORMATS, default="table")
@labels_lang
@store_option
def query_command(name: str | None, params: tuple[str, ...], list_only: bool, output_format: str, lang: str,
                  store_path: Path | None) -> None:
    """Run a saved query (a name from `kg query --list`, or a .rq file) on the built graph.

    Every IRI column gets a label column beside it, in the --lang language (falling back to
    the other languages, then to the short IRI). Unknown query, unknown or missing
    parameter, malformed SPARQL: a one-line error and exit 2.

    \b
    Example:
        kg query --list
        kg query --list --format json
        kg query trilogy-recurring-actors
        kg query person-filmography --param person=anas-el-baz --lang en
        kg query palmares --param edition=edition:festival-national-du-film-2008 --format csv
        kg query my-question.rq --format md
    """
    if list_only:
        click.echo(_listing(output_format), nl=False)
        return
    if not name:
        raise InputError("no query named. Give a saved query name or a .rq file (see `kg query --list`).")
    result = run(name, params=parse_assignments(params), lang=lang, store_path=store_path)
    click.echo(render(result, output_format), nl=False)
    for hint in result.hints:
        click.echo(f"Note: {hint}", err=True)


@click.command("sparql")
@click.argument("text")
@format_option(*FORMATS, default="table")
@labels_lang
@store_option
def sparql_command(text: str, output_format: str, lang: str, store_path: Path | None) -> None:
    """Run an ad hoc SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the built graph.

    The project prefixes (mc:, work:, person:, role: …) are declared already; the default
    graph is the union of all graphs, which keeps a fact once per source that states it: write
    DISTINCT or COUNT(DISTINCT …). TEXT may be `-` to read the query from standard input.
    CONSTRUCT and DESCRIBE print Turtle (table, md), N-Triples (csv, tsv) or JSON-LD (json).
    A syntax error names the line and column; an update (INSERT, DELETE…) is refused (exit 2).

    \b
    Example:
        kg sparql "SELECT ?film ?year WHERE { ?film a mc:Film ; mc:year ?year } ORDER BY ?year"
        kg sparql "ASK { work:casanegra mc:director person:nour-eddine-lakhmari }"
        kg sparql - --format json < question.rq
    """
    if text == "-":
        text = sys.stdin.read()
    click.echo(render(sparql(text, lang=lang, store_path=store_path), output_format), nl=False)
