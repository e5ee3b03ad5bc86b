"""A sample of the facts of each page read in research pass 6 (form of Moroccan films).

Same form as tests/data_growth/source_facts.py: each row is (description, source URL, graph
pattern) and the pattern must hold *inside the named graph of that source*, so a passing row
proves the fact and the page it was read on (contrib/research-log.md, « Pass 6 »). The
tables are contrib/tables/*-pass6.csv: they give a form (feature) to films that had none, from
a page that says « long métrage » / « feature » / « fiction » or states a runtime of 60 min or more.
"""

from __future__ import annotations

import re

from tests.data_growth.source_facts import Absence, SourceFact

ALBAYANE_1968 = "http://albayane.press.ma/vaincre-pour-vivre-de-tazi-et-mesnaoui-1968.html"
CINEMED_CAVALIERS = "http://archive.cinemed.tm.fr/cgi-bin/film/film.cgi?lemenu=7&id=01192&festi=18&uk=&mod=proguk"
CINEMED_PORTE_CLOSE = "http://archive.cinemed.tm.fr/cgi-bin/film/film.cgi?lemenu=7&id=02364&festi=32&uk=&mod=prog"
IFFR_1992 = "https://iffr.com/en/iffr/1992/films/la-plage-des-enfants-perdus"
SPLA_MEMOIRE = "http://www.spla.pro/file.film.memory-in-detention.1014.html"
BENIN_AMOK = "https://www.24haubenin.info/?Amok-le-film-marocain-qui-reunit-les-personnalites-a-l-Institut-Francais"
BIFI_AMOK = "http://cinema.encyclopedie.films.bifi.fr/index.php?pk=59701"
ELJADIDA = "https://eljadida.com/hakim-belabbes-remporte-le-muhr-de-bronze-a-dubai"
CMCA_BENLYAZID = "https://cmca-med.org/film/noces-amazighes-vallee-danergui"
LECINEMATOGRAPHE = "https://www.lecinematographe.com/Le-Gosse-de-Tanger-une-enfance-rebelle-realisateur_a6819.amp.html"
KHALEEJ = "https://khaleejtimes.com/city-times/womens-ruses-impresses?amp=1"
LEMATIN_KANDISHA = "https://lematin.ma/express/2008/Competition-officielle-du-Fifm_Projection-du-film-marocain-Kandisha/102264/amp"
ALM_KABUL = "http://aujourdhui.ma/culture/cinema-road-to-kabul-dans-les-salles-obscures-a-partir-du-25-avril-93065"
HAMBURG_DOGS = "https://www.filmfesthamburg.de/en/film/cest-eux-les-chiens/"
ALYAOUM24_BERLINALE = "https://maghress.com/alyaoum24/1024461"
LESECHOS_DESTINS = "https://maghress.com/fr/lesechos/4240"
MAGHREB_FACE = "http://maghrebdesfilms.fr/face-a-face.html"
IFFR_SOIF = "https://iffr.com/en/iffr/2001/films/soif"
LUSSAS_CASANAYDA = "http://www.lussasdoc.org/film-casanayda_-1,21401.html"
MAP_NUBA = "https://maghress.com/fr/mapfr/10391"
# pass 7 (contrib/tables/films_pass7.csv, research log « Pass 7 »)
BOZAR_ZERO = "https://www.bozar.be/fr/activities/137226-zero---nour-eddine-lakhmari"
IISMM_ZERO = "https://iismm.hypotheses.org/8325"
ECONOMISTE_MABROUK = "https://leconomiste.com/article/le-premier-long-metrage-mabrouk-de-driss-chouika-est-en-salle"
BLADI_ICI = "https://www.bladi.net/ici-et-la-l-immigration-sur-grand-ecran.html"
AFRICULTURES_SOTTO = "http://africultures.com/films/?no=16900"
VDR_MIRACLE = "https://www.visionsdureel.ch/en/film/2023/le-miracle-du-saint-inconnu/"
AFRIKAMERA_OLIVER = "https://www.afrikamera.de/en/oliver-black/"
SPLA_AIDA = "http://rep-dominicana.spla.pro/en/file.film.aida-la-revenante.17677.html"
FILMEXPORT_TOUT_FRAIS = "https://www.filmexport.ma/longs-metrages/223_Tout-frais"
AL3OMK_RIJAL = "https://al3omk.com/98986.html"
LE360_ZAOUA = "https://fr.le360.ma/culture/le-film-ali-zaoua-prince-de-la-rue-en-tournee-au-sein-des-centres-culturels-les-etoiles-du-maroc-270374"

