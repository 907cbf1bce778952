"""Whether the writer recalls a statement as said before ("Ранее Путин заявлял, что ...", "Напомним, ...", "Zelensky
had told the council ...", "In June, Putin said ..."): background, not news.

Outlets close a story with what an official has said before, in words of their own. Such a recap is no new statement,
but a paraphrase is too far from the original for novelty to see the repeat, so it would alert. The attribution gives
it away, and only that is read here: the sentence outside its statements' own words, its quotes and its relative
clauses (the writer's recall of "Zakharova, who had said last week ..., said on Monday ..." is the clause's; "Peskov
said Putin had repeatedly warned ..." is Peskov's news).

Recalled whatever else the sentence holds:

- a reminder in the sentence: "Напомним", "Нагадаємо", "как сообщалось", "як повідомлялося", "as previously
  reported", "rappelons", "zur Erinnerung" (not the rest of a paragraph it opens: "Напомним, накануне ВСУ атаковали
  Белгород. Песков заявил журналистам, что ..." is the day's reaction);
- "Ранее ..." or "Раніше ..." opening the sentence (the agencies' way of closing a story with an earlier report),
  unless the same day follows ("Ранее в понедельник"). Not English "Earlier, ...": AP and Reuters write it of the
  same day.

Recalled when the sentence has one attribution verb, so that what marks the time is that verb's (in "Moscow had
announced a truce, but Zelensky said on Monday ..." the pluperfect is Moscow's), and names neither the day nor an
event ("on Tuesday", "в понедельник", "earlier Tuesday", "plus tôt dans la journée", "during the news conference",
"выступая на саммите": the week's news):

- a time before the story's day next to the verb or opening the sentence: "said last week", "In June, ...", "в
  прошлом месяце призывал", "Накануне президент Макрон заявил" (not "Накануне визита ...": on the eve of), "у червні",
  "тогда", "le mois dernier", "en juin", "im Juni", "damals", "il mese scorso", "a settembre" (not a date: Russian and
  Ukrainian wire copy dates the day's news, "14 июня заявил");
- "has repeatedly", "previously", "ранее", "à plusieurs reprises", "mehrfach" next to the verb ("Песков ранее
  заявил"; not "a previously unannounced news conference", "repeatedly warned" at an event, "прежде всего");
- the verb in a Russian or Ukrainian imperfective past ("заявлял", "подчеркивал", "наголошував", "казав"; the
  perfective "заявил" is the news verb);
- the verb in the pluperfect ("had said", "hatte ... gesagt", "avait déclaré", "tinha dito", "había dicho", "aveva
  detto"; not Italian's of earlier the same day: "aveva detto poco prima");
- a date at least ``DATED_RECALL_DAYS`` before the story's day, when the story's day is known (its publication
  date), that dates the verb: right before or after it, opening the sentence before its speaker, or after its
  object with a preposition of its own ("Macron said on Feb. 26 that ...", "On June 14, Putin said", "14 июня Путин
  заявил", "le 26 février", "told reporters on Feb. 27"), or dating the occasion it was said at ("said in a Feb. 20
  interview", "told a news conference in Kyiv on Feb. 25"); a day of the week with its date is that date ("on
  Friday, March 1"); not an event's date ("after Feb. 26 talks", "после атаки 1 марта", "Nach dem Treffen am 26.
  Februar sagte"), nor that of what the statement is about or responds to ("Asked about the Feb. 26 summit", "In
  response to the Feb. 26 remarks"), nor one up to half a year ahead of the story's day (a deadline, an event to
  come); a date without a year further ahead is last year's.

"Накануне" followed by what it is the eve of ("накануне саммита", "Накануне 8 марта") is no time before the story's
day.

A wrongly recalled statement loses its story (novelty takes its copies for repeats), so where the reading is unsure
the rules leave the statement news.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

from streams.analytics.officials import fold
from streams.analytics.statements.text import _WORD
from streams.analytics.statements.vocabulary import (
    _ADDRESSEES, _ARTICLES, _COMPLEMENTIZERS, _DETERMINERS, _FR_GERUNDS, _ITALIAN_AS_PORTUGUESE, _MONTH_NUMBERS,
    _PREPOSITIONS, _PT_GERUNDS, _PT_INFINITIVES, _SLAVIC_ADDRESSEES, _SLAVIC_GERUNDS, _SPEECH_VERBS, _TELL_VERBS,
    _TITLE_WORDS, _words)

__all__ = ["recalled", "dated_before"]

_REMINDERS = _words(fold("""напомним напомню напоминаем нагадаємо нагадуємо нагадаю сообщалось повідомлялося
повідомлялось rappelons"""))
_REMINDER_PHRASE = re.compile(  # ("zur Erinnerung an die Opfer" is "in memory of")
    r"\b(?:zur erinnerung\b(?! an\b)|as (?:previously|earlier) reported|как (?:ранее )?сообщал(?:ось|а)?"
    r"|як (?:раніше )?повідомля(?:лося|лось|в|ла)|comme (?:deja|precedemment) annonce)\b")
# (Not "неоднократно": "неоднократно подчеркнул в ходе брифинга" is news; "неоднократно заявлял" is the imperfective's.)
_REPEATEDLY = _words(fold("""repeatedly previously reprises mehrfach reiteradamente repetidamente ripetutamente ранее
раніше прежде"""))
_REPEATEDLY_REACH = 3  # words between it and the verb: "a affirmé à plusieurs reprises"
_PERFECT = frozenset(("has", "have", "had"))
_TIME_REACH = 2  # words between a time and the verb: "said earlier last week", "Путин в июне говорил"
_EVE = frozenset(("накануне", "напередодні", "напередодни", "la veille"))  # also "on the eve of" before a noun
_SEPARATOR = "_"  # a phrase ends (a comma, a colon, a dash, a bracket)
_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
# (Not "утверждал"/"стверждував", "claimed", which keeps a fresh claim at arm's length, nor "называл"/"називав",
# "говорил" ("говорил около двадцати минут", "Что Путин говорил на форуме"), Ukrainian "закликав": news verbs too.)
_IMPERFECTIVE_STEMS = tuple(fold("""заявлял отмечал подчеркивал указывал предупреждал повторял высказывал
призывал""").split())
_IMPERFECTIVE_ENDINGS = ("", "а", "и")
_UK_IMPERFECTIVE_STEMS = tuple(fold("""заявля зазнача наголошува підкреслюва попереджа повторюва висловлюва
каза""").split())
_UK_IMPERFECTIVE_ENDINGS = ("в", "ла", "ли")
_IMPERFECTIVES = _words(" ".join(
    [stem + ending for stem in _IMPERFECTIVE_STEMS for ending in _IMPERFECTIVE_ENDINGS]
    + [stem + ending for stem in _UK_IMPERFECTIVE_STEMS for ending in _UK_IMPERFECTIVE_ENDINGS]))
# pluperfect auxiliary -> the participles of speech verbs it makes a pluperfect of (the verb within two words after
# it, or anywhere after it in German, which puts the participle last)
_PLUPERFECT: dict[str, frozenset[str]] = {}
for _auxiliaries, _participles in (
        ("had", """said told stated warned claimed insisted argued noted called described accused suggested promised
         announced vowed pledged threatened predicted written tweeted posted declared dismissed denied rejected
         criticized criticised stressed emphasized emphasised urged acknowledged admitted"""),
        ("hatte hatten", """gesagt erklart betont gewarnt angekundigt bekraftigt versichert behauptet geaussert
         bezeichnet gefordert mitgeteilt kritisiert zugesagt versprochen unterstrichen bestatigt beteuert eingeraumt
         aufgerufen"""),
        ("avait avaient", """declare dit affirme estime assure souligne averti annonce indique juge qualifie prevenu
         explique martele repete promis menace appele salue reconnu exhorte plaide insiste"""),
        ("tinha havia habia", """dito afirmado declarado garantido advertido alertado prometido anunciado sublinhado
         dicho asegurado"""),
        ("aveva avevano", """detto affermato dichiarato sottolineato assicurato avvertito annunciato promesso ribadito
         spiegato scritto definito accusato minacciato"""),
):
    for _auxiliary in _auxiliaries.split():
        _PLUPERFECT[_auxiliary] = _words(fold(_participles))
_GERMAN_AUXILIARIES = frozenset(("hatte", "hatten"))
# Italian verbs of attribution as written (the extractor reads them as Portuguese ones), so that a sentence with two,
# "«...», ha aggiunto Macron, lo stesso che nel 2022 aveva detto che ...", is not read as one recalled statement
_ITALIAN_VERBS = frozenset(fold(italian) for italian, portuguese in _ITALIAN_AS_PORTUGUESE.items()
                           if portuguese in _SPEECH_VERBS and portuguese not in _PT_GERUNDS
                           and portuguese not in _PT_INFINITIVES)
_PARTICIPLES = frozenset().union(*_PLUPERFECT.values())
# Not attribution verbs of their own: gerunds ("..., saying that", "en affirmant", "отметив"; but a word in -в is
# also a Ukrainian past tense, "заявив")
_NOT_FINITE = _FR_GERUNDS | _PT_GERUNDS | frozenset(word for word in _SLAVIC_GERUNDS if not word.endswith("в"))
# A relative clause after a comma, to the next mark: its markers are its own ("Zelensky, who had told world leaders a
# year ago that ..., accused Moscow on Tuesday")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whom|whose|which|qui|dont|quien|quienes|cuyo|cuya|которы[йеяхм]"
                              r"|которо(?:го|й|му|е)|которую|котор(?:ым|ыми)|яки[йхм]|яка|яке|які|яку|яко(?:го|ї|му)"
                              r"|якій|якими)\b[^,;:]*", re.IGNORECASE)
_MONTHS = """january february march april may june july august september october november december"""
# A time before the story's day, in the folded words of the attribution
_BEFORE_TODAY = re.compile(r"\b(?:" + "|".join((
    r"last (?:week|month|year|summer|autumn|fall|winter|spring)", r"(?:weeks?|months?|years?|days) ago",
    r"earlier (?:this|in the) (?:week|month|year)", r"at the time", rf"in (?:{'|'.join(_MONTHS.split())})",
    r"(?:прошлой|прошлую) неделе", r"прошлом (?:месяце|году)", r"минулого (?:тижня|місяця|року)", r"торік",
    r"тогда(?! же)", r"тоді(?! ж\b)",
    r"(?:в|у|во) (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре"
    r"|декабре|сiчнi|сiчні|січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні)",
    r"(?:la )?semaine (?:derniere|passee)", r"(?:le )?mois (?:dernier|passe)",
    r"(?:l )?(?:an|annee) (?:dernier|derniere|passee)", r"a l epoque",
    r"en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)",
    r"(?:vergangene|letzte|vorige)n? (?:woche|monat|jahr)", r"im (?:vergangenen|letzten) (?:monat|jahr)",
    r"vor (?:einem|einer|zwei|drei|wenigen|einigen) (?:jahr|monat|woche|tagen|jahren|monaten|wochen)", r"damals",
    r"im (?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)",
    r"ha(?:s|ve|d) long (?:said|argued|maintained|insisted|warned)", r"since the (?:start|beginning|outbreak)",
    r"(?:hat|hatte|haben|hatten) (?:\w+ )?wiederholt", r"накануне", r"напередодни", r"напередодні", r"la veille",
    r"am vortag", r"the (?:day|night) before", r"the previous day", r"a day earlier",
    r"(?:la )?settimana scorsa", r"(?:il )?mese scorso", r"(?:l )?anno scorso", r"lo scorso (?:anno|mese)",
    r"(?:settimane|mesi|anni) fa", r"all epoca", r"il giorno prima",
    r"(?:a|in|nel mese di) (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre"
    r"|novembre|dicembre)")) + r")\b")
# What may follow a date that dates the verb: a mark, "that", "in Kyiv", "dernier" ("le 26 février dernier"), "на
# пресс-конференции", "à Bruxelles"
_DATE_FOLLOWERS = frozenset(("that", "que", "qu", "dass", "che", "что", "що", "in", "at", "during", "dernier",
                             "derniere", "на", "в", "у", "a", "en", "auf", "bei", "and", "и", "і", "та", "und", "et",
                             _SEPARATOR))
# ... and the auxiliary between the speaker and the verb after a date opening the sentence: "Il 24 febbraio Putin ha
# detto", "Le 26 février Macron a déclaré"
_DATED_AUXILIARIES = frozenset("ha hanno aveva avevano a avait tem tinha has had hat hatte".split())
# ... and what may come before it, opening the sentence: "Ещё 12 февраля Песков заявил", "As recently as Dec. 4, ..."
_DATE_LEADERS = frozenset(fold("еще ще уже вже already also deja").split())
_AS_RECENTLY_AS = ["as", "recently", "as"]
# Words after "накануне" that make it "the day before", not "on the eve of" (prepositions and addressees aside)
_NOT_EVE_OF = frozenset(fold("""также тоже уже вже же ещё еще вновь снова знову публично також ранее раніше вечером
утром ввечері вранці что що que qu a""").split())
# Occasions a statement is made in, dated: "said in a Feb. 20 interview", "told CNN in a Feb. 28 interview", "заявил
# на пресс-конференции 23 февраля", "lors d'un point de presse le 19 février" (and German compounds: "am Rande der
# Sicherheitskonferenz am 15. Februar")
_OCCASIONS = frozenset(fold("""interview statement speech address post briefing letter op article tweet message
broadcast conference anniversary summit meeting rally session forum hearing debate ceremony remarks comments event
allocution интервью інтерв брифинге брифинга брифінгу конференции конференції выступлении виступі обращении зверненні
entretien presse discours pressekonferenz rede""").split())  # ("інтерв" of "інтерв'ю", split at its apostrophe)
_OCCASION_ENDINGS = ("konferenz", "interview", "gipfel")
# ... and what comes before the date there: "in a", "on the", "at his"
_OCCASION_DETERMINERS = _ARTICLES | _DETERMINERS
_OCCASION_PREPOSITIONS = frozenset(("in", "at", "on", "during"))
_OCCASION_OPENERS = _OCCASION_DETERMINERS | _OCCASION_PREPOSITIONS | frozenset(("в", "во", "у", "на", "un", "une"))
# What the statement is about, before a date: the date is that topic's ("Asked about the Feb. 26 summit", "told
# reporters about the meeting on Feb. 26", "Interrogé sur le sommet du 26 février", "mit Blick auf den Gipfel am 26.
# Februar"; "of" only right after the verb, "said of the briefing", not "at a meeting of the council"; and "on" before
# a lowercase word, "in a statement on the attack on Feb. 26", not "wrote on Telegram on Feb. 26": see _about)
_TOPIC_WORDS = frozenset(fold("about of regarding concerning over sur propos о об обо про über zu blick bezug").split())
# An occasion responded to is someone else's: "In response to the Feb. 26 remarks, Peskov said"
_RESPONSE_WORDS = frozenset(fold("""response responding reply replying reacting reaction commenting ответ отвечая
комментируя відповідь відповідаючи коментуючи reponse repondant reagissant antwort reaktion""").split())
# "Speaking on Feb. 25, ...", "Interrogé le 28 janvier, ...": the date of the sentence's statement
_SPEAKING = frozenset(fold("""speaking addressing asked questioned выступая виступаючи exprimant interroge interrogee
""").split())
# ... and an interview's or address's, dated by when it was published: "В интервью, опубликованном 16 декабря, ..."
_PUBLISHED = frozenset(fold("""published aired broadcast опубликованном вышедшем опубликованное вышедшее опублікованому
опублікованім""").split())
# Words of whom an official told, before a date: "told Ukrainian state television on Nov. 22"
_ADDRESSEE_REACH = 3
# Words between the verb and a date after an occasion ("in an interview on Feb. 28")
_OCCASION_REACH = 6
# Prepositions of a time before or after an event: a date in their phrase is the event's
_SEQUENCE_PREPOSITIONS = frozenset(fold("""after before following since until ahead nach vor seit bis после перед
до після apres avant depuis apos antes depois desde despues dopo prima""").split())
# A date without a year up to this many days after the story's day is ahead (a deadline, an event to come)
_AHEAD_DAYS = 183
#: A date in an attribution at least this many days before the story's day recalls its statement (a day's margin
#: for time zones: a story published after midnight UTC dates the day before's news in its own time zone).
DATED_RECALL_DAYS = 2
# Days of the week, folded, as an attribution names them ("в пятницу", "on Friday", "am Dienstag")
_WEEKDAY_NAMES = (r"(?:(?:в|во|у) (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок"
                  r"|вівторок|середу|четвер|пʼятницю|п ятницю|суботу|неділю)|monday|tuesday|wednesday|thursday|friday"
                  r"|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch"
                  r"|donnerstag|freitag|samstag|sonntag|lunes|martes|miercoles|jueves|viernes|sabado|domingo"
                  r"|segunda feira|terca feira|quarta feira|quinta feira|sexta feira"
                  r"|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)")
# The preposition a date may open with, which makes it the date of the attribution's occasion ("on Feb. 26", "le 26
# février", "am 26. Februar", "il 26 febbraio")
_DATE_PREPOSITIONS = ("on", "le", "am", "il")
_MONTH_NAMES = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
# "june 14", "on feb 26 2024", "14 июня", "le 1er decembre", "26 of february", "on friday _ march 1", "am dienstag _
# 20 august" (folded words: "Feb. 26" is "feb 26"; the preposition and the day of the week belong to the date, so that
# "On June 14, Putin said" opens with it and a weekday there names no day of this week)
_DATE = re.compile(rf"\b(?:(?:{'|'.join(_DATE_PREPOSITIONS)}) )?"
                   rf"(?:(?:last )?{_WEEKDAY_NAMES} (?:{_SEPARATOR} )?(?:(?:the|dem|den|le) )?)?"
                   rf"(?:(?P<month>{_MONTH_NAMES}) (?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
                   rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th|er)? (?:of )?(?P<month2>{_MONTH_NAMES}))"
                   r"(?: (?P<year>(?:19|20)\d\d)(?: (?:года|г|року|р|roku))?)?\b")
# "Ранее ...", "Раніше ..." opening the sentence: a statement reported before (TASS, Interfax, RIA close with them),
# unless the same day follows ("Ранее в понедельник"). (Not English "Earlier, ...": AP and Reuters write it of the
# same day.)
_EARLIER = frozenset(("ранее", "раніше"))
# The day of the week or "today": the same week's, or the day's, news
_TODAY = re.compile(rf"\b(?:{_WEEKDAY_NAMES}|сегодня|сьогодні|утром"
                    r"|днем|вечером|ввечері|вранці|в тот же день|в этот день|в течение дня|этим (?:утром|вечером)"
                    r"|цього дня|того ж дня|today|tonight"
                    r"|in the day|this (?:morning|afternoon|evening)|aujourd hui|ce soir|hoy|hoje|oggi|stamattina"
                    r"|stasera|in mattinata|in serata)\b")
# The same day as the story: a pluperfect there is the day's news ("Earlier on Tuesday, Peskov had said ...")
_SAME_DAY = re.compile(r"\b(?:" + "|".join((
    r"earlier (?:today|on \w+|in the day|\w+day)", r"this morning", r"hours (?:earlier|before)",
    r"plus tot", r"ce matin", r"dans la matinee", r"heures plus tot", r"heute", r"fruher am tag", r"zuvor",
    r"\w*(?:vormittag|nachmittag)", r"am morgen", r"horas antes", r"mas temprano", r"mais cedo",
    r"poco prima", r"(?:poche )?ore prima", r"in mattinata", r"in giornata", r"nella stessa giornata",
    r"(?:morning|evening|nightly|video) (?:address|briefing)", r"(?:утреннем|вечернем|вечірньому|ранковому) "
    r"(?:обращении|зверненні|брифинге|брифінгу)")) + r")\b")
# An event the statement was made at: repetition and the imperfective are that event's ("repeatedly said during the
# news conference", "в ходе встречи подчеркивал")
_DURING = re.compile(r"\b(?:during|в ходе|во время|під час|lors d\w*|pendant|wahrend|bei der|durante|speaking"
                     r"|выступая|виступаючи|s exprimant)\b")
# Quotes as the extractor reads them (typographic double quotes already straightened)
_OPENING_QUOTE = re.compile("[\u00ab\"\u2039]")
_CLOSING_QUOTE = {"\u00ab": "\u00bb", '"': '"', "\u2039": "\u203a"}


def recalled(text: str, start: int, end: int, said: Iterable[str], day: date | None = None,
             italian: bool = False) -> bool:
    """The sentence(s) ``text[start:end]``, whose statements are ``said``, recall them as said before (read
    outside the statements' own words, quotes and relative clauses). ``text`` has its quotes as the extractor reads
    them (straight double quotes, guillemets); ``day`` is the story's (None: dates are not read)."""
    sentence = text[start:end]
    spans, unplaced, openers = _statement_spans(sentence, said)
    frame = _frame(sentence, spans + _quote_spans(sentence) + [m.span() for m in _RELATIVE_CLAUSE.finditer(sentence)])
    frame = _BREAK.sub(f" {_SEPARATOR} ", frame)  # (where a phrase ends: what marks a time is next to its verb)
    own = Counter(word for statement in unplaced for word in _WORD.findall(fold(statement)))
    folded = _WORD.findall(fold(frame))
    as_written = _WORD.findall(frame)
    if len(as_written) != len(folded):  # (folding split or joined a word: "ß")
        as_written = folded
    words = []
    capitalised = set()
    for word, written in zip(folded, as_written):
        if own[word] > 0:
            own[word] -= 1  # (a statement not found as it stands: a clause joined across its attribution)
        else:
            if not written[0].islower():
                capitalised.add(len(words))
            words.append(word)
    joined = " ".join(words)
    if not _REMINDERS.isdisjoint(words) or _REMINDER_PHRASE.search(joined):
        return True
    dated = [] if day is None else _dates_before(joined, day)
    # (a day of the week that opens a date before the story's day, "on Friday, March 1", is that date's)
    today = any(not any(date_.start() <= found.start() < date_.end() for date_ in dated)
                for found in _TODAY.finditer(joined))
    during = _DURING.search(joined) is not None
    opening = _WORD.search(sentence)
    if opening is not None and fold(opening.group()) in _EARLIER and not sentence[:opening.start()].strip() \
            and not today and not during:
        return True
    verbs = [k for k, word in enumerate(words)
             if k not in capitalised and word != _SEPARATOR
             and (_attribution_verb(word) or italian and word in _ITALIAN_VERBS)
             and not (_occasion(word) and not _OCCASION_DETERMINERS.isdisjoint(words[max(0, k - 3):k]))]
    # (not a noun: "in his nightly video address", "a statement")
    if len(verbs) > 1:  # a statement's own verb is its speaker's second ("заявил, что ..., и пообещал ...")
        verbs = [k for k in verbs if words[k] not in openers] or verbs
    if len(verbs) != 1:
        return False  # (none of its own, or several: whose the marks of time are is not told here)
    verb = verbs[0]
    if today:
        return False  # the day is named: the week's news ("Песков ранее в понедельник заявил")
    for marker in dated:
        first, last = _word_span(joined, marker)
        if _dates_verb(words, capitalised, verb, first, last,
                       preposed=marker.group().split()[0] in _DATE_PREPOSITIONS):
            # ("said on Feb. 26 that", "On June 14, Putin said", "14 февраля Песков заявил"; and "in his nightly
            # video address on Jan. 23": the date says which evening)
            return True
    if _SAME_DAY.search(joined) is not None:
        return False  # "Earlier Tuesday", "this morning", "in his nightly video address"
    for marker in _BEFORE_TODAY.finditer(joined):
        first, last = _word_span(joined, marker)
        if marker.group() in _EVE and _eve_of(words, capitalised, verb, last + 1):
            continue  # "накануне саммита", "Накануне 8 марта": on the eve of
        if _next_to(words, verb, first, last, _TIME_REACH) or first == 0 and (
                words[last + 1:last + 2] == [_SEPARATOR] or last < verb and _SEPARATOR not in words[last:verb]
                and (marker.group() not in _EVE or last + 1 in capitalised or words[last + 1] in _TITLE_WORDS)):
            # ("said last week", "в прошлом месяце призывал"; "In June, Putin said ...", "В сентябре прошлого года
            # президент Путин сказал"; "Накануне президент Макрон заявил" but not "Накануне визита Зеленский заявил")
            return True
    if not during and any(word in _REPEATEDLY and _next_to(words, verb, k, k, _REPEATEDLY_REACH)
                          and words[k + 1:k + 2] != ["всего"]
                          and (word != "repeatedly" or not _PERFECT.isdisjoint(words[max(0, k - 2):k]))
                          for k, word in enumerate(words)):
        return True  # ("has repeatedly said"; not "repeatedly warned" at an event, nor "прежде всего": first of all)
    if words[verb] in _IMPERFECTIVES:
        return not during
    return words[verb] in _PARTICIPLES and any(
        words[verb] in _PLUPERFECT.get(word, ()) and (k >= verb - 2 or word in _GERMAN_AUXILIARIES)
        and _SEPARATOR not in words[k:verb] for k, word in enumerate(words[:verb]))


def dated_before(text: str, day: date) -> bool:
    """``text`` (a line as written: "— Volodymyr Zelensky (@ZelenskyyUa) March 3, 2024") holds a date at least
    ``DATED_RECALL_DAYS`` before the story's ``day``."""
    return bool(_dates_before(" ".join(_WORD.findall(fold(text))), day))


def _dates_before(joined: str, day: date) -> list[re.Match[str]]:
    """The dates in ``joined`` (folded words joined by single spaces) at least ``DATED_RECALL_DAYS`` before ``day``."""
    return [found for found in _DATE.finditer(joined) if _days_before(found, day) >= DATED_RECALL_DAYS]


def _word_span(joined: str, found: re.Match[str]) -> tuple[int, int]:
    """The first and last word indexes of ``found`` in ``joined`` (words joined by single spaces)."""
    return joined.count(" ", 0, found.start()), joined.count(" ", 0, found.end() - 1)


def _days_before(found: re.Match[str], day: date) -> int:
    """How many days before ``day`` the date ``found`` (a match of ``_DATE``) is: without a year, a date up to half
    a year ahead is ahead (-1: "said on Monday that troops would leave by March 10"), a later one is last year's
    ("Dec. 31" in a story of Jan. 3); -1 for no such date ("February 30")."""
    month = _MONTH_NUMBERS[found.group("month") or found.group("month2")]
    number = int(found.group("day") or found.group("day2"))
    year = int(found.group("year")) if found.group("year") else day.year
    try:
        said_on = date(year, month, number)
        ahead = (said_on - day).days  # (no date arithmetic: the story's day may be the last one a date can hold)
        if not found.group("year") and ahead > 1:
            if ahead <= _AHEAD_DAYS:
                return -1  # a date ahead: a deadline or an event to come ("by March 10", "накануне 8 марта")
            said_on = date(year - 1, month, number)
    except ValueError:
        return -1
    return (day - said_on).days


def _eve_of(words: list[str], capitalised: set[int], verb: int, following: int) -> bool:
    """"Накануне" (the day before) followed by what it is the eve of: a noun or a date ("накануне саммита",
    "Накануне 8 марта"), not the verb, a mark, a name, a title, an adverb, a preposition, whom the official tells or
    "que" ("Накануне Путин заявил", "накануне также заявил", "заявил накануне журналистам", "a déclaré la veille
    que")."""
    if following >= len(words) or following == verb or words[following] == _SEPARATOR:
        return False
    word = words[following]
    return word[0].isdigit() or following not in capitalised and word not in _TITLE_WORDS \
        and word not in _NOT_EVE_OF and word not in _PREPOSITIONS and word not in _SLAVIC_ADDRESSEES


def _dates_verb(words: list[str], capitalised: set[int], verb: int, first: int, last: int, *,
                preposed: bool) -> bool:
    """The date at words ``first``..``last`` dates the verb: right before or after it, opening the sentence before
    its speaker ("On June 14, Putin said", "14 февраля Песков заявил"), or after the verb's object with a preposition
    of its own (``preposed``: "told reporters on Feb. 27", "said in an interview on Feb. 28"), or an occasion of
    speaking the verb was said in ("said in a Feb. 20 interview"), or after "speaking" ("Zelensky, speaking on Feb. 25,
    said"); and not another noun's ("said after Feb. 26 talks", "commented on Feb. 26 remarks", "после атаки 1 марта
    заявил": the word after the date is then no mark, verb, name, title or conjunction), nor that of an event the
    statement came before or after ("Nach dem Treffen am 26. Februar sagte Scholz"), was about ("told reporters about
    the meeting on Feb. 26") or responded to ("said in response to the remarks on Feb. 26")."""
    after = last + 1
    if after < len(words) and words[after] in ("dernier", "derniere"):
        last, after = after, after + 1  # "le 26 février dernier"
    # the date is a noun's ("Feb. 26 talks"), unless that noun is the occasion ("a Feb. 20 (televised) interview")
    noun_after = after < len(words) and after != verb and after not in capitalised and not (
        words[after] in _DATE_FOLLOWERS or words[after] in _PREPOSITIONS or words[after] in _TITLE_WORDS)
    occasion = after if after < len(words) and _occasion(words[after]) else after + 1  # ("a March 5 televised address")
    occasion_after = occasion < len(words) and _occasion(words[occasion]) and _SEPARATOR not in words[after:occasion]
    if last < verb and (occasion_after or not noun_after) \
            and _dated_occasion_phrase(words, capitalised, first, last, verb):
        return True  # "Speaking in Riyadh on Feb. 18, Lavrov said", "In a Feb. 28 interview with Fox News, ..."
    if occasion_after and first > verb + 1 and words[first - 1] in _OCCASION_DETERMINERS \
            and (first - 2 == verb or words[first - 2] in _OCCASION_PREPOSITIONS):
        # "said in a Feb. 20 interview", "told CNN in a Feb. 28 interview", "said on the Feb. 24 anniversary",
        # "told the Feb. 24 conference" (not "said after the Feb. 24 summit")
        between = words[verb + 1:max(verb + 1, first - 2)]
        return len(between) <= _TIME_REACH and _SEPARATOR not in between
    if noun_after:
        return False
    if last < verb:
        between = words[last + 1:verb]
        # (opening the sentence, or a phrase of it: "It was not the first such warning: on March 21, Lavrov told")
        opening = first == 0 or words[first - 1] == _SEPARATOR or words[first - 1] in _DATE_LEADERS \
            and (first == 1 or words[first - 2] == _SEPARATOR) or words[max(0, first - 3):first] == _AS_RECENTLY_AS
        if not between or between == [_SEPARATOR] and _SEPARATOR in words[first:last]:
            # ("Захарова в пятницу, 1 марта, заявила"), unless the date is a noun's of a time before or after it:
            # "Nach dem Treffen am 26. Februar sagte Scholz", "Захарова после брифинга 28 февраля заявила"
            return opening or not _after_sequence_phrase(words, first)
        return opening and (
            between[0] == _SEPARATOR
            or _SEPARATOR not in between and (all(k in capitalised or words[k] in _TITLE_WORDS
                                                  or words[k] in _DATED_AUXILIARIES for k in range(last + 1, verb))
                                              or any(_occasion(word) for word in between)))
        # ("Еще 21 ноября Путин в обращении к нации заявил")
    between = words[verb + 1:first]
    if not between or between == [_SEPARATOR] and (after == len(words) or words[after] == _SEPARATOR):
        return True  # (and "a accusé, le 13 mars, les Européens de ...")
    if _SEPARATOR in between or not _COMPLEMENTIZERS.isdisjoint(between) or not _RESPONSE_WORDS.isdisjoint(between) \
            or _about(words, capitalised, verb + 1, first):
        return False  # (the date of what was said about or responded to: "told reporters about the meeting on ...")
    if len(between) <= _ADDRESSEE_REACH and all(k in capitalised for k in range(verb + 1, first)):
        return True  # the speaker named after the verb: "Как заявил Лавров 25 марта, ..."
    if len(between) <= _OCCASION_REACH and any(_occasion(word) for word in between):
        # "said in an interview on Feb. 28", "заявил на пресс-конференции в Киеве 23 февраля" (not "said after a
        # meeting with Scholz on Feb. 26": the meeting's date)
        return _SEQUENCE_PREPOSITIONS.isdisjoint(between)
    told = _addressee_length(words, capitalised, verb, first)
    place = between[told:]  # (whom the official told, then where)
    if not place:
        return told > 0  # "told reporters Feb. 29", "сказал журналистам 29 февраля", "told Ukrainian television on ..."
    return preposed and (len(place) == 1 and not told or 1 < len(place) <= 4 and place[0] in ("in", "at", "on") and all(
        k in capitalised or words[k] == "the" for k in range(first - len(place) + 1, first)))
    # ("told reporters in Brussels on Feb. 27", "told reporters at the White House on Feb. 24", "wrote on X on ...")


def _addressee_length(words: list[str], capitalised: set[int], verb: int, end: int) -> int:
    """How many words after the verb name whom the official told, before word ``end``: "reporters", "журналистам",
    "Ukrainian television", "the BBC" (after "told"); 0 when none do."""
    if words[verb + 1] in _ADDRESSEES or words[verb + 1] in _SLAVIC_ADDRESSEES:
        return 1
    if words[verb] not in _TELL_VERBS:
        return 0
    k = verb + 1  # determiners and capitalised words ("the BBC", "Ukrainian"), up to an addressee noun
    while k < min(end, verb + 1 + _ADDRESSEE_REACH) and (k in capitalised or words[k] in _OCCASION_DETERMINERS):
        k += 1
    if k < end and words[k] in _ADDRESSEES:
        return k - verb
    return k - verb - 1 if k > verb + 1 and words[k - 1] not in _OCCASION_DETERMINERS else 0


def _occasion(word: str) -> bool:
    """A (folded) word naming an occasion of speaking: "interview", "briefing", "пресс-конференции",
    "Sicherheitskonferenz"."""
    return word in _OCCASIONS or word.endswith(_OCCASION_ENDINGS)


def _dated_occasion_phrase(words: list[str], capitalised: set[int], first: int, last: int, verb: int) -> bool:
    """The date at words ``first``..``last`` is in a phrase of its own before the verb that tells where the statement
    was made: "Speaking in Riyadh on Feb. 18, Lavrov said", "Выступая 25 февраля на пресс-конференции, Лавров заявил",
    "Dans un entretien accordé le 14 mars à TF1, Macron a déclaré", "В интервью 5 сентября Песков заявил" (not "After
    the summit on Feb. 26, ...")."""
    start = next((k + 1 for k in range(first - 1, -1, -1) if words[k] == _SEPARATOR), 0)
    end = next((k for k in range(last + 1, verb) if words[k] == _SEPARATOR), None)
    if start >= 2 and end is not None and words[start] in _PUBLISHED:
        # "В интервью, опубликованном 16 декабря, Лавров сказал": the date the occasion before it was published
        start = next((k + 1 for k in range(start - 2, -1, -1) if words[k] == _SEPARATOR), 0)
    if end is None:  # the phrase ends where its speaker is named, right before the verb
        if last + 1 == verb or not all(k in capitalised or words[k] in _TITLE_WORDS for k in range(last + 1, verb)):
            return False
        end = last + 1
    if not _SEQUENCE_PREPOSITIONS.isdisjoint(words[start:first]) or not _RESPONSE_WORDS.isdisjoint(words[start:end]) \
            or _about(words, capitalised, start, first):
        return False
    # (an occasion in a phrase: "in a statement", "на пресс-конференции"; not "Post when Aug 22")
    return any(words[k] in _SPEAKING or _occasion(words[k]) and any(
        word in _PREPOSITIONS or word in _OCCASION_OPENERS for word in words[max(start, k - 3):k])
        for k in range(start, end))


def _about(words: list[str], capitalised: set[int], start: int, end: int) -> bool:
    """Words ``start``..``end`` - 1 say what was spoken about ("about the meeting", "sur le sommet", "on the attack",
    "said of the briefing"; not "on Telegram", "on the sidelines of the summit"), so a date after them is that
    topic's."""
    return any(word in _TOPIC_WORDS and (word != "of" or k == start)
               or word == "on" and k + 1 < len(words) and k + 1 not in capitalised
               and words[k + 2:k + 3] not in (["sidelines"], ["margins"])
               for k, word in enumerate(words[start:end], start))


def _after_sequence_phrase(words: list[str], first: int) -> bool:
    """The date at word ``first`` ends a phrase of time before or after an event, in its part of the sentence:
    "nach dem Treffen am 26. Februar", "after the meeting on Feb. 26", "после брифинга 28 февраля"."""
    for k in range(first - 1, -1, -1):
        if words[k] == _SEPARATOR:
            return False
        if words[k] in _SEQUENCE_PREPOSITIONS:
            return True
    return False


def _next_to(words: list[str], verb: int, first: int, last: int, reach: int) -> bool:
    """Words ``first``..``last`` are within ``reach`` words of the verb, in its phrase."""
    if last < verb:
        between = words[last + 1:verb]
    elif first > verb:
        between = words[verb + 1:first]
    else:
        return False
    return len(between) < reach and _SEPARATOR not in between


def _attribution_verb(word: str) -> bool:
    """A (folded) word that can be the verb of an attribution, not a gerund ("saying", "en affirmant", "отметив")."""
    return (word in _SPEECH_VERBS or word in _IMPERFECTIVES or word in _PARTICIPLES) and word not in _NOT_FINITE \
        and not word.endswith("ing")


def _frame(sentence: str, cuts: list[tuple[int, int]]) -> str:
    """``sentence`` without the ``cuts``."""
    parts = []
    position = 0
    for a, b in sorted(cuts):
        if a > position:
            parts.append(sentence[position:a])
        position = max(position, b)
    parts.append(sentence[position:])
    return " ".join(parts)


#: Sentences longer than this (hostile input) have their statements' words taken out by count, not found in place;
#: so has a statement not found as it stands when its words times the sentence's characters are more than the other.
_MAX_PLACED_SENTENCE = 20_000
_MAX_PLACING_WORK = 1_000_000


def _statement_spans(sentence: str, said: Iterable[str]) -> tuple[list[tuple[int, int]], list[str], set[str]]:
    """Where each statement stands in ``sentence`` (its words in order, whatever the spaces and marks between;
    the attribution verb opening it stays out: "had [urged Berlin to ...]", "У червні Путін [вимагав від ...]"), the
    statements not found so (a clause joined across its attribution), and those verbs."""
    spans: list[tuple[int, int]] = []
    unplaced: list[str] = []
    openers: set[str] = set()
    for statement in said:
        words = _WORD.findall(statement)
        span = None
        if words and len(sentence) <= _MAX_PLACED_SENTENCE:
            plain = statement.rstrip(" .!?\u2026")
            at = sentence.find(plain)  # (as it stands, mostly; else its words with any marks between)
            if at >= 0:
                span = (at, at + len(plain))
            elif len(words) * len(sentence) <= _MAX_PLACING_WORK \
                    and (found := re.search(r"\W+".join(map(re.escape, words)), sentence)) is not None:
                span = found.span()
        if span is None:
            unplaced.append(statement)
            continue
        start, end = span
        if _attribution_verb(opener := fold(words[0])):
            start += len(words[0])
            openers.add(opener)
        spans.append((start, end))
    return spans, unplaced, openers


def _quote_spans(sentence: str) -> list[tuple[int, int]]:
    """The quotes of ``sentence``; from an opening mark that is never closed, none (one pass: a hostile sentence of
    a million opening marks costs what its length does)."""
    spans = []
    start = 0
    while True:
        opening = _OPENING_QUOTE.search(sentence, start)
        if opening is None:
            return spans
        closing = sentence.find(_CLOSING_QUOTE[opening.group()], opening.end())
        if closing < 0:
            return spans
        spans.append((opening.start(), closing + 1))
        start = closing + 1
