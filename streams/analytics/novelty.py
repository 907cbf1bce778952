"""Is an official's statement new? Near-duplicate detection of short statements per official.

Pure analytics. A statement is reduced to its normalised words (casefolded, diacritics and punctuation
removed); its *key* is a hash of those words, its *sketch* the bottom-k hashes of its word bigrams. Two
statements are near-duplicates when the bigram Jaccard similarity is high (retyped quote, a few words
changed) or when the new one is mostly contained in the old one (a trimmed quote). Sketches are exact for
statements of up to ``SKETCH_SIZE`` bigrams and a bottom-k estimate beyond.
"""

from __future__ import annotations

import base64
import hashlib
import re
import struct
from collections.abc import Iterable, Iterator, MutableMapping
from functools import lru_cache
from typing import Any

from streams.analytics.officials import fold

__all__ = ["NoveltyIndex", "statement_key", "SKETCH_SIZE", "JACCARD_THRESHOLD", "CONTAINMENT_THRESHOLD"]

#: Bigram hashes kept per statement (bottom-k sketch): 32 hashes are 172 base64 characters.
SKETCH_SIZE = 32
#: Seen when the bigram Jaccard similarity with a stored statement reaches this...
JACCARD_THRESHOLD = 0.5
#: ...or when this share of the new statement's bigrams is in a stored one (the new one is a trimmed quote).
CONTAINMENT_THRESHOLD = 0.8

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def statement_key(text: str) -> str:
    """A stable hex fingerprint of the statement's normalised words (same in every process and run)."""
    normalised = " ".join(_words(text))
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).hexdigest()


def _hash(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=4).digest(), "big")


def _shingles(words: list[str]) -> set[int]:
    # Word bigrams; a one-word statement is its word.
    if len(words) < 2:
        return {_hash(w) for w in words}
    return {_hash(f"{a} {b}") for a, b in zip(words, words[1:])}


def _encode(hashes: Iterable[int]) -> str:
    values = sorted(hashes)[:SKETCH_SIZE]
    return base64.b64encode(struct.pack(f">{len(values)}I", *values)).decode("ascii")


@lru_cache(maxsize=65536)
def _decode(sketch: str) -> frozenset[int]:
    raw = base64.b64decode(sketch)
    return frozenset(struct.unpack(f">{len(raw) // 4}I", raw))


def _similar(new: frozenset[int], new_size: int, old: frozenset[int], old_size: int) -> bool:
    """Near-duplicate test on two bottom-k sketches and the full bigram-set sizes."""
    union_bottom = sorted(new | old)[:SKETCH_SIZE]
    if not union_bottom:
        return False
    both = sum(1 for h in union_bottom if h in new and h in old)
    jaccard = both / len(union_bottom)
    if jaccard >= JACCARD_THRESHOLD:
        return True
    # |A ∩ B| = J (|A| + |B|) / (1 + J); containment of the new statement A in the stored B.
    intersection = jaccard * (new_size + old_size) / (1 + jaccard)
    return new_size > 0 and intersection / new_size >= CONTAINMENT_THRESHOLD


