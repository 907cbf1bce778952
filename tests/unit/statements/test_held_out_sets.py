"""Cases from the held-out sets and from the reviews of the rules they led to, kept as regressions."""

from __future__ import annotations

import pytest

from streams.analytics.normalize import normalize_text
from streams.analytics.officials import Watchlist
from tests.unit.statements.helpers import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scare quote inside the clause of ", adding that" keeps the clause
        ('"That is and remains our guiding principle," Scholz said, adding that there would be no deployment of '
         'German ground troops "under any circumstances".',
         [("olaf-scholz", "quote", "That is and remains our guiding principle"),
          ("olaf-scholz", "reported", 'there would be no deployment of German ground troops "under any '
                                      'circumstances".')]),
        # the quote is the second clause's ("adding:"); the first clause is a statement of its own
        ('Andriy Yermak wrote on Telegram that a "tank coalition" had been formed, adding: "Next up is a coalition of '
         'fighter jets."',
         [("andriy-yermak", "reported", 'a "tank coalition" had been formed'),
          ("andriy-yermak", "quote", "Next up is a coalition of fighter jets.")]),
        # "posted" is speech only before what was said; "tweeted," before a quote introduces it
        ('Olaf Scholz posted on X: "Nobody wants peace more than the citizens of Ukraine!"',
         [("olaf-scholz", "quote", "Nobody wants peace more than the citizens of Ukraine!")]),
        ("Volodymyr Zelensky posted a video on Telegram showing the damaged school in Kharkiv.", []),
        ('Zelenskyy arrived in Hiroshima on Saturday. Shortly after landing, he tweeted, "Japan. G7. Important '
         'meetings with partners and friends of Ukraine."',
         [("volodymyr-zelensky", "quote", "Japan. G7. Important meetings with partners and friends of Ukraine.")]),
        # a possessive in the title phrase opening the sentence ("Germany's Olaf Scholz ..., and he argued")
        ("Germany's Olaf Scholz still refuses to send Kyiv Taurus cruise missiles, and he argued that Germany must not "
         "become a party to the war.",
         [("olaf-scholz", "reported", "Germany must not become a party to the war.")]),
        # "has yet to say" says nothing
        ("Dmitry Peskov did not comment on the clash, and Vladimir Putin, who has yet to say a word about the row, "
         "spent the day at his residence outside Moscow.", []),
        # "and that" opening a relative clause is not a second reported clause
        ("Valery Gerasimov also claimed that Ukraine had lost almost 560,000 troops this year - a figure that cannot "
         "be verified and that is far higher than Western estimates.",
         [("valery-gerasimov", "reported", "Ukraine had lost almost 560,000 troops this year - a figure that cannot "
                                           "be verified and that is far higher than Western estimates.")]),
        # ", before urging" is the speaker's own second clause
        ('"We will regard this as a new phase of the Western war against Russia," Lavrov said, before urging Western '
         'governments to read the updated doctrine "in full."',
         [("sergey-lavrov", "quote", "We will regard this as a new phase of the Western war against Russia"),
          ("sergey-lavrov", "reported", 'urging Western governments to read the updated doctrine "in full."')]),
    ],
)
def test_eighth_set_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # Constructions of the eighth set of whole articles (tests/data/attribution_articles.jsonl) missed or misread
    # when it was first measured.
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause after an inverted attribution is the speaker's; a participle after it is its own clause
        ('Maria Zakharova a parlé. « En cas de livraison d\'avions, Londres portera la responsabilité de '
         'l\'escalade », a averti la porte-parole du ministère russe des Affaires étrangères, qui a accusé le '
         'gouvernement britannique de « jouer avec le feu ».',
         [("maria-zakharova", "quote", "En cas de livraison d'avions, Londres portera la responsabilité de "
                                       "l'escalade"),
          ("maria-zakharova", "reported", "accusé le gouvernement britannique de « jouer avec le feu ».")]),
        ('Emmanuel Macron est arrivé. « La Russie ne peut ni ne doit gagner cette guerre », avait déclaré le président '
         'français, assurant que la France continuerait à aider l\'Ukraine « jusqu\'à la victoire ».',
         [("emmanuel-macron", "quote", "La Russie ne peut ni ne doit gagner cette guerre"),
          ("emmanuel-macron", "reported", "la France continuerait à aider l'Ukraine « jusqu'à la victoire ».")]),
        # ", avant d'assurer que", "tout en promettant que", "arguant que", "s'est contenté de rappeler que"
        ("Emmanuel Macron a déclaré que les trois dirigeants étaient sortis de la réunion, avant d'assurer que la "
         "France continuerait à aider l'Ukraine.",
         [("emmanuel-macron", "reported", "les trois dirigeants étaient sortis de la réunion"),
          ("emmanuel-macron", "reported", "la France continuerait à aider l'Ukraine.")]),
        ("Emmanuel Macron a estimé que la France devait se tenir prête à toutes les options, tout en promettant "
         "qu'elle ne prendrait jamais l'initiative d'une offensive.",
         [("emmanuel-macron", "reported", "la France devait se tenir prête à toutes les options"),
          ("emmanuel-macron", "reported", "elle ne prendrait jamais l'initiative d'une offensive.")]),
        ("Dmitri Peskov a refusé de s'avancer, arguant que l'enquête était en cours.",
         [("dmitry-peskov", "reported", "l'enquête était en cours.")]),
        ("Olaf Scholz s'était contenté de rappeler que l'Allemagne et la France figuraient parmi les soutiens de Kiev.",
         [("olaf-scholz", "reported", "l'Allemagne et la France figuraient parmi les soutiens de Kiev.")]),
        ("Emmanuel Macron a tenu à rappeler la Russie à l'ordre.", []),
    ],
)
def test_eighth_set_french_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality adjective in the opening title phrase: "er" is the subject, not the last name
        ("Der ukrainische Präsident Wolodymyr Selenskyj bedankte sich noch am Abend bei Scholz und den anderen "
         "Verbündeten. Entscheidend seien jetzt Tempo und Stückzahlen, sagte er in seiner täglichen Videoansprache.",
         [("volodymyr-zelensky", "reported", "Entscheidend seien jetzt Tempo und Stückzahlen")]),
        # an adverbial in first position is no untracked subject
        ("Noch schärfer äusserte sich Maria Sacharowa. Auf Telegram schrieb sie, die westlichen Berichte über einen "
         "Einmarsch seien eine Desinformationskampagne.",
         [("maria-zakharova", "reported", "die westlichen Berichte über einen Einmarsch seien eine "
                                          "Desinformationskampagne.")]),
        # whom, where and when after a trailing German attribution
        ("Russland werde seine Militäroperation nicht unterbrechen, sagte Lawrow dem Staatssender Rossija 24.",
         [("sergey-lavrov", "reported", "Russland werde seine Militäroperation nicht unterbrechen")]),
        ("Die Botschaft an den Westen sei unmissverständlich, fügt Peskow hinzu.",
         [("dmitry-peskov", "reported", "Die Botschaft an den Westen sei unmissverständlich")]),
        # Konjunktiv continuation with a scare quote, a Konjunktiv II plural, a named official as its subject
        ("«Wir haben keinen Durchbruch erwartet», sagte Blinken. Man sei aber nun auf einem «klareren Weg», die "
         "Positionen der anderen Seite zu verstehen.",
         [("antony-blinken", "quote", "Wir haben keinen Durchbruch erwartet"),
          ("antony-blinken", "reported", "Man sei aber nun auf einem «klareren Weg», die Positionen der anderen Seite "
                                         "zu verstehen.")]),
        # (Konjunktiv II plurals, "würden", "dürften", are also the writer's conditional: not a continuation)
        ("Er habe keinen Grund, an Nehammers guten Absichten zu zweifeln, sagte Kuleba. Gespräche mit Moskau dürften "
         "aber nicht an die Stelle von Sanktionen treten.",
         [("dmytro-kuleba", "reported", "Er habe keinen Grund, an Nehammers guten Absichten zu zweifeln")]),
        ('"Es ist klug, sich auf einen langen Krieg einzustellen", sagte Scholz. Der russische Präsident Wladimir '
         'Putin habe sich verrechnet, als er auf eine Spaltung Europas gesetzt habe.',
         [("olaf-scholz", "quote", "Es ist klug, sich auf einen langen Krieg einzustellen"),
          ("olaf-scholz", "reported", "Der russische Präsident Wladimir Putin habe sich verrechnet, als er auf eine "
                                      "Spaltung Europas gesetzt habe.")]),
        # "wies ... zurück" is speech before a colon
        ("Maria Sacharowa wies das zurück: Die Konferenz sei längst zu einer Show verkommen.",
         [("maria-zakharova", "reported", "Die Konferenz sei längst zu einer Show verkommen.")]),
        # a German compound title between the verb and the name; a name there that is no title is not the subject
        ("In Moskau wies Außenamtssprecherin Maria Sacharowa das zurück: Die Konferenz sei längst zu einer Show "
         "verkommen.",
         [("maria-zakharova", "reported", "Die Konferenz sei längst zu einer Show verkommen.")]),
        ("Am Montag sagte US-Außenminister Antony Blinken, die Ukraine werde siegen.",
         [("antony-blinken", "reported", "die Ukraine werde siegen.")]),
        ("Am Montag sagte Merz Selenskyj weitere Hilfe zu, die Ukraine werde nicht allein gelassen.", []),
    ],
)
def test_eighth_set_german_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Selon lui" (someone untracked) speaking about officials: a later "estime-t-il" is still him
        ("Pour un chercheur de l'université de Strasbourg, la rencontre a surtout permis de « sauver les apparences ». "
         "Selon lui, Emmanuel Macron a voulu reprendre la main, quand Olaf Scholz cherchait avant tout à rassurer une "
         "opinion allemande inquiète. « Le couple franco-allemand fonctionne mal quand chacun parle de l'Ukraine de "
         "son côté », estime-t-il.", []),
        ("Міністр закордонних справ Дмитро Кулеба у коментарі журналістам зауважив, що відповідальність за виконання "
         "угоди тепер лежить на ООН.",
         [("dmytro-kuleba", "reported", "відповідальність за виконання угоди тепер лежить на ООН.")]),
        ("Радник керівника Офісу президента Михайло Подоляк припустив, що розмови в Москві про «байдужість» - лише "
         "хороша міна при поганій грі.",
         [("mykhailo-podolyak", "reported", "розмови в Москві про «байдужість» - лише хороша міна при поганій грі.")]),
        # announcing a truce is an act, not a statement
        ("Владимир Путин объявил пасхальное перемирие в зоне специальной военной операции.", []),
    ],
)
def test_eighth_set_more_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported clause interrupted by its attribution is one statement, without the attribution
        ("Vladimir Poutine est arrivé. Le statut des quatre régions, a-t-il toutefois prévenu, ne fera l'objet "
         "d'aucune discussion.",
         [("vladimir-putin", "reported", "Le statut des quatre régions ne fera l'objet d'aucune discussion.")]),
        ("Россия не будет вести переговоры, заявила Захарова, пока Киев не примет новые реалии.",
         [("maria-zakharova", "reported", "Россия не будет вести переговоры пока Киев не примет новые реалии.")]),
        ("Die Lage an der Front sei schwierig, sagte Selenskyj, man brauche mehr Munition.",
         [("volodymyr-zelensky", "reported", "Die Lage an der Front sei schwierig, man brauche mehr Munition.")]),
        # ... also when the rest holds a quote: the clause holding it is the statement
        ("Владимир Путин выступил. Российские военные должны быть готовы, подчеркнул глава государства, отразить "
         "провокации со стороны противника, «любые его агрессивные действия».",
         [("vladimir-putin", "reported", "Российские военные должны быть готовы отразить провокации со стороны "
                                         "противника, «любые его агрессивные действия».")]),
        # where, when, how, an apposition, a participle after the attribution are not the clause's
        ("Russia will not negotiate, Zakharova said, speaking at her weekly briefing in Moscow.",
         [("maria-zakharova", "reported", "Russia will not negotiate")]),
        ("Russia will not negotiate, Zakharova said, in an interview with RT.",
         [("maria-zakharova", "reported", "Russia will not negotiate")]),
        ("Russia will not negotiate, Zakharova said, the ministry's spokeswoman.",
         [("maria-zakharova", "reported", "Russia will not negotiate")]),
        ("La Russie ne négociera pas, a déclaré Maria Zakharova, lors de son point de presse hebdomadaire.",
         [("maria-zakharova", "reported", "La Russie ne négociera pas")]),
        ("Russia will not negotiate, Zakharova said, while Lavrov was in Ankara.",
         [("maria-zakharova", "reported", "Russia will not negotiate")]),
    ],
)
def test_clause_split_by_its_attribution(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the official opening the sentence, whose words a colon introduces
        ("Генсек НАТО Йенс Столтенберг в интервью Reuters был лаконичен: «Это опасная и безрассудная риторика».",
         [("jens-stoltenberg", "quote", "Это опасная и безрассудная риторика")]),
        ("Präsidialamtschef Andrij Jermak (53) wird noch deutlicher: «Putin will die Welt einschüchtern. Die Antwort "
         "darauf kann nur Stärke sein.»",
         [("andriy-yermak", "quote", "Putin will die Welt einschüchtern. Die Antwort darauf kann nur Stärke sein.")]),
        ('Zelensky quoted Churchill: "We shall fight on the beaches, we shall never surrender."', []),
        # a minister's portfolio must be the official's: the defence minister is not the foreign minister named
        # before (nor Shoigu, whose watchlist role is his current one: "defence minister" is Belousov since 2024)
        ("Sergei Lavrov arrived in Ankara. Later the defence minister said the strikes would continue.", []),
        ("Сергей Лавров прибыл в Анкару. Министр иностранных дел России заявил, что Москва готова к переговорам.",
         [("sergey-lavrov", "reported", "Москва готова к переговорам.")]),
        ("Shoigu attended the ceremony. Defence Minister Belousov said on Tuesday that the army's spending would be "
         "audited.", []),
    ],
)
def test_colon_quotes_and_portfolios(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Selon elle" (someone untracked) does not take "il" from the official in focus, nor a role noun
        ("Emmanuel Macron a rencontré Ursula von der Leyen à Bruxelles. Selon elle, l'Union européenne doit accélérer "
         "l'aide à Kiev. Il a assuré que la France prendrait sa part.",
         [("emmanuel-macron", "reported", "la France prendrait sa part.")]),
        ("Antony Blinken met Kaja Kallas in Tallinn. According to her, Russia is preparing a new offensive. He said "
         "Washington shared those concerns.",
         [("antony-blinken", "reported", "Washington shared those concerns.")]),
        ("Maria Zakharova a répondu à un journaliste britannique. Selon lui, la Russie ment. La porte-parole a affirmé "
         "que les médias occidentaux mentaient.",
         [("maria-zakharova", "reported", "les médias occidentaux mentaient.")]),
        # someone new after an opening adverb is still someone new
        ("Peskov a déclaré que Moscou était prêt à négocier. Puis Kirby a pris la parole. Il a affirmé que Washington "
         "ne voyait aucun signe de désescalade.",
         [("dmitry-peskov", "reported", "Moscou était prêt à négocier.")]),
        ("Scholz sagte, Deutschland werde weitere Panzer liefern. Nach Merz sprach Pistorius. Er sagte, die Bundeswehr "
         "sei bereit.",
         [("olaf-scholz", "reported", "Deutschland werde weitere Panzer liefern.")]),
        ("Den ukrainischen Präsidenten Wolodymyr Selenskyj empfing Scholz im Kanzleramt. Er sagte, Deutschland werde "
         "weitere Hilfe leisten.",
         [("olaf-scholz", "reported", "Deutschland werde weitere Hilfe leisten.")]),
        # "posted" with a relative "that", or an object
        ("Zelensky, who posted the video, said that Russia must be held accountable for the attack.",
         [("volodymyr-zelensky", "reported", "Russia must be held accountable for the attack.")]),
        ("Yermak posted a map showing that Russian forces had withdrawn from the west bank.", []),
        # "adding:" after where and what about, not after a clause
        ('Zelensky wrote on Telegram about the attack on Odesa, adding: "Russia will answer for every life it has '
         'taken."',
         [("volodymyr-zelensky", "quote", "Russia will answer for every life it has taken.")]),
        # French infinitives and gerunds that are acts, or another's reading
        ("Sergueï Lavrov a jugé bon de rappeler que la Russie disposait de l'arme nucléaire.",
         [("sergey-lavrov", "reported", "la Russie disposait de l'arme nucléaire.")]),
        ("Il appartient à Emmanuel Macron d'assurer que la France tienne ses engagements envers Kiev.", []),
        ('« La Russie ne peut pas gagner cette guerre », a déclaré Emmanuel Macron, rappelant l\'ambassadeur de France '
         'à Moscou pour « consultations ».',
         [("emmanuel-macron", "quote", "La Russie ne peut pas gagner cette guerre")]),
        ("« Nous n'avons pas peur », a lancé Volodymyr Zelensky, affirmant avoir reçu des demandes de compagnies "
         "maritimes.",
         [("volodymyr-zelensky", "quote", "Nous n'avons pas peur"),
          ("volodymyr-zelensky", "reported", "avoir reçu des demandes de compagnies maritimes.")]),
        ("La veille, le secrétaire général des Nations unies, António Guterres, avait lancé une mise en garde "
         "solennelle.", []),
        ("Emmanuel Macron a jugé que ce coup de force était illégitime. « Moscou n'a pas besoin d'organiser ces "
         "putschs, il lui suffit d'en récolter les fruits », analyse un chercheur sénégalais spécialiste du Sahel.",
         [("emmanuel-macron", "reported", "ce coup de force était illégitime.")]),
        # German: other verbs, subordinate clauses, other sources
        ("Nachdem Russland die Stadt erobert hatte, sprach Putin den Soldaten seinen Dank aus.", []),
        ("Moskau sei zu Gesprächen bereit, teilte das Außenministerium mit, Lawrow wies aber jede Vorbedingung "
         "zurück.", []),
        ("Putin spricht am Freitag vor der Föderalen Versammlung, die Rede wird live übertragen.", []),
        ("Russland sei zu Verhandlungen bereit, sagte Lawrow am Montag in Moskau. Die Lage würden Experten allerdings "
         "anders sehen.",
         [("sergey-lavrov", "reported", "Russland sei zu Verhandlungen bereit")]),
        ("Die Ukraine brauche mehr Luftabwehr, sagte Selenskyj. Scholz habe ihm weitere Iris-T-Systeme zugesagt, so "
         "Regierungssprecher Hebestreit.",
         [("volodymyr-zelensky", "reported", "Die Ukraine brauche mehr Luftabwehr")]),
        ("Kremlsprecher Dmitri Peskow sagte am Montag, man wisse nicht genau, was der Kanzler mitbringe. Am Tag danach "
         "lieferte Peskow die Moskauer Lesart nach: Putin habe dem Gast die Ziele ausführlich erläutert.",
         [("dmitry-peskov", "reported", "man wisse nicht genau, was der Kanzler mitbringe."),
          ("dmitry-peskov", "reported", "Putin habe dem Gast die Ziele ausführlich erläutert.")]),
        # ", so X" ending the sentence is its source, speech verbs inside included
        ("Der Kremlchef habe Biden bereits im Dezember erklärt, dass Russland niemanden bedrohe, so Peskow.",
         [("dmitry-peskov", "reported", "Der Kremlchef habe Biden bereits im Dezember erklärt, dass Russland niemanden "
                                        "bedrohe")]),
        # Ukrainian verbs that are speech only before what was said
        ("Кулеба зауважив журналістів біля входу і зупинився, щоб відповісти на кілька запитань.", []),
        ("Єрмак припустив помилку, коли погодився на цю зустріч, вважають у Раді.", []),
        # "he" in a clause after "<official> was furious:" is that official, not a possessive named after the colon
        ("Scholz also phoned Putin last Friday. Zelensky was furious: Scholz's decision to call Putin, he said, had "
         "opened \"Pandora's box\" and would only help Putin reduce his isolation.",
         [("volodymyr-zelensky", "reported", "Scholz's decision to call Putin had opened \"Pandora's box\" and would "
                                             "only help Putin reduce his isolation.")]),
    ],
)
def test_review_of_the_eighth_set_rules(watchlist: Watchlist, text: str,
                                        expected: list[tuple[str, str, str]]) -> None:
    # Found by a review of this set's rules: each was wrong with one of them (or before them).
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a colon after an act or an object, or after someone else's clause, does not make the quote the official's
        ('Putin signed the decree on Friday: "The Ministry of Defence shall ensure the call-up of citizens for '
         'military service."', []),
        ("Zelensky showed reporters a letter from a soldier's mother: \"Please bring my son home from the front "
         "alive.\"", []),
        ("Selenskyj ist enttäuscht, die Reaktion aus Berlin bleibt knapp: «Wir prüfen die Anfrage sorgfältig.»", []),
        # "he said" after a colon is the official before it only after "<official> <copula> ...:"
        ("Michael Kofman, an analyst at CNA, was blunt. Putin faces a dilemma: his army is running out of trained "
         "men, he said.", []),
        ("Scholz spoke with Zelensky on Monday: Germany will deliver two more Patriot systems, he said.", []),
        ("Russia's position has not changed: Crimea is and will remain Russian territory, Peskov said.",
         [("dmitry-peskov", "reported", "Russia's position has not changed: Crimea is and will remain Russian "
                                        "territory")]),
        # a German title after the verb is the subject's only when no one else is first
        ("Erdogan sagte Kremlchef Putin bei dem Treffen, die Türkei sei bereit zu vermitteln.", []),
        ("Der Papst schrieb Kremlchef Wladimir Putin einen Brief, in dem er zum Frieden aufrief.", []),
        # ", so X" does not take another's quote
        ("Selenskyj hatte am Vortag gesagt: «Wir brauchen mehr Flugabwehr, und zwar sofort», so Peskow.",
         [("volodymyr-zelensky", "quote", "Wir brauchen mehr Flugabwehr, und zwar sofort")]),
        ("Shoigu has been replaced by Andrei Belousov. The new defence minister said the army would be audited.", []),
        ("Vladimir Poutine, lui, observe la situation avec attention depuis le Kremlin.", []),
        # German clauses opening with "seit", "als", "wenn"; a particle after the rest of the sentence
        ("Seit Beginn des Krieges seien mehr als 500 Kinder getötet worden, sagte Selenskyj am Sonntag.",
         [("volodymyr-zelensky", "reported", "Seit Beginn des Krieges seien mehr als 500 Kinder getötet worden")]),
        ("Russland sei zu Gesprächen bereit, sagte Peskow, doch Kiew lehne jeden Dialog ab.",
         [("dmitry-peskov", "reported", "Russland sei zu Gesprächen bereit")]),
        ("Russland sei zu Gesprächen bereit, teilt Sacharowa mit.",
         [("maria-zakharova", "reported", "Russland sei zu Gesprächen bereit")]),
        ("Macron a voulu rappeler que la France ne serait jamais en guerre contre la Russie.",
         [("emmanuel-macron", "reported", "la France ne serait jamais en guerre contre la Russie.")]),
        ("Зеленський зауважив у вечірньому зверненні, що Росія готує новий наступ на Харків.",
         [("volodymyr-zelensky", "reported", "Росія готує новий наступ на Харків.")]),
        ("Zakharova posted in her Telegram channel that the West was preparing a new provocation in Bucha.",
         [("maria-zakharova", "reported", "the West was preparing a new provocation in Bucha.")]),
        ('Blinken told reporters the talks had been productive, adding: "We made real progress on the key issues."',
         [("antony-blinken", "reported", "the talks had been productive"),
          ("antony-blinken", "quote", "We made real progress on the key issues.")]),
        ("Blinken arrived in Kyiv on Wednesday. Kuleba's welcome was warm, and he said Ukraine was grateful for the "
         "new aid package.",
         [("dmytro-kuleba", "reported", "Ukraine was grateful for the new aid package.")]),
        # what the writer adds after an attribution is not the rest of the clause
        ("Russia will never give up Crimea, Zelensky said, who met Scholz in Berlin on Friday.",
         [("volodymyr-zelensky", "reported", "Russia will never give up Crimea")]),
        ("Die Nato werde geschlossen bleiben, sagte Scholz, der am Montag in Kiew war.",
         [("olaf-scholz", "reported", "Die Nato werde geschlossen bleiben")]),
        ("The alliance stands united, Stoltenberg said, its members united as never before.",
         [("jens-stoltenberg", "reported", "The alliance stands united")]),
        ("Die Lieferungen gehen weiter, sagte Scholz, die Koalition streitet seit Wochen über die Lieferung.",
         [("olaf-scholz", "reported", "Die Lieferungen gehen weiter")]),
        ("Die Ukraine werde siegen, sagte Scholz am Montag, die Ukraine brauche mehr Munition.",
         [("olaf-scholz", "reported", "Die Ukraine werde siegen, die Ukraine brauche mehr Munition.")]),
        ("Lavrov a affirmé que Moscou était prêt à négocier, prévenant les Occidentaux que toute livraison d'armes "
         "serait une cible légitime.",
         [("sergey-lavrov", "reported", "Moscou était prêt à négocier"),
          ("sergey-lavrov", "reported", "toute livraison d'armes serait une cible légitime.")]),
    ],
)
def test_second_review_of_the_eighth_set_rules(watchlist: Watchlist, text: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    # Found by a second review of this set's rules: each was wrong with one of them.
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "told reporters he was hopeful that ...": that "that" is the clause's
        ("U.N. Secretary-General Antonio Guterres, meanwhile, told reporters he was hopeful that the Black Sea Grain "
         "Initiative would be extended.",
         [("antonio-guterres", "reported", "he was hopeful that the Black Sea Grain Initiative would be extended.")]),
        # a relative clause about the addressee before "that"
        ("The Ukrainian leader Volodymyr Zelensky also told the security forum, which is organised by the "
         "International Institute for Strategic Studies, that 106 countries had so far confirmed their participation.",
         [("volodymyr-zelensky", "reported", "106 countries had so far confirmed their participation.")]),
        # "are now telling" is someone else's verb, not the opening official's participle
        ("Emmanuel Macron has done it: all three are now telling the world that he does not speak for them.", []),
        ("Maria Zakharova was quoted as saying that the clown remains a clown whatever stage he stands on.",
         [("maria-zakharova", "reported", "the clown remains a clown whatever stage he stands on.")]),
        # an ambassador is a diplomat: "the diplomat" is the untracked ambassador named just before
        ("Maria Zakharova went further. Russia's ambassador to Canada, Oleg Stepanov, has demanded an official "
         "explanation. The diplomat said the ovation was an insult to the memory of millions of Soviet soldiers.", []),
        # someone untracked named with a relative clause: a later "the president" is him
        ("Vladimir Putin said the talks were constructive. Trump, who had threatened very severe consequences if Putin "
         "refused to stop the fighting, admitted there was still work to do. \"There's no deal until there's a deal,\" "
         "the president said.",
         [("vladimir-putin", "reported", "the talks were constructive.")]),
    ],
)
def test_ninth_set_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # Constructions of the ninth set of whole articles missed or misread when it was first measured.
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long look between an inverted verb and its subject; a name in quotes between subject and verb
        ("«Блинкен попросил о контакте с Лавровым. На полях второй сессии министр переговорил с ним на ходу», - "
         "написала в своем Telegram-канале официальный представитель МИД РФ Мария Захарова.",
         [("maria-zakharova", "quote", "Блинкен попросил о контакте с Лавровым. На полях второй сессии министр "
                                       "переговорил с ним на ходу")]),
        ("Президент Франции Эммануэль Макрон после видеоконференции так называемой «коалиции желающих» сказал, что "
         "не видит у Путина желания мира.",
         [("emmanuel-macron", "reported", "не видит у Путина желания мира.")]),
        # Ukrainian capitalises "Президент"; "говорил о" is what about; an imperfective gerund after the subject's verb
        ("Володимир Зеленський провів засідання. За словами Президента, у зоні можливого затоплення перебувають "
         "близько 80 населених пунктів.",
         [("volodymyr-zelensky", "reported", "у зоні можливого затоплення перебувають близько 80 населених пунктів.")]),
        ("Сам Сергей Лавров на пресс-конференции говорил о контакте с Блинкеном скупо.", []),
        ("Володимир Зеленський виступив на саміті, наголошуючи, що Росії не місце за цим столом.",
         [("volodymyr-zelensky", "reported", "Росії не місце за цим столом.")]),
        # a clause that goes round its source ("по его словам", "selon lui", "according to X" in mid-sentence)
        ("«Мы ни о чем американцев не просили», - подчеркнул Сергей Лавров. Короткий разговор с госсекретарем, по его "
         "словам, касался в основном ДСНВ и Украины.",
         [("sergey-lavrov", "quote", "Мы ни о чем американцев не просили"),
          ("sergey-lavrov", "reported", "Короткий разговор с госсекретарем касался в основном ДСНВ и Украины.")]),
        ("Dmytro Kouleba est intervenu. Le Conseil doit, selon lui, créer sans délai une commission d'enquête.",
         [("dmytro-kuleba", "reported", "Le Conseil doit créer sans délai une commission d'enquête.")]),
        ("Помимо этого, по словам Зеленского, Киев готов продлить режим прекращения огня на 30 дней.",
         [("volodymyr-zelensky", "reported", "Киев готов продлить режим прекращения огня на 30 дней.")]),
        # a clause opening with its quote and going on is the statement; one that ends with it is the quote
        ("Глава Офиса президента Андрей Ермак в тот же день написал, что «ничего об Украине без Украины» остается "
         "принципом, от которого Киев не отступит.",
         [("andriy-yermak", "reported", "«ничего об Украине без Украины» остается принципом, от которого Киев не "
                                        "отступит.")]),
        ('Zakharova said "the West will regret this decision," speaking at her weekly briefing.',
         [("maria-zakharova", "quote", "the West will regret this decision")]),
        ("Emmanuel Macron a estimé qu'« il n'y a pas de consensus aujourd'hui » sur cette question.",
         [("emmanuel-macron", "quote", "il n'y a pas de consensus aujourd'hui")]),
    ],
)
def test_ninth_set_russian_and_ukrainian_cases(watchlist: Watchlist, text: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    # Constructions of the ninth set of whole articles missed or misread when it was first measured.
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role apposition without an article ("conseiller du président X") names someone else than the subject
        ("Mykhaïlo Podoliak, conseiller du président Volodymyr Zelensky, a estimé de son côté que ce n'était pas le "
         "moment de ménager le Kremlin.",
         [("mykhailo-podolyak", "reported", "ce n'était pas le moment de ménager le Kremlin.")]),
        # the official named in apposition to the title opening the sentence is its subject
        ("Le chef du bureau présidentiel ukrainien, Andriy Yermak, qui accompagnait M. Zelensky, a publié sur Telegram "
         "une photo. « Le Canada est avec nous. Nous continuons à travailler pour une paix juste », a-t-il écrit.",
         [("andriy-yermak", "quote", "Le Canada est avec nous. Nous continuons à travailler pour une paix juste")]),
        # the subject after opening adverbials; a place is no one
        ("Volodymyr Zelensky a parlé. La veille, le président américain avait créé la surprise. « Je pense que vous "
         "n'auriez pas de guerre aujourd'hui si Poutine était resté à la table », avait-il déclaré.", []),
        ("À New York, le secrétaire général de l'ONU, António Guterres, avait invoqué l'article 99 de la Charte. "
         "\"Les habitants de Gaza sont sommés de se déplacer comme des balles de flipper humaines\", avait-il "
         "déclaré deux jours plus tard.",
         [("antonio-guterres", "quote", "Les habitants de Gaza sont sommés de se déplacer comme des balles de flipper "
                                        "humaines")]),
        # "Pour un chercheur, ..." gives his view: "analyse-t-il" is him, not the official spoken about
        ("Pour un chercheur lillois spécialiste de la Russie, Emmanuel Macron reste fidèle à sa ligne. « Il veut être "
         "celui qui pourra parler aux deux camps le moment venu », analyse-t-il.", []),
        # a subhead quoting someone is not the continuation of the previous speaker's quote
        ("Maria Zakharova a ironisé. « Que la France commence par cesser de livrer des canons Caesar au régime de "
         "Kiev », a lancé la porte-parole de la diplomatie russe sur Telegram.\n\n« Ça fait mal à entendre »\n\nOlena "
         "préside une association.",
         [("maria-zakharova", "quote", "Que la France commence par cesser de livrer des canons Caesar au régime de "
                                       "Kiev")]),
        # French verbs: "a répondu que", "a répondu aux critiques" (what to), "a lancé" after a clause, "avait
        # promis" after a quote, "a révélé que"
        ("Sergueï Lavrov a répondu que la position de Moscou n'avait pas changé depuis des années.",
         [("sergey-lavrov", "reported", "la position de Moscou n'avait pas changé depuis des années.")]),
        ("Emmanuel Macron a répondu aux critiques de Kiev.", []),
        ("Les Occidentaux et leurs alliés, a lancé Lavrov, ne parviendront pas à infliger \"une défaite stratégique\" "
         "à la Russie.",
         [("sergey-lavrov", "reported", "Les Occidentaux et leurs alliés ne parviendront pas à infliger \"une "
                                        "défaite stratégique\" à la Russie.")]),
        ("Vladimir Poutine a parlé. « Dès que Kiev déclarera être prêt à prendre une telle décision, nous donnerons "
         "l'ordre de cessez-le-feu », avait promis le maître du Kremlin.",
         [("vladimir-putin", "quote", "Dès que Kiev déclarera être prêt à prendre une telle décision, nous donnerons "
                                      "l'ordre de cessez-le-feu")]),
        ("Dmitri Peskov a révélé que la Russie restait ouverte à un nouveau cycle de pourparlers à Istanbul.",
         [("dmitry-peskov", "reported", "la Russie restait ouverte à un nouveau cycle de pourparlers à Istanbul.")]),
    ],
)
def test_ninth_set_french_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause-first statement holding a quote; the subject after a perfect auxiliary; a colon after Konjunktiv
        ("Die Mobilmachung sei \"eine Handlung aus Verzweiflung\", sagte Bundeskanzler Olaf Scholz am Rande der "
         "Generaldebatte.",
         [("olaf-scholz", "reported", "Die Mobilmachung sei \"eine Handlung aus Verzweiflung\"")]),
        ("Wladimir Putin war da. Bereits am Sonntag hatte der Kremlchef gesagt, hinter der Explosion auf der Brücke "
         "stünden ukrainische Geheimdienste.",
         [("vladimir-putin", "reported", "hinter der Explosion auf der Brücke stünden ukrainische Geheimdienste.")]),
        ("Regierungssprecher Steffen Hebestreit hatte mitgeteilt, der Kanzler habe Putin aufgefordert, den Krieg zu "
         "beenden. Zudem habe Scholz die Entschlossenheit Deutschlands unterstrichen, die Ukraine zu unterstützen.",
         []),
        ("«Sie versuchen, uns zu vernichten und vom Antlitz der Erde zu tilgen», sagte Selenski. Russland habe zwei "
         "Ziele: die Energieversorgung und die Menschen.",
         [("volodymyr-zelensky", "quote", "Sie versuchen, uns zu vernichten und vom Antlitz der Erde zu tilgen"),
          ("volodymyr-zelensky", "reported", "Russland habe zwei Ziele: die Energieversorgung und die Menschen.")]),
        ("Kiew müsse seine Verpflichtungen erfüllen, verlangte Putin.",
         [("vladimir-putin", "reported", "Kiew müsse seine Verpflichtungen erfüllen")]),
        # an indirect question is what about, not what; "nicht sagen" says nothing
        ("Was die Teilmobilmachung konkret bedeutet, erläuterte Verteidigungsminister Sergej Schoigu im "
         "Staatsfernsehen.", []),
        ("Was in Butscha geschehen sei, sei eine Fälschung, behauptete Putin.",
         [("vladimir-putin", "reported", "Was in Butscha geschehen sei, sei eine Fälschung")]),
        ("Ob sich Putin in den kommenden Tagen erneut an die Nation wenden werde, wollte Peskow nicht sagen.", []),
    ],
)
def test_ninth_set_german_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject after "hat/hatte" only after adverbials (else the name after it is the addressee)
        ("Scholz hat Selenskyj bei dem Telefonat gesagt, Deutschland werde die Ukraine weiter unterstützen.",
         [("olaf-scholz", "reported", "Deutschland werde die Ukraine weiter unterstützen.")]),
        ("Macron hatte Putin bereits im Februar gewarnt, eine Invasion werde schwere Folgen haben.",
         [("emmanuel-macron", "reported", "eine Invasion werde schwere Folgen haben.")]),
        # an imperfective gerund belongs to the official opening the sentence, not to an object or another clause
        ("Лукашенко принял Шойгу в Минске, подчеркивая, что Белоруссия остается верным союзником России.", []),
        ("Путин провел совещание с Совбезом, а Лавров выступил на Генассамблее ООН, подчеркивая, что Запад ведет "
         "войну.", []),
        # a short quote is a name only in Russian and Ukrainian (not 'branded Zelensky a "terrorist" and said')
        ('Moscow branded Zelensky a "terrorist" and said that talks with Kyiv were impossible.', []),
        # French verbs that need what was said
        ("Maria Zakharova a raillé Emmanuel Macron, qui avait évoqué l'envoi de troupes.", []),
        ("Dmitri Peskov a répondu par la négative lorsqu'on lui a demandé si Poutine viendrait.", []),
        ("Dmitri Peskov a répondu à Emmanuel Macron en affirmant que l'envoi de troupes serait une escalade.",
         [("dmitry-peskov", "reported", "l'envoi de troupes serait une escalade.")]),
        # a German relative clause after the object is no statement; an adjective after "die" is no relative
        ("Putin bestätigte den Tod von Prigoschin, der bei einem Flugzeugabsturz ums Leben gekommen war.", []),
        ("Peskow dementierte Berichte, wonach Putin schwer erkrankt sei.", []),
        # a progressive verb has its own subject; "Nicht zuletzt" negates nothing
        ("Scholz was insisting that Germany would not send Taurus missiles.",
         [("olaf-scholz", "reported", "Germany would not send Taurus missiles.")]),
        ("Nicht zuletzt betonte Scholz, dass Deutschland der größte Unterstützer der Ukraine in Europa sei.",
         [("olaf-scholz", "reported", "Deutschland der größte Unterstützer der Ukraine in Europa sei.")]),
        # a pronoun after "told" in a time clause does not take the "that"
        ("Blinken told reporters after he met Kuleba that the United States would keep supporting Ukraine.",
         [("antony-blinken", "reported", "the United States would keep supporting Ukraine.")]),
        # a lowercase title after opening adverbials
        ("On Friday, chancellor Olaf Scholz, on a visit to Kyiv, said that Germany would deliver more tanks.",
         [("olaf-scholz", "reported", "Germany would deliver more tanks.")]),
        # an indefinite source is someone of their own title and gender; a capital city is no person
        ("Selon un responsable ukrainien, Zelensky a demandé des avions à Scholz. Le président ukrainien a assuré que "
         "les pilotes étaient prêts.",
         [("volodymyr-zelensky", "reported", "les pilotes étaient prêts.")]),
        ("Selon une source diplomatique, Vladimir Poutine ne participera pas au sommet. Il a expliqué que la Russie "
         "n'y voyait aucun intérêt.",
         [("vladimir-putin", "reported", "la Russie n'y voyait aucun intérêt.")]),
        ("Volodymyr Zelensky était à Bruxelles jeudi. Kiev, qui réclame des avions de combat, espère un accord. Le "
         "président ukrainien a affirmé que les pilotes étaient prêts.",
         [("volodymyr-zelensky", "reported", "les pilotes étaient prêts.")]),
        # a quote not right after "that" stays the quote
        ('Putin said "Russia is ready for talks with everyone" when he met Erdogan on Friday.',
         [("vladimir-putin", "quote", "Russia is ready for talks with everyone")]),
        # a source in mid-sentence after the writer's own clause
        ("Putin met Erdogan in Sochi on Friday, but, according to Peskov, no agreement on the grain deal was reached.",
         [("dmitry-peskov", "reported", "no agreement on the grain deal was reached.")]),
        ("Путин и Си провели переговоры в узком составе, по словам Пескова, они длились более трех часов.",
         [("dmitry-peskov", "reported", "они длились более трех часов.")]),
        ("The strike killed 12 people, according to Zelensky, who posted a video of the destroyed building.",
         [("volodymyr-zelensky", "reported", "The strike killed 12 people")]),
    ],
)
def test_review_of_the_ninth_set_rules(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # Found by a review of the ninth set's rules: each was wrong with one of them.
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit of a figure ends its sentence before a capital
        ("Шольц заявил, что страны договорились о кредите Украине на $50 млрд. Песков назвал такие планы «откровенным "
         "воровством».",
         [("olaf-scholz", "reported", "страны договорились о кредите Украине на $50 млрд."),
          ("dmitry-peskov", "reported", "назвал такие планы «откровенным воровством».")]),
        ("Лавров заявил, что потери противника составили 1,5 тыс. человек за сутки боев.",
         [("sergey-lavrov", "reported", "потери противника составили 1,5 тыс. человек за сутки боев.")]),
        # verbs of speech only after the quote and its dash
        ("«Наша позиция хорошо известна», - ограничился замечанием пресс-секретарь президента Дмитрий Песков.",
         [("dmitry-peskov", "quote", "Наша позиция хорошо известна")]),
        ("Песков отвечал уклончиво. «Борьба с коррупцией - это постоянная работа», - ограничился он короткой репликой.",
         [("dmitry-peskov", "quote", "Борьба с коррупцией - это постоянная работа")]),
        ("«Ну, пусть попробует, посмотрим», - бросил Путин, не называя Макрона по имени.",
         [("vladimir-putin", "quote", "Ну, пусть попробует, посмотрим")]),
        ("«Какие могут быть переговоры с такими людьми?» - задался вопросом Путин.",
         [("vladimir-putin", "quote", "Какие могут быть переговоры с такими людьми?")]),
        ("«Це неприйнятно для нас», - відрізав Зеленський.",
         [("volodymyr-zelensky", "quote", "Це неприйнятно для нас")]),
        ("Путин бросил вызов Западу, заявили в Вашингтоне. Песков ограничился встречей с журналистами в Кремле.", []),
        # "drew attention to the fact that"
        ("Министр Сергей Лавров обратил внимание на то, что западные страны запрещают Киеву вести переговоры.",
         [("sergey-lavrov", "reported", "западные страны запрещают Киеву вести переговоры.")]),
        ("Зеленський звернув увагу на те, що партнери затримують постачання зброї.",
         [("volodymyr-zelensky", "reported", "партнери затримують постачання зброї.")]),
        ("Лавров обратил внимание журналистов на рост цен на зерно в Африке.", []),
        # a role noun in the genitive with its complement after "по словам" / "за словами"
        ("Путин провел совещание. По словам главы государства, Киев пытается улучшить переговорные позиции.",
         [("vladimir-putin", "reported", "Киев пытается улучшить переговорные позиции.")]),
        ("Дмитрий Песков прокомментировал обращение. По мнению представителя Кремля, речь носит конфронтационный "
         "характер.",
         [("dmitry-peskov", "reported", "речь носит конфронтационный характер.")]),
        ("Дмитрий Песков прокомментировал обращение. По словам пресс-секретаря президента, речь носит "
         "конфронтационный характер.",
         [("dmitry-peskov", "reported", "речь носит конфронтационный характер.")]),
        ("Сергей Лавров провел переговоры. По словам главы российской дипломатии, сделка возможна только на "
         "условиях Москвы.",
         [("sergey-lavrov", "reported", "сделка возможна только на условиях Москвы.")]),
        ("Олаф Шольц провел переговоры. По словам канцлера Германии, помощь Украине будет продолжена.",
         [("olaf-scholz", "reported", "помощь Украине будет продолжена.")]),
        ("Дмитро Кулеба провів переговори. За словами очільника МЗС, партнери затримують постачання зброї.",
         [("dmytro-kuleba", "reported", "партнери затримують постачання зброї.")]),
        # someone else's office, or a phrase going on past its complement: not ours
        ("Олаф Шольц провел переговоры. По словам канцлера Австрии, помощь Украине будет продолжена.", []),
        ("Песков прокомментировал обращение. По словам министра, который выступал в Думе, речь носит "
         "конфронтационный характер.", []),
        # a name in quote marks inside the subject's apposition; a word in Latin letters or with a digit names no one
        ("Министр иностранных дел Сергей Лавров, находившийся в Рио-де-Жанейро на саммите «Большой двадцатки», "
         "выразил надежду, что на Западе прочтут документ целиком.",
         [("sergey-lavrov", "reported", "на Западе прочтут документ целиком.")]),
        ("Госсекретарь США Энтони Блинкен на встрече министров G7 под Римом назвал риторику Москвы «безответственной» "
         "и опасной.",
         [("antony-blinken", "reported", "назвал риторику Москвы «безответственной» и опасной.")]),
        ("Захарова разобрала высказывания Эммануэля Макрона. Ранее французский лидер в интервью телеканалам TF1 и "
         "France 2 заявил, что не исключает отправки западных контингентов.",
         [("emmanuel-macron", "reported", "не исключает отправки западных контингентов.")]),
        # a title given with the name holds for the text, also an office held before ("министр обороны" in 2022)
        ("В эфир вышло интервью министра обороны Сергея Шойгу.\n\nПутин выступил в Кремле.\n\nМинистр сообщил, "
         "что мобилизовать планируется 300 тысяч человек.",
         [("sergei-shoigu", "reported", "мобилизовать планируется 300 тысяч человек.")]),
        ("Министр обороны Сергей Шойгу выслушал доклад.\n\nВыслушав доклад, Шойгу отдал приказ.\n\n«Приступайте к "
         "отводу войск и примите все меры», - распорядился глава военного ведомства.",
         [("sergei-shoigu", "quote", "Приступайте к отводу войск и примите все меры")]),
        ("Сергей Шойгу выслушал доклад. По словам министра обороны, потери противника составили более тысячи человек.",
         []),
        # ... but not a title of which the role noun is a complement
        ("Керівник Офісу Президента Андрій Єрмак назвав візит сильним сигналом.\n\nПрезидент заявив, що партнери "
         "готові ухвалити нові рішення.", [("andriy-yermak", "reported", "назвав візит сильним сигналом.")]),
        # "accused X of the fact that": from the verb, as "accused X of ..."
        ("Министр Сергей Лавров обвинил западные делегации в том, что они превратили встречу в фарс.",
         [("sergey-lavrov", "reported", "обвинил западные делегации в том, что они превратили встречу в фарс.")]),
        ("«Никаких данных о причинах нет, а такие заявления уже делаются», - возмутился Песков.",
         [("dmitry-peskov", "quote", "Никаких данных о причинах нет, а такие заявления уже делаются")]),
        ("«Вижу, вы можете быть на меня похожим», - пошутил глава государства Владимир Путин.",
         [("vladimir-putin", "quote", "Вижу, вы можете быть на меня похожим")]),
        # an apposition is no clause with a verb in it
        ("По мнению пресс-секретаря президента России Дмитрия Пескова, визит генсека показал, что ООН «не может "
         "игнорировать голос Глобального Юга».",
         [("dmitry-peskov", "reported",
           "визит генсека показал, что ООН «не может игнорировать голос Глобального Юга».")]),
        # the opening name's second predicate after a comma: a singular verb or a gerund (not "заявили в Кремле")
        ("Шольц вновь отверг такую возможность, заявив, что для применения этих ракет потребовалось бы участие "
         "немецких военных.",
         [("olaf-scholz", "reported", "для применения этих ракет потребовалось бы участие немецких военных.")]),
        ("Путин подписал указ о мобилизации, заявили в Кремле в среду вечером.", []),
        # the words commented on are their speaker's
        ("Захарова прокомментировала слова госсекретаря США Энтони Блинкена, который ранее сказал, что поставки "
         "бронетехники позволят вернуть территории.",
         [("antony-blinken", "reported", "поставки бронетехники позволят вернуть территории.")]),
        ("Захарова прокомментировала заявление генсека НАТО Йенса Столтенберга о том, что альянс должен увеличить "
         "производство боеприпасов.",
         [("jens-stoltenberg", "reported", "альянс должен увеличить производство боеприпасов.")]),
        ("Захарова прокомментировала визит Блинкена, который прибыл в Киев утром.", []),
        ("Песков прокомментировал заявление Макрона и заявил, что такой шаг привел бы к прямому столкновению.",
         [("dmitry-peskov", "reported", "такой шаг привел бы к прямому столкновению.")]),
        ("Пєсков відреагував на удар по Бєлгороду в суботу ввечері.", []),
        # "did not rule out that" says that something may be; "начальник Генштаба" is the chief of the General Staff
        ("Путин выступил в Кремле. Глава государства не исключил, что российские войска могут войти в Сумы.",
         [("vladimir-putin", "reported", "российские войска могут войти в Сумы.")]),
        ("Путин не исключил участия в саммите в Казани этой осенью.", []),
        ("Валерий Герасимов провел брифинг. Начальник Генштаба предупредил, что Россия будет вынуждена ответить на "
         "вступление Финляндии.",
         [("valery-gerasimov", "reported", "Россия будет вынуждена ответить на вступление Финляндии.")]),
        # a longer name in quote marks right after a preposition
        ("Путин на «Российской энергетической неделе» заявил, что Россия готова поставлять газ по уцелевшей нитке.",
         [("vladimir-putin", "reported", "Россия готова поставлять газ по уцелевшей нитке.")]),
        # "Так X прокомментировал ..." and "Об этом ... заявил X" attribute the sentence before
        ("Американский госсекретарь поет в баре, пока украинцы гибнут на фронте. Так официальный представитель МИД "
         "России Мария Захарова прокомментировала выступление Блинкена.",
         [("maria-zakharova", "reported", "Американский госсекретарь поет в баре, пока украинцы гибнут на фронте.")]),
        ("Разговор получился очень полезным для обеих сторон. Так глава российской дипломатии Сергей Лавров оценил "
         "итоги встречи.",
         [("sergey-lavrov", "reported", "Разговор получился очень полезным для обеих сторон.")]),
        ("Лавров оценил итоги встречи как полезные для обеих сторон.", []),
        ("КНДР направит в Курскую область тысячу саперов. Об этом в Пхеньяне после переговоров с Ким Чен Ыном заявил "
         "секретарь Совета безопасности России Сергей Шойгу.",
         [("sergei-shoigu", "reported", "КНДР направит в Курскую область тысячу саперов.")]),
        # a mention in another case, or after a preposition, is not the subject
        ("Президент Франции Эммануэль Макрон на пресс-конференции вместе с Олафом Шольцем заявил, что Украине "
         "следует позволить наносить удары.",
         [("emmanuel-macron", "reported", "Украине следует позволить наносить удары.")]),
        ("После встречи с Путиным Лукашенко заявил, что союз двух стран крепок как никогда.", []),
        # the complement of an office is no one's name; "- продолжил он" after a quote
        ("Андрей Ермак прибыл в Вашингтон. Глава Офиса президента Украины заявил, что Киев ждет решения по ракетам.",
         [("andriy-yermak", "reported", "Киев ждет решения по ракетам.")]),
        ("Михаил Подоляк выступил в эфире. Советник главы Офиса президента заявил, что Киев ждет решения по ракетам.",
         [("mykhailo-podolyak", "reported", "Киев ждет решения по ракетам.")]),
        ("Зеленский объяснил почему.\n\n«Нельзя пригласить только одну часть страны, это было бы признанием "
         "оккупации», — продолжил он.",
         [("volodymyr-zelensky", "quote", "Нельзя пригласить только одну часть страны, это было бы признанием "
           "оккупации")]),
        ("Путин продолжил переговоры с премьером Индии в Кремле.", []),
        # from a held-out set of 20 Ukrainian articles
        ("Київ. 17 липня. ІНТЕРФАКС-УКРАЇНА - Зернові домовленості з понеділка фактично припиняють дію. Про це "
         "заявив речник Кремля Дмитро Пєсков.",
         [("dmitry-peskov", "reported", "Зернові домовленості з понеділка фактично припиняють дію.")]),
        ("Першою в Москві відреагувала офіційна представниця МЗС РФ Марія Захарова. «Рішення суду не мають для нашої "
         "країни жодного значення», - написала вона в Telegram.",
         [("maria-zakharova", "quote", "Рішення суду не мають для нашої країни жодного значення")]),
        ("Макрон від своїх слів не відмовився. 14 березня в інтерв'ю телеканалам TF1 і France 2 він пояснив, що "
         "Франція не збирається ініціювати наступальні дії.",
         [("emmanuel-macron", "reported", "Франція не збирається ініціювати наступальні дії.")]),
        ("Сам Герасимов виступає рідко. Однак наприкінці січня в інтерв'ю виданню «Аргументы и недели» він заявив, "
         "що колективний Захід фактично веде проти Росії війну.",
         [("valery-gerasimov", "reported", "колективний Захід фактично веде проти Росії війну.")]),
        ("Зеленський виступив увечері. Пізніше, у вечірньому зверненні, глава держави додав, що такі атаки свідчать "
         "про справжні наміри Москви.",
         [("volodymyr-zelensky", "reported", "такі атаки свідчать про справжні наміри Москви.")]),
        # "presidential" is no president: the Kremlin's press secretary is not "the head of state"
        ("Пєсков провів брифінг. Пізніше, у вечірньому зверненні, глава держави додав, що такі атаки свідчать про "
         "справжні наміри Москви.", []),
        ("Путін провів нараду. На ній очільник Кремля заявив, що противник «отримає гідну відповідь» від армії.",
         [("vladimir-putin", "reported", "противник «отримає гідну відповідь» від армії.")]),
        ("Андрій Єрмак виступив у Раді. «Заморожений конфлікт - це пауза для Росії, щоб переозброїтися», - пояснив "
         "керівник ОП.",
         [("andriy-yermak", "quote", "Заморожений конфлікт - це пауза для Росії, щоб переозброїтися")]),
        ("Радник керівника ОП Михайло Подоляк у коментарі Цензор.НЕТ зауважив, що ордер фактично обмежує "
         "пересування Путіна.",
         [("mykhailo-podolyak", "reported", "ордер фактично обмежує пересування Путіна.")]),
        ("Путін виступив у Кремлі. Також російський диктатор назвав Одесу «російським містом» без жодних підстав.",
         [("vladimir-putin", "reported", "назвав Одесу «російським містом» без жодних підстав.")]),
        ("Міністр закордонних справ Дмитро Кулеба в коментарі ТСН підсумував, що візит до Нью-Йорка «виконав своє "
         "завдання».",
         [("dmytro-kuleba", "reported", "візит до Нью-Йорка «виконав своє завдання».")]),
        ("Блінкен виступив перед студентами. «Ваша боротьба за свободу і гідність, - звернувся Блінкен до студентів, "
         "- це боротьба не лише за Україну».",
         [("antony-blinken", "quote", "Ваша боротьба за свободу і гідність це боротьба не лише за Україну")]),
        ("Зеленський зустрівся з Блінкеном. Глава держави подякував Сполученим Штатам за пакет допомоги і наголосив, "
         "що найбільшою потребою України залишається протиповітряна оборона.",
         [("volodymyr-zelensky", "reported", "найбільшою потребою України залишається протиповітряна оборона.")]),
        ("Зеленський визнав операцію. Пізніше глава держави висловився ще прямолінійніше: «Росія принесла війну "
         "іншим, тепер вона повертається додому».",
         [("volodymyr-zelensky", "quote", "Росія принесла війну іншим, тепер вона повертається додому")]),
        ("Зеленський висловився про переговори з Росією у вечірньому зверненні.", []),
        # from a second held-out set of 20 Russian articles
        ("23:20 Пресс-секретарь Кремля Дмитрий Песков рассказал, что переговоры идут «в хорошей атмосфере».",
         [("dmitry-peskov", "reported", "переговоры идут «в хорошей атмосфере».")]),
        ("Зеленский прилетел. Вечером, выступая на площади перед тысячами людей, он сказал, что НАТО сделает Украину "
         "безопаснее.",
         [("volodymyr-zelensky", "reported", "НАТО сделает Украину безопаснее.")]),
        ("Освобождение Курской области завершено. Об этом начальник Генерального штаба Валерий Герасимов доложил "
         "Верховному главнокомандующему Владимиру Путину.",
         [("valery-gerasimov", "reported", "Освобождение Курской области завершено.")]),
        ("Блинкен прилетел в Монголию. «Ни одно из этих освобождений не было бы возможным без союзников», - "
         "подчеркнул глава Госдепартамента.",
         [("antony-blinken", "quote", "Ни одно из этих освобождений не было бы возможным без союзников")]),
        ("Дмитрий Песков на вопросы о том, поедет ли Путин в Стамбул, отвечал, что состав делегации объявят позже.",
         [("dmitry-peskov", "reported", "состав делегации объявят позже.")]),
        ("Путин отвечал на вопросы журналистов и россиян 4 часа 27 минут.", []),
        ("Гутерриш выступил. По его словам, от прекращения сделки пострадают «сотни миллионов людей».",
         [("antonio-guterres", "reported", "от прекращения сделки пострадают «сотни миллионов людей».")]),
        ("Сам Блинкен на пресс-конференции с главой МИД Украины Дмитрием Кулебой говорил, что украинское "
         "контрнаступление «набирает темп».",
         [("antony-blinken", "reported", "украинское контрнаступление «набирает темп».")]),
        ("Путин выступил. На вопрос, когда ВСУ будут выбиты из региона, президент ответил, что назвать конкретную "
         "дату не может.",
         [("vladimir-putin", "reported", "назвать конкретную дату не может.")]),
        ("Утром 24 июня Владимир Путин выступил с обращением к гражданам, назвав действия организаторов мятежа "
         "«предательством».",
         [("vladimir-putin", "reported", "назвав действия организаторов мятежа «предательством».")]),
        ("«Наши переговоры прошли в конструктивной атмосфере», - начал российский президент Владимир Путин.",
         [("vladimir-putin", "quote", "Наши переговоры прошли в конструктивной атмосфере")]),
        ("Путин начал переговоры с премьером Индии в Кремле.", []),
        # explaining and answering name a topic unless a clause or a colon follows
        ("Путин объяснил решение спустя несколько дней в статье для африканских СМИ.", []),
        ("Подоляк пояснював мету операції прямолінійніше за інших.", []),
        ("Путин объяснил, что решение было вынужденным из-за позиции Запада.",
         [("vladimir-putin", "reported", "решение было вынужденным из-за позиции Запада.")]),
        ("Постоянный представитель РФ при ООН Василий Небензя на заседании Совбеза ООН призвал западные страны "
         "прекратить поставки оружия. Песков выступил позже.", []),
    ],
)
def test_russian_and_ukrainian_attribution_forms(watchlist: Watchlist, text: str,
                                                 expected: list[tuple[str, str, str]]) -> None:
    # Found in the Russian labelled articles (and their Ukrainian counterparts): each was missed or wrong before.
    assert extract(normalize_text(text), watchlist) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the complement names another country or body: someone untracked, not the latest official of that role
        ("en", "Vladimir Putin met Xi Jinping. The president of China said Beijing would remain neutral in the "
               "conflict.", []),
        ("en", "Olaf Scholz arrived in Kyiv. The chancellor of Austria said Vienna would remain neutral.", []),
        ("en", "Sergey Lavrov held talks with Hakan Fidan. Turkey's foreign minister said Ankara remained ready to "
               "host talks.", []),
        ("en", "Lavrov arrived in Ankara. The foreign minister of the Republic of Turkey said the talks would cover "
               "grain exports.", []),
        ("en", "Dmitry Peskov did not comment. On Monday, the spokesperson for the Ukrainian air force said Russia had "
               "launched 40 drones.", []),
        ("fr", "António Guterres a appelé à un cessez-le-feu. Le secrétaire général de l'Otan a déclaré que l'Alliance "
               "ne participerait pas aux combats.",
         [("antonio-guterres", "reported", "appelé à un cessez-le-feu.")]),
        ("es", "Vladímir Putin se reunió con Xi Jinping. El presidente de China aseguró que Pekín seguirá siendo "
               "neutral.", []),
        ("de", "Putin empfing Xi Jinping am Dienstag. Der Präsident Chinas sagte, die Beziehungen seien ausgezeichnet.",
         []),
        ("no", "Putin møtte Xi Jinping i Beijing tirsdag. Presidenten i Kina sa at forholdet mellom landene er svært "
               "godt.", []),
        # the UN is not the United States
        ("en", "Blinken met Guterres. The UN envoy said the world would keep supporting Ukraine.", []),
        # an official's staff: not the official, and of the official's country
        ("en", "Peskov told reporters on Monday that no talks were planned. Zelensky's spokesman said Kyiv was still "
               "ready to negotiate.",
         [("dmitry-peskov", "reported", "no talks were planned.")]),
        ("en", "Dmitry Peskov was in Minsk on Wednesday. Putin's spokesman said Moscow had not received any new "
               "proposals from Kyiv.",
         [("dmitry-peskov", "reported", "Moscow had not received any new proposals from Kyiv.")]),
        ("en", "Podolyak spoke on Monday. Macron's adviser said Paris would keep supporting Kyiv firmly.", []),
        # ... and the official's own
        ("en", "Blinken visited Kyiv on Tuesday. The secretary of state said Washington would keep supporting Ukraine.",
         [("antony-blinken", "reported", "Washington would keep supporting Ukraine.")]),
        ("en", "Andriy Yermak arrived in Washington. The head of the presidential office said Kyiv expected a decision "
               "on air defence soon.",
         [("andriy-yermak", "reported", "Kyiv expected a decision on air defence soon.")]),
        ("en", "Andriy Yermak travelled to Washington. The head of the Office of the President of Ukraine said Kyiv "
               "needed more air defence.",
         [("andriy-yermak", "reported", "Kyiv needed more air defence.")]),
        ("en", "Sergey Lavrov arrived in Ankara. The foreign minister of the Russian Federation said the talks would "
               "cover grain exports.",
         [("sergey-lavrov", "reported", "the talks would cover grain exports.")]),
        ("en", "Antony Blinken landed in Warsaw. America's top diplomat said Washington would keep supporting Ukraine.",
         [("antony-blinken", "reported", "Washington would keep supporting Ukraine.")]),
        ("en", "Dmitry Peskov was in Minsk on Wednesday. The Kremlin's spokesman said Moscow had not received any new "
               "proposals from Kyiv.",
         [("dmitry-peskov", "reported", "Moscow had not received any new proposals from Kyiv.")]),
        ("fr", "Emmanuel Macron était à Berlin lundi. Le président de la République a déclaré que l'Europe devait se "
               "réarmer sans attendre.",
         [("emmanuel-macron", "reported", "l'Europe devait se réarmer sans attendre.")]),
        ("de", "Olaf Scholz reiste am Montag nach Kiew. Der Bundeskanzler der Bundesrepublik Deutschland sagte, die "
               "Hilfe werde fortgesetzt.",
         [("olaf-scholz", "reported", "die Hilfe werde fortgesetzt.")]),
        ("no", "Guterres møtte Støre i Oslo. FNs generalsekretær sa at verden må stå samlet mot krigen.",
         [("antonio-guterres", "reported", "verden må stå samlet mot krigen.")]),
    ],
)
def test_role_complements(watchlist: Watchlist, lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    # A role noun's complement or possessive naming a country or body (tests/data/role_complements.jsonl, the
    # reviews' cases): the official's own, or someone untracked.
    assert extract(normalize_text(text), watchlist, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the verb ends the complement: a country in the object is not the role's
        ("en", "Putin spoke at an economic forum in St Petersburg. The president of Russia said Ukraine had rejected "
               "every offer of talks.",
         [("vladimir-putin", "reported", "Ukraine had rejected every offer of talks.")]),
        ("en", "Scholz spoke in the Bundestag on Wednesday. The chancellor of Germany accused Russia of waging a "
               "brutal war of aggression.",
         [("olaf-scholz", "reported", "accused Russia of waging a brutal war of aggression.")]),
        ("fr", "Vladimir Poutine s'est exprimé jeudi. Le président de la Russie accuse l'Ukraine de préparer une "
               "provocation.",
         [("vladimir-putin", "reported", "accuse l'Ukraine de préparer une provocation.")]),
        ("es", "Serguéi Lavrov habló en Moscú. El ministro de Asuntos Exteriores de Rusia acusó a Ucrania de organizar "
               "el ataque.",
         [("sergey-lavrov", "reported", "acusó a Ucrania de organizar el ataque.")]),
        ("pt", "Jens Stoltenberg falou em Bruxelas. O secretário-geral da Otan acusou a Rússia de ameaçar a segurança "
               "europeia.",
         [("jens-stoltenberg", "reported", "acusou a Rússia de ameaçar a segurança europeia.")]),
        ("no", "Jens Stoltenberg talte i Brussel tirsdag. Generalsekretæren i NATO sa Ukraina vil bli medlem av "
               "alliansen.",
         [("jens-stoltenberg", "reported", "Ukraina vil bli medlem av alliansen.")]),
        # English "in" names where, not whose
        ("en", "Lavrov traveled to Ankara on Wednesday. The Russian foreign minister in Turkey said Moscow had no "
               "intention of ending the war.",
         [("sergey-lavrov", "reported", "Moscow had no intention of ending the war.")]),
        # a capital stands for its country; a person's name before a role is someone else's staff
        ("en", "Lavrov said on Monday that Moscow was ready for talks. Washington's top diplomat said the offer was "
               "not serious at all.",
         [("sergey-lavrov", "reported", "Moscow was ready for talks.")]),
        ("en", "Lavrov met Wang Yi in Beijing on Tuesday. Beijing's foreign minister said China wanted the war to end "
               "quickly.", []),
        ("en", "Lavrov arrived in Ankara on Monday for talks. Moscow's top diplomat said the West was trying to "
               "isolate Russia completely.",
         [("sergey-lavrov", "reported", "the West was trying to isolate Russia completely.")]),
        ("en", "Peskov told reporters on Monday that no talks were planned. Erdogan's spokesman said Ankara was still "
               "ready to host negotiations.",
         [("dmitry-peskov", "reported", "no talks were planned.")]),
        # "the secretary of state" is no other secretary
        ("en", "Shoigu held talks with Wang Yi in Beijing on Monday. The secretary of state said Washington was "
               "watching the visit closely.", []),
        ("en", "Zakharova held her weekly briefing on Thursday. The spokeswoman for Russia's Foreign Ministry said "
               "Moscow would respond to the sanctions.",
         [("maria-zakharova", "reported", "Moscow would respond to the sanctions.")]),
        ("fr", "Emmanuel Macron s'est exprimé devant la presse. Le président des États-Unis a estimé que l'alliance "
               "restait solide face à Moscou.", []),
        ("ru", "Владимир Путин провел переговоры с Си Цзиньпином. Президент КНР заявил, что отношения находятся на "
               "высшем уровне.", []),
    ],
)
def test_review_of_the_role_complement_rules(watchlist: Watchlist, lang: str, text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    # Found by a review of the rules above (225 texts in eight languages): each was wrong with their first version.
    assert extract(normalize_text(text), watchlist, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # another body or place after the role noun: someone else
        ("en", "Putin met the leaders of the republics. The president of Tatarstan said the region was ready to "
               "invest.", []),
        ("en", "Macron met Olympic officials in Paris. The president of the IOC said the Games would go ahead as "
               "planned.", []),
        ("en", "Zelensky met bankers in Kyiv. The president of the central bank said inflation was slowing.", []),
        ("fr", "Emmanuel Macron a reçu les présidents des deux chambres. Le président du Sénat a déclaré que la "
               "réforme devait être votée avant l'été.", []),
        ("fr", "Emmanuel Macron était à Lyon. Le président de la région a estimé que les transports devaient être "
               "renforcés.", []),
        ("es", "Emmanuel Macron recibió a Pedro Sánchez en París. El presidente del Gobierno dijo que España apoyará "
               "la propuesta francesa.", []),
        ("ru", "Путин встретился с Минтимером Шаймиевым. Президент Татарстана заявил, что республика готова к "
               "сотрудничеству.", []),
        ("uk", "Андрій Єрмак провів зустріч з депутатами. Голова Верховної Ради заявив, що закон ухвалять наступного "
               "тижня.", []),
        # ... but not the state itself, its portfolios, or the official's own office
        ("fr", "Emmanuel Macron était à Lyon. Le président de la République a estimé que les transports devaient "
               "être renforcés.",
         [("emmanuel-macron", "reported", "les transports devaient être renforcés.")]),
        ("en", "Putin met Xi. The president of the Russian Federation said the talks were useful.",
         [("vladimir-putin", "reported", "the talks were useful.")]),
        ("en", "Lavrov met Fidan. The minister of Foreign Affairs of Russia said the talks were useful.",
         [("sergey-lavrov", "reported", "the talks were useful.")]),
        ("en", "Yermak met the envoys. The head of the Office of the President said the talks were useful.",
         [("andriy-yermak", "reported", "the talks were useful.")]),
        ("en", "Gerasimov visited the front. The chief of the General Staff said the offensive was going to plan.",
         [("valery-gerasimov", "reported", "the offensive was going to plan.")]),
        # a chain of complements is not between the role noun and its verb
        ("en", "Valery Gerasimov inspected troops on Wednesday. The chief of the General Staff of the Russian Armed "
               "Forces said that units had advanced several kilometres.",
         [("valery-gerasimov", "reported", "units had advanced several kilometres.")]),
        ("en", "Mykhailo Podolyak gave interviews on Sunday. The adviser to the head of the Office of the President "
               "said that Moscow was trying to provoke refugees.",
         [("mykhailo-podolyak", "reported", "Moscow was trying to provoke refugees.")]),
        # a determiner is not the complement's noun; the next link's noun is not the role's
        ("fr", "Emmanuel Macron et Olaf Scholz se sont réunis. « Nous sommes à un moment où il nous faut un sursaut "
               "collectif », a déclaré le président de la République lors d'une conférence de presse.",
         [("emmanuel-macron", "quote", "Nous sommes à un moment où il nous faut un sursaut collectif")]),
    ],
)
def test_role_complements_naming_another_body(watchlist: Watchlist, lang: str, text: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    # A role noun whose complement names a body or place other than the official's state or office is someone
    # else's: a capitalised name after English "of" (compared with the English role text), and the bodies the rules
    # know in any language (tests/data/role_institutions.jsonl measures it).
    assert extract(normalize_text(text), watchlist, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Maria Zakharova spoke after the vote. The spokeswoman for her part said the resolution was "
               "illegitimate in the coming months.",
         [("maria-zakharova", "reported", "the resolution was illegitimate in the coming months.")]),
        ("en", "Sergey Lavrov gave a long interview. The minister of course said Russia had no intention of "
               "attacking NATO in the coming months.",
         [("sergey-lavrov", "reported", "Russia had no intention of attacking NATO in the coming months.")]),
        ("en", "Sergey Lavrov was in Minsk for talks. The minister for the first time said Moscow might accept "
               "mediation in the coming months.",
         [("sergey-lavrov", "reported", "Moscow might accept mediation in the coming months.")]),
        ("en", "Olaf Scholz addressed the party congress. The chancellor of all people said he would not be "
               "rushed in the coming months.",
         [("olaf-scholz", "reported", "he would not be rushed in the coming months.")]),
        ("en", "Antonio Guterres visited Kyiv. The secretary-general of the world body said the attack was "
               "unacceptable in the coming months.",
         [("antonio-guterres", "reported", "the attack was unacceptable in the coming months.")]),
        ("en", "Volodymyr Zelensky addressed the Congress. The president of the war-torn country said Ukraine "
               "would never surrender in the coming months.",
         [("volodymyr-zelensky", "reported", "Ukraine would never surrender in the coming months.")]),
        ("en", "Valery Gerasimov inspected the grouping. The chief of the army said the front was stable in the "
               "coming months.",
         [("valery-gerasimov", "reported", "the front was stable in the coming months.")]),
        ("en", "Dmitry Peskov was asked about the report. The spokesman for the head of state said the Kremlin "
               "had no plans for new talks.",
         [("dmitry-peskov", "reported", "the Kremlin had no plans for new talks.")]),
        ("en", "Jens Stoltenberg spoke in Brussels. The secretary general of the Atlantic alliance said "
               "deterrence was credible in the coming months.",
         [("jens-stoltenberg", "reported", "deterrence was credible in the coming months.")]),
        ("en", "Antony Blinken spoke in Helsinki. The secretary of state for the Biden administration said "
               "Russia had failed in the coming months.",
         [("antony-blinken", "reported", "Russia had failed in the coming months.")]),
        ("ru", "Дмитрий Песков ответил на вопросы журналистов. Пресс-секретарь Президента РФ заявил, что "
               "переговоров не будет в ближайшие месяцы.",
         [("dmitry-peskov", "reported", "переговоров не будет в ближайшие месяцы.")]),
        ("ru", "Мария Захарова выступила на брифинге. Официальный представитель Министерства иностранных дел "
               "России заявила, что Москва ответит на высылку дипломатов.",
         [("maria-zakharova", "reported", "Москва ответит на высылку дипломатов.")]),
        ("ru", "Йенс Столтенберг выступил в Брюсселе. Генсек Североатлантического альянса заявил, что Украина "
               "вступит в блок в ближайшие месяцы.",
         [("jens-stoltenberg", "reported", "Украина вступит в блок в ближайшие месяцы.")]),
        ("es", "Serguéi Lavrov llegó a Ankara. El ministro de Exteriores del Gobierno ruso afirmó que Moscú "
               "estaba dispuesto a negociar.",
         [("sergey-lavrov", "reported", "Moscú estaba dispuesto a negociar.")]),
        ("en", "Maria Zakharova held her briefing. The spokeswoman for the Ministry of Defence of Russia said "
               "the strikes had hit military targets only.",
         []),
        ("en", "Sergey Lavrov met Chinese officials. The minister of defence said military cooperation would "
               "expand significantly this year.",
         []),
    ],
)
def test_review_of_the_rule_for_other_bodies(watchlist: Watchlist, lang: str, text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    # Found by a review of that rule's first version (252 texts in eight languages, 45 official's own offices lost):
    # an "of"/"for" that opens no complement ("for her part", "of course"), synonyms of the official's own body ("the
    # world body", "the army"), a capitalised modifier ("the Atlantic alliance"), a Russian capitalised genitive
    # ("Президента РФ"), a government of a country ("del Gobierno ruso"); and a portfolio is not passed over in
    # English ("the Ministry of Defence" is not Zakharova's).
    assert extract(normalize_text(text), watchlist, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second clause's own "that"; a later "that" is a relative one
        ("Foreign Minister Dmytro Kuleba has repeatedly said that the 10-point plan is the only possible basis for "
         "negotiations and that Kyiv will not agree to any deal that leaves Russian troops on Ukrainian soil.",
         [("dmytro-kuleba", "reported", "the 10-point plan is the only possible basis for negotiations"),
          ("dmytro-kuleba", "reported", "Kyiv will not agree to any deal that leaves Russian troops on Ukrainian "
                                        "soil.")]),
        # a participle is its sentence's subject's, not an official named as an object
        ("North Macedonia's foreign minister, Bujar Osmani, who chaired the meeting, defended the decision to invite "
         'Lavrov, saying the OSCE was "the only forum where we still sit at the same table."', []),
        ("Trudeau welcomed Zelensky to Ottawa, saying Canada would stand with Ukraine.", []),
        ("Zelensky met Trudeau in Ottawa, saying Canada would stand with Ukraine.",
         [("volodymyr-zelensky", "reported", "Canada would stand with Ukraine.")]),
        ("Foreign ministry spokeswoman Maria Zakharova went further, accusing the EU of \"behaving like a common thief "
         "on the international stage\".",
         [("maria-zakharova", "reported", "accusing the EU of \"behaving like a common thief on the international "
                                          "stage\".")]),
        # a titled name in an apposition to the opening noun is whom "he" means next
        ('German Chancellor Olaf Scholz said the summit had sent "a very good signal."\n\nThe host, Lithuanian '
         'President Gitanas Nausėda, was more candid. "I would have liked to see more, to be honest," he told '
         "POLITICO on Monday evening.",
         [("olaf-scholz", "reported", 'the summit had sent "a very good signal."')]),
        # "reported to" someone is speech; neither-nor says nothing; "responded directly to" names what about
        ("Russia's defence minister, Sergei Shoigu, reported to Vladimir Putin that Russian forces had taken \"full "
         "control\" of Avdiivka.",
         [("sergei-shoigu", "reported", 'Russian forces had taken "full control" of Avdiivka.')]),
        ("Neither Scholz nor Macron responded directly to Putin's demands at the summit, which ended on Saturday.", []),
        ("Macron responded directly to Putin's demands at the summit, which ended on Saturday.", []),
        # a role noun after where and when is the participle's subject
        ("Vladimir Putin spoke on Friday. In the same speech, the Russian president set out conditions for a "
         "ceasefire, saying Ukraine must withdraw its troops from the four regions.",
         [("vladimir-putin", "reported", "Ukraine must withdraw its troops from the four regions.")]),
        # a quote ending with its own question mark, then its attribution
        ('"What kind of negotiations can we even talk about with people who strike civilians?" Putin said. "The '
         'enemy will certainly receive a worthy response."',
         [("vladimir-putin", "quote", "What kind of negotiations can we even talk about with people who strike "
                                      "civilians?"),
          ("vladimir-putin", "quote", "The enemy will certainly receive a worthy response.")]),
        # an act, then what was said
        ("Zelenskyy announced the swap in a video address, saying that 108 of those freed were members of the Azov "
         "regiment.",
         [("volodymyr-zelensky", "reported", "108 of those freed were members of the Azov regiment.")]),
        ("Zelensky confirmed the deal had collapsed, saying Russia had walked away from it.",
         [("volodymyr-zelensky", "reported", "the deal had collapsed"),
          ("volodymyr-zelensky", "reported", "Russia had walked away from it.")]),
        # transcripts: the speaker label names whose turn the paragraph is
        ("ELLISON: He gave a speech last night.\n\n(SOUNDBITE OF ARCHIVED RECORDING)\n\nANTONY BLINKEN: We know this "
         "is a very challenging moment.\n\nELLISON: He also met President Zelenskyy.\n\nPRESIDENT VOLODYMYR "
         "ZELENSKYY: (Through interpreter) We really need two Patriots for Kharkiv region.",
         [("antony-blinken", "quote", "We know this is a very challenging moment."),
          ("volodymyr-zelensky", "quote", "We really need two Patriots for Kharkiv region.")]),
        ("Вопрос: Как вы оцените переговоры?\n\nС.Лавров: Переговоры прошли конструктивно, мы договорились продолжить "
         "контакты.",
         [("sergey-lavrov", "quote", "Переговоры прошли конструктивно, мы договорились продолжить контакты.")]),
        ("PUTIN'S SPOKESMAN: We have nothing to add to what was said.", []),
    ],
)
def test_tenth_set_english_cases(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    # Constructions of the English held-out set of 15 articles (tests/data/attribution_articles.jsonl) missed or
    # misread on its first run, and the cases they must not change.
    assert extract(normalize_text(text), watchlist, "ru" if text.startswith("Вопрос") else "en") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # where and when opening the sentence are not someone untracked
        ("en", "Last week Lavrov toured Africa, saying Russia remained a reliable partner for the continent.",
         [("sergey-lavrov", "reported", "Russia remained a reliable partner for the continent.")]),
        # an act's object is a clause when it has a verb of its own
        ("en", "Peskov confirmed Putin spoke with Trump by phone on Tuesday, saying the call lasted more than an hour.",
         [("dmitry-peskov", "reported", "Putin spoke with Trump by phone on Tuesday"),
          ("dmitry-peskov", "reported", "the call lasted more than an hour.")]),
        ("en", "Putin admitted the army lost many men, saying the war was harder than expected.",
         [("vladimir-putin", "reported", "the army lost many men"),
          ("vladimir-putin", "reported", "the war was harder than expected.")]),
        # "reported to" in a relative clause is not the sentence's verb
        ("en", "Shoigu, who reported to Putin that the town had fallen, said the enemy had lost more than a thousand "
               "men.",
         [("sergei-shoigu", "reported", "the enemy had lost more than a thousand men.")]),
        # a question quote followed by a sentence of its own
        ("en", '"Will the Kremlin negotiate with Kyiv?" Peskov said on Monday that talks were possible only on '
               "Russia's terms.",
         [("dmitry-peskov", "reported", "talks were possible only on Russia's terms.")]),
        # a speaker label over words the paragraph attributes itself, and labels over what nobody says
        ("en", "ZELENSKY: Kremlin spokesman Dmitry Peskov said on Friday that Moscow did not consider the Ukrainian "
               "leader legitimate.",
         [("dmitry-peskov", "reported", "Moscow did not consider the Ukrainian leader legitimate.")]),
        ("en", 'LAVROV: "The West is playing with fire over the long-range weapons," the foreign minister told state '
               "TV on Sunday.",
         [("sergey-lavrov", "quote", "The West is playing with fire over the long-range weapons")]),
        ("en", "VLADIMIR PUTIN: The Russian president, 71, has ruled the country for nearly a quarter of a century.",
         []),
        ("en", "PUTIN: THE MAN WHO WOULD BE TSAR FOR LIFE", []),
        ("en", "MRS MACRON: I have always said that my husband works far too hard for the country.", []),
        ("ru", "ЗАХАРОВА: О ситуации вокруг Запорожской атомной электростанции и действиях киевского режима", []),
        # labels with a longer title, an interpreter's note, capitals after initials, a French space before the colon
        ("en", "SECRETARY OF STATE ANTONY BLINKEN: Thank you very much, everyone, for being here today.",
         [("antony-blinken", "quote", "Thank you very much, everyone, for being here today.")]),
        ("en", "PUTIN (through translator): We are ready to talk to anyone who wants peace in Europe.",
         [("vladimir-putin", "quote", "We are ready to talk to anyone who wants peace in Europe.")]),
        ("ru", "В.ПУТИН: Добрый день, уважаемые коллеги, мы начинаем наше совещание.",
         [("vladimir-putin", "quote", "Добрый день, уважаемые коллеги, мы начинаем наше совещание.")]),
        ("fr", "EMMANUEL MACRON : Nous ne laisserons jamais la Russie gagner cette guerre en Europe.",
         [("emmanuel-macron", "quote", "Nous ne laisserons jamais la Russie gagner cette guerre en Europe.")]),
        ("fr", "MME MACRON : Mon mari travaille beaucoup trop pour la France et les Français.", []),
        # a turn goes on over unlabelled paragraphs up to the next label (not past the transcript's last label, nor
        # over a stage direction)
        ("ru", "Вопрос: Владимир Владимирович, вы встретитесь с Зеленским?\n\nВ.Путин: Я не исключаю, но только на "
               "заключительном этапе переговоров.\n\nПри этом подчеркну, что легитимность нынешнего руководства "
               "Украины вызывает большие вопросы.\n\nВопрос: А что с зерновой сделкой?\n\nВ.Путин: Зерновая сделка "
               "прекратила действие, потому что обещания не выполнены.\n\nКак мы и предупреждали, наши условия "
               "остаются прежними.",
         [("vladimir-putin", "quote", "Я не исключаю, но только на заключительном этапе переговоров."),
          ("vladimir-putin", "quote", "При этом подчеркну, что легитимность нынешнего руководства Украины вызывает "
                                      "большие вопросы."),
          ("vladimir-putin", "quote", "Зерновая сделка прекратила действие, потому что обещания не выполнены.")]),
        ("en", "QUESTION: Will you meet Lavrov?\n\nANTONY BLINKEN: We know this is a very challenging moment for all "
               "of you.\n\n(SOUNDBITE OF LOUD APPLAUSE IN THE HALL)\n\nQUESTION: And the Chinese?",
         [("antony-blinken", "quote", "We know this is a very challenging moment for all of you.")]),
        # a single labelled paragraph is a pull-quote: the article goes on after it ("UPDATE:" is no speaker)
        ("en", "PUTIN: We will respond to every provocation against our country.\n\nThe war began in February 2022 "
               "with a full-scale invasion of Ukraine.\n\nUPDATE: This story has been updated with new details.",
         [("vladimir-putin", "quote", "We will respond to every provocation against our country.")]),
        # a paragraph that attributes words to someone, tracked or not, is no turn; the speaker's own "we said" is
        ("en", "ZELENSKY: A Kremlin official said on Friday that Moscow did not consider the Ukrainian leader "
               "legitimate.", []),
        ("ru", "Вопрос: Как в МИД оценивают заявление Зеленского?\n\nМ.В.Захарова: Мы неоднократно говорили, что "
               "киевский режим не способен на самостоятельные решения.",
         [("maria-zakharova", "quote", "Мы неоднократно говорили, что киевский режим не способен на самостоятельные "
                                       "решения.")]),
        ("en", "SERGEI SHOIGU: The former defence minister was moved to the Security Council in May.", []),
        # "reported to" is neither "was reported to have" nor in a relative clause
        ("en", "Putin was reported to have told aides that the war would last for years.",
         [("vladimir-putin", "reported", "the war would last for years.")]),
        ("en", "Shoigu, who has reported to Putin for years, said that the army was ready for any task.",
         [("sergei-shoigu", "reported", "the army was ready for any task.")]),
        # a plural object is no clause; a present tense is
        ("en", "Zelenskyy announced the sanctions in a video address, saying they would hit Russia hard.",
         [("volodymyr-zelensky", "reported", "they would hit Russia hard.")]),
        ("en", "Zelensky acknowledged the army needs more soldiers, saying mobilisation would continue for months.",
         [("volodymyr-zelensky", "reported", "the army needs more soldiers"),
          ("volodymyr-zelensky", "reported", "mobilisation would continue for months.")]),
    ],
)
def test_review_of_the_tenth_set_rules(watchlist: Watchlist, lang: str, text: str,
                                       expected: list[tuple[str, str, str]]) -> None:
    # Found by a review of the tenth set's rules (about 350 texts in eight languages): each was wrong with their first
    # version.
    assert extract(normalize_text(text), watchlist, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a bare role noun right after someone untracked named by their surname is them
        ("en", 'Kuleba met his Polish counterpart Radoslaw Sikorski in Warsaw.\n\n"Polish farmers cannot pay the price '
               'for the war alone," Sikorski said. "We support Ukraine with all our hearts, but the market must be '
               'protected," the minister added.', []),
        ("en", 'Lavrov held talks with his Chinese counterpart Wang Yi in Beijing.\n\nAfter talks with Lavrov, Wang '
               'said China would keep pushing for a political settlement. "Dialogue and negotiation are the only way '
               'out of the crisis," the minister said.', []),
        ("ru", "Сергей Лавров провёл переговоры с главой МИД Турции Хаканом Фиданом.\n\nФидан, в свою очередь, "
               "сказал, что Анкара готова снова принять делегации. «Двери Турции открыты для мира», — подчеркнул "
               "министр. По его словам, без прекращения огня прогресса добиться будет трудно.", []),
        ("uk", "Зеленський зустрівся з президентом Туреччини Реджепом Таїпом Ердоганом.\n\nЕрдоган заявив, що "
               "Туреччина готова приймати переговори. «Справедливий мир можливий, і Туреччина зробить для цього все», "
               "— сказав президент. Він додав, що обговорить цю тему з Путіним.", []),
        # ... and one whose title holds the role noun (a German compound)
        ("de", "Kremlsprecher Dmitri Peskow sagte, der Besuch richte sich gegen kein drittes Land.\n\n"
               "Regierungssprecher Steffen Hebestreit sagte in Berlin, die Bundesregierung beobachte die "
               "Zusammenarbeit mit großer Sorge. „Das ist eine gefährliche Eskalation“, sagte der Sprecher.",
         [("dmitry-peskov", "reported", "der Besuch richte sich gegen kein drittes Land.")]),
        # (but not a role noun in a later paragraph, nor a qualified one: "Le président ukrainien" is not Kiev)
        ("en", "Norway will give Ukraine 1.5 billion crowns, Jens Stoltenberg said.\n\nNaftogaz, the state energy "
               "company, said it needed to import gas before the end of March.\n\nThe former NATO secretary general "
               "said the money would be channelled through the EBRD.",
         [("jens-stoltenberg", "reported", "Norway will give Ukraine 1.5 billion crowns"),
          ("jens-stoltenberg", "reported", "the money would be channelled through the EBRD.")]),
        # the official named between the subject and "and said" or "but said" is the first verb's object
        ("en", "Ukrainian President Volodymyr Zelensky, in an interview with French television, thanked Macron but "
               "said Ukraine's priority was ammunition, not foreign soldiers.",
         [("volodymyr-zelensky", "reported", "Ukraine's priority was ammunition, not foreign soldiers.")]),
        ("en", "Lavrov met Blinken on the sidelines of the G20 and said that the talks had been useful for both sides.",
         [("sergey-lavrov", "reported", "the talks had been useful for both sides.")]),
        ("en", "Lavrov met Blinken, who said that the talks had been useful for both sides.",
         [("antony-blinken", "reported", "the talks had been useful for both sides.")]),
        # (found by a review: not the official of a clause of its own, between the subject and "and said")
        ("en", "Putin watched as Lavrov took the floor and said that the West had lost all credibility in the region.",
         [("sergey-lavrov", "reported", "the West had lost all credibility in the region.")]),
        ("en", "Zelensky listened while Macron spoke and said that Europe would never abandon Ukraine in this war.",
         [("emmanuel-macron", "reported", "Europe would never abandon Ukraine in this war.")]),
        # (the second set's) a title after the verb is the untracked speaker's, an apposition past a comma too
        ("en", "Russia's chief of the General Staff, Valery Gerasimov, said Russian troops had seized the initiative."
               '\n\n"That is not what we see on the ground," said Ukraine\'s top commander, General Oleksandr Syrskyi. '
               "The general added that Ukrainian units had stabilized parts of the front near Pokrovsk.",
         [("valery-gerasimov", "reported", "Russian troops had seized the initiative.")]),
        ("en", '"Any damage to the plant could have catastrophic consequences," Guterres told the council.\n\n"We are '
               'one step away from a nuclear accident," said Rafael Grossi, director general of the International '
               "Atomic Energy Agency, who briefed the council by video link. The director general said his inspectors "
               "had seen the drone debris themselves.",
         [("antonio-guterres", "quote", "Any damage to the plant could have catastrophic consequences")]),
        ("es", "«Cada día de retraso se paga con vidas», escribió Zelenski en sus redes sociales.\n\n«Había más de "
               "doscientas personas dentro cuando cayó la bomba», dijo el alcalde de Járkov, Ígor Terejov, a la "
               "televisión local. Añadió que los equipos de rescate seguían buscando a dieciséis desaparecidos.",
         [("volodymyr-zelensky", "quote", "Cada día de retraso se paga con vidas")]),
        # (a title introduced with the name holds; words around a name that hold no title do not: "Mark Rutte è")
        ("it", "Mark Rutte è da oggi il nuovo segretario generale della Nato.\n\n«Lascio un'Alleanza più forte», ha "
               "detto Stoltenberg. Il norvegese ha aggiunto che l'adesione dell'Ucraina è irreversibile.\n\nPoco dopo "
               "ha preso la parola il suo successore. «Sostenere l'Ucraina è la mia prima priorità», ha detto Rutte. "
               "Il segretario generale ha poi detto che Putin non può vincere questa guerra.",
         [("jens-stoltenberg", "quote", "Lascio un'Alleanza più forte"),
          ("jens-stoltenberg", "reported", "l'adesione dell'Ucraina è irreversibile.")]),
        # (but "ha riferito il generale" after the general named before is still him)
        ("it", "Accanto a lui, il capo di Stato maggiore Valery Gerasimov ha provato a rassicurarlo. «L'avanzata del "
               "nemico in profondità è stata fermata», ha riferito il generale.",
         [("valery-gerasimov", "quote", "L'avanzata del nemico in profondità è stata fermata")]),
    ],
)
def test_untracked_speakers_set_cases(watchlist: Watchlist, lang: str, text: str,
                                      expected: list[tuple[str, str, str]]) -> None:
    # Constructions of a set of 34 articles written to make an untracked speaker's words an official's (2026-11-29;
    # 121 statements by officials, 172 by others): on its first run 8 of the others' were given to an official, each
    # by a role noun or pronoun meaning someone named just before, and one official's to the official he thanked; and
    # of a held-out second set of 30 (tests/data/untracked_speakers_2.jsonl).
    assert extract(normalize_text(text), watchlist, lang) == expected