FACTS: list[SourceFact] = [
    SourceFact("Vaincre pour vivre, one of the two longs métrages made for Tanger 1968", ALBAYANE_1968,
               "work:vaincre-pour-vivre mc:form form:feature ."),
    SourceFact("Quand mûrissent les dattes, the other 1968 long métrage", ALBAYANE_1968,
               "work:quand-murissent-les-dattes mc:form form:feature ."),
    SourceFact("Les Cavaliers de la gloire: Cinemed fiction of 2 h (page already cited)", CINEMED_CAVALIERS,
               "work:les-cavaliers-de-la-gloire mc:form form:feature ; mc:runtimeMinutes 120 ."),
    SourceFact("La Porte close in Cinemed's « Longs métrages panorama », 1 h 32", CINEMED_PORTE_CLOSE,
               "work:la-porte-close mc:form form:feature ; mc:runtimeMinutes 92 ."),
    SourceFact("IFFR 1992: La plage des enfants perdus « is a very visual feature film »", IFFR_1992,
               "work:la-plage-des-enfants-perdus mc:form form:feature ."),
    SourceFact("Mémoire en détention: Format Feature, 94 min, 2004 (SPLA)", SPLA_MEMOIRE, """
        work:memoire-en-detention mc:form form:feature ; mc:runtimeMinutes 94 ; mc:year "2004"^^xsd:gYear ;
                                  mc:alternativeTitle "Memory in Detention"@en ."""),
    SourceFact("Amok: « un long-métrage de 120 minutes. Réalisé en 1982 »", BENIN_AMOK,
               'work:amok mc:form form:feature ; mc:runtimeMinutes 120 ; mc:year "1982"^^xsd:gYear .'),
    SourceFact("Amok: BiFi's 103 mn kept beside the 120 minutes of 24 Heures au Bénin", BIFI_AMOK,
               "work:amok mc:runtimeMinutes 103 ; mc:form form:feature ."),
    SourceFact("« le long métrage “Pourquoi, la mer?” »", ELJADIDA,
               "work:pourquoi-la-mer mc:form form:feature ."),
    SourceFact("« premier succès en 2003 avec le long métrage “Les fibres de l’âme” »", ELJADIDA,
               'work:les-fibres-de-lame mc:form form:feature ; mc:year "2003"^^xsd:gYear .'),
    SourceFact("Casablanca, Casablanca (2002) among Farida Benlyazid's longs-métrages", CMCA_BENLYAZID,
               'work:casablanca-casablanca mc:form form:feature ; mc:year "2002"^^xsd:gYear .'),
    SourceFact("Smihi « avant de passer au long : … La Dame du Caire (1991) »", LECINEMATOGRAPHE,
               'work:la-dame-du-caire mc:form form:feature ; mc:year "1991"^^xsd:gYear .'),
    SourceFact("Women's Ruses: « The 90-minute story », Benlyazid's « second feature film »", KHALEEJ,
               'work:ruses-de-femmes mc:form form:feature ; mc:runtimeMinutes 90 ; mc:title "Women\'s Ruses"@en .'),
    SourceFact("Kandisha: « D'une durée de 1h40, le long métrage » (page already cited)", LEMATIN_KANDISHA,
               "work:kandisha mc:form form:feature ; mc:runtimeMinutes 100 ."),
    SourceFact("Road to Kabul, « premier long métrage » of Brahim Chkiri, 112 minutes", ALM_KABUL,
               "work:road-to-kaboul mc:form form:feature ; mc:runtimeMinutes 112 ."),
    SourceFact("C'est Eux Les Chiens: « Fiction Feature », 85 min, Morocco 2013", HAMBURG_DOGS, """
        work:they-are-the-dogs mc:form form:feature ; mc:runtimeMinutes 85 ; mc:year "2013"^^xsd:gYear ;
                               mc:alternativeTitle "They Are the Dogs"@en ."""),
    SourceFact("جاهلية, one of « فيلمين مغربيين طويلين » at the 68th Berlinale", ALYAOUM24_BERLINALE,
               'work:jhlyh mc:form form:feature ; mc:title "جاهلية"@ar .'),
    SourceFact("Destins croisés / Finek alyam, Chouika's third long métrage, produced in 2009", LESECHOS_DESTINS,
               'work:destins-croises mc:form form:feature ; mc:year "2009"^^xsd:gYear ; mc:alternativeTitle "Finek alyam"@fr .'),
    SourceFact("Face à face: « Type : Long métrage », fiction, 2003, 101’", MAGHREB_FACE,
               'work:face-a-face mc:form form:feature ; mc:runtimeMinutes 101 ; mc:year "2003"^^xsd:gYear .'),
    SourceFact("Soif at IFFR 2001: 110', dated 2001 (other pages 2000: both kept)", IFFR_SOIF,
               'work:soif mc:form form:feature ; mc:runtimeMinutes 110 ; mc:year "2001"^^xsd:gYear .'),
    SourceFact("Casanayda !: « This documentary », 2007, 52 min", LUSSAS_CASANAYDA,
               'work:casanayda mc:form form:documentary ; mc:runtimeMinutes 52 ; mc:year "2007"^^xsd:gYear .'),
    SourceFact("Nouba d'or et de lumière: « documentaire-long métrage (80 minutes) »", MAP_NUBA,
               "work:nuba-dor-et-de-lumiere mc:form form:documentary ; mc:runtimeMinutes 80 ."),
    # pass 7
    SourceFact("« \"Zéro\" (2012) est son troisième long métrage »", BOZAR_ZERO,
               'work:zero mc:form form:feature ; mc:year "2012"^^xsd:gYear .'),
    SourceFact("Zéro, « 111mn » (the Paris release year 2013 is not taken)", IISMM_ZERO,
               "work:zero mc:runtimeMinutes 111 . FILTER NOT EXISTS { work:zero mc:year ?y }"),
    SourceFact("« Le premier long métrage Mabrouk de Driss Chouika »", ECONOMISTE_MABROUK,
               "work:mabrouk mc:form form:feature ."),
    SourceFact("Ici et là..., « nouveau long-métrage » of Mohamed Ismaïl, « (100’) »", BLADI_ICI,
               "work:ici-et-la mc:form form:feature ; mc:runtimeMinutes 100 ."),
    SourceFact("Sotto voce: « LONG Métrage | 2013 », 94 minutes", AFRICULTURES_SOTTO,
               'work:sotto-voce mc:form form:feature ; mc:runtimeMinutes 94 ; mc:year "2013"^^xsd:gYear .'),
    SourceFact("Le Miracle du Saint Inconnu: « Morocco | 2019 | 100 min »", VDR_MIRACLE,
               'work:le-miracle-du-saint-inconnu mc:year "2019"^^xsd:gYear ; mc:runtimeMinutes 100 ; mc:countryOfOrigin place:morocco .'),
    SourceFact("Oliver Black: « Morocco | 2020 | 93 min », a feature film debut", AFRIKAMERA_OLIVER,
               'work:oliver-black mc:year "2020"^^xsd:gYear ; mc:runtimeMinutes 93 ; mc:form form:feature .'),
    SourceFact("Aïda la revenante: Year of production 2015, Format Feature, 107 min", SPLA_AIDA,
               'work:aida mc:year "2015"^^xsd:gYear ; mc:runtimeMinutes 107 ; mc:form form:feature .'),
    SourceFact("Tout frais (El Mostafa Fakir): Maroc, sortie 2019, 106 min — a new film", FILMEXPORT_TOUT_FRAIS,
               'work:tout-frais mc:year "2019"^^xsd:gYear ; mc:runtimeMinutes 106 ; mc:form form:feature ; mc:countryOfOrigin place:morocco .'),
    SourceFact("« رجال من طين » (2015) by Mourad Boucif", AL3OMK_RIJAL,
               'work:rjl-mn-tyn mc:year "2015"^^xsd:gYear ; mc:title "رجال من طين"@ar .'),
    SourceFact("Le360 calls « Ali Zaoua, prince de la rue » « Ali Zaoua » (the two entities were merged)", LE360_ZAOUA,
               'work:ali-zaoua-prince-of-the-streets mc:alternativeTitle "Ali Zaoua"@fr ; mc:form form:feature .'),
]

