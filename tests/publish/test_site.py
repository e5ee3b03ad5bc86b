"""The static site: every internal link resolves, no JavaScript, and a film page read in Chromium.

The browser tests drive Debian's chromium (installed by scripts/install-system-deps.sh)
through Playwright, against the release served on 127.0.0.1.
"""

from __future__ import annotations

import html.parser
import shutil
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.namespaces import RESOURCE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("a", "link") and attrs.get("href"):
            self.links.append(attrs["href"])
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "script" and attrs.get("type") != "application/ld+json":
            self.scripts += 1


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _page_of(iri: str) -> str:
    return iri.split("/moroccan-cinema/", 1)[1] + ".html"


def test_every_internal_link_resolves(release_dir):
    pages = sorted(release_dir.rglob("*.html"))
    assert len(pages) > 100
    parsed: dict[Path, _Links] = {}

    def parse(path: Path) -> _Links:
        if path not in parsed:
            parsed[path] = _parse(path)
        return parsed[path]

    broken = []
    for page in pages:
        links = parse(page)
        for href in links.links:
            url = urllib.parse.urlsplit(href)
            if url.scheme or href.startswith("//"):
                continue
            target = (page.parent / urllib.parse.unquote(url.path)).resolve() if url.path else page.resolve()
            if not target.is_file() or release_dir.resolve() not in target.parents:
                broken.append(f"{page.relative_to(release_dir)} -> {href}")
            elif url.fragment and target.suffix == ".html":
                ids = parse(target).ids
                if url.fragment not in ids:
                    broken.append(f"{page.relative_to(release_dir)} -> {href} (no such anchor)")
    assert broken == []


def test_site_pages_need_no_javascript(release_dir):
    site_pages = [p for p in release_dir.rglob("*.html") if "ontology" not in p.relative_to(release_dir).parts]
    assert [p.name for p in site_pages if _parse(p).scripts] == []


def test_every_entity_iri_has_documents_or_an_owner(release_dir, built_store):
    """Each IRI under …/resource/ has its page, Turtle and JSON-LD, or is an n-ary node whose owner has them."""
    owners = dict(line.rstrip(";").split(" ") for line in (release_dir / "nary.map").read_text(encoding="utf-8").splitlines())
    rows = built_store.select(f'SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?s), "{RESOURCE}")) }}')
    assert rows and owners
    missing = []
    for row in rows:
        path = _page_of(row["s"].value)[: -len(".html")]
        stem = owners.get(path, path)
        missing += [stem + ext for ext in (".html", ".ttl", ".jsonld") if not (release_dir / (stem + ext)).is_file()]
    assert missing == []
    credit = next(node for node in owners if node.startswith("resource/credit/"))
    anchor = credit[len("resource/"):].replace("/", "-")
    assert f'id="{anchor}"' in (release_dir / (owners[credit] + ".html")).read_text(encoding="utf-8")


def test_home_page_lists_counts_indexes_and_downloads(release_dir, release):
    _, report = release
    home = (release_dir / "index.html").read_text(encoding="utf-8")
    for download in report.downloads:
        assert f'href="{download["path"]}"' in home
    assert f"{report.triples:,}" in home
    for slug in ("films", "people", "organisations", "festivals", "editions", "prizes"):
        assert f'href="classes/{slug}.html"' in home
        assert (release_dir / "classes" / f"{slug}.html").is_file()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if CHROMIUM is None:
        pytest.skip("chromium missing: run scripts/install-system-deps.sh (make test does)")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def film_with_arabic_title(built_store) -> tuple[str, str]:
    rows = built_store.select(
        'SELECT ?film ?title WHERE { ?film a mc:Film ; mc:originalTitle ?title FILTER(LANG(?title) = "ar") } ORDER BY ?film LIMIT 1'
    )
    assert rows, "the shipped data has a film with an Arabic original title"
    return rows[0]["film"].value, rows[0]["title"].value


def test_film_page_shows_its_arabic_title_right_to_left(browser, site_url, film_with_arabic_title, tmp_path):
    film, title = film_with_arabic_title
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    response = page.goto(site_url + _page_of(film))
    assert response is not None and response.status == 200
    arabic = page.locator('[lang="ar"]', has_text=title)
    assert arabic.count() >= 2  # the names table and the original-title fact (and the inferred mc:title, folded)
    for i in range(arabic.count()):
        element = arabic.nth(i)
        folded = element.evaluate("e => e.closest('details:not([open])') !== null")
        assert element.is_visible() != folded
        assert element.get_attribute("dir") == "rtl"
        assert element.evaluate("e => getComputedStyle(e).direction") == "rtl"
    names_cell = page.locator("table.names td.name[lang=ar]")
    assert names_cell.inner_text().strip() == title
    assert page.locator("html").get_attribute("lang") == "en"
    page.screenshot(path=str(tmp_path / "film.png"), full_page=True)


def test_film_page_links_resolve_inside_the_site(browser, site_url, film_with_arabic_title):
    film, _ = film_with_arabic_title
    page = browser.new_page()
    page.goto(site_url + _page_of(film))
    hrefs = page.eval_on_selector_all("a[href], link[href]", "els => els.map(e => e.href)")
    internal = sorted({h.split("#", 1)[0] for h in hrefs if h.startswith(site_url)})
    assert len(internal) > 10
    for url in internal:
        with urllib.request.urlopen(url, timeout=10) as reply:  # the local test server only
            assert reply.status == 200, url
    sources = page.locator("a.source")
    assert sources.count() > 0
    assert any("/resource/source/" in h for h in page.eval_on_selector_all("a.source", "els => els.map(e => e.href)"))


def test_pages_read_without_javascript(browser, site_url, film_with_arabic_title):
    film, title = film_with_arabic_title
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + _page_of(film))
        assert title in page.locator("body").inner_text()
        assert page.locator("table.facts").first.is_visible()
        page.goto(site_url + "index.html")
        assert page.locator("#downloads").is_visible()
    finally:
        context.close()
