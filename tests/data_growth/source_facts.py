"""A sample of the facts taken from each public source, as a table the graph must answer.

Like tests/seed_facts.py for the seeds: each entry is ``(description, url, pattern)``; the
test asks ``pattern`` inside the named graph of the source whose ``mc:url`` is ``url``, so a
passing entry proves the fact *and* that it is recorded under the page it was read on
(contrib/research-log.md says where on the page). ``ABSENT`` lists what the sources do not
say and the graph must not claim (guesses the research refused to make).
"""

from __future__ import annotations

from typing import NamedTuple


class SourceFact(NamedTuple):
    description: str
    url: str
    pattern: str


class Absence(NamedTuple):
    description: str
    body: str


WIKI_FNF = "https://fr.m.wikipedia.org/wiki/Festival_national_du_film_(Maroc)"
OSCAR_EN = "https://en.wikipedia.org/wiki/List%20of%20Moroccan%20submissions%20for%20the%20Academy%20Award%20for%20Best%20International%20Feature%20Film"
OSCAR_IT = "https://it.wikipedia.org/wiki/Film_marocchini_proposti_per_l%27Oscar_al_miglior_film_straniero"
FOM = "https://friendsofmorocco.org/Souk/Film/Filmsto1995.htm"
DOCSLIB = "https://docslib.org/doc/8798991/selected-filmography-of-moroccan-films-1999-2008"
ETOILES = "https://fr.allafrica.com/stories/202211210167.html"
DADOS = "https://fr.le360.ma/culture/dados-en-tete-du-box-office-marocain-avec-87-millions-de-dirhams-de-recettes-en-2023_XYKJSBWQ5JD2DHXTK7NB5YPURQ/"
LIST_2023 = "https://maghress.com/aladabia/137836"
LIST_2024 = "https://cinemassi.com/?p=11374"

