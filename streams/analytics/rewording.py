"""Does a repost's statement reword what the story's first copy has the official say? (pure analytics)

Outlets copy a wire story and rewrite its opening in their own words: the wire's quote "We will be forced to take
mirror measures" becomes the lead "Shoigu said Russia would respond in kind to US missiles in Germany". Novelty
compares word pairs and finds nothing it has seen: the repost alerts again. Within one story and one official a
looser test holds, because what the lead sums up is already in the story: most of the statement's content words
are words that the canonical copy's statements by the same official use. A *gist* is a statement's content-word
stems (the first five letters of words of four letters or more, leaving out common function words and facts) and
whether it negates; its *facts* are its numbers, weekdays, months and number words (``facts.facts``). A statement
``rewords`` the story's when every fact of it is in the story's first copy, it negates as the closest of the
official's statements in the story does, and at least ``CONTENT_SHARE`` of its stems and facts are those
statements' stems or the story's facts.

So a reversal ("Putin will go to Rio" after "Putin will not go") and a new figure or date ("82 localities", "on
Tuesday", "27 августа") are not rewordings. But an update's news in the story's own words ("Putin has approved the
proposal" after "will consider the proposal", a new guest or target) is one as often as not: the worker marks the
alert (``reworded``) rather than dropping it, unless configured to (`WIREMON_SUPPRESS_REWORDED`). The labelled sets
`tests/unit/test_repost_families.py`, `test_rewritten_openings.py` and `test_story_word_updates.py` measure both
sides.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import islice
from typing import NamedTuple

from streams.analytics.facts import fact_of, facts
from streams.analytics.novelty import negates
from streams.analytics.officials import fold

__all__ = ["Gist", "rewords", "CONTENT_SHARE", "MIN_STEMS", "MAX_STEMS"]

#: The share of a statement's stems and facts that must be the stems of the story's statements by the same official
#: or facts of the story.
CONTENT_SHARE = 0.6
#: A statement with fewer stems than this is too short to judge ("he denied it"): never a rewording.
MIN_STEMS = 4
#: Stems a gist holds; a statement with as many is a long quote, not an outlet's summary: never a rewording.
MAX_STEMS = 64
# A gist reads this much of a statement (64 stems come long before), and a longer statement never rewords
_GIST_CHARS = 4000
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


class Gist(NamedTuple):
    """A statement's content-word stems, facts left out (``facts`` has those), and whether it negates: what
    ``rewords`` compares a repost's statement with."""

    stems: frozenset[str]
    negated: bool

    @classmethod
    def of(cls, text: str, lang: str | None = None) -> Gist:
        """The gist of ``text``, a statement in ``lang`` (when known, its negations are read too)."""
        words = _WORD.findall(fold(text[:_GIST_CHARS]))
        stems: set[str] = set()
        for word in words:
            if (len(word) >= _SHORTEST_WORD and not word.isdecimal() and word not in _FUNCTION_WORDS
                    and fact_of(word) is None):
                stems.add(word[:_STEM])
                if len(stems) >= MAX_STEMS:
                    break
        return cls(frozenset(stems), negates(words, lang))

    def encoded(self) -> str:
        """The gist as one string (a durable record's field): ``!`` first when it negates, then the stems."""
        return ("!" if self.negated else "") + " ".join(sorted(self.stems))

    @classmethod
    def decoded(cls, value: str) -> Gist:
        if not isinstance(value, str):
            raise TypeError("a gist is a string")
        return cls(frozenset(islice(value.lstrip("!").split(), MAX_STEMS)), value.startswith("!"))


def rewords(text: str, earlier: Sequence[Gist], story_facts: Collection[str], lang: str | None = None) -> bool:
    """``text`` (a repost's statement) says in other words what the ``earlier`` statements (one official's, in the
    story's first copy) say, with no fact beyond ``story_facts`` (those of the first copy's text: ``facts``)."""
    if len(text) > _GIST_CHARS:
        return False
    own_facts = facts(text)
    if not all(fact in story_facts for fact in own_facts):
        return False
    gist = Gist.of(text, lang)
    if not MIN_STEMS <= len(gist.stems) < MAX_STEMS:
        return False
    related = [other for other in earlier if not gist.stems.isdisjoint(other.stems)]
    if not related:
        return False
    # (the closest one's polarity: one reversed statement beside another that was never negated is still reversed;
    # of several as close, one that negates as it does)
    closest = max(len(gist.stems & other.stems) for other in related)
    if all(other.negated != gist.negated for other in related if len(gist.stems & other.stems) == closest):
        return False
    shared = gist.stems.intersection(frozenset().union(*(other.stems for other in related)))
    return len(shared) + len(own_facts) >= CONTENT_SHARE * (len(gist.stems) + len(own_facts))
