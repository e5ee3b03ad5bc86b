"""Write the static linked-data site into a release: a page per entity with its Turtle and
JSON-LD beside it, an index per class, the home page, and the stylesheet. No JavaScript.

Paths mirror the IRIs below ``https://w3id.org/moroccan-cinema/``: the page of
``…/resource/work/casanegra`` is ``resource/work/casanegra.html`` (with ``.ttl`` and
``.jsonld``), so a web server can answer the IRI itself by content negotiation
(docs/publishing.md).
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
from bisect import bisect_left
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from kg.collector import paused
from kg.cores import lower_priority, worker_count
from kg.namespaces import BASE, MC, PREFIXES
from kg.publish import rdfio
from kg.publish.dumps import Download
from kg.publish.jsonld import jsonld
from kg.publish.metadata import DESCRIPTION, TITLE, ReleaseInfo
from kg.publish.site.fragments import FILTERS
from kg.publish.site.index import SiteIndex, build_index
from kg.publish.site.pages import LANGS, class_index, entity_page
from kg.publish.snapshot import Snapshot
from kg.publish.stats import Stats

#: The classes that get an index page: (local name in mc:, file slug).
INDEXED_CLASSES = (
    ("Film", "films"),
    ("TVSeries", "tv-series"),
    ("WorkSeries", "work-series"),
    ("Person", "people"),
    ("Organization", "organisations"),
    ("Festival", "festivals"),
    ("Market", "markets"),
    ("AwardCeremony", "award-ceremonies"),
    ("Edition", "editions"),
    ("Prize", "prizes"),
    ("Place", "places"),
    ("Source", "sources"),
)

Progress = Callable[[int, int, str], None]


def environment() -> jinja2.Environment:
    """The Jinja2 environment of the site's templates (HTML-escaped by default)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("kg.publish.site", "templates"),
        autoescape=jinja2.select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,  # templates never change during a publish: no stat() per page
    )
    env.filters.update(FILTERS)
    return env


@dataclass
class SiteReport:
    pages: int
    entity_files: int
    indexes: int
    digests: dict[str, str] = field(default_factory=dict)  # path in the release → SHA-256 of every file written


def _up(path: str) -> str:
    depth = path.count("/")
    return "../" * depth


