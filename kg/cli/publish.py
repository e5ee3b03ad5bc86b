"""``kg publish``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli.options import format_option, store_option
from kg.cli.progress import progress_bar
from kg.publish import PublishReport, publish
from kg.publish.metadata import DEFAULT_BASE_URL


def render_report(report: PublishReport) -> str:
    """The human summary of a release."""
    lines = [
        f"Published release {report.version} ({report.date}) to {report.release} in {report.seconds:.1f} s",
        f"  compared with     {report.previous or '(first release)'}",
        f"  validated         {'yes' if report.validated else 'no validator installed: build consistency only'}"
        + (f" (in {report.validation_seconds:.1f} s, beside the writing)" if report.validated and report.validation_seconds else ""),
        f"  triples           {report.triples:>9,}  (asserted {report.asserted:,}, inferred {report.inferred:,})",
        f"  entities          {report.entities:>9,}",
        f"  pages             {report.pages:>9,}",
        f"  files             {report.files:>9,}  ({report.bytes / 1e6:,.1f} MB)",
        "  downloads:",
    ]
    width = max((len(d["path"]) for d in report.downloads), default=0)
    for d in report.downloads:
        if d["path"].startswith("dumps/") or d["path"].endswith((".rdf", ".html")):
            lines.append(f"    {d['path'].ljust(width)}  {d['bytes']:>12,} B  {d['media_type']}")
    return "\n".join(lines)


@click.command("publish")
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path, file_okay=False), help="Parent folder of releases; the release goes to OUT/<version>.")
@click.option("--version", "version", default=None, metavar="X.Y.Z", help="Release version [default: the ontology's owl:versionInfo].")
@click.option("--date", "date", default=None, metavar="YYYY-MM-DD", help="Release date [default: the latest dct:issued/created/modified date in the data; never the clock].")
@click.option("--base-url", default=DEFAULT_BASE_URL, show_default=True, metavar="URL", help="Where releases are served; download URLs are URL/<version>/<file>.")
@click.option("--sparql-endpoint", default=None, metavar="URL", envvar="KG_SPARQL_ENDPOINT", help="Public SPARQL endpoint to list in the VoID/DCAT description [env KG_SPARQL_ENDPOINT].")
@click.option("--data", "data_paths", multiple=True, type=click.Path(path_type=Path, exists=True), help="Data files or folders [default: data/]. Repeatable.")
@click.option("--validate-first", is_flag=True, help="Finish validating before writing anything (less memory at once; slower on a big graph).")
@store_option
@format_option("text", "json", default="text")
def publish_command(
    out_dir: Path,
    version: str | None,
    date: str | None,
    base_url: str,
    sparql_endpoint: str | None,
    data_paths: tuple[Path, ...],
    validate_first: bool,
    store_path: Path | None,
    output_format: str,
) -> None:
    """Publish a versioned release: dumps, ontology docs, VoID/DCAT, changelog, checksums, site.

    The data is validated in a second process while the release is written (or before, with
    --validate-first); if it does not validate nothing is published (exit 1). The graph is
    built into a temporary store unless --store names a built one. The release is written
    into a hidden folder beside OUT/<version> and renamed at the end, once the data has
    passed, so a failed run leaves nothing behind. The same data and options always give
    the same bytes.

    \b
    Example:
        kg publish --out releases --version 1.0.0 --date 2026-11-21
        kg publish --out releases --version 1.1.0 --store .kg/store --format json
    """
    with progress_bar("Publishing") as advance:
        report = publish(
            out_dir,
            version=version,
            date=date,
            base_url=base_url,
            store_path=store_path,
            data_paths=list(data_paths) or None,
            sparql_endpoint=sparql_endpoint,
            validate_first=validate_first,
            progress=advance,
        )
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, sort_keys=True))
    else:
        click.echo(render_report(report))
