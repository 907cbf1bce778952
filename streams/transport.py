"""The worker's Kafka transport: Faust's aiokafka driver with a short consumer fetch wait, reading committed records
only, and with commits that never pass a record the streams did not get.

Fetch wait. Faust creates its consumer with ``fetch_max_wait_ms=1500``. The consumer has one fetch request in
flight per broker, and a partition whose fetched records are still being processed is left out of the next
request. When every other partition it asks for is idle, the broker holds that request for the whole wait, and
the partition that has data (the sequencer, while it works off a backlog) waits too: the worker stood idle for up
to 1.5 s at a time, a third of its time in a backlog (docs/BENCHMARKS.md). ``FETCH_MAX_WAIT_MS`` bounds those
stalls; an idle worker pays with one more fetch request per broker every ``FETCH_MAX_WAIT_MS``.

Isolation. The consumer reads ``read_committed`` (``ISOLATION_LEVEL``; Faust does so only in its ``exactly_once``
mode, which the settings refuse): records of a transactional feed producer's aborted transactions never reach a
stream, and the offsets they and the commit markers take are committed over like any offset without a record.

Offsets. Faust's consumer loses and strands records around rebalances (faust-streaming issues #216, #606): when a
rebalance begins it cancels the delivery of the record it is handing to a stream, and of the rest of the batch,
yet counts them as read; after the rebalance it resumes fetching before it seeks the partitions it kept back to
their committed offsets, so records fetched before the seek reach the streams after it; it infers "gaps" (offsets
without records) from read offsets that a seek resets to the *next* offset, counting the record just read as part
of the gap; and it commits past one missing offset at the head of a partition. With Faust's own consumer, 21 and
300 of 8,000 articles were never processed in two runs of
``tests/integration/test_reliability.py::test_rebalances_in_a_backlog_lose_nothing``, and 181 of 2,000 in a
run of ``test_second_worker_joins_then_first_leaves`` with 200 records per poll. ``_Consumer`` replaces that
bookkeeping (records fetched before a seek may still reach a stream after it: they are processed twice, never
skipped):

* offsets without records are learnt from what each fetch returned (records skipped inside a batch, and the
  fetch position after it), never guessed from read offsets;
* the committed offset moves over acknowledged offsets and those gaps only, and never past a record that was
  handed to the streams and not acknowledged;
* a partition whose next offset to commit has not moved for ``STALL_SECONDS``, while that record is not being
  processed and later records of the partition were handed over, is fetched again from there
  (``wiremon_partitions_refetched_total``);
* a stream gets its partition's records in log order (``DeliveryOrder``): a fetched batch is handed over only
  if it begins where the last handed-over record ended, or where a seek put the partition. Faust hands over
  batches fetched before a seek after it, and drops batches of partitions it has paused while the fetch position
  moves past them (during table recovery); either way a later record reached the stream before an earlier one,
  and the sequencer decided a repost before its original (``wiremon_fetches_discarded_total``). Offsets a fetch
  moved over without records (transaction markers, aborted or compacted batches) are followed, not re-read. The
  stall check's re-read above is the one remaining way a record can reach a stream after later ones; no path
  that loses a record on its way to a stream without a rebalance (which seeks back anyway) is known;
* seeks decided outside a fetch (the one after a rebalance, the stall check's) count at once for delivery order
  and commits, and reach aiokafka at the start of the next fetch; every seek runs on the consumer thread, since
  aiokafka's fetcher is not safe against a seek from another thread (a KeyError there ends the worker's fetching);
* offsets deleted by retention before a stream got them (a committed offset below the log start, or a partition
  read again three times in a row from a deleted offset) are logged, counted (``wiremon_records_lost_total``) and
  committed over;
* a record batch it cannot read (a failed CRC check, a record that does not decode) is fetched again, then
  skipped (``streams.corrupt_batches``), and its offsets are committed over only once ``App.on_corrupt_batch`` has
  reported it (the worker dead-letters it); aiokafka raised out of every poll on such a batch, and the worker
  crashed on it at every start;
* a commit waits until every record the broker refused since the last one is settled (``streams.refused_sends``):
  sent again, or dead-lettered by ``App.on_refused_send``; when one cannot be, nothing more is committed and the
  worker stops (Faust committed the inputs of refused outputs); and the flush before it waits until every table
  write queued was handed to the producer (``_DrainingBuffer``; Faust's flush could return before).

A re-read can repeat outputs, which the at-least-once contract allows (README, Delivery guarantee).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal, NamedTuple

import faust
from aiokafka import TopicPartition
from faust.transport.drivers import aiokafka as driver
from faust.transport.producer import ProducerBuffer
from mode import Service

from streams import metrics
from streams.corrupt_batches import CheckedFetchResults, CorruptBatch, CorruptBatches
from streams.refused_sends import RefusedSend, RefusedSendError, RefusedSends, SoloProducer

__all__ = ["FETCH_MAX_WAIT_MS", "ISOLATION_LEVEL", "Admission", "App", "BatchStart", "DeliveryOrder", "Transport"]

FETCH_MAX_WAIT_MS = 50
ISOLATION_LEVEL = "read_committed"
#: Seconds between checks for records that were handed to the streams but never processed.
STALL_CHECK_INTERVAL = 5.0
#: A partition whose next offset to commit has not moved for this long, while that record is not being processed
#: and later ones were handed over, lost that record on its way to the stream. A stream's buffer holds at most
#: 5 x partitions x 200 records, about 20 s of a worker's throughput at 4 partitions; a false alarm costs one
#: re-read from that record on (repeated outputs, no loss).
STALL_SECONDS = 60.0
#: How long the consumer waits for ``App.on_corrupt_batch`` before it polls again (and reports the batch later).
REPORT_TIMEOUT_SECONDS = 10.0

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BatchStart:
    """Where the fetch that returned a batch began: the partition's position when it was asked for (None when a
    seek of the partition overlapped the fetch), and the partition's ``DeliveryOrder`` generation after it."""

    generation: int
    position: int | None


