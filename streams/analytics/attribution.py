"""Who said it in the story's first copy: the attribution a repost's statements are held to (pure analytics).

Outlets reorder paragraphs. In the wire copy "He said ..." follows the paragraph that names Yermak; in a repost it
can follow one about Peskov, and the pronoun then resolves to Peskov: the statement goes to the wrong official and,
being new for him, alerts. The canonical (first-seen) copy of a story is read in its own order, so a repost's
statement that repeats one of the canonical copy's is given to the official the canonical copy gave it to, and
novelty then sees the repeat it is. A statement the canonical copy does not have keeps its own attribution.

The same record answers whether a repost's statement probably rewords what the canonical copy has that official say
(an opening rewritten in the outlet's words, most likely not news: `rewording.py`).
"""

from __future__ import annotations

import base64
import logging
import math
from collections import OrderedDict
from collections.abc import Iterable, MutableMapping
from itertools import islice
from typing import Any, NamedTuple

from streams.analytics.novelty import StatementSketch
from streams.analytics.facts import MAX_FACTS, facts
from streams.analytics.rewording import Gist, rewords

__all__ = ["CanonicalAttributions", "DEFAULT_MAX_STORIES", "MAX_STATEMENTS_PER_STORY"]

log = logging.getLogger(__name__)

#: Stories with statements remembered (about 1 KB for a story's few statements: 50 MB): tracked officials speak in a
#: small share of the news, so this covers days of a full feed.
DEFAULT_MAX_STORIES = 50_000
#: A canonical copy's first statements held (a briefing transcript has dozens): each of a repost's statements is
#: compared with each, so this bounds both a story's size (~5 KB) and the work per repost.
MAX_STATEMENTS_PER_STORY = 16


class CanonicalAttributions:
    """The statements of the canonical copies of recent stories: cluster id -> (official id, sketch, gist) of each
    statement, and the facts (numbers, weekdays, months, number words) of the copy's text.

    ``remember`` records a canonical copy's statements; ``attribution`` answers which official the canonical
    copy of a cluster gave a repost's statement to, and whether the statement rewords what the canonical copy has
    that official say (``official_for`` and ``rewords``, each one of the two). Stories are forgotten oldest first,
    beyond ``max_stories`` or when older than ``retention_seconds`` (the duplicate index's retention: an older copy
    is no longer anyone's canonical copy).

    Answers come from memory. With ``records`` (a Faust table in the stream) every story is also one durable
    record, ``cluster id -> [seen_at, [[official id, base64 sketch, bigrams, gist], ...], insertion number,
    facts]``, written once and deleted when the story is forgotten; ``rebuild()`` re-creates the memory from it, in
    insertion order, after a restart or rebalance, so later answers and evictions are those of an uninterrupted run.
    """

    def __init__(self, records: MutableMapping[str, Any] | None = None, *, retention_seconds: float,
                 max_stories: int = DEFAULT_MAX_STORIES) -> None:
        if retention_seconds <= 0:
            raise ValueError("retention_seconds must be positive")
        if max_stories < 1:
            raise ValueError("max_stories must be at least 1")
        self.records = records
        self.retention_seconds = float(retention_seconds)
        self.max_stories = max_stories
        self._stories: OrderedDict[str, _Story] = OrderedDict()
        self._next_sequence = 0
        self._unusable: list[str] = []  # records rebuild could not read: deleted with the next write

    def remember(self, cluster_id: str, statements: Iterable[tuple[str, str]], seen_at: float, *,
                 story_text: str = "", lang: str | None = None) -> None:
        """Records the ``(official id, text)`` statements of the canonical copy of ``cluster_id``, and the facts
        (numbers, weekdays, months, number words) of its ``story_text``; ``lang`` is the copy's language."""
        said = tuple(islice(((official_id, StatementSketch.of(text, lang), Gist.of(text, lang))
                             for official_id, text in statements), MAX_STATEMENTS_PER_STORY))
        held = self._stories.get(cluster_id)
        if not said or held is not None and held.said == said:  # (nothing to hold; a replayed copy)
            return
        story = _Story(float(seen_at), said, self._next_sequence, frozenset(facts(story_text)))
        self._next_sequence += 1
        self._stories[cluster_id] = story
        self._stories.move_to_end(cluster_id)
        if self.records is not None:
            while self._unusable:
                self.records.pop(self._unusable.pop(), None)
            self.records[cluster_id] = story.to_json()
        self.expire(seen_at - self.retention_seconds)
        while len(self._stories) > self.max_stories:
            self._forget(next(iter(self._stories)))

    def attribution(self, cluster_id: str, official_id: str, text: str,
                    lang: str | None = None) -> tuple[str, bool]:
        """A repost's statement, given to ``official_id`` in the repost, as the canonical copy of ``cluster_id`` has
        it: the official it gave the statement to (``official_id`` when it agrees, or, among several, names this
        one, or does not have the statement), and whether the statement says in other words what the canonical copy
        has that official say (not as a copy: novelty sees those). ``lang`` is the repost's language."""
        story = self._stories.get(cluster_id)
        if story is None:
            return official_id, False
        sketch = StatementSketch.of(text, lang)
        others = [official for official, earlier, _ in story.said if sketch.repeats(earlier)]
        if others:  # a copy of one of the canonical copy's statements
            return official_id if official_id in others else others[0], False
        theirs = [gist for official, _, gist in story.said if official == official_id]
        return official_id, bool(theirs) and rewords(text, theirs, story.facts, lang)

    def official_for(self, cluster_id: str, official_id: str, text: str) -> str:
        """The official of ``attribution``."""
        return self.attribution(cluster_id, official_id, text)[0]

    def rewords(self, cluster_id: str, official_id: str, text: str) -> bool:
        """Whether the statement rewords what the canonical copy has ``official_id`` say (``attribution``)."""
        return self.attribution(cluster_id, official_id, text)[1]

    def expire(self, cutoff: float) -> int:
        """Forgets stories first seen before ``cutoff``; returns how many."""
        dropped = 0
        while self._stories:
            cluster_id, story = next(iter(self._stories.items()))
            if story.seen_at >= cutoff:
                break
            self._forget(cluster_id)
            dropped += 1
        return dropped

    def rebuild(self) -> int:
        """Re-creates the memory from ``records`` in insertion order; returns how many stories it holds. A record
        that does not decode (another version's or writer's) is skipped, logged, and deleted with the next
        ``remember``: nothing is written here (the table may be recovering)."""
        if self.records is None:
            return len(self._stories)
        stories: list[tuple[str, _Story]] = []
        unusable: list[str] = []
        for cluster_id, value in list(self.records.items()):
            story = _Story.from_json(value)
            if story is None:
                unusable.append(cluster_id)
            else:
                stories.append((str(cluster_id), story))
        if unusable:
            log.warning("canonical attributions: %d unreadable records skipped (deleted with the next write)",
                        len(unusable))
        stories.sort(key=lambda item: (item[1].sequence, item[1].seen_at, item[0]))
        self._stories = OrderedDict(stories)
        self._next_sequence = max((story.sequence for _, story in stories), default=-1) + 1
        self._unusable = unusable
        return len(self._stories)

    def _forget(self, cluster_id: str) -> None:
        del self._stories[cluster_id]
        if self.records is not None:
            self.records.pop(cluster_id, None)

    def __len__(self) -> int:
        return len(self._stories)


