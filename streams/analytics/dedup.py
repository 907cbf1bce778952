"""Near-duplicate (repost) index over article fingerprints (pure: no Kafka/Faust imports).

Layout follows the "one storage interface, sibling backends" pattern:

* ``FingerprintStore`` -- the storage protocol: records by article id, an anchor index (sketch key ->
  article ids, buckets capped) and time buckets for expiry.
* ``MappingFingerprintStore`` -- over three plain ``MutableMapping[str, JSON]`` objects; used with
  Faust tables in the worker (every value is JSON and is re-assigned, never mutated in place).
* ``MemoryFingerprintStore`` -- compact numpy backend for offline runs (~0.75 KiB per article).
* ``DedupIndex`` -- the decision logic, identical whatever the backend.

Decision rule (``DedupIndex.check_and_add``): look up every sketch key of the new article in the anchor
index (each stored article is filed under its 16 smallest keys, so a copy that keeps part of it still
meets several), verify the best-hit candidates (``compare_sketches``, all at once) and call it a duplicate when

    containment >= containment_threshold (0.5)  and  jaccard >= jaccard_threshold (0.2)

unless the two report different figures (``fingerprint.different_figures``: each has four numbers or more and
fewer than half of those of the one with fewer are in the other) and containment is below 0.75: a template
story -- the day's exchange rates, lottery draw or weather warning -- repeats the stock sentences of the day
before around new numbers, and a repost keeps its original's numbers (a repost with its tail cut and a footer of
phone numbers has different figures too, but keeps most of its words in the original).

Containment (overlap / smaller set) catches cut tails and ledes and added footers.  The Jaccard floor
stops a long article that merely *embeds* a short one (a full statement quoted inside a report) from
being merged with it.  Calibration (scripts/eval_dedup.py --sweep, 27 articles x 15 edit kinds):
reposts score containment >= 0.67 and Jaccard >= 0.39 (worst: headline + lede cut + tail cut + 2% of
words edited, with JSON-only fingerprints; 5% of words edited still gives >= 0.78); independent
reports of the same event -- even one that reuses a whole paragraph of the other -- score
containment <= 0.23 and Jaccard <= 0.11.  0.5 / 0.2 sit in the middle of those gaps, several
standard errors of the 64-key sketch (~0.06) away from either side.
"""

from __future__ import annotations

import bisect
import math
from array import array
from collections import Counter
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any, Mapping, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from streams.analytics.fingerprint import (
    ANCHOR_COUNT,
    FIGURE_COUNT,
    SKETCH_SIZE,
    Fingerprint,
    Similarity,
    compare_sketches,
    different_figures,
)

__all__ = [
    "Candidates",
    "DedupDecision",
    "DedupIndex",
    "FingerprintStore",
    "IndexedArticle",
    "MappingFingerprintStore",
    "MemoryFingerprintStore",
]

DEFAULT_MAX_BUCKET = 32  # articles filed under one anchor; more means a stock phrase, not a story
DEFAULT_BUCKET_SECONDS = 600.0  # expiry granularity; small so a bucket's id list stays short
FIGURES_CONTAINMENT = 0.75  # at or above it, a match stands whatever its figures


@dataclass(frozen=True, slots=True)
class DedupDecision:
    """Outcome of ``DedupIndex.check_and_add`` for one article.

    ``duplicate_of``: id of the canonical (first-seen) copy -- the root of the matched article's
    cluster -- or ``None`` if the article is new.  ``similarity``: containment of the match in [0, 1]
    (``None`` if new).  ``cluster_id``: canonical id; equals the article's own id when it is new.
    """

    duplicate_of: str | None
    similarity: float | None
    cluster_id: str