class _Blocked:
    def __repr__(self) -> str:
        return "BLOCKED"


#: A partition's next offset from its revocation or assignment until a seek says where it resumes: nothing is
#: handed over.
BLOCKED: Final = _Blocked()


class Admission(NamedTuple):
    """``DeliveryOrder.admit``'s answer for one fetched batch.

    ``reason``: ``"in_order"`` (admitted: it begins where the partition's stream expects, or nothing is expected
    yet); ``"blocked"`` (revoked or assigned, waiting for the seek that says where reading resumes); ``"moved"``
    (fetched before or while the partition last moved, or from an unknown position); ``"gap"`` (it begins after
    the expected offset: records between were read and never reached the stream); ``"behind"`` (it begins before
    the expected offset). ``seek_to``: where to read the partition again so that its stream gets the expected
    offset next, or None to leave that to the seek under way.
    """

    admitted: bool
    seek_to: int | None
    reason: Literal["in_order", "blocked", "moved", "gap", "behind"]


class DeliveryOrder:
    """Which fetched batches of a partition may be handed to its stream, so that the stream sees the partition's
    records in log order.

    Contract, per partition:
    * ``expect(tp)`` is the offset the next handed-over batch must begin at: the end of the last batch handed
      over, the target of the last seek, ``None`` before either (anything goes), or ``BLOCKED`` from a
      revocation or assignment until the seek that follows it (nothing goes).
    * ``admit(tp, start)`` answers (an ``Admission``) whether a batch whose fetch began at ``start`` may be
      handed over, why, and if not, the offset to seek to so that the records from ``expect(tp)`` on are
      fetched again. A batch fetched before the partition last moved (an older generation), or while it moved
      (position unknown), is never admitted against a known expected offset.
    * ``moving(tp)`` and ``moved(tp, token, next)`` bracket every seek, revocation and assignment. Both bump the
      generation, so a fetch that reads the generation before and after itself, and finds no move in progress
      (``settled``), knows that no move overlapped it. Only the latest move begun sets the expected offset: one
      that ends after a later one began (a seek cancelled by a new rebalance) leaves it to that one.
    """

    def __init__(self) -> None:
        self._next: dict[Hashable, int | None | _Blocked] = {}
        self._generation: dict[Hashable, int] = defaultdict(int)
        self._in_progress: dict[Hashable, int] = defaultdict(int)
        self._latest: dict[Hashable, int] = {}
        self._tokens = itertools.count(1)

    def generation(self, tp: Hashable) -> int:
        return self._generation.get(tp, 0)

    def settled(self, tp: Hashable) -> bool:
        return self._in_progress.get(tp, 0) == 0

    def expect(self, tp: Hashable) -> int | None | _Blocked:
        return self._next.get(tp)

    def moving(self, tp: Hashable) -> int:
        self._in_progress[tp] += 1
        self._generation[tp] += 1
        token = self._latest[tp] = next(self._tokens)
        return token

    def moved(self, tp: Hashable, token: int, next_offset: int | None | _Blocked) -> bool:
        """End the move ``token``; returns whether it set the expected offset (it was the latest begun)."""
        self._in_progress[tp] -= 1
        self._generation[tp] += 1
        if self._latest.get(tp) != token:
            return False
        self._next[tp] = next_offset
        return True

    def handed_over(self, tp: Hashable, next_offset: int) -> None:
        self._next[tp] = next_offset

    def admit(self, tp: Hashable, start: BatchStart | None) -> Admission:
        expected = self._next.get(tp)
        if expected is BLOCKED:
            return Admission(False, None, "blocked")  # the seek after the rebalance decides where reading resumes
        if start is None or start.generation != self._generation.get(tp, 0):
            # Fetched before the partition last moved (or of unknown origin): the move repositioned the fetch.
            if isinstance(expected, int):
                return Admission(False, expected, "moved")
            return Admission(True, None, "in_order") if start is None else Admission(False, None, "moved")
        if expected is None or start.position == expected:
            return Admission(True, None, "in_order")
        if start.position is None:
            return Admission(False, expected, "moved")
        return Admission(False, expected, "gap" if start.position > expected else "behind")


