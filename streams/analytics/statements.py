"""Statements by tracked officials: direct quotes and reported speech, attributed by rules.

Pure analytics. The text is cut into paragraphs, top-level quotes and sentences (a sentence never ends
inside a quote), then each sentence's *frame* (its words outside quotes) is searched for an attribution:
a speech verb with its subject on the left ("Zakharova said", "she stressed that"), inverted after a quote
or after "as"/"как"/"як" ("said Maria Zakharova", "— заявила Захарова", "a déclaré Emmanuel Macron", "sagte
Scholz", "so Peskow"), an "according to X" phrase ("по словам Захаровой", "за словами Подоляка", "selon Lavrov",
"laut Lawrow"), or "X: «...»". German puts the subject after the verb in second place ("Am Montag sagte Scholz"),
and French inverts a pronoun ("a-t-il affirmé", read as "a il affirmé"); Portuguese leaves the subject out
('«...», acrescentou.': the latest person named speaks); Norwegian is read as German and Spanish as Portuguese, only
when detected.
Subjects are tracked officials, pronouns and role nouns ("the spokeswoman") resolved to the most recently named
person of a plausible gender, nationality nouns ("the Norwegian") resolved to the latest official of that
nationality, or *untracked* people and organisations ("Sobyanin said"), whose quotes are dropped. A sentence that is
only a quote continues the previous sentence's attributed quote (also across a paragraph break).

A trailing attribution ("<clause>, Zakharova told reporters on Thursday." / "<clause>, - заявила Захарова.")
attributes the clause before it. Negated speech verbs ("did not say", "declined to say", "не уточнил") are not
statements. Sentences with more than ``MAX_FRAME_CHARS`` outside quotes are not prose and are skipped, and at
most ``MAX_STATEMENTS`` are returned per text: both bound the work on hostile input.

Everything is a single left-to-right pass with bounded look-around per token: linear in the text length.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Literal, NamedTuple

from streams.analytics.officials import Mention, Watchlist, fold

__all__ = ["Statement", "extract_statements", "MIN_QUOTE_WORDS", "MIN_REPORTED_WORDS", "MAX_FRAME_CHARS",
           "MAX_STATEMENTS"]

#: Quotes with fewer words are scare quotes ("loans", "just peace"), not statements.
MIN_QUOTE_WORDS = 4
#: Reported clauses with fewer words carry no statement.
MIN_REPORTED_WORDS = 4
#: A sentence with more characters outside its quotes is not prose and is not searched for attributions
#: (real sentences, even long wire-copy ones, stay under ~800; quotes themselves may be any length).
MAX_FRAME_CHARS = 3000
#: At most this many statements per text, the first ones in text order. A briefing transcript has a few dozen;
#: thousands are hostile input, and each one costs a novelty check (and possibly an alert) downstream.
MAX_STATEMENTS = 200


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement attributed to a tracked official.

    ``text`` is the quote's words without the quote marks (``kind="quote"``) or the reported clause
    (``kind="reported"``), whitespace collapsed. ``start``/``end`` are the offsets of the sentence(s)
    carrying it in the input text.
    """

    official_id: str
    text: str
    kind: Literal["quote", "reported"]
    start: int
    end: int


# --- vocabulary (folded: lowercase, no diacritics, ё -> е) ------------------------------------------------

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EN_VERBS = _words("""
say said says saying state stated states stating tell told tells telling add added adds adding stress stressed
stresses stressing emphasize emphasized emphasizes emphasizing emphasise emphasised emphasises emphasising
note noted notes noting urge urged urges urging called calling accuse accused accuses accusing warn warned
warns warning claim claimed claims claiming declare declared declares declaring insist insisted insists
insisting argue argued argues arguing announce announced announces announcing assert asserted asserts
asserting remarked explain explained explains explaining commented condemn condemned condemns condemning
denounce denounced denounces denouncing criticize criticized criticizes criticizing criticise criticised
criticises criticising demanded reiterate reiterated reiterates reiterating wrote writes tweeted replied
replies responded responds answered confirm confirmed confirms confirming deny denied denies denying vowed
vows vowing promised threatened threatens dismissed dismisses rejected rejects slammed slams blasted blamed
blames blaming described describes describing predicted predicts admitted admits acknowledged acknowledges
recalled recalls complained complains asked suggested observed pointed repeated repeats conceded concedes writing
posted posts
""")
# ... speech only before what was said: "posted on X: ...", "posted on Telegram that ..." (not "posted a video")
_EN_WITH_COMPLEMENT = _words("posted posts")
_RU_PAST_STEMS = """заяви сказа отмети подчеркну призва сообщи добави замети указа поясни напомни написа назва
обвини предупреди констатирова вырази раскритикова осуди ответи призна завери потребова рассказа уточни
подтверди пообеща пригрози охарактеризова прокомментирова резюмирова акцентирова говори объясни отреагирова
подытожи отвеча
заявля отмеча подчеркива призыва сообща добавля указыва поясня напомина утвержда предупрежда называ обвиня
объясня доложи повтори настаива обеща допусти высказа угрожа спроси предположи""".split()
_UA_PAST_STEMS = """заяви сказа наголоси зазначи підкресли закли­ка повідоми дода поясни нагада написа назва
звинувати попереди відповi відпові визна запевни вимага розпові уточни підтверди пообіця пригрози
прокоментува засуди розкритикува закликa заклика відреагува підсумува
заявля наголошува зазнача підкреслюва повідомля додава пояснюва нагадува стверджува попереджа назива каза
допові наполяга обіця допусти вислови погрожува запита зауважи припусти""".replace("\u00ad", "").split()
# ... speech only before what was said: "зауважив, що" (also "noticed"), "припустив, що" ("припустив помилку": made a
# mistake), "допустил, что"
_SLAVIC_WITH_COMPLEMENT = frozenset(fold(stem + ending) for stem in ("зауважи", "припусти", "предположи", "допусти")
                                    for ending in ("л", "ла", "ли", "в"))
# ... only before a colon: "высказался еще резче: «...»" (not "высказался о переговорах")
_SPOKE_OUT = _words(fold("высказался высказалась висловився висловилася"))
# ... only after "Так" opening the sentence: "Так глава МИД оценил итоги встречи." attributes the sentence before
_THUS_OPENERS = _words(fold("так"))
_JUDGED = _words(fold("оценил оценила оцінив оцінила"))
# ... and only negated: "не исключил, что ..." (did not rule out) says that something may be
_RULED_OUT = _words(fold("исключил исключила исключает виключив виключила виключає"))
# ... whose statement names whom they accuse: "обвинил Запад в том, что ..." is one from the verb
_SLAVIC_ACCUSE = _words(fold("обвинил обвинила обвинили звинуватив звинуватила звинуватили"))
# ... and only with "attention" before it: "обратил внимание на то, что", "звернув увагу на те, що"
_DREW_ATTENTION = _words(fold("обратил обратила обратили звернув звернула звернули"))
_ATTENTION = _words(fold("внимание увагу"))
# Verbs of speech only in an attribution after the quote ('«...», - бросил Путин', '- ограничился он короткой
# репликой'; not "Путин бросил вызов", "ограничился встречей")
_SLAVIC_INVERTED_ONLY = _words(fold("""бросил бросила отрезал отрезала парировал парировала ограничился ограничилась
задался задалась возмутился возмутилась усмехнулся усмехнулась распорядился распорядилась пошутил пошутила
пожаловался пожаловалась продолжил продолжила кинув кинула відрізав відрізала парирував парирувала обмежився
обмежилася обурився обурилася пожартував пожартувала продовжив продовжила обратился обратилась звернувся
звернулася посоветовал посоветовала начал начала почав почала порадив порадила"""))
_SLAVIC_VERBS = frozenset(
    fold(stem + ending)
    for stem in _RU_PAST_STEMS + _UA_PAST_STEMS
    for ending in ("л", "ла", "ли", "в")
) | _words(fold("""заявляет говорит отмечает подчеркивает считает пишет сообщает призывает добавляет указывает
полагает уверен уверена убежден убеждена заявляє каже наголошує зазначає вважає пише повідомляє закликає
переконаний переконана опроверг опровергла""")) | _SLAVIC_INVERTED_ONLY | _DREW_ATTENTION | _RULED_OUT | _JUDGED \
    | _SPOKE_OUT
# French present forms that are also nouns ("une analyse"): verbs only in an inverted attribution after what was
# said ('« ... », analyse un chercheur')
_FR_INVERTED_ONLY = _words(fold("analyse résume relève observe décrypte tempère nuance abonde témoigne"))
# French infinitives: "avant d'assurer que", "a tenu à rappeler que" (speech only before "que" or a colon).
_FR_INFINITIVES = _words(fold("""assurer affirmer rappeler souligner préciser ajouter déclarer estimer expliquer
indiquer promettre avertir prévenir répéter insister"""))
# ... speech only before what was said: "a soutenu que" (not "a soutenu la candidature de Kiev"), "promet que",
# "s'est contenté de rappeler que"
_FR_WITH_COMPLEMENT = _words(fold("promet promis soutenu soutient révélé révèle raillé raille répondu répond"))
# French: past participles (after "a"/"ont": "a déclaré", "a-t-il affirmé") and present forms ("estime Macron").
# "noté" is left out (English "a note"); "assuré", "lancé", "précisé" count only after an auxiliary (below).
_FR_VERBS = _words(fold("""déclaré déclare déclarent affirmé affirme affirment ajouté ajoute souligné souligne estimé
estime estiment indiqué indique expliqué explique insisté insiste martelé martèle rappelé rappelle dit averti avertit
prévenu prévient dénoncé dénonce déploré déplore accusé accuse annoncé annonce reconnu reconnaît confié confie écrit
poursuivi poursuit répété répète plaidé plaide réitéré réitère jugé juge réclamé réclame exigé exige assuré lancé
précisé salué salue ironisé ironise qualifié qualifie fustigé fustige regretté regrette écarté écarte rejeté rejette
réaffirmé réaffirme renchéri renchérit confirmé confirme réagi réagit appelé glissé tranché tranche rétorqué
rétorque assène asséné promet promis soutenu soutient""")) | _FR_WITH_COMPLEMENT \
    | _FR_INFINITIVES | _FR_INVERTED_ONLY
# French participles that are also English words: verbs only right after an auxiliary ("a assuré", "a lancé"),
# "a précisé" also only before "que" or a colon (English "a precise figure").
_FR_AFTER_AUXILIARY = _words("assure lance precise appele glisse")
# French present participles: "..., estimant que ..." (the sentence's subject speaks, as with English "saying").
_FR_GERUNDS = _words(fold("""estimant affirmant soulignant déclarant expliquant assurant ajoutant indiquant jugant
rappelant précisant répétant insistant martelant jugeant promettant arguant avertissant prévenant reconnaissant
dénonçant accusant plaidant qualifiant"""))
# German present forms that are speech only inverted after what was said ("..., teilt Sacharowa mit", "...,
# verspricht Putin"; not "Putin spricht am Freitag vor der Versammlung, ...", "Scholz ruft Macron an, ...").
_DE_INVERTED_ONLY = _words(fold("teilt kündigt räumt ruft weist hebt äußert bezeichnet nennt spricht verspricht"))
# German (third person singular, present and past): "sagte Scholz", "Scholz betonte, ..." (past forms only where
# the present is also the participle: "Putin habe dem Gast die Ziele erläutert" is reported content).
_DE_VERBS = _words(fold("""sagte sagt erklärte erklärt betonte betont warnte warnt meinte meint kritisierte kritisiert
forderte fordert versicherte versichert bekräftigte bekräftigt unterstrich unterstreicht schrieb schreibt ergänzte
ergänzt räumte verkündete verkündet teilte fügte rief wies hob äußerte bezeichnete nannte sprach versprach
gesagt gewarnt gefordert geschrieben mitgeteilt hinzugefügt unterstrichen kündigte genannt verwies mahnte
behauptete behauptet machte stellte fügt konterte kontert antwortete antwortet prahlte prahlt erläuterte dementierte
kommentierte verlangte beteuerte bestätigte spottete berichtete meldete""")) | _DE_INVERTED_ONLY
# German verbs that are speech only with their complement: "machte deutlich, dass", "stellte klar, dass".
_DE_WITH_COMPLEMENT = _words("machte stellte")
# Auxiliaries of the German perfect: "Selenskyj hat in einem Interview gesagt, ..." (its subject is before them).
_DE_AUXILIARIES = _words("hat hatte habe")
# Russian and Ukrainian gerunds: "..., — сказал Путин, добавив, что ..." (a second clause of the same speaker).
# ... imperfective ones, whose subject is the clause's: "Зеленський виступив на саміті, наголошуючи, що ..."
_SLAVIC_IMPERFECTIVE_GERUNDS = _words(fold("""подчеркивая отмечая заявляя указывая утверждая наголошуючи підкреслюючи
зазначаючи заявляючи стверджуючи"""))
_SLAVIC_GERUNDS = _words(fold("""добавив подчеркнув отметив указав заявив напомнив уточнив пояснив додавши наголосивши
зазначивши підкресливши пояснивши нагадавши заявивши""")) | _SLAVIC_IMPERFECTIVE_GERUNDS
# Portuguese (European and Brazilian), the language of the tracked Guterres: third person singular, past and present
# ("disse Lavrov", "Zelensky afirmou que", "garante Peskov"). Those that take their clause directly (like "said")
# are _PT_SAY_VERBS; the others ("acusou o Ocidente de ...", "pediu ...") keep the verb in the statement.
_PT_SAY_VERBS = _words(fold("""disse diz afirmou afirma declarou declara sublinhou sublinha frisou frisa acrescentou
acrescenta garantiu garante defendeu defende considerou considera alertou advertiu adverte avisou avisa lembrou lembra
recordou recorda reiterou reitera admitiu admite escreveu escreve explicou explica destacou destaca salientou salienta
referiu refere assegurou assegura insistiu insiste confirmou confirma reconheceu reconhece respondeu observou realçou
realça vincou assinalou assinala adiantou adianta concluiu argumentou argumenta sustentou sustenta reforçou enfatizou
enfatiza ressaltou ressalta pontuou relatou avaliou avalia opinou afiançou apontou aponta revelou revela lamentou
lamenta contou"""))
# Portuguese participles, after "tinha"/"tem"/"havia" ("tinha defendido que"); after "foi"/"é" they are the passive.
_PT_PARTICIPLES = _words(fold("""dito afirmado declarado defendido garantido alertado sublinhado reiterado admitido
lembrado repetido insistido assegurado avisado advertido escrito explicado acusado criticado prometido considerado
anunciado destacado frisado salientado referido sustentado confirmado reconhecido respondido lamentado negado
assinalado apontado acrescentado denunciado"""))
_PT_PASSIVES = _words(fold("foi foram é são será serão sido ser era eram"))
# "declarou-se chocado", Spanish "se declaró": how they said they were, not what
_DECLARED = _words("declarou declara declarado")
# Participles that name an act unless a clause follows ("tinha prometido enviar", "tem criticado a decisão")
_ACT_PARTICIPLES = _words("acusado criticado prometido")
_PT_AGENTS = _words("por pelo pela pelos pelas")
_PT_VERBS = _PT_SAY_VERBS | _PT_PARTICIPLES | _words(fold("""acusou acusa denunciou denuncia criticou critica condenou
condena pediu pede apelou apela anunciou anuncia negou nega prometeu promete ameaçou ameaça rejeitou rejeita exigiu
exige classificou classifica qualificou ironizou questionou perguntou reagiu publicou deixou limitou""")) \
    - _FR_VERBS  # (French first: "..., exige Macron")
# Portuguese gerunds: "..., acrescentando que ..." (the sentence's subject speaks, as with "adding").
_PT_GERUNDS = _words(fold("""acrescentando sublinhando afirmando dizendo defendendo garantindo alertando considerando
frisando lembrando salientando destacando explicando insistindo reiterando admitindo argumentando
assegurando advertindo acusando denunciando apelando pedindo prometendo"""))
# Portuguese infinitives after "ao" ("ao afirmar que ...": in saying that; Spanish "al considerar que"), and after
# "limitou-se a" (Spanish "se limitó a señalar que"): the sentence's subject speaks.
_PT_INFINITIVES = _words(fold("""afirmar considerar dizer defender garantir sublinhar alertar lembrar acrescentar
explicar assegurar advertir recordar insistir reiterar frisar destacar salientar argumentar assinalar responder comentar
indicar"""))
_ROMANCE_GERUNDS = _FR_GERUNDS | _PT_GERUNDS
_SPEECH_VERBS = (_EN_VERBS | _SLAVIC_VERBS | _FR_VERBS | _DE_VERBS | _PT_VERBS | _FR_GERUNDS | _PT_GERUNDS
                 | _PT_INFINITIVES
                 | _SLAVIC_GERUNDS | {"savoir"})
# "a déclaré", "ont affirmé", "avait dit": the auxiliary before a French participle.
_FR_AUXILIARIES = _words("a ont avait avaient aurait")
# Verbs whose clause follows directly ("said Russia would..."): the verb itself is left out of the text.
_SAY_VERBS = _words("""say said says stated states added adds noted stressed emphasized emphasised claimed insisted
warned argued declared asserted confirmed wrote told saying stating adding noting stressing emphasizing emphasising
claiming insisting arguing declaring asserting acknowledged acknowledges admitted admits predicted predicts suggested
replied replies responded responds answered remarked observed repeated repeats reiterated reiterates conceded
concedes writing tweeted posted posts""") | _DE_VERBS | _SLAVIC_GERUNDS | (_FR_VERBS - _words(fold("""dénoncé dénonce
déploré déplore accusé accuse annoncé annonce plaidé plaide réclamé réclame exigé exige jugé juge salué salue
ironisé ironise qualifié qualifie fustigé fustige regretté regrette écarté écarte rejeté rejette
appelé"""))) | (_FR_GERUNDS - _words(fold("promettant accusant dénonçant plaidant qualifiant"))) | frozenset(
    fold(stem + ending) for stem in ("заяви", "сказа", "отмети", "подчеркну", "добави", "наголоси", "зазначи",
                                     "підкресли", "дода", "сообщи", "повідоми", "уточни")
    for ending in ("л", "ла", "ли", "в")) | _PT_SAY_VERBS | (_PT_PARTICIPLES - _words("acusado criticado prometido")) \
    | (_PT_GERUNDS - _words("acusando denunciando apelando pedindo prometendo"))
_COMPLEMENTIZERS = _words("that что що чтобы щоб que qu dass")
_PRONOUNS: dict[str, str] = {"she": "f", "he": "m", "она": "f", "он": "m", "вона": "f", "він": "m", "elle": "f",
                             "il": "m", "sie": "f", "er": "m", "dieser": "m", "ele": "m", "ela": "f"}
_SLAVIC_PRONOUNS = frozenset(pronoun for pronoun in _PRONOUNS if "\u0400" <= pronoun[0] <= "\u04ff")
# role noun -> (words one of which the official's role must contain, gender or None)
_ROLES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "spokeswoman": (("spokes", "представ", "речни"), "f"),
    "spokesperson": (("spokes", "представ", "речни"), None),
    "spokesman": (("spokes", "представ", "речни", "press secretary"), "m"),
    "diplomat": (("diplomat", "foreign", "дипломат", "мид", "мзс", "ambassador", "envoy", "посол"), None),
    "minister": (("minister", "министр", "міністр"), None),
    "president": (("president", "президент"), None),
    "chancellor": (("chancellor", "канцлер"), None),
    "general": (("general",), None),
    "aide": (("aide", "adviser", "advisor", "советник", "радник"), None),
    "secretary": (("secretary",), None),
    "leader": (("president", "chancellor", "head of", "prime minister"), None),
    "head of government": (("chancellor", "prime minister"), None),  # Portuguese "o chefe do Governo"
    "chief": (("chief", "head of", "secretary general", "secretary-general"), None),
    "генсек": (("secretary general", "secretary-general"), None),
    "adviser": (("aide", "adviser", "advisor", "советник", "радник"), None),
    "advisor": (("aide", "adviser", "advisor", "советник", "радник"), None),
    "представитель": (("spokes", "представ"), None),
    "представительница": (("spokes", "представ"), "f"),
    "дипломат": (("diplomat", "foreign", "дипломат", "мид", "мзс", "ambassador", "envoy", "посол"), None),
    "министр": (("minister", "министр"), None),
    "міністр": (("minister", "міністр"), None),
    "президент": (("president", "президент"), None),
    "речниця": (("spokes", "речни"), "f"),
    "речник": (("spokes", "речни"), "m"),
    "прессекретар": (("press secretary", "spokes"), None),
    "советник": (("aide", "adviser", "советник"), None),
    "радник": (("aide", "adviser", "радник"), None),
    "sprecherin": (("spokes",), "f"),
    "sprecher": (("spokes", "press secretary"), "m"),
    "kanzler": (("chancellor",), None),
    "bundeskanzler": (("chancellor",), None),
    "prasident": (("president",), None),
    "prasidentin": (("president",), "f"),
    "aussenminister": (("foreign minister",), None),
    "ministre": (("minister",), None),
    "presidente": (("president",), None),  # French "la présidente", Portuguese "o presidente"
    "chancelier": (("chancellor",), None),
    "diplomate": (("diplomat", "foreign"), None),
    "chef de la diplomatie": (("foreign minister", "secretary of state"), None),
    "defence minister": (("defence", "defense", "оборон"), None),
    "head of the presidential office": (("head of the office of the president",), None),  # "глава Офиса президента"
    "secretary of state": (("secretary of state",), None),
    "secretary general": (("secretary general", "secretary-general"), None),
    "generalsekretar": (("secretary general", "secretary-general"), None),
    "kremlchef": (("president of russia",), None),
    "chefdiplomat": (("foreign minister", "secretary of state"), None),
    "chefdiplomatin": (("foreign minister", "secretary of state"), "f"),
    "politiker": (("chancellor", "president", "prime minister", "minister"), "m"),  # "der SPD-Politiker"
    "politikerin": (("chancellor", "president", "prime minister", "minister"), "f"),
    "berater": (("aide", "adviser", "advisor"), None),
    "conseiller": (("aide", "adviser", "advisor"), "m"),
    "conseillere": (("aide", "adviser", "advisor"), "f"),
    "beraterin": (("aide", "adviser", "advisor"), "f"),
    "diplomatin": (("diplomat", "foreign"), "f"),
    "kremlsprecher": (("spokes", "press secretary"), "m"),
    "staatschef": (("president", "chancellor"), None),
    # "der 68-Jährige": someone described by age, the latest person named
    "jahrige": (("",), None),
    "responsavel": (("",), None),  # "o responsável acrescentou": the official just named
    "politico": (("",), "m"),  # "o político norueguês", Spanish "el político noruego": the latest one of that country
    "militar": (("general", "armed forces"), None),  # "o militar", Spanish "el militar": the general
    "politica": (("",), "f"),
    "канцлер": (("chancellor", "канцлер"), None),
    "генерал": (("general",), "m"),
    # Portuguese ("o presidente" is above; "chanceler" is a chancellor in Portugal, a foreign minister in Brazil)
    "ministro": (("minister",), "m"),
    "ministra": (("minister",), "f"),
    "chanceler": (("chancellor", "foreign minister"), None),
    "conselheiro": (("aide", "adviser", "advisor"), "m"),
    "conselheira": (("aide", "adviser", "advisor"), "f"),
    "diplomata": (("diplomat", "foreign"), None),
    "lider": (("president", "chancellor", "head of", "prime minister"), None),
    "dirigente": (("president", "chancellor", "head of", "prime minister"), None),
    "chefe": (("chief", "head of", "secretary general", "secretary-general"), None),
    "secretario": (("secretary",), "m"),
    "portavoz": (("spokes", "press secretary"), None),  # Spanish (read as Portuguese: see _fold_spanish)
    # the finance minister (German "Finanzminister", Norwegian "finansministeren"): a role naming finances
    "finanzminister": (("financ",), None),
    "секретарь": (("secretary",), None),
    "секретар": (("secretary",), None),
    "лидер": (("president", "chancellor", "head of", "prime minister"), None),
    "лідер": (("president", "chancellor", "head of", "prime minister"), None),
    "очільник": (("head of", "chief"), None),
    "начальник": (("chief",), None),  # "начальник Генштаба"
    "диктатор": (("president of russia",), None),  # the Ukrainian press's "російський диктатор"
    "госсекретарь": (("secretary of state",), None),
    "держсекретарь": (("secretary of state",), None),
    "держсекретар": (("secretary of state",), None),
}
_PREPOSITIONS = _words(fold("""by with to of from for against about on at in into between toward towards after before
without than like via per under over amid among с со к ко от о об обо у для при по без против между перед за над про
из з зі із до від для проти між під под после через около среди возле вокруг після біля серед
de d du des par pour avec contre sur sous chez sans entre vers après avant selon lors dans en auprès au aux devant
malgré pendant depuis
auf aus bei durch für gegen mit nach ohne über unter von vor zu zwischen am im vom zum zur beim laut
dos em na nos nas pelo pela pelos pelas com sem sobre perante durante ao aos num numa desde para por nesta
neste nessa nesse após"""))
# Capitalised words that are not names (sentence openers, days, months, titles).
# German adverbs in first position, before the verb and its subject: "Noch schärfer äußerte sich ...".
_DE_FIRST_ADVERBS = _words(fold("""noch dann erst auch bereits schon danach zuvor zudem außerdem jetzt nun heute gestern
später dabei darauf daraufhin hier dort doch aber jedoch deshalb trotzdem und zuletzt kürzlich damals vorher seither
inzwischen mittlerweile"""))
_NOT_NAMES = _words(fold("""the a an in on at but however and also earlier later meanwhile moreover this that these
those it its we they i you there then so yet still now today yesterday according after before while when if as
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december mr mrs ms dr president prime minister foreign russian ukrainian
в во на но и а также однако ранее позже сегодня вчера кроме при этом об о про как у але і й також однак раніше
jede jeder jedes diese dieser dieses kein keine alle seine ihre unsere ce cette ces chaque tous toutes
сьогодні вчора як понедельник вторник среду среда четверг пятницу пятница субботу воскресенье
le la les l une du des der die das den dem ein eine einen einem einer lundi mardi mercredi jeudi vendredi samedi
dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag сми змі такое такую таку цю эту
публично официально позднее впоследствии тогда теперь сейчас впрочем кстати напомним нагадаємо зокрема тепер тоді
публічно офіційно згодом
o os as um uma em no na nos nas ao segundo para por mas e também já ainda entretanto contudo porém hoje ontem
esta este nesta neste depois antes durante após além apesar perante segunda terça quarta quinta sexta sábado domingo
janeiro fevereiro abril maio junho julho agosto setembro outubro novembro dezembro presidente""")) | _DE_FIRST_ADVERBS
# "as X said" / "как заявила Захарова" / "об этом заявила" / "про це заявив": words allowing subject-after-verb.
_INVERSION_OPENERS = _words(fold("as как як этом це чем що como"))
_ACCORDING = {("according", "to"), ("по", "словам"), ("за", "словами"), ("по", "мнению"), ("на", "думку"),
              ("nach", "worten"), ("nach", "angaben")}
# one word: "Selon Lavrov, ...", "Laut Lawrow versucht ...", "Segundo Lavrov, ..."
_ACCORDING_WORDS = _words("selon laut segundo conforme")
# Three words: "De acordo com Guterres, ...", "Na opinião de Macron, ..."
_ACCORDING_TRIPLES = {tuple(fold(phrase).split()) for phrase in (
    "de acordo com", "na opinião de", "na visão de", "na perspetiva de", "na perspectiva de", "nas palavras de",
    "na opinião do", "na opinião da", "na visão do", "na visão da", "nas palavras do", "nas palavras da",
    # Spanish, as _fold_spanish reads it: "en opinión de", "a juicio del", "en palabras de" (and "de acuerdo con"
    # above)
    "em opinião de", "em opinião do", "a juízo de", "a juízo do", "em palavras de", "em palavras do")}
_TRIPLE_OPENERS = frozenset(triple[0] for triple in _ACCORDING_TRIPLES)
# The first word of every source phrase (most words are none: a set lookup settles them)
_PHRASE_FIRST_WORDS = (frozenset(pair[0] for pair in _ACCORDING) | _TRIPLE_OPENERS | _ACCORDING_WORDS
                       | {"apres", "pour", "para"})
_ACCORDING_AFTER = "zufolge"  # after the name: "Podoljak zufolge hat Russland ..."
# "Selon lui, ...", "According to her, ...", "Segundo ele, ..."
_STRESSED_PRONOUNS = {"lui": "m", "elle": "f", "him": "m", "her": "f", "ele": "m", "ela": "f"}
# "По ее словам", "за його словами": a possessive between the words of the phrase.
_POSSESSIVE_ACCORDING = {("по", "словам"), ("по", "мнению"), ("за", "словами"), ("на", "думку"), ("nach", "angaben"),
                         ("nach", "worten"),
                         # "Na sua opinião", "No seu entender", Spanish "En su opinión", "A su juicio"
                         ("na", "opiniao"), ("no", "entender"), ("em", "opiniao"), ("a", "juizo"), ("a", "entender")}
# "«...», — приводит слова Пескова ТАСС": the quote is the named official's, relayed by an outlet or press service.
_RELAYS = _words(fold("приводит приводят приводить цитирует наводить наводять цитує"))
_WORDS_OF = _words(fold("слова"))
# "„...“, zitierte ihn die Staatsagentur": the quote is the person quoted's.
_QUOTED = _words(fold("zitierte zitiert цитирует цитируют цитує цитують"))
_OBJECT_PRONOUNS = {"ihn": "m", "sie": "f", "его": "m", "ее": "f", "його": "m", "іі": "f"}
# Ukrainska Pravda's "Пряма мова Подоляка: «...»" (the name in the genitive).
_DIRECT_SPEECH = {("пряма", "мова"), ("прямая", "речь"), ("quote", "from")}  # (and Ukrainska Pravda's English)
_POSSESSIVES: dict[str, str | None] = {"ее": "f", "его": "m", "іі": "f", "його": "m", "seinen": "m", "ihren": "f",
                                        "sua": None, "seu": None}  # folded: її -> іі
# German: "„...“, so Peskow." attributes without a verb.
_SO = "so"
# A sentence without one of these words and without a mention cannot carry an attribution (the longer word
# of each "according" pair stands for the pair: "по" and "to" are everywhere).
_ATTRIBUTION_WORDS = (_SPEECH_VERBS | frozenset(max(pair, key=len) for pair in _ACCORDING) | _ACCORDING_WORDS
                      | frozenset(triple[1] for triple in _ACCORDING_TRIPLES)
                      | _QUOTED | {_ACCORDING_AFTER, "apres"})
# Role nouns in the case "according to" takes in Russian/Ukrainian ("по словам дипломата") -> the _ROLES key.
_ROLE_GENITIVES: dict[str, str] = {
    "дипломата": "дипломат", "министра": "министр", "міністра": "міністр", "представителя": "представитель",
    "представительницы": "представительница", "советника": "советник", "радника": "радник",
    "президента": "президент", "речника": "речник", "речниці": "речниця", "генсека": "генсек",
    "канцлера": "канцлер", "госсекретаря": "госсекретарь", "держсекретаря": "держсекретар", "лидера": "лидер",
    "лідера": "лідер", "секретаря": "секретарь", "генерала": "генерал", "начальника": "начальник",
    "диктатора": "диктатор",
}
# Words that negate a speech verb right before it: "did not say", "declined to say", "не уточнил".
_NEGATIONS = _words(fold("""not never cannot t without unable declined declines declining refused refuses refusing
decline refuse не ни ні відмовився відмовилася відмовилась отказался отказалась pas jamais nicht não nunca recusou
evitou"""))
# "not only said ..." is not a negation.
_NOT_NEGATING_NEXT = _words(fold("only just merely только лишь лише тільки nur seulement"))
# Punctuation between a clause and a trailing attribution: "..., Zakharova told reporters." / "..., — заявила".
_CLAUSE_MARKS = {",", "\u2014", "\u2013", "-"}
# Words after a trailing attribution that carry no clause ("told reporters on Thursday", "заявила журналистам").
_ADVERBIALS = _words(fold("""today yesterday tonight earlier later also again recently previously then now later
afterwards monday tuesday wednesday thursday friday saturday sunday
сегодня вчера ранее позже также тоже затем потом сьогодні вчора раніше пізніше також потім водночас одновременно
натомість напередодні накануне понедельник вторник среду четверг пятницу субботу воскресенье понеділок вівторок
середу четвер пятницю суботу неділю однако однак впрочем втім проте зато тогда тоді вскоре незабаром позднее
наприкінці
lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd ensuite encore aussi également
montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute zudem außerdem auch später weiter zuletzt
zunächst damals
hoje ontem também novamente depois anteriormente segunda terça quarta quinta sexta sábado domingo feira"""))
# Verbs right after "that" which make it a relative pronoun ("an interview that was broadcast").
_RELATIVE_VERBS = _words("""was were is are has have had will would could can came ran aired appeared went made
gave took""")
_SEGMENT_ENDS = frozenset((",", ".", ";", "!", "?", "\u2026", ")", "\u2014"))
_ARTICLES = _words("the a an")
_FOREIGN_ARTICLES = _words("le la les l un une des du der die das den dem ein eine einen einem einer o os um uma")
# "was condemned", "has been criticised": the subject is the one spoken about.
_PASSIVE_AUXILIARIES = _words("was were is are be been being get gets got")
# "by" of a medium or a time, not of an agent: "said by video link", "stressed by phone", "by the end of".
_BY_MEANS = _words("phone telephone video videolink videoconference satellite letter email text the next then now")
# Speech verbs that also name an action done to a person: "called the Polish president", "dismissed Shoigu".
_ACTION_VERBS = _words("called calling dismissed dismisses")
# Words after "called <person>" that continue an action, not a description of the person ("called Biden and ...").
_NOT_OBJECT_COMPLEMENT = _words("and but after before when while during yesterday today tonight again back")
_NAME_JOINERS = _words("of and") | {"-"}  # "Secretary of State Antony Blinken", "NATO and the EU", "Secretary-General"
_DETERMINERS = _words("the its their his her")
# Words after which a speech verb is a noun: "of State", "a warning", "his claims", "these notes".
_NOUN_OPENERS = _ARTICLES | _DETERMINERS | _words("of this these those our my your")
_OFFICES = _words("head chief director commander governor mayor ambassador envoy member")
_ROLE_PHRASE_SPAN = 4  # words of "U.S. State Department" before a role noun
# Qualifiers of a role whose role text names the country or body otherwise: "French president", "President of
# France"; "US diplomat", "Secretary of State of the United States"; "MFA spokeswoman", "Foreign Ministry".
_DEMONYMS = {
    "french": "france", "american": "united", "us": "united", "usa": "united", "british": "britain", "uk": "kingdom",
    "german": "germany", "frenchman": "france", "chinese": "china", "turkish": "turkey", "polish": "poland",
    "israeli": "israel", "iranian": "iran", "indian": "india", "belarusian": "belarus", "hungarian": "hungary",
    "mfa": "foreign",
    "un": "united", "kremlin": "president", "nato": "north",
    "рф": "russia", "сша": "united", "фрг": "germany", "мид": "foreign", "мзс": "foreign", "оон": "united",
    "нато": "nato",
}
# Nouns for a person of a country (singular; not the country, which "la Russie a déclaré" would be), in English,
# Portuguese, French and German: "the Norwegian said", "o português acrescentou", "le Portugais a ajouté", "sagte der
# Norweger". The country is the one their prefix gives (see _nationality_stems).
_DEMONYM_NOUNS = _words(fold("""russian ukrainian american german portuguese norwegian frenchman russo russa ucraniano
ucraniana americano americana alemão alemã francês francesa português portuguesa norueguês norueguesa russe
ukrainien ukrainienne américain américaine allemand allemande français française portugais portugaise norvégien
norvégienne russin ukrainer ukrainerin amerikaner amerikanerin franzose französin portugiese portugiesin norweger
norwegerin"""))
# The singular definite article before such a noun, and the gender it gives
_DEMONYM_ARTICLES: dict[str, str | None] = {"the": None, "o": "m", "a": "f", "le": "m", "la": "f", "l": None,
                                            "der": "m", "die": "f"}