@dataclass(frozen=True, slots=True)
class IndexedArticle:
    """What a store keeps per article: its fingerprint (no shingles), first-seen time and decision.

    The decision is stored so that re-checking the same id (replay after a crash) returns it verbatim.
    """

    article_id: str
    fingerprint: Fingerprint
    seen_at: float
    decision: DedupDecision

    def to_json(self) -> dict[str, object]:
        """JSON-safe dict; the article id is the record's key, so it is not repeated here."""
        d = self.decision
        return {"fp": self.fingerprint.to_json(), "t": self.seen_at, "dup": d.duplicate_of,
                "sim": d.similarity, "cluster": d.cluster_id}

    @classmethod
    def from_json(cls, article_id: str, data: Mapping[str, Any]) -> IndexedArticle:
        """Inverse of ``to_json`` for the record stored under ``article_id``."""
        sim = data["sim"]
        decision = DedupDecision(data["dup"], None if sim is None else float(sim), str(data["cluster"]))
        return cls(article_id, Fingerprint.from_json(data["fp"]), float(data["t"]), decision)


@dataclass(frozen=True, slots=True)
class Candidates:
    """Stored articles to verify a new one against, as parallel columns (one row per article).

    ``keys[i, :key_counts[i]]`` are article ``i``'s sketch keys and ``sizes[i]`` its shingle count: the
    layout ``fingerprint.compare_sketches`` takes, so a store can hand over its rows without building a
    ``Fingerprint`` per candidate. ``figures[i, :figure_counts[i]]`` are its figure hashes, of
    ``figure_totals[i]`` distinct figures (-1: not known, an entry written before figures were kept).
    """

    ids: list[str]
    seen_at: npt.NDArray[np.float64]
    cluster_ids: list[str]
    keys: npt.NDArray[np.uint32]
    key_counts: npt.NDArray[np.intp]
    sizes: npt.NDArray[np.int64]
    figures: npt.NDArray[np.uint32]
    figure_counts: npt.NDArray[np.intp]
    figure_totals: npt.NDArray[np.int64]

    @classmethod
    def of(cls, entries: Sequence[IndexedArticle]) -> Candidates:
        """The columns of ``entries`` (for stores that keep whole entries)."""
        keys = np.zeros((len(entries), SKETCH_SIZE), dtype=np.uint32)
        figures = np.zeros((len(entries), FIGURE_COUNT), dtype=np.uint32)
        for i, entry in enumerate(entries):
            row = entry.fingerprint.keys
            keys[i, : row.size] = row
            row = entry.fingerprint.figure_keys
            figures[i, : row.size] = row
        return cls(
            ids=[e.article_id for e in entries],
            seen_at=np.array([e.seen_at for e in entries], dtype=np.float64),
            cluster_ids=[e.decision.cluster_id for e in entries],
            keys=keys,
            key_counts=np.array([len(e.fingerprint.signature) // 4 for e in entries], dtype=np.intp),
            sizes=np.array([e.fingerprint.size for e in entries], dtype=np.int64),
            figures=figures,
            figure_counts=np.array([len(e.fingerprint.figures or b"") // 4 for e in entries], dtype=np.intp),
            figure_totals=np.array([-1 if e.fingerprint.figures is None else e.fingerprint.figure_total
                                    for e in entries], dtype=np.int64),
        )

    def figures_differ(self, i: int, fp: Fingerprint) -> bool:
        """Candidate ``i`` and ``fp`` report different figures (``fingerprint.different_figures``)."""
        total = int(self.figure_totals[i])
        return fp.figures is not None and total >= 0 and different_figures(
            self.figures[i, : self.figure_counts[i]], total, fp.figure_keys, fp.figure_total)


@runtime_checkable
class FingerprintStore(Protocol):
    """Storage behind ``DedupIndex``.

    Contract every backend honours identically (so decisions never depend on the backend):
    * ``add`` files the article under each of its anchors unless that anchor already holds
      ``max_bucket`` live articles, and into the expiry bucket ``floor(seen_at / bucket_seconds)``.
    * ``anchor_hits`` returns, for each live article filed under at least one of ``keys``, how many
      of ``keys`` it is filed under.
    * ``candidates(ids)`` returns the stored entries of those of ``ids`` it holds, in the order given.
    * ``expire(cutoff)`` drops every article whose whole expiry bucket ends at or before ``cutoff``
      and returns how many; it touches only those buckets, never the whole store.
    """

    def get(self, article_id: str) -> IndexedArticle | None: ...

    def add(self, entry: IndexedArticle) -> None: ...

    def anchor_hits(self, keys: npt.NDArray[np.uint32]) -> dict[str, int]: ...

    def candidates(self, article_ids: Sequence[str]) -> Candidates: ...

    def expire(self, cutoff: float) -> int: ...

    def __len__(self) -> int: ...


class MappingFingerprintStore:
    """``FingerprintStore`` over three ``MutableMapping[str, JSON]`` (e.g. Faust tables).

    * ``records[article_id]`` -> ``IndexedArticle.to_json()``
    * ``anchors[str(anchor)]`` -> list of article ids (insertion order, at most ``max_bucket``)
    * ``expiry[str(bucket)]`` -> list of article ids first seen in that time bucket

    Values are always replaced (``m[k] = new_list``), never mutated in place, because Faust tables
    only write their changelog on ``__setitem__``.  The sorted list of live expiry buckets is cached in
    memory, rebuilt from ``expiry.keys()`` on first use (that table holds one key per bucket only).
    """

    def __init__(
        self,
        records: MutableMapping[str, Any],
        anchors: MutableMapping[str, Any],
        expiry: MutableMapping[str, Any],
        *,
        max_bucket: int = DEFAULT_MAX_BUCKET,
        bucket_seconds: float = DEFAULT_BUCKET_SECONDS,
    ) -> None:
        self._records = records
        self._anchors = anchors
        self._expiry = expiry
        self._max_bucket = max_bucket
        self._bucket_seconds = bucket_seconds
        self._buckets: list[int] | None = None  # sorted bucket numbers present in ``expiry``

    def _bucket_list(self) -> list[int]:
        if self._buckets is None:
            self._buckets = sorted(int(k) for k in self._expiry.keys())
        return self._buckets

    def get(self, article_id: str) -> IndexedArticle | None:
        data = self._records.get(article_id)
        return None if data is None else IndexedArticle.from_json(article_id, data)

    def add(self, entry: IndexedArticle) -> None:
        aid = entry.article_id
        self._records[aid] = entry.to_json()
        for anchor in entry.fingerprint.anchors:
            key = str(anchor)
            ids = self._anchors.get(key) or []
            if len(ids) < self._max_bucket:
                self._anchors[key] = [*ids, aid]
        bucket = math.floor(entry.seen_at / self._bucket_seconds)
        key = str(bucket)
        ids = self._expiry.get(key)
        if ids is None:
            bisect.insort(self._bucket_list(), bucket)
        self._expiry[key] = [*(ids or ()), aid]

    def anchor_hits(self, keys: npt.NDArray[np.uint32]) -> dict[str, int]:
        hits: Counter[str] = Counter()
        get = self._anchors.get
        for key in keys.tolist():
            ids = get(str(key))
            if ids:
                hits.update(ids)
        return dict(hits)

    def candidates(self, article_ids: Sequence[str]) -> Candidates:
        entries = [self.get(article_id) for article_id in article_ids]
        return Candidates.of([e for e in entries if e is not None])

    def expire(self, cutoff: float) -> int:
        buckets = self._bucket_list()
        dropped = 0
        while buckets and (buckets[0] + 1) * self._bucket_seconds <= cutoff:
            key = str(buckets.pop(0))
            for aid in self._expiry.pop(key, None) or ():
                data = self._records.pop(aid, None)
                if data is None:
                    continue
                dropped += 1
                for anchor in Fingerprint.from_json(data["fp"]).anchors:
                    akey = str(anchor)
                    ids = self._anchors.get(akey)
                    if not ids:
                        continue
                    rest = [x for x in ids if x != aid]
                    if rest:
                        self._anchors[akey] = rest
                    else:
                        del self._anchors[akey]
        return dropped

    def __len__(self) -> int:
        return len(self._records)


class MemoryFingerprintStore:
    """Compact in-memory ``FingerprintStore`` (~750 bytes per article at 100k; scripts/bench_dedup.py).

    Per article ("slot"): the 64 sketch keys in one row of a uint32 matrix plus a few scalars in
    parallel numpy arrays.  Anchor index: a sorted ``(key, slot)`` pair of arrays searched with
    ``np.searchsorted``, fed by a small dict buffer that is merged in every ``merge_every`` entries
    (an LSM in miniature: O(1) amortised insert, vectorised lookup, 8 bytes per anchor).  Expired
    slots are marked dead at once, purged from the anchor index at the next merge, and only then
    reused -- so a stale anchor can never point at a new article.
    """

    def __init__(
        self,
        *,
        max_bucket: int = DEFAULT_MAX_BUCKET,
        bucket_seconds: float = DEFAULT_BUCKET_SECONDS,
        merge_every: int = 16_384,
    ) -> None:
        self._max_bucket = max_bucket
        self._bucket_seconds = bucket_seconds
        self._merge_every = merge_every
        self._slot_of: dict[str, int] = {}
        self._ids: list[str | None] = []
        self._clusters: list[str | None] = []  # shares the root's id string: no per-article copy
        self._cap = 0
        self._keys = np.zeros((0, SKETCH_SIZE), dtype=np.uint32)
        self._nkeys = np.zeros(0, dtype=np.uint8)
        self._size = np.zeros(0, dtype=np.int32)
        self._figures = np.zeros((0, FIGURE_COUNT), dtype=np.uint32)
        self._nfigures = np.zeros(0, dtype=np.uint8)
        self._figure_total = np.zeros(0, dtype=np.int32)  # -1: not known
        self._seen = np.zeros(0, dtype=np.float64)
        self._sim = np.zeros(0, dtype=np.float64)  # NaN = new article (similarity None)
        self._alive = np.zeros(0, dtype=bool)
        self._free: list[int] = []
        self._pending_free: list[int] = []  # dead, but maybe still in the anchor index
        self._dead_in_index = 0
        self._akeys = np.zeros(0, dtype=np.uint32)
        self._aslots = np.zeros(0, dtype=np.int32)
        self._buf: dict[int, list[int]] = {}
        self._buf_n = 0
        self._expiry: dict[int, array[int]] = {}
        self._buckets: list[int] = []

    # -- slots ---------------------------------------------------------------------------------
    def _grow(self) -> None:
        cap = max(1024, self._cap + self._cap // 2)
        for name in ("_keys", "_nkeys", "_size", "_figures", "_nfigures", "_figure_total", "_seen", "_sim",
                     "_alive"):
            old = getattr(self, name)
            new = np.zeros((cap, *old.shape[1:]), dtype=old.dtype)
            new[: self._cap] = old
            setattr(self, name, new)
        self._cap = cap

    def _new_slot(self) -> int:
        if self._free:
            return self._free.pop()
        slot = len(self._ids)
        if slot >= self._cap:
            self._grow()
        self._ids.append(None)
        self._clusters.append(None)
        return slot

    # -- FingerprintStore ----------------------------------------------------------------------
    def get(self, article_id: str) -> IndexedArticle | None:
        slot = self._slot_of.get(article_id)
        if slot is None:
            return None
        keys = self._keys[slot, : self._nkeys[slot]]
        total = int(self._figure_total[slot])
        figures = None if total < 0 else self._figures[slot, : self._nfigures[slot]].astype("<u4").tobytes()
        fp = Fingerprint(keys.astype("<u4").tobytes(), tuple(keys[:ANCHOR_COUNT].tolist()),
                         int(self._size[slot]), figures, max(total, 0))
        cluster = self._clusters[slot]
        assert cluster is not None
        sim = float(self._sim[slot])
        decision = (DedupDecision(None, None, cluster) if math.isnan(sim)
                    else DedupDecision(cluster, sim, cluster))
        return IndexedArticle(article_id, fp, float(self._seen[slot]), decision)

    def add(self, entry: IndexedArticle) -> None:
        slot = self._new_slot()
        aid = entry.article_id
        keys = entry.fingerprint.keys
        self._slot_of[aid] = slot
        self._ids[slot] = aid
        d = entry.decision
        # reuse the root's own string object when it is still indexed
        root_slot = self._slot_of.get(d.cluster_id)
        self._clusters[slot] = self._ids[root_slot] if root_slot is not None else d.cluster_id
        self._keys[slot, : keys.size] = keys
        self._keys[slot, keys.size :] = 0
        self._nkeys[slot] = keys.size
        self._size[slot] = entry.fingerprint.size
        figures = entry.fingerprint.figure_keys
        self._figures[slot, : figures.size] = figures
        self._figures[slot, figures.size :] = 0
        self._nfigures[slot] = figures.size
        self._figure_total[slot] = -1 if entry.fingerprint.figures is None else entry.fingerprint.figure_total
        self._seen[slot] = entry.seen_at
        self._sim[slot] = math.nan if d.similarity is None else d.similarity
        self._alive[slot] = True
        self._file_anchors(slot, np.asarray(entry.fingerprint.anchors, dtype=np.uint32))
        bucket = math.floor(entry.seen_at / self._bucket_seconds)
        slots = self._expiry.get(bucket)
        if slots is None:
            slots = self._expiry[bucket] = array("i")
            bisect.insort(self._buckets, bucket)
        slots.append(slot)

    def _file_anchors(self, slot: int, anchors: npt.NDArray[np.uint32]) -> None:
        if anchors.size == 0:
            return
        lo = np.searchsorted(self._akeys, anchors, side="left")
        hi = np.searchsorted(self._akeys, anchors, side="right")
        alive = self._alive
        for anchor, a, b in zip(anchors.tolist(), lo.tolist(), hi.tolist()):
            listed = self._buf.get(anchor)
            live = int(alive[self._aslots[a:b]].sum()) if b > a else 0
            if listed:
                live += sum(1 for s in listed if alive[s])
            if live >= self._max_bucket:
                continue
            if listed is None:
                self._buf[anchor] = [slot]
            else:
                listed.append(slot)
            self._buf_n += 1
        if self._buf_n >= self._merge_every:
            self._merge()

    def _merge(self) -> None:
        """Fold the buffer into the sorted arrays, dropping dead slots; then free those slots."""
        n = self._buf_n
        bkeys = np.empty(n, dtype=np.uint32)
        bslots = np.empty(n, dtype=np.int32)
        i = 0
        for key, slots in self._buf.items():
            bkeys[i : i + len(slots)] = key
            bslots[i : i + len(slots)] = slots
            i += len(slots)
        live = self._alive[bslots]
        bkeys, bslots = bkeys[live], bslots[live]
        order = np.argsort(bkeys, kind="stable")
        bkeys, bslots = bkeys[order], bslots[order]
        if self._dead_in_index:
            live = self._alive[self._aslots]
            self._akeys, self._aslots = self._akeys[live], self._aslots[live]
            self._dead_in_index = 0
        pos = np.searchsorted(self._akeys, bkeys, side="right")
        self._akeys = np.insert(self._akeys, pos, bkeys)
        self._aslots = np.insert(self._aslots, pos, bslots)
        self._buf = {}
        self._buf_n = 0
        self._free.extend(self._pending_free)
        self._pending_free = []

    def anchor_hits(self, keys: npt.NDArray[np.uint32]) -> dict[str, int]:
        found: list[int] = []
        if self._akeys.size and keys.size:
            lo = np.searchsorted(self._akeys, keys, side="left")
            hi = np.searchsorted(self._akeys, keys, side="right")
            some = np.flatnonzero(hi > lo)
            for a, b in zip(lo[some].tolist(), hi[some].tolist()):
                found.extend(self._aslots[a:b].tolist())
        if self._buf:
            buf = self._buf
            for key in buf.keys() & keys.tolist():  # set intersection in C: hundreds of keys, few hits
                found.extend(buf[key])
        hits: dict[str, int] = {}
        alive, ids = self._alive, self._ids
        for slot, count in Counter(found).items():
            if alive[slot]:
                aid = ids[slot]
                assert aid is not None
                hits[aid] = count
        return hits

    def candidates(self, article_ids: Sequence[str]) -> Candidates:
        found = [(a, slot) for a, slot in ((a, self._slot_of.get(a)) for a in article_ids) if slot is not None]
        slots = np.fromiter((slot for _, slot in found), dtype=np.intp, count=len(found))
        return Candidates(
            ids=[a for a, _ in found],
            seen_at=self._seen[slots],
            cluster_ids=[self._clusters[slot] or "" for _, slot in found],  # a live slot always has its cluster
            keys=self._keys[slots],
            key_counts=self._nkeys[slots].astype(np.intp),
            sizes=self._size[slots].astype(np.int64),
            figures=self._figures[slots],
            figure_counts=self._nfigures[slots].astype(np.intp),
            figure_totals=self._figure_total[slots].astype(np.int64),
        )

    def expire(self, cutoff: float) -> int:
        return len(self.expire_ids(cutoff))

    def expire_ids(self, cutoff: float) -> list[str]:
        """``expire`` that names the dropped articles (for a durable copy to delete them too)."""
        dropped: list[str] = []
        while self._buckets and (self._buckets[0] + 1) * self._bucket_seconds <= cutoff:
            for slot in self._expiry.pop(self._buckets.pop(0)):
                if not self._alive[slot]:
                    continue
                aid = self._ids[slot]
                assert aid is not None
                del self._slot_of[aid]
                self._ids[slot] = None
                self._clusters[slot] = None
                self._alive[slot] = False
                self._pending_free.append(slot)
                self._dead_in_index += 1
                dropped.append(aid)
        if len(self._pending_free) >= self._merge_every // ANCHOR_COUNT:
            self._merge()  # purge dead anchors so their slots can be reused
        return dropped

    def __len__(self) -> int:
        return len(self._slot_of)


class DurableFingerprintStore:
    """``FingerprintStore`` that answers from a ``MemoryFingerprintStore`` and keeps a durable copy of
    every entry in ``records`` (a Faust table in the stream: one changelog message per article).

    The anchor index and expiry buckets are derived data: ``rebuild()`` re-creates them from
    ``records`` (after a restart or rebalance, once the table is recovered) in the order the entries were
    added (each record carries its insertion number, ``seq``), so the rebuilt index equals the one that was
    lost: an anchor files at most ``max_bucket`` articles, so which ones depends on that order, and the ingest
    order of a backlog is not the order of its timestamps. Expired entries are deleted from ``records`` too,
    so the durable copy is bounded by the retention window like the index.
    """

    def __init__(self, records: MutableMapping[str, Any], **memory_options: Any) -> None:
        self.records = records
        self._memory_options = memory_options
        self._memory = MemoryFingerprintStore(**memory_options)
        self._next_seq = 0

    def rebuild(self) -> int:
        """Re-create the in-memory index from ``records``; returns how many entries it holds."""
        self._memory = MemoryFingerprintStore(**self._memory_options)
        entries: list[tuple[tuple[bool, int, float, str], IndexedArticle]] = []
        for article_id, data in list(self.records.items()):
            try:
                entry = IndexedArticle.from_json(str(article_id), data)
                seq = data.get("seq")
                # Records of earlier versions carry no insertion number: first, in (seen_at, id) order.
                order = (seq is not None, int(seq) if seq is not None else 0, entry.seen_at, entry.article_id)
                if not math.isfinite(entry.seen_at):
                    raise ValueError("seen_at is not a finite time")
            except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError):
                # unreadable record (written by another version or another writer: an infinite number stopped the
                # rebuild here, leaving the index with the entries read before it): it only costs a missed match
                continue
            entries.append((order, entry))
        entries.sort(key=lambda pair: pair[0])
        for _, entry in entries:
            self._memory.add(entry)
        self._next_seq = max((order[1] for order, _ in entries if order[0]), default=-1) + 1
        return len(self._memory)

    def get(self, article_id: str) -> IndexedArticle | None:
        return self._memory.get(article_id)

    def add(self, entry: IndexedArticle) -> None:
        self._memory.add(entry)
        self.records[entry.article_id] = {**entry.to_json(), "seq": self._next_seq}
        self._next_seq += 1

    def anchor_hits(self, keys: npt.NDArray[np.uint32]) -> dict[str, int]:
        return self._memory.anchor_hits(keys)

    def candidates(self, article_ids: Sequence[str]) -> Candidates:
        return self._memory.candidates(article_ids)

    def expire(self, cutoff: float) -> int:
        dropped = self._memory.expire_ids(cutoff)
        for article_id in dropped:
            self.records.pop(article_id, None)
        return len(dropped)

    def __len__(self) -> int:
        return len(self._memory)


class DedupIndex:
    """Marks each article as new or as a repost of the first-seen copy.

    Contract:
    * ``check_and_add(id, fp, seen_at)`` decides against articles indexed so far and then indexes
      this one too (duplicates included, so a chain A <- B <- C resolves C to A).
    * The canonical copy is the first one checked.  When several indexed articles match, the one
      with the smallest ``(seen_at, id)`` wins and its cluster root is reported.
    * Articles more than ``retention_seconds`` older than the new one are ignored even before
      ``expire`` drops them, so decisions do not depend on when ``expire`` is called.
    * Re-checking an id already indexed returns its stored decision unchanged (idempotent replay).
    * Deterministic: the same sequence of calls gives the same decisions, on any backend.
    """

    def __init__(
        self,
        store: FingerprintStore | None = None,
        *,
        retention_seconds: float = 7 * 86400,
        containment_threshold: float = 0.5,
        jaccard_threshold: float = 0.2,
        max_candidates: int = 32,
    ) -> None:
        self.store: FingerprintStore = store if store is not None else MemoryFingerprintStore()
        self.retention_seconds = retention_seconds
        self.containment_threshold = containment_threshold
        self.jaccard_threshold = jaccard_threshold
        self.max_candidates = max_candidates

    def is_duplicate(self, sim: Similarity) -> bool:
        """The verification rule (see module docstring); ``check_and_add`` applies it to all candidates at once."""
        return sim.containment >= self.containment_threshold and sim.jaccard >= self.jaccard_threshold

    def check_and_add(self, article_id: str, fp: Fingerprint, seen_at: float) -> DedupDecision:
        stored = self.store.get(article_id)
        if stored is not None:
            return stored.decision
        decision = self._decide(article_id, fp, seen_at)
        compact = Fingerprint(fp.signature, fp.anchors, fp.size, fp.figures, fp.figure_total)  # (not the shingles)
        self.store.add(IndexedArticle(article_id, compact, seen_at, decision))
        return decision

    def _decide(self, article_id: str, fp: Fingerprint, seen_at: float) -> DedupDecision:
        hits = self.store.anchor_hits(fp.query_keys())
        # Verify the candidates sharing most anchors first; ties by id keep this deterministic.
        ranked = sorted((-count, cand_id) for cand_id, count in hits.items())[: self.max_candidates]
        found = self.store.candidates([cand_id for _, cand_id in ranked])
        jaccard, containment = compare_sketches(fp, found.keys, found.key_counts, found.sizes)
        matches = np.flatnonzero(
            (found.seen_at >= seen_at - self.retention_seconds)
            & (containment >= self.containment_threshold)
            & (jaccard >= self.jaccard_threshold)
        ).tolist()
        # Different figures tell a template story only where the stock sentences are not the whole of the text:
        # a repost with its tail cut and a footer of phone numbers keeps most of its words in the original.
        matches = [i for i in matches if containment[i] >= FIGURES_CONTAINMENT or not found.figures_differ(i, fp)]
        if not matches:
            return DedupDecision(None, None, article_id)
        # The first-seen match wins (then the smallest id); its cluster root is the canonical copy.
        best = min(matches, key=lambda i: (found.seen_at[i], found.ids[i]))
        return DedupDecision(found.cluster_ids[best], float(containment[best]), found.cluster_ids[best])

    def expire(self, now: float) -> int:
        """Drop fingerprints older than the retention (at expiry-bucket granularity); return count."""
        return self.store.expire(now - self.retention_seconds)

    def __len__(self) -> int:
        return len(self.store)
