"""Whether the writer recalls a statement as said before ("Ранее Путин заявлял, что ...", "Напомним, ...", "Zelensky
had told the council ..."): background, not news.

Outlets close a story with what an official has said before, in words of their own. Such a recap is no new statement,
but a paraphrase is too far from the original for novelty to see the repeat, so it would alert. The grammar of the
attribution gives it away, and only that is read here (the statement's own words may recall anything: "Peskov said
Putin had repeatedly warned ..." is Peskov's news):

- a reminder: "Напомним", "Нагадаємо", "как сообщалось", "як повідомлялося", "rappelons", "zur Erinnerung" (one
  opening the paragraph holds for all of it: "Напомним, в среду Макрон обратился к нации. По словам президента
  Франции, ...");
- "repeatedly", "previously", "неоднократно", "неодноразово";
- a Russian or Ukrainian imperfective past of a speech verb ("заявлял", "подчеркивала", "наголошував"): the
  perfective ("заявил") is the news verb;
- a pluperfect of a speech verb: "had said", "hatte ... gesagt", "avait déclaré", "tinha dito", "había dicho" (not
  in a relative clause about the speaker: "Zakharova, who had said ..., said on Monday ...").

"Ранее Песков заявил" (earlier, perfective) stays news: wire copy says so of a statement made hours before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from streams.analytics.officials import fold
from streams.analytics.statements.vocabulary import _words

__all__ = ["recalled"]

_REMINDERS = _words(fold("""напомним напомню напоминаем нагадаємо нагадуємо нагадаю сообщалось повідомлялося
повідомлялось rappelons erinnerung repeatedly previously неоднократно неодноразово"""))
_PARAGRAPH_REMINDERS = _words(fold("напомним напоминаем нагадаємо нагадуємо rappelons"))
# (Not "утверждал"/"стверждував", "claimed", which keeps a fresh claim at arm's length, nor "называл", "говорил":
# news verbs too.)
_IMPERFECTIVE_STEMS = tuple(fold("заявлял отмечал подчеркивал указывал предупреждал повторял высказывал").split())
_IMPERFECTIVE_ENDINGS = ("", "а", "и")
_UK_IMPERFECTIVE_STEMS = tuple(fold("заявля зазнача наголошува підкреслюва попереджа повторюва висловлюва").split())
_UK_IMPERFECTIVE_ENDINGS = ("в", "ла", "ли")
_IMPERFECTIVES = _words(" ".join(
    [stem + ending for stem in _IMPERFECTIVE_STEMS for ending in _IMPERFECTIVE_ENDINGS]
    + [stem + ending for stem in _UK_IMPERFECTIVE_STEMS for ending in _UK_IMPERFECTIVE_ENDINGS]))
# pluperfect auxiliary -> the participles of speech verbs that may follow it (within two words, or anywhere later
# in German, which puts the participle last)
_PLUPERFECT: dict[str, frozenset[str]] = {}
for _auxiliaries, _participles in (
        ("had", """said told stated warned claimed insisted argued noted called described accused suggested promised
         announced vowed pledged threatened predicted written tweeted posted declared dismissed denied rejected
         criticized criticised stressed emphasized emphasised urged"""),
        ("hatte hatten", """gesagt erklart betont gewarnt angekundigt bekraftigt versichert behauptet geaussert
         bezeichnet gefordert mitgeteilt kritisiert zugesagt versprochen unterstrichen bestatigt"""),
        ("avait avaient", """declare dit affirme estime assure souligne averti annonce indique juge qualifie prevenu
         explique martele repete promis menace"""),
        ("tinha havia habia", """dito afirmado declarado garantido advertido alertado prometido anunciado sublinhado
         dicho asegurado"""),
):
    for _auxiliary in _auxiliaries.split():
        _PLUPERFECT[_auxiliary] = _words(fold(_participles))
_GERMAN_AUXILIARIES = frozenset(("hatte", "hatten"))
# Opening a relative clause, whose verb is not the statement's ("Zakharova, who had said ...", "повторив думку, яку
# вже висловлював у вересні": he repeated it now)
_RELATIVES = _words(fold("""who which that qui que который которая которое которые которую который яка яке які яку
якого"""))
_OPENING_QUOTE = re.compile("[\u00ab\"\u201c\u201e]")
_CLOSING_QUOTE = {opening: re.compile(f"[{closing}]") for opening, closing in (
    ("\u00ab", "\u00bb"), ('"', '"'), ("\u201c", "\u201d"), ("\u201e", "\u201c\u201d"))}
_WORD = re.compile(r"\w+")


def recalled(text: str, start: int, end: int, said: Iterable[str]) -> bool:
    """The sentence(s) ``text[start:end]``, whose statements are ``said``, recall them as said before: read outside
    the statements' words and outside quotes."""
    own = Counter(word for statement in said for word in _WORD.findall(fold(statement)))
    words = []
    for word in _WORD.findall(fold(_outside_quotes(text, start, end))):
        if own[word] > 0:
            own[word] -= 1  # (wherever a clause was cut or joined)
        else:
            words.append(word)
    if not _REMINDERS.isdisjoint(words):
        return True
    opening = _WORD.search(text, text.rfind("\n", 0, start) + 1)
    if opening is not None and fold(opening.group()) in _PARAGRAPH_REMINDERS:
        return True
    for k, word in enumerate(words):
        if _RELATIVES.intersection(words[max(0, k - 2):k]):
            continue
        if word in _IMPERFECTIVES:
            return True
        participles = _PLUPERFECT.get(word)
        if participles is not None and not participles.isdisjoint(
                words[k + 1:] if word in _GERMAN_AUXILIARIES else words[k + 1:k + 3]):
            return True
    return False


def _outside_quotes(text: str, start: int, end: int) -> str:
    """``text[start:end]`` without its quotes; from an opening mark that is never closed, everything (one pass: a
    hostile sentence of a million opening marks costs what its length does)."""
    parts = []
    while start < end:
        opening = _OPENING_QUOTE.search(text, start, end)
        if opening is None:
            break
        closing = _CLOSING_QUOTE[opening.group()].search(text, opening.end(), end)
        if closing is None:
            break
        parts.append(text[start:opening.start()])
        start = closing.end()
    parts.append(text[start:end])
    return " ".join(parts)
