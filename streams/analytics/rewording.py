"""Is a repost's statement the outlet's own rewording of what the story's first copy has the official say?

Pure analytics. Outlets copy a wire story and rewrite its opening in their own words: the wire's quote "We will be
forced to take mirror measures" becomes the lead "Shoigu said Russia would respond in kind to US missiles in
Germany". Novelty compares word pairs and finds nothing it has seen: the repost alerts again. Within one story and
one official a looser test holds, because what the lead sums up is already in the story: most of the statement's
content words are words that the canonical copy's statements by the same official use. A *gist* is a statement's
content-word stems (the first five letters of words of four letters or more, leaving out common function words;
numbers whole) and whether it negates. A statement rewords the story's when every number, weekday and month it has
is somewhere in the story's first copy (the story's *facts*), it negates as one of the official's statements in the
story that share a stem with it does, and at least ``CONTENT_SHARE`` of its stems are those statements' stems or the
story's facts.

An update of the story (its body copied, so still a repost) says what is new in its opening too, in the story's
words: a reversal ("Putin will go to Rio" after "Putin will not go") negates differently, and a new figure or date
("82 localities", "on Tuesday", "27 августа") is a fact the first copy does not have; both stay new. A new request
or a new name in the story's own words can still be taken for a rewording ("Russia will ask for a meeting of the
U.N. Security Council on the Nord Stream investigation"): the README's *Known limitations*, and the labelled sets
`tests/unit/test_repost_families.py` and `test_rewritten_openings.py` for how often.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from typing import NamedTuple

from streams.analytics.novelty import NEGATIONS
from streams.analytics.officials import fold

__all__ = ["Gist", "facts", "CONTENT_SHARE", "MIN_STEMS"]

#: The share of a statement's stems that the story's statements by the same official must have.
CONTENT_SHARE = 0.6
#: A statement with fewer stems than this is too short to judge ("he denied it"): never a rewording.
MIN_STEMS = 4
# Letters of a word kept as its stem: one stem for most inflected forms ("вернется"/"вернуться", "exports"/"export")
_STEM = 5
_SHORTEST_WORD = 4
_WORD = re.compile(r"\w+")
# Function words of four letters or more, in the languages statements are read in (folded: no accents)
_FUNCTION_WORDS = frozenset(fold(word) for word in """
    that this with from will have been were would which their they there what when about also after into over more
    than could should these those other being only very such just like some most much many then them said says told
    while where because before under against between during without
    этом того чтобы который которые которая которого может могут если после более только этого этой также было были
    будет будут было этот этих свою своей своих всех очень когда уже него неё него между против через
    цього цієї який яка які якого може можуть якщо після тільки також буде було були буде свою своєї своїх всіх дуже
    коли вже нього між проти через
    dass eine einer einem einen dieser diese dieses nicht noch auch wird werden wurde hatte haben sein seine sind
    nach über unter gegen durch zwischen
    dans avec pour cette sont être était avoir mais plus leur leurs elle elles nous vous aussi après avant entre
    contre sans sous
    para como esta este esse essa pelo pela sobre entre contra mais muito também após antes foram será""".split())
# Weekdays and months: with numbers, the facts an update changes ("on Tuesday", "27 августа")
_CALENDAR_WORDS = _WORD.findall("""
    monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
    october november december
    понедельник вторник среду четверг пятницу субботу воскресенье января февраля марта апреля июня июля августа
    сентября октября ноября декабря январе феврале марте апреле июне июле августе сентябре октябре ноябре декабре
    понеділок вівторок четвер п'ятницю суботу неділю січня лютого березня квітня травня червня липня серпня
    вересня жовтня листопада грудня
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april juni juli august september
    oktober november dezember
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril juin juillet août septembre
    octobre novembre décembre
    lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril junio julio agosto septiembre
    octubre noviembre diciembre janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro
    dezembro mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar mars april juni juli august september
    oktober november desember""")
# Their stems as a gist has them (folded), and the same found by the stem of a word only lowercased (folding a
# whole article for them would cost more than all the rest)
_CALENDAR = frozenset(fold(word)[:_STEM] for word in _CALENDAR_WORDS if len(word) >= _SHORTEST_WORD)
_CALENDAR_BY_LOWER_STEM = {**{stem: stem for stem in _CALENDAR},
                           **{word[:_STEM]: fold(word)[:_STEM] for word in _CALENDAR_WORDS
                              if len(word) >= _SHORTEST_WORD}}


def facts(text: str) -> tuple[str, ...]:
    """The numbers, weekdays and months of a text as a gist has them, each once, in the order they come."""
    found: dict[str, None] = {}
    for word in _WORD.findall(text.lower()):
        if word.isdecimal():
            found[word] = None
        elif (stem := _CALENDAR_BY_LOWER_STEM.get(word[:_STEM])) is not None:
            found[stem] = None
    return tuple(found)


def _facts(stems: Iterable[str]) -> Iterator[str]:
    # (a folded stem can be a month's without the word being one: French "données" is "donne", Thursday's stem; such
    # a statement is then never a rewording, as the story's facts, found by ``facts``, do not have it)
    return (stem for stem in stems if stem.isdecimal() or stem in _CALENDAR)


class Gist(NamedTuple):
    """A statement's content-word stems and whether it negates: what ``rewords`` compares."""

    stems: frozenset[str]
    negated: bool

    @classmethod
    def of(cls, text: str) -> Gist:
        words = _WORD.findall(fold(text))
        stems = frozenset(word if word.isdecimal() else word[:_STEM] for word in words
                          if word.isdecimal() or len(word) >= _SHORTEST_WORD and word not in _FUNCTION_WORDS)
        return cls(stems, not NEGATIONS.isdisjoint(words))

    def rewords(self, earlier: Iterable[Gist], story_facts: Collection[str]) -> bool:
        """This statement says in other words what the ``earlier`` statements (one official's, in one story) say,
        with no number, weekday or month beyond ``story_facts`` (those of the story's text: ``facts``)."""
        if len(self.stems) < MIN_STEMS:
            return False
        own_facts = frozenset(_facts(self.stems))
        if not own_facts.issubset(story_facts):
            return False
        related = [gist for gist in earlier if not self.stems.isdisjoint(gist.stems)]
        if not any(gist.negated == self.negated for gist in related):
            return False
        # (the story's facts are the story's, whether the official's statements have them or its other paragraphs)
        shared = own_facts.union(self.stems.intersection(frozenset().union(*(gist.stems for gist in related))))
        return len(shared) >= CONTENT_SHARE * len(self.stems)

    def encoded(self) -> str:
        """The gist as one string (a durable record's field): ``!`` first when it negates, then the stems."""
        return ("!" if self.negated else "") + " ".join(sorted(self.stems))

    @classmethod
    def decoded(cls, value: str) -> Gist:
        if not isinstance(value, str):
            raise TypeError("a gist is a string")
        return cls(frozenset(value.lstrip("!").split()), value.startswith("!"))
