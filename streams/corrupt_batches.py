"""Record batches the consumer cannot read: fetched again, then skipped and reported, never fatal.

A fetched record batch that fails its CRC check makes aiokafka raise ``CorruptRecordException`` out of
``getmany``, and a record that does not decode (a header key that is not UTF-8, which producers built on librdkafka
or sarama can write and the broker accepts; a compressed batch that does not decompress) raises out of it too,
either way losing the good records fetched with it. Faust's consumer crashes on the error, the worker stops, and a
restarted worker fetches the same batch and stops again: one bad batch stopped every partition of the worker for
good. So the consumer reads each batch through ``_CheckedRecords``: the records before a bad one go on to the
streams, the partition is fetched again from the first record not read (a checksum that failed on the wire passes
on the next fetch), and what still fails after ``FETCH_ATTEMPTS`` fetches in a row (corrupt in the broker's log,
which serves it as stored, or written so) is skipped to the batch's end. Those offsets are committed over like
those of a compacted batch, but only after the skip is reported (``CorruptBatch``; the worker dead-letters it,
``streams.agents``), so it is never silent.
"""

from __future__ import annotations

import collections
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from aiokafka.consumer.fetcher import FetchResult

__all__ = ["FETCH_ATTEMPTS", "CheckedFetchResults", "CorruptBatch", "CorruptBatches"]

#: Fetches in a row in which a batch cannot be read before it is skipped.
FETCH_ATTEMPTS = 3

CRC_FAILED = "failed its CRC check"

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CorruptBatch:
    """Offsets ``first_offset`` to ``last_offset`` of ``topic[partition]`` (the part of a record batch from its
    first record not read to its end), skipped because the batch could not be read on ``attempts`` fetches in a
    row: no stream got any of their records. ``problem`` says why, e.g. "failed its CRC check"."""

    topic: str
    partition: int
    first_offset: int
    last_offset: int
    attempts: int
    problem: str


class CorruptBatches:
    """The consumer's account of record batches it cannot read.

    ``fetch_again`` is asked on the consumer's thread for each bad batch: True (fetch the partition again from the
    first record not read) until that has failed ``attempts`` fetches in a row, then False (skip the rest of the
    batch), after which the skip waits in ``skipped`` until the main loop has reported it (``reported``). Until
    then ``holds`` bounds the partition's committable offset at the skip's first offset.
    """

    def __init__(self, attempts: int = FETCH_ATTEMPTS) -> None:
        self.attempts = attempts
        self.skipped: collections.deque[CorruptBatch] = collections.deque()
        self._failures: dict[tuple[str, int, int], int] = {}  # consumer thread only
        self._unreported: dict[tuple[str, int], set[int]] = {}
        self._lock = threading.Lock()

    def fetch_again(self, topic: str, partition: int, first_offset: int, next_offset: int, problem: str) -> bool:
        key = (topic, partition, first_offset)
        if len(self._failures) > 10_000:  # failures the next fetch did not repeat (on the wire), never cleared
            self._failures.clear()
        failures = self._failures[key] = self._failures.get(key, 0) + 1
        where = f"{topic}[{partition}]: the record batch at offsets {first_offset}-{next_offset - 1} {problem}"
        if failures < self.attempts:
            log.warning("%s (fetch %d of %d); fetching it again", where, failures, self.attempts)
            return True
        del self._failures[key]
        log.error("%s on %d fetches in a row: skipping it", where, failures)
        with self._lock:
            self._unreported.setdefault((topic, partition), set()).add(first_offset)
        self.skipped.append(CorruptBatch(topic, partition, first_offset, next_offset - 1, failures, problem))
        return False

    def holds(self, topic: str, partition: int) -> int | None:
        """The first offset of the partition's earliest skip not reported yet: commits stop there."""
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