class _Story(NamedTuple):
    seen_at: float
    said: tuple[tuple[str, StatementSketch, Gist], ...]
    sequence: int  # insertion number (-1: a record written before they were kept)
    facts: frozenset[str]  # (empty: a record written before they were kept)

    def to_json(self) -> list[Any]:
        return [self.seen_at, [[official_id, base64.b64encode(sketch.packed).decode("ascii"), sketch.size,
                                gist.encoded()] for official_id, sketch, gist in self.said], self.sequence,
                " ".join(sorted(self.facts))]

    @classmethod
    def from_json(cls, value: Any) -> _Story | None:
        """The story of a record, or None for one of another shape (a broken version's, or another writer's: JSON
        allows Infinity and integers of any length). A record written before gists and facts were kept has statements
        without them: they are never reworded. Fields after those read here (a later version's) are left unread, so
        that a rollback keeps the stories."""
        try:
            seen_at, said, *rest = value
            sequence = int(rest[0]) if rest else -1
            facts_text = rest[1] if len(rest) > 1 else ""
            if not isinstance(facts_text, str):
                return None
            story = cls(float(seen_at), tuple(
                (official_id, StatementSketch(base64.b64decode(packed, validate=True), int(size)),
                 Gist.decoded(more[0]) if more else Gist(frozenset(), False))
                for official_id, packed, size, *more in islice(said, MAX_STATEMENTS_PER_STORY)),
                sequence, frozenset(islice(facts_text.split(), MAX_FACTS)))
        except (TypeError, ValueError, ArithmeticError, AttributeError, KeyError):
            return None
        valid = math.isfinite(story.seen_at) and all(
            isinstance(official_id, str) and len(sketch.packed) % 4 == 0 and 0 < sketch.size < 1 << 31
            for official_id, sketch, _ in story.said)
        return story if valid else None