def _human_size(n: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
        n /= 1000
    return f"{n} B"


def _write(root: Path, path: str, data: str | bytes) -> str:
    """Write one file of the site (raw ``os.open``: a release holds hundreds of thousands);
    return the SHA-256 of its bytes, hashed here rather than read back for SHA256SUMS."""
    target = os.path.join(root, path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        view = memoryview(data)
        while view:  # os.write may write less than asked
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)
    return hashlib.sha256(data).hexdigest()


def _write_entity(root: Path, path: str, html: str, turtle: bytes, document: bytes) -> list[tuple[str, str]]:
    """Write an entity's page, Turtle and JSON-LD (one task for a writer thread); return (path, SHA-256) of each."""
    return [(name, _write(root, name, data)) for name, data in ((path + ".html", html), (path + ".ttl", turtle), (path + ".jsonld", document))]


def _subject_lines(lines: list[bytes], subject: str) -> tuple[int, int]:
    """Where the lines of ``subject`` are in sorted N-Triples lines: (start, end).

    The lines of one subject all begin with ``<iri> `` and are contiguous once sorted; none
    holds the byte 0xFF (UTF-8 never does), so they end before ``<iri> \\xff``.
    """
    key = b"<" + subject.encode("utf-8") + b"> "
    start = bisect_left(lines, key)
    return start, bisect_left(lines, key + b"\xff", start)


def entity_lines(index: SiteIndex, iri: str, lines: list[bytes]) -> list[bytes]:
    """The triples of an entity's documents: its own and those of the n-ary nodes it owns, sorted."""
    out: list[bytes] = []
    for subject in sorted([iri, *index.owned.get(iri, ())]):
        start, end = _subject_lines(lines, subject)
        out.extend(lines[start:end])
    return out


def nginx_map(index: SiteIndex) -> str:
    """``nary.map``: each n-ary node's path → its owner's path, for the nginx snippet's redirect."""
    rows = sorted((node[len(BASE):], index.pages[owner]) for node, owner in index.owner.items())
    return "".join(f"{node} {owner};\n" for node, owner in rows)


#: Entities rendered per task; the pages are shared between worker processes in these spans.
CHUNK = 500
#: Threads per worker process that create the files.
WRITERS = 2
#: What the worker processes read (inherited through fork, never pickled).
_STATE: dict = {}


def _render_span(span: tuple[int, int]) -> tuple[int, dict[str, str]]:
    """Write the page, Turtle and JSON-LD of entities[start:end]; return how many, and the
    SHA-256 of every file written (path → digest)."""
    with paused():  # the span's triples and the growing page cache: collections cost 11 s CPU at 1M
        return _render_entities(span)


def _render_entities(span: tuple[int, int]) -> tuple[int, dict[str, str]]:
    st = _STATE
    index, root, union = st["index"], st["root"], st["lines"]
    template = st.get("template")
    if template is None:  # once per process: setdefault would build (and compile) an environment per span
        template = st["template"] = environment().get_template("entity.html")
    cache = st.setdefault("cache", {})
    start, end = span
    entities = st["entities"][start:end]
    # the documents' triples of the whole span parsed at once: a parser per entity costs more than its lines
    per_entity = [entity_lines(index, iri, union) for iri in entities]
    triples = list(rdfio.parse_lines([line for lines in per_entity for line in lines]))
    digests: dict[str, str] = {}
    # creating a file waits on the file system, without the GIL: threads write (and hash) while pages render
    with ThreadPoolExecutor(max_workers=WRITERS) as writers:
        pending = []
        first = 0
        for iri, lines in zip(entities, per_entity):
            own = triples[first:first + len(lines)]
            first += len(lines)
            page = entity_page(index, iri, anchors=st["anchors"], cache=cache)
            up = "../" * page.path.count("/")
            html = template.render(page=page, up=up, name=page.path.rsplit("/", 1)[-1], **st["common"])
            turtle = rdfio.turtle(own, PREFIXES)
            document = jsonld(own, PREFIXES, context=up + st["context_path"])
            pending.append(writers.submit(_write_entity, root, page.path, html, turtle, document))
            if len(pending) > 200:
                for future in pending:
                    digests.update(future.result())
                pending.clear()
        for future in pending:
            digests.update(future.result())
    return end - start, digests


def write_site(
    root: Path,
    snapshot: Snapshot,
    *,
    info: ReleaseInfo,
    stats: Stats,
    downloads: list[Download],
    anchors: dict[str, str],
    context_path: str = "context.jsonld",
    before_home: Callable[[], object] | None = None,
    progress: Progress | None = None,
) -> SiteReport:
    """Write every page of the site below ``root`` (the release folder).

    ``before_home`` is called before the home page, which shows the sizes of the downloads
    (the dumps may still be being written by another process until then).
    """
    env = environment()
    with paused():  # millions of dicts, lists and tuples, none in a cycle: collections would only rescan them
        index = build_index(snapshot)
    cache: dict = {}
    common = {"info": info, "title": TITLE, "langs": LANGS}
    entities = sorted(index.pages)
    _STATE.update(root=root, index=index, anchors=anchors, common=common, lines=snapshot.union,
                  entities=entities, context_path=context_path)
    digests: dict[str, str] = {}
    try:
        spans = [(i, min(i + CHUNK, len(entities))) for i in range(0, len(entities), CHUNK)]
        done = 0
        workers = min(len(spans), worker_count())
        if workers > 1:
            # the index (millions of objects) moves out of the collector's sight before the fork:
            # a worker's collections would otherwise touch every object and copy its memory page
            gc.freeze()
            try:
                with multiprocessing.get_context("fork").Pool(workers, initializer=lower_priority) as pool:
                    for n, written in pool.imap_unordered(_render_span, spans):
                        done += n
                        digests.update(written)
                        if progress:
                            progress(done, len(entities), "pages")
            finally:
                gc.unfreeze()
        else:
            for span in spans:
                n, written = _render_span(span)
                done += n
                digests.update(written)
                if progress:
                    progress(done, len(entities), "pages")
    finally:
        _STATE.clear()
    digests["nary.map"] = _write(root, "nary.map", nginx_map(index))
    index_tpl = env.get_template("class_index.html")
    indexes = []
    for local, slug in INDEXED_CLASSES:
        members = stats.instances.get(MC + local, [])
        if not members:
            continue
        listing = class_index(index, MC + local, slug, members, cache=cache)
        digests[f"classes/{slug}.html"] = _write(root, f"classes/{slug}.html", index_tpl.render(page=listing, up="../", **common))
        indexes.append(listing)
    if before_home is not None:
        before_home()
    sizes = {d.path: (root / d.path).stat().st_size for d in downloads if (root / d.path).exists()}
    counts = [
        (index.label(cls, "en") or cls, index.label(cls, "fr") or cls, n, next((slug for local, slug in INDEXED_CLASSES if MC + local == cls), None))
        for cls, n in stats.per_class.items()
        if cls.startswith(MC)
    ]
    counts.sort(key=lambda row: (row[0].casefold(), row[1]))
    home = env.get_template("home.html").render(
        up="", stats=stats, downloads=downloads, sizes={k: _human_size(v) for k, v in sizes.items()},
        counts=counts, indexes=indexes, description=DESCRIPTION, **common,
    )
    digests["index.html"] = _write(root, "index.html", home)
    graph_tpl = env.get_template("graph.html")
    for kind in ("inferred", "ontology"):
        digests[f"graph/{kind}.html"] = _write(root, f"graph/{kind}.html", graph_tpl.render(kind=kind, up="../", stats=stats, **common))
    digests["site.css"] = _write(root, "site.css", (Path(__file__).parent / "site.css").read_text(encoding="utf-8"))
    return SiteReport(pages=len(entities) + len(indexes) + 3, entity_files=2 * len(entities), indexes=len(indexes), digests=digests)


__all__ = ["write_site", "SiteReport", "INDEXED_CLASSES", "SiteIndex"]