ABSENT: list[Absence] = [
    Absence("Starve Your Dog is not made a documentary: a festival section name (« DOKUMENTATION ») is not a form",
            "work:starve-your-dog mc:form form:documentary ."),
    Absence("Road to Kaboul stays one film (a films.csv row used to join it only through its slug)",
            "work:road-to-kaboul-2 ?p ?o ."),
    Absence("بدون وطن stays one film with Apatride",
            "work:bdwn-wtn-2 ?p ?o ."),
    Absence("Casanayda ! (52 min documentary) is not made a feature",
            "work:casanayda mc:form form:feature ."),
    Absence("Le Fils maudit (50 min) is not made a feature: under 60 minutes and no page says long métrage",
            "work:le-fils-maudit mc:form form:feature ."),
    # pass 7: merged-away films leave no entity behind, and a year the validator refutes is not taken
    Absence("Ali Zaoua (Docslib, Agadirnet) is one film with Ali Zaoua, prince de la rue",
            "work:ali-zaoua ?p ?o ."),
    Absence("Ali, Rabia et les autres is one film with Ali, Rabiaa et les autres...",
            "work:ali-rabia-et-les-autres ?p ?o ."),
    Absence("Mirage (H24info, Ahmed Bouanani, 1979) is one film with Le Mirage / Assarab",
            "work:mirage ?p ?o ."),
    Absence("Les gars de bled / Oulad Lablad is one film with Awlad Lablad",
            "work:les-gars-de-bled ?p ?o ."),
    Absence("Mawassim Al Atach is one film with Les saisons de la soif",
            "work:mawassim-al-atach ?p ?o ."),
    Absence("Une urgence ordinaire is not dated 2020 (its prizes are at the 2019 FNF)",
            'work:une-urgence-ordinaire mc:year "2020"^^xsd:gYear .'),
    Absence("no second film came from the films.csv rows without film_id (pass-7 rows are read after them)",
            "{ work:ali-zaoua-prince-of-the-streets-2 ?p ?o } UNION { work:la-nuit-entrouverte-2 ?p ?o } UNION { work:indigo-ou-lenfant-des-etoiles-2 ?p ?o }"),
]