# Auxiliaries between a subject and its participle: "o norueguês tem repetido", "le Portugais a ajouté"
_SUBJECT_AUXILIARIES = _words(fold("tem tinha havia terá a avait hat hatte has had"))


def _untracked_name(tokens: list[_Token], k: int) -> bool:
    """Someone untracked is named at ``k``: the first of two capitalised words (not sentence openers, days or titles)
    that follow neither an article nor a preposition ("as Johannes Klæbo won", "envoy Vassily Nebenzia"; not "in New
    York", "the Security Council")."""
    if not (k + 1 < len(tokens) and tokens[k].kind == tokens[k + 1].kind == "W" and _name_like(tokens[k])
            and _name_like(tokens[k + 1])):
        return False
    before = tokens[k - 1] if k > 0 else None
    return before is None or before.kind != "W" or not (
        _name_like(before) or before.value in _ARTICLES or before.value in _FOREIGN_ARTICLES
        or before.value in _PREPOSITIONS or before.value in _OF or before.value in _OUTLET_NOUNS)


# Nouns before the name of an outlet or an organisation, not of a person: "à agência Associated Press"
_OUTLET_NOUNS = _words(fold("""agency agência agence agentur newspaper jornal journal zeitung channel canal sender
television televisão télévision radio rádio station emissora magazine revista site portal"""))


@lru_cache(maxsize=256)
def _nationality_stems(text: str) -> frozenset[str]:
    """The country stems a watchlist ``nationality`` names, as a demonym or a country ("Portuguese" and "Portugal"
    -> "port", "American" -> "unit", "Norway" -> "norw")."""
    words = _WORD.findall(fold(text))
    return frozenset(stem for word in words if (stem := _country_stem(word))) | {word[:4] for word in words}


def _country_stem(word: str) -> str | None:
    """The stem of the country a nationality word names, as the roles' words are compared ("norueguês" -> "norw",
    "french" -> "fran", "american" -> "unit"), or None."""
    return _nationality(word) or _DEMONYMS.get(word, "")[:4] or None


def _nationality_noun(tokens: list[_Token], index: int) -> tuple[str, str | None] | None:
    """The country stem and gender of a nationality noun standing for a person as a subject at ``index``: after a
    singular definite article and before its verb, an auxiliary, an adverb or a mark ("O norueguês tem repetido",
    "acrescentou o português.", "the Norwegian said"); None otherwise (an adjective: "the Russian side said", "o
    russo Lavrov"; the indefinite "a Russian said": someone new)."""
    token = tokens[index]
    if token.kind != "W" or index == 0 or token.value not in _DEMONYM_NOUNS:
        return None
    article = tokens[index - 1].value
    if article in ("'", "\u2019") and index >= 2:
        article = tokens[index - 2].value  # "l'Américain"
    if article not in _DEMONYM_ARTICLES or article == "a" and token.cap:
        return None
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    start = index - 2 if tokens[index - 1].value in ("'", "\u2019") else index - 1  # (the article)
    inverted = start > 0 and tokens[start - 1].kind == "W" and _speech_verb(tokens, start - 1)
    if following is not None and not inverted and (following.kind in ("M", "Q") or following.kind == "W" and not (
            following.value in _SUBJECT_AUXILIARIES or following.value in _ADVERBIALS
            or _speech_verb(tokens, index + 1))):
        return None  # (after an inverted verb, where and when may follow: "a déclaré le Portugais lors de ...")
    stem = _country_stem(token.value)
    return (stem, _DEMONYM_ARTICLES[article]) if stem else None


# A party qualifies a politician without being in a role's text: "der SPD-Politiker".
_PARTIES = _words("spd cdu csu fdp afd grune grunen linke bsw")
# Lowercase nationality adjectives that qualify a role noun as capitalised ones do in English: "le président
# russe", "der ukrainische Präsident" (prefix -> the stem of the country in the role text).
_NATIONALITY_PREFIXES = {"russ": "russ", "ukra": "ukra", "fran": "fran", "franz": "fran", "allem": "germ",
                         "deuts": "germ", "ameri": "unit", "brit": "brit", "chin": "chin",
                         # Russian and Ukrainian, adjectives and countries alike ("российский", "України")
                         "росс": "russ", "росі": "russ", "русс": "russ", "укра": "ukra", "франц": "fran",
                         "герма": "germ", "німеч": "germ", "німец": "germ", "немец": "germ", "амери": "unit",
                         "брита": "brit", "кита": "chin",
                         # countries no tracked official's role names: "le président turc", "der polnische Präsident",
                         # "турецкий президент" are someone else, not the latest president named
                         "turqu": "turk", "turki": "turk", "турец": "turk", "polon": "pola", "polni": "pola",
                         "польс": "pola", "itali": "ital", "италь": "ital", "італі": "ital", "espag": "spai",
                         "spani": "spai", "испан": "spai", "іспан": "spai", "portu": "port", "порту": "port",
                         "japon": "japa", "japan": "japa", "японс": "japa", "indie": "indi", "indis": "indi",
                         "индий": "indi", "індій": "indi", "israe": "isra", "израи": "isra", "ізраі": "isra",
                         "irani": "iran", "иранс": "iran", "іранс": "iran", "hongr": "hung", "ungar": "hung",
                         "венге": "hung", "угорс": "hung", "belge": "belg", "belgi": "belg", "бельг": "belg",
                         "suiss": "swit", "швейц": "swit", "autri": "aust", "oster": "aust", "австр": "aust",
                         "neerl": "neth", "niede": "neth", "нидер": "neth", "нідер": "neth", "rouma": "roma",
                         "ruman": "roma", "румын": "roma", "румун": "roma", "grecq": "gree", "griec": "gree",
                         "грече": "gree", "грець": "gree", "suedo": "swed", "шведс": "swed",
                         "norve": "norw", "norwe": "norw", "норве": "norw", "finla": "finl", "finni": "finl",
                         "финск": "finl", "фінсь": "finl", "danoi": "denm", "danis": "denm", "датск": "denm",
                         "дансь": "denm", "bresi": "braz", "brasi": "braz", "брази": "braz", "canad": "cana",
                         "kanad": "cana", "канад": "cana", "kazak": "kaza", "kasac": "kaza", "казах": "kaza",
                         "грузи": "geor", "bielo": "bela", "belar": "bela", "белор": "bela", "білор": "bela",
                         "litua": "lith", "litau": "lith", "литов": "lith", "eston": "esto", "estni": "esto",
                         "эстон": "esto", "естон": "esto", "tcheq": "czec", "tsche": "czec", "чешск": "czec",
                         "чеськ": "czec", "serbe": "serb", "serbi": "serb", "сербс": "serb", "molda": "mold",
                         "молда": "mold", "молдо": "mold", "армян": "arme", "вірме": "arme", "azerb": "azer",
                         "aserb": "azer", "азерб": "azer", "syrie": "syri", "syris": "syri", "сирий": "syri",
                         "сирій": "syri", "egypt": "egyp", "agypt": "egyp", "египе": "egyp", "єгипе": "egyp",
                         "saoud": "saud", "saudi": "saud", "саудо": "saud", "сауді": "saud", "coree": "kore",
                         "korea": "kore", "корей": "kore",
                         # Portuguese (other spellings are above)
                         "ucran": "ukra", "alema": "germ", "polac": "pola", "espan": "spai", "india": "indi",
                         "hunga": "hung", "suico": "swit", "austr": "aust", "holan": "neth", "romen": "roma",
                         "norue": "norw", "dinam": "denm", "tchec": "czec", "servi": "serb", "egipc": "egyp",
                         "corea": "kore"}
_SHORT_NATIONALITIES = {"turc": "turk", "grec": "gree"}  # (shorter than a prefix)
_TITLES = _words("""president presidents prime minister ministers chancellor counterpart counterparts leader
leaders king queen pope premier secretary ambassador envoy""")
# What makes a sentence worth tokenising (see extract_statements): an attribution, or a title or role noun that
# may introduce a person not on the watchlist, whom later pronouns and role nouns refer to.
_TITLE_WORDS = _TITLES | frozenset(_ROLES)
_TOKENISE_WORDS = _ATTRIBUTION_WORDS | _TITLE_WORDS
# The first two words of a sentence: a full name there ("Alexander Bogomaz, the governor, ...") introduces someone.
_FIRST_TWO_WORDS = re.compile(r"[\s\"'«(]*([^\W\d_][\w\u2019'-]*)\s+([^\W\d_][\w\u2019'-]*)")
_TAIL_PREPOSITIONS = _PREPOSITIONS | _words("в во на у")  # "сообщил журналистам в среду"
_COORDINATORS = _words("and but и но а але і та e mas")
# Words that open a second clause with its own speaker: "The White House said ..., while Blinken said ...".
_CLAUSE_OPENERS = _COORDINATORS | _words(fold("while whereas although though тогда как тоді як während")) | {",", ";"}
# After a sentence-initial participle these make it a clause of its own: "Asked whether ..., Zakharova said".
_PARTICIPLE_FOLLOWERS = _words("whether if about why what how when where on by")
# Openers of an adverbial phrase, not a clause: "In a statement on Thursday, Zakharova told reporters."
_PHRASE_OPENERS = _words(fold("""asked when while after before speaking commenting answering responding depois antes
interrogé interrogée questionné questionnée reçu reçue gefragt questionado questionada interrogado interrogada
falando"""))
# Capitalised sentence openers that are not a title: "After Putin's speech", "Meanwhile Lavrov ...".
_SENTENCE_ADVERBIALS = _PREPOSITIONS | _PHRASE_OPENERS | _COORDINATORS | _words(fold("""however also earlier later
meanwhile since despite during following unlike amid as if so yet still now today yesterday однако также ранее позже
тем временем після однак також раніше пізніше"""))
_TRAILING_SUBJECT_SPAN = 6  # words of "Foreign Ministry spokeswoman Maria Zakharova" before the verb
_TELL_VERBS = _words("tell told tells telling")
_TRAILING_ADDRESSEE = 2  # words of "told journalists" / "told the BBC" (articles not counted)
# "explained why ...": an indirect question, not a statement.
_WHY = _words(fold("why почему зачем чому навіщо pourquoi warum weshalb wieso"))
_SLAVIC_MONTHS = _words(fold("""января февраля марта апреля мая июня июля августа сентября октября ноября декабря
січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"""))
# "Об этом заявила Захарова.", "Таку думку висловив Подоляк." refer back to the previous sentence (also with a date:
# "Об этом 11 июля заявила").
_BACK_REFERENCE = {("об", "этом"), ("о", "чем"), ("про", "це"), ("про", "що"), ("такое", "мнение"),
                   ("таку", "думку")}
_BACK_REFERENCE_WORDS = _words(fold("этом це мнение думку"))  # (and "Так ...": see _thus_commented)
# ... of which these also open a sentence whose verb comes later ("Об этом в Пхеньяне ... заявил Шойгу"); "о чем",
# "про що" open questions there ("О чем говорили Путин и Трамп, в Кремле не уточнили")
_ABOUT_IT = {("об", "этом"), ("про", "це")}
# Units of a figure end a sentence before a capital ("кредит на $50 млрд. Песков назвал ..."): their own continuation
# is lowercase ("1,5 тыс. человек")
_UNITS = _words(fold("тыс млн млрд руб грн"))
_ABBREVIATIONS = _UNITS | _words(fold("""mr mrs ms dr prof gen lt col sgt capt cmdr adm gov sen rep st jr sr vs etc inc
ltd co corp no nos vol fig jan feb mar apr jun jul aug sep sept oct nov dec dept est approx ave г гг т е им ул д стр см
ср"""))
# Tail of a reported clause that names the outlet, not the speaker: ", News.Az reports, citing TASS."
_SOURCE_TAIL = re.compile(
    r"(?:,\s*(?:per|citing)\s[^,]{1,60}|,\s*[^,]{1,40}?\s(?:reports?|reported|writes|wrote)(?:,\s*citing\s[^,]{1,60})?)"
    r"\s*[.!?]?\s*$"
)

# --- text structure ----------------------------------------------------------------------------------------

# Same-length replacement: typographic double quotes become ", single ones ' (what the normaliser does).
_REVERSED_GUILLEMETS = str.maketrans({"\u00bb": "\u00ab", "\u00ab": "\u00bb", "\u203a": "\u2039", "\u2039": "\u203a"})
_QUOTE_TRANSLATION = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                                    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'"})
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*|(?<=[.!?\u2026\"\u00bb])[^\S\n]*\n\s*")
_QUOTE_CHAR = re.compile(r"[\"\u00ab\u00bb\u2039\u203a]")
_CLOSERS = {"\u00bb": "\u00ab", "\u203a": "\u2039"}
# A run of terminators is matched from its first character only (lookbehind) and possessively: on a megabyte of
# "!?!?" without spaces a plain `[.!?]+...\s+` retries from every position of the run, which is quadratic.
_SENTENCE_END = re.compile(r"(?<![.!?\u2026])[.!?\u2026]++(?:[ \u00a0]?[\u00bb\u203a])?+[\"\u00bb\u203a')\]]*+\s+")
# The dateline opening wire copy: "MOSCOW, Aug 22 (Reuters) - ", "MOSCOU, 22 août (AFP) - ", "MOSKAU (dpa) - ", and
# the agency tag after Interfax's "Москва. 12 июня. ": "INTERFAX.RU - ", "ІНТЕРФАКС-УКРАЇНА - ".
_DATELINE = re.compile(r"\s*[^\W\d_a-zà-ÿа-яёіїєґ][^\W\da-zà-ÿа-яёіїєґ]+(?:[ .'-]+[^\W\da-zà-ÿа-яёіїєґ]+){0,3}"
                       r"(?:,[^()\n\u2014\u2013-]{1,30}?(?:\s*\([^()\n]{1,30}\))?|\s*\([^()\n]{1,30}\)|\.(?:RU|UA|COM)"
                       r"|(?<=ІНТЕРФАКС-УКРАЇНА)|(?<=INTERFAX-UKRAINE))"  # (Interfax-Ukraine's)
                       r"(?:\s+[-\u2014\u2013]|(?<=\))\.-)\s+"  # (EFE: "MOSCÚ, 4 nov (EFE).- ")
                       # Lusa writes the place as a name: "Nova Iorque, 23 set 2023 (Lusa) - "
                       r"|\s*[^\W\d_a-zà-ÿа-яёіїєґ]\w+(?:[ '-]+\w+){0,3},"
                       r"[^()\n\u2014\u2013-]{0,20}\d[^()\n\u2014\u2013-]{0,20}\([^()\n]{1,30}\)"
                       r"(?:\s+[-\u2014\u2013]|\.-)\s+"
                       # a live blog's time: "23:20 Пресс-секретарь Кремля рассказал, что ..."
                       r"|\s*[0-2]?\d:[0-5]\d\s+(?=[^\W\d_a-zà-ÿа-яёіїєґ])")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_CYRILLIC_START = re.compile("[\u0400-\u04ff]")
_INVERTED_PRONOUN = re.compile(r"(t-)?(?:il|elle)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
_APPOSITION_MARKS = {",", "\u2014", "\u2013", "(", ")"}
_LOOK = 6  # words between subject and verb
_SLAVIC_LOOK = 10  # Russian and Ukrainian put longer adverbials there
_APPOSITION_SPAN = 16  # tokens in an apposition ", the official spokesperson for ..., "
_RELATIVE_SPAN = 32  # tokens in a relative clause between subject and verb ", qui a piloté pendant des mois ..., "


class _Quote(NamedTuple):
    start: int  # the opening mark
    end: int  # after the closing mark (paragraph end when unclosed)
    inner_start: int
    inner_end: int


class _Token(NamedTuple):
    kind: str  # "W" word, "M" mention, "Q" quote, "P" punctuation
    value: str  # folded word, official id, quote index, punctuation
    start: int
    end: int
    cap: bool = False  # word written with a capital
    inflected: bool = False  # mention in a case form other than the nominative


class _Entity(NamedTuple):
    official_id: str | None  # None: a person or organisation not on the watchlist
    gender: str | None
    paragraph: int
    # words around an untracked person's name ("помощник президента юрий ушаков"), the title a tracked official is
    # given right before the name ("министра обороны" for Shoigu in 2022), or ""
    title: str


_UNTRACKED = "\x00untracked"
_ROLE_REACH = 4  # paragraphs back that a role noun may refer to


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    out = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((start, end))
    return out


def _quotes(text: str, start: int, end: int) -> list[_Quote]:
    """Top-level quotes of one paragraph; nested quotes belong to their outer quote. An unclosed quote runs
    to the end of the paragraph (the convention for quotes continued in the next paragraph)."""
    found: list[_Quote] = []
    if all(text.find(mark, start, end) < 0 for mark in "\u00ab\u00bb\u2039\u203a"):
        if text.find('"', start, end) < 0:
            return _single_quotes(text, start, end)
        # Only '"' (the common case): quotes are consecutive pairs of marks, the last one unclosed when odd.
        marks = []
        position = text.find('"', start, end)
        while position >= 0:
            marks.append(position)
            position = text.find('"', position + 1, end)
        found = [tuple.__new__(_Quote, (a, b + 1, a + 1, b)) for a, b in zip(marks[::2], marks[1::2])]
        if len(marks) % 2:
            found.append(_Quote(marks[-1], end, marks[-1] + 1, end))
        return found
    stack: list[tuple[str, int]] = []
    open_counts = {"\u00ab": 0, "\u2039": 0}
    for match in _QUOTE_CHAR.finditer(text, start, end):
        char, position = match.group(), match.start()
        if char in open_counts:
            stack.append((char, position))
            open_counts[char] += 1
            continue
        if char in _CLOSERS:
            opener = _CLOSERS[char]
            if not open_counts[opener]:
                continue  # a stray closing guillemet
            while True:  # amortised O(1): every element is popped once
                top, top_position = stack.pop()
                if top in open_counts:
                    open_counts[top] -= 1
                if top == opener:
                    break
        elif stack and stack[-1][0] == '"':
            top, top_position = stack.pop()
        else:
            stack.append((char, position))
            continue
        if not stack:
            found.append(tuple.__new__(_Quote, (top_position, position + 1, top_position + 1, position)))
    if stack:
        found.append(_Quote(stack[0][1], end, stack[0][1] + 1, end))
    return found


_OPENS_BEFORE = frozenset(" \t\n([\u2014\u2013:-")
_CLOSES_BEFORE = frozenset(" \t\n,.;:!?)]\u2014\u2013-")


def _single_quotes(text: str, start: int, end: int) -> list[_Quote]:
    """Quotes in single marks, for a paragraph without double ones (British style: 'We will respond,' she
    said). A mark opens after a space or an opening bracket and before a letter or digit; it closes after a
    non-space and before a space or punctuation; apostrophes inside words ("Kyiv's", "don't") do neither. An
    unclosed one is an apostrophe ("the officials' claims"), not a quote running to the paragraph's end."""
    found: list[_Quote] = []
    opened: int | None = None
    position = text.find("'", start, end)
    while position >= 0:
        before = text[position - 1] if position > start else " "
        after = text[position + 1] if position + 1 < end else " "
        if opened is None:
            if before in _OPENS_BEFORE and after.isalnum():
                opened = position
        elif not before.isspace() and after in _CLOSES_BEFORE:
            found.append(tuple.__new__(_Quote, (opened, position + 1, opened + 1, position)))
            opened = None
        position = text.find("'", position + 1, end)
    return found


_BEFORE_PLATFORM = _PREPOSITIONS | _words(fold("в у на platform plattform network réseau social på"))
_PREVIOUS_WORD = re.compile(r"(\w+)\W*$")


def _platform_x(text: str, letter: int) -> bool:
    """"X" after a preposition is the social network, not an initial: "wrote on X. The ...", "auf der Plattform X."."""
    if text[letter] != "X":
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, letter - 30), letter)
    return previous is not None and _fold_word(previous.group(1)) in _BEFORE_PLATFORM


