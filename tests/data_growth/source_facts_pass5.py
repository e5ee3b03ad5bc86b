"""A sample of the facts of each page read in research pass 5 (new Moroccan films).

Same form as tests/data_growth/source_facts.py: each row is (description, source URL, graph
pattern) and the pattern must hold *inside the named graph of that source*, so a passing row
proves the fact and the page it was read on (contrib/research-log.md, « Pass 5 »). The
tables are contrib/tables/*-pass5.csv.
"""

from __future__ import annotations

from tests.data_growth.source_facts import Absence, SourceFact

ADABIA_2021 = "https://maghress.com/aladabia/127170"
MAP_TETOUAN = "https://maghress.com/fr/mapfr/6051"
SCOOP_FNF11 = "https://maghress.com/maghrebscoop/181"
PATCHWORK_FNF11 = "http://patchwork2010.blogspot.com/2009/12/le-11eme-festival-national-du-film-en.html"
ADABIA_FNF10 = "https://maghress.com/aladabia/828"
SOIR_STRASBOURG = "https://maghress.com/fr/lesoir/19570"
DUBAI_FRANCAISE = "http://dubaifilmfest.com/en/films/detail/francaise/2008"
BIFI_NUMBER_ONE = "http://cinema.encyclopedie.films.bifi.fr/index.php?pk=108888"
AFRICINE_NUMBER_ONE = "http://www.africine.org/?menu=art&no=8919"
MESBAHI = "https://franco.wiki/fr/Abdellah_Mesbahi.html"
FNF12 = "https://maghress.com/almaghribia/122925"
CINEMANAGERIA_1982 = "https://web.archive.org/web/20061016105500/http:/cinemanageria.ifrance.com/cine_maroc/films_marocains/82.htm"
AFRICINE_YASMINE = "http://africine.org/?menu=art&no=6702"
FNF16_AR = "https://maghress.com/almaghribia/195210"
FNF16_FR = "https://lereporter.ma/festival-national-du-film-cest-parti-pour-la-16eme-edition"
FNF13_AR = "https://maghress.com/aladabia/8677"
FNF18 = "https://barlamane.fr/festival-national-film-de-tanger-lever-de-rideau-18eme-edition-fnft"
FNF19 = "http://fr.le360.ma/culture/festival-national-du-film-de-tanger-ayouch-pere-et-fils-en-competition-157285"
KILIKIS = "https://africultures.com/films/?no=20478"
MASOOD_LE360 = "https://le360-le-360-francais-prod.web.arc-cdn.net/culture/video-cinema-le-film-marocain-massood-saida-et-saadan-attire-200000-spectateurs-189634"
MASOOD_ALBAYANE = "http://www.albayane.press.ma/?p=75679"
ENFANT_CHEIKH_ECHOS = "https://maghress.com/fr/lesechos/3439"
ENFANT_CHEIKH_IFM = "https://if-maroc.org/kenitra/evenements/hamid-benani/"
BAMOU = "https://alittihad.info/بامو-الفيلم-الوثيقة-والمغامرة-الوث"

