"""Name keys and the duplicate report: the spellings the sources use meet, distinct people do not."""

from __future__ import annotations

import pytest

from kg.names import name_keys, normalise_name

SAME_SPELLING = [("Nour-Eddine Lakhmari", "Noureddine Lakhmari"), ("Faouzi Bensaïdi", "Faouzi Ben Saïdi"),
                 ("Laïla Marrakchi", "Laila Marrakchi"), ("Hamid Bénani", "Hamid Benani")]
PROBABLY_SAME = [("Kamal Lazraq", "Kamal Lazrak"), ("Nabil Ayouch", "Nabyl Ayouch"), ("Nabil Ayouch", "Nabil Ayouche"),
                 ("Jilali Ferhati", "Jillali Ferhati"), ("Mostafa Derkaoui", "Mostapha Derkaoui"),
                 ("Ahmed El Maanouni", "Ahmed Al-Maanouni")]
DIFFERENT = [("Kamal Kamal", "Kamal Lazraq"), ("Abdelkrim Derkaoui", "Kamal Derkaoui"), ("Hakim Noury", "Hakim Belabbes")]


@pytest.mark.parametrize("a,b", SAME_SPELLING)
def test_same_spelling(a, b):
    assert normalise_name(a) == normalise_name(b)


@pytest.mark.parametrize("a,b", PROBABLY_SAME)
def test_probably_same(a, b):
    assert name_keys(a) & name_keys(b)


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_different(a, b):
    assert not name_keys(a) & name_keys(b)


def test_duplicate_report_finds_spelling_variants(tmp_path):
    import pyoxigraph as ox

    from kg import stats

    trig = """@prefix mc: <https://w3id.org/moroccan-cinema/ontology#> .
@prefix person: <https://w3id.org/moroccan-cinema/resource/person/> .
@prefix src: <https://w3id.org/moroccan-cinema/resource/source/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
GRAPH src:a { person:kamal-lazraq a mc:Person ; rdfs:label "Kamal Lazraq"@fr .
              person:kamal-lazrak a mc:Person ; rdfs:label "Kamal Lazrak"@fr .
              person:kamal-kamal a mc:Person ; rdfs:label "Kamal Kamal"@fr . }
"""
    (tmp_path / "p.trig").write_text(trig, encoding="utf-8")
    store = stats.load([tmp_path])
    groups = stats.duplicates(store)
    assert [sorted(i for i, _ in g.entities) for g in groups] == [["person:kamal-lazrak", "person:kamal-lazraq"]]
