"""Italian, read as the Portuguese it is built like, only in text detected as Italian."""

from __future__ import annotations

import pytest

from streams.analytics.normalize import normalize_text
from streams.analytics.officials import Watchlist
from tests.unit.statements.helpers import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verbs, read as their Portuguese counterparts: the perfect (with an adverb or two after its auxiliary), the
        # passato remoto, the present of live blogs, the subject left out
        ('Lavrov ha detto che la conferenza di pace in Svizzera non avrà alcun risultato.',
         [('sergey-lavrov', 'reported', 'la conferenza di pace in Svizzera non avrà alcun risultato.')]),
        ('«Non negozieremo sulla base di ultimatum», ha aggiunto Lavrov. «La nostra posizione è nota da tempo», ha '
         'poi precisato.',
         [('sergey-lavrov', 'quote', 'Non negozieremo sulla base di ultimatum'),
          ('sergey-lavrov', 'quote', 'La nostra posizione è nota da tempo')]),
        ('Secondo Peskov, il Cremlino non vede al momento alcuna base per i negoziati.',
         [('dmitry-peskov', 'reported', 'il Cremlino non vede al momento alcuna base per i negoziati.')]),
        ('A detta di Peskov, Mosca è pronta a discutere le garanzie di sicurezza.',
         [('dmitry-peskov', 'reported', 'Mosca è pronta a discutere le garanzie di sicurezza.')]),
        ("Il portavoce del Cremlino Dmitry Peskov ha più volte ribadito che l'operazione militare proseguirà.",
         [('dmitry-peskov', 'reported', "l'operazione militare proseguirà.")]),
        ("Zelensky affermò che l'Ucraina non avrebbe mai ceduto i territori occupati.",
         [('volodymyr-zelensky', 'reported', "l'Ucraina non avrebbe mai ceduto i territori occupati.")]),
        ("«La Russia vuole spegnere il Paese prima dell'inverno», dice Zelensky in un videomessaggio.",
         [('volodymyr-zelensky', 'quote', "La Russia vuole spegnere il Paese prima dell'inverno")]),
        # statements with their object: accusations, definitions, requests and exhortations
        ("Il ministro degli Esteri russo Sergei Lavrov ha accusato l'Occidente di voler prolungare il conflitto.",
         [('sergey-lavrov', 'reported', "accusato l'Occidente di voler prolungare il conflitto.")]),
        ('Zelensky ha definito il piano di pace cinese «un documento senza contenuto».',
         [('volodymyr-zelensky', 'reported', 'definito il piano di pace cinese «un documento senza contenuto».')]),
        ("Zelensky ha chiesto agli alleati di revocare le restrizioni sull'uso delle armi occidentali.",
         [('volodymyr-zelensky',
           'reported',
           "chiesto agli alleati di revocare le restrizioni sull'uso delle armi occidentali.")]),
        ("Il segretario generale dell'Onu Antonio Guterres ha esortato le parti a evitare qualsiasi azione che "
         'possa mettere a rischio la centrale.',
         [('antonio-guterres',
           'reported',
           'esortato le parti a evitare qualsiasi azione che possa mettere a rischio la centrale.')]),
        # the sentence before is the official's: "Lo ha affermato X" (a clause quoting a few of its words is the
        # clause), an agency's dateline (not part of it), "Così X" after a quote; "si è limitato a dire", "Come ha
        # spiegato X, ...", "ha fatto sapere che", a live blog's time, a participle's apposition after "Per X,"
        ('Le forniture di armi italiane a Kiev "non fanno che prolungare l\'agonia" del regime ucraino. Lo ha '
         'affermato la portavoce del ministero degli Esteri russo, Maria Zakharova, nel consueto briefing '
         'settimanale.',
         [('maria-zakharova',
           'reported',
           'Le forniture di armi italiane a Kiev "non fanno che prolungare l\'agonia" del regime ucraino.')]),
        ("(AGI) - Mosca, 7 ott. - Al momento non esistono contatti con l'amministrazione americana su un possibile "
         'negoziato. Lo ha detto il portavoce del Cremlino, Dmitry Peskov.',
         [('dmitry-peskov',
           'reported',
           "Al momento non esistono contatti con l'amministrazione americana su un possibile negoziato.")]),
        ("(Adnkronos) - «L'Italia è stata con noi fin dal primo giorno e sappiamo che continuerà a esserlo». Così "
         'il presidente ucraino Volodymyr Zelensky al termine del colloquio con Giorgia Meloni.',
         [('volodymyr-zelensky',
           'quote',
           "L'Italia è stata con noi fin dal primo giorno e sappiamo che continuerà a esserlo")]),
        ('Peskov non ha voluto commentare. «Non commentiamo le pubblicazioni dei giornali», si è limitato a dire.',
         [('dmitry-peskov', 'quote', 'Non commentiamo le pubblicazioni dei giornali')]),
        ('Come ha spiegato Peskov, una decisione su un eventuale incontro potrà essere presa solo dopo '
         "l'insediamento.",
         [('dmitry-peskov',
           'reported',
           "una decisione su un eventuale incontro potrà essere presa solo dopo l'insediamento.")]),
        ('Peskov ha fatto sapere che Putin presiederà in settimana una riunione del Consiglio di sicurezza.',
         [('dmitry-peskov', 'reported', 'Putin presiederà in settimana una riunione del Consiglio di sicurezza.')]),
        ('Ore 9.20 - "È uno degli attacchi più massicci dall\'inizio della guerra", scrive Zelensky su Telegram.',
         [('volodymyr-zelensky', 'quote', "È uno degli attacchi più massicci dall'inizio della guerra")]),
        ('Per il presidente ucraino Volodymyr Zelensky, arrivato a Washington con una lista di richieste, il '
         'vertice è stato un passo avanti importante.',
         [('volodymyr-zelensky', 'reported', 'il vertice è stato un passo avanti importante.')]),
        # epithets of the Italian press: "l'inquilino dell'Eliseo", "il numero uno dell'Alleanza" (not "lo zar":
        # German "der Zar" is history's)
        ('Vladimir Putin ha parlato al forum Valdai. Secondo lo zar, nella zona delle operazioni si trovano '
         '617mila militari russi.', []),
        ('Emmanuel Macron era a Parigi. «Faremo tutto il necessario perché la Russia non vinca», ha ribadito '
         "l'inquilino dell'Eliseo.",
         [('emmanuel-macron', 'quote', 'Faremo tutto il necessario perché la Russia non vinca')]),
        ("Jens Stoltenberg era a Washington. Il numero uno dell'Alleanza ha sottolineato che gli alleati hanno "
         'stanziato 40 miliardi.',
         [('jens-stoltenberg', 'reported', 'gli alleati hanno stanziato 40 miliardi.')]),
        # no statement: someone else's words to the official, the passive, negation, "definire" and "chiedere" without
        # a statement, "Così" before a verb of its own
        ("Meloni ha detto a Zelensky che l'Italia resterà al fianco di Kiev fino alla fine.", []),
        ('Lavrov è stato criticato da Kiev per le sue parole sulla conferenza di pace.', []),
        ('Peskov non ha voluto commentare le indiscrezioni su un possibile scambio di prigionieri.', []),
        ('Zelensky ha definito i dettagli della visita con il governo italiano.', []),
        ("Putin ha chiesto scusa al presidente azero per l'incidente aereo di dicembre.", []),
        ('«Ogni giorno di ritardo si paga con vite umane». Così Putin si è assicurato la vittoria.', []),
    ],
)
def test_italian_patterns(watchlist: Watchlist, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist, "it") == expected


