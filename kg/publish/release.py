"""``kg publish``: a versioned release folder, written whole or not at all.

Steps: start validating the data in a child process (kg.publish.gate), build it into a
temporary store (or open ``--store``), snapshot every graph, then write into a hidden folder
beside the target: dumps, ontology and its documentation, shapes and saved queries, the
JSON-LD context, the static site, VoID/DCAT, the changelog against the previous release,
and the SHA-256 of every file; finally wait for the validation and rename the folder to
``DIR/<version>`` only if the data conforms. Whatever fails, nothing is left in ``DIR``.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg.build import build
from kg.config import PATHS
from kg.errors import InputError, KGError
from kg.namespaces import MC, PREFIXES, shorten
from kg.publish import changelog, checksums
from kg.publish.dumps import Download, DumpWriter, dump_names
from kg.publish.gate import PendingValidation
from kg.publish.jsonld import context as jsonld_context
from kg.publish.metadata import DEFAULT_BASE_URL, ReleaseInfo, data_date, ontology_header, parse_date, parse_version
from kg.publish.ontology_docs import write_ontology
from kg.publish.site import write_site
from kg.publish.snapshot import take_snapshot
from kg.publish.stats import count
from kg.publish.void import write_void
from kg.store import GraphStore, open_store

#: Called as work advances: (done, total, what).
Progress = Callable[[int, int, str], None]
STEPS = ("build", "snapshot", "dumps", "ontology", "site", "void", "changelog", "checksums", "validate")
#: "dumps" only starts the process writing them; "site" includes waiting for it; "validate" is
#: the wait for the validation that ran meanwhile (its own duration is ``validation_seconds``).


@dataclass
class PublishReport:
    """What a release holds and where it was written."""

    release: str
    version: str
    date: str
    previous: str | None
    validated: bool
    triples: int
    asserted: int
    inferred: int
    entities: int
    files: int
    bytes: int
    pages: int
    seconds: float
    entities_per_class: dict[str, int] = field(default_factory=dict)
    downloads: list[dict] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    #: How long the validation took in its own process, side by side with the writing.
    validation_seconds: float | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def _copy_tree(source: Path, target: Path, patterns: Iterable[str]) -> list[str]:
    """Copy the files of ``source`` matching ``patterns`` (sorted), return their new relative paths."""
    copied = []
    if not source.is_dir():
        return copied
    for pattern in patterns:
        for path in sorted(source.rglob(pattern)):
            if path.is_file():
                dest = target / path.relative_to(source)
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(path.read_bytes())
                copied.append(dest)
    return copied


def publish(
    out_dir: Path | str,
    *,
    version: str | None = None,
    date: str | None = None,
    base_url: str = DEFAULT_BASE_URL,
    store_path: Path | str | None = None,
    data_paths: Iterable[Path | str] | None = None,
    ontology_dir: Path | None = None,
    shapes_dir: Path | None = None,
    queries_dir: Path | None = None,
    sparql_endpoint: str | None = None,
    validate: bool = True,
    validate_first: bool = False,
    progress: Progress | None = None,
) -> PublishReport:
    """Publish a release of the graph into ``out_dir/<version>``.

    Raises KGError (exit 1) when the data does not validate and InputError (exit 2) for bad
    options or an existing release; in every failure nothing is left in ``out_dir``.
    The data is validated in a child process while the release is written (kg.publish.gate),
    or before anything else with ``validate_first`` (the two graphs are then never in memory
    at once); ``validate=False`` skips it (the command never does: it is for callers that
    have validated the same data already).
    """
    started = time.perf_counter()
    timings: dict[str, float] = {}
    out_dir = Path(out_dir)
    data = [Path(p) for p in data_paths] if data_paths else [PATHS.data_dir]
    ontology_dir = ontology_dir or PATHS.ontology_dir
    if version is not None:
        parse_version(version)
    if date is not None:
        date = parse_date(date)
    if not base_url.startswith(("http://", "https://")):
        raise InputError(f"--base-url {base_url!r} is not an http(s) URL. Pass the URL the release will be served from.")
    if version is not None:
        _refuse_existing(out_dir / version)

    # beside the writing, one pyshacl process: the cores are busy anyway, and a second one costs
    # its fork and copied memory (at 1M synthetic triples about 4 CPU-seconds)
    pending = PendingValidation(data, shacl_workers=None if validate_first else 1) if validate else None
    if pending is not None and validate_first:
        pending.result()

    def step(name: str) -> None:
        timings[name] = round(time.perf_counter() - started - sum(timings.values()), 3)
        if pending is not None and name != "validate":
            pending.raise_if_failed()  # data that does not validate: stop writing early
        if progress:
            progress(STEPS.index(name) + 1, len(STEPS), name)

    try:
        with tempfile.TemporaryDirectory(prefix="kg-publish-") as tmp:
            if store_path is None:
                build(store_path=Path(tmp) / "store", data_paths=data, ontology_dir=ontology_dir)
                store_path = Path(tmp) / "store"
            store = open_store(store_path)
            step("build")
            info = _release_info(store, version=version, date=date, base_url=base_url, sparql_endpoint=sparql_endpoint)
            target = out_dir / info.version
            _refuse_existing(target)
            snapshot = take_snapshot(store.store, path=store.path / "oxigraph" if store.path else None, generation=store.path)
            del store
            step("snapshot")
            created_parent = not out_dir.exists()
            out_dir.mkdir(parents=True, exist_ok=True)
            previous = changelog.find_previous(out_dir, info.version)
            info.previous_version = previous[0] if previous else None
            staging = Path(tempfile.mkdtemp(prefix=f".{info.version}.", suffix=".partial", dir=out_dir))
            try:
                report = _write_release(staging, snapshot, info, previous, ontology_dir, shapes_dir or PATHS.shapes_dir, queries_dir or PATHS.queries_dir, step, progress)
                validated = pending.result() if pending is not None else False
                step("validate")
                os.chmod(staging, 0o755)
                os.rename(staging, target)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                if created_parent:
                    shutil.rmtree(out_dir, ignore_errors=True)
                raise
        report.release = str(target)
        report.validated = validated
        report.validation_seconds = pending.seconds if pending is not None else None
        report.timings = timings
        report.seconds = round(time.perf_counter() - started, 3)
        return report
    except KGError:
        if pending is not None:
            pending.result()  # the data's own problems come first, as when validation ran first
        raise
    finally:
        if pending is not None:
            pending.cancel()  # a no-op once it has answered


def _refuse_existing(target: Path) -> None:
    if target.exists():
        raise InputError(f"{target}: a release {target.name} is already there. Releases never change: pass a new --version.")


def _release_info(store: GraphStore, *, version: str | None, date: str | None, base_url: str, sparql_endpoint: str | None) -> ReleaseInfo:
    licence, creators, ontology_version = ontology_header(store)
    if version is None:
        if ontology_version is None:
            raise InputError("no --version given and the ontology has no owl:versionInfo. Pass --version X.Y.Z.")
        version = ontology_version
        parse_version(version)
    if date is None:
        date = data_date(store)
        if date is None:
            raise InputError("no --date given and the data carries no date (dct:issued, dct:created …). Pass --date YYYY-MM-DD.")
    return ReleaseInfo(version=version, date=date, base_url=base_url, license=licence, creators=creators, sparql_endpoint=sparql_endpoint)


def _write_release(root, snapshot, info: ReleaseInfo, previous, ontology_dir: Path, shapes_dir: Path, queries_dir: Path, step, progress) -> PublishReport:
    context = jsonld_context(PREFIXES)
    (root / "context.jsonld").write_text(json.dumps(context, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    snapshot.union  # merged here once: the forked dump writer inherits it, the stats and the site read it
    dumps = DumpWriter(snapshot, root, name=info.name, prefixes=PREFIXES, context=context).start()
    downloads: list[Download] = list(dumps.downloads)
    downloads.append(Download("context.jsonld", "application/ld+json", "JSON-LD context of the project's prefixes", "Contexte JSON-LD des préfixes du projet", "context"))
    step("dumps")
    try:
        docs = write_ontology(root, ontology_dir=ontology_dir, prefixes=PREFIXES)
        downloads += docs.downloads
        for path in _copy_tree(shapes_dir, root / "shapes", ("*.ttl",)):
            rel = path.relative_to(root).as_posix()
            downloads.append(Download(rel, "text/turtle", f"SHACL shapes {path.name}", f"Formes SHACL {path.name}", "shapes"))
        for path in _copy_tree(queries_dir, root / "queries", ("*.rq",)):
            rel = path.relative_to(root).as_posix()
            downloads.append(Download(rel, "application/sparql-query", f"Saved query {path.stem}", f"Requête enregistrée {path.stem}", "queries"))
        step("ontology")
        stats = count(snapshot)
        site = write_site(root, snapshot, info=info, stats=stats, downloads=downloads, anchors=docs.anchors.get("en", {}), before_home=dumps.wait, progress=progress)
    except BaseException:
        dumps.stop()
        raise
    dumps.wait()
    step("site")
    write_void(root / "void.ttl", info, stats, downloads, root)
    step("void")
    previous_lines = (previous[0], changelog.read_previous_lines(previous[1])) if previous else None
    changes = changelog.compare(info.version, snapshot.union, previous_lines, new_classes=changelog.classes_from_instances(stats.instances))
    changelog.write_changelog(root, changes, date=info.date)
    manifest = {
        "version": info.version,
        "date": info.date,
        "name": info.name,
        "dataset": info.dataset_iri,
        "previous": info.previous_version,
        "dumps": dump_names(info.name),
        "triples": stats.triples,
    }
    (root / changelog.MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    step("changelog")
    sums = checksums.write_sums(root, known=site.digests)
    step("checksums")
    total = sum((root / path).stat().st_size for path in sums)
    return PublishReport(
        release=str(root),
        version=info.version,
        date=info.date,
        previous=info.previous_version,
        validated=False,
        triples=stats.triples,
        asserted=stats.asserted,
        inferred=stats.inferred,
        entities=stats.entities,
        files=len(sums) + 1,
        bytes=total,
        pages=site.pages,
        seconds=0.0,
        entities_per_class={shorten(c): n for c, n in stats.per_class.items() if c.startswith(MC)},
        downloads=[{"path": d.path, "media_type": d.media_type, "bytes": (root / d.path).stat().st_size} for d in downloads],
    )