def _sentences(text: str, start: int, end: int, quotes: list[_Quote]) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph: a boundary is a terminator and a space before a capital, a digit or an
    opening quote, outside quotes, not after an abbreviation or an initial."""
    spans = []
    position = start
    q = 0
    for match in _SENTENCE_END.finditer(text, start, end):
        boundary = match.end()
        if boundary >= end:
            break
        following = text[boundary]
        if not (following.isupper() or following.isdigit() or following in "\"\u00ab\u2039(["
                or following == "'" and boundary + 1 < end and text[boundary + 1].isupper()):  # British quotes
            continue
        while q < len(quotes) and quotes[q].end <= boundary:
            q += 1
        if q < len(quotes) and quotes[q].start < boundary:
            continue  # inside a quote
        terminator = match.start()
        if text[terminator] == "." and text[terminator + 1] != ".":
            # The word before the dot, read backwards (abbreviations are short: at most 20 characters).
            first = terminator
            while first > start and terminator - first < 20 and (text[first - 1].isalnum() or text[first - 1] == "_"):
                first -= 1
            word = text[first:terminator]
            folded = _fold_word(word)
            if word and ((len(word) == 1 and word.isalpha() and not _platform_x(text, first))
                         or folded in _ABBREVIATIONS and not (folded in _UNITS and following.isupper())):
                continue  # "Mr. Putin", "U.S. officials", "V. Putin"
        spans.append((position, match.start() + len(match.group().rstrip())))
        position = boundary
    spans.append((position, end))
    return [(s, e) for s, e in spans if s < e]


@lru_cache(maxsize=16384)
def _fold_word(word: str) -> str:
    return fold(word)


# --- Norwegian ------------------------------------------------------------------------------------------------
# Norwegian (bokmål), the language of the tracked Stoltenberg, puts its words where German does (the verb second:
# "Tirsdag sa Stoltenberg at ...", "..., sier Stoltenberg til NTB."), so its attribution words are read as their
# German counterparts, and only when the text was detected as Norwegian ("sa", "at", "men", "i" are other words
# elsewhere). Direct speech opens a paragraph with a dialogue dash instead of quote marks.
_NORWEGIAN = frozenset(("no", "nb", "nn"))
_NORWEGIAN_AS_GERMAN = {fold(no): fold(de) for no, de in (pair.split(":") for pair in """
sier:sagt sa:sagte forteller:sagt fortalte:sagte uttaler:erklärt uttalte:erklärte erklærer:erklärt erklærte:erklärte
opplyser:erklärt opplyste:erklärte understreker:betont understreket:betonte påpeker:betont påpekte:betonte mener:meint
mente:meinte skriver:schreibt skrev:schrieb advarer:warnt advarte:warnte varsler:warnt varslet:warnte hevder:behauptet
hevdet:behauptete svarer:antwortet svarte:antwortete krever:fordert krevde:forderte kritiserer:kritisiert
kritiserte:kritisierte bekrefter:bestätigte bekreftet:bestätigte lovet:versicherte la:fügte kunngjorde:verkündete
kunngjør:verkündet gjentar:sagt gjentok:sagte gjentatt:gesagt spør:sagt spurte:sagte sagt:gesagt
skrevet:geschrieben har:hat hadde:hatte
at:dass ikke:nicht han:er hun:sie ifølge:laut og:und men:aber mens:während
til:zu i:in på:auf med:mit om:über for:für etter:nach fra:von ved:bei mot:gegen før:vor
en:ein et:ein ei:eine den:der det:das de:die også:auch tidligere:zuvor senere:später samtidig:zudem derfor:deshalb
mandag:montag tirsdag:dienstag onsdag:mittwoch torsdag:donnerstag fredag:freitag lørdag:samstag søndag:sonntag
generalsekretær:generalsekretär generalsekretæren:generalsekretär talsperson:sprecher talspersonen:sprecher
talsmann:sprecher talsmannen:sprecher talskvinne:sprecherin talskvinnen:sprecherin president:präsident
presidenten:präsident utenriksminister:außenminister utenriksministeren:außenminister forbundskansler:bundeskanzler
forbundskansleren:bundeskanzler rådgiver:berater rådgiveren:berater sjef:chief sjefen:chief statsminister:premier
statsministeren:premier finansminister:finanzminister finansministeren:finanzminister forsvarsminister:minister
forsvarsministeren:minister stabssjef:chief stabssjefen:chief
""".split())}


def _norwegian_subject_after(tokens: list[_Token], verb: int) -> bool:
    """Norwegian puts the subject after the verb in second place with a title before the name, no article: "sier
    finansministeren at", "Mandag sa Kreml-talsperson Dmitrij Peskov at", "sa Russlands president Vladimir Putin at"
    (not "sa til Putin at": the one spoken to)."""
    for token in tokens[verb + 1:verb + 6]:
        if token.kind == "M" or token.value in _ROLES:
            return True
        if token.kind != "W" and token.value != "-" or token.value in _PREPOSITIONS:
            return False
    return False


# Norwegian verbs whose clause may follow without "at" ("Stoltenberg mener den økonomiske uroen ikke må ...")
_NORWEGIAN_BARE_CLAUSE = _words(fold("mener mente sier sa tror trodde"))
# ... not before a particle of another verb ("sa opp avtalen": cancelled; "sa seg enig", "sa ja til")
_NORWEGIAN_PARTICLES = _words(fold("opp seg det ja nei ned ut inn fra av på igjen noe"))


@lru_cache(maxsize=4096)
def _fold_norwegian(word: str) -> str:
    folded = fold(word)
    return _NORWEGIAN_AS_GERMAN.get(folded, folded)


# --- Spanish ---------------------------------------------------------------------------------------------------
# Spanish, a language of the tracked Guterres and of a large share of the world's wire copy, builds its attributions
# as Portuguese does ("dijo Lavrov", "Zelenski afirmó que", '«...», añadió.' with the subject left out, "según
# Peskov"), so its attribution words are read as their Portuguese counterparts, only when the text was detected as
# Spanish ("la", "no", "es", "son" are other words elsewhere). Keys keep their accents: "anunció" is a verb, "anuncio"
# a noun; "él" a pronoun, "el" an article.
_SPANISH = frozenset(("es",))
_SLAVIC = frozenset(("ru", "uk"))
_SPANISH_AS_PORTUGUESE = {es: fold(pt) for es, pt in (pair.split(":") for pair in """
dijo:disse dice:diz afirmó:afirmou afirma:afirma declaró:declarou declara:declara señaló:assinalou señala:assinala
aseguró:assegurou asegura:assegura añadió:acrescentou añade:acrescenta agregó:acrescentou agrega:acrescenta
subrayó:sublinhou subraya:sublinha recalcó:frisou recalca:frisa destacó:destacou destaca:destaca indicó:referiu
indica:refere explicó:explicou explica:explica advirtió:advertiu advierte:adverte sostuvo:sustentou sostiene:sustenta
manifestó:declarou expresó:declarou insistió:insistiu insiste:insiste reiteró:reiterou reitera:reitera apuntó:apontou
apunta:aponta precisó:explicou puntualizó:frisou aclaró:explicou detalló:explicou denunció:denunciou denuncia:denuncia
acusó:acusou acusa:acusa criticó:criticou critica:critica consideró:considerou considera:considera estimó:considerou
estima:considera opinó:opinou recordó:recordou recuerda:recorda admitió:admitiu admite:admite reconoció:reconheceu
reconoce:reconhece anunció:anunciou anuncia:anuncia respondió:respondeu replicó:respondeu contestó:respondeu
escribió:escreveu escribe:escreve tuiteó:escreveu aseveró:afirmou enfatizó:enfatizou remarcó:frisou expuso:explicou
defendió:defendeu defiende:defende alertó:alertou avisó:avisou pidió:pediu pide:pede exigió:exigiu exige:exige
instó:apelou urgió:apelou condenó:condenou condena:condena negó:negou niega:nega prometió:prometeu promete:promete
amenazó:ameaçou rechazó:rejeitou rechaza:rejeita calificó:classificou califica:classifica ironizó:ironizou
cuestionó:questionou preguntó:perguntou reaccionó:reagiu publicó:publicou confirmó:confirmou confirma:confirma
reveló:revelou revela:revela concluyó:concluiu argumentó:argumentou argumenta:argumenta comentó:observou
observó:observou zanjó:concluiu sentenció:concluiu relató:relatou valoró:avaliou resaltó:ressaltou dejó:deixou
refirió:referiu contó:contou resumió:concluiu lamentó:lamentou lamenta:lamenta limitó:limitou limitado:limitou
proclamó:declarou proclamado:declarado denunciado:denunciado garantizó:garantiu garantiza:garante adelantó:adiantou
informó:referiu dicho:dito afirmado:afirmado declarado:declarado defendido:defendido asegurado:assegurado
alertado:alertado subrayado:sublinhado reiterado:reiterado admitido:admitido recordado:lembrado repetido:repetido
insistido:insistido avisado:avisado advertido:advertido escrito:escrito explicado:explicado acusado:acusado
criticado:criticado prometido:prometido considerado:considerado anunciado:anunciado destacado:destacado
recalcado:frisado señalado:referido indicado:referido sostenido:sustentado confirmado:confirmado manifestado:declarado
apuntado:referido precisado:explicado añadido:afirmado agregado:afirmado enfatizado:frisado expresado:declarado
garantizado:garantido reconocido:reconhecido respondido:respondido lamentado:lamentado informado:referido
negado:negado añadiendo:acrescentando agregando:acrescentando subrayando:sublinhando afirmando:afirmando
diciendo:dizendo defendiendo:defendendo asegurando:assegurando garantizando:garantindo alertando:alertando
advirtiendo:advertindo considerando:considerando recordando:lembrando destacando:destacando explicando:explicando
insistiendo:insistindo reiterando:reiterando admitiendo:admitindo argumentando:argumentando acusando:acusando
denunciando:denunciando pidiendo:pedindo prometiendo:prometendo señalando:salientando recalcando:frisando
apuntando:salientando indicando:salientando sosteniendo:defendendo precisando:explicando enfatizando:frisando
decir:dizer señalar:assinalar añadir:acrescentar asegurar:assegurar subrayar:sublinhar ha:tem había:tinha fue:foi
fueron:foram es:é son:são será:será era:era eran:eram el:o la:a los:os las:as un:um una:uma del:do al:ao él:ele
ella:ela ellos:eles ellas:elas quien:who quienes:who y:e pero:mas aunque:mas mientras:enquanto no:não rehusó:recusou
declinó:recusou evitó:evitou más:mais también:também asimismo:também ya:já además:ainda luego:depois después:depois
en:em con:com sin:sem ante:perante tras:após según:segundo acuerdo:acordo opinión:opinião palabras:palavras
juicio:juízo visión:visão hoy:hoje ayer:ontem mañana:manhã noche:noite lunes:segunda martes:terça miércoles:quarta
jueves:quinta viernes:sexta enero:janeiro febrero:fevereiro marzo:março mayo:maio junio:junho julio:julho
septiembre:setembro octubre:outubro noviembre:novembro diciembre:dezembro periodistas:jornalistas
reporteros:repórteres prensa:imprensa televisión:televisão radio:rádio agencia:agência diputados:deputados
corresponsales:correspondentes jefe:chefe jefa:chefe canciller:chanceler asesor:conselheiro asesora:conselheira
diplomático:diplomata diplomática:diplomata exministro:ministro exministra:ministra fuente:fonte fuentes:fontes
funcionario:responsável funcionaria:responsável mandatario:presidente mandataria:presidente ruso:russo rusa:russa
rusia:rússia estadounidense:americano norteamericano:americano alemán:alemão alemana:alemã francés:francês
galo:francês portugués:português noruego:norueguês ucranio:ucraniano gobierno:governo su:sua sus:suas le:lhe les:lhes
cadena:canal zanjado:afirmado vocero:portavoz vocera:portavoz titular:chefe
""".split())}


# Spanish opens each paragraph of a quote that goes on with "»": «... .\n\n»... ». It opens the quote there.
_CONTINUED_QUOTE = re.compile(r"(?m)^\u00bb(?=\w)")


# Some feeds strip the accents: a word not found as written is read as its accented form ("afirmo" as "afirmó",
# "segun" as "según"), except where the bare word is more often another one ("anuncio" the announcement, "publico"
# the public, "el" the article).
_SPANISH_BARE_NOUNS = _words("""anuncio publico critico preciso lamento relato rechazo aviso limito califico pregunto
cuestiono denuncio recuerdo""")
_SPANISH_UNACCENTED = {fold(es): pt for es, pt in _SPANISH_AS_PORTUGUESE.items()
                       if (fold(es) == es or fold(es) not in _SPANISH_AS_PORTUGUESE)
                       and fold(es) not in _SPANISH_BARE_NOUNS}


@lru_cache(maxsize=4096)
def _fold_spanish(word: str) -> str:
    lowered = word.lower()
    return _SPANISH_AS_PORTUGUESE.get(lowered) or _SPANISH_UNACCENTED.get(lowered) or fold(word)


_DIALOGUE = re.compile(r"(?m)^[^\S\n]*[-\u2013\u2014](?=[^\S\n])")  # a paragraph opening with a dash and a space
# Where a dialogue-dash quote ends: before its attribution, ", sier Stoltenberg", "? spør NTB", ". Det sier Listhaug",
# ", ifølge Listhaug"
# (Russian and Ukrainian put a dash after the mark: "- Это ..., - ответил Песков.")
_ATTRIBUTION_MARK = re.compile(r"([,.!?])[^\S\n]+(?:[-\u2013\u2014][^\S\n]+)?((?i:det|dette)[^\S\n]+)?(\w+)")
_DIALOGUE_MIN_WORDS = 4  # fewer, or a figure first, is a list item ("- 40 milliarder til luftvern.")


def _dialogue_quotes(text: str, fold_word: Callable[[str], str], attributed_only: bool) -> str:
    """``text`` with each dialogue-dash paragraph written as a quote, same length: "- Vi står sammen, sier
    Stoltenberg." -> "«Vi står sammen» sier Stoltenberg." (the dash and the mark before the attribution become the
    quote marks); a dash paragraph with no attribution ("- Det er alvorlig.") becomes a quote of its own, which
    continues the quote before it, unless ``attributed_only`` (Russian and Ukrainian interviews print the
    journalist's questions so). List items ("- 12 milliarder til Ukraina.") stay as they are."""
    chars = list(text)
    for dash in _DIALOGUE.finditer(text):
        start = dash.end() - 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        words = _WORD.findall(text, start, end)
        if len(words) < _DIALOGUE_MIN_WORDS or words[0][0].isdigit():
            continue
        if attributed_only:
            _attributed_dialogue(text, chars, start, end, fold_word)
            continue
        close = None
        for mark in _ATTRIBUTION_MARK.finditer(text, start, end):
            word = fold(mark.group(3))
            if (fold_word(word) in _SPEECH_VERBS or word == "ifølge") \
                    and (mark.group(1) in ",?!" or mark.group(2) is not None):
                close = mark.start(1)
        if close is None:
            last = text[start:end].rstrip()
            if not last.endswith((".", "!", "?", "\u2026")):
                continue
            close = start + len(last) - 1
        chars[start] = "\u00ab"
        chars[close] = "\u00bb"
    return "".join(chars)


# A dialogue paragraph's next part after its attribution: "- ..., - ответил Песков. - ..., - добавил он."
_NEXT_DIALOGUE = re.compile(r"[.!?\u2026][^\S\n]+[-\u2013\u2014](?=[^\S\n])")


def _attributed_dialogue(text: str, chars: list[str], start: int, end: int, fold_word: Callable[[str], str]) -> None:
    """Russian and Ukrainian dialogue: each part of the paragraph from its dash to its attribution (", - ответил
    Песков", "? - спросил он") becomes a quote in ``chars``; a part without one (an interviewer's question) stays."""
    while start < end:
        attribution = next((mark for mark in _ATTRIBUTION_MARK.finditer(text, start, end)
                            if mark.group(1) in ",?!" and any(c in "-\u2013\u2014"
                                                              for c in text[mark.end(1):mark.start(3)])
                            and fold_word(fold(mark.group(3))) in _SPEECH_VERBS), None)
        if attribution is None:
            return
        chars[start] = "\u00ab"
        chars[attribution.start(1)] = "\u00bb"
        following = _NEXT_DIALOGUE.search(text, attribution.end(3), end)  # (after the attribution's verb)
        if following is None:
            return
        start = following.end() - 1


def _tokens(text: str, start: int, end: int, quotes: list[_Quote], mentions: list[Mention],
            mention_from: int, fold_word: Callable[[str], str] = _fold_word) -> list[_Token]:
    """The frame of a sentence: words, punctuation and mentions outside quotes, one Q token per quote."""
    # The hot loop of the module (every character of every article goes through it): locals only, and tokens
    # built with tuple.__new__ (a NamedTuple's own constructor is a Python-level function).
    tokens: list[_Token] = []
    append = tokens.append
    make = tuple.__new__
    finditer = _TOKEN.finditer
    m = mention_from
    mention_count = len(mentions)
    next_mention_start = mentions[m].start if m < mention_count else end
    length = len(text)
    position = start
    segments = [(q.start, q.end, index) for index, q in enumerate(quotes) if start <= q.start < end]
    segments.append((end, end, -1))
    for q_start, q_end, q_index in segments:
        matches = finditer(text, position, q_start) if position < q_start else iter(())
        for match in matches:
            a, b = match.span()
            if a >= next_mention_start:
                while m < mention_count and mentions[m].end <= a:
                    m += 1
                next_mention_start = mentions[m].start if m < mention_count else end
                if a >= next_mention_start:
                    mention = mentions[m]
                    if not tokens or tokens[-1].kind != "M" or tokens[-1].start != mention.start:
                        append(make(_Token, ("M", mention.official_id, mention.start, mention.end, True,
                                             mention.inflected)))
                    continue
            word = match.group()
            first = word[0]
            if first.isalnum() or first == "_":
                append(make(_Token, ("W", fold_word(word), a, b, first.isupper(), False)))
            else:
                if word == "-":
                    if (a > 0 and text[a - 1].isspace()) or (b < length and text[b].isspace()):
                        word = "\u2014"  # a spaced hyphen is a dash (the normaliser writes every em dash as " - ")
                    elif (inverted := _INVERTED_PRONOUN.match(text, b)) is not None:
                        # French inversion: "a-t-il déclaré", "dit-elle" read as "a il déclaré", "dit elle"
                        if inverted.group(1):
                            next(matches, None), next(matches, None)  # "t", "-"
                        continue
                append(make(_Token, ("P", word, a, b, False, False)))
        if q_index >= 0:
            append(make(_Token, ("Q", str(q_index), q_start, q_end, False, False)))
            position = q_end
    return tokens


# --- attribution -------------------------------------------------------------------------------------------


class _Speaker(NamedTuple):
    official_id: str  # or _UNTRACKED
    verb: int  # token index of the speech verb (or of the "according to" phrase)
    subject: int  # token index of the subject
    how: str  # "left", "right", "according", "colon"


class _Context:
    """Who was named recently (for pronouns and role nouns) and the watchlist."""

    def __init__(self, watchlist: Watchlist, norwegian: bool = False,
                 fold_word: Callable[[str], str] = _fold_word) -> None:
        self.watchlist = watchlist
        self.norwegian = norwegian  # the text is Norwegian, read through German (see _fold_norwegian)
        self.fold_word = fold_word  # how the text's words are read (Norwegian as German, Spanish as Portuguese)
        self.recent: list[_Entity] = []
        # Everyone named, in order, subjects or not (None: someone untracked): whom a nationality noun may mean
        self.people: list[tuple[str | None, int]] = []
        self.paragraph = 0
        self.titles: dict[str, list[str]] = {}  # official id -> the titles given with the name in this text

    def next_paragraph(self, after_quote_only: bool) -> None:
        """A paragraph begins. A paragraph that is all quote does not count: in 'Zakharova held her briefing.'
        / '"... .' / '"...," she said.' the quote runs over two paragraphs and "she" is still Zakharova."""
        if not after_quote_only:
            self.paragraph += 1

    def push(self, official_id: str | None, title: str = "", gender: str | None = None) -> None:
        if official_id is not None:
            official = self.watchlist.officials.get(official_id)
            gender = official.gender if official is not None else None
            # A title given with a tracked official's name once holds for the rest of the text ("министр обороны
            # Сергей Шойгу ... Шойгу ... - распорядился глава военного ведомства")
            titles = self.titles.setdefault(official_id, [])
            if title and title not in titles:
                titles.append(title)
                del titles[:-3]
            title = " ".join(titles)
        self.recent.append(_Entity(official_id, gender, self.paragraph, title))
        if len(self.recent) > 16:
            del self.recent[:-8]

    def named(self, official_id: str | None) -> None:
        """Someone is named (an official, or None: someone untracked), as a subject or not."""
        self.people.append((official_id, self.paragraph))
        if len(self.people) > 16:
            del self.people[:-8]

    def resolve_nationality(self, tokens: list[_Token], before: int, gender: str | None, country: str) -> str:
        """The official a nationality noun at ``before`` refers to ("o norueguês", "the Norwegian"): the latest person
        named, in this sentence or the last few paragraphs, who is of that nationality, passing over officials who
        are not; ``_UNTRACKED`` when someone untracked comes first (their nationality is unknown: "Stoltenberg watched
        Johannes Klæbo win. The Norwegian said ...")."""
        in_sentence = [tokens[k].value if tokens[k].kind == "M" else None
                       for k in range(before - 1, -1, -1) if tokens[k].kind == "M" or _untracked_name(tokens, k)]
        candidates = in_sentence + [official_id for official_id, paragraph in reversed(self.people)
                                    if self.paragraph - paragraph <= _ROLE_REACH]
        for official_id in candidates:
            official = self.watchlist.officials.get(official_id) if official_id is not None else None
            if official is None:
                return _UNTRACKED
            if gender is not None and official.gender is not None and official.gender != gender:
                continue
            if country in _nationality_stems(official.nationality):
                return official.id
        return _UNTRACKED

    def resolve(self, tokens: list[_Token], before: int, gender: str | None,
                role_words: tuple[str, ...] | None, qualifiers: tuple[str, ...] = ()) -> str | None:
        """The official a pronoun/role noun at ``before`` refers to: the latest plausible person named in this
        sentence or the current/previous paragraph. ``_UNTRACKED`` when that person is not tracked. Capitalised
        ``qualifiers`` of a role noun ("State Department spokeswoman") must be words of that official's role;
        otherwise the role noun is someone else, and None is returned. An untracked person introduced with a title
        that is not the role noun's ("Помощник президента Юрий Ушаков" for "представитель Кремля") is passed over."""
        # People named earlier in this sentence: officials, and someone untracked given a title ("le ministre des
        # affaires étrangères, Stéphane Séjourné, ...: selon lui").
        candidates: list[tuple[str | None, str, str | None]] = [
            (tokens[k].value, "", None) if tokens[k].kind == "M" else (None, _words_before(tokens, k + 1), None)
            for k in range(before - 1, -1, -1)
            if tokens[k].kind == "M" or tokens[k].value in _TITLE_WORDS
            and (_titled_name(tokens, k) or _apposed_name(tokens, k))]
        # A pronoun means someone of this paragraph or the previous one; a role noun ("the Kremlin spokesman") may
        # go back further, to where the official was introduced.
        reach = 1 if role_words is None else _ROLE_REACH
        candidates += [(e.official_id, e.title, e.gender) for e in reversed(self.recent)
                       if self.paragraph - e.paragraph <= reach]
        for official_id, title, known_gender in candidates:
            if official_id is None:
                if gender is not None and known_gender is not None and known_gender != gender:
                    continue  # "Selon elle" (someone untracked) before "il": not him
                if role_words is not None and title and not any(w in title for w in role_words):
                    continue
                if qualifiers and title and not _qualifies(qualifiers, title):
                    continue  # "the Ukrainian president" after "Turkish President Erdogan": someone named before
                return _UNTRACKED  # the latest person is not on the watchlist: not one of ours
            official = self.watchlist.officials.get(official_id)
            if official is None:
                continue
            if gender is not None and official.gender is not None and official.gender != gender:
                continue
            if role_words is not None and not _holds_role(fold(official.role), role_words) and not (
                    "diplomat" in role_words and qualifiers and _of_nationality(qualifiers, official.nationality)) \
                    and not (title and _title_holds_role(title, role_words)):
                continue  # (a diplomat of the official's nationality: "le diplomate portugais" is Guterres; an
                # office held before, given with the name: "министр обороны Сергей Шойгу" in 2022 is "министр")
            if qualifiers and not _qualifies(qualifiers, f"{official.role} {official.nationality}") \
                    and not (title and role_words is not None and _title_holds_role(title, role_words)
                             and _qualifies(qualifiers, title)):  # ("министра обороны" given to Shoigu in 2022)
                continue  # "the Russian president" after Zelensky was named: someone named before him
            return official_id
        return None


def _holds_role(role: str, role_words: tuple[str, ...]) -> bool:
    """One of ``role_words`` names the office in the (folded) role text, not an office it belongs to: "Head of the
    Office of the President" is no president, "Adviser to the head of ..." no head."""
    for word in role_words:
        at = role.find(word)
        while at >= 0:
            if not role.endswith(("of the ", "to the ", "secretary-", "vice-"), 0, at) \
                    and not role.startswith("ial", at + len(word)):
                return True  # (not an adjective of it: "presidential press secretary" is no president; a
                # "Secretary-General" is no general, a "vice-president" no president)
            at = role.find(word, at + 1)
    return False


# Words after which a role noun is a complement, not the title: "керівник Офісу президента", "the Office of the
# President", "пресс-секретарь президента", "le chef du bureau du président"
_TITLE_COMPLEMENT_AFTER = _TITLE_WORDS | _words(fold("""of the de del des der du do da dos das офиса офісу office
администрации адміністрації аппарата апарату керівник керівника руководитель руководителя head"""))


def _title_holds_role(title: str, role_words: tuple[str, ...]) -> bool:
    """A word of the ``title`` a tracked official is given in the text names the office, and is not the complement
    of another title or institution before it ("министра обороны" names a minister, "Керівник Офісу Президента" no
    president)."""
    words = title.split()
    return any(_holds_role(word, role_words)
               and (k == 0 or words[k - 1] not in _TITLE_COMPLEMENT_AFTER or word in _PORTFOLIO_NAMES)
               for k, word in enumerate(words))  # (a portfolio completes its title: "министр обороны")


def _of_nationality(qualifiers: tuple[str, ...], nationality: str) -> bool:
    """Every qualifier is a nationality, the watchlist one: "portugais" for "Portuguese"."""
    stems = _nationality_stems(nationality) if nationality else frozenset()
    return all((stem := _country_stem(q)) is not None and stem in stems for q in qualifiers)


def _qualifies(qualifiers: tuple[str, ...], role: str) -> bool:
    """Every qualifier is a word of ``role``, compared on a 4-letter stem ("Ukrainian" and "of Ukraine"), or the
    country of a demonym that is ("French president" and "President of France"). Letters of an abbreviation
    ("U.S.") are not compared."""
    stems = {word[:4] for word in _WORD.findall(fold(role))}
    return all(len(q) < 2 or q in _PARTIES or q[:4] in stems or _country_stem(q) in stems for q in qualifiers)


def _speech_verb(tokens: list[_Token], index: int) -> bool:
    """A speech verb used as one. English speech verbs double as nouns: after an article, a possessive or "of"
    ("Secretary of State", "a warning", "his claims"), right after another speech verb ("told state
    television"), and "State"/"States" capitalised inside a sentence ("the United States", "State Department")."""
    token = tokens[index]
    if token.kind != "W" or token.value not in _SPEECH_VERBS:
        return False
    if token.value == "savoir":
        return index > 1 and tokens[index - 1].value == "fait" and tokens[index - 2].value in _FR_AUXILIARIES
    if token.value == "fugte":  # "fügte er hinzu", Norwegian "la han til" (not "la fram budsjettet": presented)
        return any(t.value in ("hinzu", "zu") for t in tokens[index + 1:index + 6])
    if token.value in _DE_WITH_COMPLEMENT:
        return any(t.value in ("deutlich", "klar") for t in tokens[index + 1:index + 4])
    if token.value in _SLAVIC_WITH_COMPLEMENT:  # "зауважив у зверненні, що" (not "зауважив журналістів": noticed)
        return any(t.value in ("что", "що", ":") for t in tokens[index + 1:index + 9])
    if token.value in _PT_INFINITIVES and token.value not in _FR_VERBS:  # "ao afirmar que" (not "o defender")
        return index > 0 and tokens[index - 1].value == "ao" \
            and any(t.value in ("que", ":") for t in tokens[index + 1:index + 14])
    if token.value == "limitou":  # "limitou-se a dizer que", Spanish "se limitó a señalar que" / '«...», se limitó a
        # responder.' (not "limitou as exportações")
        following = [t.value for t in tokens[index + 1:index + 5] if t.value not in ("-", "se")]
        return len(following) >= 2 and following[0] == "a" and following[1] in _PT_INFINITIVES
    if token.value == "contou":  # "contou aos jornalistas que", not "contou com o apoio da China"
        return any(t.value in ("que", ":") for t in tokens[index + 1:index + 7]) \
            or index > 0 and (tokens[index - 1].kind == "Q" or tokens[index - 1].value in _CLAUSE_MARKS)
    if token.value == "deixou":  # "deixou claro que", Spanish "lo dejó claro: ..." (not "deixou Kiev")
        return any(t.value == "claro" for t in tokens[index + 1:index + 3])
    if token.value == "publicou":  # "publicou no Telegram: ...", not "publicou um vídeo"
        return any(t.value in ("que", ":") for t in tokens[index + 1:index + 7])
    if token.value in _PT_PARTICIPLES:  # "tinha defendido que", not "tem-se afirmado como ..."
        return any(t.value in ("que", ":") for t in tokens[index + 1:index + 14]) \
            or index + 1 < len(tokens) and tokens[index + 1].value == "para" \
            or (auxiliary := _iberian_auxiliary(tokens, index)) is not None and (
                token.value not in _ACT_PARTICIPLES and (
                    any(t.value in ("que", ":") for t in tokens[index + 14:index + 28])
                    or tokens[auxiliary - 1].kind == "Q" or tokens[auxiliary - 1].value in _CLAUSE_MARKS
                    and (auxiliary < 2 or tokens[auxiliary - 2].kind != "M"))
                or token.value == "acusado" and any(t.value == "de" for t in tokens[index + 1:index + 9]))
        # ("tinha alertado para o perigo"; the perfect after a long adverbial, "ha advertido desde Tirana, donde ...,
        # de que", inverted after a quote or clause, Spanish '«...», ha dicho el portavoz' (not after its subject's
        # apposition: "Putin, ha prometido ..."), "ha acusado a X de ..."; not "ha advertido a Occidente sobre ...")
    if token.value in _FR_INFINITIVES:
        return _que_follows(tokens, index) and (_after_avant_de(tokens, index) or _governed_infinitive(tokens, index))
    if token.value in _FR_WITH_COMPLEMENT:  # (or inverted after the quote: '« ... », avait promis le maître')
        auxiliary = _fr_auxiliary(tokens, index)
        return _que_follows(tokens, index) or auxiliary is not None and auxiliary >= 2 \
            and tokens[auxiliary - 1].value == "," and tokens[auxiliary - 2].kind == "Q"
    if token.value in _DE_INVERTED_ONLY:
        return index > 0 and (tokens[index - 1].value in _CLAUSE_MARKS or tokens[index - 1].kind == "Q")
    if token.value in _SPOKE_OUT:
        return any(t.value == ":" for t in tokens[index + 1:index + 5])
    if token.value in _JUDGED:
        return tokens[0].value in _THUS_OPENERS
    if token.value in _RULED_OUT:
        return index > 0 and tokens[index - 1].value == "не" \
            and any(t.value in ("что", "що") for t in tokens[index + 1:index + 4])
    if token.value in _DREW_ATTENTION:
        return index + 1 < len(tokens) and tokens[index + 1].value in _ATTENTION \
            and any(t.value in ("что", "що") for t in tokens[index + 2:index + 7])
    if token.value in _SLAVIC_INVERTED_ONLY:  # after the quote and its dash
        k = index - 1
        while k > 0 and k >= index - 2 and tokens[k].value in _CLAUSE_MARKS:
            k -= 1
        return k < index - 1 and tokens[k].kind == "Q"
    if token.value in _FR_INVERTED_ONLY:  # right after the quote ('« ... », analyse'; not "Poutine, lui, observe")
        return index > 0 and (tokens[index - 1].kind == "Q"
                              or index > 1 and tokens[index - 1].value == "," and tokens[index - 2].kind == "Q")
    if token.value in _EN_WITH_COMPLEMENT:  # "posted on X: ...", "posted on Telegram that ..." (not "posted the
        # video, said that", "posted a map showing that")
        following = tokens[index + 1:index + 8]
        colon = next((k for k, t in enumerate(following) if t.value == ":"), None)
        that = next((k for k, t in enumerate(following) if t.value == "that"), None)
        return (colon is not None and not any(t.kind == "Q" or t.value in (",", "that") for t in following[:colon])
                or that is not None and bool(following)
                and (following[0].value in _PREPOSITIONS or _adverbial(following[0]))  # "in her channel", "late"
                and all(t.kind in ("W", "M") for t in following[:that]))
    if token.value in _FR_AFTER_AUXILIARY:
        auxiliary = _fr_auxiliary(tokens, index)
        return auxiliary is not None and _french_participle_speech(tokens, index, auxiliary)
    if token.value not in _EN_VERBS or index == 0:
        return True
    if token.value in ("state", "states") and (
            token.cap or token.value == "state" and tokens[index - 1].kind == "W" and tokens[index - 1].cap):
        return False  # "the United States", "State Department", "Russian state television"
    before = tokens[index - 1]
    if _verb_group(tokens, index) < index:
        return True  # "a déclaré" folds to "a declare": French, not "a declaration"
    if (token.value.endswith("ing") and index >= 2 and tokens[index - 2].value in _ARTICLES and before.kind == "W"
            and not before.cap and not before.value.endswith("ly") and before.value not in _EN_VERBS):
        return False  # "a stark warning"
    if before.kind == "W" and before.value in _PREPOSITIONS and before.value != "to" and not token.value.endswith("ing"):
        return False  # "shown on state television", "in reply"
    return not (before.kind == "W" and (before.value in _NOUN_OPENERS or before.value in _EN_VERBS))


def _french_participle_speech(tokens: list[_Token], participle: int, auxiliary: int) -> bool:
    """A participle of ``_FR_AFTER_AUXILIARY`` after its auxiliary is speech: "a précisé" before "que" or a colon or
    after a quote (", a-t-il précisé"); "a lancé" before a quote or inverted after one ('», a-t-il lancé'), not "a
    lancé une mise en garde" (an act); the others always."""
    verb = tokens[participle].value
    if verb not in ("precise", "lance") or _que_follows(tokens, participle):
        return True
    if verb == "precise":
        return auxiliary > 0 and tokens[auxiliary - 1].value == ","
    return (any(t.kind == "Q" for t in tokens[participle + 1:participle + 3])
            or tokens[auxiliary + 1].value in ("il", "elle") or auxiliary > 1 and tokens[auxiliary - 2].kind == "Q"
            or auxiliary > 0 and tokens[auxiliary - 1].value == "," and participle + 1 < len(tokens)
            and tokens[participle + 1].kind == "M")  # ("Les Occidentaux, a lancé Lavrov, ne parviendront pas")


def _que_follows(tokens: list[_Token], verb: int) -> bool:
    """What was said follows the French verb at ``verb``: "que", "qu'" or a colon within a few words."""
    return any(t.value in ("que", "qu", ":") for t in tokens[verb + 1:verb + 5])


_INDEFINITE = _words("a an ein eine einer un une um uma")
# Role nouns that are not French, so "un" before them is the UN: "the UN chief said".
_ENGLISH_ROLES = _words("chief spokeswoman spokesperson spokesman leader secretary aide adviser advisor diplomat")


def _role_phrase(tokens: list[_Token], index: int) -> tuple[bool, tuple[str, ...]]:
    """Whether the role noun at ``index`` is introduced with an indefinite article ("A State Department
    spokeswoman": someone new), and its capitalised qualifiers."""
    qualifiers: list[str] = []
    k = index - 1
    while k >= 0 and index - k <= _ROLE_PHRASE_SPAN:
        token = tokens[k]
        if token.kind == "P" and (token.value == "." and k > 0 and tokens[k - 1].kind == "W"
                                  or token.value == "-" and tokens[k + 1].start == token.end):
            k -= 1  # "U.S.", "US-Chefdiplomat"
            continue
        if token.kind != "W" or _speech_verb(tokens, k) or token.value in _COMPLEMENTIZERS:
            break
        if token.value == "un" and token.cap and (tokens[k + 1].cap or tokens[index].value in _ENGLISH_ROLES):
            qualifiers.append(token.value)  # "UN Secretary", "the UN chief", "A UN spokesperson"
            k -= 1
            continue
        if token.value in _INDEFINITE and not (token.value == "a" and tokens[index].value in _PT_ROLE_WORDS):
            return True, ()
        if token.value in _ARTICLES or token.value in _PREPOSITIONS or token.value in _FOREIGN_ARTICLES \
                or token.value in _ADVERBIALS:
            break  # (an opening "Ранее", "Earlier" is not a qualifier)
        if (token.cap and not (k == 0 and _CYRILLIC_START.match(token.value) and not _slavic_country(token))
                or _nationality(token.value) or token.value in _PORTFOLIOS):
            qualifiers.append(token.value)  # (Russian capitalises an adjective only at the sentence's start)
        k -= 1
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is not None and following.value in _SLAVIC_PORTFOLIOS:
        qualifiers.append(_SLAVIC_PORTFOLIOS[following.value])  # "министр обороны": the defence minister
    if (portfolio := _romance_portfolio(tokens, index)) is not None:
        qualifiers.append(portfolio)  # "le ministre norvégien des Affaires étrangères": the foreign minister
    if following is not None and following.kind == "W" and not following.cap and _nationality(following.value):
        qualifiers.append(following.value)  # French puts it after the noun: "le président russe"
    if (end := _office_end(tokens, index)) is not None:
        # ... and after an office's complement: "le chef de la diplomatie russe", "o chefe da diplomacia
        # norte-americana", Spanish "el jefe de la diplomacia estadounidense"
        after = [t for t in tokens[end:end + 3] if t.value not in ("norte", "-")]
        if after and after[0].kind == "W" and not after[0].cap and _nationality(after[0].value):
            qualifiers.append(after[0].value)
    # Russian and Ukrainian name the country in the genitive after it: "президент України", "глава МИД России",
    # "глава МИД Китая" (past the institution)
    for token in tokens[index + 1:index + 4]:
        if token.kind != "W" or not token.cap:
            break
        if _slavic_country(token):
            qualifiers.append(token.value)
            if token.value not in _INSTITUTIONS_OF_OFFICES:
                break  # (after "МИД", "ООН" the country may follow)
        elif token.value not in _INSTITUTIONS_OF_OFFICES:
            break
    return False, tuple(qualifiers)


# Portuguese role nouns (and the second word of "porta-voz", "secretário-geral"), after which "a" is the feminine
# article ("a porta-voz"), not an indefinite one.
_PT_ROLE_WORDS = _words(fold("""voz geral ministro ministra chanceler conselheiro conselheira diplomata líder dirigente
chefe secretário presidente portavoz"""))


# A minister's portfolio, which the role must name: "the defence minister" is not the foreign minister named before.
_PORTFOLIOS = _words("foreign defence defense")
def _romance_portfolio(tokens: list[_Token], role: int) -> str | None:
    """The portfolio in the complement of a French or Portuguese minister at ``role``, after a nationality at most:
    "ministre (norvégien) des Affaires étrangères", "ministro da Defesa"; None otherwise ("le ministre, interrogé sur la
    défense, ...")."""
    k = role + 1
    if k < len(tokens) and _nationality(tokens[k].value):
        k += 1
    if k >= len(tokens) or tokens[k].value not in ("des", "de", "du", "da", "do", "dos", "das"):
        return None
    for token in tokens[k + 1:k + 4]:
        if token.kind != "W":
            return None
        if token.value in _ROMANCE_PORTFOLIOS:
            return _ROMANCE_PORTFOLIOS[token.value]
    return None


_ROMANCE_PORTFOLIOS = {fold(word): portfolio for portfolio, words in (
    ("foreign", "étrangères estrangeiros exteriores"), ("defence", "défense armées defesa"),
    ("finance", "finances finanças fazenda")) for word in words.split()}
_SLAVIC_PORTFOLIOS = {fold("обороны"): "defence", fold("оборони"): "defence", fold("иностранных"): "foreign",
                      fold("закордонних"): "foreign"}


_PORTFOLIO_NAMES = frozenset(_SLAVIC_PORTFOLIOS.values())


def _slavic_country(token: _Token) -> bool:
    """A capitalised Russian or Ukrainian country name or abbreviation: "России", "України", "РФ", "США", "МИД"."""
    return token.cap and bool(_CYRILLIC_START.match(token.value)) and (
        _nationality(token.value) is not None or token.value in _DEMONYMS)


def _nationality(word: str) -> str | None:
    """The country stem of a lowercase nationality adjective ("russe", "ukrainische", "allemand"), or None."""
    if len(word) < 5:
        return _SHORT_NATIONALITIES.get(word)
    return _NATIONALITY_PREFIXES.get(word[:5]) or _NATIONALITY_PREFIXES.get(word[:4])


def _name_like(token: _Token) -> bool:
    """A word written like a person's name: capitalised, not a sentence opener, day, month or title."""
    return token.cap and token.value not in _NOT_NAMES and (
        token.value.isalpha() or not any(c.isdigit() for c in token.value))  # ("G7"; most names are letters only)


def _titled_name(tokens: list[_Token], index: int) -> bool:
    """A title or role noun followed by a capitalised name that is not a tracked official, as a speaker: the
    subject opening the sentence ("EU spokeswoman Nabila Massrali disagreed", "Turkish President Recep Erdogan
    said") or the agent of a passive speech verb ("was rejected by U.S. Ambassador Lynne Tracy"). Later pronouns
    and role nouns may refer to that person. A titled person who is only spoken about ("talks with Turkish
    counterpart Hakan Fidan", "met Prime Minister Narendra Modi") is not one."""
    token = tokens[index]
    if token.kind != "W" or (token.value not in _TITLES and token.value not in _ROLES):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if (following is None or following.kind != "W" or not _name_like(following) or following.value in _TITLES
            or _slavic_country(following)):
        return False  # (not "Президент РФ"; "President Putin" is a mention)
    k = index - 1  # back over the rest of the title phrase: "U.S.", "EU foreign policy", "the Turkish"
    while k >= 0 and (tokens[k].kind == "W" and tokens[k].value not in _PREPOSITIONS
                      and not _speech_verb(tokens, k) and tokens[k].value not in _COORDINATORS
                      or tokens[k].value == "."):
        k -= 1
    if k < 0:
        return True
    return tokens[k].value == "by" and k > 0 and _speech_verb(tokens, k - 1)


def _apposed_name(tokens: list[_Token], index: int) -> bool:
    """A role noun whose holder, someone untracked, is named in an apposition after its phrase: "le ministre des
    affaires étrangères, Stéphane Séjourné, ...", "the head of the agency, Rafael Grossi, ..."."""
    if tokens[index].kind != "W" or tokens[index].value not in _ROLES or tokens[index].cap:
        return False
    k = index + 1
    while k < len(tokens) and k - index <= _ROLE_PHRASE_SPAN and tokens[k].kind == "W":
        k += 1  # "des affaires étrangères", "of the agency"
    if k >= len(tokens) or tokens[k].value != ",":
        return False
    names = 0
    for token in tokens[k + 1:k + 5]:
        if token.kind == "W" and _name_like(token):
            names += 1
            continue
        return names >= 2 and token.value in _APPOSITION_MARKS
    return False


def _valid_subject_mention(tokens: list[_Token], index: int) -> bool:
    token = tokens[index]
    if token.inflected:
        return False  # Захаровой, Подоляка: not the grammatical subject
    if index + 1 < len(tokens) and tokens[index + 1].value in ("'", "\u2019"):
        return False  # Zakharova's remarks
    if index > 0 and tokens[index - 1].kind == "W" and tokens[index - 1].value in _PREPOSITIONS:
        return False  # by Zakharova, with Zelensky
    return True


def _subject_at(tokens: list[_Token], index: int, context: _Context, verb_gender: str | None = None) -> str | None:
    """Official id, ``_UNTRACKED`` or None for the token at ``index`` as a subject candidate. ``verb_gender``: the
    gender a Russian or Ukrainian past-tense verb gives its subject ("дипломат подчеркнула")."""
    token = tokens[index]
    if token.kind == "M":
        return token.value if _valid_subject_mention(tokens, index) else None
    if token.kind != "W":
        return None
    if token.value in _PRONOUNS:
        # In a trailing attribution (", he added", ", fügte er hinzu", ", a-t-il ajouté") the pronoun is not someone
        # named in the clause it attributes: "Putin must not be rewarded, he added" is someone else speaking.
        trailing = (index >= 1 and tokens[index - 1].value in _CLAUSE_MARKS
                    or index >= 2 and tokens[index - 2].value in _CLAUSE_MARKS
                    and (_speech_verb(tokens, index - 1) or tokens[index - 1].value in _FR_AUXILIARIES))
        # Someone named before the quote it attributes still counts: "Maria Sacharowa wurde deutlicher: „...“,
        # schrieb sie".
        before = next((k for k, t in enumerate(tokens[:index]) if t.kind == "Q"), 0) if trailing else index
        if trailing and before == 0 and (official := _copula_colon_subject(tokens, index)) is not None:
            gender = context.watchlist.officials[official].gender
            if gender is None or gender == _PRONOUNS[token.value] or _PRONOUNS[token.value] is None:
                return official  # "Zelensky was furious: Scholz's decision, he said, had opened ...": Zelensky
        return context.resolve(tokens, before, _PRONOUNS[token.value], None) or _UNTRACKED
    role = token.value
    if token.cap and role in _LOWERCASE_ROLES:
        return None  # an outlet or a name: "Politico said", not "o político norueguês"
    if index >= 2 and tokens[index - 1].value == "-" and (tokens[index - 2].value, role) in _HYPHENATED_ROLES:
        role = _HYPHENATED_ROLES[tokens[index - 2].value, role]  # "porte-parole", "пресс-секретарь"
    elif (office := _office_at(tokens, index)) is not None:
        role = office[0]  # "le chef de l'Etat", "le secrétaire d'Etat américain", "глава государства"
    if role in _ROLES:
        role_words, gender = _ROLES[role]
        if gender is None and index > 0:
            gender = _ARTICLE_GENDERS.get(tokens[index - 1].value)  # "la diplomate russe"
        gender = gender or verb_gender
        someone_new, qualifiers = _role_phrase(tokens, index)
        if someone_new:
            return _UNTRACKED
        if context.norwegian and index + 1 < len(tokens) and tokens[index + 1].kind == "W" \
                and _name_like(tokens[index + 1]):
            return _UNTRACKED  # "sier forsvarsminister Odd Roger Enoksen": the one named, not the last minister
        return context.resolve(tokens, index, gender, role_words, qualifiers) or _UNTRACKED
    if (demonym := _nationality_noun(tokens, index)) is not None:
        country, gender = demonym  # "O norueguês tem repetido que", "acrescentou o português", "the Norwegian said"
        return context.resolve_nationality(tokens, index, gender, country)
    if _name_like(token):
        if index + 1 < len(tokens) and tokens[index + 1].value == "-" and tokens[index + 1].start == token.end:
            return None  # the first part of a compound: "US-Chefdiplomat", "SPD-Politiker"
        # "в своем Telegram-канале", "on Telegram", "у коментарі Цензор.НЕТ": a place or medium, not a subject
        first = index
        while first >= 2 and _inside_word(tokens, first - 1):
            first -= 2
        if any(t.kind == "W" and t.value in _TAIL_PREPOSITIONS for t in tokens[max(0, first - 2):first]):
            return None
        if _names_a_medium(tokens, index):
            return None
        return _UNTRACKED
    return None


# Role nouns that are ordinary words capitalised: the outlet "Politico"
_LOWERCASE_ROLES = _words("politico politica militar")
# before the complement of a role noun, which is not the subject ("o porta-voz do Kremlin disse": not the Kremlin)
_GENITIVES = _words("des der du do da dos das")
_ARTICLE_GENDERS = {"la": "f", "le": "m", "der": "m", "o": "m"}
_HYPHENATED_ROLES = {("porte", "parole"): "spokesperson", ("porta", "voz"): "spokesperson",
                     ("secretary", "general"): "secretary general",
                     ("secretario", "geral"): "secretary general", ("пресс", "секретарь"): "прессекретар",
                     ("прес", "секретар"): "прессекретар", ("пресс", "секретаря"): "прессекретар",
                     ("прес", "секретаря"): "прессекретар"}
# Offices named by a head noun and its complement: "le chef de l'Etat" (the president), "le chef de la diplomatie
# russe" (the foreign minister), "глава государства".
_SLAVIC_OFFICES = (((fold("государства"),), "president"), ((fold("держави"),), "president"),
                   ((fold("военного"), fold("ведомства")), "defence minister"),  # "глава военного ведомства"
                   ((fold("офиса"), fold("президента")), "head of the presidential office"),
                   ((fold("офісу"), fold("президента")), "head of the presidential office"),
                   ((fold("оп"),), "head of the presidential office"),  # "керівник ОП"
                   ((fold("кремля"),), "kremlchef"),  # "глава Кремля", "очільник Кремля"
                   ((fold("госдепартамента"),), "secretary of state"), ((fold("госдепа"),), "secretary of state"),
                   ((fold("держдепартаменту"),), "secretary of state"), ((fold("держдепу"),), "secretary of state"),
                   ((fold("оборонного"), fold("ведомства")), "defence minister"),
                   *((tuple(fold(phrase).split()), "defence minister") for phrase in (
                       "российского военного ведомства", "российского оборонного ведомства", "військового відомства",
                       "оборонного відомства", "російського військового відомства",
                       "російського оборонного відомства")),
                   *((tuple(fold(phrase).split()), "chef de la diplomatie") for phrase in (
                       "мид", "мзс", "дипломатии", "дипломатії", "российской дипломатии", "украинской дипломатии",
                       "російської дипломатії", "української дипломатії", "российского мид", "украинского мид",
                       "російського мзс", "українського мзс")))
_OFFICE_PHRASES = {
    "maitre": ((("du", "kremlin"), "kremlchef"),),
    "chef": ((("de", "l", "etat"), "president"), (("de", "la", "diplomatie"), "chef de la diplomatie")),
    "secretaire": ((("d", "etat"), "secretary of state"), (("general",), "secretary general")),
    "secretario": ((("de", "estado"), "secretary of state"), (("general",), "secretary general")),
    "chefe": ((("da", "diplomacia"), "chef de la diplomatie"), (("de", "estado"), "president"),
              (("do", "kremlin"), "kremlchef"), (("do", "governo"), "head of government"),
              (("de", "governo"), "head of government"),
              # Spanish "el jefe de la diplomacia", read as Portuguese
              (("de", "a", "diplomacia"), "chef de la diplomatie")),
    "глава": _SLAVIC_OFFICES,
    "главы": _SLAVIC_OFFICES,  # (the genitive: "по словам главы государства", see _GENITIVE_OFFICES)
    "очільник": _SLAVIC_OFFICES,
    "очільника": _SLAVIC_OFFICES,
    "керівник": _SLAVIC_OFFICES,
    "керівника": _SLAVIC_OFFICES,
}


_GENITIVE_OFFICES = _words(fold("главы очільника керівника"))


def _office_at(tokens: list[_Token], index: int) -> tuple[str, int] | None:
    """The office whose head noun is at ``index`` ("chef de la diplomatie", "chefe do Kremlin") and where its
    complement ends, or None when the noun heads none."""
    phrases = _OFFICE_PHRASES.get(tokens[index].value)
    if phrases is None:
        return None
    following = [k for k in range(index + 1, min(len(tokens), index + 6)) if tokens[k].value not in ("'", "\u2019")]
    values = tuple(tokens[k].value for k in following)
    for words, office in phrases:
        if values[:len(words)] == words:
            return office, following[len(words) - 1] + 1
    return None


def _office_end(tokens: list[_Token], index: int) -> int | None:
    """Where the complement of the office whose head noun is at ``index`` ends, or None (see ``_office_at``)."""
    office = _office_at(tokens, index)
    return office[1] if office is not None else None


def _outlet_quote(tokens: list[_Token], index: int) -> bool:
    """The quote at ``index`` is a name: an outlet's after the noun for it or its addressee ("корреспонденту
    «Фонтанки»", "в коментарі «Главкому»"), or what is so called ("так называемой «коалиции желающих»")."""
    return (tokens[index].kind == "Q" and index > 0 and tokens[index - 1].kind == "W"
            and (tokens[index - 1].value in _MEDIA_NOUNS or tokens[index - 1].value in _SLAVIC_ADDRESSEES
                 or tokens[index - 1].value.startswith(_SO_CALLED)))


_SO_CALLED = tuple(fold("называем званої званий званого званій sogenannt").split())
_NAME_QUOTE_CHARS = 25  # a quote this short between a subject and its verb names something: «Большой двадцатки»


def _names_a_medium(tokens: list[_Token], index: int) -> bool:
    """The capitalised word at ``index`` is part of the name of an outlet after the noun for it, between a subject
    and its verb: "в интервью агентству AP", "в интервью РИА Новости", "изданию The Economist"."""
    k = index - 1
    while k >= 0 and index - k <= 4 and tokens[k].kind == "W" and (_name_like(tokens[k]) or tokens[k].value == "the"
                                                                   and tokens[k].cap):
        k -= 1  # the rest of the name: "The Economist", "РИА Новости"
    if k >= 2 and tokens[k].value == "ю" and tokens[k - 1].value in ("'", "\u2019") and tokens[k - 2].value == "інтерв":
        return True  # "в інтерв'ю The Economist"
    return k >= 0 and tokens[k].kind == "W" and tokens[k].value in _MEDIA_NOUNS


# Nouns (in the case they take before an outlet's name) that name a medium or an interview.
_MEDIA_NOUNS = _words(fold("""интервью агентству агентства изданию издания телеканалу телеканала газете газеты
журналу журнала радиостанции эфире беседе виданню видання газеті ефірі комментарии коментарі заявлении заяві
статье статті колонке телеканалам"""))


def _genitive_complement(tokens: list[_Token], index: int) -> bool:
    """The capitalised word at ``index`` completes a noun before it: "des Außenministeriums", "du Kremlin", "de
    l'Etat", "do Kremlin" (not "Do Kwon" opening a sentence)."""
    k = index - 1
    if k >= 2 and tokens[k].value in ("'", "\u2019") and tokens[k - 1].value == "l":
        k -= 2  # "de l'Etat"
    return k > 0 and tokens[k].value in _GENITIVES or k == 0 and tokens[k].value in _FOREIGN_ARTICLES \
        or k >= 0 and tokens[k].value == "de" and k < index - 1


def _verb_gender(verb: str) -> str | None:
    """"f" for a Russian or Ukrainian feminine past tense ("заявила", "высказалась"), "m" for a masculine one
    ("заявил", "заявив", "ограничился")."""
    if verb not in _SLAVIC_VERBS:
        return None
    return "f" if verb.endswith(("ла", "лась", "лася")) else "m" if verb.endswith(("л", "в", "лся", "вся")) else None


def _inside_word(tokens: list[_Token], index: int) -> bool:
    """The mark at ``index`` joins two words without a space: "інтерв'ю", "Telegram-канале", "Цензор.НЕТ"."""
    token = tokens[index]
    return token.kind == "P" and token.value in ("'", "\u2019", "-", ".") and 0 < index < len(tokens) - 1 \
        and tokens[index - 1].end == token.start and tokens[index + 1].start == token.end \
        and tokens[index - 1].kind == tokens[index + 1].kind == "W"


_THAT_WHICH = _words(fold("том то тому те"))  # "о том, ...", "про те, ..."
_QUESTION_PARTICLES = _words(fold("ли чи"))


def _name_quote(tokens: list[_Token], index: int) -> bool:
    """The quote at ``index`` is a name, not someone's words: an outlet's ("в коментарі «Главкому»"), or a short one
    after a lowercase Russian or Ukrainian noun ("на саммите «Большой двадцатки»"; not 'branded Zelensky a
    "terrorist"'), or a longer one right after a preposition ("на «Российской энергетической неделе»")."""
    token = tokens[index]
    before = tokens[index - 1] if index > 0 else None
    return _outlet_quote(tokens, index) or token.kind == "Q" and before is not None and before.kind == "W" \
        and not before.cap and bool(_CYRILLIC_START.match(before.value)) \
        and (token.end - token.start <= _NAME_QUOTE_CHARS
             or before.value in _TAIL_PREPOSITIONS and token.end - token.start <= 2 * _NAME_QUOTE_CHARS)


def _left_subject(tokens: list[_Token], verb: int, context: _Context) -> tuple[str, int] | None:
    verb_gender = _verb_gender(tokens[verb].value)
    # Russian and Ukrainian put long adverbials between the subject and the verb: "Путин на встрече с
    # руководителями информационных агентств в Петербурге заявил"
    look = _SLAVIC_LOOK if tokens[verb].value in _SLAVIC_VERBS else _LOOK
    offices = [j for j in range(verb) if tokens[j].value in _OFFICE_PHRASES]  # heads of "глава Офиса президента"
    gap = 0
    i = verb - 1
    while i >= 0 and gap <= look:
        token = tokens[i]
        if _name_quote(tokens, i):
            i -= 1
            continue
        if i == verb - 1 and token.value in _COPULATIVE and tokens[verb].value in _PT_VERBS:
            return None  # "telefonou a Zelensky e garantiu-lhe que": what comes before "e" is no subject of it
        if token.value == "que" and i >= 2 and tokens[i - 1].value == "," and tokens[i - 2].kind == "M" \
                and not (tokens[verb].value in _NAMING_VERBS and verb + 1 < len(tokens)
                         and tokens[verb + 1].value in ("de", "como")) and (
                i == _verb_group(tokens, verb) - 1 or tokens[i + 1].value == "," and tokens[verb - 1].value == ","
                and all(t.kind == "W" for t in tokens[i + 2:verb - 1])):
            # "..., Serguei Lavrov, que acusou o Ocidente de ...", "Zelensky, que, antes da reunião, escreveu", "...,
            # que tinha advertido", Spanish "..., quien ha advertido"
            # (not "la «fórmula de paz» de Zelenski, que calificó de «ultimátum»": "que" is what was called so)
            return tokens[i - 2].value, i - 2
        if token.kind == "Q" or (token.value in _SPEECH_VERBS and _speech_verb(tokens, i)) \
                or (token.kind == "W" and token.value in _COMPLEMENTIZERS):
            return None
        if token.kind == "P" and 0 < i < verb and tokens[i - 1].end == token.start \
                and tokens[i + 1].start == token.end \
                and (token.value == "-" or token.value in ("'", "\u2019") and (
                    _CYRILLIC_START.match(tokens[i + 1].value) or tokens[i - 1].value in _ELIDED)
                     or token.value == "." and _inside_word(tokens, i)):  # (a dot only between words)
            # inside a word: "Telegram-канале", the Ukrainian apostrophe of "інтерв'ю", French "le chef de l'Etat",
            # an outlet's "Цензор.НЕТ"
            i -= 1
            continue
        if token.kind == "P":
            if token.value not in _APPOSITION_MARKS:
                return None
            # ", the official spokesperson for the Russian Foreign Ministry," or ", Mikhail Podoliak,"
            j = i - 1
            while j >= 0 and i - j <= _RELATIVE_SPAN and tokens[j].value not in _APPOSITION_MARKS:
                if tokens[j].kind == "Q" and not _name_quote(tokens, j):
                    return None
                j -= 1
            if j < 0 or i - j > _APPOSITION_SPAN and not _relative_at(tokens, j + 1) or j == i - 1:
                return None  # no apposition: ", - заявил Подоляк" is inverted, its subject is on the right
            if j >= 1 and tokens[j].value == "," and (tokens[j - 1].value in _THAT_WHICH or any(
                    tokens[k].value in _QUESTION_PARTICLES for k in range(j + 1, i))):
                # "Песков на вопросы о том, поедет ли Путин в Стамбул, отвечал": a clause about something, whoever
                # is named in it
                i = j - 1
                gap += 1
                continue
            if _relative_at(tokens, j + 1):
                # ", who is due to meet Putin on Friday,", ", якого Путін перевів ...": not the subject; it may
                # follow an apposition (", le chef de l'administration présidentielle, qui a piloté ...,")
                i = j if _apposition_before(tokens, j) else j - 1
                gap += 1  # (bounds the walk over a chain of them)
                continue
            if tokens[0].value in _SENTENCE_ADVERBIALS and _opening_adverbials_end(tokens) == j + 1 \
                    and (opener := next(
                    (k for k in range(j + 1, i) if tokens[k].kind == "M" and _valid_subject_mention(tokens, k)),
                    None)) is not None:
                return tokens[opener].value, opener  # after where and when: "Em Berlim, o chanceler Olaf Scholz, ...,"
            if (tokens[j + 1].value in _ARTICLES or tokens[j + 1].value in _FOREIGN_ARTICLES
                    or tokens[j + 1].kind == "W" and not tokens[j + 1].cap and tokens[j + 1].value.endswith("ing")
                    or tokens[j + 1].kind == "W" and not tokens[j + 1].cap and j > 0 and tokens[j - 1].kind == "M"
                    and (tokens[j + 1].value in _ROLES or tokens[j + 1].value in _TITLES)):
                # (", conseiller du président Volodymyr Zelensky,": a role without an article, whose official is
                # not the subject)
                # ", an adviser to the office of President Volodymyr Zelensky,", ", appearing alongside Blinken at a
                # news conference,": describes the subject
                i = j - 1
                gap += 1
                continue
            named = next((k for k in range(j + 1, i) if tokens[k].kind == "M" and _valid_subject_mention(tokens, k)),
                         None)
            if named is not None:
                relative = _relative_clause_before(tokens, j)
                if relative is None:
                    return tokens[named].value, named
                # ", who was accompanied by the head of his office, Andriy Yermak, later wrote": the name is in
                # the relative clause, the subject before it
                i = relative - 1
                gap += 1
                continue
            if _adverbial(tokens[j + 1]) and _apposition_before(tokens, j):
                i = j  # one of several: ", Sergueï Lavrov, en déplacement à Antalya, en Turquie, a estimé"
                gap += 1
                continue
            if (i - j <= 4 or i - j <= 6 and any(tokens[k].value in _NAME_PARTICLES and tokens[k - 1].cap
                                                 and tokens[k + 1].cap for k in range(j + 2, i - 1))) \
                    and sum(_name_like(tokens[k]) for k in range(j + 1, i)) >= 2 and not any(
                    tokens[k].value in _ROLES for k in range(j + 1, i)):  # (", Berater im Präsidialamt,")
                if j > 0 and tokens[j - 1].value in _TITLES and _apposition_before(tokens, j):
                    # whom the apposition before names: ", speaking ... with his Lithuanian counterpart, Gabrielius
                    # Landsbergis, said"
                    i = j
                    gap += 1
                    continue
                return _UNTRACKED, j + 1  # ", Dmytro Lubinets, said": someone named, not tracked
            i = j - 1
            continue
        if token.kind == "W" and token.value in _FR_AUXILIARIES:
            i -= 1  # "a remercié ses partenaires mais a prévenu": auxiliaries do not count as words between
            continue
        if token.kind == "W" and token.value in _RELATIVE_SUBJECTS and i >= 2 and tokens[i - 1].value == ",":
            if tokens[i - 2].kind == "M":
                return tokens[i - 2].value, i - 2  # "канцлера ФРГ Олафа Шольца, который ... заявил"
            i -= 2  # "Le président français, qui avait dit": the noun before the comma is the subject
            continue
        if token.kind == "M" and token.inflected and i > 0 and tokens[i - 1].value in _ROLES:
            i -= 1  # "радник Єрмака написав": whose adviser, not the subject
            gap += 1
            continue
        head = next((j for j in reversed(offices) if i - 4 < j < i), None) if offices else None
        if head is not None and (end := _office_end(tokens, head)) is not None and end > i:
            # the complement of an office: "глава Офиса президента", "le chef de l'Etat"; an office in the genitive
            # is itself the complement of the title before it ("советник главы Офиса президента")
            i = head - 1 if tokens[head].value in _GENITIVE_OFFICES else head
            continue
        subject = _subject_at(tokens, i, context, verb_gender)
        if subject == _UNTRACKED and _name_like(token) and (
                _genitive_complement(tokens, i) or i > 0 and tokens[i - 1].value in _ROLES
                or _slavic_country(token) and i > 0 and tokens[i - 1].kind == "W"
                and tokens[i - 1].value not in _TAIL_PREPOSITIONS
                or _CYRILLIC_START.match(tokens[verb].value) and not _CYRILLIC_START.match(token.value)):
            # "Die Sprecherin des Außenministeriums sagte", "le chef de l'Etat a déclaré", "представитель МИД
            # России написала"; Russian and Ukrainian write people's names in Cyrillic, so a word in Latin letters
            # names something else ("в интервью телеканалам TF1 и France 2 заявил")
            subject = None
        if subject is not None:
            return subject, i
        if token.kind == "M" and verb_gender is not None and (
                token.inflected or i > 0 and tokens[i - 1].value in _TAIL_PREPOSITIONS):
            # Russian and Ukrainian mark who is not the subject by case: "Макрон на пресс-конференции вместе с
            # Олафом Шольцем заявил", "Путин в разговоре с Макроном заявил" (a first name in the same case before
            # the mention too: "с главой МИД Украины Дмитрием Кулебой говорил")
            gap += 1
            i -= 1
            while i > 0 and verb - i < look and tokens[i].kind == "W" and _name_like(tokens[i]) \
                    and not _slavic_country(tokens[i]):
                i -= 1
            continue
        if token.kind == "M":
            return None  # an official who is not the subject ("talks with Zelensky")
        gap += 1
        i -= 1
    return None


def _relative_clause_before(tokens: list[_Token], mark: int) -> int | None:
    """The comma opening a relative clause (", who was accompanied by") that the apposition after ``mark`` ends,
    or None."""
    for k in range(mark - 1, max(-1, mark - _RELATIVE_SPAN), -1):
        if tokens[k].kind == "Q":
            return None
        if tokens[k].value in _APPOSITION_MARKS:
            return k if k + 1 < mark and _relative_pronoun(tokens[k + 1].value) else None
    return None


def _apposition_before(tokens: list[_Token], mark: int) -> bool:
    """Another apposition mark within reach before the one at ``mark``: the phrase ending there is one of a chain
    (", Sergueï Lavrov, en déplacement à Antalya, en Turquie, a estimé")."""
    return any(tokens[m].value in _APPOSITION_MARKS for m in range(max(0, mark - _APPOSITION_SPAN), mark))


_HONORIFICS = _words("m mme mr mrs ms dr herr frau")
_NAME_PARTICLES = _words("von van der de da dos das du")  # "Ursula von der Leyen", "Luiz Inácio Lula da Silva"


def _honorific(token: _Token) -> bool:
    """A title or an initial before a name: "M.", "Mr", "Herr", "М." of "М.Захарова"."""
    return token.value in _HONORIFICS or len(token.value) == 1 and token.cap
_ELIDED = _words("l d qu n s c j lorsqu jusqu puisqu")  # French words ending in an apostrophe: "l'Etat"


# What follows "que" when it opens a clause of its own (French "que nous", "qu'il"), not a relative one's verb
_CLAUSE_SUBJECTS = _words(fold("l nous vous ce cela ça il elle ils elles on je tu eu ele ela eles elas nós"))


def _relative_at(tokens: list[_Token], k: int) -> bool:
    """A relative clause opens at ``k``: a relative pronoun, or Portuguese "que" before a verb (", que anunciou ...";
    not French ", selon Macron, que l'Europe ...", where "que" opens the clause itself)."""
    word = tokens[k].value
    if word != "que":
        return _relative_pronoun(word)
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return (following is not None and following.kind == "W" and not following.cap
            and following.value not in _ARTICLES and following.value not in _FOREIGN_ARTICLES
            and following.value not in _CLAUSE_SUBJECTS)


def _relative_pronoun(word: str) -> bool:
    """Opens a relative clause between a subject and its verb, in any case form: "who", "whom", "которого",
    "якому", "qui", "dont" (German "der"/"die" are left out: more often they open an apposition)."""
    return word in _RELATIVE_OPENERS or word.startswith("котор") or word in _UK_RELATIVES


_RELATIVE_OPENERS = _words("who whom whose which qui dont lequel laquelle")
_RELATIVE_SUBJECTS = _words(fold("who qui который которая який яка"))  # a relative clause's subject
_UK_RELATIVES = _words(fold("який яка яке які якого якої якому якій яким якими яких яку якою"))
# What cannot open an apposition of a title (see _past_apposition): the relative pronouns' nominative forms, German
# ones included.
_RELATIVE_PRONOUNS = _words(fold("""who which whose where qui dont lequel laquelle der die das который которая которые
який яка які"""))


def _right_subject(tokens: list[_Token], verb: int, context: _Context) -> tuple[str, int] | None:
    verb_gender = _verb_gender(tokens[verb].value)
    best: tuple[str, int] | None = None
    addressee = False
    # ("написала в своем Telegram-канале официальный представитель МИД РФ Мария Захарова")
    look = _SLAVIC_LOOK if tokens[verb].value in _SLAVIC_VERBS else _LOOK
    first = verb + 1
    if tokens[verb].value in _PT_VERBS and first + 1 < len(tokens) and tokens[first].value == "," \
            and tokens[first + 1].value in _PREPOSITIONS:
        # a parenthetical before the subject: '"...", disse, por seu turno, o Presidente francês'
        closing = next((k for k in range(first + 2, min(len(tokens), first + 6)) if tokens[k].value == ","), None)
        if closing is not None and all(t.kind == "W" for t in tokens[first + 1:closing]):
            first = closing + 1
    for i in range(first, min(len(tokens), first + _APPOSITION_SPAN)):
        token = tokens[i]
        if i >= first + look and best is None:
            break
        if token.value == "." and tokens[i - 1].kind == "W" and _honorific(tokens[i - 1]) or (
                token.kind == "W" and _honorific(token) and i + 1 < len(tokens)
                and (tokens[i + 1].value == "." or tokens[i + 1].kind == "M" or tokens[i + 1].cap)):
            continue  # "a écrit M. Zelensky", "said Mr Peskov", "сказала М.Захарова" (Interfax's initial)
        if token.kind == "P":
            if token.value in ("-", "'", "\u2019") and tokens[i - 1].end == token.start:
                continue  # inside a compound or an elision: "porte-parole", "de l'Alliance"
            # "a déclaré la porte-parole de la diplomatie russe, Maria Zakharova.": the name in apposition
            # (a first name the watchlist does not spell that way may come first: ", Andrí Yermak.")
            named = i + 1
            while named < min(len(tokens) - 1, i + 3) and tokens[named].kind == "W" and _name_like(tokens[named]):
                named += 1
            if (best is not None and token.value == "," and named < len(tokens) and tokens[named].kind == "M"
                    and (named + 1 == len(tokens) or tokens[named + 1].kind == "P")
                    and not _title_in_a_phrase(tokens[best[1] + 1:i])):
                # (not another title's: "ha asegurado el jefe de la diplomacia estadounidense en un encuentro con el
                # presidente ucraniano, Volodímir Zelenski")
                return tokens[named].value, named
        if token.kind in ("Q", "P"):
            break
        if token.kind == "M":
            return (token.value, i) if _valid_subject_mention(tokens, i) else best
        if token.kind == "W" and token.value in _PRONOUNS and i != first:
            break
        if tokens[verb].value in _PT_VERBS and (token.value in ("ao", "aos") or i + 1 < len(tokens)
                                                and tokens[i + 1].kind == "W" and _to_whom(token, tokens[i + 1])):
            addressee = True  # whom it was said to: "disse à Reuters", "disse aos jornalistas o porta-voz" (not
            continue  # "disse a porta-voz")
        if addressee and token.kind == "W" and token.value not in _PT_ARTICLES and token.value not in _ROLES:
            continue
        addressee = False
        subject = _subject_at(tokens, i, context, verb_gender)
        if subject is not None and best is None:
            best = (subject, i)
        if (token.value in _SPEECH_VERBS and _speech_verb(tokens, i)) or (token.kind == "W" and token.value in
                                                                         _COMPLEMENTIZERS):
            break
    return best


def _title_in_a_phrase(between: list[_Token]) -> bool:
    """A title in a phrase other than the subject's complement comes between the subject and a name in apposition,
    which is then that title's: "... in a meeting with the Ukrainian president, Zelensky" (not "the head of the
    office of the president, Yermak", "the Secretary-General of the UN, Guterres")."""
    title = next((k for k, t in enumerate(between) if t.value in _TITLE_WORDS), None)
    return title is not None and any(t.value in _PREPOSITIONS and t.value not in _OF and t.value not in _ATTACHED
                                     for t in between[:title])


# Prepositions attaching a role to whom it serves: "the adviser to the president", "le conseiller auprès du président"
_ATTACHED = _words(fold("to auprès junto para au aux zum zur"))


def _negated(tokens: list[_Token], verb: int) -> bool:
    """A speech verb that says nothing: "did not say", "didn't say", "declined to say", "не уточнил", "n'a pas
    dit", "sagte nicht"."""
    if (verb + 1 < len(tokens) and tokens[verb + 1].value == "nicht"
            and not (verb + 2 < len(tokens) and tokens[verb + 2].value in _NOT_NEGATING_NEXT)):
        return True
    if verb >= 2 and tokens[verb - 1].value == "to" and tokens[verb - 2].value == "yet":
        return True  # "has yet to say a word about it"
    if tokens[verb].value == "negou" and verb >= 1 and tokens[verb - 1].value == "se" \
            and verb + 1 < len(tokens) and tokens[verb + 1].value == "a":
        return True  # Spanish "se negó a comentar" (refused), not "negó que" (denied that)
    if tokens[verb].value in _RULED_OUT:
        return False  # (its "не" is what makes it speech)
    for k in range(verb - 1, max(-1, verb - 5), -1):
        token = tokens[k]
        if token.kind == "W":
            if token.value in _NEGATIONS and not (token.value == "nicht" and k != verb - 1):  # ("Nicht zuletzt")
                return not (k + 1 < verb and tokens[k + 1].value in _NOT_NEGATING_NEXT)
            continue
        if token.kind == "P" and token.value in ("'", "\u2019"):
            continue  # didn't
        return False
    return False


_MODALS = _words("will would could may might shall")
_FOREIGN_PASSIVES = _words(fold("été wurde worden wird"))
_PROSPECTS = _words("expected due set likely scheduled going plans planned intends intended")


# Who reports on an official's behalf without being them: "according to a source close to Peskov".
_INTERMEDIARIES = _words(fold("""source sources people person persons someone insider insiders aide aides ally allies
associate associates friend friends report reports document documents officials diplomats outlet media newspaper
agency источник источники источника человек собеседник люди соратник джерело джерела fonte fontes pessoa pessoas
documento documentos relatório relatórios aliado aliados assessores analistas especialistas jornal agência imprensa"""))


# "the spokesman for the Kremlin", "le porte-parole du Kremlin", "o porta-voz do Kremlin"
_OF = _words("of for de du des d der von do da dos das")


def _names_the_source(tokens: list[_Token], start: int, end: int) -> bool:
    """The words after "according to" up to ``end`` only introduce the person ("according to the Foreign
    Ministry spokeswoman", "according to the spokesman for the Kremlin"), not someone near them ("according to
    a source close to Peskov", "people familiar with")."""
    return not any(t.kind == "W" and (t.value in _INTERMEDIARIES or t.value in _PREPOSITIONS
                                      and t.value not in _OF)
                   for t in tokens[start:end])


def _prospective(tokens: list[_Token], verb: int) -> bool:
    """A statement not made yet: "is expected to say", "will comment", "is due to announce"."""
    k = verb - 1
    if k >= 0 and tokens[k].value in _ADVERBIALS:
        k -= 1  # "will also say"
    if k < 0 or tokens[k].kind != "W":
        return False
    if tokens[k].value in _MODALS:
        return True
    return tokens[k].value == "to" and k > 0 and tokens[k - 1].value in _PROSPECTS


def _not_speech(tokens: list[_Token], verb: int) -> bool:
    """A speech verb used for something else: the passive ("Zakharova was condemned by Kyiv", "Blinken was
    warned that ...": the subject is not the speaker), or an action ("Zelensky called the Polish president",
    "Putin dismissed Sergei Shoigu")."""
    word = tokens[verb].value
    if word not in _EN_VERBS:
        if word in _FR_VERBS and verb >= 2 and tokens[verb - 2].value in _FOREIGN_ARTICLES \
                and tokens[verb - 1].kind == "W" and not tokens[verb - 1].cap and tokens[verb - 1].value not in _ROLES:
            return True  # a participle describing a noun: "le déploiement annoncé de missiles"
        group = _verb_group(tokens, verb)
        if word in _DECLARED and (group < verb and tokens[group].value == "se"
                                  or [t.value for t in tokens[verb + 1:verb + 3]] == ["-", "se"]):
            return True  # "declarou-se chocado", Spanish "se ha declarado «conmocionado»": how they said they were
        if word in _PT_PARTICIPLES:  # the passive: "Lavrov foi (duramente) criticado por Kiev"
            k = verb - 1 if verb > 0 and not tokens[verb - 1].value.endswith("mente") else verb - 2
            return k >= 0 and tokens[k].value in _PT_PASSIVES or verb + 1 < len(tokens) \
                and tokens[verb + 1].value in _PT_AGENTS
        # "Macron a été averti que ...", "Scholz wurde kritisiert": the subject is spoken to or about
        return verb > 0 and tokens[verb - 1].value in _FOREIGN_PASSIVES and (word in _FR_VERBS or word in _DE_VERBS)
    following = tokens[verb + 1] if verb + 1 < len(tokens) else None
    if (following is not None and following.value == "by" and word.endswith("ed")
            and not (verb + 2 < len(tokens) and tokens[verb + 2].value in _BY_MEANS)):
        return True  # "condemned by Kyiv", not "said by video link" or "stressed by phone"
    if verb > 0 and tokens[verb - 1].value in _PASSIVE_AUXILIARIES and not word.endswith("ing"):
        return True
    if word in _ACTION_VERBS:
        return _action_on_a_person(tokens, verb)
    return False


def _action_on_a_person(tokens: list[_Token], verb: int) -> bool:
    """"called"/"dismissed" with a person as the object, and nothing describing them after the name: "called
    the Polish president on Tuesday", "called President Biden to thank him", "dismissed Shoigu as defence
    minister". "called Putin a war criminal", "called NATO and the EU accomplices", "dismissed Kuleba's remarks",
    "dismissed Zelensky as illegitimate" and "called for" are speech."""
    k = verb + 1
    while k < len(tokens) and tokens[k].value in _ARTICLES:
        k += 1
    if k >= len(tokens) or not _in_name(tokens, k):
        return False
    while k < len(tokens):  # the object's noun phrase: names, titles, "of", "and" between them, "U.S."
        token = tokens[k]
        if _in_name(tokens, k) or (token.value == "." and tokens[k - 1].kind == "W"):
            k += 1
        elif (token.value in _NAME_JOINERS and k + 1 < len(tokens)
              and (_in_name(tokens, k + 1) or tokens[k + 1].value in _DETERMINERS)):
            k += 1
        elif token.value in _DETERMINERS and k + 1 < len(tokens) and _in_name(tokens, k + 1):
            k += 1
        else:
            break
    if k >= len(tokens):
        return True
    after = tokens[k]
    if after.kind == "Q" or after.value in ("a", "an", "'", "\u2019"):
        return False
    if after.value == "as":  # "as defence minister" (an office) or "as illegitimate", "as a politician"
        if k + 1 < len(tokens) and tokens[k + 1].value in ("a", "an"):
            return False
        office = next((t for t in tokens[k + 1:k + 4] if t.value in _TITLES or t.value in _ROLES
                       or t.value in _OFFICES), None)
        return office is not None
    return not (after.kind == "W" and after.value not in _PREPOSITIONS and after.value not in _NOT_OBJECT_COMPLEMENT)


def _in_name(tokens: list[_Token], k: int) -> bool:
    token = tokens[k]
    return token.kind == "M" or (token.kind == "W" and (token.cap or token.value in _TITLES))


def _according_role(tokens: list[_Token], according: int, phrase: int, context: _Context) -> _Speaker | None:
    """"According to the spokeswoman, ...", "По словам дипломата, ...": a lowercase role noun, and no name,
    before the first comma of the phrase, resolved to a tracked official named recently."""
    for k in range(according + phrase, min(len(tokens), according + phrase + _LOOK)):
        token = tokens[k]
        if token.kind != "W":
            return None  # a name, a quote or the end of the phrase comes first
        if (k == according + phrase and token.value in _STRESSED_PRONOUNS and k + 1 < len(tokens)
                and tokens[k + 1].value == ","):
            official_id = context.resolve(tokens, k, _STRESSED_PRONOUNS[token.value], None)
            return _Speaker(official_id, according, k, "according") if official_id else None
        role = _ROLE_GENITIVES.get(token.value, token.value)
        qualifiers: tuple[str, ...] = ()
        hyphenated = token.value == "porta" and [t.value for t in tokens[k + 1:k + 3]] == ["-", "voz"]
        if hyphenated or token.value == "portavoz":  # (Spanish "Según el portavoz del Kremlin, ...")
            k, role = k + 2 if hyphenated else k, "spokesperson"  # "Segundo o porta-voz, ..."
            comma = next((m for m in range(k + 1, min(len(tokens), k + 8)) if tokens[m].kind != "W"), None)
            # (Spanish "de la" reads "de a")
            of = 2 if k + 2 < len(tokens) and tokens[k + 1].value == "de" and tokens[k + 2].value in _PT_ARTICLES \
                else 1 if k + 1 < len(tokens) and tokens[k + 1].value in ("do", "da") else 0
            if comma is not None and comma > k + of and of and tokens[comma].value == ",":
                # "Segundo o porta-voz do Kremlin, ...", "Segundo a porta-voz da chancelaria russa, ..."
                qualifiers = tuple(t.value for t in tokens[k + 1 + of:comma] if t.cap or _nationality(t.value))
                k = comma - 1
        elif role == "chefe" and (office := _office_at(tokens, k)) is not None:  # "Para o chefe da diplomacia russa,"
            role, k = office[0], office[1] - 1
        if role in _ROLES and (not token.cap or _CYRILLIC_START.match(token.value)  # ("За словами Президента")
                               or k > 0 and tokens[k - 1].value in ("o", "a")):  # ("Segundo o Presidente francês")
            # "selon le président russe,", Spanish "según el portavoz presidencial,": a word of the role
            qualifier = k + 1 < len(tokens) and tokens[k + 1].kind == "W" and (
                _nationality(tokens[k + 1].value) or not tokens[k + 1].cap and tokens[k + 1].value not in _PREPOSITIONS)
            if k + 1 < len(tokens) and tokens[k + 1].value != "," and not (
                    qualifier and k + 2 < len(tokens) and tokens[k + 2].value == ","):
                return None  # "according to the minister's office", "according to the president of ..."
            role_words, gender = _ROLES[role]
            gender = gender or _ARTICLE_GENDERS.get(tokens[k - 1].value)  # "selon la présidente"
            # a nationality before the role noun qualifies it too: "по словам французского лидера"
            before = tuple(t.value for t in tokens[according + phrase:k] if _nationality(t.value))
            official_id = context.resolve(tokens, k, gender, role_words,
                                          ((tokens[k + 1].value,) if qualifier else qualifiers) + before)
            # (the phrase ends with its qualifier)
            return _Speaker(official_id, according, k + 1 if qualifier else k, "according") if official_id else None
    return None


# Capitalised complements of an office that name no country: "представителя Кремля", "главы МИД", "генсека НАТО"
_INSTITUTIONS_OF_OFFICES = _words(fold("""мид мзс кремля нато оон генштаба генштабу генерального штаба офиса офісу оп
госдепартамента госдепа держдепартаменту держдепу совбеза радбезу совета безопасности ради безпеки альянса альянсу
федерации федерації вс всу зсу"""))


def _countries_after_office(tokens: list[_Token], verb: int) -> tuple[str, ...] | None:
    """The countries named in the role or office phrase opening the sentence, up to its first predicate ("Глава МИД
    России прибыл" -> ("россии",)); None when someone is named in it ("Глава МИД Китая Ван И прибыл", "Министр
    иностранных дел Китая Ван Ицзе") or a capitalised word is neither an institution nor a country."""
    countries: list[str] = []
    for token in tokens[1:verb]:
        if token.kind != "W" or _predicate_like(token.value):
            break
        if not token.cap or token.value in _INSTITUTIONS_OF_OFFICES:
            continue
        if not _slavic_country(token):
            return None
        countries.append(token.value)
    return tuple(countries)


def _predicate_like(word: str) -> bool:
    """A Russian or Ukrainian word that reads as a past-tense verb ("прибыл", "подякував", "прибув")."""
    return _slavic_past_tense(word) or len(word) >= 5 and word.endswith(("ав", "ив", "ів", "ув")) \
        and bool(_CYRILLIC_START.match(word))


def _slavic_according_role(tokens: list[_Token], according: int, phrase: int,
                           context: _Context) -> _Speaker | None:
    """"По словам главы государства, ...", "по мнению представителя Кремля,", "за словами речника МЗС,": a Russian or
    Ukrainian role noun in the genitive with its complement (no name), up to the phrase's comma, resolved to a tracked
    official named recently."""
    k = according + phrase
    if k + 1 >= len(tokens) or not _CYRILLIC_START.match(tokens[k].value):
        return None
    head, role_index = tokens[k].value, k
    if k + 2 < len(tokens) and tokens[k + 1].value == "-" and (head, tokens[k + 2].value) in _HYPHENATED_ROLES:
        role_index = k + 2
        role = _HYPHENATED_ROLES[head, tokens[k + 2].value]  # "пресс-секретаря"
    elif (office := _office_at(tokens, k)) is not None:
        role = office[0]  # "главы государства", "главы российской дипломатии"
    else:
        role = _ROLE_GENITIVES.get(head, "")
    if role not in _ROLES:
        return None
    comma = next((m for m in range(role_index + 1, min(len(tokens), role_index + 5)) if tokens[m].kind != "W"), None)
    if comma is None or tokens[comma].value != ",":
        return None  # a name, a quote or more words than a complement ("по словам министра, который ...")
    qualifiers = list(_role_phrase(tokens, role_index)[1])
    for token in tokens[role_index + 1:comma]:
        if token.cap and token.value not in _INSTITUTIONS_OF_OFFICES and token.value not in _TITLE_WORDS \
                and token.value not in _ROLE_GENITIVES:
            if not (_slavic_country(token) or _nationality(token.value)):
                return None  # someone else's office: "по словам лидера ЛДПР", "главы МИД Китая"
            qualifiers.append(token.value)  # "президента Польши": the country must be the official's
    role_words, gender = _ROLES[role]
    official_id = context.resolve(tokens, k, gender, role_words, tuple(qualifiers))
    return _Speaker(official_id, according, comma - 1, "according") if official_id else None


def _trailing_boundary(tokens: list[_Token], speaker: _Speaker) -> int | None:
    """Clause-first reported speech: "<clause>, <subject> told reporters on Thursday[, ruling out ...]." or
    "<clause>, - заявила Захарова." Returns the index of the mark ending the clause, or None when the
    attribution is not trailing (its verb is followed by a clause of its own)."""
    if tokens[speaker.verb].value in _PT_VERBS and (
            tokens[speaker.verb].value not in _SAY_VERBS
            or speaker.verb + 1 < len(tokens) and tokens[speaker.verb + 1].value == "para"
            or _pt_object(tokens, speaker.verb + 1)):
        return None  # "acusou a Rússia de ...", "alertou para o perigo": what follows is the statement
    if speaker.how == "right":
        boundary = _verb_group(tokens, speaker.verb) - 1
        tail = speaker.subject + 1
        if boundary < 0 or tokens[boundary].value not in _CLAUSE_MARKS:
            return None
    elif speaker.how == "left":
        boundary = speaker.subject - 1
        while (boundary >= 0 and speaker.subject - boundary <= _TRAILING_SUBJECT_SPAN
               and tokens[boundary].kind in ("W", "M")):
            if _speech_verb(tokens, boundary) or tokens[boundary].value in _COMPLEMENTIZERS:
                return None
            boundary -= 1
        if boundary < 0 or tokens[boundary].value not in _CLAUSE_MARKS:
            return None
        if tokens[speaker.subject].kind != "M" and speaker.subject - boundary > 3:
            return None  # a pronoun or role noun opens the attribution: ", the spokeswoman added"
        if speaker.subject + 1 < len(tokens) and tokens[speaker.subject + 1].value in _APPOSITION_MARKS:
            # "Le secrétaire général de l'Otan, Jens Stoltenberg, a plaidé": the name is an apposition to the subject
            # opening the sentence; "<clause>, the alliance's secretary general, Jens Stoltenberg, told the AP": to
            # a role phrase trailing the clause.
            if tokens[boundary].value != "," or speaker.subject - boundary != 1:
                return None
            boundary -= 1
            while boundary >= 0 and speaker.subject - boundary <= _APPOSITION_SPAN and (
                    tokens[boundary].kind == "W" or tokens[boundary].value in ("'", "\u2019", "-", ".")):
                boundary -= 1
            phrase = tokens[boundary + 1:speaker.subject - 1]
            if (boundary < 0 or tokens[boundary].value not in _CLAUSE_MARKS
                    or not any(t.value in _ROLES or t.value in _TITLES for t in phrase)):
                return None
        tail = speaker.verb + 1
    else:
        return None
    while boundary > 0 and tokens[boundary - 1].value in _CLAUSE_MARKS:
        boundary -= 1  # ", -"
    # What follows the verb (up to a comma) must not be a clause: an addressee ("told reporters", "заявила
    # журналистам"; English "said" takes none: "said the goal is to ..." is a clause), then adverbials only.
    verb = tokens[speaker.verb].value
    addressee = _TRAILING_ADDRESSEE if verb in _TELL_VERBS or verb not in _EN_VERBS else 0
    if verb in _DE_VERBS:
        addressee = len(tokens)  # German opens no clause without a comma, "dass" or a colon: "sagte Lawrow dem Sender
        # Rossija 24 am Abend" is all whom, where and when
        end = next((k for k in range(tail, len(tokens)) if tokens[k].value in _SEGMENT_ENDS), len(tokens))
        last = next((t.value for t in reversed(tokens[tail:end]) if t.kind == "W"), "")
        if last in _DE_OTHER_PARTICLES or last == "zuruck" and verb == "wies" \
                or any(tokens[k].value == "," and _speech_verb(tokens, k + 1) for k in range(boundary - 1)):
            return None  # "sprach ... seinen Dank aus", "..., teilte X mit, Lawrow wies ... zurück"
    words = 0
    for k in range(tail, len(tokens)):
        token = tokens[k]
        if token.kind == "Q" or token.value == ":" or token.value in _COMPLEMENTIZERS:
            return None
        if token.kind == "P":
            if token.value in _SEGMENT_ENDS:
                if _clause_follows(tokens, k):
                    return None
                break
            continue
        if token.value in _TAIL_PREPOSITIONS or token.value in _ADVERBIALS:
            # "said on Tuesday that ...": adverbials may still be followed by the verb's own clause.
            for m in range(k + 1, len(tokens)):
                later = tokens[m]
                if later.kind == "Q" or later.value == ":":
                    return None
                if later.value in ("(", ")"):
                    continue  # "nesta quarta-feira (25/01) no Bundestag que"
                if later.value in _COMPLEMENTIZERS:
                    if _relative_that(tokens, m):
                        break  # "said in an interview that was broadcast on Sunday": the attribution trails
                    return None
                if later.kind == "P" and later.value in _SEGMENT_ENDS:
                    if _clause_follows(tokens, m):
                        return None
                    break
            break
        if token.value in _ARTICLES or token.value in _FOREIGN_ARTICLES or token.value in _DETERMINERS:
            continue  # ("told her weekly briefing")
        words += 1
        if words > addressee:
            return None
    # The clause itself: enough words, and not an adverbial phrase ("In a statement on Thursday, ...") nor a German
    # indirect question ("Was die Teilmobilmachung bedeutet, erläuterte Schoigu": what about, not what).
    if tokens[0].value in _DE_QUESTION_WORDS and verb in _DE_VERBS \
            and not any(t.value == "," for t in tokens[:boundary]):  # ("Was in Butscha geschehen sei, sei ...")
        return None
    clause = [t for t in tokens[:boundary] if t.kind in ("W", "M")]
    if len(clause) + sum(t.kind == "Q" for t in tokens[:boundary]) < MIN_REPORTED_WORDS:
        return None  # (a quote in it is at least a word: 'Die Mobilmachung sei „eine Handlung ...“, sagte Scholz')
    if not clause:
        return None
    opener = clause[0].value
    if (((opener in _PREPOSITIONS and not (opener == "on" and verb in _FR_VERBS))  # (French "on": "one")
         or opener in _PHRASE_OPENERS or opener.endswith("ing"))
            and not any(t.value == "," or t.value in _RELATIVE_VERBS for t in tokens[:boundary])
            and verb not in _DE_VERBS and verb != _SO):
        return None  # (a German clause may open with one: "Über Lieferungen werde nicht gesprochen, sagte er.")
    return boundary


def _relative_that(tokens: list[_Token], that: int) -> bool:
    """"that" opening a relative clause about the noun before it ("an interview that was broadcast", "remarks that
    he posted"): followed by a verb, or by a pronoun and a verb, rather than by a clause's subject."""
    rest = [t for t in tokens[that + 1:that + 3] if t.kind == "W"]
    if not rest:
        return False
    if rest[0].value in _RELATIVE_VERBS or rest[0].value.endswith("ed"):
        return True
    return (len(rest) == 2 and rest[0].value in _PRONOUNS
            and (rest[1].value.endswith("ed") or rest[1].value in _RELATIVE_VERBS))


_DE_QUESTION_WORDS = _words(fold("was ob warum wann"))


def _german_relative(tokens: list[_Token], k: int) -> bool:
    """A German relative clause opens at ``k`` (", der bei einem Absturz ums Leben kam", ", wo die Truppen ...",
    ", wonach Putin erkrankt sei"): "der/die/das/dem/den" before a lowercase word that is no adjective (an article
    comes before a noun, which German capitalises), or "wo", "wonach", "woraufhin", "welche"."""
    token = tokens[k]
    if token.value in _DE_RELATIVE_WORDS:
        return True
    if token.value not in _DE_RELATIVE_ARTICLES or k + 1 >= len(tokens) or tokens[k + 1].kind != "W" \
            or tokens[k + 1].cap:
        return False
    following = tokens[k + 1].value  # (an adjective comes between an article and its noun: "die russischen Angriffe")
    return (following in _DE_PREPOSITIONS or following in _DE_CLAUSE_PRONOUNS
            or not following.endswith(("e", "en", "er", "es", "em")))


_DE_RELATIVE_WORDS = _words(fold("wo wonach woraufhin worauf welche welcher welches"))
_DE_RELATIVE_ARTICLES = _words("der die das dem den")
_DE_CLAUSE_PRONOUNS = _words("sich er sie es ihn ihm man wir ich")
# Particles that make a German speech verb another verb ("sprach ... aus": expressed, "sagte ... ab": cancelled).
_DE_OTHER_PARTICLES = _words("aus ab")


def _clause_follows(tokens: list[_Token], mark: int) -> bool:
    """", that ...": a comma before the complementizer (wire style) still opens the verb's clause, also after a
    parenthetical adverbial (", mardi 27 février, que", ", however, that")."""
    if tokens[mark].value != ",":
        return False
    k = mark + 1
    # (a longer phrase when it opens with a preposition: "disse, após encontro com o presidente Lula da Silva, que")
    span = 14 if k < len(tokens) and tokens[k].value in _PREPOSITIONS else 4
    while k < len(tokens) and k - mark <= span and tokens[k].kind == "W" and tokens[k].value not in _COMPLEMENTIZERS:
        k += 1
    if k > mark + 1:
        if k >= len(tokens) or tokens[k].value != ",":
            return False
        k += 1
    return k < len(tokens) and tokens[k].value in _COMPLEMENTIZERS


def _continuation_after_attribution(text: str, tokens: list[_Token], speaker: _Speaker,
                                    quotes_allowed: bool = False) -> int | None:
    """Where the rest of a reported clause that its attribution interrupts begins ("Le statut des quatre régions,
    a-t-il prévenu, ne fera l'objet d'aucune discussion", "Russia will not negotiate, Zakharova said, until Kyiv
    withdraws"), or None when the sentence ends with the attribution or goes on with something else: an apposition
    (", the spokeswoman for the ministry"), a second clause of the speaker (", adding that ..."), someone else, or
    (unless ``quotes_allowed``: the clause holding it is the statement) a quote."""
    comma = next((k for k in range(max(speaker.subject, speaker.verb) + 1, len(tokens))
                  if tokens[k].kind == "P" and tokens[k].value in _SEGMENT_ENDS), None)
    if comma is None or tokens[comma].value != "," or _participle_start(tokens, speaker.verb) is not None:
        return None
    rest = tokens[comma + 1:]
    if (sum(t.kind == "W" for t in rest) < 2 or rest[0].kind != "W" or rest[0].cap
            or rest[0].value in _PREPOSITIONS or rest[0].value in _PHRASE_OPENERS or rest[0].value.endswith("ing")
            or _adverbial(rest[0])  # where, when and how: ", in an interview with RT", ", speaking in Moscow"
            or rest[0].value in _CONTRAST or rest[0].value in _BUT  # someone else's clause: ", while Lavrov ..."
            or _writer_goes_on(tokens[speaker.verb].value in _DE_VERBS, rest)
            or not quotes_allowed and any(t.kind == "Q" and _word_count(text[t.start:t.end]) >= MIN_QUOTE_WORDS
                                          for t in rest)
            or any(_speech_verb(tokens, k) for k in range(comma + 1, len(tokens)))
            or any(t.value in _ROLES or t.value in _TITLES or t.value in _OFFICES for t in rest[:5])):
        return None
    return rest[0].start


# Words opening what the writer adds after an attribution, not the rest of the clause: appositions and absolute
# constructions (", the first such meeting", ", his voice hoarse", ", une position saluée par Berlin"), outlets
# (", wie Ukrinform berichtete"), "so", "though", "where".
_NOT_CONTINUING = _ARTICLES | _FOREIGN_ARTICLES | _DETERMINERS | _words(fold("""its their our sa son ses leur leurs
his her wie so though although as where whereas его её ее их його її"""))
_DE_NOT_CONTINUING = _words(fold("wie so dessen deren welcher welche was"))
# Russian and Ukrainian adverbial participles: ", отвечая на вопросы журналистов", ", коментуючи ..."
_SLAVIC_GERUND_ENDINGS = tuple(fold("ая яя уя юя ючи учи ячи ачи").split())


def _writer_goes_on(german: bool, rest: list[_Token]) -> bool:
    """What follows an attribution is the writer's, not the rest of the clause: a relative clause (", who met Scholz",
    ", qui recevait", ", который"), an apposition or absolute construction, an outlet, a participle; in German,
    anything not in Konjunktiv (", die Koalition streitet seit Wochen"; ", die Ukraine brauche ..." goes on)."""
    first = rest[0].value
    if german:
        return first in _DE_NOT_CONTINUING or _KONJUNKTIV.isdisjoint(t.value for t in rest)
    return (first in _NOT_CONTINUING or _relative_pronoun(first) or first in _UK_RELATIVES
            or bool(_CYRILLIC_START.match(first)) and first.endswith(_SLAVIC_GERUND_ENDINGS))


def _with_continuation(text: str, tokens: list[_Token], speaker: _Speaker, clause: str, rest: int) -> str:
    """The clause joined to its continuation after the attribution, which starts at ``rest``: with a space, or in
    German, which goes on with a clause of its own, a comma ("Die Lage sei ernst, man brauche mehr Munition")."""
    joiner = ", " if tokens[speaker.verb].value in _DE_VERBS else " "
    return _clean(f"{clause}{joiner}{text[rest:tokens[-1].end]}")


def _inverted_without_clause(tokens: list[_Token], speaker: _Speaker) -> bool:
    """"<quote or clause>, said X[, the spokeswoman ...]" with no "that" after it: the words after the
    subject are an apposition or adverbials, never the statement."""
    group = _verb_group(tokens, speaker.verb)
    if speaker.how != "right" or group == 0:
        return False
    previous = tokens[group - 1]
    if previous.kind != "Q" and previous.value not in _CLAUSE_MARKS:
        return False
    return not any(t.value in _COMPLEMENTIZERS for t in tokens[speaker.subject + 1:])


def _title_phrase_word(token: _Token) -> bool:
    """A word of a title phrase opening a sentence ("Kremlin spokesman", "The Russian foreign minister", "U.S."),
    not an opening adverbial ("After", "Meanwhile")."""
    return (token.kind == "W" and token.value not in _SENTENCE_ADVERBIALS
            and (token.cap or token.value in ("of", "the") or token.value in _ROLES or token.value in _TITLES
                 or _nationality(token.value) is not None  # "Der ukrainische Präsident"
                 or token.value in _PORTFOLIOS)  # "Ukraine's foreign minister Dmytro Kuleba"
            or token.value == ".")


def _after_preposition(tokens: list[_Token], index: int) -> bool:
    """The mention at ``index``, with its title, is a preposition's object: "with President Volodymyr Zelenskyy"."""
    k = index - 1
    while k >= 0 and tokens[k].kind == "W" and (tokens[k].cap or tokens[k].value in _TITLE_WORDS):
        k -= 1
    return k >= 0 and tokens[k].kind == "W" and tokens[k].value in _PREPOSITIONS


def _opens_sentence(tokens: list[_Token], index: int) -> bool:
    """The mention at ``index``, with its title ("Kremlin spokesman Dmitry Peskov", "Germany's Olaf Scholz"), opens
    the sentence (not "After Putin's speech")."""
    return all(_title_phrase_word(t) or _possessive(tokens, k) for k, t in enumerate(tokens[:index]))


def _possessive(tokens: list[_Token], index: int) -> bool:
    """The "'s" of a capitalised word: "Germany's", "Ukraine's" (one token for the mark, one for the s)."""
    token = tokens[index]
    if token.value in ("'", "\u2019"):
        return index > 0 and tokens[index - 1].cap and index + 1 < len(tokens) and tokens[index + 1].value == "s"
    return token.value == "s" and index > 1 and tokens[index - 1].value in ("'", "\u2019") and tokens[index - 2].cap


def _introduces_someone(text: str, start: int, end: int) -> bool:
    """The sentence opens with someone who is not tracked: two capitalised words that may be a name ("Alexander
    Bogomaz, the governor, posted"), or an office ("The governor of the Bryansk region posted")."""
    match = _FIRST_TWO_WORDS.match(text, start, end)
    if match is None:
        return False
    first, second = match.group(1), match.group(2)
    folded = fold(first)
    if first[0].isupper() and second[0].isupper() and folded not in _NOT_NAMES:
        return True
    return folded in _OFFICES or fold(second) in _OFFICES


def _sentence_subject(tokens: list[_Token]) -> str | None | bool:
    """Who opens the sentence as its subject: an official's id, None for a titled person who is not tracked
    ("Turkish President Recep Tayyip Erdogan met Putin"), or False when the sentence opens otherwise."""
    if tokens and tokens[0].value in ("den", "dem"):
        return False  # German object first: "Den ukrainischen Präsidenten Selenskyj empfing Scholz"
    if len(tokens) > 3 and (tokens[0].value in _ARTICLES or tokens[0].value in _FOREIGN_ARTICLES) and (
            tokens[1].value in _ROLES or tokens[1].value in _TITLES or tokens[1].value in _OFFICES
            or tokens[1].value in _OFFICE_PHRASES):
        comma = next((k for k in range(2, min(len(tokens) - 2, _APPOSITION_SPAN)) if tokens[k].value == ","), None)
        if comma is not None and tokens[comma + 1].kind == "M" and tokens[comma + 2].value == "," \
                and not any(t.kind in ("M", "Q") for t in tokens[:comma]):
            return tokens[comma + 1].value  # "Le chef du bureau présidentiel ukrainien, Andriy Yermak, qui ..."
    titled = False
    names = 0
    for k, token in enumerate(tokens):  # along the opening title phrase only
        if token.kind == "M":
            return token.value if _valid_subject_mention(tokens, k) else False
        titled = titled or _titled_name(tokens, k)
        if token.value == "-" and 0 < k < len(tokens) - 1 and tokens[k - 1].end == token.start \
                and token.end == tokens[k + 1].start:
            continue  # "Пресс-секретарь Кремля Дмитрий Песков", "Porte-parole du Kremlin"
        if k == 0 and token.value in _FOREIGN_ARTICLES:
            continue  # (after opening adverbials: "Mardi, le président français ...")
        if (token.value == "," and titled and k + 2 < len(tokens) and tokens[k + 1].kind == "M"
                and tokens[k + 2].value == ","):
            return tokens[k + 1].value  # "Le chef du bureau présidentiel ukrainien, Andriy Yermak, qui ..., a publié"
        if titled and token.kind == "W" and (token.value in _OF or (
                token.value in _FOREIGN_ARTICLES or token.value in _PT_ARTICLES) and tokens[k - 1].value in _OF):
            continue  # the title's complement: "El asesor de la Oficina del Presidente ucraniano Mijailo Podoliak"
        if k > 0 and tokens[k - 1].value in _ROLES and token.kind == "W" and not token.cap \
                and _adjective_like(token.value):
            continue  # an adjective after the role noun: "o conselheiro presidencial", "le conseiller diplomatique"
        if not (_title_phrase_word(token) or token.value in _OFFICES or _possessive(tokens, k)):
            break
        names += _name_like(token)
        titled = titled or token.value in _ROLES or token.value in _TITLES or token.value in _OFFICES
    # Someone else: a titled person ("Turkish President Recep Tayyip Erdogan met Putin", "The governor of the
    # Bryansk region posted") or a full name ("Alexander Bogomaz, the governor, posted").
    return None if titled or names >= 2 else False


# Endings of Romance adjectives after a role noun ("presidencial", "diplomatique", "americano"), not of verbs
_ADJECTIVE_ENDINGS = ("al", "ial", "ique", "ico", "ica", "ano", "ana", "eiro", "eira", "ivo", "iva", "ario", "aria",
                      "ien", "ienne", "isch", "ische")


def _adjective_like(word: str) -> bool:
    """A lowercase word after a role noun that qualifies it: a nationality or an adjective (not "recebeu", "reçoit")."""
    return _nationality(word) is not None or word.endswith(_ADJECTIVE_ENDINGS) and word not in _SPEECH_VERBS \
        and word not in _SENTENCE_ADVERBIALS


def _named_after_title(tokens: list[_Token], role: int) -> str | None | bool:
    """The person a title opening the sentence introduces by name a few words on ("Министр обороны РФ Сергей
    Шойгу", "Le ministre russe des Affaires étrangères Sergueï Lavrov"): the official, None for someone untracked
    (two capitalised words in a row), False when no name follows the title."""
    previous_name = False
    for k in range(role + 1, min(len(tokens), role + 7)):
        token = tokens[k]
        if token.kind == "M":
            return token.value
        if token.value == "," and k + 1 < len(tokens) and tokens[k + 1].kind == "M":
            return tokens[k + 1].value  # in apposition: "Son ministre des Affaires étrangères, Dmytro Kouleba, ..."
        if token.kind != "W" or _speech_verb(tokens, k):
            return False
        if _name_like(token) and previous_name:
            return None
        previous_name = _name_like(token)
    return False


def _title_before(tokens: list[_Token], index: int) -> str:
    """The words right before the name at ``index`` (up to three, up to a coordinator or punctuation), which may be
    the title it is given in this text ("министра обороны Сергея Шойгу", "Defence Minister Sergei Shoigu" folded);
    "" when they cannot be (see below). ``_title_holds_role`` decides whether they name an office."""
    words: list[str] = []
    for token in reversed(tokens[max(0, index - _ROLE_PHRASE_SPAN + 1):index]):
        if token.kind != "W" or token.value in _COORDINATORS:
            break
        words.append(_SLAVIC_PORTFOLIOS.get(token.value, token.value))  # ("министра defence": see _qualifies)
    near = index - 1  # the word before the name, past a country ("президента России Шойгу")
    while near > 0 and tokens[near].kind == "W" and _slavic_country(tokens[near]):
        near -= 1
    word = tokens[near] if words else None
    if word is not None and word.kind == "W" and (
            word.value in _TAIL_PREPOSITIONS or not tokens[index].inflected and not word.cap
            and _CYRILLIC_START.match(word.value) and word.value not in _TITLE_WORDS
            and word.value not in _OFFICE_PHRASES and any(word.value.startswith(role) for role in _CYRILLIC_ROLES)):
        # the name is the object of a preposition ("встречи президента с Шойгу"), or the role noun right before a
        # name in the nominative is in another case, another noun's ("Указом президента Шойгу назначен", "доклада
        # президенту Шойгу"); with the first name in its case it is the title ("министра обороны Сергея Шойгу")
        return ""
    return " ".join(reversed(words))


_CYRILLIC_ROLES = tuple(role for role in _ROLES if _CYRILLIC_START.match(role)) + ("глав", "очільник", "керівник")


def _words_before(tokens: list[_Token], end: int) -> str:
    """The words of the noun phrase ending at ``end`` (its title and name), for telling untracked people apart."""
    words: list[str] = []
    for token in reversed(tokens[max(0, end - 5):end]):
        if token.kind != "W":
            break
        words.append(token.value)
    return " ".join(reversed(words))


def _coordinated(tokens: list[_Token], index: int) -> bool:
    """``index`` opens a coordinated clause: ", and she replied", ", but said", ", но сказал", "but said"."""
    index = _verb_group(tokens, index)  # (Portuguese "mas tinha dito", Spanish "pero ha escrito")
    return index >= 2 and (tokens[index - 1].value in _COORDINATORS and tokens[index - 2].value == ","
                           or tokens[index - 1].value in _BUT)


def _opening_role_phrase(tokens: list[_Token], index: int) -> bool:
    """The role noun at ``index`` ends the noun phrase that opens the sentence ("The Russian foreign minister
    said")."""
    return (tokens[index].value in _ROLES and index <= _ROLE_PHRASE_SPAN
            and all(t.kind == "W" and not _speech_verb(tokens, k) for k, t in enumerate(tokens[:index])))


def _after_opening_phrase(tokens: list[_Token], index: int) -> bool:
    """The subject at ``index`` follows an opening adverbial phrase and its comma: "Speaking in Berlin on Monday,
    he said ...", "Asked about the talks, she said ...", "Отвечая на вопрос, представитель Кремля заявил"; a
    pronoun also after a prepositional phrase without one ("В феврале в послании ... он заявлял"), a role noun after
    any short one ("Plus prudent, le chancelier allemand a rappelé")."""
    begin = _source_prefix_end(tokens)  # (after "Як повідомляв Укрінформ,")
    slavic = bool(_CYRILLIC_START.match(tokens[index].value))
    if (index - begin <= _SLAVIC_LOOK + (4 if slavic else 0) and begin < index
            and (_adverbial(tokens[begin]) or slavic and tokens[begin].value.isdigit())
            and (tokens[index].value in _PRONOUNS or begin > 0 and tokens[index].value in _ROLES)
            and all(t.kind == "W" and not _speech_verb(tokens, k) or _name_quote(tokens, k) or _inside_word(tokens, k)
                    for k, t in enumerate(tokens[begin:index], begin))):
        # without a comma: "В феврале в послании Федеральному собранию он заявлял, что ...", "14 березня в інтерв'ю
        # телеканалам TF1 і France 2 він пояснив", "наприкінці січня в інтерв'ю виданню «Аргументы и недели» він"
        return True
    comma = index - 1
    while comma > 0 and index - comma <= 3 and tokens[comma].kind == "W" and (
            not tokens[comma].cap or tokens[index].value in _ROLES or _office_at(tokens, index) is not None):
        comma -= 1  # "Speaking in Moscow, the veteran diplomat said", "..., the French president acknowledged"
    if comma < 1 or tokens[comma].value != ",":
        return False
    if comma + 1 == _opening_adverbials_end(tokens):
        return True  # phrases naming no one: "Mais tarde, em conferência de imprensa, o ministro garantiu que"
    if comma <= 3 and tokens[index].value in _ROLES and all(
            t.kind == "W" and not _speech_verb(tokens, k) for k, t in enumerate(tokens[:comma])):
        return True  # a short opening phrase: "Plus prudent, le chancelier allemand a rappelé que"
    opener = tokens[0].value
    if any(t.value == "," for t in tokens[:comma]) and not (
            opener in _TAIL_PREPOSITIONS and not any(t.kind in ("M", "Q") or _speech_verb(tokens, k)
                                                     for k, t in enumerate(tokens[:comma]))):
        return False  # (a prepositional phrase may have commas: "Au lendemain de ..., lundi 26 février, le président",
        # "На вопрос, когда ..., президент ответил")
    return opener in _PHRASE_OPENERS or opener in _TAIL_PREPOSITIONS or opener.endswith(_PARTICIPLE_ENDINGS)


# Participles opening a sentence: "Speaking", "Отвечая", "Говоря", "Комментируя", "Заявив", "Відповідаючи".
_PARTICIPLE_ENDINGS = ("ing", "ая", "ив", "ючи", "оря", "уя")


def _coordinated_with_subject(tokens: list[_Token], mention: int, verb: int) -> bool:
    """The speech verb at ``verb`` follows a bare "and" and shares the subject that opens the sentence, the official
    at ``mention``: "Putin signed the treaties ... and declared that", "O Presidente russo, Vladimir Putin, assinou
    ... e declarou que"; not inside a relative clause about someone else ("met the governor, who briefed him and
    said"), nor after another official or a quote (a scare quote does not count: 'ha calificado de «histeria» la
    reacción y ha afirmado que')."""
    verb = _verb_group(tokens, verb)  # "Lavrov ha comparecido ... y ha asegurado que"
    if mention >= verb - 1 or tokens[verb - 1].value not in _COPULATIVE:
        return False
    between = tokens[mention + 1:verb]
    if any(t.kind == "M" and tokens[mention + 1 + k - 1].value not in _PREPOSITIONS  # ("met with Scholz and said")
           or t.kind == "Q" and t.end - t.start > _NAME_QUOTE_CHARS for k, t in enumerate(between)) or any(
            tokens[k - 1].value == "," and (_relative_at(tokens, k) or tokens[k].value in _RELATIVE_PRONOUNS)
            for k in range(mention + 2, verb)):
        return False
    return _opens_sentence(tokens, mention) or _sentence_subject(tokens) == tokens[mention].value \
        or _opening_subject(tokens) == tokens[mention].value  # "Por su parte, Kuleba agradeció el apoyo y dijo que"


def _opening_subject(tokens: list[_Token]) -> str | None | bool:
    """The subject after opening adverbials ("Por su parte, Kuleba", "Desde Moscú, la portavoz de Exteriores, María
    Zajárova,"), as ``_sentence_subject`` gives it; False when no adverbial opens the sentence."""
    after = _opening_adverbials_end(tokens)
    if not after:
        return False
    return tokens[after].value if tokens[after].kind == "M" else _sentence_subject(tokens[after:])


def _coordinated_pronoun(tokens: list[_Token], speaker: _Speaker) -> bool:
    """A pronoun or role noun opening a coordinated clause that refers to the official opening the sentence:
    "Zakharova was asked about it, and she replied that ..."."""
    return _coordinated(tokens, speaker.subject) and any(
        t.kind == "M" and t.value == speaker.official_id and _opens_sentence(tokens, k)
        for k, t in enumerate(tokens[:speaker.subject]))


def _opens_clause(tokens: list[_Token], index: int) -> bool:
    """The mention at ``index``, with its title ("U.S. Secretary of State"), follows a clause opener."""
    k = index - 1
    while k >= 0 and (tokens[k].kind == "W" and (tokens[k].cap or tokens[k].value in ("of", "the")
                                                 or tokens[k].value in _TITLE_WORDS)
                      or tokens[k].value == "."):
        k -= 1
    return k >= 0 and tokens[k].value in _CLAUSE_OPENERS


_DOCUMENTS = _words("statement post message letter article op-ed column communique tweet remarks")


def _author_of_document(tokens: list[_Token], verb: int) -> int | None:
    """The official whose statement is the subject: "Zakharova's statement said", "Lavrov's letter warned"."""
    if (verb >= 4 and tokens[verb - 1].value in _DOCUMENTS and tokens[verb - 2].value == "s"
            and tokens[verb - 3].value in ("'", "\u2019") and tokens[verb - 4].kind == "M"):
        return verb - 4
    return None


def _common_noun_subject(tokens: list[_Token], verb: int) -> bool:
    """A subject that is neither a name nor a role noun: "the deputy said", "his aide said", and a plural
    after a quote or comma ('"...," officials said')."""
    if verb < 2 or tokens[verb - 1].kind != "W" or tokens[verb - 1].value in _ADVERBIALS \
            or tokens[verb - 1].value in _BUT or tokens[verb - 1].value in _CLITICS and tokens[verb].value in _PT_VERBS:
        return False  # (", mas disse que": Portuguese "but", not a plural; Spanish '"...", les dijo': to them)
    before = tokens[verb - 2]
    if before.kind == "W" and (before.value in _ARTICLES or before.value in _DETERMINERS):
        return True
    word = tokens[verb - 1]
    return (not word.cap and word.value.endswith("s") and word.value not in _EN_VERBS
            and (before.kind == "Q" or before.value == ","))


_DE_ARTICLES = _words("der die ein eine")  # before a subject after the verb: "sagte der Kanzler"
# German prepositions opening the first position: "Am Montag sagte Scholz", "Im Interview sagte er".
_DE_PREPOSITIONS = _words(fold("am im in an auf nach vor bei seit zum zur um aus von mit über unter gegenüber"))


# German compound titles end with their role: "Kremlsprecher", "Außenamtssprecherin", "US-Außenminister" (folded).
_DE_TITLE_ENDINGS = tuple(fold("""sprecher sprecherin minister ministerin präsident präsidentin chef chefin kanzler
kanzlerin berater beraterin generalsekretär""").split())


def _german_title_before_name(tokens: list[_Token], k: int) -> bool:
    """A German title right after the verb, then the official, who is the subject: "..., sagte Kremlsprecher Dmitri
    Peskow", "In Moskau wies Außenamtssprecherin Maria Sacharowa ... zurück" (not "sagte Merz Selenskyj Hilfe zu":
    Merz is no title; not "Erdogan sagte Kremlchef Putin, ...": someone else is first, the official the addressee)."""
    verb = k - 1
    if not (verb == 0 or tokens[verb - 1].value in _CLAUSE_MARKS or tokens[verb - 1].kind == "Q"
            or tokens[0].value in _DE_PREPOSITIONS or tokens[0].value in _DE_FIRST_ADVERBS):
        return False
    while k + 1 < len(tokens) and tokens[k + 1].value == "-" and tokens[k].end == tokens[k + 1].start:
        k += 2  # "US-Außenminister"
    return (k + 1 < len(tokens) and tokens[k].kind == "W" and tokens[k].cap and tokens[k + 1].kind == "M"
            and tokens[k].value.endswith(_DE_TITLE_ENDINGS))


def _german_subject_before(tokens: list[_Token], verb: int) -> bool:
    """A person in the first position before a German verb ("US-Präsident Joe Biden versicherte Selenskyj, ...",
    "Lawrow warf Blinken vor, ..."): the name after the verb is then its object, not its subject."""
    if any(t.value in _DE_PREPOSITIONS or t.value in _SENTENCE_ADVERBIALS or t.value == "," for t in tokens[:verb]):
        return False  # "Bei einem Treffen mit Dmytro Kuleba versicherte Blinken": the first position is not a person
    return verb >= 1 and tokens[verb - 1].kind == "M" or verb >= 3 and all(
        tokens[k].kind == "W" and _name_like(tokens[k]) for k in (verb - 1, verb - 2)) and (
        tokens[verb - 3].value in _ROLES or tokens[verb - 3].value in _TITLES)  # (not "Gestern Abend sagte Scholz")


# How a view opens after "Pour X,": "c'est", "il s'agit", "il faut", "cela".
_VIEW_OPENERS = _words(fold("c ce il cela ça"))


def _opening_word(tokens: list[_Token], index: int) -> bool:
    """The word at ``index`` opens the sentence, or follows only a coordinator ("Mas para Lavrov, ...")."""
    return index == 0 or index == 1 and (tokens[0].value in _COORDINATORS or tokens[0].value in _BUT)


def _pour_view(tokens: list[_Token]) -> bool:
    """French "Pour X, ..." gives X's view when the sentence quotes ("Pour Peskov, le discours est « ... »") or the
    clause opens like one ("Pour Zelensky, il s'agit ...", "c'est ..."): otherwise it is the writer's narration
    ("Pour Emmanuel Macron, l'équation s'annonce délicate")."""
    if any(t.kind == "Q" for t in tokens):
        return True
    comma = next((k for k, t in enumerate(tokens) if t.value == ","), None)
    return comma is not None and comma + 1 < len(tokens) and tokens[comma + 1].value in _VIEW_OPENERS \
        and not (comma > 1 and _relative_pronoun(tokens[comma - 1].value))


def _d_apres(tokens: list[_Token], index: int) -> bool:
    """French "d'après" (according to), not "après" (after)."""
    return (tokens[index].value == "apres" and index >= 2 and tokens[index - 1].value in ("'", "\u2019")
            and tokens[index - 2].value == "d")


def _perfect_auxiliary(tokens: list[_Token], verb: int) -> int:
    """The auxiliary of a German participle ("Selenskyj hat in einem Interview gesagt, ..."): its subject is
    left of the auxiliary. ``verb`` itself otherwise."""
    if tokens[verb].value in _DE_VERBS:
        for k in range(verb - 1, max(-1, verb - 16), -1):
            if tokens[k].kind != "W" and tokens[k].kind != "M" and not (
                    tokens[k].value == "-" and tokens[k - 1].end == tokens[k].start):  # "Taurus-Marschflugkörpern"
                break
            if tokens[k].value in _DE_AUXILIARIES:
                return k
    return verb


def _verb_group(tokens: list[_Token], verb: int) -> int:
    """Where the speech verb's group begins: at the auxiliary of a French participle ("a déclaré", "a toutefois
    assuré")."""
    if tokens[verb].value in _FR_VERBS and (auxiliary := _fr_auxiliary(tokens, verb)) is not None \
            and tokens[auxiliary + 1].value not in ("il", "elle"):  # (the inversion "a-t-il dit" is another order)
        return auxiliary
    if tokens[verb].value in _PT_VERBS:
        # the auxiliary ("tinha dito", Spanish "ha afirmado") and a clitic before it ('«...», se ha limitado a ...')
        group = verb - 1 if verb > 0 and tokens[verb - 1].value in _IBERIAN_AUXILIARIES else verb
        return group - 1 if group > 0 and tokens[group - 1].value in _CLITICS else group
    return verb


def _iberian_verb_after(tokens: list[_Token], k: int) -> int:
    """The verb after ``k``, past a Portuguese auxiliary or the Spanish one read as it ("e tem advertido")."""
    if k + 2 < len(tokens) and tokens[k + 1].value in _IBERIAN_AUXILIARIES and tokens[k + 2].value in _PT_PARTICIPLES:
        return k + 2
    return k + 1


# Relative words of place or occasion before a verb: "onde", "em que", "na qual", Spanish "donde", "en la que"
_PLACE_RELATIVES = _words(fold("onde donde"))
_IN_WHICH = _words(fold("que qual quais cual"))
_IN = _words("em na no nas nos num numa")


def _place_relative_start(tokens: list[_Token], verb: int) -> int | None:
    """Where a relative clause of place or occasion opens before the Portuguese verb at ``verb`` (its auxiliary and
    clitic skipped): "onde defendeu", "na qual afirmou", Spanish "en la que ha precisado" ("em a que tem ..."); None
    otherwise."""
    k = _verb_group(tokens, verb) - 1
    if k < 0:
        return None
    if tokens[k].value in _PLACE_RELATIVES:
        return k
    if tokens[k].value not in _IN_WHICH or k < 1:
        return None
    if tokens[k - 1].value in _IN:
        return k - 1
    if k >= 2 and tokens[k - 1].value in _PT_ARTICLES and tokens[k - 2].value == "em":
        return k - 2
    return None


# Clitics before a Portuguese verb, and the Spanish ones read as them ("se", "le dijo", "les dijo")
_CLITICS = _words("se lhe lhes")
# Portuguese auxiliaries of the perfect, and Spanish "ha"/"había" read as them
_IBERIAN_AUXILIARIES = _words("tem tinha havia")


def _iberian_auxiliary(tokens: list[_Token], participle: int) -> int | None:
    """The auxiliary right before a Portuguese participle ("tinha dito") or a Spanish one ("ha afirmado")."""
    if participle >= 1 and tokens[participle].value in _PT_PARTICIPLES \
            and tokens[participle - 1].value in _IBERIAN_AUXILIARIES:
        return participle - 1
    return None


def _fr_auxiliary(tokens: list[_Token], participle: int) -> int | None:
    """The auxiliary of the French participle at ``participle``: right before it, before an inverted pronoun ("a-t-il
    ajouté") or before an adverb ("a toutefois assuré", "a-t-il aussitôt précisé"); None if there is none."""
    k = participle - 1
    if k >= 0 and tokens[k].value in _FR_ADVERBS:
        k -= 1
    if k >= 0 and tokens[k].value in ("il", "elle"):
        k -= 1
    return k if k >= 0 and tokens[k].value in _FR_AUXILIARIES else None


_FR_ADVERBS = _words(fold("toutefois aussi également encore déjà ensuite pourtant aussitôt notamment cependant"))


def _source_prefix_end(tokens: list[_Token]) -> int:
    """Where the sentence begins after an outlet's "as reported" opening it ("Как сообщал ТАСС, ...", "Як повідомляв
    Укрінформ, ..."): its verb is the outlet's, not the statement's. 0 when there is none, or an official is named
    in it ("Как сообщила Захарова, ..." attributes)."""
    if len(tokens) < 4 or tokens[0].value not in _AS or not _speech_verb(tokens, 1):
        return 0
    for k in range(2, min(len(tokens), 8)):
        if tokens[k].value == "," and k > 2:
            return k + 1
        if tokens[k].kind != "W" or not _name_like(tokens[k]) or tokens[k].value in _TITLE_WORDS:
            return 0  # (only an outlet's name: "Как отметила дипломат, ..." is the diplomat speaking)
    return 0


_AS = _words(fold("как як"))


_STATEMENT_NOUNS = _words(fold("""заявление заявления слова высказывание высказывания утверждение утверждения заяву
заяви слова висловлювання твердження"""))
_ABOUT_THAT = (("о", "том", ",", "что"), ("про", "те", ",", "що"))


def _thus_commented(tokens: list[_Token], speaker: _Speaker, text: str, previous_quotes: list[_Quote]) -> bool:
    """"Так Захарова прокомментировала выступление Блинкена.": the sentence attributes the one before it (a
    Russian or Ukrainian verb after its subject, no clause of its own; not "Так как ...", "Так же ...")."""
    verb = tokens[speaker.verb].value
    return len(tokens) > 2 and tokens[0].value in _THUS_OPENERS and tokens[1].value not in _NOT_THUS \
        and speaker.how == "left" and 0 < speaker.subject < speaker.verb \
        and (verb in _SLAVIC_VERBS or verb in _JUDGED) \
        and not any(t.value in _COMPLEMENTIZERS or t.kind == "Q" or t.value == ":" for t in tokens) \
        and (verb not in _RESPONSE_VERBS and not verb.startswith(_REACTED_STEMS)
             or any(_substantive(text, quote) for quote in previous_quotes))
    # (an answer or a reaction only after a quote, «...». Так Путин ответил на вопрос журналиста; not "Так Путин
    # ответил на приглашение", "Так Лавров отреагировал на решение Берлина" after a narrative sentence: what they did)


_NOT_THUS = _words(fold("как же что и само самое ли що")) | {","}


def _coordinated_speech_after(tokens: list[_Token], verb: int) -> bool:
    """The next speech verb after ``verb`` follows "and" with no clause or quote of ``verb``'s own between."""
    for k in range(verb + 1, len(tokens)):
        token = tokens[k]
        if token.kind == "Q" or token.value in _COMPLEMENTIZERS or token.value in (":", ".", ";"):
            return False
        if token.value in _SPEECH_VERBS and _speech_verb(tokens, k):
            return tokens[k - 1].value in _COORDINATORS
    return False


def _commented_words(tokens: list[_Token], verb: int) -> _Speaker | None:
    """The official whose words the comment or answer at ``verb`` is on, when the sentence gives them and ends with
    them: "Захарова прокомментировала заявление генсека НАТО Йенса Столтенберга о том, что ...", "Песков ответил на
    заявление Макрона о том, что ...", "... слова госсекретаря США Энтони Блинкена, который ранее сказал, что ...",
    "Peskov replied to Zelensky, who said that ..." (a relative clause with its own speech verb needs no noun of
    speech before it). The speaker is the official named in the object, the statement the clause after "что"
    (``verb`` of the result is that word, or the relative clause's speech verb); what the commenter goes on to say
    ("..., заявив, что ...", "..., adding that ...") stays theirs (``_commenter``). None when a clause of the answer
    itself follows the words commented on (``_ends_with_relayed``)."""
    noun = False
    for k in range(verb + 1, min(len(tokens), verb + 10)):
        token = tokens[k]
        if token.kind == "Q" or token.value in (".", ";", ":"):
            return None
        noun = noun or token.value in _STATEMENT_NOUNS
        if token.kind != "M":
            continue
        following = tuple(t.value for t in tokens[k + 1:k + 5])
        if noun and following in _ABOUT_THAT:
            return _Speaker(token.value, k + 4, k, "left") if _ends_with_relayed(tokens, k + 4) else None
        if len(following) >= 2 and following[0] == "," and following[1] in _RELATIVE_SUBJECTS:
            said = next((m for m in range(k + 3, min(len(tokens), k + 3 + _SLAVIC_LOOK)) if tokens[m].kind != "W"
                         or _speech_verb(tokens, m)), None)
            if said is not None and tokens[said].kind == "W" and not _negated(tokens, said) \
                    and _ends_with_relayed(tokens, said):
                return _Speaker(token.value, said, k, "left")
        return None
    return None


def _ends_with_relayed(tokens: list[_Token], start: int) -> bool:
    """The relayed words from ``start`` are not followed by a second clause of the answer itself: "who said Kyiv was
    not ready, that Ukraine would never surrender" (the answer's "that" after a comma). The commenter going on with a
    participle or a second verb (", заявив, что", ", adding that") is fine: that clause is theirs (see
    ``_commenter``); so are speech verbs inside the relayed words ("о том, что Запад пообещал") and an outlet's tail
    (", сообщает ТАСС")."""
    own_that = tokens[start].value not in _COMPLEMENTIZERS  # a speech verb's own "that", ", что" in Russian
    comma = False  # a comma before the next "that" other than Russian's ", что"
    participle = _participle_start(tokens, start)
    for k in range(start + 1, len(tokens) if participle is None else participle):
        token = tokens[k]
        if token.value in _COMPLEMENTIZERS:
            if not own_that or comma:
                return False
            own_that = False
        elif token.value == "," and not (k + 1 < len(tokens) and tokens[k + 1].value in _COMPLEMENTIZERS
                                         and _CYRILLIC_START.match(tokens[k + 1].value)):
            comma = True
    return True


def _commenter(tokens: list[_Token], speaker: _Speaker, context: _Context) -> tuple[str, int] | None:
    """Who commented, when ``speaker`` speaks words the sentence says were commented on (``_commented_words``)."""
    for k in range(speaker.subject):
        token = tokens[k]
        if token.kind == "W" and (token.value.startswith(_COMMENTED_STEMS) or token.value in _RESPONSE_VERBS) \
                and _speech_verb(tokens, k) and _commented_words(tokens, k) == speaker:
            return _left_subject(tokens, k, context)
    return None


def _find_speaker(tokens: list[_Token], context: _Context) -> _Speaker | None:
    """Who the sentence's statement is attributed to: the first speech verb's subject, except that after
    someone untracked ("The White House said ...") a tracked official opening a later clause ("..., while
    Blinken said ...") still speaks, and that a comment on someone's words given in the sentence is theirs
    ("Захарова прокомментировала заявление Столтенберга о том, что ...": see ``_commented_words``)."""
    start = _source_prefix_end(tokens)
    quoted = any(t.kind == "Q" for t in tokens)  # (quotes are the words of whom their own attribution names)
    for i in range(max(start, 1), len(tokens) - 1):
        if not quoted and tokens[i].value == _SO and tokens[i - 1].value == "," and tokens[i + 1].value != "auch":
            # "Der Kremlchef habe Biden erklärt, dass ..., so Peskow.": the source ending the sentence claims all of it,
            # speech verbs inside included
            right = _right_subject(tokens, i, context)
            if right is not None and right[0] != _UNTRACKED and tokens[right[1]].kind == "M" \
                    and all(t.kind == "P" or _adverbial(t) for t in tokens[right[1] + 1:]):
                return _Speaker(right[0], i, right[1], "right")
    first_mention = next((i for i, t in enumerate(tokens) if i >= start and t.kind == "M"
                          and _valid_subject_mention(tokens, i)), None)
    carried_subject: tuple[str, int] | None = None
    someone_else: _Speaker | None = None
    for i, token in enumerate(tokens):
        if i < start:
            continue
        if someone_else is not None:
            if (token.value in _SPEECH_VERBS and _speech_verb(tokens, i) and not _not_speech(tokens, i)
                    and not _negated(tokens, i) and not _prospective(tokens, i)):
                left = _left_subject(tokens, i, context)
                if (left is not None and tokens[left[1]].kind == "M" and left[1] > someone_else.verb
                        and _opens_clause(tokens, left[1])
                        and not any(t.kind == "Q" for t in tokens[:left[1]])):  # those quotes are not theirs
                    return _Speaker(left[0], i, left[1], "left")
                group = _verb_group(tokens, i)
                right = (_right_subject(tokens, i, context)
                         if left is None and group > 0 and tokens[group - 1].value in _CLAUSE_MARKS else None)
                if (right is not None and right[0] != _UNTRACKED and tokens[right[1]].kind == "M"
                        and (right[1] + 1 == len(tokens) or tokens[right[1] + 1].kind == "P"
                             or _adverbial(tokens[right[1] + 1]))
                        and not any(t.kind == "Q" for t in tokens[:group])):
                    # "Die Ukraine betonte, dass ..., sagte Selenskyj.": a trailing attribution claims the clause
                    return _Speaker(right[0], i, right[1], "right")
            continue
        if (token.value in _RELAYS and i + 2 < len(tokens) and tokens[i + 1].value in _WORDS_OF
                and tokens[i + 2].kind == "M"):
            return _Speaker(tokens[i + 2].value, i, i + 2, "right")  # «...», — приводит слова Герасимова пресс-служба
        if token.value in _QUOTED and i + 1 < len(tokens) and i > 0 and tokens[i - 1].value in _CLAUSE_MARKS:
            # „...“, zitierte ihn die Staatsagentur Tass: the quote is the one quoted
            quoted = tokens[i + 1]
            if quoted.kind == "M":
                return _Speaker(quoted.value, i, i + 1, "right")
            if quoted.value in _OBJECT_PRONOUNS:
                official_id = context.resolve(tokens, 0, _OBJECT_PRONOUNS[quoted.value], None)
                if official_id is not None:
                    return _Speaker(official_id, i, i + 1, "right")
        if token.kind == "M" and i + 2 < len(tokens) and tokens[i + 1].value == ":" and tokens[i + 2].kind == "Q":
            if (_valid_subject_mention(tokens, i)
                    or i >= 2 and (tokens[i - 2].value, tokens[i - 1].value) in _DIRECT_SPEECH):
                return _Speaker(token.value, i + 1, i, "colon")  # Захарова: «...», Пряма мова Подоляка: «...»
        if token.kind != "W":
            continue
        if (i + 2 < len(tokens) and tokens[i + 1].value in _POSSESSIVES
                and (token.value, tokens[i + 2].value) in _POSSESSIVE_ACCORDING):
            official_id = context.resolve(tokens, i, _POSSESSIVES[tokens[i + 1].value], None)
            if official_id is not None:
                return _Speaker(official_id, i, i + 2, "according")
        phrase = 0 if token.value not in _PHRASE_FIRST_WORDS else (
            2 if i + 1 < len(tokens) and (token.value, tokens[i + 1].value) in _ACCORDING
            else 3 if token.value in _TRIPLE_OPENERS and i + 2 < len(tokens)
            and (token.value, tokens[i + 1].value, tokens[i + 2].value) in _ACCORDING_TRIPLES
            else 1 if token.value in _ACCORDING_WORDS or _d_apres(tokens, i)
            or token.value == "pour" and _opening_word(tokens, i) and _pour_view(tokens)
            or token.value == "para" and _opening_word(tokens, i) and i + 2 < len(tokens) and (
                tokens[i + 1].kind != "W" or tokens[i + 1].value in ("o", "a") and tokens[i + 2].value in _PT_TITLES
                or tokens[i + 1].value in ("ele", "ela") and tokens[i + 2].value == ",")  # "Para ele, ..."
            else 0)  # "according to", "selon", "Pour Dmitri Peskov, le discours ..." opening the sentence,
        # "Para Blinken, ..." (Portuguese names a person there only for their view)
        if phrase:
            role = _according_role(tokens, i, phrase, context) or _slavic_according_role(tokens, i, phrase, context)
            if role is not None:
                return role
            for k in range(i + phrase, min(len(tokens), i + phrase + _APPOSITION_SPAN)):
                token_k = tokens[k]
                if token_k.kind == "Q" or token_k.value in (".", ";", ":"):
                    break
                if token_k.value == ",":
                    # "According to the ministry's spokeswoman, Maria Zakharova, ..." names her in an apposition;
                    # "According to TASS, Lavrov said ..." ends the source at the comma.
                    j = k + 1  # over a title: ", Army General Valery Gerasimov,"
                    while j < len(tokens) and tokens[j].kind == "W" and (tokens[j].cap or tokens[j].value in _TITLES
                                                                         or tokens[j].value in _ROLES):
                        j += 1
                    if (j + 1 < len(tokens) and tokens[j].kind == "M" and tokens[j + 1].value == ","
                            and _names_the_source(tokens, i + phrase, k)):
                        return _Speaker(tokens[j].value, i, j, "according")
                    break
                if token_k.kind == "M":
                    if _names_the_source(tokens, i + phrase, k):
                        return _Speaker(token_k.value, i, k, "according")
                    break  # "according to a source close to Peskov": someone else
            continue
        if token.value == _ACCORDING_AFTER and i > 0 and tokens[i - 1].kind == "M":
            return _Speaker(tokens[i - 1].value, i, i - 1, "according")
        if token.value == _SO and i > 0 and tokens[i - 1].value == ",":
            # "„...“, so Kremlsprecher Peskow.": the subject ends the sentence or its clause
            right = _right_subject(tokens, i, context)
            if right is not None and (right[1] + 1 == len(tokens) or tokens[right[1] + 1].kind == "P"
                                      or _adverbial(tokens[right[1] + 1])):  # "so Selenskyj in seiner Botschaft"
                if right[0] != _UNTRACKED:
                    return _Speaker(right[0], i, right[1], "right")
                someone_else = _Speaker(right[0], i, right[1], "right")
            continue
        if token.value not in _SPEECH_VERBS or not _speech_verb(tokens, i):
            continue
        responding = token.value.startswith(_COMMENTED_STEMS) or token.value in _RESPONSE_VERBS
        if responding and (relayed := _commented_words(tokens, i)) is not None:
            return relayed  # the words commented on are their speaker's
        if responding and _coordinated_speech_after(tokens, i):
            # "Песков прокомментировал заявление Макрона и заявил, что ...": what was commented on, then what was
            # said, by the same subject
            carried_subject = _left_subject(tokens, i, context) if carried_subject is None else carried_subject
            continue
        if i == 0 and len(tokens) > 1 and tokens[1].value in _PARTICIPLE_FOLLOWERS and token.value in _EN_VERBS:
            continue  # "Asked whether Moscow would retaliate, Zakharova said": the participle has no subject here
        if _not_speech(tokens, i) or _negated(tokens, i) or _prospective(tokens, i):
            # "Lavrov did not say when, but said that ...", "Peskov was asked about it and said ...": the skipped
            # verb's subject carries over to a coordinated one.
            carried_subject = _left_subject(tokens, i, context) if carried_subject is None else carried_subject
            continue
        progressive = token.value.endswith("ing") and i >= 1 and (
            tokens[i - 1].value in _PROGRESSIVE_AUXILIARIES
            or i >= 2 and tokens[i - 2].value in _PROGRESSIVE_AUXILIARIES and _adverbial(tokens[i - 1]))
        # ("Scholz was insisting that ...", "all three are now telling the world that ...": a verb with its own
        # subject, not the participle of the sentence's first official)
        if not progressive and token.value.endswith("ing") and token.value in _EN_VERBS \
                or token.value in _ROMANCE_GERUNDS or token.value in _PT_INFINITIVES and token.value not in _FR_VERBS \
                or token.value in _SLAVIC_IMPERFECTIVE_GERUNDS:
            # "..., saying" / "adding": the participle's subject is the clause's subject (not an official the
            # sentence's subject did something with: "Trudeau ..., signing an agreement with President Zelenskyy and
            # announcing")
            if first_mention is not None and first_mention < i and not _after_preposition(tokens, first_mention) \
                    and not (token.value in _SLAVIC_IMPERFECTIVE_GERUNDS and not (
                        _opens_sentence(tokens, first_mention)
                        and not any(t.kind == "M" for t in tokens[first_mention + 1:i]))):
                # (not "Лукашенко принял Шойгу в Минске, подчеркивая, ...": the official there is the object)
                return _Speaker(tokens[first_mention].value, i, first_mention, "left")
            continue
        if token.value in _DE_VERBS and i + 1 < len(tokens) and (
                tokens[i + 1].kind == "M" or tokens[i + 1].value in _PRONOUNS or tokens[i + 1].value in _DE_ARTICLES
                or _german_title_before_name(tokens, i + 1)
                or context.norwegian and _norwegian_subject_after(tokens, i)):
            # German puts the subject after the verb in second place: "Am Montag sagte Scholz, ...", "sagte er"
            right = _right_subject(tokens, i, context) if not _german_subject_before(tokens, i) else None
            if right is not None and right[0] != _UNTRACKED:
                return _Speaker(right[0], i, right[1], "right")
            # else "Scholz sagte der Zeitung, ...": an addressee, the subject is on the left
        auxiliary = _perfect_auxiliary(tokens, i)
        if auxiliary < i and auxiliary + 1 < len(tokens) and tokens[auxiliary].value in ("hat", "hatte") and (
                auxiliary == 0 or tokens[0].value in _DE_PREPOSITIONS or tokens[0].value in _DE_FIRST_ADVERBS
                or tokens[auxiliary + 1].value == "er") and (
                tokens[auxiliary + 1].kind == "M" or tokens[auxiliary + 1].value in _PRONOUNS
                or tokens[auxiliary + 1].value in _DE_ARTICLES):
            # "Bereits am Sonntag hatte der Kremlchef gesagt, ...": the subject right after the auxiliary (not
            # Konjunktiv "habe Scholz ... unterstrichen": someone reports it)
            right = _right_subject(tokens, auxiliary, context)
            if right is not None and right[0] != _UNTRACKED:
                return _Speaker(right[0], i, right[1], "right")
        if (first_mention is not None and first_mention < i and token.value in _PT_VERBS
                and _place_relative_start(tokens, i) is not None
                and not any(t.kind == "M" for t in tokens[first_mention + 1:i])  # ("a entrevista de Putin, em que")
                and tokens[first_mention].value in (_sentence_subject(tokens), _opening_subject(tokens))):
            # "O chefe do Estado-Maior, Valeri Gerasimov, deu uma entrevista, na qual afirmou que", Spanish "en la que
            # ha sostenido que": the sentence's subject speaks where it says
            return _Speaker(tokens[first_mention].value, i, first_mention, "left")
        if first_mention is not None and _coordinated_with_subject(tokens, first_mention, i):
            # "Putin signed the treaties on Donetsk and Kherson and declared that ...", "assinou ... e declarou que":
            # the sentence's subject speaks (what is named before "and" is an object)
            return _Speaker(tokens[first_mention].value, i, first_mention, "left")
        if (i >= 3 and (tokens[0].value, tokens[1].value) in _ABOUT_IT
                and (right := _right_subject(tokens, i, context)) is not None and tokens[right[1]].kind == "M"):
            # "Об этом в Пхеньяне после переговоров с Ким Чен Ыном заявил секретарь Совбеза Сергей Шойгу": the
            # subject follows the verb, whoever is named where and when
            return _Speaker(right[0], i, right[1], "right")
        if (i >= 3 and tokens[i - 1].value in _COORDINATORS and _CYRILLIC_START.match(tokens[0].value)
                and _verb_gender(token.value) is not None  # (one subject: not "Главы МИД двух стран ... и заявили")
                and (tokens[0].value in _ROLES or _office_at(tokens, 0) is not None)
                and not any(t.kind == "Q" or t.kind == "M" and _valid_subject_mention(tokens, k)
                            or t.value in _RELATIVE_SUBJECTS or t.value in (",", ";", ":")
                            for k, t in enumerate(tokens[:i]) if k > 0)
                and (countries := _countries_after_office(tokens, i)) is not None
                and (role_subject := _subject_at(tokens, 0, context)) not in (None, _UNTRACKED)
                and _qualifies(countries, f"{context.watchlist.officials[role_subject].role} "
                                          f"{context.watchlist.officials[role_subject].nationality}")):
            # "Глава держави подякував Сполученим Штатам за пакет допомоги і наголосив, що": the role opening the
            # sentence is the subject of both predicates
            return _Speaker(role_subject, i, 0, "left")
        # (before a Portuguese auxiliary and clitic: "Ha añadido que" opens with no subject, "Ha" is no name)
        left = _left_subject(tokens, _verb_group(tokens, i) if token.value in _PT_VERBS else auxiliary, context)
        if (left is None and tokens[i - 1].value == "," and first_mention is not None and first_mention < i
                and first_mention + 1 < len(tokens) and tokens[first_mention + 1].value == ","
                and _opens_sentence(tokens, first_mention)):
            # "Andriy Yermak, the head of Zelensky's office, who accompanied him, wrote": the opening name
            left = (tokens[first_mention].value, first_mention)
        if (left is None and tokens[i - 1].value == "," and first_mention is not None and first_mention < i
                and (token.value in _SLAVIC_GERUNDS or _verb_gender(token.value) is not None)
                and (_opens_sentence(tokens, first_mention)
                     or (tokens[0].value in _SENTENCE_ADVERBIALS or all(t.kind == "W" for t in tokens[:first_mention]))
                     and not any(t.kind == "Q" or t.value in _SPEECH_VERBS for t in tokens[:first_mention]))
                # (after opening phrases: "После встречи с Макроном Шольц ...", "Утром 24 июня Владимир Путин ...")
                and not any(t.kind == "Q" or t.kind == "M" and _valid_subject_mention(tokens, k)
                            or t.value in _RELATIVE_PRONOUNS or t.value in _COMPLEMENTIZERS
                            for k, t in enumerate(tokens[:i]) if k > first_mention)):
            # "Шольц вновь отверг такую возможность, заявив, что ...", Ukrainian "..., заявив, що": the opening
            # name's second predicate (a singular verb or a gerund; not "..., заявили в Кремле")
            left = (tokens[first_mention].value, first_mention)
        if (left is not None and left == (_UNTRACKED, 0) and tokens[0].kind == "W" and not tokens[1].cap
                and _CYRILLIC_START.match(tokens[0].value) and _verb_gender(token.value) is not None
                and (right := _right_subject(tokens, i, context)) is not None and right[0] != _UNTRACKED
                and tokens[right[1]].kind == "M" and not tokens[right[1]].inflected
                and context.watchlist.officials[right[0]].gender in (None, _verb_gender(token.value))
                and (all(t.kind == "P" for t in tokens[right[1] + 1:])
                     or tokens[right[1] + 1].value == "," and right[1] + 2 < len(tokens)
                     and tokens[right[1] + 2].value in _SPEECH_VERBS)):  # (", заявив, что")
            # (not an addressee before what was said: "Лукашенко лично заявил Шойгу, что ...")
            # "Першою в Москві відреагувала ... Марія Захарова", "Первой высказалась Захарова": the subject follows
            # the verb, agreeing with it, and ends the sentence or goes on speaking, so the capital opening the
            # sentence is no one's name (not "Лукашенко заявил Шойгу, что ...", "сообщил Шойгу о ...": to whom)
            return _Speaker(right[0], i, right[1], "right")
        author = _author_of_document(tokens, i)
        if left is None and author is not None:
            return _Speaker(tokens[author].value, i, author, "left")  # "Zakharova's statement said ..."
        if left is None and _common_noun_subject(tokens, i):
            left = (_UNTRACKED, i - 1)  # '"...," the deputy said': someone, and the quote is theirs
        if left is not None and left[0] == _UNTRACKED and tokens[left[1]].kind == "W" and _coordinated(tokens, i) \
                and first_mention is not None and left[1] < first_mention < i \
                and tokens[first_mention].value in (_sentence_subject(tokens), _opening_subject(tokens)):
            # (no one named in the first clause: "Zelenski, ... la Casa Blanca, se negó a ..., pero admitió")
            left = None
        if left is not None:
            if left[0] == _UNTRACKED:
                someone_else = _Speaker(left[0], i, left[1], "left")
                continue
            return _Speaker(left[0], i, left[1], "left")
        group = _verb_group(tokens, i)
        previous = tokens[group - 1] if group > 0 else None  # (before "tem" of Spanish "y ha asegurado")
        if carried_subject is not None and previous is not None and previous.value in _COORDINATORS:
            return _Speaker(carried_subject[0], i, carried_subject[1], "left")
        if (_coordinated(tokens, i) and first_mention is not None and first_mention < i
                and not any(t.value in _RELATIVE_SUBJECTS for t in tokens[first_mention + 1:i])  # (", qui ..., mais")
                and (_opens_sentence(tokens, first_mention)
                     or _sentence_subject(tokens) == tokens[first_mention].value)):
            # "Peskov declined to comment on the reports, but said ...": the sentence's subject speaks.
            return _Speaker(tokens[first_mention].value, i, first_mention, "left")
        if (_coordinated(tokens, i) and len(tokens) > 2 and tokens[1].value in _ROLES
                and (tokens[0].value in _ARTICLES or tokens[0].value in _FOREIGN_ARTICLES)
                and not any(t.kind == "Q" or t.value in _RELATIVE_SUBJECTS for t in tokens[2:i])
                and (role_subject := _subject_at(tokens, 1, context)) not in (None, _UNTRACKED)):
            return _Speaker(role_subject, i, 1, "left")  # "The chancellor praised Zelensky, but stressed that"
        before_group = tokens[group - 1] if group > 0 else None  # before "a" of "a déclaré"
        if (before_group is None or before_group.kind == "Q" or before_group.value in _APPOSITION_MARKS
                or before_group.value in _INVERSION_OPENERS
                or token.value in _PT_VERBS and before_group.value in _PT_OPENERS_OF_VERBS and all(
                    t.value in _PT_OPENERS_OF_VERBS for t in tokens[:group])  # "Mas advertiu que",
                # "Também reconheceu que", Spanish "También reconoció que"
                or tokens[_past_dates_back(tokens, group) - 1].value in _BACK_REFERENCE_WORDS):
            right = _right_subject(tokens, i, context)
            if (right is not None and right[0] == _UNTRACKED and token.value in _DE_VERBS and group >= 2
                    and tokens[group - 2].kind != "Q"):
                continue  # German capitalises nouns: "Kuleba dankte ..., mahnte aber mehr Tempo an" names no one
            if right is not None:
                return _Speaker(right[0], i, right[1], "right")
            if token.value in _PT_VERBS and not any(
                    tokens[k].kind == tokens[k + 1].kind == "W" and _name_like(tokens[k]) and _name_like(tokens[k + 1])
                    for k in range(i - 1)) and not (
                    tokens[0].value in _PT_ARTICLES and not any(t.value == "," for t in tokens[1:3])  # ("A seguir,")
                    and any(t.value in ("que", ":") for t in tokens[i + 1:i + 4])) \
                    and not _noun_phrase_after(tokens, i):
                # Portuguese leaves the subject out: '«...», acrescentou.', "Disse ainda que ...": the latest person
                # named, as a pronoun would be (not when someone untracked is named before it: "Em Washington, Joe
                # Biden foi mais longe: «...», disse"; nor when a noun phrase opens the sentence: "O Ministério da
                # Defesa, por sua vez, informou que ..."; nor when one follows it: '«...», disse a chancelaria')
                official_id = context.resolve(tokens, i, None, None)
                if official_id is not None:
                    return _Speaker(official_id, i, i, "left")
    return someone_else


# --- text of a statement -------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    text = _SPACES.sub(" ", text).strip()
    return text.strip(" ,;:\u2014\u2013-")


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


_RESPONSE_VERBS = _words(fold("""commented responded responds replied replies answered remarked ironise répondu ответил
ответила отвечал отвечала відповів відповіла рассказал рассказала розповів розповіла говорил говорила говорив говорила
respondeu respondido"""))
# Verbs naming their object as something: "classificou X de ...", Spanish "calificó X de ..."
_NAMING_VERBS = _words(fold("classificou classifica qualificou"))
# "respondeu assim a ...", Spanish "ha respondido así a las declaraciones de ..."
_THUS = _words(fold("assim así ainsi so thus"))
# Russian and Ukrainian verbs of explaining and answering: without "что"/"що" or a colon what follows them is the
# topic ("объяснил решение", "пояснював мету операції")
_TOPIC_ONLY_STEMS = ("объясни", "объясня", "поясни", "поясня", "пояснюва", "ответи", "отвеча", "відпові")
# "прокомментировал X", "a réagi à X" take what was commented on (a quote with them is still the official's)
_REACTED_STEMS = ("отреагирова", "відреагува")
_COMMENTED_STEMS = ("прокомментирова", "прокоментува", "reagi") + _REACTED_STEMS
# Whom an official tells: "told reporters", "told the BBC", "told his Turkish counterpart".
_ADDRESSEES = _words("""reporters journalists correspondents press media lawmakers legislators deputies parliament
senators congress diplomats officials ambassadors counterpart counterparts students audience viewers listeners crowd
supporters troops soldiers people citizens nation leaders colleagues agency newspaper broadcaster channel television
radio""")


# Whom an official tells, in Russian and Ukrainian: "как сообщил Шойгу журналистам по итогам встречи, ...".
_SLAVIC_ADDRESSEES = _words(fold("""журналистам журналістам репортерам корреспондентам кореспондентам агентству
изданию виданню телеканалу газете газеті корреспонденту кореспонденту телеканалам телемарафону телемарафоні
каналу програмі"""))


def _after_addressee(tokens: list[_Token], k: int) -> int | None:
    """The token after the addressee of "told" that starts at ``k``, or None when there is none: determiners,
    then capitalised words ("told Der Spiegel", "told President Erdogan"), ending at the first addressee noun
    ("told his Turkish counterpart")."""
    while k < len(tokens) and tokens[k].kind == "W" and (tokens[k].value in _ARTICLES or tokens[k].value in
                                                            _DETERMINERS or tokens[k].value in ("our", "my")):
        k += 1
    first = k
    while k < len(tokens) and (tokens[k].kind == "M" or tokens[k].kind == "W" and
                               (tokens[k].cap or tokens[k].value in _ADDRESSEES)):
        k += 1
        if tokens[k - 1].kind == "W" and tokens[k - 1].value in _ADDRESSEES:
            break
    return k if k > first else None


# Conjunctions after which a new subject and speech verb are someone else's clause.
_CONTRAST = _words(fold("but while whereas and но а тогда але тоді і mais tandis alors et aber während und enquanto"))
_COPULATIVE = _words(fold("and и і та et und e"))


def _other_speaker_start(tokens: list[_Token], speaker: _Speaker) -> int | None:
    """The token where a later clause with a speaker of its own begins ("Zakharova criticised Kyiv, but Ukraine
    said the attack ...": at ", but"), or None."""
    for k in range(speaker.verb + 1, len(tokens) - 2):
        if tokens[k].kind != "W" or tokens[k].value not in _CONTRAST and not (
                tokens[k].value == "e" and tokens[k + 1].kind == "M"):  # (Portuguese "e" is also "é", "is")
            continue
        if tokens[k].value in _COPULATIVE and tokens[k - 1].value != ",":
            continue  # "Kyiv and Washington claimed ...": one subject, not a new clause
        first = k + 2 if tokens[k + 1].value in ("que", "qu") else k + 1  # "tandis que", "alors que"
        subject = tokens[first] if first < len(tokens) else tokens[k + 1]
        if not (subject.kind == "M" or subject.value in _PRONOUNS or _name_like(subject) or subject.cap):
            continue  # (a title: ", while Ukrainian Foreign Minister Dmytro Kuleba said")
        for j in range(first + 1, min(len(tokens), first + 1 + _LOOK)):
            if tokens[j].kind != "W" and tokens[j].kind != "M":
                break
            if _speech_verb(tokens, j):
                return k - 1 if tokens[k - 1].value == "," else k
    return None


def _adverbial(token: _Token) -> bool:
    return token.value in _TAIL_PREPOSITIONS or token.value in _ADVERBIALS


def _past_adverbials(tokens: list[_Token], k: int, any_words: bool = False) -> int | None:
    """Where the clause begins when the verb or an inverted subject is followed by adverbials and then a comma or
    "that" ("sagte Scholz in Berlin, Deutschland ...", "как заявила Захарова на брифинге, Россия ..."), or None
    when no such phrase comes first. ``any_words``: German, whose reported clause always follows a comma,
    "dass" or a colon, after any words ("sagte der Zeitung, ...")."""
    if k >= len(tokens) or not (any_words or _adverbial(tokens[k]) or tokens[k].value in _COMPLEMENTIZERS
                                or tokens[k].value == "," or tokens[k].value in _SLAVIC_ADDRESSEES):
        return None
    for m in range(k, min(len(tokens), k + (_APPOSITION_SPAN if any_words else _LOOK + 2))):
        token = tokens[m]
        if token.value in _COMPLEMENTIZERS or token.value == "," or token.value == ":":
            if token.value == "," and m + 1 < len(tokens) and tokens[m + 1].value in _COMPLEMENTIZERS:
                return tokens[m + 1].end  # ", dass", ", что"
            if token.value == "," and m + 2 < len(tokens) and tokens[m + 1].value.isdigit() \
                    and tokens[m + 2].value == ",":
                return tokens[m + 2].end  # Estadão's day of the month: "anunciou nesta quarta-feira, 21, ..."
            return token.end
        if token.kind not in ("W", "M") and not (any_words and token.kind == "Q") and not (
                token.value == "-" and tokens[m - 1].end == token.start):  # "am Rande des G20-Treffens"
            break  # (a quoted name in German: 'sagte der „Süddeutschen Zeitung“, ...')
    return None


_DATE_WORDS = _words("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec""")
_ADVERBIAL_OPENERS = _words("last this once again repeatedly publicly also earlier later during only simply merely")


def _past_dates_back(tokens: list[_Token], k: int) -> int:
    """``k`` moved back over the dates and adverbials before it, to where "Об этом" / "Про це" would end: "Об этом
    11 июля заявила", "Про це в понеділок заявив"."""
    while k > 2 and (tokens[k - 1].value.isdigit() or _adverbial(tokens[k - 1])
                     or tokens[k - 1].value in _SLAVIC_MONTHS or _nationality(tokens[k - 1].value)):
        k -= 1  # (and a role's nationality: "Об этом российский президент сказал")
    return k


def _opens_adverbial(token: _Token) -> bool:
    """Words after "said" that begin an adverbial, not the clause: "on Thursday", "in a statement", ","."""
    return token.value == "," or _adverbial(token) or token.value in _ADVERBIAL_OPENERS


def _past_date(tokens: list[_Token], k: int, default: int) -> int:
    """After "said on Thursday", "said Thursday", "said on Feb. 20": where the clause begins; ``default`` when the
    verb is not followed by a date."""
    if k < len(tokens) and tokens[k].value == "on":
        k += 1
    if k >= len(tokens) or tokens[k].value not in _DATE_WORDS:
        return default
    k += 1
    while k < len(tokens) and (tokens[k].value == "." or tokens[k].value.isdigit()):
        k += 1
    return tokens[k].start if k < len(tokens) and tokens[k].kind in ("W", "M") else default


def _after_opening_quote(tokens: list[_Token], speaker: _Speaker) -> bool:
    """'"Europe could die," Macron said in a speech at the Sorbonne, urging ...': the quote before the attribution
    is what was said; the words after the verb are where and how, not a clause of it (unless "that" opens one)."""
    return (speaker.how == "left" and tokens[0].kind == "Q" and tokens[0].end <= tokens[speaker.subject].start
            and not any(t.value in _COMPLEMENTIZERS or t.value == ":" for t in tokens[speaker.verb + 1:]))


def _clauses_quoting(text: str, tokens: list[_Token], speaker: _Speaker, sentence: tuple[int, int],
                     quotes: list[_Quote]) -> list[tuple[int, str, list[_Quote]]]:
    """The reported clauses of a sentence that quote the speaker's words inside them ('said the strikes hit "only
    military targets"', '..., adding that talks were "serious and ongoing"'), each with where it starts and the
    quotes it holds, and the first clause of such a sentence without a quote of its own ('noted that X, adding
    that Y "..."'); none when no clause holds a quote. A clause that opens with its quote ('said: "..."', 'said
    that "..."') or with where and when ('said in his nightly address "We ..."') is not one: the quote is the
    statement."""
    if speaker.how not in ("left", "according", "right"):
        return []
    if (trailing := _trailing_boundary(tokens, speaker)) is not None:
        # clause first: 'Die OSZE werde zu einem "Anhängsel von NATO und EU" gemacht, sagte Lawrow.'
        end = tokens[trailing].start
        held = [q for q in quotes if q.inner_end <= end]
        clause = _clean(text[sentence[0]:end])
        if (rest := _continuation_after_attribution(text, tokens, speaker, quotes_allowed=True)) is not None:
            # "Российские военные должны быть готовы, подчеркнул Путин, отразить «любые его агрессивные действия»."
            held += [q for q in quotes if q.start >= rest]
            clause = _with_continuation(text, tokens, speaker, clause, rest)
        if held and tokens[0].kind != "Q" and not _opens_adverbial(tokens[0]) \
                and not _introduced(text, sentence[0], held[0]) \
                and _word_count(clause) >= MIN_REPORTED_WORDS:
            return [(sentence[0], clause, held)]
    candidates = [_reported_text(text, tokens, speaker, sentence)]
    if (k := _participle_start(tokens, speaker.verb)) is not None:
        candidates.append(_reported_text(text, tokens, _Speaker(speaker.official_id, k, speaker.subject, "left"),
                                         (tokens[0].start, tokens[-1].end)))
    found: list[tuple[int, str, list[_Quote]]] = []
    at = sentence[0]
    for number, clause in enumerate(candidates):
        where = text.find(clause, at, sentence[1] + 1) if _word_count(clause) >= MIN_REPORTED_WORDS else -1
        if where < 0:
            continue
        at = where + len(clause)
        first = next((k for k, t in enumerate(tokens) if t.start >= where), None)
        if first is None or tokens[first].kind == "Q" and not _quote_opens_clause(text, tokens, first, at) \
                or _opens_adverbial(tokens[first]) and speaker.how != "according" \
                and not (first > 0 and tokens[first - 1].value in _COMPLEMENTIZERS):  # ("said that in ...")
            # (where and when before a quote: 'said in his address "We ..."'; but after "По его словам," what
            # follows is what was said, "от прекращения сделки пострадают «...»")
            continue
        held = [q for q in quotes if where <= q.start and q.inner_end <= at and not _introduced(text, where, q)]
        if held or number == 0 and tokens[0].kind != "Q":
            found.append((where, clause, held))
    return found if any(held for _, _, held in found) else []


def _quote_opens_clause(text: str, tokens: list[_Token], index: int, clause_end: int) -> bool:
    """A clause opening with its quote right after "that" goes on after it ('wrote that «nothing about Ukraine without
    Ukraine» remains the principle Kyiv will not give up'): the clause is the statement; 'said that "..."' alone, or
    'said "..." when he met Erdogan', is the quote."""
    quote = tokens[index]
    if index == 0 or tokens[index - 1].value not in _COMPLEMENTIZERS:
        return False
    after = text[quote.end:clause_end]
    first = _WORD.search(after)
    return (_word_count(after) >= 3 and after.lstrip()[:1] not in (",", ".", ";", ":", "\u2014", "-")
            and first is not None and _fold_word(first.group()) not in _TAIL_PREPOSITIONS  # ("« ... » sur cette
            # question": where the quote applies, not more of the clause)
            and text[quote.end - 2:quote.end - 1] not in (",", ".", "!", "?"))  # ('"...," speaking at ...': it ended)


def _introduced(text: str, start: int, quote: _Quote) -> bool:
    """A colon between ``start`` and the quote introduces it ('... had not changed: "We ..."'): the quote is the
    statement, not part of a clause."""
    return text[start:quote.start].rstrip().endswith(":")


def _participle_clause(text: str, tokens: list[_Token], speaker: _Speaker) -> str | None:
    """A second clause after the attribution, the same official speaking again: a participle ("..., Kuleba said,
    adding that Kyiv would continue ...", "..., urging the bloc to build up its own defences", "..., précisant que
    ...") or a coordinated speech verb ("..., and said the West's reaction showed ...", "... but argued that ...")."""
    k = _participle_start(tokens, speaker.verb)
    if k is None and speaker.how == "right" and speaker.subject + 1 < len(tokens):
        # '"...", acrescentou Peskov, que garantiu que ...', '« ... », a ajouté Peskov, qui a assuré que ...'
        k = _relative_speech_verb(tokens, tokens[speaker.subject + 1].start)
    if k is None or any(t.kind == "Q" and _word_count(text[t.start:t.end]) >= MIN_QUOTE_WORDS for t in tokens[k:]):
        return None  # none, or a quote after it: the statement is there (a scare quote is part of the clause)
    clause = _reported_text(text, tokens, _Speaker(speaker.official_id, k, speaker.subject, "left"),
                            (tokens[0].start, tokens[-1].end))
    return clause if _word_count(clause) >= MIN_REPORTED_WORDS else None


def _clause_before_quoted_participle(text: str, tokens: list[_Token], speaker: _Speaker, sentence: tuple[int, int],
                                     quotes: list[_Quote]) -> str | None:
    """'Yermak wrote that a "tank coalition" had been formed, adding: "Next up is ..."': the quotes are the second
    clause's, and the first clause, which holds none of them, is a statement of its own."""
    if speaker.how != "left" or tokens[0].kind == "Q" or _inverted_without_clause(tokens, speaker):
        return None
    k = _participle_start(tokens, speaker.verb)
    if k is None or any(q.start < tokens[_connector_start(tokens, k)].start for q in quotes):
        return None
    after = tokens[speaker.verb + 1]
    if not any(t.value in _COMPLEMENTIZERS for t in tokens[speaker.verb + 1:k]) and not (
            tokens[speaker.verb].value in ("said", "says", "told", "tells") and after.kind in ("W", "M")):
        return None  # 'He said Ukraine's army ..., adding:', not 'wrote on Telegram about the attack, adding:'
    clause = _reported_text(text, tokens, speaker, sentence)
    first = _WORD.match(clause)
    if first is not None and _fold_word(first.group()) in _PREPOSITIONS:
        return None  # ('said in his nightly address on Sunday, adding: "..."': where and when, not what)
    return clause if _word_count(clause) >= MIN_REPORTED_WORDS else None


def _participle_start(tokens: list[_Token], verb: int) -> int | None:
    """The participle or coordinated speech verb opening a second clause of the speaker of the speech verb at
    ``verb`` (", adding that", ", en estimant que", ", while insisting that", ", and said", " but argued that",
    '"..." and said', "хотя и допустил"), or the "that" of a second clause of the same verb ("said that X and that
    Y"); None when there is none, or a clause of someone else's comes first (", but Ukraine said")."""
    for k in range(verb + 2, len(tokens) - 1):
        token = tokens[k]
        if token.kind == "W" and token.value in _THOUGH and tokens[k + 1].value in ("и", "й") and k + 2 < len(tokens) \
                and _speech_verb(tokens, k + 2):
            return k + 2  # "хотя и допустил, что", "хоча й наголосив, що"
        second = _iberian_verb_after(tokens, k)  # (past an auxiliary: Spanish "y ha advertido de que")
        if token.kind == "W" and token.value in _COORDINATORS and (tokens[k - 1].value == ","
                                                                     or tokens[k - 1].kind == "Q"
                                                                     or token.value in _BUT
                                                                     or tokens[second].value in _PT_VERBS) \
                and tokens[second].value in _SPEECH_VERBS and _speech_verb(tokens, second) \
                and not _negated(tokens, second):
            return second  # the subject's own second verb: ", and said", "but argued that", '"..." and said'
        if token.kind == "W" and token.value in _COPULATIVE and tokens[k + 1].value in _COMPLEMENTIZERS \
                and not (tokens[k + 1].value == "that" and k + 2 < len(tokens)
                         and tokens[k + 2].value in _VERB_AFTER_THAT):
            return k + 1  # "said that ... and that ...": a second clause of the same verb ("a figure that cannot be
            # verified and that is far higher": a relative clause)
        if token.kind == "W" and token.value in _CONTRAST and tokens[k - 1].value == "," \
                and not (token.value in _BEFORE_PARTICIPLE and _speech_participle(tokens[k + 1])):
            return None  # (", while insisting that" is the subject's own participle)
        if token.value in _FR_INFINITIVES and _after_avant_de(tokens, k) and _speech_verb(tokens, k):
            return k  # ", avant d'assurer que ..."
        if token.value in _PT_VERBS and tokens[k - 1].value == "que" and tokens[k - 2].value == "ao" \
                and _speech_verb(tokens, k):
            return k  # "..., ao que acrescentou que ...": what the speaker added
        if token.value in _PT_VERBS and (relative := _place_relative_start(tokens, k)) is not None \
                and _speech_verb(tokens, k) and not any(
                    t.kind == "M" and m != verb + 1 or t.value in _COMPLEMENTIZERS  # (an inverted subject is theirs)
                    for m, t in enumerate(tokens[verb + 1:relative], start=verb + 1)):
            # "..., na qual/onde afirmou que", Spanish "en la que ha precisado que": where they said it (not in their
            # clause about someone else: "disse que Putin mentiu na entrevista, na qual afirmou que")
            return k
        after_comma = tokens[k - 1].value in (",", "\u2014") or tokens[k - 1].value in _BEFORE_PARTICIPLE and (
            tokens[k - 2].value == "," or tokens[k - 2].value == "tout" and tokens[k - 3].value == ",")  # tout en
        if after_comma and _speech_participle(token) and _speech_verb(tokens, k) \
                and not (token.value == "adding" and tokens[k + 1].value in ("to", "up")) \
                and not (token.value in _FR_OBJECT_GERUNDS and tokens[k + 1].value in _FOREIGN_ARTICLES
                         and not _que_follows(tokens, k)) \
                and not (token.value in _PT_OBJECT_GERUNDS and tokens[k + 1].value in _PT_ARTICLES):
            # (not "adding to the debate", "rappelant l'ambassadeur", "assurant la sécurité": acts)
            return k
    return None


# The verbs before "de"/"à" that make the official the one who speaks: "s'est contenté de rappeler", "a tenu à
# souligner" (not "il appartient à Macron d'assurer", "cherche à affirmer").
_INFINITIVE_GOVERNORS = _words(fold("""contenté contentée contentés tenu tenue tient tenait soin voulu voulue souhaité
souhaitée choisi choisie borné bornée limité limitée pour"""))


def _governed_infinitive(tokens: list[_Token], k: int) -> bool:
    """The infinitive at ``k`` follows "contenté de", "tenu à", "pris soin de", "a voulu", "pour"."""
    particle = _infinitive_particle(tokens, k, ("de", "a"))  # (folded "à")
    if particle is None:
        return k >= 1 and tokens[k - 1].value in _INFINITIVE_GOVERNORS  # "a voulu rappeler que", "pour affirmer que"
    return particle >= 1 and tokens[particle - 1].value in _INFINITIVE_GOVERNORS


def _after_avant_de(tokens: list[_Token], k: int) -> bool:
    """The infinitive at ``k`` follows ", avant de" / ", avant d'"."""
    particle = _infinitive_particle(tokens, k, ("de",))
    return particle is not None and particle >= 2 and tokens[particle - 1].value == "avant" \
        and tokens[particle - 2].value == ","


def _infinitive_particle(tokens: list[_Token], k: int, particles: tuple[str, ...]) -> int | None:
    """Where the particle before the French infinitive at ``k`` is ("d'", or one of ``particles``), or None."""
    if k >= 2 and tokens[k - 1].value == "'" and tokens[k - 2].value == "d":
        return k - 2
    return k - 1 if k >= 1 and tokens[k - 1].value in particles else None


def _speech_participle(token: _Token) -> bool:
    return (token.value.endswith("ing") and token.value in _EN_VERBS or token.value in _ROMANCE_GERUNDS
            or token.value in _SLAVIC_GERUNDS)


def _connector_start(tokens: list[_Token], k: int) -> int:
    """Where the words joining a second clause to the first begin, for the second clause's verb or participle at
    ``k``: the comma of ", adding", ", en estimant", ", while insisting", ", and said", the "but" of "but argued"."""
    if (particle := _infinitive_particle(tokens, k, ("de",))) is not None and _after_avant_de(tokens, k):
        k = particle - 2  # the comma of ", avant d'assurer"
    if k >= 2 and tokens[k - 1].value == "que" and tokens[k - 2].value == "ao":
        k -= 2  # ", ao que acrescentou"
    if (relative := _place_relative_start(tokens, k)) is not None:
        k = relative  # ", em que afirmou", Spanish ", en la que ha precisado"
    k = _verb_group(tokens, k) if tokens[k].value in _PT_VERBS else k
    while k > 0 and (tokens[k - 1].value in (",", "\u2014") or tokens[k - 1].value in _BEFORE_PARTICIPLE
                     or tokens[k - 1].value in _COORDINATORS or tokens[k - 1].value in _COPULATIVE
                     or tokens[k - 1].value in _THOUGH
                     or tokens[k - 1].value in ("tout", "й")):
        k -= 1
    return k


_EN_SUBJECT_PRONOUNS = _words("he she they we it i")
_PROGRESSIVE_AUXILIARIES = _words("is are was were be been am")
_VERB_AFTER_THAT = _RELATIVE_VERBS | _MODALS | {"cannot"}  # "and that is ...": a relative clause
_BUT = _words(fold("but но але mais aber однак однако проте mas porém"))
_THOUGH = _words(fold("хотя хоча"))
_FR_OBJECT_GERUNDS = _words(fold("rappelant assurant prévenant reconnaissant"))  # (also: recalling, ensuring, ...)
# Portuguese gerunds that also take an object: "lembrando o envio de tropas" (recalling it, not a clause)
_PT_OBJECT_GERUNDS = _words(fold("lembrando destacando salientando"))
_PT_ARTICLES = _words("o os a as um uma")
_PT_POSSESSIVES = _words("seu sua seus suas")
# "insisted on": Portuguese, Spanish read as it, and French ("insisté" folds to "insiste")
_INSIST = _words("insistiu insiste insistido")
_INSISTED_ON = _words("no na nos nas num numa sur")
# Adverbs that may open a sentence whose subject is left out: "Também reconheceu que ..."
_PT_OPENING_ADVERBS = _words(fold("também ainda depois entretanto"))
_PT_OPENERS_OF_VERBS = _BUT | _PT_OPENING_ADVERBS
# Words that introduce a person after "Para o"/"Para a": role nouns, and "assessor" (an English word too, so no role)
_PT_TITLES = frozenset(_ROLES) | {"assessor"}
# Words of a Portuguese time adverbial after a verb: "hoje", "esta manhã", "nesta quinta-feira (14)"
_PT_TIME_WORDS = _words(fold("""hoje ontem esta este nesta neste manhã tarde noite semana segunda terça quarta quinta
sexta sábado domingo feira""")) | {"-", "(", ")"}
# Portuguese verbs whose object, without "que" or a colon, names a subject or an act, not what was said
_PT_TOPIC_VERBS = (_PT_SAY_VERBS | _PT_PARTICIPLES | _words(fold("anunciou anuncia"))) \
    - _words(fold("disse diz dito")) - _ACT_PARTICIPLES
# Whom a Portuguese speech verb is addressed to after "a"/"à": "disse a jornalistas", "disse à imprensa"
_PT_ADDRESSEES = _words(fold("""jornalistas repórteres imprensa deputados televisão rádio agência emissora
correspondentes estudantes apoiantes apoiadores canal jornal diário revista semanário"""))
_BEFORE_PARTICIPLE = _words("en while before")  # ", en estimant que", ", while insisting that", ", before urging"


def _second_speaker(text: str, tokens: list[_Token], speaker: _Speaker,
                    context: _Context) -> tuple[str, str] | None:
    """The official and reported clause of a later clause with a speaker of its own ("Lavrov said ..., while Peskov
    said that ...", "..., tandis que Peskov a estimé que ..."), when that speaker is a tracked official."""
    other = _other_speaker_start(tokens, speaker)
    if other is None:
        return None
    k = other + 1 if tokens[other].value == "," else other
    k += 2 if k + 1 < len(tokens) and tokens[k + 1].value in ("que", "qu") else 1  # the conjunction: "tandis que"
    rest = tokens[k:]
    second = _find_speaker(rest, context)
    if second is None or second.official_id == _UNTRACKED or rest[second.subject].kind != "M" or second.how != "left" \
            or any(t.kind == "Q" and _word_count(text[t.start:t.end]) >= MIN_QUOTE_WORDS for t in rest):
        # (a quote of theirs: not handled here; scare quotes are part of the clause)
        return None
    clause = _reported_text(text, rest, second, (rest[0].start, tokens[-1].end))
    return (second.official_id, clause) if _word_count(clause) >= MIN_REPORTED_WORDS else None


_SLAVIC_PAST_ENDINGS = tuple("ал ял ил ел ыл ала яла ила ела ыла али яли или ели ыли".split())


def _slavic_past_tense(word: str) -> bool:
    """A word that reads as a Russian past-tense verb ("показал", "заявила"), not a title ("генерал"). (Ukrainian
    masculine "-в" is left out: too many nouns end so, "держав", "мотив".)"""
    return len(word) >= 5 and word.endswith(_SLAVIC_PAST_ENDINGS) and bool(_CYRILLIC_START.match(word)) \
        and word not in _TITLE_WORDS and word not in _ROLE_GENITIVES


def _past_apposition(tokens: list[_Token], comma: int) -> int:
    """The comma ending a short apposition with a title that starts after ``comma`` (", the ministry spokeswoman,",
    ", porte-parole du Kremlin,", ", официального представителя МИД,"), or ``comma`` itself when what follows is
    the clause ("according to Zakharova, the talks, she said, ...")."""
    first = tokens[comma + 1] if comma + 1 < len(tokens) else None
    if first is not None and (first.value in _RELATIVE_PRONOUNS
                              or first.value == "que" and _relative_at(tokens, comma + 1)):
        # "Pour Volodymyr Zelensky, qui s'exprimait en marge du sommet, il s'agit ...": past the relative clause
        for k in range(comma + 2, min(len(tokens), comma + _RELATIVE_SPAN)):
            if tokens[k].kind == "Q" or tokens[k].value in (".", ";", ":"):
                break
            if tokens[k].value == "," and not (k + 1 < len(tokens) and _adverbial(tokens[k + 1])):
                return k  # (", qui s'exprimait à Moscou, en marge du forum, la Russie ...": past "en marge")
        return comma
    if first is None or first.kind != "W" or first.cap:
        return comma
    titled = False
    for k in range(comma + 1, min(len(tokens), comma + 8)):
        token = tokens[k]
        if token.value == ",":
            return k if titled else comma
        if token.kind not in ("W", "P") or _speech_verb(tokens, k) or token.value in _COMPLEMENTIZERS \
                or token.value in _RELATIVE_VERBS or _slavic_past_tense(token.value):
            return comma  # (a verb: ", визит генсека показал, что ...")
        titled = titled or token.value in _ROLES or token.value in _ROLE_GENITIVES or token.value in _TITLES \
            or token.value in _OFFICES or token.value in ("parole", "voz")
    return comma


def _reported_text(text: str, tokens: list[_Token], speaker: _Speaker, sentence: tuple[int, int]) -> str:
    start, end = sentence
    if speaker.how == "according" and tokens[speaker.verb].value == _ACCORDING_AFTER:
        clause = text[tokens[speaker.verb].end:end]
    elif speaker.how == "according":
        after = speaker.subject + 1
        while after < len(tokens) and tokens[after].value not in (",", ".", ";"):
            after += 1  # "according to X, the spokeswoman, ..." stops at the first comma after the name
        following = tokens[speaker.subject + 1] if speaker.subject + 1 < len(tokens) else None
        if (speaker.verb == 0 and following is not None and following.kind == "W" and not _adverbial(following)
                and not _nationality(following.value)):  # ("Selon le président russe, ...")
            clause = text[tokens[speaker.subject].end:end]  # "Laut Lawrow versucht der Westen, ..."
        elif (after < len(tokens) and tokens[after].value == "," and after + 1 < len(tokens)
              and _relative_pronoun(tokens[after + 1].value) and speaker.verb >= 2
              and tokens[speaker.verb - 1].value == ","):
            clause = text[start:tokens[speaker.verb - 1].start]  # "The strike killed 12 people, according to
            # Zelensky, who posted a video": what comes before the source
        elif after < len(tokens) and tokens[after].value == "," and after + 1 < len(tokens):
            after = _past_apposition(tokens, after)  # "according to Zakharova, the ministry spokeswoman, ..."
            opener = tokens[after + 1] if after + 1 < len(tokens) else tokens[after]
            clause = text[opener.end if opener.value in _COMPLEMENTIZERS else tokens[after].end:end]
            if _goes_round_its_source(tokens, speaker.verb, after):
                # "Короткий разговор, по его словам, касался ДСНВ", "Le Conseil doit, selon lui, créer ...": the
                # clause goes round its source
                clause = f"{text[start:tokens[speaker.verb - 1].start]} {clause}"
        else:
            clause = text[start:tokens[speaker.verb].start]  # "..., according to Zakharova."
    elif speaker.how == "right":
        german = tokens[speaker.verb].value in _DE_VERBS
        after = speaker.subject + 1
        if tokens[speaker.verb].value in _PT_VERBS and after < len(tokens) and (
                tokens[after].value in _PREPOSITIONS or tokens[after].value in _OF
                or tokens[after].value in ("a", "as")) \
                and not any(t.value == "que" for t in tokens[after:]):
            return ""  # '"...", disse Lavrov a jornalistas em Nova Délhi, "...": whom and where, not what
        if german and speaker.verb == 1 and tokens[0].value in ("das", "dies"):
            return ""  # "Das sagte Scholz in Berlin.", Norwegian "Det sa han til journalister": about what came before
        after = speaker.subject + 1
        if after < len(tokens) and tokens[after].kind == "W" and not tokens[after].cap \
                and _nationality(tokens[after].value):
            after += 1  # the subject's nationality: "a déclaré le président français en conférence de presse, ..."
        clause_start = _past_adverbials(tokens, after, any_words=german)
        if clause_start is None:
            if german:
                return ""  # "Am Montag sagte Scholz seine Reise ab": not speech without a clause
            clause_start = tokens[speaker.subject].end
        relative = _relative_speech_verb(tokens, tokens[after].start) if after < len(tokens) else None
        if (relative := relative or _relative_speech_verb(tokens, clause_start)) is not None:
            # '"...", a averti la porte-parole, qui a accusé Londres de ...': the relative clause is the speaker's
            # (looked for right after the subject too: _past_adverbials reads ", que garantiu" as "that")
            return _reported_text(text, tokens, _Speaker(speaker.official_id, relative, speaker.subject, "left"),
                                  sentence)
        participle = _participle_start(tokens, speaker.verb)
        if participle is not None and tokens[participle].start > clause_start:
            # '"...", avait déclaré le président français, assurant que ...': the participle's clause is its own
            end = tokens[_connector_start(tokens, participle)].start
        clause = text[clause_start:end]
    else:
        verb = tokens[speaker.verb]
        clause_start = verb.end if verb.value in _SAY_VERBS or verb.value in _COMPLEMENTIZERS else verb.start
        marked = False  # by "that" or a colon
        # English "said X showed that ...": that "that" is another verb's, unless adverbials come first ("said on
        # Thursday that", "said, however, that"); "told reporters that" has its addressee.
        own_that = (verb.value not in _EN_VERBS or verb.value in _TELL_VERBS
                    or _verb_group(tokens, speaker.verb) < speaker.verb  # French: "a déclaré à l'agence AP que"
                    or speaker.verb + 1 < len(tokens) and _opens_adverbial(tokens[speaker.verb + 1]))
        # (French and German put longer adverbials before "que"/"dass": "a jugé quelques jours plus tôt, dans un
        # entretien à The Economist, que ...")
        # (Brazilian papers put longer ones still: "disse nesta segunda-feira (4), após reunião com ..., que")
        reach = (14 if own_that else 10) if verb.value in _EN_VERBS else 28 if verb.value in _PT_SAY_VERBS else 18
        if verb.value in _PT_VERBS and speaker.verb + 2 < len(tokens) and tokens[speaker.verb + 1].value == "para" \
                and tokens[speaker.verb + 2].value not in _COMPLEMENTIZERS:
            reach, marked = 0, True  # "alertou para as consequências que ...": what was warned of ("que" relative)
        # Norwegian may leave out "at": "Stoltenberg mener den økonomiske uroen ikke må ..." (the verb read as German)
        following = tokens[speaker.verb + 1] if speaker.verb + 1 < len(tokens) else None
        bare = (verb.value in _DE_VERBS and fold(text[verb.start:verb.end]) in _NORWEGIAN_BARE_CLAUSE
                and following is not None and following.kind == "W" and not _adverbial(following)
                and following.value not in ("ein", "eine")  # (Norwegian "en", "et": an object, "sa en ting")
                and fold(text[following.start:following.end]) not in _NORWEGIAN_PARTICLES)
        k = speaker.verb
        while (k := k + 1) < min(len(tokens), speaker.verb + reach):
            token = tokens[k]
            if token.kind == "Q" and not _outlet_quote(tokens, k) or _speech_verb(tokens, k) \
                    and token.value not in _FR_INFINITIVES:
                break
            if verb.value in _TELL_VERBS and token.value == "," and k + 1 < len(tokens) \
                    and tokens[k + 1].value in ("which", "who") \
                    and (closing := next((m for m in range(k + 2, len(tokens)) if tokens[m].value == ","), None)):
                reach += closing - k  # "told the forum, which is organised by the IISS, that ...": past the relative
                k = closing - 1
                continue
            if verb.value in _TELL_VERBS and token.value in _EN_SUBJECT_PRONOUNS \
                    and _after_addressee(tokens, speaker.verb + 1) == k:
                own_that = False  # "told reporters he was hopeful that ...": that "that" is the clause's
            if token.value in _COPULATIVE and k + 1 < len(tokens) and tokens[k + 1].value in _COMPLEMENTIZERS:
                break  # "said the Kremlin had no information and that ...": the second clause's "that"
            if token.value in _WHY and (k == speaker.verb + 1 or k == speaker.verb + 2 and tokens[k - 1].value == ","):
                return ""  # "пояснив, чому ...", "explained why ...": the question, not the answer
            if token.value == "que" and tokens[k - 1].value in ("o", "em") and k - 2 != speaker.verb:
                continue  # "ignorar o que chamou de crimes", "um discurso em que ...": what, in which (not
                # "insistiu em que", Spanish "insistió en que")
            if token.value == "que" and tokens[k - 1].value == "," and verb.value in _PT_VERBS \
                    and _pt_object(tokens, speaker.verb + 1):
                break  # "destacou a importância do comércio, que atingiu ...": a relative clause about the object
            if token.value in _COMPLEMENTIZERS and verb.value in _SLAVIC_ACCUSE and k >= 2 \
                    and tokens[k - 1].value == "," and tokens[k - 2].value in ("том", "тому"):
                break  # "обвинил Запад в том, что ...": whom and of what, from the verb (as "обвинил Запад в ...")
            if token.value in _COMPLEMENTIZERS or token.value == ":":
                if k == speaker.verb + 1 or own_that or token.value == ":":
                    clause_start, marked = token.end, True
                    if k + 1 < len(tokens) and tokens[k + 1].value in ("'", "\u2019"):
                        clause_start = tokens[k + 1].end  # "qu'il"
                break
            if token.value == "zuruck" and verb.value == "wies" and not (k + 1 < len(tokens)
                                                                          and tokens[k + 1].value == ":"):
                return ""  # "wies Vorwürfe zurück, Moskau trage ...": the accusation rejected, not a statement
            if token.value == "," and verb.value in _DE_VERBS and k + 1 < len(tokens) and not bare \
                    and tokens[k + 1].value not in _COMPLEMENTIZERS and not _german_relative(tokens, k + 1):
                # German reported speech follows the first comma: "schrieb auf X, die Umbesetzung zeige, dass ..."
                clause_start, marked = token.end, True
                break
            if token.value == ";" or token.value == "." and not tokens[k - 1].value in _ABBREVIATIONS:
                break
        if not marked and verb.value in _SAY_VERBS and verb.value in _EN_VERBS:
            clause_start = _past_date(tokens, speaker.verb + 1, clause_start)  # "said on Thursday the attack ..."
        responded = speaker.verb + 1  # (past "assim": "respondeu assim a ...")
        if responded + 1 < len(tokens) and tokens[responded].value in _THUS:
            responded += 1
        if not marked and (verb.value in _RESPONSE_VERBS and responded < len(tokens)
                           and (tokens[responded].value in ("on", "to", "about", "sur", "a", "aux", "au", "ao", "aos",
                                                            "на", "о", "об", "про")
                                or tokens[responded].kind == "M")  # "ответила Зеленскому в своей манере"
                           or verb.value.startswith(_COMMENTED_STEMS + _TOPIC_ONLY_STEMS)):
            # "commented on the attack", "прокомментировала заявление", "объяснил решение в статье", "відповів того ж
            # дня": what about, not what
            return ""
        addressee_end = _after_addressee(tokens, speaker.verb + 1) if verb.value in _TELL_VERBS else None
        if not marked and addressee_end is not None:
            if addressee_end >= len(tokens) or tokens[addressee_end].kind == "P" \
                    or tokens[addressee_end].value in _PREPOSITIONS:
                return ""  # "told reporters in Moscow on Thursday.": whom, where and when, not what
            clause_start = tokens[addressee_end].start  # "told Reuters the talks were over"
        if not marked and verb.value not in _EN_VERBS:
            german = verb.value in _DE_VERBS
            after_adverbials = _past_adverbials(tokens, speaker.verb + 1, any_words=german)  # "sagte am Montag, ..."
            if bare:
                after_adverbials = verb.end
            if after_adverbials is None and german:
                return ""  # "Scholz sagte seine Reise nach Kiew ab" (cancelled): no clause, no statement
            first = next((k for k, t in enumerate(tokens) if t.start >= after_adverbials), len(tokens) - 1) \
                if after_adverbials is not None else None
            if german and first is not None and _german_relative(tokens, first):
                return ""  # "bestätigte den Tod von Prigoschin, der bei ...": about whom, not what was said
            if verb.value in _PT_TOPIC_VERBS and _pt_object(tokens, speaker.verb + 1 if first is None else first):
                return ""  # "destacou a importância do Brics", "reconheceu a operação": what about, not what
            if verb.value in _INSIST and following is not None and (
                    following.value in _INSISTED_ON or following.value == "em" and speaker.verb + 2 < len(tokens)
                    and tokens[speaker.verb + 2].value != "que") \
                    and not any(t.value == "que" for t in tokens[speaker.verb + 2:speaker.verb + 5]):
                return ""  # "insistiu na necessidade de ...", Spanish "insistió en la ...", French "a insisté sur le
                # sort des enfants": what on, not what (not "sur le fait que ...")
            clause_start = clause_start if after_adverbials is None else after_adverbials
        other = _other_speaker_start(tokens, speaker)
        participle = _participle_start(tokens, speaker.verb)
        cut = min(k for k in (other, participle, len(tokens)) if k is not None)
        if participle is not None and cut == participle:
            cut = _connector_start(tokens, cut)  # ", adding that", ", en estimant", " but argued"
        clause = text[clause_start:end if cut >= len(tokens) else tokens[cut].start]
    clause = _SOURCE_TAIL.sub("", _clean(clause)) if len(clause) < 4000 else _clean(clause)
    return _clean(clause)


def _noun_phrase_after(tokens: list[_Token], verb: int) -> bool:
    """A Portuguese noun phrase follows the verb at ``verb``, its subject when inverted ('«...», disse o Kremlin'),
    not an addressee ("disse a jornalistas", Spanish "dijo a la prensa")."""
    if verb + 2 >= len(tokens) or tokens[verb + 1].value not in _PT_ARTICLES:
        return False
    article, noun = tokens[verb + 1], tokens[verb + 2]
    return noun.kind == "W" and (noun.cap or noun.value in _INSTITUTIONS) and not _to_whom(article, noun)


def _to_whom(preposition: _Token, following: _Token) -> bool:
    """Portuguese "a"/"as" before a name or a word for an audience is "to": "disse à Reuters", "disse a jornalistas"
    (not the article of "disse a porta-voz")."""
    return preposition.value in ("a", "as") and (following.cap or following.value in _PT_ADDRESSEES)


# Institutions that speak in Portuguese and Spanish (read as it) news, as subjects: "disse o Kremlin", "ha señalado la
# cancillería ucraniana"
_INSTITUTIONS = _words(fold("""kremlin chancelaria cancilleria ministério ministerio governo gobierno executivo
presidência presidencia embaixada embajada diplomacia exército ejercito casa onu otan nato"""))


def _pt_object(tokens: list[_Token], k: int) -> bool:
    """A Portuguese noun phrase opens at ``k`` (the verb's object: "destacou a importância", "anunciou esta manhã a
    mobilização"), not an addressee ("disse a jornalistas") or an adverbial."""
    while k < len(tokens) and (tokens[k].value in _PT_TIME_WORDS or tokens[k].value.isdigit()):
        k += 1
    if k < len(tokens) and tokens[k].value in _IN:  # where: "defendeu em conferência de imprensa o texto"
        k = next((m for m in range(k + 2, min(len(tokens), k + 6)) if tokens[m].value in _PT_ARTICLES
                  and tokens[m - 1].kind == "W" and tokens[m - 1].value not in _PREPOSITIONS), len(tokens))
    if k + 1 < len(tokens) and tokens[k].value == "mais":
        k += 1  # "acrescentou mais um nome à lista"
    if k + 1 < len(tokens) and tokens[k].value in _PT_POSSESSIVES:
        return True  # "reiterou seu apelo", Spanish "ha reiterado su llamamiento a"
    if k + 1 >= len(tokens) or tokens[k].value not in _PT_ARTICLES:
        return False
    following = tokens[k + 1]
    return tokens[k].value not in ("a", "as") or following.kind == "W" and not _to_whom(tokens[k], following)


def _goes_round_its_source(tokens: list[_Token], according: int, comma: int) -> bool:
    """The clause that a source in mid-sentence interrupts ("Короткий разговор, по его словам, касался ДСНВ", "Le
    Conseil doit, selon lui, créer ...", "The talks failed, according to Zakharova, because ..."): the words before
    are the clause's beginning, not a clause of the writer's ("Putin met Erdogan, but, according to Peskov, no
    agreement ...", "... в узком составе, по словам Пескова, они длились ...", "12 people, according to Zelensky,
    who posted ...")."""
    before = tokens[:according - 1]
    if (according < 2 or tokens[according - 1].value != "," or sum(t.kind in ("W", "M") for t in before) < 3
            or _opens_adverbial(tokens[0]) or any(t.kind == "Q" for t in before)
            or any(t.value == "," and k + 1 < len(before) and (before[k + 1].value in _COORDINATORS
                                                             or before[k + 1].value in _BUT)
                   for k, t in enumerate(before))
            or before[-1].value in _COORDINATORS or before[-1].value in _CONTRAST or before[-1].value in _BUT
            or any(_speech_verb(tokens, k) for k in range(len(before)))):
        return False
    following = tokens[comma + 1] if comma + 1 < len(tokens) else None
    return following is not None and following.kind == "W" and not (
        following.value in _PRONOUNS or following.value in _NOT_CONTINUING or _relative_pronoun(following.value)
        or following.value in _UK_RELATIVES or following.value in _PLURAL_PRONOUNS)


_PLURAL_PRONOUNS = _words(fold("они вони ils elles sie"))


def _relative_speech_verb(tokens: list[_Token], start: int) -> int | None:
    """The speech verb of a relative clause opening at ``start`` right after an inverted subject (", qui a accusé
    Londres de ...", ", who said that ..."), or None."""
    k = next((m for m, t in enumerate(tokens) if t.start >= start), len(tokens))
    if k < len(tokens) and tokens[k].value == ",":
        k += 1
    if k + 1 >= len(tokens) or tokens[k].value not in ("qui", "who", "que"):
        return None
    verb = k + 2 if tokens[k + 1].value in _FR_AUXILIARIES or tokens[k + 1].value in ("has", "had") else k + 1
    return verb if verb < len(tokens) and _speech_verb(tokens, verb) and not _negated(tokens, verb) else None


# ", — подчеркнул Лавров, — ", ", a ajouté Dmytro Kuleba, ", ", a-t-il ajouté. — ", Spanish " —afirmó Lavrov— ": an
# attribution inside a quote (its end may open the next one).
_INCISE = re.compile(r"(?:,\s*[-\u2014\u2013]?|\s[-\u2014\u2013])\s+(\w[^,.;:!?\"\u00ab\u00bb\n]{1,80}?)\s*"
                     r"(?=(,\s*[-\u2014\u2013]?|\.\s*[-\u2014\u2013]|[-\u2014\u2013])\s)")
_INCISE_CANDIDATES = 20  # per quote: bounds the work on a hostile quote full of commas


def _incise(text: str, quote: _Quote, mentions: list[Mention], mention_starts: list[int],
            context: _Context) -> tuple[str, int, int, str] | None:
    """An attribution set inside the quote marks, opening with its verb: «Россия, — подчеркнул Лавров, — не
    намерена ...», « L'Europe doit comprendre, a ajouté Dmytro Kuleba, que ... ». The official, the span to cut
    out, and what joins the two halves; None when there is none."""
    candidates = 0
    for match in _INCISE.finditer(text, quote.inner_start, quote.inner_end):
        segment_start, segment_end = match.span(1)
        first = context.fold_word(_WORD.match(text, segment_start).group())
        if first not in _SPEECH_VERBS and first not in _FR_AUXILIARIES and first != _SO:
            continue
        candidates += 1
        if candidates > _INCISE_CANDIDATES:
            break
        tokens = _tokens(text, segment_start, segment_end, [], mentions, bisect_left(mention_starts, segment_start),
                         context.fold_word)
        if not tokens or not (_speech_verb(tokens, 0) or tokens[0].value in _FR_AUXILIARIES
                              or tokens[0].value == _SO or tokens[0].value in _SLAVIC_INVERTED_ONLY):
            # (an incise is where a verb of speech only after the quote is one: «..., — отрезал Лавров, — ...»)
            continue
        speaker = _find_speaker(tokens, context)
        if speaker is None and tokens[0].value in _SLAVIC_INVERTED_ONLY \
                and (right := _right_subject(tokens, 0, context)) is not None:
            speaker = _Speaker(right[0], 0, right[1], "right")
        if speaker is None or speaker.official_id == _UNTRACKED:
            continue
        joiner = ". " if match.group(2).startswith(".") else " "  # the incise's commas are its own
        return speaker.official_id, match.start(), match.end(2) + 1, joiner
    return None


# German Konjunktiv I, the mood of reported speech ("sei", "habe", "werde", "könne"), folded; "ich habe", "ich
# werde" are the indicative
_KONJUNKTIV = _words(fold("""sei seien habe werde könne müsse solle wolle dürfe möge gebe stehe liege gehe komme bleibe
brauche wisse sehe führe lasse trage zeige halte"""))


# Words that give a German sentence a source of its own (besides speech verbs such as "teilte ... mit"): "hieß
# es", "Wie Interfax meldete", "Laut dem Generalstab", "erwiderte".
_DE_SOURCES = _words(fold("""hieß heißt meldete meldet berichtete berichtet zufolge laut angaben erwiderte
entgegnete reagierte bestätigte bestätigt zeigt zeigte schätzen schätzt schätzte"""))
_DE_SO_SOURCE = re.compile(r",\s+so\s+[A-ZÄÖÜ]")  # "..., so Regierungssprecher Hebestreit."


def _konjunktiv(text: str, start: int, end: int) -> bool:
    """A German sentence that goes on with reported speech: a Konjunktiv I verb in its main clause (before its first
    comma: not "Beobachter gehen davon aus, dass es dauern werde"), not in the first person, and no source of its
    own (a speech verb, "teilte ... mit", "hieß es", "laut")."""
    comma = text.find(",", start, end)
    if _KONJUNKTIV.isdisjoint(_fold_word(word) for word in _WORD.findall(text, start, end if comma < 0 else comma)):
        return False
    ordered = [_fold_word(word) for word in _WORD.findall(text, start, end)]
    words = set(ordered)
    perfect = next((k for k, word in enumerate(ordered) if word in ("habe", "haben", "hatte", "hatten")), len(ordered))
    # (a participle after "habe" is the reported content: "Putin habe dem Gast die Ziele erläutert")
    return ("ich" not in words and "wir" not in words and set(ordered[:perfect]).isdisjoint(_SPEECH_VERBS)
            and words.isdisjoint(_DE_SOURCES) and _DE_SO_SOURCE.search(text, start, end) is None)


def _substantive(text: str, quote: _Quote) -> bool:
    """A quote long enough to be a statement (not a scare quote); a cheap length test first."""
    return (quote.inner_end - quote.inner_start >= 2 * MIN_QUOTE_WORDS - 1
            and _word_count(text[quote.inner_start:quote.inner_end]) >= MIN_QUOTE_WORDS)


def _quote_text(text: str, quote: _Quote) -> str:
    return _clean(text[quote.inner_start:quote.inner_end])


def _quote_texts(text: str, quotes: list[_Quote]) -> list[str]:
    """The statements of a sentence's quotes: a quote interrupted by its attribution in mid-sentence ('"The key
    question," Blinken said, "is whether ..."': the first half ends with a comma, inside its marks or after them
    as in German, the second opens in lowercase) is one; quotes shorter than ``MIN_QUOTE_WORDS`` are left out."""
    texts: list[str] = []
    joins = False  # the previous quote ended with a comma, inside its marks or after them (German)
    previous_end = 0
    for quote in quotes:
        inner = text[quote.inner_start:quote.inner_end].strip()
        if joins and texts and inner[:1].islower() and text[previous_end:quote.start].rstrip().endswith(","):
            texts[-1] = f"{texts[-1].rstrip(' ,')} {inner}"  # only the attribution between: ", sagte er, „und"
        else:
            texts.append(inner)
        joins = inner.endswith(",") or text.startswith(",", quote.end)
        previous_end = quote.end
    return [_clean(words) for words in texts if _word_count(words) >= MIN_QUOTE_WORDS]


# --- main ------------------------------------------------------------------------------------------------------


def extract_statements(text: str, watchlist: Watchlist, lang: str | None = None) -> list[Statement]:
    """Statements by the watchlist's officials in ``text``, in text order, one per distinct quote/clause.

    The English, Russian, Ukrainian, French, German and Portuguese rules are applied together, whatever ``lang``
    says, so mixed-language text and a wrong language guess still work; ``lang`` "no" (or "nb", "nn") also reads
    the text as Norwegian, and "es" as Spanish, whose words ("sa", "at", "men"; "la", "no", "es") mean other things
    in other languages.
    """
    if not text or not text.strip():
        return []
    mentions = watchlist.find_mentions(text)
    if not mentions:
        # Every attribution resolves to an official named in the text (directly, or through a pronoun or role
        # noun that refers back to a name): with no name, there is no statement to find.
        return []
    qtext = text.translate(_QUOTE_TRANSLATION)  # same length: offsets stay valid
    fold_word = _fold_word
    if lang in _NORWEGIAN:
        fold_word = _fold_norwegian  # read as the German it is built like: "sier Stoltenberg" -> "sagt Stoltenberg"
        qtext = _dialogue_quotes(qtext, fold_word, attributed_only=False)
    elif lang in _SLAVIC:
        qtext = _dialogue_quotes(qtext, fold_word, attributed_only=True)  # "- Это ..., - ответил Песков."
    elif lang in _SPANISH:
        fold_word = _fold_spanish  # read as the Portuguese it is built like: "añadió" -> "acrescentou"
        qtext = _CONTINUED_QUOTE.sub("\u00ab", qtext)  # (same length: offsets stay valid)
    closing = qtext.find("\u00bb")
    if closing >= 0 and closing + 1 < len(qtext) and qtext[closing + 1].isalnum() \
            and not 0 <= qtext.find("\u00ab") < closing:
        qtext = qtext.translate(_REVERSED_GUILLEMETS)  # German »...«: the same quotes the other way round
    context = _Context(watchlist, norwegian=lang in _NORWEGIAN, fold_word=fold_word)
    found: list[Statement] = []
    mention_index = 0
    continuing: str | None = None  # official whose attributed quote the next bare quote continues
    reporting: str | None = None  # official whose statement the last sentence was (German reported speech goes on)
    previous: tuple[tuple[int, int], list[_Quote], bool] | None = None  # last sentence, its quotes, attributed?

    quote_only = True  # the paragraph before the first one: nothing to count
    # An unclosed quote paragraph with no attribution: the quote goes on in the next paragraph, whose speaker
    # it is when that paragraph opens with an attributed quote ('"... .' / '"...," she said.').
    opening_quote: tuple[_Quote, int, int] | None = None
    mention_starts = [m.start for m in mentions]
    for p_start, p_end in _paragraphs(qtext):
        context.next_paragraph(quote_only)
        carried_quote, opening_quote = opening_quote, None
        reporting = None
        quotes = _quotes(qtext, p_start, p_end)
        quote_only = (len(quotes) == 1 and not qtext[p_start:quotes[0].start].strip()
                      and len(qtext[quotes[0].end:p_end].strip(" .,;:!?")) == 0)
        named = bisect_left(mention_starts, p_start)
        if quote_only and quotes[0].inner_end == p_end and _substantive(qtext, quotes[0]) \
                and not (named < len(mentions) and mention_starts[named] < p_end):  # unclosed, names nobody
            opening_quote = (quotes[0], p_start, p_end)
        quote_index = 0
        p_first: int | None = None  # start of the paragraph's first sentence
        for sentence in _sentences(qtext, p_start, p_end, quotes):
            s_start, s_end = sentence
            if (dateline := _DATELINE.match(qtext, s_start, s_end)) is not None:
                s_start = dateline.end()  # "MOSCOW, Aug 22 (Reuters) - ": place and agency, not the statement
                sentence = (s_start, s_end)
            p_first = s_start if p_first is None else p_first
            while mention_index < len(mentions) and mentions[mention_index].end <= s_start:
                mention_index += 1
            while quote_index < len(quotes) and quotes[quote_index].start < s_start:
                quote_index += 1
            first_quote = quote_index
            while quote_index < len(quotes) and quotes[quote_index].start < s_end:
                quote_index += 1
            sentence_quotes = quotes[first_quote:quote_index]  # pointers, not a scan: linear overall
            frame_chars = (s_end - s_start) - sum(min(q.end, s_end) - q.start for q in sentence_quotes)
            if frame_chars > MAX_FRAME_CHARS:
                # Not prose (a megabyte without a sentence break, markup debris): no attribution in it, and no
                # continuation across it. Skipping it bounds the per-sentence work on hostile input.
                continuing, previous = None, None
                continue
            reported_on, reporting = reporting, None
            # "..., sagte Lawrow. Sie stehe inzwischen am Rande des Abgrunds.": German reported speech (Konjunktiv I)
            # goes on in the next sentences of the paragraph without another attribution
            konjunktiv = (reported_on is not None and _konjunktiv(qtext, s_start, s_end)
                          and not any(_substantive(qtext, quote) for quote in sentence_quotes))
            if (continuing is None and not konjunktiv
                    and (mention_index == len(mentions) or mentions[mention_index].start >= s_end)
                    and _TOKENISE_WORDS.isdisjoint(map(fold_word, _WORD.findall(qtext, s_start, s_end)))):
                # Most sentences name no official and have no speech verb, title or role noun: they can neither
                # carry a statement nor change who "she" refers to, so they are not tokenised (the costly part of
                # this module).
                previous = (sentence, sentence_quotes, False)
                if _introduces_someone(qtext, s_start, s_end):
                    context.push(None)  # "Alexander Bogomaz, the governor, posted ...": a later "he" is not ours
                    context.named(None)
                continue
            tokens = _tokens(qtext, s_start, s_end, sentence_quotes, mentions, mention_index, fold_word)
            substantive = [q for q in sentence_quotes
                           if _substantive(qtext, q)]
            speaker = _find_speaker(tokens, context)
            if speaker is None and substantive:
                speaker = _colon_speaker(tokens, context)
            next_continuing: str | None = None
            incises = ([_incise(qtext, quote, mentions, mention_starts, context) for quote in substantive]
                       if speaker is None else [])

            if speaker is None and konjunktiv and reported_on is not None:
                colon = qtext.find(": ", s_start, s_end)  # "Am Tag danach lieferte Peskow die Lesart nach: Putin habe"
                before_colon = _WORD.findall(qtext, s_start, colon) if colon >= 0 else []
                if not _KONJUNKTIV.isdisjoint(_fold_word(word) for word in before_colon):
                    colon = -1  # ("Russland habe zwei Ziele: die Energieversorgung und die Menschen": all of it)
                clause = _clean(text[s_start if colon < 0 else colon + 1:s_end])
                if _word_count(clause) >= MIN_REPORTED_WORDS:
                    found.append(Statement(reported_on, clause, "reported", s_start, s_end))
                    reporting = reported_on
            if speaker is not None and speaker.official_id != _UNTRACKED:
                official_id = speaker.official_id
                subject = tokens[speaker.subject]
                found_before = len(found)
                first_words = [k for k, t in enumerate(tokens) if t.kind in ("W", "M")][:3]
                if substantive:
                    if carried_quote is not None and s_start == p_first and tokens[0].kind == "Q":
                        quote, c_start, c_end = carried_quote
                        found.append(Statement(official_id, _quote_text(text, quote), "quote", c_start, c_end))
                    # 'said the strikes hit "only military targets"': the clause is the statement, its quote only
                    # part of it
                    clauses = _clauses_quoting(text, tokens, speaker, sentence, substantive)
                    if not clauses and (subject.kind == "M" or speaker.subject in first_words) and (
                            lead := _clause_before_quoted_participle(text, tokens, speaker, sentence, substantive)):
                        found.append(Statement(official_id, lead, "reported", s_start, s_end))
                    held = {q for _, _, clause_quotes in clauses for q in clause_quotes}
                    first_clause = clauses[0][0] if clauses else s_end
                    for words in _quote_texts(text, [q for q in sentence_quotes
                                                     if q not in held and q.start < first_clause]):
                        found.append(Statement(official_id, words, "quote", s_start, s_end))
                    for _, clause, _ in clauses:
                        found.append(Statement(official_id, clause, "reported", s_start, s_end))
                    for words in _quote_texts(text, [q for q in sentence_quotes
                                                     if q not in held and q.start >= first_clause]):
                        found.append(Statement(official_id, words, "quote", s_start, s_end))
                    next_continuing = official_id
                elif (trailing := _trailing_boundary(tokens, speaker)) is not None:
                    # Clause-first: "Russia will not negotiate, Zakharova told reporters on Thursday."
                    colon = next((k for k in range(trailing) if tokens[k].value == ":"), None)
                    if colon is not None and _copula_colon_subject(tokens, trailing) != official_id:
                        colon = None  # ("Russia's position has not changed: Crimea is ..., Peskov said": all of it)
                    clause = _clean(text[s_start if colon is None else tokens[colon].end:tokens[trailing].start])
                    # ("Zelensky was furious: Scholz's decision, he said, ...": what follows the colon)
                    if (rest := _continuation_after_attribution(text, tokens, speaker)) is not None:
                        # "Le statut des régions, a-t-il prévenu, ne fera ...": one clause
                        clause = _with_continuation(text, tokens, speaker, clause, rest)
                    if _word_count(clause) >= MIN_REPORTED_WORDS:
                        found.append(Statement(official_id, clause, "reported", s_start, s_end))
                elif _inverted_without_clause(tokens, speaker) or _after_opening_quote(tokens, speaker):
                    pass  # '"No," said Maria Zakharova, the spokeswoman.': what follows is an apposition
                elif (subject.kind == "M" or speaker.subject in first_words or speaker.how != "left"
                      or _opening_role_phrase(tokens, speaker.subject) or _coordinated_pronoun(tokens, speaker)
                      or _after_opening_phrase(tokens, speaker.subject)):
                    # Reported speech; a pronoun or role noun must open the sentence ("She emphasized that") or a
                    # clause coordinated with the official's own ("Zakharova was asked ..., and she replied").
                    clause = _reported_text(text, tokens, speaker, sentence)
                    # "Об этом заявила Захарова", "Об этом она заявила"
                    opening = _past_dates_back(tokens, min(speaker.verb, speaker.subject))
                    back_reference = (opening >= 2 and (tokens[opening - 2].value, tokens[opening - 1].value)
                                      in _BACK_REFERENCE) or _thus_commented(
                        tokens, speaker, qtext, previous[1] if previous is not None else []) or (
                        len(tokens) > 2 and (tokens[0].value, tokens[1].value) in _ABOUT_IT
                        and not any(t.value in _COMPLEMENTIZERS or t.kind == "Q" for t in tokens[2:]))
                    # (also with where and when before the verb, "Об этом в Пхеньяне после переговоров с ... заявил",
                    # and with the subject first: "Об этом начальник Генштаба ... доложил Путину")
                    if back_reference:
                        # "Об этом заявила Захарова (на брифинге)." attributes the previous sentence, unless it was
                        # attributed already; what follows the name is where and when, not what.
                        if previous and not previous[2]:
                            (b_start, b_end), b_quotes, _ = previous
                            b_substantive = [q for q in b_quotes if _substantive(qtext, q)]
                            for quote in b_substantive:
                                found.append(Statement(official_id, _quote_text(text, quote), "quote", b_start,
                                                       s_end))
                            clause = _clean(text[b_start:b_end])
                            if not b_substantive and _word_count(clause) >= MIN_REPORTED_WORDS:
                                found.append(Statement(official_id, clause, "reported", b_start, s_end))
                    elif _word_count(clause) >= MIN_REPORTED_WORDS:
                        found.append(Statement(official_id, clause, "reported", s_start, s_end))
                # More of the sentence: "..., adding that ...", "..., while Peskov said ..."
                if (participle := _participle_clause(text, tokens, speaker)) is not None:
                    # (the commenter going on after the words commented on: "Захарова ответила на заявление Блинкена о
                    # том, что ..., заявив, что ...")
                    commenter = _commenter(tokens, speaker, context) if speaker.how == "left" else None
                    if commenter is None or commenter[0] != _UNTRACKED:
                        found.append(Statement(official_id if commenter is None else commenter[0], participle,
                                               "reported", s_start, s_end))
                if (second := _second_speaker(text, tokens, speaker, context)) is not None:
                    found.append(Statement(second[0], second[1], "reported", s_start, s_end))
                if subject.kind != "M":
                    context.push(official_id)  # a resolved pronoun keeps the person in focus
                reporting = official_id if len(found) > found_before else None
                if context.norwegian and next_continuing is None and reporting is not None:
                    next_continuing = official_id  # a dialogue-dash paragraph after "X sier at ..." is X speaking
            elif any(incise is not None for incise in incises):
                # The attribution inside the quote marks: «Россия, — подчеркнул Лавров, — не намерена ...».
                for quote, incise in zip(substantive, incises):
                    if incise is not None:
                        official_id, cut_start, cut_end, joiner = incise
                        words = text[quote.inner_start:cut_start] + joiner + text[cut_end:quote.inner_end]
                        found.append(Statement(official_id, _clean(words), "quote", s_start, s_end))
                        next_continuing = official_id
            elif (speaker is None and substantive and continuing and tokens and tokens[0].kind == "Q"
                  and not any(_speech_verb(tokens, k) or tokens[k].value in _ACCORDING_WORDS
                              for k in range(len(tokens)))  # no attribution of its own ("ifølge Listhaug")
                  and not _subhead(text, s_start, s_end, p_start, p_end)):
                # A bare quote right after an attributed quote continues it ('" ...," she said. "More."').
                for quote in substantive:
                    found.append(Statement(continuing, _quote_text(text, quote), "quote", s_start, s_end))
                next_continuing = continuing

            for k, token in enumerate(tokens):
                if token.kind == "M":
                    context.push(token.value, _title_before(tokens, k))
                    context.named(token.value)
                elif token.value in _TITLE_WORDS and (_titled_name(tokens, k) or _apposed_name(tokens, k)):
                    # "Ambassador Lynne Tracy", "le ministre des affaires étrangères, Stéphane Séjourné,": her or
                    # him, later
                    context.push(None, _words_before(tokens, k + 1))
                    context.named(None)
                elif _untracked_name(tokens, k):
                    context.named(None)  # "... as Johannes Klæbo won": not whom "he" means, but a Norwegian
            opener = _sentence_subject(tokens)
            subject_tokens = tokens
            if (opener is False or opener is None and not any(t.value in _TITLE_WORDS for t in tokens[:4])) \
                    and (after := _opening_adverbials_end(tokens)):
                # "Mardi, le président français a refusé ...", "À New York, le secrétaire général de l'ONU, António
                # Guterres, avait invoqué ...": the subject after where and when (a place is no untracked person)
                subject_tokens = tokens[after:]
                opener = _sentence_subject(subject_tokens)
            if opener is None:
                # "The Russian foreign minister said", "The minister did not elaborate": a role noun opening the
                # sentence may be the official named before.
                role = next((k for k, t in enumerate(subject_tokens[:_ROLE_PHRASE_SPAN + 1]) if t.value in _ROLES),
                            None)
                named = _named_after_title(subject_tokens, role) if role is not None else False
                if named is not False:
                    opener = named  # "Министр обороны РФ Сергей Шойгу", "Міністр ... України Андрій Сибіга"
                elif role is not None and not _titled_name(subject_tokens, role):
                    resolved = _subject_at(subject_tokens, role, context)
                    opener = resolved if resolved not in (None, _UNTRACKED) else None
            tracked_speaker = speaker is not None and speaker.official_id != _UNTRACKED
            if opener is False and not tracked_speaker and _named_with_relative(tokens):
                context.push(None)  # "Trump, who had threatened ..., admitted ...": a later "the president" is him
            if opener is not False and not (opener is None and tracked_speaker):
                # The subject is who a pronoun in the next sentence most likely means, not the last name in this
                # one: "Turkish President Erdogan met Putin. '...,' he said." is Erdogan speaking.
                context.push(opener, _words_before(subject_tokens, min(len(subject_tokens), _ROLE_PHRASE_SPAN + 1))
                             if opener is None else "")
            if tracked_speaker and opener != speaker.official_id:
                # ... and after an attribution, its speaker: "Putin must not win, he said. He added ..." is not Putin.
                context.push(speaker.official_id)
            if speaker is not None and speaker.official_id == _UNTRACKED and tokens[speaker.subject].kind == "W" \
                    and tokens[speaker.subject].value not in _PRONOUNS:
                # "Sobyanin said", "a State Department spokeswoman said": the one in focus
                context.push(None, _words_before(tokens, speaker.subject + 1))
            elif speaker is None and (source := _indefinite_source(tokens)) is not None:
                # "Pour un chercheur lillois, Macron reste ... « ... », analyse-t-il": him (not "le président")
                context.push(None, *source)
            elif speaker is None and (pronoun := _unresolved_pronoun_source(tokens)) is not None:
                # "Selon lui, Emmanuel Macron a voulu ...": "lui" (someone untracked) speaks, and the officials named
                # are spoken about; a later "estime-t-il" is still him (a role noun is not: the title is the pronoun)
                context.push(None, pronoun, _STRESSED_PRONOUNS[pronoun])
            continuing = next_continuing
            previous = (sentence, sentence_quotes, speaker is not None)
    return _deduplicate(found)[:MAX_STATEMENTS]


_QUOTING_OTHERS = _words(fold("""quoted quoting cited citing zitierte zitiert zitierend процитировал процитировала
процитував процитувала цитируя цитуючи cité citant"""))


def _colon_speaker(tokens: list[_Token], context: _Context) -> _Speaker | None:
    """The official opening the sentence as its subject, with no speech verb, whose words a colon introduces:
    "Генсек НАТО Йенс Столтенберг в интервью Reuters был лаконичен: «...»", "Jermak wird noch deutlicher: «...»"
    (not when someone else is named or quoted first: "Selenskyj zitierte Scholz: «...»")."""
    colon = next((k for k, t in enumerate(tokens[:-1]) if t.value == ":" and tokens[k + 1].kind == "Q"), None)
    found = _official_before_colon(tokens, colon, context) if colon is not None else None
    return _Speaker(found[0], colon, found[1], "colon") if found is not None else None


# How the official is before the colon: "was blunt:", "wird noch deutlicher:", "был лаконичен:", "était formel :",
# or whom they turned to: "звернувся до партнерів:", "обмежився коротким дописом:"
_COPULAS = _words(fold("""is was war ist wird wurde blieb bleibt est était fut был была было був була є appealed foi
esteve mostrou été звернувся звернулася обратился обратилась обмежився обмежилася ограничился ограничилась"""))


def _copula_before_colon(tokens: list[_Token], subject: int, colon: int) -> int | None:
    """The copula of "<official> <copula> <manner>:" ("Stoltenberg ... был лаконичен:", "Zelensky was furious:"), or
    None when the colon follows an act or an object ("Putin signed the decree:", "Zelensky showed a letter:"),
    someone else or a quote is named first, or a clause of someone else's comes between (a relative clause about
    the official does not count: "Шольц, якого ... критикували, цього разу був однозначним:")."""
    copula = None
    k = subject + 1
    if k < colon and tokens[k].value == "," and subject > 0 and tokens[subject - 1].value == ",":
        k += 1  # the end of the name's apposition: "O secretário-geral da NATO, Jens Stoltenberg, foi taxativo:"
    while k < colon:
        token = tokens[k]
        if token.kind in ("M", "Q") or token.value in _QUOTING_OTHERS:
            return None
        if token.value == ",":
            if k + 1 < colon and (_relative_pronoun(tokens[k + 1].value) or tokens[k + 1].value in _UK_RELATIVES):
                end = next((m for m in range(k + 2, colon) if tokens[m].value == ","), None)
                if end is None:
                    return None
                k = end + 1  # past the relative clause
                continue
            return None  # ("Selenskyj ist enttäuscht, die Reaktion aus Berlin bleibt knapp:")
        if copula is None and token.kind == "W" and token.value in _COPULAS:
            copula = k
        k += 1
    return copula


def _copula_colon_subject(tokens: list[_Token], before: int) -> str | None:
    """The official opening the sentence as "<official> <copula> <manner>:" before ``before`` ("Zelensky was furious:
    ..."), whose words follow the colon; None otherwise."""
    colon = next((k for k, t in enumerate(tokens[:before]) if t.value == ":"), None)
    found = _official_before_colon(tokens, colon) if colon is not None else None
    return found[0] if found is not None else None


def _official_before_colon(tokens: list[_Token], colon: int,
                           context: _Context | None = None) -> tuple[str, int] | None:
    """The official opening the sentence as "<official> <copula> <manner>" before the colon at ``colon``, and where
    they are named; None when the sentence opens otherwise or the colon follows something else. Adverbial phrases
    may come first: "In an interview with CNN, Blinken was blunt:"."""
    opener = _sentence_subject(tokens)
    if not isinstance(opener, str) and (after := _opening_adverbials_end(tokens)) and after < colon:
        opener = _sentence_subject(tokens[after:])
    if opener is None and context is not None and len(tokens) > 1 and tokens[0].value in _FOREIGN_ARTICLES \
            and tokens[1].value in _ROLES and 1 < colon:
        # a role noun naming an official before: "O Presidente francês foi taxativo:", Spanish "El mandatario galo
        # fue rotundo:"
        k = _office_end(tokens, 1) or 2
        if k < colon and tokens[k].kind == "W" and not tokens[k].cap and _nationality(tokens[k].value) is not None:
            k += 1  # "El mandatario galo fue rotundo:"
        resolved = _subject_at(tokens, 1, context) if k < colon and tokens[k].value in _COPULAS else None
        if resolved not in (None, _UNTRACKED):
            return resolved, 1  # (not "Le président de la Douma a été clair :", someone else)
    if not isinstance(opener, str):
        return None
    subject = next(k for k, t in enumerate(tokens) if t.kind == "M")
    if subject >= colon or _copula_before_colon(tokens, subject, colon) is None:
        return None
    return opener, subject


def _subhead(text: str, start: int, end: int, p_start: int, p_end: int) -> bool:
    """The sentence is a paragraph of its own without a sentence's closing mark: a subhead quoting someone ("« Ça fait
    mal à entendre »"), not the continuation of the previous speaker's quote."""
    return (start == p_start and end >= p_end - 1
            and not text[start:end].rstrip().rstrip("\"»›'”’ \u00a0").endswith((".", "!", "?", "\u2026")))


def _opening_adverbials_end(tokens: list[_Token]) -> int:
    """Where the subject begins after adverbial phrases closed by commas ("Mardi, le président français ...", "La
    veille au soir, dans un entretien accordé à TF1, le chef de l'État ..."), or 0: the phrases name no one, quote
    nothing and have no speech verb, and what follows them opens a noun phrase."""
    start = 0
    for _ in range(3):
        comma = next((k for k in range(start, min(len(tokens) - 1, start + 12)) if tokens[k].value == ","), None)
        if comma is None or comma == start or any(
                t.kind in ("M", "Q") or t.value in _SPEECH_VERBS for t in tokens[start:comma]):
            return 0
        following = tokens[comma + 1]
        if following.kind == "M" or following.value in _ARTICLES or following.value in _FOREIGN_ARTICLES \
                or following.value in _ROLES or following.value in _TITLES or _office_at(tokens, comma + 1) \
                or following.value in _SLAVIC_PRONOUNS:
            # (an office: "Пізніше, у вечірньому зверненні, глава держави додав"; a Russian or Ukrainian pronoun,
            # whose gender and case tell more than "he" and "él": "Вечером, выступая на площади, он сказал")
            return comma + 1
        if following.value not in _PREPOSITIONS and not (
                following.kind == "W" and following.value.endswith(_PARTICIPLE_ENDINGS)):
            return 0  # (another phrase: a prepositional one, or a participle's: "Вечером, выступая на площади")
        start = comma + 1
    return 0


def _named_with_relative(tokens: list[_Token]) -> bool:
    """The sentence opens with someone untracked named by one word and a relative clause about a person: "Trump,
    who had threatened ...", "Erdoğan, qui ..."."""
    return (len(tokens) > 2 and tokens[0].kind == "W" and _name_like(tokens[0]) and tokens[1].value == ","
            and tokens[2].value in _PERSON_RELATIVES)


_PERSON_RELATIVES = _words("who")  # (French "qui", German "der", Russian "который" follow a capital city too)


def _indefinite_source(tokens: list[_Token]) -> tuple[str, str | None] | None:
    """Who gives their view when the sentence opens with someone introduced by an indefinite article ("Pour un
    chercheur lillois, ...", "Selon une source diplomatique, ...", "According to a Western official, ..."): the words
    naming them (which a later role noun must match) and the gender of the article; None otherwise."""
    k = _after_opening_source(tokens, also=("pour",))
    if k is None or tokens[k].value not in _INDEFINITE:
        return None
    comma = next((m for m in range(k + 1, len(tokens)) if tokens[m].value == ","), len(tokens))
    return " ".join(t.value for t in tokens[k + 1:comma]), _INDEFINITE_GENDERS.get(tokens[k].value)


_INDEFINITE_GENDERS = {"un": "m", "ein": "m", "une": "f", "eine": "f", "einer": "f"}


def _unresolved_pronoun_source(tokens: list[_Token]) -> str | None:
    """The pronoun of "Selon lui, ...", "According to her, ..." opening the sentence (its speaker left unresolved)."""
    k = _after_opening_source(tokens)
    return tokens[k].value if k is not None and tokens[k].value in _STRESSED_PRONOUNS else None


def _after_opening_source(tokens: list[_Token], also: tuple[str, ...] = ()) -> int | None:
    """Where the source begins when the sentence opens with "according to", "по словам", "selon", "laut" (or one of
    ``also``); None when it opens otherwise."""
    if len(tokens) > 2 and (tokens[0].value, tokens[1].value) in _ACCORDING:
        return 2
    if len(tokens) > 3 and (tokens[0].value, tokens[1].value, tokens[2].value) in _ACCORDING_TRIPLES:
        return 3
    return 1 if len(tokens) > 1 and (tokens[0].value in _ACCORDING_WORDS or tokens[0].value in also) else None


def _normalised(text: str) -> str:
    return " ".join(_WORD.findall(fold(text)))


def _deduplicate(statements: list[Statement]) -> list[Statement]:
    """One statement per distinct text and official; a statement contained in a longer one of the same
    official (a photo caption repeating a truncated sentence) is dropped."""
    seen: set[tuple[str, str]] = set()
    unique: list[tuple[Statement, str]] = []
    for statement in statements:
        key = (statement.official_id, _normalised(statement.text))
        if key in seen or not key[1]:
            continue
        seen.add(key)
        unique.append((statement, key[1]))
    if len(unique) > 200:  # containment is quadratic; hostile input gets exact dedup only
        return [s for s, _ in unique]
    kept = []
    for statement, norm in unique:
        padded = f" {norm} "
        if any(other is not statement and other.official_id == statement.official_id and len(other_norm) > len(norm)
               and padded in f" {other_norm} " for other, other_norm in unique):
            continue
        kept.append(statement)
    return kept