class NoveltyIndex:
    """Decides whether an official's statement is new: not new when the same official's near-duplicate
    statement (not only exact: retyped quotes, a few words changed, a quote trimmed) was seen within
    ``window_seconds``, in any article.

    State lives in ``store`` (a dict offline, a Faust table in the stream): official id -> list of
    ``[key, bigram_count, sketch, seen_at, source]``, JSON-serialisable, newest last (``source`` is the
    article the statement was first seen in, or None). A value is only ever replaced
    (``store[id] = new_list``), never mutated in place, so table changelogs see every change. Entries older
    than the window (relative to the newest time seen for that official) are pruned on write, and at most
    ``max_per_official`` are kept. A repeat is not stored again: the window runs from the first sighting.
    Decisions are deterministic given the order of calls.

    Redelivery: when ``source`` is given and the matching stored statement was first seen in that same
    source, the statement is reported new again, with the same key. Under at-least-once delivery a worker
    may record a statement and crash before its alert is out; the replayed article then re-emits the alert
    (same alert id) instead of losing it.
    """

    def __init__(
        self,
        store: MutableMapping[str, Any] | None = None,
        *,
        window_seconds: float = 7 * 86400,
        max_per_official: int = 5000,
    ) -> None:
        if window_seconds <= 0:
            raise ValueError("window_seconds must be positive")
        if max_per_official < 1:
            raise ValueError("max_per_official must be at least 1")
        self.store: MutableMapping[str, Any] = store if store is not None else {}
        self.window_seconds = float(window_seconds)
        self.max_per_official = max_per_official

    def check_and_add(
        self, official_id: str, text: str, seen_at: float, source: str | None = None
    ) -> tuple[bool, str]:
        """``(is_new, key)``: ``key`` is the statement's own key when new, else the key of the stored
        statement it repeats (so repeats map to the same alert id). New statements are recorded."""
        words = _words(text)
        key = statement_key(text)
        if not words:
            return False, key  # nothing to say is never news
        shingles = _shingles(words)
        size = len(shingles)
        sketch = _encode(shingles)
        new = _decode(sketch)
        entries = [e for e in (self.store.get(official_id) or []) if _valid(e)]
        for old_key, old_size, old_sketch, old_seen, *rest in reversed(entries):
            if abs(seen_at - old_seen) > self.window_seconds:
                continue
            # Similar sketches always share a hash (Jaccard > 0), so the C-level disjointness test rules out
            # almost every stored statement cheaply; the decision is the same as _similar alone.
            try:
                old = _decode(old_sketch)
            except (ValueError, struct.error):  # binascii.Error is a ValueError
                continue
            if old_key == key or (not new.isdisjoint(old) and _similar(new, size, old, old_size)):
                redelivered = source is not None and rest and rest[0] == source
                return bool(redelivered), old_key
        newest = max([seen_at, *(e[3] for e in entries)])
        kept = [e for e in entries if newest - e[3] <= self.window_seconds]
        kept.append([key, size, sketch, float(seen_at), source])
        kept.sort(key=lambda e: e[3])  # stable: arrival order among equal times
        self.store[official_id] = kept[-self.max_per_official:]
        return True, key

    def __len__(self) -> int:
        return sum(len(v or []) for v in self.store.values())


def _valid(entry: Any) -> bool:
    # Tolerate values written by an older or broken version instead of failing every statement. Runs for
    # every stored entry on every check, so it only looks at the shape; a sketch that does not decode is
    # skipped where it is decoded.
    return (
        type(entry) in (list, tuple)
        and 4 <= len(entry) <= 5
        and type(entry[0]) is str
        and type(entry[1]) is int
        and type(entry[2]) is str
        and type(entry[3]) in (float, int)
    )


class DurableNoveltyStore(MutableMapping[str, Any]):
    """The ``store`` of a ``NoveltyIndex`` kept in memory, with a durable copy of one record per statement.

    ``NoveltyIndex`` rewrites an official's whole list on every new statement; written as is to a Faust
    table, that is a changelog message as large as everything the official said within the window. This
    mapping writes only the difference: each statement is its own record in ``records`` (key
    ``"<official>\\x1f<statement key>"``), added once and deleted when it leaves the window. ``rebuild()``
    re-creates the per-official lists from ``records`` after a restart or rebalance.
    """

    SEPARATOR = "\x1f"

    def __init__(self, records: MutableMapping[str, Any]) -> None:
        self.records = records
        self._lists: dict[str, list[list[Any]]] = {}

    def rebuild(self) -> int:
        """Re-create the lists from ``records``; returns how many statements they hold."""
        lists: dict[str, list[list[Any]]] = {}
        for record_key, entry in list(self.records.items()):
            official, sep, _ = str(record_key).partition(self.SEPARATOR)
            if sep and _valid(entry):
                lists.setdefault(official, []).append(list(entry))
        for entries in lists.values():
            entries.sort(key=lambda e: (e[3], e[0]))
        self._lists = lists
        return sum(len(v) for v in lists.values())

    def _record_key(self, official_id: str, entry: list[Any]) -> str:
        return f"{official_id}{self.SEPARATOR}{entry[0]}"

    def __getitem__(self, official_id: str) -> list[list[Any]]:
        # NoveltyIndex never mutates what it reads (it writes new lists back), so no copy is made.
        return self._lists[official_id]

    def __setitem__(self, official_id: str, entries: list[list[Any]]) -> None:
        # Diff by statement key: NoveltyIndex appends one statement and drops expired ones per write.
        old = {e[0] for e in self._lists.get(official_id, [])}
        new = {e[0]: e for e in entries}
        for key in old - new.keys():
            self.records.pop(f"{official_id}{self.SEPARATOR}{key}", None)
        for key, entry in new.items():
            if key not in old:
                self.records[f"{official_id}{self.SEPARATOR}{key}"] = list(entry)
        self._lists[official_id] = list(entries)

    def __delitem__(self, official_id: str) -> None:
        for entry in self._lists.pop(official_id):
            self.records.pop(self._record_key(official_id, entry), None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._lists)

    def __len__(self) -> int:
        return len(self._lists)