FACTS: list[SourceFact] = [
    SourceFact("1st FNF, 1982, Rabat: best screenplay to Nourredine Saïl for Le Grand Voyage", WIKI_FNF, """
        ?edition mc:editionOf event:festival-national-du-film ; mc:editionNumber 1 ; mc:year "1982"^^xsd:gYear ;
                 mc:location ?city .
        ?city rdfs:label "Rabat"@fr .
        ?win a mc:AwardWin ; mc:atEdition ?edition ; mc:prize prize:festival-national-du-film-screenplay ;
             mc:awardedWork work:le-grand-voyage ; mc:recipient ?person .
        ?person rdfs:label "Nourredine Saïl"@fr ."""),
    SourceFact("Assarab is Ahmed Bouanani's film (1st FNF palmarès)", WIKI_FNF, """
        ?c mc:creditedWork work:assarab ; mc:role role:director ; mc:creditedPerson person:ahmed-bouanani ."""),
    SourceFact("Mektoub (Nabil Ayouch) was Morocco's submission to the 71st Academy Awards, not nominated", OSCAR_EN, """
        ?sel a mc:Selection ; mc:selectedWork ?film ; mc:atEdition edition:academy-awards-71 ;
             mc:selectionKind selkind:oscar-submission ; mc:representedCountry place:morocco ;
             skos:note "Result: Not nominated"@en .
        ?film mc:title "Mektoub"@en .
        ?c mc:creditedWork ?film ; mc:role role:director ; mc:creditedPerson person:nabil-ayouch ."""),
    SourceFact("Casanegra's Oscar submission is the seed's 82nd ceremony", OSCAR_EN, """
        ?sel mc:selectedWork work:casanegra ; mc:atEdition edition:academy-awards-82 ."""),
    SourceFact("Le Bleu du caftan was short-listed (Italian list, 2023)", OSCAR_IT, """
        ?sel mc:selectedWork work:le-bleu-du-caftan ; mc:atEdition edition:academy-awards-2023 ;
             skos:note "Result: Short-list"@it ."""),
    SourceFact("Vaincre pour vivre (1968): 105 min, CCM production, edited by Abdessalam Sefrioui", FOM, """
        work:vaincre-pour-vivre mc:year "1968"^^xsd:gYear ; mc:runtimeMinutes 105 .
        ?c1 mc:creditedWork work:vaincre-pour-vivre ; mc:role role:editor ; mc:creditedPerson ?editor .
        ?editor rdfs:label "Abdessalam Sefrioui"@fr .
        ?c2 mc:creditedWork work:vaincre-pour-vivre ; mc:role role:production-company ; mc:creditedOrganization org:ccm ."""),
    SourceFact("Mille Mois (2003) by Faouzi Bensaïdi, English title A Thousand Months", DOCSLIB, """
        work:mille-mois mc:year "2003"^^xsd:gYear ; mc:alternativeTitle "A Thousand Months"@en .
        ?c mc:creditedWork work:mille-mois ; mc:role role:director ; mc:creditedPerson person:faouzi-bensaidi ."""),
    SourceFact("Docslib spells Ayouch « Nabyl »: an alternative label of one person", DOCSLIB, """
        person:nabil-ayouch skos:altLabel "Nabyl Ayouch"@en ."""),
    SourceFact("Marock: Morjana Alaoui plays Rita", "http://africa-archive.com/ma/marock", """
        ?c mc:creditedWork work:marock ; mc:role role:actor ; mc:creditedPerson person:morjana-alaoui ; mc:character ?ch .
        ?ch rdfs:label "Rita"@en ."""),
    SourceFact("Wake Up Morocco: 110 minutes, co-produced by Terre Sud Films", "https://wikimili.com/en/Wake_Up_Morocco", """
        work:wake-up-morocco mc:runtimeMinutes 110 .
        ?c mc:creditedWork work:wake-up-morocco ; mc:role role:production-company ; mc:creditedOrganization ?org .
        ?org rdfs:label "Terre Sud Films"@en ."""),
    SourceFact("Wechma runs 105 minutes for the Berlinale", "https://www.berlinale.de/en/2017/programme/201703124.html", """
        work:wechma mc:runtimeMinutes 105 ."""),
    SourceFact("Wechma runs 87 minutes for The Vintagent (disagreement kept)", "https://thevintagent.com/2024/02/20/the-vintagent-classics-wechma/", """
        work:wechma mc:runtimeMinutes 87 ."""),
    SourceFact("Atlasinfo credits « Wachma » to Ahmed El Maanouni (recorded as printed)", "https://dev.atlasinfo.fr/culture-medias-2/culture-medias/les-films-alyam-alyam-et-wachma-projetes-au-cycle-du-cinema-maghrebin-en-espagne_a14055", """
        ?c mc:creditedWork work:wechma ; mc:role role:director ; mc:creditedPerson person:ahmed-el-maanouni ."""),
    SourceFact("CCM: 4.5 MDH advance to Drizz en Thamezgha (Gumus Production), 3rd session 2015", "https://maghress.com/fr/lesechos/139407", """
        ?f a mc:Funding ; mc:fundedWork work:drizz-en-thamezgha ; mc:funder org:ccm ;
           mc:fundingKind fundkind:avance-sur-recettes ; mc:amount 4500000.0 ; mc:currency "MAD" ;
           mc:year "2015"^^xsd:gYear ."""),
    SourceFact("CCM: 600 000 MAD after-production advance to Bro (Marrakech Tactics), 2024", "https://fr.allafrica.com/stories/202412190445.html", """
        ?f mc:fundedWork work:bro ; mc:amount 600000.0 ; mc:currency "MAD" ; mc:year "2024"^^xsd:gYear ;
           mc:amountKind "advance after production"@en .
        ?c mc:creditedWork work:bro ; mc:role role:production-company ; mc:creditedOrganization ?org .
        ?org rdfs:label "Marrakech Tactics"@fr ."""),
    SourceFact("Dados: 164 934 admissions and 8.7 M MAD in 2023 (CCM)", DADOS, """
        ?r a mc:Release ; mc:releasedWork work:dados ; mc:releaseCountry place:morocco ; mc:year "2023"^^xsd:gYear ;
           mc:admissions 164934 ; mc:amount 8700000.0 ; mc:currency "MAD" ."""),
    SourceFact("Dallas: more than 111 000 admissions in 2016", "http://www.huffpostmaghreb.com/2017/08/29/box-office-film-plus-vu-maroc-depuis-debut-annee_n_17857846.html", """
        ?r mc:releasedWork work:dallas ; mc:year "2016"^^xsd:gYear ; mc:admissions 111000 ."""),
    SourceFact("12th Marrakech festival (2012): Étoile d'or to The Attack (Ziad Doueiri)", ETOILES, """
        ?e mc:editionOf event:festival-international-du-film-de-marrakech ; mc:editionNumber 12 ; mc:year "2012"^^xsd:gYear .
        ?w mc:atEdition ?e ; mc:prize prize:festival-international-du-film-de-marrakech-etoile-d-or ; mc:awardedWork work:the-attack .
        ?c mc:creditedWork work:the-attack ; mc:role role:director ; mc:creditedPerson person:ziad-doueiri ."""),
    SourceFact("2014 Étoile d'or: Clasa de corecție for this page (AllAfrica says Chrieg)", "https://perceptioro.com/%D0%9C%D0%B5%D0%B6%D0%B4%D1%83%D0%BD%D0%B0%D1%80%D0%BE%D0%B4%D0%BD%D1%8B%D0%B9_%D0%BA%D0%B8%D0%BD%D0%BE%D1%84%D0%B5%D1%81%D1%82%D0%B8%D0%B2%D0%B0%D0%BB%D1%8C_%D0%B2_%D0%9C%D0%B0%D1%80%D1%80%D0%B0%D0%BA%D0%B5%D1%88%D0%B5", """
        ?w mc:atEdition edition:festival-international-du-film-de-marrakech-2014 ; mc:awardedWork work:clasa-de-corectie ."""),
    SourceFact("20th Marrakech festival: jury prize shared (ex aequo) by Les Meutes", "https://www.lesiteinfo.com/maroc/602940-fifm-le-palmares-complet-de-la-20eme-edition.html", """
        ?w mc:atEdition edition:festival-international-du-film-de-marrakech-2023 ; mc:awardedWork work:les-meutes ;
           mc:prize prize:festival-international-du-film-de-marrakech-jury-prize ; mc:exAequo true ."""),
    SourceFact("Les Meutes is « كلاب الصيد » (2023) by Kamal Lazraq in the Arabic list", LIST_2023, """
        work:les-meutes mc:title "كلاب الصيد"@ar ; mc:year "2023"^^xsd:gYear .
        ?c mc:creditedWork work:les-meutes ; mc:role role:director ; mc:creditedPerson person:kamal-lazraq .
        person:kamal-lazraq rdfs:label "كمال لزرق"@ar ."""),
    SourceFact("Nour-Eddine Lakhmari's « ميرا » (2024)", LIST_2024, """
        ?film mc:title "ميرا"@ar ; mc:year "2024"^^xsd:gYear .
        ?c mc:creditedWork ?film ; mc:role role:director ; mc:creditedPerson person:nour-eddine-lakhmari ."""),
    SourceFact("2011 features: « موت للبيع » is Mort à vendre", "https://maghress.com/bayanealyaoume/25126", """
        work:mort-a-vendre mc:title "موت للبيع"@ar ; mc:year "2011"^^xsd:gYear ."""),
    SourceFact("19th FNF retrospective: Assarab dated 1980", "https://maghress.com/tanja24/29780", """
        work:assarab mc:year "1980"^^xsd:gYear ."""),
    SourceFact("21st FNF (2020) competition includes L'Automne des pommiers", "https://cine-philia.com/2020/02/17/15-%d9%81%d9%8a%d9%84%d9%85%d8%a7-%d8%b1%d9%88%d8%a7%d8%a6%d9%8a%d8%a7-%d8%b7%d9%88%d9%8a%d9%84%d8%a7-%d9%81%d9%8a-%d8%a7%d9%84%d9%85%d8%b3%d8%a7%d8%a8%d9%82%d8%a9-%d8%a7%d9%84%d8%b1%d8%b3%d9%85%d9%8a", """
        ?sel mc:selectedWork work:lautomne-des-pommiers ; mc:selectionKind selkind:official-competition ;
             mc:atEdition ?e .
        ?e mc:editionNumber 21 ; mc:year "2020"^^xsd:gYear ."""),
    SourceFact("20th FNF (2019): Grand Prix to We Could Be Heroes (Hind Bensari)", "https://telquel.ma/2019/03/11/qui-sont-les-laureats-du-20e-festival-national-du-film-de-tanger_1631036", """
        ?w mc:atEdition edition:festival-national-du-film-2019 ; mc:prize prize:festival-national-du-film-grand-prix ;
           mc:awardedWork work:we-could-be-heroes ; mc:recipient person:hind-bensari ."""),
    SourceFact("3rd FNF, Meknès 1991: critics' award to Le Marteau et l'enclume", "https://africultures.com/films/?no=3846", """
        ?e mc:editionNumber 3 ; mc:year "1991"^^xsd:gYear ; mc:location ?city .
        ?city rdfs:label "Meknès"@fr .
        ?w mc:atEdition ?e ; mc:awardedWork work:le-marteau-et-l-enclume ; mc:prize prize:festival-national-du-film-critics-prize ."""),
    SourceFact("2008 FNF (the seed's 10th edition): Grand Prix to Whatever Lola Wants", "https://naim.over-blog.org/article-26032180.html", """
        ?w mc:atEdition edition:festival-national-du-film-2008 ; mc:prize prize:festival-national-du-film-grand-prix ;
           mc:awardedWork work:whatever-lola-wants ."""),
    SourceFact("Où vas-tu Moshé ?: image by Kamal Derkaoui, distributed by Les films de l'Atalante", "https://asurb.com/asurb3/?page_id=404", """
        ?c1 mc:creditedWork work:ou-vas-tu-moshe ; mc:role role:cinematographer ; mc:creditedPerson person:kamal-derkaoui .
        ?c2 mc:creditedWork work:ou-vas-tu-moshe ; mc:role role:distributor ; mc:creditedOrganization org:les-films-de-l-atalante ."""),
]

