"""``kg build``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.build import BuildReport, build
from kg.cli.options import format_option, store_option
from kg.cli.progress import progress_bar


def render_report(report: BuildReport) -> str:
    """The human summary of a build."""
    lines = [
        f"Built {report.store} from {report.files} files in {report.seconds:.1f} s",
        f"  ontology triples  {report.ontology_triples:>9,}",
        f"  asserted triples  {report.asserted:>9,}",
        f"  inferred triples  {report.inferred:>9,}",
        "  entities per class:",
    ]
    width = max((len(c) for c in report.entities_per_class), default=0)
    for cls, n in report.entities_per_class.items():
        lines.append(f"    {cls.ljust(width)}  {n:>7,}")
    return "\n".join(lines)


@click.command("build")
@store_option
@click.option(
    "--data",
    "data_paths",
    multiple=True,
    type=click.Path(path_type=Path, exists=True),
    help="Data files or folders to build from [default: data/]. Repeatable.",
)
@format_option("text", "json", default="text")
def build_command(store_path: Path | None, data_paths: tuple[Path, ...], output_format: str) -> None:
    """Parse ontology and data, apply OWL 2 RL inference, write the store atomically.

    A syntax error names the file, line and column (exit 2); an inconsistent graph exits 1.
    Either way the previous store is left as it was.

    \b
    Example:
        kg build
        kg build --store /tmp/kg-store --format json
    """
    with progress_bar("Parsing") as advance:
        report = build(store_path=store_path, data_paths=list(data_paths) or None, progress=advance)
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, sort_keys=True))
    else:
        click.echo(render_report(report))
