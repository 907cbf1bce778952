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
        # epithets of the Italian press: "lo zar", "l'inquilino dell'Eliseo", "il numero uno dell'Alleanza"
        ('Vladimir Putin ha parlato al forum Valdai. Secondo lo zar, nella zona delle operazioni si trovano '
         '617mila militari russi.',
         [('vladimir-putin', 'reported', 'nella zona delle operazioni si trovano 617mila militari russi.')]),
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