FACTS: list[SourceFact] = [
    SourceFact("زنقة كونطاكط (2019) by إسماعيل العراقي, a Moroccan film", ADABIA_2021, """
        work:znqh-kwntkt mc:title "زنقة كونطاكط"@ar ; mc:year "2019"^^xsd:gYear ;
                         mc:countryOfOrigin place:morocco .
        ?c mc:creditedWork work:znqh-kwntkt ; mc:role role:director ; mc:creditedPerson ?d .
        ?d rdfs:label "إسماعيل العراقي"@ar ."""),
    SourceFact("التائهون (2020) is credited to the Said Khallaf already in the graph", ADABIA_2021, """
        ?film mc:title "التائهون"@ar ; mc:year "2020"^^xsd:gYear .
        ?c mc:creditedWork ?film ; mc:role role:director ; mc:creditedPerson person:said-khallaf ."""),
    SourceFact("Destins croisés (2009), Driss Chouika, « film marocain »", MAP_TETOUAN, """
        work:destins-croises mc:year "2009"^^xsd:gYear ; mc:countryOfOrigin place:morocco .
        ?c mc:creditedWork work:destins-croises ; mc:role role:director ; mc:creditedPerson person:driss-chouika ."""),
    SourceFact("Les gars de bled (2010), Mohamed Ismaïl", MAP_TETOUAN, """
        work:awlad-lablad mc:title "Les gars de bled"@fr ; mc:year "2010"^^xsd:gYear .
        ?c mc:creditedWork work:awlad-lablad ; mc:role role:director ; mc:creditedPerson person:mohamed-ismail ."""),
    SourceFact("الدار الكبيرة: Latif Lahlou's feature, produced in 2009", SCOOP_FNF11, """
        work:la-grande-villa mc:title "الدار الكبيرة"@ar ; mc:year "2009"^^xsd:gYear ; mc:form form:feature .
        ?c mc:creditedWork work:la-grande-villa ; mc:role role:director ; mc:creditedPerson person:latif-lahlou ."""),
    SourceFact("Allo 15 (Mohamed Lyounssi) in the 11th FNF feature competition", PATCHWORK_FNF11, """
        work:allo-15 mc:form form:feature ; mc:countryOfOrigin place:morocco .
        ?c mc:creditedWork work:allo-15 ; mc:role role:director ; mc:creditedPerson person:mohamed-lyounssi .
        ?sel mc:selectedWork work:allo-15 ; mc:selectionKind selkind:official-competition ;
             mc:atEdition ?edition .
        ?edition mc:editionNumber 11 ."""),
    SourceFact("La Grande Villa is the Latin title of the same film as الدار الكبيرة", PATCHWORK_FNF11, """
        work:la-grande-villa mc:title "La Grande Villa"@fr ."""),
    SourceFact("رقم واحد (Number One) by زكية طاهري (Zakia Tahiri) in the 2008 FNF feature competition", ADABIA_FNF10, """
        work:number-one mc:title "رقم واحد"@ar ; mc:form form:feature .
        ?c mc:creditedWork work:number-one ; mc:role role:director ; mc:creditedPerson person:zakia-tahiri .
        person:zakia-tahiri rdfs:label "زكية طاهري"@ar .
        ?sel mc:selectedWork work:number-one ; mc:atEdition edition:festival-national-du-film-2008 ."""),
    SourceFact("Terminus des Anges (2009) has three directors", SOIR_STRASBOURG, """
        work:terminus-des-anges mc:year "2009"^^xsd:gYear .
        ?a mc:creditedWork work:terminus-des-anges ; mc:role role:director ; mc:creditedPerson person:hicham-lasri .
        ?b mc:creditedWork work:terminus-des-anges ; mc:role role:director ; mc:creditedPerson person:mohamed-mouftakir .
        ?c mc:creditedWork work:terminus-des-anges ; mc:role role:director ; mc:creditedPerson person:narjiss-nejjar ."""),
    SourceFact("Histoire d'un lutteur Mchaouchi (2009) by Mohamed Ahed Bensouda for Le Soir", SOIR_STRASBOURG, """
        work:histoire-dun-lutteur-mchaouchi mc:year "2009"^^xsd:gYear .
        ?c mc:creditedWork work:histoire-dun-lutteur-mchaouchi ; mc:role role:director ;
           mc:creditedPerson person:mohamed-ahed-bensouda ."""),
    SourceFact("… and by « Ahmed Benssouda » for Patchwork 2010 (disagreement kept)", PATCHWORK_FNF11, """
        ?c mc:creditedWork work:histoire-dun-lutteur-mchaouchi ; mc:role role:director ;
           mc:creditedPerson person:ahmed-benssouda ."""),
    SourceFact("Française (2008, 74 min), France and Morocco, Hafsia Herzi as Sophia", DUBAI_FRANCAISE, """
        work:francaise mc:year "2008"^^xsd:gYear ; mc:runtimeMinutes 74 ;
                       mc:countryOfOrigin place:morocco , place:france .
        ?c mc:creditedWork work:francaise ; mc:role role:actor ; mc:character ?ch .
        ?ch rdfs:label "Sophia"@en ."""),
    SourceFact("Number one (2007 for Ciné-Ressources): Moroccan, 85 min, CCM among the producers", BIFI_NUMBER_ONE, """
        work:number-one mc:year "2007"^^xsd:gYear ; mc:runtimeMinutes 85 ; mc:countryOfOrigin place:morocco .
        ?c mc:creditedWork work:number-one ; mc:role role:production-company ; mc:creditedOrganization org:ccm .
        ?a mc:creditedWork work:number-one ; mc:role role:actor ; mc:creditedPerson person:driss-roukhe ; mc:character ?ch .
        ?ch rdfs:label "Toro"@fr ."""),
    SourceFact("Number One is a 2008 Moroccan feature by Zakia Tahiri for Africiné (disagreement kept)", AFRICINE_NUMBER_ONE, """
        work:number-one mc:year "2008"^^xsd:gYear .
        ?c mc:creditedWork work:number-one ; mc:role role:director ; mc:creditedPerson person:zakia-tahiri ."""),
    SourceFact("Al Qods Bab Al Maghariba: 2010 in Abdellah Mesbahi's filmography", MESBAHI, """
        work:al-qods-bab-al-maghariba mc:year "2010"^^xsd:gYear .
        ?c mc:creditedWork work:al-qods-bab-al-maghariba ; mc:role role:director ; mc:creditedPerson ?d .
        ?d rdfs:label "Abdellah Mesbahi"@fr ."""),
    SourceFact("القدس باب المغاربة: a feature of the 12th FNF competition (Moroccan)", FNF12, """
        work:al-qods-bab-al-maghariba mc:countryOfOrigin place:morocco ; mc:form form:feature ."""),
    SourceFact("Des pas dans le brouillard (1982, 80 min), edited by Abdessalam Agnaw", CINEMANAGERIA_1982, """
        work:des-pas-dans-le-brouillard mc:year "1982"^^xsd:gYear ; mc:runtimeMinutes 80 ; mc:countryOfOrigin place:morocco .
        ?c mc:creditedWork work:des-pas-dans-le-brouillard ; mc:role role:editor ; mc:creditedPerson person:abdessalam-agnaw ."""),
    SourceFact("Yasmine et les hommes: Abdelkader Lagtaa, first shown in 2007", AFRICINE_YASMINE, """
        work:yasmine-et-les-hommes mc:year "2007"^^xsd:gYear ; mc:countryOfOrigin place:morocco .
        ?c mc:creditedWork work:yasmine-et-les-hommes ; mc:role role:director ; mc:creditedPerson person:abdelkader-lagtaa ."""),
    SourceFact("الفروج (2014), عبد الله فركوس, Moroccan feature of the 16th FNF", FNF16_AR, """
        work:le-coq mc:title "الفروج"@ar ; mc:year "2014"^^xsd:gYear ; mc:countryOfOrigin place:morocco .
        ?c mc:creditedWork work:le-coq ; mc:role role:director ; mc:creditedPerson person:abdellah-ferkouss ."""),
    SourceFact("Le Coq is the French title of the same film", FNF16_FR, """
        work:le-coq mc:title "Le Coq"@fr ."""),
    SourceFact("a year for a film already in the graph: الشعيبية produced in 2014", FNF16_AR, """
        ?film mc:title "الشعيبية"@ar ; mc:year "2014"^^xsd:gYear ."""),
    SourceFact("شوف الملك في القمر by نبيل لحلو = Nabil Lahlou (13th FNF)", FNF13_AR, """
        ?film mc:title "شوف الملك في القمر"@ar ; mc:countryOfOrigin place:morocco .
        ?c mc:creditedWork ?film ; mc:role role:director ; mc:creditedPerson person:nabil-lahlou ."""),
    SourceFact("Nouhe ne sait pas nager: Rachid El-Ouali's feature in the 18th FNF competition", FNF18, """
        ?film mc:title "Nouhe ne sait pas nager"@fr ; mc:countryOfOrigin place:morocco ; mc:form form:feature .
        ?c mc:creditedWork ?film ; mc:role role:director ; mc:creditedPerson person:rachid-el-ouali ."""),
    SourceFact("Larmes de sable (Aziz Salmy) in the 19th FNF competition", FNF19, """
        ?film mc:title "Larmes de sable"@fr ; mc:countryOfOrigin place:morocco .
        ?c mc:creditedWork ?film ; mc:role role:director ; mc:creditedPerson person:aziz-salmy ."""),
    SourceFact("Kilikis (2018, 99 min, Maroc) by Azlarabe Alaoui, image Andréa Sinanos", KILIKIS, """
        work:kilikis mc:year "2018"^^xsd:gYear ; mc:runtimeMinutes 99 ; mc:countryOfOrigin place:morocco .
        ?d mc:creditedWork work:kilikis ; mc:role role:director ; mc:creditedPerson person:azlarabe-alaoui .
        ?c mc:creditedWork work:kilikis ; mc:role role:cinematographer ; mc:creditedPerson ?p .
        ?p rdfs:label "Andréa Sinanos"@fr ."""),
    SourceFact("Masood, Saida et Saadan: released 2019, 200 000 admissions", MASOOD_LE360, """
        work:masood-saida-et-saadan mc:year "2019"^^xsd:gYear .
        ?rel mc:admissions 200000 ."""),
    SourceFact("Masood, Saida et Saadan: Aziz Dadas plays Masood", MASOOD_ALBAYANE, """
        ?c mc:creditedWork work:masood-saida-et-saadan ; mc:role role:actor ; mc:creditedPerson person:aziz-dadas ; mc:character ?ch .
        ?ch rdfs:label "Masood"@fr ."""),
    SourceFact("À la recherche du pouvoir perdu: 2017 for Liberté (Sawt Fès says 2015; both kept)",
               "https://www.liberte-algerie.com/culture/le-bourreau-et-sa-victime-274523", """
        work:pouvoir-perdu mc:year "2017"^^xsd:gYear ; mc:runtimeMinutes 90 ."""),
    SourceFact("À la recherche du pouvoir perdu: « réalisé en novembre 2015 », New Generation Pictures",
               "https://www.sawtfes.com/sortie-du-film-a-la-recherche-du-pouvoir-perdu-dans-les-salles-du-cinema-le-17-janvier", """
        work:pouvoir-perdu mc:year "2015"^^xsd:gYear .
        ?c mc:creditedWork work:pouvoir-perdu ; mc:role role:production-company ; mc:creditedOrganization ?o .
        ?o rdfs:label "New Generation Pictures"@fr ."""),
    SourceFact("L'enfant-cheikh, a feature of the Moroccan director Hamid Bennani (no year: 2010 is the shooting)",
               ENFANT_CHEIKH_ECHOS, """
        work:l-enfant-cheikh mc:title "L'enfant-cheikh"@fr ; mc:form form:feature ;
                             mc:countryOfOrigin place:morocco .
        ?c mc:creditedWork work:l-enfant-cheikh ; mc:role role:director ; mc:creditedPerson person:hamid-benani ."""),
    SourceFact("L'Enfant-Cheikh (2016) by Hamid Bénani", ENFANT_CHEIKH_IFM, """
        work:l-enfant-cheikh mc:year "2016"^^xsd:gYear ."""),
    SourceFact("بامو (1983), Driss Mrini's Moroccan long fiction on the resistance", BAMOU, """
        work:bamou mc:title "بامو"@ar ; mc:year "1983"^^xsd:gYear ; mc:form form:feature ;
                   mc:countryOfOrigin place:morocco .
        ?c mc:creditedWork work:bamou ; mc:role role:director ; mc:creditedPerson person:driss-mrini ."""),
]

CURATION_FACTS: list[tuple[str, str]] = [
    ("the two directors of Histoire d'un lutteur mchaouchi are possibly one person",
     "person:ahmed-benssouda mc:possiblySameAs person:mohamed-ahed-bensouda ."),
    ("why La Grande Villa and الدار الكبيرة are one film",
     "work:la-grande-villa skos:editorialNote ?note ."),
]

ABSENT: list[Absence] = [
    Absence("the Mesbahi filmography does not say his films are Moroccan: no country from that page",
            '''?s mc:url ?u . FILTER(STR(?u) = "https://franco.wiki/fr/Abdellah_Mesbahi.html")
               GRAPH ?s { ?film mc:countryOfOrigin ?country }'''),
    Absence("no year for وليدات كازا: the FNF page gives none",
            "?film mc:title \"وليدات كازا\"@ar ; mc:year ?y ."),
    Absence("Les barons is shown in the Moroccan Quinzaine but not said to be Moroccan: not taken",
            "?film mc:title \"Les barons\"@fr ."),
    Absence("Oulad Lablad and Les gars de bled are one film, not two",
            "?a mc:title \"Oulad Lablad\"@fr . ?b mc:title \"Les gars de bled\"@fr . FILTER(?a != ?b)"),
]
