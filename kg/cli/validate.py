"""``kg validate``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.options import format_option, lang_option, store_option
from kg.validate import validate
from kg.validate.formats import FORMATS, render


@click.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@format_option(*FORMATS, default="text")
@lang_option("Language of labels and messages.")
@click.option("--strict", is_flag=True, help="Warnings fail too (exit 1).")
def validate_command(paths: tuple[Path, ...], store_path: Path | None, output_format: str, lang: str, strict: bool) -> None:
    """Validate RDF files or folders in the context of the whole graph.

    Reads Turtle, TriG, N-Triples, N-Quads, JSON-LD and RDF/XML; applies the same inference
    as `kg build`; checks the SHACL shapes of shapes/, ill-typed literals, undefined mc:
    terms and unresolved references; reports only what concerns the given files (validating
    data/ itself reports everything). Each result names the file and line where its node is
    defined. Nothing is written.

    Exit 0: no violation (warnings allowed unless --strict); 1: violations; 2: a file cannot
    be read (missing, syntax error, undeclared prefix, not UTF-8, unsupported format, refused
    as hostile or too large).

    \b
    Example:
        kg validate data/
        kg validate contribution.ttl --lang fr
        kg validate data/works/zero.trig --format github --strict
    """
    report = validate(list(paths), store_path=store_path, strict=strict, lang=lang)
    click.echo(render(report, output_format))
    sys.exit(report.exit_code)
