"""Record batches that fail their CRC check: fetched again, then skipped and reported, never fatal.

aiokafka raises ``CorruptRecordException`` out of ``getmany`` when a fetched record batch fails its checksum,
losing the good records fetched with it; Faust's consumer crashes on it, the worker stops, and a restarted worker
fetches the same batch and stops again, so one bad batch stops every partition of the worker for good. A checksum
that fails on the wire fails once; one that fails on the broker's disk fails on every fetch (the broker serves
its log as stored). So the consumer here checks each batch itself: the records before a failing batch go on to
the streams, the partition is fetched again from the batch, and a batch that fails ``FETCH_ATTEMPTS`` fetches in
a row is skipped. Its offsets are then committed over like those of a compacted batch, but only after the skip
is reported (``CorruptBatch``: the worker dead-letters it, ``streams.agents``), so it is never silent.
"""

from __future__ import annotations

import collections
import logging
import threading
from dataclasses import dataclass
from typing import Any

from aiokafka.consumer.fetcher import FetchResult

__all__ = ["FETCH_ATTEMPTS", "CheckedFetchResults", "CorruptBatch", "CorruptBatches"]

#: Fetches in a row in which a batch fails its CRC check before it is skipped.
FETCH_ATTEMPTS = 3

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CorruptBatch:
    """Offsets ``first_offset`` to ``last_offset`` of ``topic[partition]``, skipped because the record batch
    holding them failed its CRC check on ``attempts`` fetches in a row: no stream got any of their records."""

    topic: str
    partition: int
    first_offset: int
    last_offset: int
    attempts: int


class CorruptBatches:
    """The consumer's account of batches that fail their CRC check.

    ``fetch_again`` is asked on the consumer's thread for each failing batch: True (fetch the partition again from
    the batch) until the batch has failed ``attempts`` fetches in a row, then False (skip it), after which the
    batch waits in ``skipped`` until the main loop has reported it (``reported``). Until then ``holds`` bounds
    the partition's committable offset at the batch's first offset.
    """

    def __init__(self, attempts: int = FETCH_ATTEMPTS) -> None:
        self.attempts = attempts
        self.skipped: collections.deque[CorruptBatch] = collections.deque()
        self._failures: dict[tuple[str, int, int], int] = {}  # consumer thread only
        self._unreported: dict[tuple[str, int], set[int]] = {}
        self._lock = threading.Lock()

    def fetch_again(self, topic: str, partition: int, first_offset: int, next_offset: int) -> bool:
        key = (topic, partition, first_offset)
        if len(self._failures) > 10_000:  # failures the next fetch did not repeat (on the wire), never cleared
            self._failures.clear()
        failures = self._failures[key] = self._failures.get(key, 0) + 1
        if failures < self.attempts:
            log.warning("%s[%d]: the record batch at offsets %d-%d failed its CRC check (fetch %d of %d); "
                        "fetching it again", topic, partition, first_offset, next_offset - 1, failures, self.attempts)
            return True
        del self._failures[key]
        log.error("%s[%d]: the record batch at offsets %d-%d failed its CRC check on %d fetches in a row: skipping it "
                  "(corrupt in the broker's log)", topic, partition, first_offset, next_offset - 1, failures)
        with self._lock:
            self._unreported.setdefault((topic, partition), set()).add(first_offset)
        self.skipped.append(CorruptBatch(topic, partition, first_offset, next_offset - 1, failures))
        return False

    def holds(self, topic: str, partition: int) -> int | None:
        """The first offset of the partition's earliest skipped batch not reported yet: commits stop there."""
        if not self._unreported:
            return None
        with self._lock:
            offsets = self._unreported.get((topic, partition))
            return min(offsets) if offsets else None

    def reported(self, batch: CorruptBatch) -> None:
        with self._lock:
            offsets = self._unreported.get((batch.topic, batch.partition))
            if offsets is not None:
                offsets.discard(batch.first_offset)
                if not offsets:
                    del self._unreported[(batch.topic, batch.partition)]


class _CheckedRecords:
    """One partition's record batches of a fetch response (aiokafka's ``MemoryRecords``), each checked against its
    CRC: a failing one ends the partition's part of the fetch (its position stays at the batch, so the next fetch
    reads it again) or, once ``CorruptBatches`` says so, is stepped over."""

    __slots__ = ("_records", "_partition", "_account", "_ready", "_stopped")

    def __init__(self, records: Any, partition_records: Any, account: CorruptBatches) -> None:
        self._records = records
        self._partition = partition_records
        self._account = account
        self._ready: Any = None
        self._stopped = False

    def size_in_bytes(self) -> int:
        return self._records.size_in_bytes()

    def has_next(self) -> bool:
        while self._ready is None:
            if self._stopped or not self._records.has_next():
                return False
            batch = self._records.next_batch()
            if batch.validate_crc():
                self._ready = batch
                break
            partition = self._partition
            # Where the partition stands: the batch's first offset, or inside it when the fetch began there.
            first = partition.next_fetch_offset
            if self._account.fetch_again(partition._tp.topic, partition._tp.partition, first, batch.next_offset):
                self._stopped = True
                return False
            partition.next_fetch_offset = batch.next_offset
        return True

    def next_batch(self) -> Any:
        if not self.has_next():
            return None
        batch, self._ready = self._ready, None
        return batch


class CheckedFetchResults(collections.OrderedDict):  # type: ignore[type-arg]
    """aiokafka's buffer of fetch results (``Fetcher._records``) whose new results check their batches' CRCs
    through ``_CheckedRecords`` instead of raising on the first failing one.

    A result is wrapped when the fetcher stores it, before any of its batches is read (aiokafka unpacks them
    lazily, on the first ``getmany`` that takes them).
    """

    def __init__(self, account: CorruptBatches) -> None:
        super().__init__()
        self.account = account

    def __setitem__(self, tp: Any, result: Any) -> None:
        if type(result) is FetchResult:
            partition_records = result._partition_records
            if partition_records is not None and partition_records._check_crcs:
                partition_records._records = _CheckedRecords(partition_records._records, partition_records,
                                                             self.account)
                partition_records._check_crcs = False  # checked above, once
        super().__setitem__(tp, result)

    @classmethod
    def install(cls, fetcher: Any, account: CorruptBatches) -> None:
        """Make ``fetcher`` (a started consumer's) store its results here, from before its first fetch."""
        if type(fetcher._records) is not cls:
            if fetcher._records:
                raise RuntimeError("install before the consumer's first fetch: its results would go unchecked")
            fetcher._records = cls(account)
