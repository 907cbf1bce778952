"""Whether the writer recalls a statement as said before ("Ранее Путин заявлял, что ...", "Напомним, ...", "Zelensky
had told the council ...", "In June, Putin said ..."): background, not news.

Outlets close a story with what an official has said before, in words of their own. Such a recap is no new statement,
but a paraphrase is too far from the original for novelty to see the repeat, so it would alert. The attribution gives
it away, and only that is read here: the sentence outside its statements' own words, its quotes and its relative
clauses (the writer's recall of "Zakharova, who had said last week ..., said on Monday ..." is the clause's; "Peskov
said Putin had repeatedly warned ..." is Peskov's news).

Recalled whatever else the sentence holds:

- a reminder: "Напомним", "Нагадаємо", "как сообщалось", "як повідомлялося", "rappelons", "zur Erinnerung," (one
  opening a paragraph, outside a quote, holds for all of it, "Напомним, в среду Макрон обратился к нации. По словам
  президента Франции, ...", but for a sentence naming the day: "... . Песков в четверг заявил");
- "Ранее ..." or "Раніше ..." opening the sentence (the agencies' way of closing a story with an earlier report),
  unless the same day follows ("Ранее в понедельник"). Not English "Earlier, ...": AP and Reuters write it of the
  same day.

Recalled when the sentence has one attribution verb, so that what marks the time is that verb's (in "Moscow had
announced a truce, but Zelensky said on Monday ..." the pluperfect is Moscow's):

- a time before the story's day: "last week/month/year", "... ago", "at the time", "in June", "the day before",
  "накануне", "в прошлом месяце", "в июне", "у червні", "тогда", "le mois dernier", "en juin", "à l'époque",
  "vergangene Woche", "im Juni", "damals" (not a date: Russian and Ukrainian wire copy dates the day's news, "14 июня
  заявил");
- "repeatedly", "previously", "неоднократно", "ранее", "à plusieurs reprises", "mehrfach" next to the verb ("has
  repeatedly said", "Песков ранее говорил"; not "a previously unannounced news conference", nor with a day of the
  week: "Песков ранее в понедельник заявил");
- the verb in a Russian or Ukrainian imperfective past ("заявлял", "подчеркивал", "наголошував", "казав"; the perfective
  "заявил" is the news verb), unless a day of the week or "today" is given ("Песков в среду говорил");
- the verb in the pluperfect ("had said", "hatte ... gesagt", "avait déclaré", "tinha dito", "había dicho"), unless
  the sentence says it was the same day ("earlier on Tuesday", "plus tôt dans la journée", "am Mittwochvormittag").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from streams.analytics.officials import fold
from streams.analytics.statements.vocabulary import (
    _FR_GERUNDS, _PT_GERUNDS, _SLAVIC_GERUNDS, _SPEECH_VERBS, _words)

__all__ = ["recalled", "reminder_paragraph"]

_REMINDERS = _words(fold("""напомним напомню напоминаем нагадаємо нагадуємо нагадаю сообщалось повідомлялося
повідомлялось rappelons"""))
_REMINDER_PHRASE = re.compile(  # ("zur Erinnerung an die Opfer" is "in memory of")
    r"\b(?:zur erinnerung\b(?! an\b)|as (?:previously |earlier )?reported|как (?:ранее )?сообщал\w*|як (?:раніше )?"
    r"повідомля\w*|comme (?:deja )?annonce)")
_REPEATEDLY = _words(fold("""repeatedly previously неоднократно неодноразово reprises mehrfach reiteradamente
repetidamente ранее раніше прежде"""))
_REPEATEDLY_REACH = 3  # words between it and the verb: "a affirmé à plusieurs reprises"
_PARAGRAPH_REMINDERS = _words(fold("напомним напоминаем нагадаємо нагадуємо rappelons"))
# (Not "утверждал"/"стверждував", "claimed", which keeps a fresh claim at arm's length, nor "называл"/"називав",
# "говорил" ("говорил около двадцати минут", "Что Путин говорил на форуме"), Ukrainian "закликав": news verbs too.)
_IMPERFECTIVE_STEMS = tuple(fold("""заявлял отмечал подчеркивал указывал предупреждал повторял высказывал
призывал""").split())
_IMPERFECTIVE_ENDINGS = ("", "а", "и")
_UK_IMPERFECTIVE_STEMS = tuple(fold("""заявля зазнача наголошува підкреслюва попереджа повторюва висловлюва
ка""").split())
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
):
    for _auxiliary in _auxiliaries.split():
        _PLUPERFECT[_auxiliary] = _words(fold(_participles))
_GERMAN_AUXILIARIES = frozenset(("hatte", "hatten"))
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
    r"тогда", r"тоді", r"(?:в|у|во) (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре"
    r"|декабре|сiчнi|сiчні|січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні)",
    r"(?:la )?semaine (?:derniere|passee)", r"(?:le )?mois (?:dernier|passe)",
    r"(?:l )?(?:an|annee) (?:dernier|derniere|passee)", r"a l epoque",
    r"en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)",
    r"(?:vergangene|letzte|vorige)n? (?:woche|monat|jahr)", r"im (?:vergangenen|letzten) (?:monat|jahr)",
    r"vor (?:einem|einer|zwei|drei|wenigen|einigen) (?:jahr|monat|woche|tagen|jahren|monaten|wochen)", r"damals",
    r"im (?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)",
    r"ha(?:s|ve|d) long (?:said|argued|maintained|insisted|warned)", r"since the (?:start|beginning|outbreak)",
    r"(?:hat|hatte|haben|hatten) (?:\w+ )?wiederholt", r"накануне", r"напередодни", r"напередодні", r"la veille",
    r"am vortag", r"the (?:day|night) before", r"the previous day", r"a day earlier")) + r")\b")
# "Ранее ...", "Раніше ..." opening the sentence: a statement reported before (TASS, Interfax, RIA close with them),
# unless the same day follows ("Ранее в понедельник"). (Not English "Earlier, ...": AP and Reuters write it of the
# same day.)
_EARLIER = frozenset(("ранее", "раніше"))
# The day of the week or "today": the same week's, or the day's, news
_TODAY = re.compile(r"\b(?:(?:в|во|у) (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье"
                    r"|понеділок|вівторок|середу|четвер|пʼятницю|п ятницю|суботу|неділю)|сегодня|сьогодні|утром"
                    r"|днем|вранці|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today"
                    r"|in the day|this (?:morning|afternoon))\b")
# The same day as the story: a pluperfect there is the day's news ("Earlier on Tuesday, Peskov had said ...")
_SAME_DAY = re.compile(r"\b(?:" + "|".join((
    r"earlier (?:today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in the day)", r"this morning",
    r"plus tot dans la journee", r"plus tot (?:ce|dans la matinee)", r"ce matin", r"heute", r"fruher am tag",
    r"\w+(?:vormittag|nachmittag)")) + r")\b")
# Quotes as the extractor reads them (typographic double quotes already straightened)
_OPENING_QUOTE = re.compile("[\u00ab\"\u2039]")
_CLOSING_QUOTE = {"\u00ab": "\u00bb", '"': '"', "\u2039": "\u203a"}
_DASHES = "-\u2013\u2014"
_WORD = re.compile(r"\w+")


def reminder_paragraph(text: str, start: int, end: int) -> bool:
    """The paragraph ``text[start:end]`` opens with a reminder ("Напомним, ...", "Нагадаємо, ..."), outside a quote
    or a dialogue dash."""
    opening = _WORD.search(text, start, end)
    if opening is None or any(c in _DASHES or _OPENING_QUOTE.match(c) for c in text[start:opening.start()]):
        return False
    return fold(opening.group()) in _PARAGRAPH_REMINDERS


def recalled(text: str, start: int, end: int, said: Iterable[str], *, in_reminder: bool = False) -> bool:
    """The sentence(s) ``text[start:end]``, whose statements are ``said``, recall them as said before (read
    outside the statements' own words, quotes and relative clauses). ``text`` has its quotes as the extractor reads
    them (straight double quotes, guillemets). ``in_reminder``: the paragraph opens with a reminder, which holds
    unless the sentence names the day ("Напомним, ... . Песков в четверг заявил, что ...")."""
    sentence = text[start:end]
    spans, unplaced, openers = _statement_spans(sentence, said)
    frame = _frame(sentence, spans + _quote_spans(sentence) + [m.span() for m in _RELATIVE_CLAUSE.finditer(sentence)])
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
    if not _REMINDERS.isdisjoint(words) or _REMINDER_PHRASE.search(joined) \
            or in_reminder and _TODAY.search(joined) is None:
        return True
    first = _WORD.search(sentence)
    if first is not None and fold(first.group()) in _EARLIER and not sentence[:first.start()].strip() \
            and _TODAY.match(joined, joined.find(" ") + 1) is None:
        return True
    verbs = [k for k, word in enumerate(words) if k not in capitalised and _attribution_verb(word)]
    if len(verbs) > 1:  # a statement's own verb is its speaker's second ("заявил, что ..., и пообещал ...")
        verbs = [k for k in verbs if words[k] not in openers] or verbs
    if len(verbs) != 1:
        return False  # (none of its own, or several: whose the marks of time are is not told here)
    verb = verbs[0]
    if _BEFORE_TODAY.search(joined) is not None:
        return True
    if not _REPEATEDLY.isdisjoint(words[max(0, verb - _REPEATEDLY_REACH):verb + _REPEATEDLY_REACH + 1]) \
            and _TODAY.search(joined) is None:  # ("Песков ранее в понедельник заявил": the same week's)
        return True
    same_day = _SAME_DAY.search(joined) is not None
    if words[verb] in _IMPERFECTIVES:
        return not same_day and _TODAY.search(joined) is None
    auxiliaries = words[:verb] if words[verb] in _PARTICIPLES else []
    return not same_day and any(
        words[verb] in _PLUPERFECT.get(word, ()) and (k >= verb - 2 or word in _GERMAN_AUXILIARIES)
        for k, word in enumerate(auxiliaries))


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


#: Sentences longer than this (hostile input) have their statements' words taken out by count, not found in place.
_MAX_PLACED_SENTENCE = 20_000


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
            elif (found := re.search(r"\W+".join(map(re.escape, words)), sentence)) is not None:
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
