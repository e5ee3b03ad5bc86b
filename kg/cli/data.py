"""``kg import table`` (spreadsheets into data/) and ``kg stats`` (coverage of the graph)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli.options import format_option

DATA_OPTION = click.option(
    "--data", "data_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
    help="The data folder [default: data/ of the repository].",
)


@click.group("import")
def import_group() -> None:
    """Bring facts into data/ from formats other than Turtle.

    \b
    Example:
        kg import table contrib/tables/sources.csv contrib/tables/films.csv
    """


@import_group.command("table")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--table", "table", default=None, help="The table a single CSV file holds, if its name does not say.")
@click.option("--dry-run", is_flag=True, help="Check and report, write nothing.")
@click.option("--replace", is_flag=True,
              help="Regenerate everything earlier imports wrote from these tables alone (facts removed from the "
                   "tables disappear). For the project's maintained tables in contrib/tables.")
@DATA_OPTION
@format_option("text", "json", default="text")
def import_table_command(files: tuple[Path, ...], table: str | None, dry_run: bool, replace: bool,
                         data_dir: Path | None, output_format: str) -> None:
    """Turn rows of the spreadsheet template (CSV or XLSX) into TriG files in data/.

    Tables: sources, identities, events, films, credits, prizes, selections, funding,
    boxoffice (docs/import.md; empty templates in templates/). Every row cites one source
    URL described in sources.csv. Rows are checked, names matched to entities already in
    data/, the files validated in a temporary copy; any bad row or failed validation and
    nothing is written. Exit 2 for bad rows, 1 if the result would not validate.

    \b
    Example:
        kg import table contrib/tables/*.csv
        kg import table --dry-run my-films.xlsx
        kg import table --replace contrib/tables/*.csv
    """
    from kg.importer import BadRowsError, InvalidImportError, import_tables

    try:
        report = import_tables(list(files), data_dir=data_dir, table=table, dry_run=dry_run, replace=replace)
    except (BadRowsError, InvalidImportError) as err:
        for problem in err.problems:
            click.echo(f"  {problem}", err=True)
        raise
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
        return
    rows = ", ".join(f"{n} {t}" for t, n in report.rows.items())
    verb = "would write" if dry_run else "wrote"
    click.echo(f"Read {rows} rows; {report.facts} facts.")
    removed = f", removed {len(report.removed)}" if report.removed else ""
    click.echo(f"{verb.capitalize()} {len(report.created)} new and {len(report.changed)} changed files{removed} "
               f"({report.unchanged} already up to date).")
    for rel in report.created:
        click.echo(f"  + data/{rel}")
    for rel in report.changed:
        click.echo(f"  ~ data/{rel}")
    for rel in report.removed:
        click.echo(f"  - data/{rel}")


@import_group.command("template")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False), default=Path("templates"))
def import_template_command(folder: Path) -> None:
    """Write the empty template: one CSV per table and template.xlsx with a sheet per table.

    \b
    Example:
        kg import template my-contribution/
    """
    from kg.importer import write_templates

    for path in write_templates(folder):
        click.echo(str(path))


@click.command("stats")
@DATA_OPTION
@click.option("--duplicates", "show_duplicates", is_flag=True, help="Also list probable duplicates (names sharing a key).")
@format_option("text", "markdown", "json", default="text")
def stats_command(data_dir: Path | None, show_duplicates: bool, output_format: str) -> None:
    """Coverage of the graph: entities per class, films per decade, share of films with full
    credits, facts per source, and facts without a source (must be 0; exit 1 otherwise).

    Reads data/ with the inference of kg build (no store needed). The same figures come
    from the saved queries coverage-*.rq; docs/coverage.md keeps the latest report.

    \b
    Example:
        kg stats
        kg stats --duplicates --format markdown > figures.md
    """
    from kg import stats
    from kg.errors import KGError

    store = stats.load([data_dir] if data_dir else None)
    report = stats.coverage(store)
    dupes = stats.duplicates(store) if show_duplicates else None
    if output_format == "json":
        out = report.to_dict()
        if dupes is not None:
            out["duplicates"] = [{"kind": g.kind, "key": g.key, "strength": g.strength,
                                  "entities": [list(e) for e in g.entities]} for g in dupes]
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
    elif output_format == "markdown":
        click.echo(stats.markdown(report, dupes=dupes), nl=False)
    else:
        _print_text(report, dupes)
    if report.unsourced_facts or report.unsourced_nodes:
        raise KGError(f"{report.unsourced_facts} facts and {len(report.unsourced_nodes)} nodes have no source. "
                      "Put every fact in its source's GRAPH block (docs/data-model.md).")


def _print_text(report, dupes) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    classes = Table("class", "entities", title="Entities per class")
    for name, n in sorted(report.entities_per_class.items(), key=lambda kv: (-kv[1], kv[0])):
        classes.add_row(name, str(n))
    console.print(classes)
    decades = Table("decade", "films", "with director", title="Films per decade")
    for decade, v in report.films_per_decade.items():
        decades.add_row(decade, str(v["films"]), str(v["with_director"]))
    console.print(decades)
    console.print(f"Films: {report.films}; with year and director: {report.films_with_year_and_director}; "
                  f"full credits: {report.films_with_full_credits} ({report.full_credit_share:.1%}); "
                  f"with characters: {report.films_with_characters}. People: {report.people}.")
    sources = Table("source", "facts", title="Facts per source")
    for s in report.facts_per_source:
        sources.add_row(str(s["url"] or s["source"]), str(s["facts"]))
    console.print(sources)
    console.print(f"Facts in source graphs: {report.facts}; facts without a source: {report.unsourced_facts}; "
                  f"unsourced works/nodes: {len(report.unsourced_nodes)}")
    if dupes is not None:
        console.print(f"Probable duplicates: {len(dupes)}")
        for g in dupes:
            console.print(f"  {g.kind} ({g.strength}): " + "; ".join(f"{i} “{label}”" for i, label in g.entities))