def test_italian_read_only_when_detected(watchlist: Watchlist) -> None:
    # "che", "ha", "la", "per" are other languages' words: the Italian reading is for text detected as Italian
    text = "Lavrov ha detto che la conferenza di pace in Svizzera non avrà alcun risultato."
    assert extract(text, watchlist, "it") == [
        ("sergey-lavrov", "reported", "la conferenza di pace in Svizzera non avrà alcun risultato.")]
    assert extract(text, watchlist, "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the second set's constructions: a month after "a" (when, not whom), the spokesman of Putin named in
        # apposition, "il capo dello Stato", "della diplomazia ucraina", "gli Stati Uniti", an opening adverbial
        # before a role, a role after "Come ha detto", "ha lasciato intendere", "ha riferito", "ha proseguito"; no
        # statement for an untracked source after an outlet's domain; two officials' clauses with quotes in both
        ('it',
         'Non è una minaccia nuova. Lo stesso Putin aveva detto a settembre, al Forum economico orientale di '
         'Vladivostok, che la Russia non avrebbe fornito nulla ai Paesi ostili.',
         [('vladimir-putin', 'reported', 'la Russia non avrebbe fornito nulla ai Paesi ostili.')]),
        ('it',
         'Il Cremlino ha reagito. «Non accetteremo questo tetto», ha detto ai giornalisti il portavoce di Vladimir '
         'Putin, Dmitry Peskov, precisando che Mosca si era «preparata» a questa eventualità.',
         [('dmitry-peskov', 'quote', 'Non accetteremo questo tetto'),
          ('dmitry-peskov', 'reported', 'Mosca si era «preparata» a questa eventualità.')]),
        ('it',
         "Volodymyr Zelensky ha incontrato Yermak. «Solo l'Ucraina può stabilire l'algoritmo per una pace giusta», "
         'ha detto il capo dello Stato.',
         [('volodymyr-zelensky', 'quote', "Solo l'Ucraina può stabilire l'algoritmo per una pace giusta")]),
        ('it',
         'Dmytro Kuleba era a Kiev. «Il grano ucraino continuerà a partire, con o senza Mosca», ha scritto il capo '
         'della diplomazia ucraina su Twitter.',
         [('dmytro-kuleba', 'quote', 'Il grano ucraino continuerà a partire, con o senza Mosca')]),
        ('it',
         'Sergei Lavrov ha accusato gli Stati Uniti di aver armato per anni le forze ucraine e ha ribadito che '
         "l'operazione militare proseguirà.",
         [('sergey-lavrov', 'reported', 'accusato gli Stati Uniti di aver armato per anni le forze ucraine'),
          ('sergey-lavrov', 'reported', "l'operazione militare proseguirà.")]),
        ('it',
         'Volodymyr Zelensky era a Kiev. Nel suo videomessaggio quotidiano il presidente ucraino ha annunciato che '
         'Kiev punta a esportare via mare almeno quanto prima della guerra.',
         [('volodymyr-zelensky', 'reported', 'Kiev punta a esportare via mare almeno quanto prima della guerra.')]),
        ('it',
         'Vladimir Putin era a Mosca. Come ha detto venerdì lo stesso capo del Cremlino, Mosca è pronta a ordinare '
         'il cessate il fuoco se Kiev ritirerà le truppe.',
         [('vladimir-putin',
           'reported',
           'Mosca è pronta a ordinare il cessate il fuoco se Kiev ritirerà le truppe.')]),
        ('it',
         "Emmanuel Macron era a Parigi. Il presidente francese ha lasciato intendere che l'invio di truppe "
         'occidentali in Ucraina non è più un tabù.',
         [('emmanuel-macron', 'reported', "l'invio di truppe occidentali in Ucraina non è più un tabù.")]),
        ('it',
         "Valery Gerasimov era al fronte. «L'avanzata del nemico in profondità nel territorio è stata fermata», ha "
         'riferito il generale.',
         [('valery-gerasimov', 'quote', "L'avanzata del nemico in profondità nel territorio è stata fermata")]),
        ('it',
         '«Proponiamo di riprendere i negoziati diretti senza precondizioni», ha detto Putin. «Non è colpa nostra '
         'se i negoziati si interruppero», ha proseguito Putin.',
         [('vladimir-putin', 'quote', 'Proponiamo di riprendere i negoziati diretti senza precondizioni'),
          ('vladimir-putin', 'quote', 'Non è colpa nostra se i negoziati si interruppero')]),
        ('it',
         "Jens Stoltenberg era a Washington. “Il ponte è un modo elegante per dire che l'adesione non arriverà”, "
         'spiega a Formiche.net un diplomatico italiano.',
         []),
        ('it',
         'Il cancelliere tedesco Olaf Scholz ha sottolineato che le garanzie sono «un segnale molto importante», '
         'mentre Stoltenberg ha aggiunto che il nuovo Consiglio darà a Kiev «un posto al tavolo» da pari a pari.',
         [('olaf-scholz', 'reported', 'le garanzie sono «un segnale molto importante»'),
          ('jens-stoltenberg', 'reported', 'il nuovo Consiglio darà a Kiev «un posto al tavolo» da pari a pari.')]),
        # ... and their effect on the other languages
        ('pt',
         'Como disse Lavrov na segunda-feira, a Rússia não aceitará ultimatos do Ocidente.',
         [('sergey-lavrov', 'reported', 'a Rússia não aceitará ultimatos do Ocidente.')]),
        ('fr',
         "« Nous n'accepterons pas ce plafond », a déclaré le porte-parole de Vladimir Poutine, Dmitri Peskov.",
         [('dmitry-peskov', 'quote', "Nous n'accepterons pas ce plafond")]),
        ('en',
         'Scholz said the guarantees were "a very important signal", while Stoltenberg added that the new council '
         'would give Kyiv "a seat at the table" as an equal.',
         [('olaf-scholz', 'reported', 'the guarantees were "a very important signal"'),
          ('jens-stoltenberg', 'reported', 'the new council would give Kyiv "a seat at the table" as an equal.')]),
        ('en',
         'Scholz said that "the guarantees are a very important signal", while Stoltenberg added that the new '
         'council would give Kyiv "a seat at the table" as an equal.',
         [('olaf-scholz', 'quote', 'the guarantees are a very important signal'),
          ('jens-stoltenberg', 'reported', 'the new council would give Kyiv "a seat at the table" as an equal.')]),
        # readings the shared rules must not bring (a review of them in eight languages): an object pronoun ("Lo ha
        # criticado Zelenski"), an accusation after "Lo ha", a quote and its frame before "Об этом", a request granted
        # or a question after "Como", someone else's trailing attribution, words ending like participles after a
        # source, "número um" after another noun, a parenthesised name
        ('es',
         'Macron habló con Putin durante dos horas. Lo ha criticado duramente Zelenski, que considera inútil el '
         'diálogo.',
         []),
        ('it',
         'Lavrov non era presente al vertice. Lo ha accusato Zelensky di mentire sugli attacchi contro i civili.',
         []),
        ('ru',
         '«Мы не будем вести переговоры под давлением, это исключено», — говорится в заявлении МИД России, '
         'опубликованном в пятницу. Об этом сообщила Захарова.',
         [('maria-zakharova', 'quote', 'Мы не будем вести переговоры под давлением, это исключено')]),
        ('pt', 'Como pediu Zelensky, os aliados enviaram mais sistemas de defesa aérea para Kiev.', []),
        ('pt', 'Como respondeu Zelensky às críticas de Lula? Com silêncio.', []),
        ('pt', 'Como anunciou Zelensky, Kiev recebeu os primeiros F-16, disse Kuleba.', []),
        ('es', 'Como ha dicho Peskov esta semana, Moscú no negociará, pero Lavrov ha afirmado lo contrario.', []),
        ('es',
         'Como dijo Zelenski a la prensa en Kiev, Rusia no quiere la paz.',
         [('volodymyr-zelensky', 'reported', 'Rusia no quiere la paz.')]),
        ('pt',
         'Segundo Zelensky, muita coisa mudou desde fevereiro, mas a Ucrânia continuará a lutar.',
         [('volodymyr-zelensky',
           'reported',
           'muita coisa mudou desde fevereiro, mas a Ucrânia continuará a lutar.')]),
        ('en',
         'According to Stoltenberg, data from allied radars, collected over the past month, shows a sharp rise in '
         'Russian flights.',
         [('jens-stoltenberg',
           'reported',
           'data from allied radars, collected over the past month, shows a sharp rise in Russian flights.')]),
        ('pt',
         'Putin discursou na Praça Vermelha. O inimigo número um do Kremlin disse, a partir da prisão, que a '
         'Rússia será livre.',
         []),
        ('en',
         '(Peskov) - the Kremlin spokesman - said Moscow had not received any proposal.',
         [('dmitry-peskov', 'reported', 'Moscow had not received any proposal.')]),
        # ... and from a review of the code: whom it was said to after "Como", a clause's own words before its
        # quote, a lead-in before a quote, the object of a perfect, an apology, a request with its infinitive read
        # as Portuguese, "così come", "Così X, ..., è tornato", nationalities and "vicino a" (Spanish "cercano
        # a"), agencies' datelines, an adverb in "Lo ha poi ribadito"
        ('pt', 'Como disse o presidente americano a Putin, a guerra só vai acabar com negociações diretas.', []),
        ('pt',
         'Segundo Putin, muito em breve a Rússia vai anunciar novas medidas, incluindo sanções contra o Ocidente.',
         [('vladimir-putin',
           'reported',
           'muito em breve a Rússia vai anunciar novas medidas, incluindo sanções contra o Ocidente.')]),
        ('it',
         'Secondo Zelensky, subito a Kiev arriveranno nuovi sistemi, e presto anche i caccia.',
         [('volodymyr-zelensky', 'reported', 'subito a Kiev arriveranno nuovi sistemi, e presto anche i caccia.')]),
        ('en',
         'Scholz said on Monday that "the guarantees are a signal to Moscow", while Stoltenberg added that the '
         'council would give Kyiv "a seat at the table".',
         [('olaf-scholz', 'quote', 'the guarantees are a signal to Moscow'),
          ('jens-stoltenberg', 'reported', 'the council would give Kyiv "a seat at the table".')]),
        ('ru',
         'Вчера вечером в Кремле прозвучало: «Мы готовы к переговорам со всеми странами Европы». Об этом заявил '
         'Песков.',
         [('dmitry-peskov', 'quote', 'Мы готовы к переговорам со всеми странами Европы')]),
        ('it', "Una donna ha incontrato Zelensky e ha detto che l'Italia sosterrà Kiev fino alla fine.", []),
        ('es', 'Una mujer ha recibido a Zelenski y ha dicho que Italia apoyará a Kiev.', []),
        ('it', "Putin ha chiesto scusa al leader di Baku per l'incidente aereo di dicembre.", []),
        ('it',
         'Zelensky ha detto che la pace è lontana, e ha chiesto alla Santa Sede di sostenere la «formula di pace» '
         'di Kiev.',
         [('volodymyr-zelensky', 'reported', 'la pace è lontana'),
          ('volodymyr-zelensky', 'reported', 'chiesto alla Santa Sede di sostenere la «formula di pace» di Kiev.')]),
        ('it',
         'Nessuno ha parlato di pace ai giornalisti. Così come Zelensky, anche Macron era presente al vertice.',
         []),
        ('it',
         '«La guerra continuerà finché servirà, lo abbiamo detto». Così Putin, dopo il vertice di Astana, è '
         'tornato a Mosca.',
         []),
        ('it',
         'Putin ha ricevuto Xi al Cremlino. «I nostri rapporti non sono mai stati così forti», ha detto il '
         'presidente cinese.',
         []),
        ('it',
         'Lavrov era ad Ankara. «La Russia non cederà alle pressioni occidentali», ha detto un diplomatico vicino '
         'a Lavrov.',
         []),
        ('es',
         'Lavrov estaba en Ankara. «Rusia no cederá a las presiones occidentales», dijo un diplomático cercano a '
         'Lavrov.',
         []),
        ('it',
         '(ANSA-AFP) - MOSCA, 12 GIU - «La Russia non cederà alle pressioni occidentali», ha detto Putin.',
         [('vladimir-putin', 'quote', 'La Russia non cederà alle pressioni occidentali')]),
        ('it',
         '(ANSA) - MOSCA, 12 giugno 2024 - Putin ha detto che la Russia non cederà alle pressioni.',
         [('vladimir-putin', 'reported', 'la Russia non cederà alle pressioni.')]),
        ('it',
         "La Russia non cederà mai alle pressioni dell'Occidente. Lo ha poi ribadito Putin.",
         [('vladimir-putin', 'reported', "La Russia non cederà mai alle pressioni dell'Occidente.")]),
        # (a quote before the speaker, then two officials' clauses: the code once stopped on it)
        ('en',
         '"We will not give in to pressure," Scholz said the guarantees were strong, while Stoltenberg added that '
         'the council would give Kyiv "a seat at the table".',
         [('olaf-scholz', 'quote', 'We will not give in to pressure'),
          ('olaf-scholz', 'quote', 'a seat at the table')]),
        # ... and from a set written to break the Italian rules: an official met in a phrase between the subject and
        # its verb (English too), someone close to the official, an apology, "ha tenuto a precisare", a body named
        # after the verb
        ('en', 'Erdogan, after meeting Putin in Sochi, said that the grain deal could be restored very soon.', []),
        ('it',
         "Il presidente turco Recep Tayyip Erdogan, dopo aver incontrato Putin a Sochi, ha detto che l'accordo sul "
         'grano potrebbe essere ripristinato «molto presto».',
         []),
        ('it',
         "Zelensky, dopo aver incontrato Erdogan ad Ankara, ha detto che l'accordo sul grano potrebbe essere "
         'ripristinato presto.',
         [('volodymyr-zelensky', 'reported', "l'accordo sul grano potrebbe essere ripristinato presto.")]),
        ('it',
         "Un diplomatico vicino a Lavrov ha detto all'AGI che i colloqui con Washington sono entrati in una fase "
         '«molto delicata».',
         []),
        ('es',
         'Un diplomático cercano a Lavrov dijo que las conversaciones con Washington están en una fase delicada.',
         []),
        ('it',
         "Zelensky ha chiesto scusa al Canada per l'omaggio tributato in Parlamento a un veterano delle Waffen-SS.",
         []),
        ('pt', 'Zelensky pediu desculpa ao Canadá pela homenagem a um veterano das Waffen-SS no parlamento.', []),
        ('it',
         'Stoltenberg ha tenuto a precisare che la Nato non è parte del conflitto e non invierà truppe in Ucraina.',
         [('jens-stoltenberg', 'reported', 'la Nato non è parte del conflitto e non invierà truppe in Ucraina.')]),
        ('it',
         'Peskov ha parlato lunedì. I colloqui sono stati utili e continueranno presto, ha fatto sapere il '
         'Cremlino.',
         []),
        # ... and from a second review: an object after Italian "la" is no statement, "è tenuto a" (is bound to) is
        # no "ha tenuto a precisare", a role noun followed by the name in apposition after the verb is the official
        ('it', 'Lavrov ha ribadito la posizione della Russia sui negoziati e ha detto che Mosca non ha alcuna fretta '
               'di trattare.',
         [('sergey-lavrov', 'reported', 'Mosca non ha alcuna fretta di trattare.')]),
        ('it', 'Putin è tenuto a rispondere alle domande del Parlamento europeo sulla guerra.', []),
        ('de', 'Deutschland werde die Ukraine weiter unterstützen, sagte der Regierungschef, Olaf Scholz.',
         [('olaf-scholz', 'reported', 'Deutschland werde die Ukraine weiter unterstützen')]),
    ],
)
def test_italian_rules_here_and_elsewhere(watchlist: Watchlist, lang: str, text: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    assert extract(normalize_text(text), watchlist, lang) == expected