class _ConsumerThread(driver.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        # Read by AIOKafkaConsumer.start() when it creates the fetcher; Faust offers no setting for either.
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS
        # A feed written by a transactional producer: its aborted records are never processed (Faust reads
        # read_committed only in its exactly_once mode, which wire-monitor refuses: see Settings).
        consumer._isolation_level = ISOLATION_LEVEL
        return consumer

    async def on_start(self) -> None:
        await super().on_start()
        # Before the first assignment, hence before the first fetch: a batch it cannot read is not fatal.
        CheckedFetchResults.install(self._consumer._fetcher, self.consumer._corrupt)

    async def _fetch_records(self, consumer: Any, active_partitions: Any, timeout: float | None = None,
                             max_records: int | None = None) -> Any:
        owner = self.consumer
        order = owner._order
        subscription = getattr(consumer._subscription, "subscription", None)
        assignment = subscription.assignment if subscription is not None else None
        # Where each partition's fetch begins, read with its generation while no move is in progress: a move that
        # begins before the fetch returns changes the generation (read again below), and then it is unknown.
        before: dict[tuple[str, int], tuple[int, int]] = {}
        if assignment is not None and active_partitions:
            for tp in tuple(active_partitions):  # a copy: the main thread pauses and resumes partitions
                key = (tp.topic, tp.partition)
                generation = order.generation(key)
                state = assignment.state_value(tp)
                if order.settled(key) and state is not None and state.has_valid_position:
                    before[key] = (generation, state.position)
        records = await super()._fetch_records(consumer, active_partitions, timeout=timeout, max_records=max_records)
        subscription = getattr(consumer._subscription, "subscription", None)
        assignment = subscription.assignment if subscription is not None else None
        starts, tails, skips = owner._batch_starts, owner._batch_ends, owner._skips
        if len(tails) > 100_000 or len(starts) > 100_000 or len(skips) > 100_000:
            # Batches never handed out (Faust drops some in a rebalance): these are kept per batch handed out.
            tails.clear()
            starts.clear()
            skips.clear()
        for tp, batch in records.items():
            if not batch:
                continue
            key = (tp.topic, tp.partition)
            generation = order.generation(key)
            snapshot = before.pop(key, None)
            position = snapshot[1] if snapshot is not None and snapshot[0] == generation else None
            starts[(tp.topic, tp.partition, batch[0].offset)] = BatchStart(generation, position)
            # Where the fetch position stands after the batch: offsets between the batch's last record and it
            # hold no record (transaction markers, compacted records).
            state = assignment.state_value(tp) if assignment is not None else None
            if state is not None and state.has_valid_position:
                tails[(tp.topic, tp.partition, batch[-1].offset)] = state.position
        # A position that moved without records (aborted transactions, markers, compacted batches): the next
        # batch begins where this one ended, not where the stream's last record did.
        for (topic, partition), (generation, position) in before.items():
            state = assignment.state_value(TopicPartition(topic, partition)) if assignment is not None else None
            if state is not None and state.has_valid_position and state.position > position and \
                    order.generation((topic, partition)) == generation:
                skips[(topic, partition, position)] = (generation, state.position)
        return records


class _Consumer(driver.Consumer):
    """Faust's aiokafka consumer with offset bookkeeping that never commits past an unprocessed record.

    Per partition it keeps which offsets were handed to Faust's conductor and are not acknowledged yet
    (``_pending``: in a stream's buffer, being processed, or lost on the way), and which offsets hold no record
    (``_gaps``: transaction markers, compacted records), learnt from what each fetch returned, never guessed. The
    committed offset moves over acknowledged offsets and gaps only, and never past a pending one. A partition
    whose next offset to commit has been stuck for ``STALL_SECONDS``, while that record is not being processed
    and later ones were handed over, is fetched again from that offset.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pending: dict[Any, dict[int, float]] = defaultdict(dict)  # tp -> {offset: when handed over}
        self._gaps: dict[Any, list[tuple[int, int]]] = defaultdict(list)  # tp -> [start, end) without records
        self._batch_ends: dict[tuple[str, int, int], int] = {}  # (topic, partition, last offset) -> position
        self._batch_starts: dict[tuple[str, int, int], BatchStart] = {}  # (topic, partition, first offset) -> ...
        # (topic, partition, position) -> (generation, position after a fetch that moved it without records)
        self._skips: dict[tuple[str, int, int], tuple[int, int]] = {}
        self._order = DeliveryOrder()  # keyed by (topic, partition)
        self._first_yielded: dict[Any, int] = {}  # tp -> first offset handed out, while nothing is committed
        self._stuck: dict[Any, tuple[int, float]] = {}  # tp -> (next offset to commit, since when)
        self._blocked_since: dict[tuple[str, int], float] = {}  # (topic, partition) -> blocked since when
        # tp -> (offset, generation): seeks made at the start of the next ``getmany`` (see ``_seek_soon``)
        self._seeks_due: dict[Any, tuple[int, int]] = {}
        # (topic, partition) -> (offset, times): consecutive batches discarded while the stream expects offset
        self._rereads: dict[tuple[str, int], tuple[int, int]] = {}
        # tp -> log start up to which deleted offsets were counted as lost (a loss noticed again is not counted twice)
        self._lost_through: dict[Any, int] = {}
        self._corrupt = CorruptBatches()  # batches it cannot read (streams.corrupt_batches)
        self._commit_lock = asyncio.Lock()  # refused sends are settled and offsets committed as one step
        self._unsettled: BaseException | None = None  # a refused send that could not be settled: no commit after it
        acks_enabled_for = self.app.topics.acks_enabled_for
        deliver = self.callback

        async def callback(message: Any) -> Any:
            if acks_enabled_for(message.topic):
                self._pending[message.tp].setdefault(message.offset, time.monotonic())
            return await deliver(message)

        self.callback = callback

    def _new_consumer_thread(self) -> driver.AIOKafkaConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    # -- fetching ----------------------------------------------------------------------------------------------
    async def getmany(self, timeout: float) -> AsyncIterator[Any]:
        previous: dict[Any, int] = {}  # within this batch only: across batches a seek may intervene
        admitted: dict[Any, int | None] = {}  # per partition: the generation its current batch was admitted at
        order = self._order
        ordered = self.app.topics.acks_enabled_for  # streams' inputs; not changelogs (recovery seeks those)
        if self._seeks_due:
            await self._make_due_seeks()
        if self._corrupt.skipped:
            await self._report_corrupt_batches()
        async for tp, message in super().getmany(timeout):
            offset = message.offset
            key = (tp.topic, tp.partition)
            where = (tp.topic, tp.partition, offset)
            end = self._batch_ends.pop(where, None)
            start = self._batch_starts.pop(where, None)
            if ordered(tp.topic):
                if start is not None or tp not in admitted:  # a batch's first record
                    admitted[tp] = await self._admit(tp, offset, start)
                elif admitted[tp] is not None and admitted[tp] != order.generation(key):
                    # Moved (a seek, a rebalance) while its batch was being handed over: the rest is stale.
                    admitted[tp] = None
                if admitted[tp] is None:
                    continue
            last = previous.get(tp)
            if last is not None and offset > last + 1:
                self._gaps[tp].append((last + 1, offset))  # one fetch returns every record in its range
            previous[tp] = offset
            if end is not None and end > offset + 1:
                self._gaps[tp].append((offset + 1, end))
            if self._committed_offset.get(tp) is None:
                self._first_yielded.setdefault(tp, offset)
            order.handed_over(key, end if end is not None and end > offset else offset + 1)
            yield tp, message

    async def _admit(self, tp: Any, offset: int, start: BatchStart | None) -> int | None:
        """The generation a batch beginning with ``offset`` is handed over at, or None when it is discarded (and
        the partition sought back to the record its stream expects next)."""
        key = (tp.topic, tp.partition)
        order = self._order
        expected = order.expect(key)
        generation = order.generation(key)
        while isinstance(expected, int):  # over stretches fetched without records since the last batch
            hop = self._skips.pop((tp.topic, tp.partition, expected), None)
            if hop is None or hop[0] != generation or hop[1] <= expected:
                break
            self._gaps[tp].append((expected, hop[1]))
            order.handed_over(key, hop[1])
            expected = hop[1]
        admission = order.admit(key, start)
        if admission.admitted:
            self._rereads.pop(key, None)
            if start is not None and start.position is not None and start.position < offset:
                self._gaps[tp].append((start.position, offset))  # the fetch skipped offsets without records
            return generation
        metrics.FETCHES_DISCARDED.labels(topic=tp.topic).inc()
        self._log_discarded(tp, offset, start, admission)
        seek_to = admission.seek_to
        if seek_to is not None:
            seek_to = await self._past_deleted_offsets(tp, seek_to)
        if seek_to is not None:
            try:
                await self.seek(tp, seek_to)
            except Exception as exc:  # e.g. revoked meanwhile: the partition stays blocked until its next seek
                log.warning("%s[%d]: could not seek back to %d: %r", tp.topic, tp.partition, seek_to, exc)
        return None

    async def _past_deleted_offsets(self, tp: Any, expected: int) -> int | None:
        """Where to read ``tp`` again for a stream that expects ``expected``: there, unless the partition was
        read again from there three times in a row and its log now starts later (retention deleted records no
        stream got; aiokafka resets such a fetch to the earliest offset, and reading again from the deleted one
        would loop). The loss is logged, and committed over. None: the partition moved while the log start was
        asked for (a rebalance), and that move decides where reading resumes."""
        key = (tp.topic, tp.partition)
        last, times = self._rereads.get(key, (expected, 0))
        times = times + 1 if last == expected else 1
        self._rereads[key] = (expected, times)
        if times < 3:
            return expected
        generation = self._order.generation(key)
        try:
            earliest = (await self.earliest_offsets(tp)).get(tp)
        except Exception as exc:  # the broker is away: read again from where the stream expects, ask next time
            log.warning("%s[%d]: could not read the log start: %r", tp.topic, tp.partition, exc)
            return expected
        if self._order.generation(key) != generation:
            return None
        if earliest is None or earliest <= expected:
            return expected
        self._rereads.pop(key, None)
        return self._past_deleted(tp, expected, earliest)

    def _past_deleted(self, tp: Any, expected: int, earliest: int) -> int:
        """``earliest``, after logging that retention deleted ``expected`` up to it before a stream got those
        records, and marking them committed over."""
        log.warning("%s[%d]: offsets %d-%d were deleted (retention) before they were processed; resuming at %d",
                    tp.topic, tp.partition, expected, earliest - 1, earliest)
        # Offsets, not records: the deleted stretch may hold transaction markers; an upper bound of the loss.
        counted = max(expected, self._lost_through.get(tp, expected))
        if earliest > counted:
            metrics.RECORDS_LOST.labels(topic=tp.topic).inc(earliest - counted)
            self._lost_through[tp] = earliest
        self._gaps[tp].append((expected, earliest))
        return earliest

    async def _report_corrupt_batches(self) -> None:
        """Hand each skipped batch the consumer could not read to ``App.on_corrupt_batch`` (the worker dead-letters
        it); its offsets are committed over only once that returns, so a worker stopping meanwhile reports it again."""
        handler = self.app.on_corrupt_batch
        skipped = self._corrupt.skipped
        while skipped:
            batch = skipped[0]
            if handler is not None:
                try:
                    # Bounded: every partition's records wait behind this (a dead-letter topic that is away).
                    await asyncio.wait_for(handler(batch), REPORT_TIMEOUT_SECONDS)
                except Exception as exc:  # noqa: BLE001 - tried again on the next poll; commits wait
                    log.warning("%s[%d]: could not report the corrupt batch at offsets %d-%d: %r", batch.topic,
                                batch.partition, batch.first_offset, batch.last_offset, exc)
                    return
            skipped.popleft()
            # Offsets, not records (as for retention): an upper bound of the loss.
            metrics.RECORDS_LOST.labels(topic=batch.topic).inc(max(batch.last_offset - batch.first_offset + 1, 0))
            self._corrupt.reported(batch)

    @staticmethod
    def _log_discarded(tp: Any, offset: int, start: BatchStart | None, admission: Admission) -> None:
        if admission.reason == "gap" and start is not None and start.position is not None:
            # Records between were read and never handed over: what Faust drops around rebalances, healed.
            log.info("%s[%d]: records %d-%d never reached the stream; reading them again before offset %d",
                     tp.topic, tp.partition, admission.seek_to, start.position - 1, offset)
        else:  # routine around a seek or rebalance
            log.debug("%s[%d]: batch from offset %d not handed over (%s; reading again from %s)", tp.topic,
                      tp.partition, offset, admission.reason, admission.seek_to)

    async def _add_gap(self, tp: Any, offset_from: int, offset_to: int) -> None:
        # Faust infers gaps from its read offsets, which a seek resets to the *next* offset, and counts the record
        # just read as part of the gap: both make it commit past unprocessed records. ``getmany`` records gaps
        # from what the fetches returned instead.
        return None

    # -- committing --------------------------------------------------------------------------------------------
    async def _commit(self, offsets: Mapping[Any, int]) -> bool:
        """Commit ``offsets`` once the records the broker refused since the last commit are settled (Faust flushed
        the producer just before, so every output of these offsets' records was sent and answered). After a refused
        record that could not be settled nothing is committed, and the worker stops: a restart processes the inputs
        from the last commit again."""
        async with self._commit_lock:
            if self._unsettled is None:
                try:
                    await self._settle_refused_sends()
                except Exception as exc:  # noqa: BLE001 - any failure here means an output may be lost
                    self._unsettled = exc
                    log.critical("%s; nothing more is committed and the worker stops (a restart processes the "
                                 "inputs again)", exc)
                    await self.crash(exc)
            if self._unsettled is not None:
                return False
            return bool(await super()._commit(offsets))

    async def _settle_refused_sends(self) -> None:
        """Send every refused record again, each in a produce batch of its own (the broker refuses a batch whole, so
        most records refused for their size were refused for a batch-mate's); hand one refused again for its size to
        ``App.on_refused_send``. Raises when a record is refused again for another reason, or there is no handler,
        or it raises: the record would be lost."""
        sensor = self.app.refused_sends
        refused = sensor.take()
        if not refused:
            return
        try:
            errors = await asyncio.gather(*(self._send_again(record) for record in refused))
            again = [record.refused_again(error) for record, error in zip(refused, errors) if error is not None]
            handler = self.app.on_refused_send
            for record in again:
                if not record.too_large or handler is None:
                    raise RefusedSendError(record)
            failures = await asyncio.gather(*(handler(record) for record in again), return_exceptions=True)
        except asyncio.CancelledError:
            sensor.restore(refused)  # the next commit settles them (a resend that went through is repeated)
            raise
        for record, failure in zip(again, failures):
            if isinstance(failure, RefusedSendError):
                raise failure
            if isinstance(failure, BaseException):
                raise RefusedSendError(record, f"and its dead letter failed: {failure!r}") from failure
        delivered = len(refused) - len(again)
        metrics.KAFKA_SENDS_REPEATED.labels(outcome="delivered").inc(delivered)
        metrics.KAFKA_SENDS_REPEATED.labels(outcome="dead_lettered").inc(len(again))
        log.warning("%d records the broker refused were sent again before the commit: %d delivered, %d dead-lettered "
                    "as too large for their topic", len(refused), delivered, len(again))

    async def _send_again(self, record: RefusedSend) -> BaseException | None:
        """Send ``record`` as it was first sent, alone; the error when the broker refuses it again."""
        try:
            await self.app.solo_producer.send(record.topic, record.key, record.value, partition=record.partition,
                                              timestamp=record.timestamp, headers=record.headers)
        except Exception as exc:  # noqa: BLE001 - the caller decides
            return exc
        return None

    def _unacked(self, tp: Any) -> dict[int, float]:
        """The pending offsets of ``tp`` not acknowledged yet.

        Acknowledged means in Faust's ``_acked_index``: Faust's compiled stream iterator acknowledges events by
        writing there directly, without calling ``Consumer.ack``, so that index is the one record of every ack.
        """
        pending = self._pending.get(tp)
        if not pending:
            return {}
        acked_index = self._acked_index[tp]
        committed = self._committed_offset.get(tp)
        # An offset below the committed one was processed already: a copy read again (after a seek) and handed
        # over once the commit had passed it is never recorded by Faust's ack, which ignores such offsets.
        for offset in [o for o in pending if o in acked_index or (committed is not None and o < committed)]:
            del pending[offset]
        return pending

    def _new_offset(self, tp: Any) -> int | None:
        acked_index = self._acked_index[tp]
        committed = self._committed_offset.get(tp)
        if committed is None:
            committed = self._first_yielded.get(tp)  # nothing committed yet: from the first record read
            if committed is None:
                return None
        pending = self._unacked(tp)
        limit = min(pending) if pending else None
        held = self._corrupt.holds(tp.topic, tp.partition)  # a skipped corrupt batch not reported yet
        if held is not None:
            limit = held if limit is None else min(limit, held)
        gaps = sorted(self._gaps.get(tp) or ())
        head = committed
        while limit is None or head < limit:
            if head in acked_index:
                head += 1
                continue
            span = next((end for start, end in gaps if start <= head < end), None)
            if span is None:
                # A fetch that moved the position from here without a record (the commit marker after a
                # partition's last record, fetched on its own): no batch follows to take it over.
                skip = self._skips.get((tp.topic, tp.partition, head))
                span = skip[1] if skip is not None and skip[1] > head else None
            if span is None:
                break
            head = span
        if held is not None and head > held:
            head = held  # a stretch without records that runs on past the held batch
        if head <= committed and self._committed_offset.get(tp) is not None:
            return None
        acked = self._acked[tp]
        acked[:] = [o for o in acked if o >= head]
        acked_index.difference_update([o for o in acked_index if o < head])
        self._gaps[tp] = [(start, end) for start, end in gaps if end > head]
        for stale in [o for o in pending if o < head]:
            del pending[stale]
        return head

    # -- seeking -----------------------------------------------------------------------------------------------
    def _restart_from(self, tp: Any, start: int | None) -> None:
        # From ``start`` on, every record is read (and handed over) again.
        pending = self._pending.get(tp)
        if pending and start is not None:
            for offset in [o for o in pending if o >= start]:
                del pending[offset]

    async def perform_seek(self) -> None:
        """Seek every partition to its committed offset; a streamed partition with none, or whose log now starts
        after it (retention), to its earliest offset (aiokafka leaves a partition without a committed offset where
        it was, which may be past records that were fetched and never processed)."""
        streamed = [tp for tp in self.assignment() if self.app.topics.acks_enabled_for(tp.topic)]
        tokens = {tp: self._order.moving((tp.topic, tp.partition)) for tp in streamed}
        resume: dict[Any, int | _Blocked] = dict.fromkeys(streamed, BLOCKED)  # if anything below fails
        try:
            await super().perform_seek()
            try:
                earliest = await self.earliest_offsets(*streamed) if streamed else {}
            except Exception as exc:  # committed partitions resume there; the others wait for the watchdog
                log.warning("could not read the log starts of %d partitions: %r", len(streamed), exc)
                earliest = {}
            for tp in streamed:
                committed, start = self._committed_offset.get(tp), earliest.get(tp)
                if committed is None:
                    if start is None:
                        continue  # stays blocked: the watchdog tries again
                    self._first_yielded.pop(tp, None)
                    self._restart_from(tp, 0)
                    resume[tp] = start
                elif start is not None and committed < start:
                    resume[tp] = self._past_deleted(tp, committed, start)
                else:
                    resume[tp] = committed
        finally:
            # Sought once more: batches fetched since the seeks above were discarded (the partitions were
            # blocked), and a partition at the end of its log would never be fetched from there again.
            for tp in streamed:
                self._resume_soon(tp, tokens[tp], resume[tp])
        for tp in self.assignment():
            self._restart_from(tp, self._read_offset.get(tp))

    def _seek_soon(self, tp: Any, offset: int) -> None:
        """Reposition ``tp`` at ``offset``: for delivery order and commits now, in aiokafka at the start of the next
        ``getmany``, when no fetch of the worker is in flight. Until then, batches of the partition are from before
        the move and are discarded (and sought back to ``offset``)."""
        self._resume_soon(tp, self._order.moving((tp.topic, tp.partition)), offset)
        self._restart_from(tp, offset)

    def _resume_soon(self, tp: Any, token: int, offset: int | _Blocked) -> None:
        """End the move ``token`` of ``tp`` at ``offset``; if it decided where ``tp`` resumes, seek there at the
        start of the next ``getmany``."""
        key = (tp.topic, tp.partition)
        if self._settle(key, token, offset) and isinstance(offset, int):
            self._seeks_due[tp] = (offset, self._order.generation(key))

    async def _make_due_seeks(self) -> None:
        """The seeks ``_seek_soon`` and ``perform_seek`` left for this moment, when no fetch is in flight; one the
        partition has moved since (a seek back, a rebalance), or whose records from the target on were handed over
        meanwhile, is dropped."""
        due, self._seeks_due = self._seeks_due, {}
        for tp, (offset, generation) in due.items():
            key = (tp.topic, tp.partition)
            if self._order.generation(key) != generation or self._order.expect(key) != offset:
                continue
            try:
                await super().seek(tp, offset)  # Faust's: ``_seek`` below, and the read offset
            except Exception as exc:  # e.g. revoked meanwhile; if it is still assigned, the watchdog seeks it
                log.warning("%s[%d]: could not seek to %d: %r", tp.topic, tp.partition, offset, exc)
                self._block(tp)

    async def _seek(self, partition: Any, offset: int) -> None:
        # On the consumer thread, between two steps of its fetches: aiokafka's fetcher (its background fetch task
        # and ``fetched_records``) reads the fetched-records map a seek deletes from (KeyError from another thread).
        thread = self._thread
        await thread.call_thread(thread.seek, partition, offset)

    async def seek(self, partition: Any, offset: int) -> None:
        key = (partition.topic, partition.partition)
        token = self._order.moving(key)
        resume: int | _Blocked = BLOCKED  # if the seek fails
        try:
            await super().seek(partition, offset)
            resume = offset
        finally:
            self._settle(key, token, resume)
        self._restart_from(partition, offset)

    def _settle(self, key: tuple[str, int], token: int, resume: int | None | _Blocked) -> bool:
        """End the move ``token``; returns whether it decided where ``key`` resumes (it was the latest)."""
        if not self._order.moved(key, token, resume):
            return False
        if resume is BLOCKED:
            self._blocked_since.setdefault(key, time.monotonic())
        else:
            self._blocked_since.pop(key, None)
        return True

    async def on_partitions_revoked(self, revoked: set[Any]) -> None:
        for tp in revoked:  # the next owner starts at the committed offset
            for state in (self._pending, self._gaps, self._first_yielded, self._stuck):
                state.pop(tp, None)
            self._rereads.pop((tp.topic, tp.partition), None)
            self._block(tp)
        await super().on_partitions_revoked(revoked)

    async def on_partitions_assigned(self, assigned: set[Any], generation_id: int = 0) -> None:
        # Before recovery starts (it ends with the seek that unblocks them): Faust resumes fetching during table
        # recovery and drops what it fetches of stream partitions it keeps paused, so the fetch position of a
        # newly assigned partition may have moved past records no stream got.
        for tp in assigned:
            self._block(tp)
        await super().on_partitions_assigned(assigned, generation_id)

    def _block(self, tp: Any) -> None:
        """Hand over nothing of ``tp``, a streamed partition, until a seek says where it resumes (changelog
        partitions are read by table recovery, which seeks them itself)."""
        if not self.app.topics.acks_enabled_for(tp.topic):
            return
        key = (tp.topic, tp.partition)
        self._settle(key, self._order.moving(key), BLOCKED)

    @Service.timer(STALL_CHECK_INTERVAL)
    async def _fetch_stalled_partitions_again(self) -> None:
        """Seek back to the next offset to commit when it has not moved for ``STALL_SECONDS``, is not being
        processed, and later records of its partition were handed over: Faust lost that record (see module doc)."""
        if self.app.rebalancing or not self.flow_active:
            return
        now = time.monotonic()
        assigned = {(tp.topic, tp.partition) for tp in self.assignment()}
        for key in [key for key in self._blocked_since if key not in assigned]:
            del self._blocked_since[key]  # revoked and not assigned again: nothing to resume
        if any(now - since > STALL_SECONDS for since in self._blocked_since.values()):
            # Faust seeks every partition after a rebalance; should it ever not, nothing would flow again.
            log.warning("partitions %s still wait for the seek after a rebalance: seeking to committed offsets",
                        sorted(self._blocked_since))
            try:
                await self.perform_seek()
            except Exception as exc:  # tried again on the next check
                log.warning("seek to committed offsets failed: %r", exc)
        in_flight = {(message.tp, message.offset) for message in list(self._unacked_messages)}
        for tp in self.assignment():
            committed = self._committed_offset.get(tp)
            if committed is None or not self.app.topics.acks_enabled_for(tp.topic) \
                    or self._corrupt.holds(tp.topic, tp.partition) is not None:
                continue  # (a skipped batch not reported yet holds the commit back, not a lost record)
            highwater = self.highwater(tp)
            # Lost means: later records were handed over (or processed) while this one never was. A partition
            # whose only uncommitted offsets are transaction markers at its end has neither.
            handed_over_later = bool(self._unacked(tp)) or any(o > committed for o in self._acked_index[tp])
            if (highwater is None or highwater <= committed or (tp, committed) in in_flight
                    or not handed_over_later):
                self._stuck.pop(tp, None)
                continue
            head, since = self._stuck.get(tp, (None, now))
            if head != committed:
                self._stuck[tp] = (committed, now)
                continue
            if now - since < STALL_SECONDS:
                continue
            log.warning("fetching %s[%d] again from offset %d: it has not been processed for %.0f s",
                        tp.topic, tp.partition, committed, now - since)
            metrics.PARTITIONS_REFETCHED.labels(topic=tp.topic).inc()
            self._stuck[tp] = (committed, now)
            self._seek_soon(tp, committed)


class _DrainingBuffer(ProducerBuffer):
    """Faust's buffer of table writes (``send_soon``: a table's changelog records) whose ``flush`` returns only once
    every write queued before it was handed to the producer.

    Faust's returns when its queue is empty while the last write may still be on its way to the producer, and after
    0.1 s without a write handed over (a producer waiting for metadata or for room in its buffer): the commit after
    that flush could pass the input of a changelog record not sent yet, which a crash then lost, and whose refusal
    came too late for the commit to settle it.
    """

    _in_flight = 0

    async def _send_pending(self, fut: Any) -> None:
        self._in_flight += 1
        try:
            await super()._send_pending(fut)
        finally:
            self._in_flight -= 1

    async def flush(self) -> None:
        while self.size or self._in_flight:
            if self.state != "running" and self.size:
                raise RuntimeError("Cannot flush: Producer not Running")  # as Faust's
            self.message_sent.clear()
            try:
                await asyncio.wait_for(self.message_sent.wait(), timeout=0.1)
            except asyncio.TimeoutError:
                pass  # (a write handed over between the check and clear() sets no event: look again)


class _Producer(driver.Producer):
    """Faust's aiokafka producer with a ``_DrainingBuffer`` (unless Faust runs it in a thread of its own)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.threaded_producer is None:
            self.buffer = _DrainingBuffer(loop=self.loop, beacon=self.beacon)
            self.buffer.app = self.app


class Transport(driver.Transport):
    """Faust's aiokafka transport whose worker consumer waits at most ``FETCH_MAX_WAIT_MS`` per fetch and
    never commits past a record that no stream acknowledged, nor past one whose outputs are not all settled."""

    Consumer = _Consumer
    Producer = _Producer


class App(faust.App):
    """``faust.App`` on ``Transport`` (the broker URL's scheme is not used to pick the driver).

    ``on_corrupt_batch``, when set, is awaited for every record batch the worker's consumer skipped because it could
    not read it again and again (``streams.corrupt_batches``); the batch's offsets are committed over once it returns.
    ``refused_sends`` keeps the records the broker refused until the consumer's next commit settles them, and
    ``solo_producer`` sends them again.
    """

    on_corrupt_batch: Callable[[CorruptBatch], Awaitable[None]] | None = None
    #: Awaited before a commit for each record the broker refused for its size, even when sent again alone
    #: (``streams.refused_sends``); the inputs are committed once it returns, and when it raises the worker stops.
    on_refused_send: Callable[[RefusedSend], Awaitable[None]] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.refused_sends = RefusedSends()
        self.sensors.add(self.refused_sends)
        self._solo_producer: SoloProducer | None = None

    @property
    def solo_producer(self) -> SoloProducer:
        """Sends records that must travel alone: refused records sent again, and their dead letters."""
        if self._solo_producer is None:
            self._solo_producer = SoloProducer(self.producer)
        return self._solo_producer

    async def on_stop(self) -> None:
        await super().on_stop()
        if self._solo_producer is not None:
            await self._solo_producer.stop()

    def _new_transport(self) -> Transport:
        return Transport(self.conf.broker_consumer, self)
