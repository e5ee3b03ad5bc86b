"""``kg link`` (with ``review`` and ``evaluate``) and ``kg enrich``: arguments in, library out."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from kg.cli.options import format_option, store_option
from kg.cli.progress import progress_bar
from kg.config import PATHS
from kg.errors import InputError
from kg.link.client import WIKIDATA_ENDPOINT, SparqlClient
from kg.link.local import KINDS
from kg.link.run import DEFAULT_MIN_CONFIDENCE, LinkPaths, LinkReport, today

endpoint_option = click.option(
    "--endpoint", default=WIKIDATA_ENDPOINT, show_default=True, envvar="KG_LINK_ENDPOINT",
    help="SPARQL 1.1 endpoint holding Wikidata-shaped data (Wikidata Query Service, QLever, a local mirror) [env KG_LINK_ENDPOINT].",
)
project_option = click.option(
    "--project-dir", type=click.Path(path_type=Path, file_okay=False), default=None,
    help="Where mappings/ and data/ are read and written [default: this repository].",
)
cache_option = click.option(
    "--cache", "cache_dir", type=click.Path(path_type=Path, file_okay=False), default=None, envvar="KG_LINK_CACHE",
    help="Cache of endpoint answers, one file per query [default: .kg/cache/sparql; env KG_LINK_CACHE].",
)
refresh_option = click.option("--refresh", is_flag=True, help="Ask the endpoint again instead of using cached answers.")
contact_option = click.option(
    "--contact", envvar="KG_LINK_CONTACT", default=None,
    help="Your e-mail or page, added to the User-Agent as Wikimedia's policy asks [env KG_LINK_CONTACT].",
)
timeout_option = click.option("--timeout", type=float, default=120.0, show_default=True, help="Seconds to wait for one answer.")
retries_option = click.option("--retries", type=int, default=5, show_default=True, help="Retries on 429, 5xx and timeouts.")
reviewer_option = click.option(
    "--reviewer", envvar="KG_REVIEWER", default="",
    help="Who decides (an ORCID such as orcid:0000-0002-1825-0097, or a name) [env KG_REVIEWER].",
)


def _client(endpoint: str, cache_dir: Path | None, *, refresh: bool = False, contact: str | None = None,
            timeout: float = 120.0, retries: int = 5) -> SparqlClient:
    cache = cache_dir or PATHS.root / ".kg" / "cache" / "sparql"
    backoff = float(os.environ.get("KG_LINK_BACKOFF", "2"))
    return SparqlClient(endpoint, cache_dir=cache, refresh=refresh, contact=contact, timeout=timeout,
                        max_retries=retries, backoff=backoff)


def _paths(project_dir: Path | None, review: Path | None) -> LinkPaths:
    paths = LinkPaths.under(project_dir or PATHS.root)
    if review is not None:
        paths = LinkPaths(paths.mapping, review, paths.links, paths.links_source)
    return paths


def _kinds(types: str) -> list[str]:
    kinds = [t.strip() for t in types.split(",") if t.strip()]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds:
        raise InputError(f"unknown type(s) {', '.join(unknown) or '(none)'} in --types. Use some of: {','.join(KINDS)}.")
    return kinds


def render_link(report: LinkReport) -> str:
    lines = [
        f"Linked {report.entities} entities against {report.endpoint}",
        f"  auto-accepted        {report.auto_accepted:>5}",
        f"  to review            {report.needs_review:>5}",
        f"  no candidate         {report.unmatched:>5}",
        f"  decisions kept       {report.kept_human:>5}",
        f"  links in all         {len(report.links):>5}",
        f"{report.requests} HTTP requests, {report.cache_hits} answers from the cache, {report.retries} retries, {report.seconds:.1f} s",
    ]
    if report.written:
        lines.append("Wrote " + ", ".join(report.written))
    if report.needs_review:
        lines.append("Next: review the candidates with `kg link review` (or edit the review file).")
    return "\n".join(lines)


@click.group("link", invoke_without_command=True)
@endpoint_option
@click.option("--types", default=",".join(KINDS), show_default=True, help="Kinds of entities to link, comma-separated.")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), default=None, help="Also write the accepted links as Turtle to FILE.")
@click.option("--review", "review_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="The review file [default: mappings/wikidata-review.tsv].")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Auto-accept threshold; below it (or without strong evidence) candidates go to review.")
@click.option("--dry-run", is_flag=True, help="Link and report, but write no file.")
@store_option
@project_option
@cache_option
@refresh_option
@contact_option
@timeout_option
@retries_option
@reviewer_option
@format_option("text", "json", default="text")
@click.pass_context
def link_command(ctx: click.Context, endpoint: str, types: str, out: Path | None, review_path: Path | None,
                 min_confidence: float, dry_run: bool, store_path: Path | None, project_dir: Path | None,
                 cache_dir: Path | None, refresh: bool, contact: str | None, timeout: float, retries: int,
                 reviewer: str, output_format: str) -> None:
    """Link works, people, organisations and festivals to Wikidata.

    Candidates come from batched SPARQL 1.1 queries (works of Moroccan origin, people
    credited on matched works, Moroccan film people, exact labels); each is scored on its
    names (transliteration-aware, Latin and Arabic script) and the graph's evidence (year,
    director, shared credits, occupation). Strong, unambiguous candidates are accepted and
    written to data/links/wikidata.trig; the rest go to the review file. Every candidate is
    recorded in mappings/wikidata.sssom.tsv; a reviewer's decision is never overwritten.
    Answers are cached: a rerun, or a run resumed after an interruption, needs no network
    for what was already asked. Nothing is written unless the whole run succeeds.

    \b
    Example:
        kg link --contact you@example.org
        kg link --types film,person --endpoint https://qlever.cs.uni-freiburg.de/api/wikidata
        kg link review --accept person:anas-el-baz=Q123 --reviewer orcid:0000-0002-1825-0097
    """
    if ctx.invoked_subcommand is not None:
        return
    import kg
    from kg.link.run import link

    store = kg.open_store(store_path)
    client = _client(endpoint, cache_dir, refresh=refresh, contact=contact, timeout=timeout, retries=retries)
    with progress_bar("Linking") as advance:
        report = link(
            store, client=client, kinds=_kinds(types), min_confidence=min_confidence,
            paths=_paths(project_dir, review_path), out=out, write=not dry_run, reviewer=reviewer,
            progress=advance,
        )
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, sort_keys=True))
    else:
        click.echo(render_link(report))


@link_command.command("review")
@click.option("--accept", "accepts", multiple=True, metavar="ID", help="Accept a candidate (id from the review file). Repeatable.")
@click.option("--reject", "rejects", multiple=True, metavar="ID", help="Reject a candidate. Repeatable.")
@click.option("--review", "review_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="The review file [default: mappings/wikidata-review.tsv].")
@project_option
@reviewer_option
@format_option("text", "json", default="text")
def review_command(accepts: tuple[str, ...], rejects: tuple[str, ...], review_path: Path | None,
                   project_dir: Path | None, reviewer: str, output_format: str) -> None:
    """Record review decisions and list the candidates still waiting.

    Decisions come from --accept/--reject and from the decision column of the review file.
    They are written to the mapping file as the reviewer's (semapv:ManualMappingCuration),
    and the links file is rewritten. No later `kg link` run overwrites them.

    \b
    Example:
        kg link review
        kg link review --accept work:casanegra=Q123 --reject person:anas-el-baz=Q456 --reviewer "Amina B."
    """
    from kg.link.review import Decision
    from kg.link.run import record_review

    decisions = [Decision(i, True) for i in accepts] + [Decision(i, False) for i in rejects]
    report = record_review(paths=_paths(project_dir, review_path), decisions=decisions, reviewer=reviewer, date=today())
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, sort_keys=True))
        return
    click.echo(f"Recorded {report.recorded} decision(s); {report.links} links; {len(report.pending)} entities wait for review.")
    for subject, rows in sorted(report.pending.items()):
        click.echo(f"  {subject}  {rows[0].subject_label}")
        for row in sorted(rows, key=lambda r: -float(r.confidence or 0)):
            click.echo(f"    {row.confidence}  {row.subject_id}={row.qid}  {row.object_label}")


@link_command.command("evaluate")
@click.option("--gold", type=click.Path(path_type=Path, dir_okay=False, exists=True), required=True,
              help="TSV gold list: subject_id, object_id (wd:Q… or - for not on Wikidata).")
@endpoint_option
@click.option("--types", default=",".join(KINDS), show_default=True, help="Kinds of entities to link, comma-separated.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_MIN_CONFIDENCE, show_default=True)
@store_option
@cache_option
@refresh_option
@format_option("text", "json", default="text")
def evaluate_command(gold: Path, endpoint: str, types: str, min_confidence: float, store_path: Path | None,
                     cache_dir: Path | None, refresh: bool, output_format: str) -> None:
    """Print the precision and recall of auto-accepted links on a gold list (writes nothing).

    \b
    Example:
        kg link evaluate --gold tests/link/fixture/gold.tsv --endpoint http://127.0.0.1:7878/query
    """
    import kg
    from kg.link.evaluate import evaluate, read_gold
    from kg.link.run import link

    gold_links = read_gold(gold)
    client = _client(endpoint, cache_dir, refresh=refresh)
    with progress_bar("Linking") as advance:
        report = link(kg.open_store(store_path), client=client, kinds=_kinds(types), min_confidence=min_confidence,
                      paths=LinkPaths.under(Path(os.devnull)), write=False, progress=advance)
    result = evaluate(report.auto_links, gold_links)
    if output_format == "json":
        click.echo(json.dumps(result.to_dict() | {"requests": report.requests}, indent=2, sort_keys=True))
        return
    click.echo(f"precision {result.precision:.2f}  ({result.correct} of {result.auto_accepted} auto-accepted links right)")
    click.echo(f"recall    {result.recall:.2f}  ({result.correct} of {result.gold_links} gold links auto-accepted)")
    for subject, linked, expected in result.wrong:
        click.echo(f"  wrong   {subject} -> {linked} (gold: {expected or 'not on Wikidata'})")
    for subject, expected in result.missed:
        click.echo(f"  missed  {subject} -> {expected}")


@click.command("enrich")
@endpoint_option
@project_option
@cache_option
@refresh_option
@contact_option
@format_option("text", "json", default="text")
def enrich_command(endpoint: str, project_dir: Path | None, cache_dir: Path | None, refresh: bool,
                   contact: str | None, output_format: str) -> None:
    """Import Wikidata facts of linked entities into the graph src:wikidata-enrichment.

    Birth date and place, IMDb and other external IDs, and ar/fr/en labels, as Wikidata
    states them (on the Wikidata IRI), with the endpoint and date as provenance. Never merged
    with curated facts: `kg query quality-wikidata-disagreements` lists where they differ.

    \b
    Example:
        kg enrich
        kg build && kg query quality-wikidata-disagreements
    """
    from kg.link.enrich import EnrichPaths, enrich

    root = project_dir or PATHS.root
    report = enrich(client=_client(endpoint, cache_dir, refresh=refresh, contact=contact),
                    mapping=LinkPaths.under(root).mapping, paths=EnrichPaths.under(root), date=today())
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, sort_keys=True))
    else:
        click.echo(f"{report.facts} facts about {report.items} linked items from {report.endpoint} "
                   f"({report.requests} HTTP requests, {report.cache_hits} from the cache)")
        if report.written:
            click.echo("Wrote " + ", ".join(report.written))
