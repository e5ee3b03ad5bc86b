"""A sample of the facts of research pass 4 (countries of films already in the graph).

Same form as tests/data_growth/source_facts.py: each row is (description, source URL, graph
pattern) and the pattern must hold *inside the named graph of that source*, so a passing row
proves the fact and the page it was read on (contrib/research-log.md, « Pass 4 »). The rows
are in contrib/tables/films.csv, identities.csv and notes.csv. ``CURATION_FACTS`` are the
merges this pass decided (src:curation); ``ABSENT`` what the pass refused to claim.
"""

from __future__ import annotations

from tests.data_growth.source_facts import Absence, SourceFact

BAYANE_2011 = "https://maghress.com/bayanealyaoume/25126"
AFLAM_DU_SUD = "http://doczz.fr/doc/651809/aflam-du-sud-festival-du-cinema-arabe-aflam-du-sud-festival"
FREE_MEN = "http://www.facecouncil.org/tournees/fichesfilms/FreeMen.html"
CINEUROPA_VOYAGE = "https://www.cineuropa.org/en/newsdetail/64473/"
SLEEPING_CHILD = "https://en.wikipedia.org/wiki/The_Sleeping_Child"
IFFR_TARFAYA = "https://iffr.com/en/iffr/2005/films/tarfaya"
MIMOSAS = "https://www.petit-bulletin.fr/article-55028-mimosas-le-prix-de-la-semaine-de-la-critique-a-cannes.html"
DAME_DU_CAIRE = "http://imagofilm.com/spip.php?article46"
BERLINALE_DOG = "https://www.berlinale.de/de/archiv/jahresarchive/2016/02_programm_2016/02_Filmdatenblatt_2016_201606979.php"
LUMIERES_FIEVRES = "http://lumieresdafrique.com/les-editions/2014/films-hors-competition/1011-fievres.html"
WIKI_MEMOIRE = "http://fr.wikipedia.com/wiki/M%C3%A9moire_en_d%C3%A9tention"
AFRICULTURES_FORAIN = "https://africultures.com/films/?no=90"