class _CheckedBatch:
    """One record batch as aiokafka's ``PartitionRecords`` reads it (an iterator of its records, like aiokafka's own),
    whose records stop at the first one that does not decode. aiokafka sets the partition's next fetch offset to the
    batch's ``next_offset`` after its records: the batch's own end (the rest of it skipped), or the record that
    failed when it is to be fetched again."""

    __slots__ = ("_batch", "_owner", "_records", "_failed", "_resume_at")

    def __init__(self, batch: Any, owner: _CheckedRecords) -> None:
        self._batch = batch
        self._owner = owner
        self._records: Iterator[Any] | None = None
        self._failed = False
        self._resume_at: int | None = None

    # What aiokafka reads of every batch, as plain properties: ``__getattr__`` comes only after a failed lookup.
    @property
    def producer_id(self) -> int | None:
        return self._batch.producer_id

    @property
    def base_offset(self) -> int:
        return self._batch.base_offset

    @property
    def is_control_batch(self) -> bool:
        return self._batch.is_control_batch

    @property
    def is_transactional(self) -> bool:
        return self._batch.is_transactional

    def __getattr__(self, name: str) -> Any:  # the rest of the batch's attributes
        return getattr(self._batch, name)

    @property
    def next_offset(self) -> int:
        return self._batch.next_offset if self._resume_at is None else self._resume_at

    def __iter__(self) -> Iterator[Any]:
        # A generator: resuming it per record costs less than a Python-level __next__ (kept for aiokafka's next()).
        if self._failed:
            return
        if self._records is None:
            self._records = iter(self._batch)  # the batch itself (v2), or a generator (v0 and v1)
        try:
            yield from self._records
        except Exception as exc:  # noqa: BLE001 - whatever the decoder raises, the batch cannot be read
            self._fail(exc)

    def __next__(self) -> Any:
        """aiokafka reads a control batch's first record with ``next(batch)``."""
        if self._failed:
            raise StopIteration
        if self._records is None:
            self._records = iter(self._batch)
        try:
            return next(self._records)
        except StopIteration:
            raise
        except Exception as exc:  # noqa: BLE001 - as in __iter__
            self._fail(exc)
            raise StopIteration from None

    def _fail(self, exc: Exception) -> None:
        self._failed = True
        self._resume_at = self._owner.unreadable(self._batch, f"does not decode ({type(exc).__name__}: {exc})")


class _CheckedRecords:
    """One partition's record batches of a fetch response (aiokafka's ``MemoryRecords``), each checked against its
    CRC and read through ``_CheckedBatch``. A bad one ends the partition's part of the fetch (its position stays at
    the first record not read, so the next fetch reads it again) or, once ``CorruptBatches`` says so, the rest of
    it is stepped over."""

    __slots__ = ("_records", "_partition", "_account", "_check_crcs", "_ready", "_stopped")

    def __init__(self, records: Any, partition_records: Any, account: CorruptBatches, check_crcs: bool) -> None:
        self._records = records
        self._partition = partition_records
        self._account = account
        self._check_crcs = check_crcs
        self._ready: Any = None
        self._stopped = False

    def size_in_bytes(self) -> int:
        return self._records.size_in_bytes()

    def has_next(self) -> bool:
        while self._ready is None:
            if self._stopped or not self._records.has_next():
                return False
            batch = self._records.next_batch()
            if not self._check_crcs or batch.validate_crc():
                self._ready = _CheckedBatch(batch, self)
                break
            resume_at = self.unreadable(batch, CRC_FAILED)
            if resume_at is None:
                self._partition.next_fetch_offset = batch.next_offset
        return True

    def next_batch(self) -> Any:
        if not self.has_next():
            return None
        batch, self._ready = self._ready, None
        return batch

    def unreadable(self, batch: Any, problem: str) -> int | None:
        """``batch`` cannot be read from the partition's next fetch offset on: that offset when the partition is
        to be fetched again from it (and this fetch's batches end here), None when the rest is skipped."""
        partition = self._partition
        first = partition.next_fetch_offset  # after the last record handed out, or where the fetch began
        if self._account.fetch_again(partition._tp.topic, partition._tp.partition, first, batch.next_offset, problem):
            self._stopped = True
            return first
        return None


class CheckedFetchResults(collections.OrderedDict):  # type: ignore[type-arg]
    """aiokafka's buffer of fetch results (``Fetcher._records``) whose new results read their batches through
    ``_CheckedRecords`` instead of raising on the first bad one.

    A result is wrapped when the fetcher stores it, before any of its batches is read (aiokafka unpacks them
    lazily, on the first ``getmany`` that takes them).
    """

    def __init__(self, account: CorruptBatches) -> None:
        super().__init__()
        self.account = account

    def __setitem__(self, tp: Any, result: Any) -> None:
        if type(result) is FetchResult:
            partition_records = result._partition_records
            if partition_records is not None:
                partition_records._records = _CheckedRecords(partition_records._records, partition_records,
                                                             self.account, partition_records._check_crcs)
                partition_records._check_crcs = False  # checked by the wrapper, once
        super().__setitem__(tp, result)

    @classmethod
    def install(cls, fetcher: Any, account: CorruptBatches) -> None:
        """Make ``fetcher`` (a started consumer's) store its results here, from before its first fetch."""
        if type(fetcher._records) is not cls:
            if fetcher._records:
                raise RuntimeError("install before the consumer's first fetch: its results would go unchecked")
            fetcher._records = cls(account)
