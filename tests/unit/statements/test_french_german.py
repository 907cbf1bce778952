"""Statements in French and German: inverted attributions, "selon"/"laut", German reported speech in Konjunktiv I."""

from __future__ import annotations

import pytest

from streams.analytics.normalize import normalize_text
from streams.analytics.officials import Watchlist
from tests.unit.statements.helpers import extract


@pytest.mark.parametrize(
    "text, expected",
    [
        ("« Nous ne négocierons jamais avec un régime terroriste », a déclaré Maria Zakharova lors d'un point de "
         "presse.",
         [("maria-zakharova", "quote", "Nous ne négocierons jamais avec un régime terroriste")]),
        ("Macron a déclaré que la France livrerait env. 3 000 obus par mois à l'Ukraine dès le printemps.",
         [("emmanuel-macron", "reported",
           "la France livrerait env. 3 000 obus par mois à l'Ukraine dès le printemps.")]),
        # a question after its quote ("a demandé" only so: "Macron a demandé un cessez-le-feu" is a request)
        ("« Qui peut encore croire aux promesses de Moscou ? », a demandé Dmytro Kuleba devant la presse.",
         [("dmytro-kuleba", "quote", "Qui peut encore croire aux promesses de Moscou ?")]),
        # ... and not whom it was asked of
        ("« Quand la guerre va-t-elle finir ? », a demandé un journaliste à Zelensky.", []),
        # a word that is an abbreviation only as written, or before a figure, ends its sentence
        ("Macron a déclaré que les troupes étaient tout près. Poutine a affirmé que l'Occident mentait depuis des "
         "années.",
         [("emmanuel-macron", "reported", "les troupes étaient tout près."),
          ("vladimir-putin", "reported", "l'Occident mentait depuis des années.")]),
        # "comme l'a déclaré X" opening the sentence: X speaks the main clause
        ("Comme l'a déclaré Dmitri Peskov lundi, Moscou estime que la présence des Européens n'est pas une priorité.",
         [("dmitry-peskov", "reported", "Moscou estime que la présence des Européens n'est pas une priorité.")]),
        ("Comme l'avait souligné Macron, la France ne lancera jamais d'offensive contre la Russie dans ce conflit.",
         [("emmanuel-macron", "reported",
           "la France ne lancera jamais d'offensive contre la Russie dans ce conflit.")]),
        ("Emmanuel Macron a déclaré jeudi que la France continuerait à soutenir l'Ukraine aussi longtemps que "
         "nécessaire.",
         [("emmanuel-macron", "reported",
           "la France continuerait à soutenir l'Ukraine aussi longtemps que nécessaire.")]),
        # inverted pronoun: "a-t-il affirmé", "dit-elle"
        ("Emmanuel Macron a rencontré les chefs de la majorité. « La France ne reculera pas devant la menace », "
         "a-t-il affirmé.",
         [("emmanuel-macron", "quote", "La France ne reculera pas devant la menace")]),
        ("Maria Zakharova a répondu aux journalistes. « Kiev prépare une nouvelle provocation », dit-elle.",
         [("maria-zakharova", "quote", "Kiev prépare une nouvelle provocation")]),
        ("Selon Sergueï Lavrov, les Occidentaux cherchent à prolonger le conflit en Ukraine.",
         [("sergey-lavrov", "reported", "les Occidentaux cherchent à prolonger le conflit en Ukraine.")]),
        ("Vladimir Poutine a averti que la Russie répondrait à toute attaque contre son territoire.",
         [("vladimir-putin", "reported", "la Russie répondrait à toute attaque contre son territoire.")]),
        ("Maria Zakharova a déclaré : « Les provocations de Kiev ne resteront pas sans réponse. »",
         [("maria-zakharova", "quote", "Les provocations de Kiev ne resteront pas sans réponse.")]),
        ("« L'Europe doit se réveiller face à cette menace », estime Emmanuel Macron dans un entretien.",
         [("emmanuel-macron", "quote", "L'Europe doit se réveiller face à cette menace")]),
        # clause first, the dateline left out; a role noun with the name in apposition
        ("MOSCOU, 22 août (AFP) - La Russie n'entamera pas de négociations avec l'Ukraine, a déclaré jeudi la "
         "porte-parole de la diplomatie russe, Maria Zakharova.",
         [("maria-zakharova", "reported", "La Russie n'entamera pas de négociations avec l'Ukraine")]),
        ("« Nous avons besoin de davantage de défense aérienne », a souligné le président ukrainien Volodymyr "
         "Zelensky.",
         [("volodymyr-zelensky", "quote", "Nous avons besoin de davantage de défense aérienne")]),
        # not statements: meetings, someone else's words about an official, negated and passive verbs
        ("Emmanuel Macron a rencontré Olaf Scholz à Berlin pour discuter de l'aide à l'Ukraine.", []),
        ("Le Kremlin a accusé Emmanuel Macron de vouloir provoquer une escalade du conflit.", []),
        ("Emmanuel Macron n'a pas dit quand les premiers instructeurs seraient envoyés en Ukraine.", []),
        ("Macron a été averti que la situation pourrait dégénérer rapidement sur le terrain.", []),
        ("« L'Europe doit se réveiller face à cette menace », ajoute-t-il.", []),  # nobody named
    ],
)
def test_french_patterns(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(text, watchlist) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("„Wir werden die Ukraine so lange unterstützen wie nötig“, sagte Olaf Scholz am Montag in Berlin.",
         [("olaf-scholz", "quote", "Wir werden die Ukraine so lange unterstützen wie nötig")]),
        ("Scholz sagte, Deutschland werde die Ukraine weiter mit Waffen unterstützen.",
         [("olaf-scholz", "reported", "Deutschland werde die Ukraine weiter mit Waffen unterstützen.")]),
        ("Bundeskanzler Olaf Scholz erklärte, dass Deutschland keine Taurus-Marschflugkörper liefern werde.",
         [("olaf-scholz", "reported", "Deutschland keine Taurus-Marschflugkörper liefern werde.")]),
        # the verb in second place, the subject after it; an addressee before the comma
        ("Am Montag sagte Scholz in Berlin, Deutschland stehe fest an der Seite der Ukraine.",
         [("olaf-scholz", "reported", "Deutschland stehe fest an der Seite der Ukraine.")]),
        ("Scholz sagte der „Süddeutschen Zeitung“, Deutschland werde keine Bodentruppen schicken.",
         [("olaf-scholz", "reported", "Deutschland werde keine Bodentruppen schicken.")]),
        ("„Das ist eine gefährliche Eskalation des Konflikts“, so Kremlsprecher Dmitri Peskow.",
         [("dmitry-peskov", "quote", "Das ist eine gefährliche Eskalation des Konflikts")]),
        ("Olaf Scholz traf Selenskyj in Kiew. „Wir lassen die Ukraine nicht im Stich“, sagte er.",
         [("olaf-scholz", "quote", "Wir lassen die Ukraine nicht im Stich")]),
        ("Olaf Scholz empfing Emmanuel Macron in Berlin. „Wir stehen zusammen an der Seite der Ukraine“, sagte "
         "der Kanzler.",
         [("olaf-scholz", "quote", "Wir stehen zusammen an der Seite der Ukraine")]),
        ("Laut Lawrow versucht der Westen, den Konflikt in die Länge zu ziehen.",
         [("sergey-lavrov", "reported", "versucht der Westen, den Konflikt in die Länge zu ziehen.")]),
        ("Die Verhandlungen seien derzeit ausgeschlossen, sagte Sacharowa am Donnerstag in Moskau.",
         [("maria-zakharova", "reported", "Die Verhandlungen seien derzeit ausgeschlossen")]),
        ("„Die Lage an der Front ist schwierig“, sagte der ukrainische Präsident Wolodymyr Selenskyj.",
         [("volodymyr-zelensky", "quote", "Die Lage an der Front ist schwierig")]),
        # a German clause may open with a prepositional phrase (English "In a statement, ..." is no clause)
        ("Scholz war in Potsdam. Über Lieferungen von Taurus werde weiterhin nicht gesprochen, sagte er.",
         [("olaf-scholz", "reported", "Über Lieferungen von Taurus werde weiterhin nicht gesprochen")]),
        # a German genitive names whose words they are, not who speaks
        ("Nach Lawrows Worten ist der Westen für die Eskalation in der Ukraine verantwortlich.",
         [("sergey-lavrov", "reported", "ist der Westen für die Eskalation in der Ukraine verantwortlich.")]),
        ("Putins Sprecher sagte, der Westen trage die Verantwortung für die Eskalation in der Region.", []),
        ("Ohne Russland gebe es keine Lösung, sagte Peskow. Putins Angebot bleibe auf dem Tisch.\n\nFür "
         "Aussenminister Ignazio Cassis ist die Konferenz kein Misserfolg. Man habe eine Plattform geschaffen, sagte "
         "er.",
         [("dmitry-peskov", "reported", "Ohne Russland gebe es keine Lösung"),
          ("dmitry-peskov", "reported", "Putins Angebot bleibe auf dem Tisch.")]),
        # abbreviations end no sentence, though German nouns after them are capitalised
        ("Scholz sagte, Deutschland werde der Ukraine weitere 500 Mio. Euro für die Luftverteidigung bereitstellen.",
         [("olaf-scholz", "reported",
           "Deutschland werde der Ukraine weitere 500 Mio. Euro für die Luftverteidigung bereitstellen.")]),
        ("Lawrow sagte am Dienstag um 10.30 Uhr Moskauer Zeit, die EU habe russische Vermögenswerte eingefroren.",
         [("sergey-lavrov", "reported", "die EU habe russische Vermögenswerte eingefroren.")]),
        ("Scholz sagte, er spüre einen starken Sog. Lawrow sagte, der Westen habe Russland jahrelang belogen.",
         [("olaf-scholz", "reported", "er spüre einen starken Sog."),
          ("sergey-lavrov", "reported", "der Westen habe Russland jahrelang belogen.")]),
        ("Lawrow sagte nichts Neues.Am Abend, als die Delegation abreiste, war die Stimmung angespannt.", []),
        ("Lawrow sagte, Russland habe ca. 30 Diplomaten aus Europa abgezogen, weil die Lage unhaltbar sei.",
         [("sergey-lavrov", "reported",
           "Russland habe ca. 30 Diplomaten aus Europa abgezogen, weil die Lage unhaltbar sei.")]),
        # a date's day is an ordinal with a dot ("am 22. August"), which ends neither the sentence nor the clause
        ("Die russische Außenamtssprecherin Maria Sacharowa sagte am 22. August in Moskau, der Westen trage die volle "
         "Verantwortung für die Eskalation.",
         [("maria-zakharova", "reported", "der Westen trage die volle Verantwortung für die Eskalation.")]),
        ("Sacharowa sagte am Dienstag, 27. August, der Westen trage die volle Verantwortung für die Eskalation.",
         [("maria-zakharova", "reported", "der Westen trage die volle Verantwortung für die Eskalation.")]),
        ("Lawrow hatte am 26. Februar erklärt, Moskau sei bereit zu Gesprächen mit dem Westen.",
         [("sergey-lavrov", "reported", "Moskau sei bereit zu Gesprächen mit dem Westen.")]),
        ("Am Freitag, 1. März, sagte Scholz, Deutschland werde keine Taurus-Marschflugkörper an die Ukraine liefern.",
         [("olaf-scholz", "reported", "Deutschland werde keine Taurus-Marschflugkörper an die Ukraine liefern.")]),
        ("Nach dem Angriff am Freitag, dem 1. März, sagte Scholz, Deutschland werde keine Taurus liefern.",
         [("olaf-scholz", "reported", "Deutschland werde keine Taurus liefern.")]),
        ("Scholz sagte vor der Wiederaufbaukonferenz am 11. und 12. Juni in Berlin, die Ukraine brauche weitere "
         "Luftverteidigungssysteme.",
         [("olaf-scholz", "reported", "die Ukraine brauche weitere Luftverteidigungssysteme.")]),
        ("Am 3. März sagte Sacharowa: „Der 15. Februar 2022 wird in die Geschichte eingehen.“",
         [("maria-zakharova", "quote", "Der 15. Februar 2022 wird in die Geschichte eingehen.")]),
        # not statements: a separable verb ("sagte ... ab": cancelled), negation, someone else, passive
        ("Scholz sagte seine Reise nach Kiew wegen der Lage kurzfristig ab.", []),
        ("Am Montag sagte Scholz seine Reise nach Kiew kurzfristig ab.", []),
        ("Scholz sagte nicht, wann die Lieferungen beginnen sollen.", []),
        ("Die Kritik an Scholz wächst, sagte ein Sprecher der Opposition am Montag.", []),
        ("Scholz wurde für seine Haltung zu den Taurus-Lieferungen scharf kritisiert.", []),
        ("Putin warnte den Westen vor einer weiteren Eskalation in der Ukraine.", []),
    ],
)
def test_german_patterns(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(text, watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Portuguese words that are English, French or German words too: "assessor", "exige", "insiste", "do", "das",
        # "de", "que", "presidente"; and the rules Portuguese brought ("X ... e declarou que", "Para o presidente")
        ("Podolyak said Ukraine would win. The assessor said the damage was extensive.", []),
        ("Lavrov said the talks had failed. Anton Siluanov met him later. The Russian minister said that the deal was "
         "dead.", [("sergey-lavrov", "reported", "the talks had failed.")]),
        ("Zelensky met the governor of Kharkiv, who briefed him on the situation and said that the city was safe.", []),
        ("Blinken met the families of hostages, who thanked him and said that they would keep fighting.", []),
        ("Scholz traf den Bürgermeister von Kiew, der ihn informierte und sagte, dass die Stadt sicher sei.", []),
        ("Lavrov, de retour de New York, a déclaré que la Russie ne céderait pas.",
         [("sergey-lavrov", "reported", "la Russie ne céderait pas.")]),
        ("Zelensky a parlé hier. « Nous ne céderons jamais à la pression de personne », exige le communiqué.", []),
        ("La Russie doit se retirer immédiatement de tous les territoires, exige Macron.",
         [("emmanuel-macron", "reported", "La Russie doit se retirer immédiatement de tous les territoires")]),
        ("Macron a parlé lundi à Paris. Selon la présidente, l'Europe doit agir vite et fermement.", []),
        ("Il faut, selon Macron, que l'Europe se réarme rapidement et sans attendre.",
         [("emmanuel-macron", "reported", "l'Europe se réarme rapidement et sans attendre.")]),
        ("Die Lage sei ernst, sagte Scholz, das Land müsse sich auf einen langen Krieg einstellen.",
         [("olaf-scholz", "reported", "Die Lage sei ernst, das Land müsse sich auf einen langen Krieg einstellen.")]),
        ("Do not test our patience, Putin warned on Tuesday.",
         [("vladimir-putin", "reported", "Do not test our patience")]),
        ("Zelensky spoke on Monday. Do Kwon, the crypto founder, said he was innocent. He added that the charges were "
         "political.", []),
        # Stoltenberg's finance office is no "minister" for a role noun; a portfolio counts in the minister's own
        # complement only
        ("Stoltenberg met Lavrov in Brussels on Monday. The minister said Russia would not yield to the West.",
         [("sergey-lavrov", "reported", "Russia would not yield to the West.")]),
        ("Stoltenberg met Reznikov in Brussels. The minister said Kyiv needed more shells.", []),
        ("Lavrov s'est exprimé lundi à Moscou. Le ministre, interrogé sur la défense européenne, a déclaré que "
         "l'Europe se militarisait.", [("sergey-lavrov", "reported", "l'Europe se militarisait.")]),
        # what the Portuguese rules brought to every language
        ("Russian President Vladimir Putin signed the treaties on the four regions and declared that their residents "
         "were Russian citizens forever.",
         [("vladimir-putin", "reported", "their residents were Russian citizens forever.")]),
        ('"Russia will return to the deal," said Peskov, who insisted that the decision had nothing to do with the '
         'attack.', [("dmitry-peskov", "quote", "Russia will return to the deal"),
                     ("dmitry-peskov", "reported", "the decision had nothing to do with the attack.")]),
        ('In an interview with CNN, Blinken was blunt: "Russia is losing this war strategically."',
         [("antony-blinken", "quote", "Russia is losing this war strategically.")]),
    ],
)
def test_portuguese_rules_in_other_languages(watchlist: Watchlist, text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    assert extract(text, watchlist) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a hyphenated role noun after an opening phrase
        ("fr", "Dmitri Peskov a parlé. Mardi, le porte-parole du Kremlin a jugé que l'élargissement de l'OTAN serait "
         "dangereux.",
         [("dmitry-peskov", "reported", "l'élargissement de l'OTAN serait dangereux.")]),
        ("fr", "Dmitri Peskov a parlé. Interrogé sur un retrait, le porte-parole du Kremlin a affirmé que cette option "
         "n'était pas envisagée.",
         [("dmitry-peskov", "reported", "cette option n'était pas envisagée.")]),
        # adverbs between the auxiliary and its participle; the auxiliary is no article of a subject
        ("fr", "Sergueï Lavrov a pour sa part assuré que Moscou restait ouverte au dialogue avec tous.",
         [("sergey-lavrov", "reported", "Moscou restait ouverte au dialogue avec tous.")]),
        ("fr", "« Nous repartons avec une victoire significative pour notre sécurité », a finalement déclaré "
         "Volodymyr Zelensky, aux côtés de Joe Biden.",
         [("volodymyr-zelensky", "quote", "Nous repartons avec une victoire significative pour notre sécurité")]),
        # the imperfect, and a clitic between subject and verb
        ("fr", "Vladimir Poutine y assurait que Moscou était prête à reprendre les négociations.",
         [("vladimir-putin", "reported", "Moscou était prête à reprendre les négociations.")]),
        # a second clause after "et qu'", and after "mais a"
        ("fr", "Dmitri Peskov a estimé que ces sanctions étaient « illégitimes » et qu’elles finiraient par se "
         "retourner contre les Européens.",
         [("dmitry-peskov", "reported", "ces sanctions étaient « illégitimes »"),
          ("dmitry-peskov", "reported", "elles finiraient par se retourner contre les Européens.")]),
        ("fr", "Jens Stoltenberg a assuré qu'il ne voyait aucune menace, mais a prévenu que l'Europe devait se "
         "préparer à une confrontation.",
         [("jens-stoltenberg", "reported", "il ne voyait aucune menace"),
          ("jens-stoltenberg", "reported", "l'Europe devait se préparer à une confrontation.")]),
        ("fr", "Emmanuel Macron a salué le courage des Ukrainiens et a signé un accord avec Kiev.",
         [("emmanuel-macron", "reported", "salué le courage des Ukrainiens et a signé un accord avec Kiev.")]),
        # an inverted attribution ending the sentence names its own subject
        ("fr", "A Washington, Antony Blinken doit s'exprimer dans la soirée, a indiqué le département d'Etat.", []),
        ("fr", "La porte-parole de la diplomatie russe, Maria Zakharova, a réagi sur sa chaîne Telegram. « Paris et "
         "Kiev discutent de nouvelles livraisons d'armes », a-t-elle écrit.",
         [("maria-zakharova", "quote", "Paris et Kiev discutent de nouvelles livraisons d'armes")]),
        # a bare role noun opening the sentence is its participle's subject; a role's institution
        ("en", "Vladimir Putin met Trump in Alaska. The Russian leader even borrowed one of Trump's favorite lines, "
         "telling reporters that the war would never have started.",
         [("vladimir-putin", "reported", "the war would never have started.")]),
        ("en", "Sergei Shoigu kept direct access to the president. The secretary of the Security Council said he "
         "would continue to oversee military cooperation.",
         [("sergei-shoigu", "reported", "he would continue to oversee military cooperation.")]),
        ("en", "Emmanuel Macron spoke in Paris. The president of the European Commission said the cap would "
         "significantly hit Russian revenue.", []),
        ("pt", "Emmanuel Macron falou em Paris. A presidente da Comissão Europeia, Ursula von der Leyen, sublinhou "
         "que o teto vai afetar significativamente as receitas russas.", []),
        # speech only before a colon and a quote, or right after a quote
        ("fr", "Volodymyr Zelensky était à Tirana. Son chef de cabinet, Andriï Iermak, a résumé sur Telegram : « Nous "
         "sommes venus pour travailler, ils sont venus pour le spectacle. »",
         [("andriy-yermak", "quote", "Nous sommes venus pour travailler, ils sont venus pour le spectacle.")]),
        ("fr", "Emmanuel Macron a résumé la situation en trois mots lors de sa conférence de presse.", []),
        ("en", "Talks with Kyiv would resume: Peskov gave no date for them.", []),
        ("de", "„Das ist eine Farce für die ganze Welt“, ätzte Sacharowa am Abend.",
         [("maria-zakharova", "quote", "Das ist eine Farce für die ganze Welt")]),
        # German: the complement further on, an outlet's name in quotes, a copula before its subject and a colon
        ("de", "Bundeskanzler Olaf Scholz machte nach den Beratungen deutlich, dass die G7 in ihrer Unterstützung "
         "nicht nachlassen werden.",
         [("olaf-scholz", "reported", "die G7 in ihrer Unterstützung nicht nachlassen werden.")]),
        ("de", "Scholz machte seine Position in Berlin deutlich.", []),
        ("de", "Personalentscheidungen seien allein Sache des Präsidenten und des Parlaments, sagte Jermak dem "
         "Sender „1+1“.",
         [("andriy-yermak", "reported", "Personalentscheidungen seien allein Sache des Präsidenten und des "
                                        "Parlaments")]),
        ("de", "Scholz sprach in Elmau. Beim Spatenstich wurde der Kanzler noch grundsätzlicher: »Wir müssen weg von "
         "der Manufaktur und hin zur Großserienfertigung.«",
         [("olaf-scholz", "quote", "Wir müssen weg von der Manufaktur und hin zur Großserienfertigung.")]),
        ("de", "Scholz sprach in Elmau. Beim Spatenstich wurde der Kanzler von Demonstranten empfangen: »Wir müssen "
         "weg von der Manufaktur und hin zur Großserienfertigung.«", []),
        # a title and a name opening a German sentence introduce someone untracked
        ("de", "Außenminister Sergej Lawrow wollte sich nicht äußern. Der Münchner Politikwissenschaftler Jakob Haberl "
         "hält die Botschaft für stark. „Die Geschlossenheit ist echt, doch die Belastungsprobe kommt erst“, sagt er.",
         []),
        # Konjunktiv I going on after an attribution; a relative speech verb; "versprochen"
        ("de", "Selenskyj sprach. „Das ist keine ernsthafte Entscheidung“, sagte der ukrainische Präsident. Bei "
         "diesem Niveau nehme Russland weiter rund 100 Milliarden Dollar im Jahr ein.",
         [("volodymyr-zelensky", "quote", "Das ist keine ernsthafte Entscheidung"),
          ("volodymyr-zelensky", "reported", "Bei diesem Niveau nehme Russland weiter rund 100 Milliarden Dollar")]),
        ("de", "Kremlsprecher Dmitri Peskow, der betonte, dass Russland sich auf die Obergrenze vorbereitet habe, "
         "kündigte Gegenmaßnahmen an.",
         [("dmitry-peskov", "reported", "Russland sich auf die Obergrenze vorbereitet habe")]),
        ("de", "Bundeskanzler Olaf Scholz hatte in München versprochen, Deutschland werde dauerhaft zwei Prozent "
         "seiner Wirtschaftsleistung ausgeben.",
         [("olaf-scholz", "reported", "Deutschland werde dauerhaft zwei Prozent seiner Wirtschaftsleistung")]),
    ],
)
def test_french_and_german_held_out_rules(watchlist: Watchlist, lang: str, text: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    # What the last French and German held-out sets (10 articles each, written apart from the rules; first run 94
    # of 108 and 90 of 106) led to, with the cases that must not change (an act, an institution, a passive before a
    # colon, a verb that is speech only before a colon).
    found = extract(text, watchlist, lang)
    assert [(o, k) for o, k, _ in found] == [(o, k) for o, k, _ in expected], found
    for (_, _, words), (_, _, starts) in zip(found, expected):
        assert words.startswith(starts), (words, starts)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an addressee after an apposition is no inverted subject
        ("en", '"We are ready for talks at any moment," Putin, 70, told Macron.',
         [("vladimir-putin", "quote", "We are ready for talks at any moment")]),
        ("fr", "« Nous ne céderons jamais face à l'agresseur russe », Volodymyr Zelensky, ému, a dit à Emmanuel "
         "Macron.",
         [("volodymyr-zelensky", "quote", "Nous ne céderons jamais face à l'agresseur russe")]),
        # someone else's role: another institution, "former", "vice-", an official's adviser
        ("en", "Emmanuel Macron met Ursula von der Leyen. The president of the European Commission spoke on Tuesday, "
         "saying the EU would impose new sanctions.", []),
        ("fr", "Olaf Scholz est arrivé à Kiev. Mardi, le vice-chancelier allemand a déclaré que l'aide serait "
         "maintenue.", []),
        ("fr", "Dmitri Peskov a démenti. Mardi, le porte-parole du Pentagone a déclaré que les livraisons d'armes "
         "continueraient.", []),
        ("uk", "Дмитро Пєсков відмовився від коментарів. У середу, прес-секретар Білого дому заявив, що Вашингтон не "
         "змінить позицію.", []),
        ("de", "Dmitri Peskow äußerte sich nicht. Der Sekretär des ukrainischen Sicherheitsrats sagte, Russland "
         "bereite eine neue Offensive vor.", []),
        ("fr", "« Il faut négocier maintenant », a glissé le conseiller d'Emmanuel Macron.", []),
        # a colon after what others think of the official, or after a question put to them
        ("de", "Scholz sprach in Berlin. Für die Opposition ist der Kanzler ein Zauderer: „Er liefert immer zu spät "
         "und zu wenig.“", []),
        ("de", "Scholz sprach in Berlin. Am Montag wurde der Kanzler gefragt: „Wann liefert Deutschland endlich die "
         "Taurus-Marschflugkörper?“", []),
        # Norwegian "de" (they) is no German relative; nouns and other languages' words are no Konjunktiv
        ("no", "Stoltenberg møtte forsvarsministrene i Brussel, de sa at alliansen står samlet bak Ukraina.", []),
        ("de", "Putin sagte, der Westen wolle Russland zerstören. Die Kämpfe um Bachmut dauern unterdessen an.",
         [("vladimir-putin", "reported", "der Westen wolle Russland zerstören.")]),
        ("en", "Zelensky said Russia would fail to capture any more territory this year. A Russian plane crashed near "
         "Belgorod on Monday, killing all on board.",
         [("volodymyr-zelensky", "reported", "Russia would fail to capture any more territory this year.")]),
        # French imperfects and participles past an adverb that name acts
        ("fr", "Emmanuel Macron, qui assurait alors la présidence tournante de l'UE, s'est rendu à Moscou en février.",
         []),
        ("fr", "Emmanuel Macron a finalement assuré la présidence du sommet de Bruxelles.", []),
        ("fr", "Le Parlement européen a voté. « Le droit international doit primer », a de son côté appelé mercredi à "
         "New York António Guterres.",
         [("antonio-guterres", "quote", "Le droit international doit primer")]),
        ("fr", "Emmanuel Macron était à Bruxelles. Mais « on ne doit pas permettre de toucher d'autres cibles en "
         "Russie », a-t-il aussitôt précisé.",
         [("emmanuel-macron", "quote", "on ne doit pas permettre de toucher d'autres cibles en Russie")]),
        # a place is no titled person
        ("de", "Scholz besuchte Kiew. Die ostukrainische Stadt Kramatorsk wurde am selben Tag beschossen. Er sagte, "
         "Deutschland werde helfen, solange es nötig sei.",
         [("olaf-scholz", "reported", "Deutschland werde helfen, solange es nötig sei.")]),
    ],
)
def test_review_of_the_french_and_german_rules(watchlist: Watchlist, lang: str, text: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    # A review of the rules above on 206 texts in every language found these misreadings they brought (an addressee
    # taken for the subject, other institutions' roles, a journalist's question, nouns read as Konjunktiv, acts read
    # as statements, a town taken for a person); all mended.
    assert extract(normalize_text(text), watchlist, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # the official's aides, circle or spokesman as the source: someone else (tests/data/custom_watchlist_probe.jsonl)
    ("Selon l'entourage de Macron, le président n'a pas encore arrêté son choix pour Matignon.", []),
    ("Selon des proches de Macron, le président n'a pas encore arrêté son choix.", []),
    ("Selon le porte-parole de Macron, le président n'a pas encore arrêté son choix.", []),
    ("Según el portavoz de Macron, el presidente aún no ha decidido.", []),
    # ... not the official named with a title, nor their own words
    ("Selon le président Macron, la France ne cédera pas.",
     [("emmanuel-macron", "reported", "la France ne cédera pas.")]),
    ("Selon les propos de Macron, la France ne cédera pas.",
     [("emmanuel-macron", "reported", "la France ne cédera pas.")]),
])
def test_a_source_near_the_official_is_not_them(watchlist: Watchlist, text: str,
                                                expected: list[tuple[str, str, str]]) -> None:
    assert extract(text, watchlist) == expected