FACTS: list[SourceFact] = [
    SourceFact("حد الدنيا (Hakim Noury, 2011) is one of the features Morocco produced in 2011", BAYANE_2011, """
        work:le-bout-du-monde mc:title "حد الدنيا"@ar ; mc:year "2011"^^xsd:gYear ;
                              mc:countryOfOrigin place:morocco ."""),
    SourceFact("الرجال الأحرار (Les Hommes libres) is a 100% French production", BAYANE_2011, """
        work:les-hommes-libres mc:title "الرجال الأحرار"@ar ; mc:countryOfOrigin place:france ."""),
    SourceFact("Le retour du fils / عودة الابن: Maroc, Ahmed Boulane, 85', 2011, feature", AFLAM_DU_SUD, """
        work:wdh-lbn mc:title "Le retour du fils"@fr ; mc:alternativeTitle "عودة الابن"@ar ;
                     mc:year "2011"^^xsd:gYear ; mc:runtimeMinutes 85 ; mc:form form:feature ;
                     mc:countryOfOrigin place:morocco .
        ?c mc:creditedWork work:wdh-lbn ; mc:role role:director ; mc:creditedPerson person:ahmed-boulane ."""),
    SourceFact("Free Men (Ismaël Ferroukhi): PRODUCTION France, 2011", FREE_MEN, """
        work:les-hommes-libres mc:title "Free Men"@en ; mc:year "2011"^^xsd:gYear ;
                               mc:countryOfOrigin place:france ."""),
    SourceFact("Le Grand voyage, literally The Long Journey (2004)", CINEUROPA_VOYAGE, """
        work:le-grand-voyage-ferroukhi mc:alternativeTitle "The Long Journey"@en ; mc:year "2004"^^xsd:gYear ."""),
    SourceFact("The Sleeping Child (L'Enfant endormi): Belge-Moroccan, 2004, 95 minutes", SLEEPING_CHILD, """
        work:lenfant-endormi mc:alternativeTitle "The Sleeping Child"@en ; mc:runtimeMinutes 95 ;
                             mc:countryOfOrigin place:belgium , place:morocco ."""),
    SourceFact("Tarfaya: countries of production Morocco, France; 2004; 97'", IFFR_TARFAYA, """
        work:tarfaya mc:year "2004"^^xsd:gYear ; mc:runtimeMinutes 97 ;
                     mc:countryOfOrigin place:morocco , place:france ."""),
    SourceFact("Mimosas (Oliver Laxe): Esp/Mar/Fr/Qat, 1h33", MIMOSAS, """
        work:las-mimosas mc:runtimeMinutes 93 ;
                         mc:countryOfOrigin place:spain , place:morocco , place:france , place:qatar ."""),
    SourceFact("La Dame du Caire: an Egyptian production with Moroccan and French companies", DAME_DU_CAIRE, """
        work:la-dame-du-caire mc:countryOfOrigin place:egypt , place:morocco , place:france ."""),
    SourceFact("Starve Your Dog (Hicham Lasri): Marokko 2015, 94'", BERLINALE_DOG, """
        work:starve-your-dog mc:year "2015"^^xsd:gYear ; mc:runtimeMinutes 94 ; mc:countryOfOrigin place:morocco ."""),
    SourceFact("Fièvres: France, 2013, 1 h 30 (Lumières d'Afrique)", LUMIERES_FIEVRES, """
        work:fievres mc:year "2013"^^xsd:gYear ; mc:countryOfOrigin place:france ."""),
    SourceFact("Mémoire en détention: film marocain, 2004, 94 minutes, ذاكرة معتقلة", WIKI_MEMOIRE, """
        work:memoire-en-detention mc:alternativeTitle "ذاكرة معتقلة"@ar ; mc:runtimeMinutes 94 ;
                                  mc:countryOfOrigin place:morocco ."""),
    SourceFact("Adieu Forain: Pays : Maroc, 1998, 92 minutes", AFRICULTURES_FORAIN, """
        work:adieu-forain mc:year "1998"^^xsd:gYear ; mc:runtimeMinutes 92 ; mc:countryOfOrigin place:morocco ."""),
]

CURATION_FACTS: list[tuple[str, str]] = [
    ("حد الدنيا and Le bout du monde are one film (Cinerouge gives both titles)",
     'work:le-bout-du-monde skos:editorialNote ?n . FILTER(CONTAINS(?n, "Cinerouge"))'),
    ("عودة الابن and Le retour du fils are one film (Aflam du Sud)",
     'work:wdh-lbn skos:editorialNote ?n . FILTER(CONTAINS(?n, "Aflam du Sud"))'),
    ("The Sleeping Boy is merged into L'Enfant endormi",
     'work:lenfant-endormi skos:editorialNote ?n . FILTER(CONTAINS(?n, "Sleeping Boy"))'),
    ("La terrasse (1995) is the short Sur la terrasse",
     'work:sur-la-terrasse skos:editorialNote ?n . FILTER(CONTAINS(?n, "Tanger Experience"))'),
    ("The misprint « Ismaël Ferroukni » is a spelling of Ismaël Ferroukhi",
     'person:ismael-ferroukhi skos:editorialNote ?n . FILTER(CONTAINS(?n, "Ferroukni"))'),
]

ABSENT: list[Absence] = [
    Absence("the merged Arabic-titled duplicates are no longer separate works",
            "VALUES ?w { work:hd-ldny work:lrjl-lhrr work:the-long-journey work:the-sleeping-boy work:la-terrasse work:ym-lwhm } ?w ?p ?o ."),
    Absence("Bayane al Yaoume does not make Les Hommes libres Moroccan",
            "GRAPH src:maghress-com-bayanealyaoume-25126 { work:les-hommes-libres mc:countryOfOrigin place:morocco . }"),
    Absence("Lumières d'Afrique gives France only for Fièvres",
            "?s mc:url ?u . FILTER(STR(?u) = \"" + LUMIERES_FIEVRES + "\") GRAPH ?s { work:fievres mc:countryOfOrigin place:morocco . }"),
]
