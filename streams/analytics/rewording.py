"""Is a repost's statement the outlet's own rewording of what the story's first copy has the official say?

Pure analytics. Outlets copy a wire story and rewrite its opening in their own words: the wire's quote "We will be
forced to take mirror measures" becomes the lead "Shoigu said Russia would respond in kind to US missiles in
Germany". Novelty compares word pairs and finds nothing it has seen: the repost alerts again. Within one story and
one official a looser test holds, because what the lead sums up is already in the story: most of the statement's
content words are words that the canonical copy's statements by the same official use. A *gist* is a statement's
content-word stems (the first five letters of words of four letters or more, leaving out common function words;
numbers whole) and whether it negates. A statement rewords the story's when at least ``CONTENT_SHARE`` of its stems
are among those of the official's statements in the story that share any stem with it, and it negates as one of
those does.

An update of the story (its body copied, so still a repost) that brings a new figure, date, demand or decision
has words of its own, and a reversal ("Putin will go to Rio" after "Putin will not go") negates differently: both
stay new. Measured on the labelled repost set (`tests/unit/test_repost_families.py`): the outlets' rewritten
openings share 55-100% of their stems with the story, the genuinely new statements of updates at most 46%.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from streams.analytics.novelty import NEGATIONS
from streams.analytics.officials import fold

__all__ = ["Gist", "CONTENT_SHARE", "MIN_STEMS"]

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


class Gist(NamedTuple):
    """A statement's content-word stems and whether it negates: what ``rewords`` compares."""

    stems: frozenset[str]
    negated: bool

    @classmethod
    def of(cls, text: str) -> Gist:
        words = _WORD.findall(fold(text))
        stems = frozenset(word if word.isdigit() else word[:_STEM] for word in words
                          if word.isdigit() or len(word) >= _SHORTEST_WORD and word not in _FUNCTION_WORDS)
        return cls(stems, not NEGATIONS.isdisjoint(words))

    def rewords(self, earlier: Iterable[Gist]) -> bool:
        """This statement says in other words what the ``earlier`` statements (one official's, in one story) say."""
        if len(self.stems) < MIN_STEMS:
            return False
        related = [gist for gist in earlier if not self.stems.isdisjoint(gist.stems)]
        if not any(gist.negated == self.negated for gist in related):
            return False
        shared = self.stems.intersection(frozenset().union(*(gist.stems for gist in related)))
        return len(shared) >= CONTENT_SHARE * len(self.stems)

    def encoded(self) -> str:
        """The gist as one string (a durable record's field): ``!`` first when it negates, then the stems."""
        return ("!" if self.negated else "") + " ".join(sorted(self.stems))

    @classmethod
    def decoded(cls, value: str) -> Gist:
        if not isinstance(value, str):
            raise TypeError("a gist is a string")
        return cls(frozenset(value.lstrip("!").split()), value.startswith("!"))
