"""Who said it in the story's first copy: the attribution a repost's statements are held to (pure analytics).

Outlets reorder paragraphs. In the wire copy "He said ..." follows the paragraph that names Yermak; in a repost it
can follow one about Peskov, and the pronoun then resolves to Peskov: the statement goes to the wrong official and,
being new for him, alerts. The canonical (first-seen) copy of a story is read in its own order, so a repost's
statement that repeats one of the canonical copy's is given to the official the canonical copy gave it to, and
novelty then sees the repeat it is. A statement the canonical copy does not have keeps its own attribution.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from streams.analytics.novelty import StatementSketch

__all__ = ["CanonicalAttributions", "DEFAULT_MAX_STORIES"]

#: Stories with statements remembered (about 1 KB each: 50 MB): tracked officials speak in a small share of the news,
#: so this covers days of a full feed.
DEFAULT_MAX_STORIES = 50_000


class CanonicalAttributions:
    """The statements of the canonical copies of recent stories: cluster id -> (official id, sketch) pairs.

    ``remember`` records a canonical copy's statements; ``official_for`` answers which official the canonical
    copy of a cluster gave a statement to. Stories are forgotten oldest first, beyond ``max_stories`` or when
    older than ``retention_seconds`` (the duplicate index's retention: an older copy is no longer anyone's
    canonical copy). Memory only: after a restart or a rebalance, reposts of stories first seen before it keep
    their own attributions until the stories age out.
    """

    def __init__(self, *, retention_seconds: float, max_stories: int = DEFAULT_MAX_STORIES) -> None:
        if retention_seconds <= 0:
            raise ValueError("retention_seconds must be positive")
        if max_stories < 1:
            raise ValueError("max_stories must be at least 1")
        self.retention_seconds = float(retention_seconds)
        self.max_stories = max_stories
        self._stories: OrderedDict[str, tuple[float, tuple[tuple[str, StatementSketch], ...]]] = OrderedDict()

    def remember(self, cluster_id: str, statements: Iterable[tuple[str, str]], seen_at: float) -> None:
        """Records the ``(official id, text)`` statements of the canonical copy of ``cluster_id``."""
        said = tuple((official_id, StatementSketch.of(text)) for official_id, text in statements)
        if not said:
            return
        self._stories[cluster_id] = (float(seen_at), said)
        self._stories.move_to_end(cluster_id)
        self.expire(seen_at - self.retention_seconds)
        while len(self._stories) > self.max_stories:
            self._stories.popitem(last=False)

    def official_for(self, cluster_id: str, official_id: str, text: str) -> str:
        """The official the canonical copy of ``cluster_id`` gave this statement to: ``official_id`` when it
        agrees (or, among several, names this one) or does not have the statement."""
        story = self._stories.get(cluster_id)
        if story is None:
            return official_id
        sketch = StatementSketch.of(text)
        others = [official for official, earlier in story[1] if sketch.repeats(earlier)]
        return official_id if not others or official_id in others else others[0]

    def expire(self, cutoff: float) -> int:
        """Forgets stories first seen before ``cutoff``; returns how many."""
        dropped = 0
        while self._stories:
            cluster_id, (seen_at, _) = next(iter(self._stories.items()))
            if seen_at >= cutoff:
                break
            del self._stories[cluster_id]
            dropped += 1
        return dropped

    def __len__(self) -> int:
        return len(self._stories)
