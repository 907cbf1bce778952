"""The words the attribution rules know, per language, folded as the rules read them.

Words are folded (lowercase, no diacritics, ё -> е) and kept in frozensets for one set lookup per token. Every word
list more than one module uses is here; a list only one rule uses may sit beside that rule. Norwegian is read through
German words and Spanish through Portuguese ones, by the folding functions of the last two sections.
"""

from __future__ import annotations

import re
from functools import lru_cache

from streams.analytics.officials import fold


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
posted posts reported
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
_FR_INVERTED_ONLY = _words(fold("""analyse résume relève observe décrypte tempère nuance abonde témoigne
demandé"""))  # (and a question after its quote: '« ... ? », a demandé Kuleba'; not "a demandé un cessez-le-feu")
# French infinitives: "avant d'assurer que", "a tenu à rappeler que" (speech only before "que" or a colon).
_FR_INFINITIVES = _words(fold("""assurer affirmer rappeler souligner préciser ajouter déclarer estimer expliquer
indiquer promettre avertir prévenir répéter insister"""))
# ... speech only before what was said: "a soutenu que" (not "a soutenu la candidature de Kiev"), "promet que",
# "s'est contenté de rappeler que"
_FR_WITH_COMPLEMENT = _words(fold("promet promis soutenu soutient révélé révèle raillé raille répondu répond"))
# French imperfects, the tense of narrative and of live blogs: "Vladimir Poutine y assurait que", "estimait-il".
_FR_IMPERFECTS = _words(fold("""déclarait affirmait ajoutait soulignait estimait indiquait expliquait insistait
martelait rappelait avertissait prévenait dénonçait déplorait accusait annonçait reconnaissait confiait écrivait
poursuivait répétait plaidait réitérait jugeait réclamait exigeait assurait précisait saluait ironisait fustigeait
regrettait rejetait réaffirmait confirmait rétorquait promettait soutenait disait"""))
# French: past participles (after "a"/"ont": "a déclaré", "a-t-il affirmé") and present forms ("estime Macron").
# "noté" is left out (English "a note"); "assuré", "lancé", "précisé" count only after an auxiliary (below).
_FR_VERBS = _words(fold("""déclaré déclare déclarent affirmé affirme affirment ajouté ajoute souligné souligne estimé
estime estiment indiqué indique expliqué explique insisté insiste martelé martèle rappelé rappelle dit averti avertit
prévenu prévient dénoncé dénonce déploré déplore accusé accuse annoncé annonce reconnu reconnaît confié confie écrit
poursuivi poursuit répété répète plaidé plaide réitéré réitère jugé juge réclamé réclame exigé exige assuré lancé
précisé salué salue ironisé ironise qualifié qualifie fustigé fustige regretté regrette écarté écarte rejeté rejette
réaffirmé réaffirme renchéri renchérit confirmé confirme réagi réagit appelé glissé tranché tranche rétorqué
rétorque assène asséné promet promis soutenu soutient""")) | _FR_WITH_COMPLEMENT \
    | _FR_INFINITIVES | _FR_INVERTED_ONLY | _FR_IMPERFECTS
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
kommentierte verlangte beteuerte bestätigte spottete berichtete meldete versprochen""")) | _DE_INVERTED_ONLY
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
# Italian participles (kept as they are: no Portuguese word is spelt so) whose statement is their object: "ha chiesto
# agli alleati di ...", "ha esortato le parti a ...", "ha definito la proposta «...»" (not "ha chiesto scusa", "ha
# definito i dettagli")
_ITALIAN_OBJECT_PARTICIPLES = _words("chiesto esortato definito")
# Portuguese participles, after "tinha"/"tem"/"havia" ("tinha defendido que"); after "foi"/"é" they are the passive.
_PT_PARTICIPLES = _words(fold("""dito afirmado declarado defendido garantido alertado sublinhado reiterado admitido
lembrado repetido insistido assegurado avisado advertido escrito explicado acusado criticado prometido considerado
anunciado destacado frisado salientado referido sustentado confirmado reconhecido respondido lamentado negado
assinalado apontado acrescentado denunciado""")) | _ITALIAN_OBJECT_PARTICIPLES
_PT_PASSIVES = _words(fold("foi foram é são será serão sido ser era eram"))
# "declarou-se chocado", Spanish "se declaró": how they said they were, not what
_DECLARED = _words("declarou declara declarado")
# Participles that name an act unless a clause follows ("tinha prometido enviar", "tem criticado a decisão"), and the
# Italian ones above
_ACT_PARTICIPLES = _words("acusado criticado prometido") | _ITALIAN_OBJECT_PARTICIPLES
_PT_AGENTS = _words("por pelo pela pelos pelas")
_PT_VERBS = _PT_SAY_VERBS | _PT_PARTICIPLES | _words(fold("""acusou acusa denunciou denuncia criticou critica condenou
condena pediu pede apelou apela anunciou anuncia negou nega prometeu promete ameaçou ameaça rejeitou rejeita exigiu
exige classificou classifica qualificou ironizou questionou perguntou reagiu publicou deixou limitou tenuto""")) \
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
# French and German verbs of how something was said, speech only before a colon and a quote or right after a quote:
# "a résumé sur Telegram : « ... »", "ätzte auf Telegram: „...“", '„...“, ätzte Sacharowa' (not "a résumé la
# situation", "ätzte gegen Berlin")
_COLON_ONLY = _words(fold("résumé ätzte lästerte höhnte polterte"))
_SPEECH_VERBS = (_EN_VERBS | _SLAVIC_VERBS | _FR_VERBS | _DE_VERBS | _PT_VERBS | _FR_GERUNDS | _PT_GERUNDS
                 | _PT_INFINITIVES
                 | _SLAVIC_GERUNDS | _COLON_ONLY | {"savoir"})
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
    for ending in ("л", "ла", "ли", "в")) | _PT_SAY_VERBS | (_PT_PARTICIPLES - _ACT_PARTICIPLES) \
    | (_PT_GERUNDS - _words("acusando denunciando apelando pedindo prometendo"))
_COMPLEMENTIZERS = _words("that что що чтобы щоб que qu dass")
_PRONOUNS: dict[str, str] = {"she": "f", "he": "m", "она": "f", "он": "m", "вона": "f", "він": "m", "elle": "f",
                             "il": "m", "sie": "f", "er": "m", "dieser": "m", "ele": "m", "ela": "f"}
_SLAVIC_PRONOUNS = frozenset(pronoun for pronoun in _PRONOUNS if "\u0400" <= pronoun[0] <= "\u04ff")
# A secretary-general's role words: English for the watchlist's roles, Russian/Ukrainian for the titles the text gives
# someone untracked ("Генсекретарь НАТО Марк Рютте ... Генсекретарь заявил" is not Guterres)
_SECRETARY_GENERAL = ("secretary general", "secretary-general", "генсек", "генеральный секретар",
                      "генерального секретар", "генеральному секретар", "генеральний секретар")
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
    "генсек": (_SECRETARY_GENERAL, None),
    "генсекретарь": (_SECRETARY_GENERAL, None),
    "генсекретар": (_SECRETARY_GENERAL, None),
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
    # (a secretary "of" something, "Secretary of the Security Council": "le secrétaire" is no press secretary)
    "secretaire": (("secretary of",), None), "sekretar": (("secretary of",), "m"),
    "sekretarin": (("secretary of",), "f"),
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
    "tenant of the elysee": (("president of france",), None),  # Italian "l'inquilino dell'Eliseo" (_OFFICE_PHRASES)
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
    "генсекретаря": "генсекретарь", "канцлера": "канцлер", "госсекретаря": "госсекретарь",
    "держсекретаря": "держсекретар", "лидера": "лидер", "лідера": "лідер", "секретаря": "секретарь",
    "генерала": "генерал", "начальника": "начальник", "диктатора": "диктатор",
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
# A minister's portfolio, which the role must name: "the defence minister" is not the foreign minister named before.
_PORTFOLIOS = _words("foreign defence defense")
# Words of a portfolio in a role's complement, which the watchlist may spell otherwise ("of Foreign Affairs", "des
# Affaires étrangères", "de Asuntos Exteriores", "dos Negócios Estrangeiros", "des Auswärtigen"; folded)
_PORTFOLIO_WORDS = _PORTFOLIOS | _words(fold("""affairs affaires étrangères asuntos exteriores negócios estrangeiros
auswärtigen äußeren défense defesa defensa verteidigung diplomacy diplomatie diplomacia"""))
# Determiners between a role's link and its complement's noun: "for his trust", "de sa famille" (folded)
_COMPLEMENT_DETERMINERS = _DETERMINERS | _words(fold("""a an our my your this that these those sa son ses leur leurs
notre cette ce su sus seu sua seus suas sein seine seiner ihr ihre ihrer dieser diese une un uma um ein eine einer"""))
# Bodies and places that are no state's own and none a tracked official heads: "le président du Sénat", "el
# presidente del Gobierno", "der Präsident des Bundestags", "the president of the central bank", "Президент
# Татарстана", "Голова Верховної Ради" (folded). (After English "of", a capitalised name is compared with the English
# role text instead.)
_OTHER_BODIES = _words(fold("""sénat senado senat sénateurs assemblée asamblea assembleia parlement parlamento
parlament congrès congreso congresso kongress bundestag bundesrat landtag sejm knesset douma duma rada cour tribunal
tribunale gericht bundesgericht verfassungsgericht banque banco bundesbank bce ezb région región região regione
regiao province provincia provinz canton kanton commune mairie municipalité ville ciudad
cidade stadt collectivité métropole comité comite komitee parti partido partei club clube verein université
universidad universidade universität entreprise empresa konzern medef fifa uefa cio ioc aiea iaea oms fmi imf
cedeao ecowas asean cpi icc gobierno gouvernement governo generalitat xunta junta
bank senate parliament assembly congress court region province county city district oblast municipality committee
company corporation firm party club university board academy institute fund league association team
татарстана башкортостана башкирии чечни дагестана якутии бурятии тувы ингушетии госдумы думы верховной верховної
ради рады центробанка цб нбу нацбанка нацбанку senats bundestags bundesrats parlaments мвд мчс минфина минобороны
минюста минздрава фсб мвс мінфіну міноборони мінцифри сбу"""))
# Governments among them, which are a country's when one is named after them ("del Gobierno ruso")
_GOVERNMENTS = _words(fold("gobierno gouvernement governo"))
# Words that name a state itself in a role's complement, whichever state it is: "le président de la République", "the
# head of state", "o presidente do país", "Президент Российской Федерации" (folded)
_STATE_WORDS = _words(fold("""republic république república republik repubblica federation fédération federación
federação föderation nation nación nação country pays país land state états etat état estado staat федерации
федерації республики республіки"""))
# English past tenses that do not end in "-ed"
_IRREGULAR_PAST = _words("""began lost took made won fell rose gave sent came went left held met saw spoke told said
knew thought brought kept became got hit cut put set let ran led struck shot fought sought built paid sold bought broke
chose drew drove flew grew hid hurt meant read stood stole swore threw tore wore wrote understood found""")
# Titles before a name ("M.", "Mr", "Herr"), and the gender they give
_HONORIFICS: dict[str, str | None] = {"m": "m", "mme": "f", "mr": "m", "mrs": "f", "ms": "f", "dr": None, "herr": "m",
                                      "frau": "f"}
# Qualifiers of a role whose role text names the country or body otherwise: "French president", "President of
# France"; "US diplomat", "Secretary of State of the United States"; "MFA spokeswoman", "Foreign Ministry".
_DEMONYMS = {
    "french": "france", "american": "united", "us": "united", "usa": "united", "british": "britain", "uk": "kingdom",
    "german": "germany", "frenchman": "france", "chinese": "china", "turkish": "turkey", "polish": "poland",
    "israeli": "israel", "iranian": "iran", "indian": "india", "belarusian": "belarus", "hungarian": "hungary",
    "mfa": "foreign",
    "kremlin": "president", "nato": "nato", "otan": "nato",
    **dict.fromkeys(("alliance", "allianz", "alianza", "alianca", "alliansen"), "nato"),  # "de l'Alliance atlantique"
    "рф": "russia", "сша": "united", "фрг": "germany", "мид": "foreign", "мзс": "foreign",
    "нато": "nato", "кнр": "china",
    # the United Nations by "nations", not "united", which the United States share
    "un": "nations", "onu": "nations", "uno": "nations", "fn": "nations", "fns": "nations", "оон": "nations",
    "vereinten": "nations",
}
# Names of countries and international bodies that no nationality prefix gives, as a role's complement names them ("the
# president of Poland", "le secrétaire général de l'OSCE", "presidenten i Kina"; folded) -> the English name, whose
# first four letters are compared with the role's words (see reference._complement_countries).
_COUNTRY_NAMES = {
    **dict.fromkeys(("germany", "tyskland"), "germany"), "rusia": "russia",
    **dict.fromkeys(("etats", "estados", "vereinigten", "states", "staaten"), "united"), "nations": "nations",
    **dict.fromkeys(("poland", "pologne", "polen", "polska"), "poland"), "hungria": "hungary",
    **dict.fromkeys(("turkey", "turkei", "tyrkia"), "turkey"), "kina": "china",
    "italy": "italy", "spain": "spain",
    **dict.fromkeys(("argentina", "argentine", "argentinien"), "argentina"),
    **dict.fromkeys(("mexico", "mexique", "mexiko"), "mexico"),
    **dict.fromkeys(("vatican", "vatikan", "vaticano"), "vatican"),
    "inde": "india", "iran": "iran", "syria": "syria",
    **dict.fromkeys(("sweden", "schweden", "sverige", "suede"), "sweden"),
    **dict.fromkeys(("denmark", "danemark", "danmark"), "denmark"),
    **dict.fromkeys(("norway", "norge", "noreg"), "norway"),
    **dict.fromkeys(("netherlands", "nederland"), "netherlands"),
    **dict.fromkeys(("switzerland", "schweiz", "sveits"), "switzerland"),
    **dict.fromkeys(("greece", "grece", "grecia", "hellas"), "greece"),
    "romania": "romania", "georgia": "georgia", "armenia": "armenia",
    "lithuania": "lithuania", **dict.fromkeys(("latvia", "lettland"), "latvia"),
    **dict.fromkeys(("czechia", "czech"), "czechia"),
    # capitals, for the country they stand for ("Moscow's top diplomat", "le président à Kiev")
    **dict.fromkeys(("moscow", "moscou", "moscu", "moskau", "moskva", "moscovo"), "russia"),
    **dict.fromkeys(("kyiv", "kiev", "kiew", "kyjiw", "kiiv"), "ukraine"),
    **dict.fromkeys(("beijing", "pekin", "peking", "pequim"), "china"), "washington": "united",
    "berlin": "germany", "paris": "france", "ankara": "turkey", "warsaw": "poland", "varsovie": "poland",
    "warschau": "poland", "varsovia": "poland", "budapest": "hungary", "minsk": "belarus", "tehran": "iran",
    "teheran": "iran", "london": "britain", "londres": "britain", "tokyo": "japan", "oslo": "norway",
    "lisbon": "portugal", "lisboa": "portugal", "lissabon": "portugal",
    # bodies
    **dict.fromkeys(("osce", "osze", "ovse"), "osce"), **dict.fromkeys(("oas", "oea"), "oas"),
    **dict.fromkeys(("eu", "ue", "european", "europeenne", "europaischen", "europaische", "europea",
                     "europeia", "europeisk", "europeiske"), "europe"),
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

# Nouns before the name of an outlet or an organisation, not of a person: "à agência Associated Press"
_OUTLET_NOUNS = _words(fold("""agency agência agence agentur newspaper jornal journal zeitung channel canal sender
television televisão télévision radio rádio station emissora magazine revista site portal"""))

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
                         "польс": "pola", "польш": "pola", "польщ": "pola", "itali": "ital", "италь": "ital",
                         "італі": "ital", "espag": "spai",
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
# German capitalises the title before a name: "Der Münchner Politikwissenschaftler Jakob Haberl hält ..." (an article,
# capitalised words ending with a person's noun, a first name and a surname, then the lowercase verb) introduces
# someone too (not "Die Vereinten Nationen Genf teilten ...").
_GERMAN_TITLED_NAME = re.compile(r"[\s\"'„»(]*(?:Der|Die)\s+(?:[^\W\d_a-zß\u00e0-\u00ff][\w-]*\s+){0,2}"
                                 r"[^\W\d_a-zß\u00e0-\u00ff][\w-]*(?:er|in|ent|ist|te|de|or|eur)\s+"
                                 r"[^\W\d_a-zß][a-zß\u00e0-\u00ff]+\s+[^\W\d_a-zß][a-zß\u00e0-\u00ff-]+\s+[a-zäöüß]")
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
# "explained why ...", "уточнил, какие шаги ...": an indirect question, not a statement. (Not "how" and "when",
# "как" and "когда", which also open "said how grateful he was", "said, when asked, that ...".)
_INDIRECT_QUESTION = _words(fold("""why whether почему зачем какие какой какая какое каких каким какими сколько где
куда откуда чому навіщо які який яка яке яких якими скільки де куди звідки pourquoi warum weshalb wieso ob welche
welcher welches"""))
_SLAVIC_MONTHS = _words(fold("""января февраля марта апреля мая июня июля августа сентября октября ноября декабря
січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"""))
# "Об этом заявила Захарова.", "Таку думку висловив Подоляк." refer back to the previous sentence (also with a date:
# "Об этом 11 июля заявила").
_BACK_REFERENCE = {("об", "этом"), ("о", "чем"), ("про", "це"), ("про", "що"), ("такое", "мнение"),
                   ("таку", "думку")}
_BACK_REFERENCE_WORDS = _words(fold("этом це мнение думку"))  # (and "Так ...": see _thus_commented)
# Italian and Spanish "Lo ha (poi) affermato Zakharova." (read as Portuguese "lo tem afirmado") refer back the same
# way, with a verb of saying ("Lo ha criticado Zelenski" is "criticised him")
_IT_SAID = ("lo", "tem")
# Of those, these open a sentence whose verb may come later ("Об этом в Пхеньяне ... заявил Шойгу"; "о чем", "про
# що" open questions there: "О чем говорили Путин и Трамп, в Кремле не уточнили"), and so does _IT_SAID
_ABOUT_IT = {("об", "этом"), ("про", "це"), _IT_SAID}
# Close to someone, before "a" (Spanish "cercano a", Italian "vicino a" read as "próximo a"; "close to" and "próximo
# de" are prepositions of their own)
_CLOSE_TO = _words(fold("próximo próxima próximos próximas cercano cercana cercanos cercanas"))
# Italian "Così X" after a quote: 'Così il presidente ucraino Volodymyr Zelensky al termine del colloquio.' (no verb)
_THUS_ITALIAN = "cosi"
# "Comme l'a déclaré X, ...", "Como disse X, ...", Italian "Come ha spiegato X, ...": the source of the main clause
_AS_SOURCE = _words("comme como")
# ... and whom it was said to ("Como disse o presidente americano a Putin, ...")
_TO_WHOM = _words(fold("a ao à aos às"))
# Units of a figure end a sentence before a capital ("кредит на $50 млрд. Песков назвал ..."): their own continuation
# is lowercase ("1,5 тыс. человек")
_UNITS = _words(fold("тыс млн млрд руб грн трлн долл тис дол чел км коп обл"))
# ... and abbreviations inside a sentence: a capital or a figure after them opens no new one ("Mr. Putin")
_ABBREVIATIONS = _UNITS | _words(fold("""mr mrs ms dr prof gen lt col sgt capt cmdr adm gov sen rep st jr sr vs etc inc
ltd co corp no nos vol fig jan feb mar apr jun jul aug sep sept oct nov dec dept est approx ave г гг т е им ул д стр см
ср зам вул"""))
# ... the same, as written (case and accents matter: German nouns after them are capitalised, and folded they would be
# words: "Mio." but "mío", "sog." but "Sog"): "500 Mio. Euro", "der stellv. Außenminister", "la Sra. Zakharova"
_WRITTEN_ABBREVIATIONS = frozenset("""Mio Mrd Tsd Nr Abs Jh Hrsg Str Std Bd bzw evtl ggf inkl zzgl vgl sog insg ehem
stellv Sra Srta Dra Gral Exmo núm pág Brig Maj Amb""".split())
# ... and, before a figure only, approximations: "ca. 30 Diplomaten", "mind. 7", "env. 3 000 obus", "aprox. 500"
_FIGURE_ABBREVIATIONS = frozenset("ca Ca mind rd insg env aprox".split())
# Month names, folded, as dates write them (English, Russian and Ukrainian genitives, RIA's abbreviations, French,
# German) -> the month's number
_MONTH_NUMBERS: dict[str, int] = {}
for _number, _names in enumerate((
        "january jan января янв січня janvier januar gennaio",
        "february feb февраля фев лютого fevrier februar febbraio",
        "march mar марта мар березня mars marz marzo", "april apr апреля апр квітня avril aprile",
        "may мая травня mai maggio", "june jun июня червня juin juni giugno",
        "july jul июля июл липня juillet juli luglio", "august aug августа авг серпня aout",
        "september sep sept сентября сен сент вересня septembre settembre",
        "october oct октября окт жовтня octobre oktober ottobre", "november nov ноября ноя листопада novembre",
        "december dec декабря дек грудня decembre dezember dicembre"), start=1):
    for _name in fold(_names).split():
        _MONTH_NUMBERS[_name] = _number
# German months, which an ordinal day comes before: "am 22. August", "den 3. März"; the dot is the ordinal's, not a
# sentence's end, when one of the German words below comes before the day (English "until March 31. April would
# bring ..." ends a sentence)
_ORDINAL_DATE_MONTHS = _words(fold("januar jänner februar märz april mai juni juli august september oktober november "
                                   "dezember"))
_ORDINAL_DATE_LEADERS = _words(fold("""am vom zum den dem bis seit ab und oder nach vor an im zwischen montag dienstag
mittwoch donnerstag freitag samstag sonntag"""))
# Tail of a reported clause that names the outlet, not the speaker: ", News.Az reports, citing TASS."
_SOURCE_TAIL = re.compile(
    r"(?:,\s*(?:per|citing)\s[^,]{1,60}|,\s*[^,]{1,40}?\s(?:reports?|reported|writes|wrote)(?:,\s*citing\s[^,]{1,60})?)"
    r"\s*[.!?]?\s*$"
)

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
    "secretary": ((("of", "state"), "secretary of state"),),  # (not Shoigu, "Secretary of the Security Council")
    "chefe": ((("da", "diplomacia"), "chef de la diplomatie"), (("de", "estado"), "president"),
              (("do", "estado"), "president"),  # (European Portuguese "o chefe do Estado", Italian "dello Stato")
              (("do", "kremlin"), "kremlchef"), (("do", "governo"), "head of government"),
              (("de", "governo"), "head of government"),
              # Spanish "el jefe de la diplomacia", read as Portuguese
              (("de", "a", "diplomacia"), "chef de la diplomatie")),
    # "the head of the presidential office", "the head of the State Department" (the apostrophe of "Ukraine's" is
    # not among the words compared)
    "head": tuple((tuple(phrase.split()), office) for phrase, office in (
        ("of the presidential office", "head of the presidential office"),
        ("of ukraine s presidential office", "head of the presidential office"),
        ("of the office of the president", "head of the presidential office"),
        ("of the state department", "secretary of state"), ("of the us state department", "secretary of state"))),
    # Italian, as _fold_italian reads it: "l'inquilino dell'Eliseo", "il numero uno dell'Onu / della Nato / del
    # Cremlino"
    "inquilino": ((("do", "eliseo"), "tenant of the elysee"),),
    "numero": ((("um", "do", "onu"), "secretary general"), (("um", "da", "nato"), "secretary general"),
               (("um", "do", "alleanza"), "secretary general"), (("um", "do", "kremlin"), "kremlchef")),
    "глава": _SLAVIC_OFFICES,
    "главы": _SLAVIC_OFFICES,  # (the genitive: "по словам главы государства", see _GENITIVE_OFFICES)
    "очільник": _SLAVIC_OFFICES,
    "очільника": _SLAVIC_OFFICES,
    "керівник": _SLAVIC_OFFICES,
    "керівника": _SLAVIC_OFFICES,
}


_GENITIVE_OFFICES = _words(fold("главы очільника керівника"))
# Head nouns of an office only right after an article: "il numero uno dell'Onu" (not "il nemico numero uno del
# Cremlino")
_OFFICES_AFTER_ARTICLE = _words("numero")

# Nouns (in the case they take before an outlet's name) that name a medium or an interview.
_MEDIA_NOUNS = _words(fold("""интервью агентству агентства изданию издания телеканалу телеканала газете газеты
журналу журнала радиостанции эфире беседе виданню видання газеті ефірі комментарии коментарі заявлении заяві
статье статті колонке телеканалам"""))

_RELATIVE_SUBJECTS = _words(fold("who qui который которая який яка"))  # a relative clause's subject
_UK_RELATIVES = _words(fold("який яка яке які якого якої якому якій яким якими яких яку якою"))
# What cannot open an apposition of a title (see _past_apposition): the relative pronouns' nominative forms, German
# ones included.
_RELATIVE_PRONOUNS = _words(fold("""who which whose where qui dont lequel laquelle der die das который которая которые
який яка які"""))

# Modal verbs: "would say" names what someone may say, not what they said.
_MODALS = _words("will would could may might shall")

# "the spokesman for the Kremlin", "le porte-parole du Kremlin", "o porta-voz do Kremlin"
_OF = _words("of for de du des d der von do da dos das")

# Capitalised complements of an office that name no country: "представителя Кремля", "главы МИД", "генсека НАТО"
_INSTITUTIONS_OF_OFFICES = _words(fold("""мид мзс кремля нато оон генштаба генштабу генерального штаба офиса офісу оп
госдепартамента госдепа держдепартаменту держдепу совбеза радбезу совета безопасности ради безпеки альянса альянсу
федерации федерації вс всу зсу"""))

# Participles opening a sentence: "Speaking", "Отвечая", "Говоря", "Комментируя", "Заявив", "Відповідаючи".
_PARTICIPLE_ENDINGS = ("ing", "ая", "ив", "ючи", "оря", "уя")
# ... and those of participles and gerunds opening a clause after a noun phrase, French, Spanish, Italian and
# Portuguese too ("qualifiant", "calificando")
_CLAUSE_PARTICIPLE_ENDINGS = (*_PARTICIPLE_ENDINGS, "ant", "ando", "endo", "indo")
# Words that open a subordinate clause, whose subject is its own
_SUBORDINATORS = _words(fold("""as while when whereas after before because since until where pendant lorsque quand
    tandis während als nachdem wenn weil mientras cuando enquanto quando mentre dopo когда пока коли поки""")) | {"que"}
# Articles after a verb that are no preposition ("dijo a periodistas", "disse à Reuters": to whom): Portuguese, and
# Spanish and Italian read as it ("el", "il" are "o"), and French
_UNAMBIGUOUS_ARTICLES = _words("o os um uma le les un une")

# German prepositions opening the first position: "Am Montag sagte Scholz", "Im Interview sagte er".
_DE_PREPOSITIONS = _words(fold("am im in an auf nach vor bei seit zum zur um aus von mit über unter gegenüber"))

# Portuguese "in" and its contractions with the article: where a verb happened ("em conferência de imprensa").
_IN = _words("em na no nas nos num numa")

# Clitics before a Portuguese verb, and the Spanish ones read as them ("se", "le dijo", "les dijo")
_CLITICS = _words("se lhe lhes")

# Verbs of commenting and answering: what follows them may be what was answered, not the answer.
_RESPONSE_VERBS = _words(fold("""commented responded responds replied replies answered remarked ironise répondu ответил
ответила отвечал отвечала відповів відповіла рассказал рассказала розповів розповіла говорил говорила говорив говорила
respondeu respondido"""))

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

# Conjunctions after which a new subject and speech verb are someone else's clause.
_CONTRAST = _words(fold("but while whereas and но а тогда але тоді і mais tandis alors et aber während und enquanto"))
_COPULATIVE = _words(fold("and и і та et und e"))

# "but" and "though", after which the same speaker may go on or the writer take over.
_BUT = _words(fold("but но але mais aber однак однако проте mas porém"))
_THOUGH = _words(fold("хотя хоча"))

# Portuguese articles (and Spanish ones read as them).
_PT_ARTICLES = _words("o os a as um uma")

_BEFORE_PARTICIPLE = _words("en while before")  # ", en estimant que", ", while insisting that", ", before urging"

# German Konjunktiv I, the mood of reported speech ("sei", "habe", "werde", "könne"), folded; "ich habe", "ich
# werde" are the indicative
# (lowercase in the text: "Kämpfe", "Suche", "Stimme", "Versuche" are nouns)
_KONJUNKTIV = _words(fold("""sei seien habe werde könne müsse solle wolle dürfe möge gebe stehe liege gehe komme bleibe
brauche wisse sehe führe lasse trage zeige halte nehme fließe kämpfe zähle gelte fehle erhalte versuche arbeite
bedeute bestehe entscheide erwarte folge gehöre helfe reiche scheine spreche stimme suche treffe verfüge verliere
wachse wirke strebe unterstütze drohe stünden lägen"""))


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
# Letters of Ukrainian that Russian does not have (lower case, as words are folded)
_UKRAINIAN_LETTERS = frozenset("іїєґ")
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


def _unaccented(table: dict[str, str], bare: frozenset[str] = frozenset()) -> dict[str, str]:
    """``table``'s accented words as a feed that strips accents writes them, where that bare form is not a word of the
    table itself nor one of ``bare`` (more often another word)."""
    return {fold(word): reading for word, reading in table.items()
            if fold(word) != word and fold(word) not in table and fold(word) not in bare}


_SPANISH_UNACCENTED = _unaccented(_SPANISH_AS_PORTUGUESE, _SPANISH_BARE_NOUNS)


@lru_cache(maxsize=4096)
def _fold_spanish(word: str) -> str:
    lowered = word.lower()
    return _SPANISH_AS_PORTUGUESE.get(lowered) or _SPANISH_UNACCENTED.get(lowered) or fold(word)


# --- Italian ---------------------------------------------------------------------------------------------------
# Italian, the language of a large press that covers the officials tracked here, attributes as Portuguese and Spanish
# do ("ha detto Lavrov", "Zelensky ha affermato che", '«...», ha aggiunto.' with the subject left out, "secondo
# Peskov", "a detta di"), so its attribution words are read as their Portuguese counterparts, only when the text was
# detected as Italian ("che", "ha", "la", "per" are other words elsewhere). Keys keep their accents ("affermò" is the
# verb, "affermo" a first person). The article elided before a vowel ("l'Occidente", "dell'Onu") is read as the full
# article.
_ITALIAN = frozenset(("it",))
_ITALIAN_AS_PORTUGUESE = {it: fold(pt) for it, pt in (pair.split(":") for pair in """
disse:disse dice:diz affermò:afirmou afferma:afirma dichiarò:declarou dichiara:declara sottolineò:sublinhou
sottolinea:sublinha aggiunse:acrescentou aggiunge:acrescenta ribadì:reiterou ribadisce:reitera avvertì:advertiu
avverte:adverte assicurò:assegurou assicura:assegura spiegò:explicou spiega:explica precisò:explicou
osservò:observou osserva:observou ricordò:lembrou ricorda:lembra sostenne:sustentou sostiene:sustenta ammise:admitiu
ammette:admite scrisse:escreveu scrive:escreve annunciò:anunciou annuncia:anuncia confermò:confirmou
conferma:confirma replicò:respondeu rispose:respondeu denunciò:denunciou accusò:acusou accusa:acusa criticò:criticou
critica:critica negò:negou nega:nega promise:prometeu promette:promete minacciò:ameaçou respinse:rejeitou
respinge:rejeita chiese:pediu chiede:pede esortò:apelou esorta:apela rivelò:revelou rivela:revela concluse:concluiu
argomentò:argumentou commentò:observou evidenziò:salientou evidenzia:salienta rimarcò:frisou insistette:insistiu
insiste:insiste ammonì:advertiu garantì:garantiu garantisce:garante lamentò:lamentou lamenta:lamenta tuonò:afirmou
puntualizzò:frisou chiarì:explicou sentenziò:concluiu rilevò:referiu rileva:refere incalzò:acrescentou detto:dito
affermato:afirmado dichiarato:declarado sottolineato:sublinhado aggiunto:acrescentado ribadito:reiterado
avvertito:advertido assicurato:assegurado spiegato:explicado precisato:explicado osservato:salientado
ricordato:lembrado sostenuto:sustentado ammesso:admitido scritto:escrito annunciato:anunciado confermato:confirmado
replicato:respondido risposto:respondido denunciato:denunciado accusato:acusado criticato:criticado negato:negado
promesso:prometido evidenziato:salientado rimarcato:frisado insistito:insistido ammonito:advertido
garantito:garantido lamentato:lamentado tuonato:afirmado puntualizzato:frisado chiarito:explicado rilevato:referido
ripetuto:repetido riconosciuto:reconhecido considerato:considerado segnalato:assinalado aggiungendo:acrescentando
sottolineando:sublinhando affermando:afirmando dicendo:dizendo sostenendo:defendendo assicurando:assegurando
avvertendo:advertindo spiegando:explicando ribadendo:reiterando ricordando:lembrando accusando:acusando
denunciando:denunciando insistendo:insistindo ammettendo:admitindo precisando:explicando osservando:salientando
evidenziando:salientando chiedendo:pedindo promettendo:prometendo garantendo:garantindo riferito:referido
riferisce:refere riferì:referiu commentato:salientado proseguito:acrescentado prosegue:acrescenta
annunciando:afirmando lasciato:deixou intendere:claro fatto:fait sapere:savoir più:mais volte:vezes si:se
limitato:limitou dire:dizer osservare:comentar commentare:comentar ribadire:reiterar
sottolineare:sublinhar ricordare:recordar rispondere:responder ripetere:reiterar affermare:afirmar spiegare:explicar
precisare:explicar aggiungere:acrescentar sostenere:defender definì:qualificou definisce:classifica ha:tem hanno:têm
aveva:tinha avevano:tinham è:é sono:são era:era erano:eram fu:foi furono:foram stato:sido stata:sido stati:sido
state:sido sarà:será che:que il:o la:a l:o i:os gli:os le:as un:um uno:um una:uma del:do dello:do della:da dell:do
dei:dos degli:dos delle:das al:ao allo:ao alla:à all:ao ai:aos agli:aos alle:às nel:num nello:num nella:numa
nell:num nei:nos negli:nos nelle:nas di:de da:por dal:pelo dallo:pelo dalla:pela dall:pelo dai:pelos dagli:pelos
dalle:pelas in:em con:com senza:sem su:em sul:no sulla:na per:para tra:entre fra:entre dopo:depois prima:antes
secondo:segundo detta:juízo e:e ed:e ma:mas mentre:enquanto anche:também già:já poi:depois inoltre:ainda
ancora:ainda non:não né:nem come:como lui:ele lei:ela egli:ele oggi:hoje ieri:ontem lunedì:segunda martedì:terça
mercoledì:quarta giovedì:quinta venerdì:sexta sabato:sábado domenica:domingo gennaio:janeiro febbraio:fevereiro
marzo:março aprile:abril maggio:maio giugno:junho luglio:julho settembre:setembro ottobre:outubro novembre:novembro
dicembre:dezembro giornalisti:jornalistas cronisti:jornalistas stampa:imprensa conferenza:conferência
televisione:televisão agenzia:agência emittente:canal canale:canal giornale:jornal portavoce:portavoz capo:chefe
diplomazia:diplomacia cancelliere:chanceler consigliere:conselheiro consigliera:conselheira diplomatico:diplomata
diplomatica:diplomata leader:líder segretario:secretário militare:militar funzionario:responsável
responsabile:responsável fonte:fonte fonti:fontes governo:governo cremlino:kremlin russo:russo russa:russa
ucraino:ucraniano ucraina:ucraniana statunitense:americano americano:americano tedesco:alemão tedesca:alemã
francese:francês portoghese:português cinese:chinês turco:turco turca:turca polacco:polaco polacca:polaca
britannico:britânico britannica:britânica inglese:inglês spagnolo:espanhol spagnola:espanhola ungherese:húngaro
israeliano:israelense iraniano:iraniano bielorusso:bielorrusso giapponese:japonês indiano:indiano vicino:próximo
vicina:próxima vicini:próximos vicine:próximas norvegese:norueguês
""".split())}
# Some feeds strip the accents ("affermo'", "lunedi"): a word not found as written is read as its accented form,
# unless the bare word is another one ("e" the conjunction, not "è").
_ITALIAN_UNACCENTED = _unaccented(_ITALIAN_AS_PORTUGUESE)


# ... and a few words are other words with a capital: "lo Stato" (the state, not "been"), "gli Stati Uniti",
# "l'Ucraina" (the country, not the adjective)
_ITALIAN_CAPITALISED = {"Stato": "estado", "Stati": "estados", "Ucraina": "ucrania"}


@lru_cache(maxsize=4096)
def _fold_italian(word: str) -> str:
    lowered = word.lower()
    return (_ITALIAN_CAPITALISED.get(word) or _ITALIAN_AS_PORTUGUESE.get(lowered) or _ITALIAN_UNACCENTED.get(lowered)
            or fold(word))
