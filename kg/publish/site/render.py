"""Write the static linked-data site into a release: a page per entity with its Turtle and
JSON-LD beside it, an index per class, the home page, and the stylesheet. No JavaScript.

Paths mirror the IRIs below ``https://w3id.org/moroccan-cinema/``: the page of
``…/resource/work/casanegra`` is ``resource/work/casanegra.html`` (with ``.ttl`` and
``.jsonld``), so a web server can answer the IRI itself by content negotiation
(docs/publishing.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jinja2

from kg.namespaces import MC, PREFIXES
from kg.publish import rdfio
from kg.publish.dumps import Download
from kg.publish.jsonld import jsonld
from kg.publish.metadata import DESCRIPTION, TITLE, ReleaseInfo
from kg.publish.site.index import SiteIndex, build_index, page_path
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
    ("Character", "characters"),
    ("Source", "sources"),
)

Progress = Callable[[int, int, str], None]


def environment() -> jinja2.Environment:
    """The Jinja2 environment of the site's templates (HTML-escaped by default)."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("kg.publish.site", "templates"),
        autoescape=jinja2.select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )


@dataclass
class SiteReport:
    pages: int
    entity_files: int
    indexes: int


def _up(path: str) -> str:
    depth = path.count("/")
    return "../" * depth


def _human_size(n: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
        n /= 1000
    return f"{n} B"


def _write(root: Path, path: str, data: str | bytes) -> None:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        target.write_text(data, encoding="utf-8")
    else:
        target.write_bytes(data)


def _subject_chunks(lines: list[bytes]):
    """Group sorted N-Triples lines by subject: yields (subject IRI, lines)."""
    start = 0
    current = None
    for i, line in enumerate(lines):
        subject = line.split(b" ", 1)[0]
        if subject != current:
            if current is not None:
                yield current, lines[start:i]
            current, start = subject, i
    if current is not None:
        yield current, lines[start:]


def write_site(
    root: Path,
    snapshot: Snapshot,
    *,
    info: ReleaseInfo,
    stats: Stats,
    downloads: list[Download],
    anchors: dict[str, str],
    context_path: str = "context.jsonld",
    progress: Progress | None = None,
) -> SiteReport:
    """Write every page of the site below ``root`` (the release folder)."""
    env = environment()
    index = build_index(snapshot)
    common = {"info": info, "title": TITLE, "langs": LANGS}
    entity_tpl = env.get_template("entity.html")
    entities = sorted(iri for iri in index.facts if index.has_page(iri))
    for i, iri in enumerate(entities, 1):
        page = entity_page(index, iri, anchors=anchors)
        up = _up(page.path)
        _write(root, page.path + ".html", entity_tpl.render(page=page, up=up, name=page.path.rsplit("/", 1)[-1], **common))
        if progress and (i % 500 == 0 or i == len(entities)):
            progress(i, len(entities), "pages")
    files = 0
    wanted = set(entities)
    for subject, lines in _subject_chunks(snapshot.union):
        iri = subject[1:-1].decode("utf-8")
        if iri not in wanted:
            continue
        path = page_path(iri)
        _write(root, path + ".ttl", rdfio.turtle(rdfio.parse_lines(lines), PREFIXES))
        _write(root, path + ".jsonld", jsonld(rdfio.parse_lines(lines), PREFIXES, context=_up(path) + context_path))
        files += 2
    index_tpl = env.get_template("class_index.html")
    indexes = []
    for local, slug in INDEXED_CLASSES:
        members = stats.instances.get(MC + local, [])
        if not members:
            continue
        listing = class_index(index, MC + local, slug, members)
        _write(root, f"classes/{slug}.html", index_tpl.render(page=listing, up="../", **common))
        indexes.append(listing)
    sizes = {d.path: (root / d.path).stat().st_size for d in downloads if (root / d.path).exists()}
    counts = [
        (index.label(cls, "en") or cls, index.label(cls, "fr") or cls, n, next((slug for local, slug in INDEXED_CLASSES if MC + local == cls), None))
        for cls, n in stats.per_class.items()
        if cls.startswith(MC)
    ]
    home = env.get_template("home.html").render(
        up="", stats=stats, downloads=downloads, sizes={k: _human_size(v) for k, v in sizes.items()},
        counts=counts, indexes=indexes, description=DESCRIPTION, **common,
    )
    _write(root, "index.html", home)
    graph_tpl = env.get_template("graph.html")
    for kind in ("inferred", "ontology"):
        _write(root, f"graph/{kind}.html", graph_tpl.render(kind=kind, up="../", stats=stats, **common))
    _write(root, "site.css", (Path(__file__).parent / "site.css").read_text(encoding="utf-8"))
    return SiteReport(pages=len(entities) + len(indexes) + 3, entity_files=files, indexes=len(indexes))


__all__ = ["write_site", "SiteReport", "INDEXED_CLASSES", "SiteIndex"]
