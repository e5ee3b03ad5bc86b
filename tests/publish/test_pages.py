"""Pages built from a small graph made here: Wikidata links, Arabic set right to left, n-ary owners."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.namespaces import INFERRED_GRAPH, turtle_prologue
from kg.publish.metadata import TITLE, ReleaseInfo
from kg.publish.site.index import build_index
from kg.publish.site.pages import LANGS, entity_page
from kg.publish.site.render import environment
from kg.publish.snapshot import take_snapshot

# Test data only: the Wikidata number is above 10^12, where no real item is.
TRIG = turtle_prologue() + """
GRAPH src:test-source {
    src:test-source a mc:Source ; rdfs:label "Test source"@en .
    work:test-film a mc:Film ;
        rdfs:label "Film d'essai"@fr ;
        mc:originalTitle "فيلم تجريبي"@ar ;
        skos:exactMatch wd:Q1000000000001 ;
        mc:source src:test-source .
    person:test-director a mc:Person ; rdfs:label "Réalisatrice d'essai"@fr .
    credit:test-film-director a mc:Credit ;
        mc:creditedWork work:test-film ;
        mc:creditedPerson person:test-director ;
        mc:role role:director ;
        mc:source src:test-source .
}
GRAPH <%s> {
    credit:test-film-director a mc:NaryNode .
    work:test-film mc:director person:test-director .
}
""" % INFERRED_GRAPH

FILM = "https://w3id.org/moroccan-cinema/resource/work/test-film"
PERSON = "https://w3id.org/moroccan-cinema/resource/person/test-director"
CREDIT = "https://w3id.org/moroccan-cinema/resource/credit/test-film-director"


@pytest.fixture(scope="module")
def index():
    store = ox.Store()
    store.load(TRIG.encode("utf-8"), format=ox.RdfFormat.TRIG)
    return build_index(take_snapshot(store))


def _html(index, iri: str) -> str:
    page = entity_page(index, iri, anchors={})
    up = "../" * page.path.count("/")
    return environment().get_template("entity.html").render(
        page=page, up=up, name=page.path.rsplit("/", 1)[-1], info=ReleaseInfo("1.0.0", "2026-11-21"), title=TITLE, langs=LANGS
    )


def test_wikidata_link_out(index):
    page = entity_page(index, FILM, anchors={})
    assert [w.href for w in page.wikidata] == ["http://www.wikidata.org/entity/Q1000000000001"]
    assert 'href="http://www.wikidata.org/entity/Q1000000000001"' in _html(index, FILM)


def test_arabic_title_is_marked_right_to_left(index):
    html = _html(index, FILM)
    assert '<td class="name" lang="ar" dir="rtl">فيلم تجريبي</td>' in html
    assert '<span class="literal" lang="ar" dir="rtl">فيلم تجريبي</span>' in html
    assert '<td class="name" lang="fr">Film d&#39;essai</td>' in html


def test_credit_is_a_row_of_its_work_and_links_there_from_the_person(index):
    assert index.owner == {CREDIT: FILM}
    assert CREDIT not in index.pages
    film = _html(index, FILM)
    assert 'id="credit-test-film-director"' in film
    person = _html(index, PERSON)
    assert 'href="../../resource/work/test-film.html#credit-test-film-director"' in person
    assert 'href="../../resource/source/test-source.html"' in person  # the credit's source


def test_each_fact_links_its_source_and_inferred_facts_are_counted(index):
    page = entity_page(index, FILM, anchors={})
    for fact in page.facts:
        for _, sources in fact.values:
            assert 'href="../../resource/source/test-source.html"' in sources
    assert page.inferred == 1  # mc:director, derived: in the Turtle, not listed on the page
    assert all(f.prop.note != "mc:director" for f in page.facts)
