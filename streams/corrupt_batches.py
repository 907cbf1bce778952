"""Record batches the consumer cannot read: fetched again, then skipped and reported, never fatal.

A fetched record batch that fails its CRC check makes aiokafka raise ``CorruptRecordException`` out of
``getmany``, and a record that does not decode (a header name that is not UTF-8, which producers built on librdkafka
or sarama can write and the broker accepts; a compressed batch that does not decompress; a batch header that does
not parse) raises out of it too, either way losing the good records fetched with it. Faust's consumer crashes on
the error, the worker stops, and a restarted worker fetches the same batch and stops again: one bad batch stopped
every partition of the worker for good. So the consumer reads each batch through ``_CheckedRecords``: the records
before a bad one go on to the streams, the partition is fetched again from the first record not read (a checksum
that failed on the wire passes on the next fetch), and what still fails after ``FETCH_ATTEMPTS`` fetches in a row
(corrupt in the broker's log, which serves it as stored, or written so) is skipped to the batch's end, where that
fetch ends. A batch's end is read from its header only when the header passed the CRC check; else from the next
batch's start, or one offset at a time. The skipped offsets are committed over like those of a compacted batch, but
only after the skip is reported (``CorruptBatch``; the worker dead-letters it, ``streams.agents``), so it is never
silent.
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
    first record not read) until the same offset has failed ``attempts`` fetches in a row (a batch read past in
    between, ``passed``, starts the count again), then False (skip to the batch's end), after which the skip waits
    in ``skipped`` until the main loop has reported it (``reported``). Until then ``holds`` bounds the partition's
    committable offset at the skip's first offset, and the same skip found again is not queued twice.
    """

    def __init__(self, attempts: int = FETCH_ATTEMPTS) -> None:
        self.attempts = attempts
        self.skipped: collections.deque[CorruptBatch] = collections.deque()
        # (topic, partition) -> (offset, failures in a row there); the consumer thread's only
        self._failures: dict[tuple[str, int], tuple[int, int]] = {}
        self._unreported: dict[tuple[str, int], set[int]] = {}
        self._lock = threading.Lock()

    def passed(self, topic: str, partition: int, next_offset: int) -> None:
        """A batch ending before ``next_offset`` was read: failures at earlier offsets were not in a row."""
        if self._failures:
            failed = self._failures.get((topic, partition))
            if failed is not None and failed[0] < next_offset:
                del self._failures[(topic, partition)]

    def fetch_again(self, topic: str, partition: int, first_offset: int, skip_to: int, problem: str) -> bool:
        key = (topic, partition)
        offset, failures = self._failures.get(key, (first_offset, 0))
        failures = failures + 1 if offset == first_offset else 1
        where = f"{topic}[{partition}]: the record batch at offsets {first_offset}-{skip_to - 1} {problem}"
        if failures < self.attempts:
            self._failures[key] = (first_offset, failures)
            log.warning("%s (fetch %d of %d); fetching it again", where, failures, self.attempts)
            return True
        self._failures.pop(key, None)
        log.error("%s on %d fetches in a row: skipping it", where, failures)
        with self._lock:
            unreported = self._unreported.setdefault(key, set())
            queued = first_offset in unreported  # skipped again before its report was done (a seek back)
            unreported.add(first_offset)
        if not queued:
            self.skipped.append(CorruptBatch(topic, partition, first_offset, skip_to - 1, failures, problem))
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
    batch's ``next_offset`` after its records: the batch's own end, or where ``_CheckedRecords.unreadable`` says the
    partition resumes. A control batch's record comes decoded already (``peeked``): aiokafka reads it with
    ``next(batch)`` and takes the end of the records for a broken batch."""

    __slots__ = ("_batch", "_owner", "_records", "_peeked", "_failed", "_resume_at")

    def __init__(self, batch: Any, owner: _CheckedRecords, peeked: Any = None) -> None:
        self._batch = batch
        self._owner = owner
        self._records: Iterator[Any] | None = None
        self._peeked = peeked
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
        if self._peeked is not None:
            peeked, self._peeked = self._peeked, None
            yield peeked
        if self._failed:
            return
        try:
            if self._records is None:
                self._records = iter(self._batch)  # the batch itself (v2: it decompresses here), or a generator
            yield from self._records
        except Exception as exc:  # noqa: BLE001 - whatever the decoder raises, the batch cannot be read
            self._fail(exc)
        else:
            self._owner.passed(self._batch.next_offset)

    def __next__(self) -> Any:
        if self._peeked is not None:
            peeked, self._peeked = self._peeked, None
            return peeked
        if self._failed:
            raise StopIteration
        try:
            if self._records is None:
                self._records = iter(self._batch)
            return next(self._records)
        except StopIteration:
            raise
        except Exception as exc:  # noqa: BLE001 - as in __iter__
            self._fail(exc)
            raise StopIteration from None

    def _fail(self, exc: Exception) -> None:
        self._failed = True
        self._resume_at = self._owner.unreadable(_problem(exc), self._batch.next_offset)


def _problem(exc: Exception) -> str:
    return f"does not decode ({type(exc).__name__}: {exc})"


class _CheckedRecords:
    """One partition's record batches of a fetch response (aiokafka's ``MemoryRecords``), each checked against its
    CRC and read through ``_CheckedBatch``. A bad one ends the partition's part of the fetch, whether the partition
    is to be fetched again from the first record not read or, once ``CorruptBatches`` says so, from past the bad
    batch: the next fetch then brings a fresh list of aborted transactions (a skipped batch may have held the marker
    that ends one, and aiokafka would drop the producer's later records as aborted)."""

    __slots__ = ("_records", "_partition", "_account", "_check_crcs", "_highwater", "_ready", "_stopped")

    def __init__(self, records: Any, partition_records: Any, account: CorruptBatches, check_crcs: bool,
                 highwater: int | None = None) -> None:
        self._records = records
        self._partition = partition_records
        self._account = account
        self._check_crcs = check_crcs
        self._highwater = highwater
        self._ready: Any = None
        self._stopped = False

    def size_in_bytes(self) -> int:
        return self._records.size_in_bytes()

    def has_next(self) -> bool:
        while self._ready is None:
            if self._stopped:
                return False
            batch = peeked = None
            try:
                if not self._records.has_next():
                    return False
                batch = self._records.next_batch()
                problem = None if not self._check_crcs or batch.validate_crc() else CRC_FAILED
                if problem is None and batch.is_control_batch:
                    peeked = next(iter(batch))  # (aiokafka's next() on it would end the worker on a failure)
            except Exception as exc:  # noqa: BLE001 - a length, magic byte or record that does not parse
                problem = _problem(exc)
            if problem is None:
                self._ready = _CheckedBatch(batch, self, peeked)
                break
            if batch is None:
                claimed = None  # the batch did not parse: its end is unknown
            elif problem == CRC_FAILED:
                claimed = self._next_start(batch.next_offset)  # its header's end is not to be trusted
            else:
                claimed = batch.next_offset
            self._partition.next_fetch_offset = self.unreadable(problem, claimed)
        return True

    def next_batch(self) -> Any:
        if not self.has_next():
            return None
        batch, self._ready = self._ready, None
        return batch

    def passed(self, next_offset: int) -> None:
        """A batch was read to its end: earlier failures of the partition were not in a row."""
        tp = self._partition._tp
        self._account.passed(tp.topic, tp.partition, next_offset)

    def unreadable(self, problem: str, claimed_end: int | None) -> int:
        """The partition's records from its next fetch offset cannot be read: the offset where it resumes, there
        (fetched again) or past the batch (skipped), and this fetch's batches end here. A claimed end that is not
        after the start, or beyond the log's end, is not believed: then one offset is skipped at a time."""
        partition = self._partition
        first = partition.next_fetch_offset  # after the last record handed out, or where the fetch began
        plausible = claimed_end is not None and claimed_end > first and (
            self._highwater is None or self._highwater < 0 or claimed_end <= self._highwater)
        skip_to = claimed_end if plausible else first + 1
        self._stopped = True
        tp = partition._tp
        if self._account.fetch_again(tp.topic, tp.partition, first, skip_to, problem):
            return first
        return skip_to

    def _next_start(self, claimed: int) -> int:
        """Where the batch after one failing its CRC begins, when this response holds it (and it parses); else the
        failing batch's own claim."""
        try:
            if self._records.has_next():
                return self._records.next_batch().base_offset
        except Exception:  # noqa: BLE001 - nothing to learn from it
            pass
        return claimed


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
                state = result._assignment.state_value(tp)
                partition_records._records = _CheckedRecords(
                    partition_records._records, partition_records, self.account, partition_records._check_crcs,
                    getattr(state, "highwater", None))
                partition_records._check_crcs = False  # checked by the wrapper, once
        super().__setitem__(tp, result)

    @classmethod
    def install(cls, fetcher: Any, account: CorruptBatches) -> None:
        """Make ``fetcher`` (a started consumer's) store its results here, from before its first fetch."""
        if type(fetcher._records) is not cls:
            if fetcher._records:
                raise RuntimeError("install before the consumer's first fetch: its results would go unchecked")
            fetcher._records = cls(account)