CURATION_FACTS: list[tuple[str, str]] = [
    ("Hamid Bennani is only possibly Hamid Benani", "person:hamid-bennani mc:possiblySameAs person:hamid-benani ."),
    ("The Wechma runtime disagreement is explained", 'work:wechma skos:editorialNote ?n . FILTER(CONTAINS(?n, "Runtime"))'),
    ("The 2014 Étoile d'or disagreement is explained", 'work:clasa-de-corectie skos:editorialNote ?n . FILTER(CONTAINS(?n, "Chrieg"))'),
    ("Marock's year disagreement (2004 / 2005) is noted", 'work:marock skos:editorialNote ?n . FILTER(CONTAINS(?n, "2004") && CONTAINS(?n, "2005"))'),
]

ABSENT: list[Absence] = [
    Absence("no year is given to the 24th FNF (its page prints no year)",
            "edition:festival-national-du-film-24 mc:year ?y ."),
    Absence("Bladi gives no year to La Chambre noire (Esbimedia later gives 2004, in its own graph)",
            "GRAPH src:bladi-net-hassan-benjelloun-html { work:la-chambre-noire mc:year ?y . }"),
    Absence("no Wikidata link was written by the research", "?x owl:sameAs ?wd . FILTER(STRSTARTS(STR(?wd), \"http://www.wikidata.org/entity/\"))"),
    Absence("the Étoile d'or list has no 2017 edition", "?e mc:editionOf event:festival-international-du-film-de-marrakech ; mc:year \"2017\"^^xsd:gYear ."),
]
