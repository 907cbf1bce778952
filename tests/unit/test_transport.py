"""The worker's Kafka transport: a short fetch wait, commits that never pass an unprocessed record, and each
stream's partitions in log order."""

from __future__ import annotations

import asyncio
import inspect

import pytest
from aiokafka import AIOKafkaConsumer

from streams.transport import FETCH_MAX_WAIT_MS, ISOLATION_LEVEL, Transport


def test_worker_consumer_waits_at_most_fetch_max_wait_and_reads_committed_records() -> None:
    from streams.app import app

    assert isinstance(app.transport, Transport)

    async def create() -> object:
        thread = app.consumer._new_consumer_thread()
        return thread._create_worker_consumer(app.transport)

    consumer = asyncio.run(create())
    assert consumer._fetch_max_wait_ms == FETCH_MAX_WAIT_MS
    assert consumer._isolation_level == ISOLATION_LEVEL == "read_committed"
    # ...and those private attributes are what aiokafka hands to its fetcher on start() (guards an upgrade).
    assert "fetch_max_wait_ms=self._fetch_max_wait_ms" in inspect.getsource(AIOKafkaConsumer.start)
    assert "isolation_level=self._isolation_level" in inspect.getsource(AIOKafkaConsumer.start)


def _consumer(callback: object = None) -> object:
    from streams.app import create_app
    from streams.settings import Settings

    app = create_app(Settings(app_id="transport-test"))

    async def deliver(message: object) -> None:
        return None

    async def rebalanced(partitions: object) -> None:
        return None

    async def create() -> object:
        return app.transport.create_consumer(callback=callback or deliver, on_partitions_revoked=rebalanced,
                                             on_partitions_assigned=rebalanced)

    return asyncio.run(create())


def _acked(consumer: object, tp: object, offsets: list[int]) -> None:
    consumer._acked[tp].extend(offsets)
    consumer._acked_index[tp].update(offsets)


def test_the_commit_never_passes_a_record_handed_over_but_not_processed() -> None:
    from faust.types import TP

    tp = TP("articles.raw", 0)
    consumer = _consumer()
    consumer._committed_offset[tp] = 10
    consumer._pending[tp][11] = 0.0  # handed to the conductor; its delivery was cancelled by a rebalance
    _acked(consumer, tp, [10, 12, 13, 14])
    assert consumer._new_offset(tp) == 11
    assert consumer._new_offset(tp) is None  # still stuck at 11


def test_an_unprocessed_next_offset_is_never_committed_over() -> None:
    """faust-streaming #606: Faust's own bookkeeping commits past one missing offset at the head."""
    from faust.transport.consumer import Consumer
    from faust.types import TP

    tp = TP("articles.raw", 1)
    consumer = _consumer()
    consumer._committed_offset[tp] = 270
    _acked(consumer, tp, [271, 272, 273])
    assert Consumer._new_offset(consumer, tp) == 274  # what Faust alone would commit: 270 never processed
    consumer._acked[tp][:] = [271, 272, 273]
    consumer._acked_index[tp].update([271, 272, 273])
    assert consumer._new_offset(tp) is None


def test_offsets_without_records_are_committed_over() -> None:
    from faust.types import TP

    tp = TP("articles.raw", 2)
    consumer = _consumer()
    consumer._committed_offset[tp] = 10
    consumer._gaps[tp].append((11, 13))  # e.g. transaction markers: Kafka returned 13 right after 10
    _acked(consumer, tp, [10, 13])
    assert consumer._new_offset(tp) == 14
    assert not consumer._gaps[tp] and not consumer._acked[tp]


def test_a_commit_marker_fetched_on_its_own_after_the_last_record_is_committed_over() -> None:
    """A poll limit ended a batch at a partition's last record (148); the next fetch moved the position over the
    commit marker (149) and returned nothing, and no batch follows to take the stretch over."""
    from faust.types import TP

    tp = TP("articles.raw", 1)
    consumer = _consumer()
    consumer._committed_offset[tp] = 140
    _acked(consumer, tp, list(range(140, 149)))
    consumer._skips[("articles.raw", 1, 149)] = (consumer._order.generation(("articles.raw", 1)), 150)
    assert consumer._new_offset(tp) == 150


def test_a_handed_over_record_is_pending_until_acknowledged() -> None:
    from faust.types import TP

    tp = TP("articles.raw", 3)
    delivered: list[int] = []

    async def deliver(message: object) -> None:
        delivered.append(message.offset)

    consumer = _consumer(deliver)
    consumer.app.topics._acking_topics.add("articles.raw")

    class Message:
        topic, offset, acked = "articles.raw", 7, False

    message = Message()
    message.tp = tp
    asyncio.run(consumer.callback(message))
    assert delivered == [7] and set(consumer._pending[tp]) == {7}
    consumer.ack(message)
    assert not consumer._unacked(tp)


def test_an_ack_by_the_compiled_stream_iterator_ends_pending() -> None:
    """Faust's Cython stream iterator acknowledges by writing ``_acked_index`` itself, never calling
    ``Consumer.ack``: with pending offsets cleared only in ``ack``, no commit ever passed the first record."""
    from faust.types import TP

    tp = TP("articles.raw", 4)
    consumer = _consumer()
    consumer._committed_offset[tp] = 0
    for offset in range(5):
        consumer._pending[tp][offset] = 0.0
    _acked(consumer, tp, [0, 1, 2, 4])  # what faust/_cython/streams.pyx does on each event's ack
    assert consumer._new_offset(tp) == 3 and set(consumer._unacked(tp)) == {3}
    consumer._committed_offset[tp] = 3  # the commit of that offset
    _acked(consumer, tp, [3])
    assert consumer._new_offset(tp) == 5 and not consumer._unacked(tp)


def test_a_copy_handed_over_after_the_commit_passed_it_is_not_pending() -> None:
    """After a seek back, copies of records processed before reach the streams again; once the commit has passed
    them, Faust's ack ignores them (it records offsets >= the committed one only): they must not hold commits."""
    from faust.types import TP

    tp = TP("articles.raw", 5)
    consumer = _consumer()
    consumer._committed_offset[tp] = 21
    consumer._pending[tp][15] = 0.0  # a late copy of an offset the commit already passed
    consumer._pending[tp][22] = 0.0
    _acked(consumer, tp, [21, 23])
    assert consumer._new_offset(tp) == 22 and set(consumer._unacked(tp)) == {22}


def test_the_worker_runs_the_compiled_stream_iterator() -> None:
    """The case above is the worker's: Faust's compiled extension is installed and used."""
    from faust import streams

    assert not streams.NO_CYTHON and streams._CStreamIterator is not None


# --- log order of what reaches a stream ---


def _move(order: object, tp: tuple[str, int], next_offset: object) -> None:
    order.moved(tp, order.moving(tp), next_offset)


def test_delivery_order_admits_only_the_batch_that_continues_the_partition() -> None:
    from streams.transport import BatchStart, DeliveryOrder

    order, tp = DeliveryOrder(), ("wm-dedup", 0)
    assert order.admit(tp, BatchStart(0, 500)) == (True, None, "in_order")  # nothing expected yet: anything goes
    order.handed_over(tp, 700)
    assert order.admit(tp, BatchStart(0, 700)) == (True, None, "in_order")
    # Records 700..899 never reached the stream (Faust skipped them while the partition was paused): the batch
    # from 900 would put 900 before 700, so the partition is read again from 700.
    assert order.admit(tp, BatchStart(0, 900)) == (False, 700, "gap")
    assert order.admit(tp, BatchStart(0, 650)) == (False, 700, "behind")
    assert order.admit(tp, BatchStart(0, None)) == (False, 700, "moved")  # where the batch began is unknown
    assert order.admit(tp, None) == (False, 700, "moved")


def test_a_batch_fetched_before_a_seek_is_not_handed_over_after_it() -> None:
    from streams.transport import BatchStart, DeliveryOrder

    order, tp = DeliveryOrder(), ("wm-dedup", 0)
    order.handed_over(tp, 2000)
    fetched_before = BatchStart(order.generation(tp), 2000)
    token = order.moving(tp)
    assert not order.settled(tp)  # a fetch that looks now does not trust the position it reads
    assert order.moved(tp, token, 1986)  # back to the committed offset
    assert order.settled(tp)
    assert order.admit(tp, fetched_before) == (False, 1986, "moved")
    assert order.admit(tp, BatchStart(order.generation(tp), 1986)) == (True, None, "in_order")


def test_a_revoked_partition_hands_over_nothing_until_the_seek_after_the_rebalance() -> None:
    from streams.transport import BLOCKED, BatchStart, DeliveryOrder

    order, tp = DeliveryOrder(), ("wm-dedup", 0)
    order.handed_over(tp, 50)
    _move(order, tp, BLOCKED)
    assert order.expect(tp) is BLOCKED
    assert order.admit(tp, BatchStart(order.generation(tp), 40)) == (False, None, "blocked")
    _move(order, tp, 0)  # the seek after the rebalance: no committed offset, the partition's earliest one
    stale = BatchStart(order.generation(tp) - 2, 40)
    assert order.admit(tp, stale) == (False, 0, "moved")
    assert order.admit(tp, BatchStart(order.generation(tp), 0)) == (True, None, "in_order")


def test_a_seek_that_ends_after_a_later_move_began_does_not_decide_where_reading_resumes() -> None:
    """A rebalance that starts while the previous rebalance's seek is still running (and is then cancelled)
    blocks the partition; the old seek ending must not unblock it."""
    from streams.transport import BLOCKED, DeliveryOrder

    order, tp = DeliveryOrder(), ("wm-dedup", 0)
    seek = order.moving(tp)
    _move(order, tp, BLOCKED)  # the next revocation
    assert not order.moved(tp, seek, 1986)
    assert order.expect(tp) is BLOCKED and order.settled(tp)


def _scripted_consumer(monkeypatch: object, batches: list[tuple[int, list[int]]]) -> tuple[object, list[int]]:
    """A worker consumer whose fetches return ``batches`` of (fetch position, offsets) of one partition of an
    acknowledged topic, and whose seeks are recorded."""
    from faust.transport.drivers import aiokafka as driver
    from faust.types import TP

    from streams.transport import BatchStart

    tp = TP("wm-dedup", 0)
    consumer = _consumer()
    consumer.app.topics._acking_topics.add(tp.topic)
    seeks: list[int] = []

    class Message:
        def __init__(self, offset: int) -> None:
            self.topic, self.partition, self.offset, self.tp = tp.topic, tp.partition, offset, tp

    async def fetched(self: object, timeout: float) -> object:
        for position, offsets in batches:
            generation = consumer._order.generation((tp.topic, tp.partition))
            consumer._batch_starts[(tp.topic, tp.partition, offsets[0])] = BatchStart(generation, position)
            for offset in offsets:
                yield tp, Message(offset)

    async def seek(self: object, partition: object, offset: int) -> None:
        seeks.append(offset)

    monkeypatch.setattr(driver.Consumer, "getmany", fetched)
    monkeypatch.setattr(driver.Consumer, "seek", seek)
    return consumer, seeks


def _drain(consumer: object) -> list[int]:
    async def drain() -> list[int]:
        return [message.offset async for _, message in consumer.getmany(timeout=1.0)]

    return asyncio.run(drain())


def test_the_stream_gets_its_partition_in_log_order(monkeypatch: object) -> None:
    """What ``test_rebalances_in_a_backlog_lose_nothing`` caught: after a rebalance the sequencer got 2178.. and
    only later 1986..2177 (fetched while Faust kept the partition paused for table recovery, never handed over,
    and read again after a later seek): reposts in between were decided before their originals."""
    consumer, seeks = _scripted_consumer(monkeypatch, [(2178, [2178, 2179]), (1986, [1986, 1987, 1988])])
    _move(consumer._order, ("wm-dedup", 0), 1986)  # where the seek after the rebalance put the partition
    assert _drain(consumer) == [1986, 1987, 1988]
    assert seeks == [1986]  # read again from the record the stream expects
    assert consumer._order.expect(("wm-dedup", 0)) == 1989


def test_the_rest_of_a_batch_is_not_handed_over_after_a_seek_in_its_middle(monkeypatch: object) -> None:
    """A seek by another task (the stall check, a rebalance) while a batch is being handed over: the rest of the
    batch is stale, and handing it over would move the expected offset past the seek's target."""
    consumer, seeks = _scripted_consumer(monkeypatch, [(100, [100, 101, 102, 103, 104])])
    key = ("wm-dedup", 0)
    _move(consumer._order, key, 100)

    async def drain() -> list[int]:
        handed = []
        async for _, message in consumer.getmany(timeout=1.0):
            handed.append(message.offset)
            if message.offset == 102:
                await consumer.seek(message.tp, 90)
        return handed

    assert asyncio.run(drain()) == [100, 101, 102]
    assert consumer._order.expect(key) == 90


def test_offsets_without_records_between_fetches_are_followed_and_committed_over(monkeypatch: object) -> None:
    """Aborted transactions or compacted batches: a fetch moved the position from 200 to 260 and returned no
    record, so the next batch begins at 260 though the stream's last record ended at 200. Discarding it would
    loop for ever when the stretch is larger than one fetch."""
    from faust.types import TP

    consumer, seeks = _scripted_consumer(monkeypatch, [(260, [262, 263])])
    key = ("wm-dedup", 0)
    _move(consumer._order, key, 200)
    consumer._skips[("wm-dedup", 0, 200)] = (consumer._order.generation(key), 260)
    assert _drain(consumer) == [262, 263] and seeks == []
    # The commit passes the stretch and the offsets the fetch skipped before its first record.
    assert {(200, 260), (260, 262)} <= set(consumer._gaps[TP("wm-dedup", 0)])


def _records_lost(topic: str) -> float:
    from streams import metrics

    return metrics.REGISTRY.get_sample_value("wiremon_records_lost_total", {"topic": topic}) or 0.0


def test_offsets_deleted_by_retention_are_not_read_again_for_ever(monkeypatch: object) -> None:
    """The stream expects 100, but retention deleted the log up to 500: aiokafka resets every fetch from 100 to
    500. After three such batches in a row the partition resumes at its log start, and the loss is committed
    over."""
    from faust.transport.drivers import aiokafka as driver
    from faust.types import TP

    consumer, seeks = _scripted_consumer(monkeypatch, [(500, [500, 501])] * 4)

    async def earliest_offsets(self: object, *partitions: object) -> dict[object, int]:
        return dict.fromkeys(partitions, 500)

    monkeypatch.setattr(driver.Consumer, "earliest_offsets", earliest_offsets)
    _move(consumer._order, ("wm-dedup", 0), 100)
    lost_before = _records_lost("wm-dedup")
    assert _drain(consumer) == [500, 501]
    assert seeks == [100, 100, 500]
    assert (100, 500) in consumer._gaps[TP("wm-dedup", 0)]
    assert _records_lost("wm-dedup") - lost_before == 400  # and on the operators' dashboard
    # Noticed again (a rebalance before the commit passed them): counted once; a later deletion adds its own.
    consumer._past_deleted(TP("wm-dedup", 0), 100, 500)
    consumer._past_deleted(TP("wm-dedup", 0), 100, 650)
    assert _records_lost("wm-dedup") - lost_before == 550


def test_a_broker_that_does_not_answer_for_the_log_start_costs_a_re_read_not_the_fetcher(
        monkeypatch: object) -> None:
    """An exception out of ``getmany`` would end Faust's fetcher task: the worker would stop consuming."""
    from faust.transport.drivers import aiokafka as driver

    consumer, seeks = _scripted_consumer(monkeypatch, [(500, [500, 501])] * 4)

    async def earliest_offsets(self: object, *partitions: object) -> dict[object, int]:
        raise ConnectionError("broker gone")

    monkeypatch.setattr(driver.Consumer, "earliest_offsets", earliest_offsets)
    _move(consumer._order, ("wm-dedup", 0), 100)
    assert _drain(consumer) == [] and seeks == [100] * 4


def test_only_streamed_partitions_wait_for_the_seek_after_a_rebalance() -> None:
    """Changelog partitions are sought by table recovery, never by the seek that unblocks streamed ones: blocking
    them left them waiting for ever, and the fallback re-seeked every partition every few seconds."""
    from faust.types import TP

    from streams.transport import BLOCKED

    consumer = _consumer()
    consumer.app.topics._acking_topics.add("wm-dedup")
    streamed, changelog = TP("wm-dedup", 0), TP("wm-app-dedup-records-changelog", 0)
    consumer._block(streamed)
    consumer._block(changelog)
    assert set(consumer._blocked_since) == {("wm-dedup", 0)}
    assert consumer._order.expect(("wm-dedup", 0)) is BLOCKED
    assert consumer._order.expect(("wm-app-dedup-records-changelog", 0)) is None


def _seeking_consumer(monkeypatch: object, committed: dict[object, int], earliest: dict[object, int] | None,
                      during: object = None) -> tuple[object, dict[object, int]]:
    """A worker consumer assigned the partitions of ``committed`` and ``earliest`` of an acknowledged topic, whose
    seek to committed offsets finds ``committed`` (and runs ``during`` meanwhile), whose logs begin at
    ``earliest`` (else at 0; None: the broker does not answer); the consumer thread's seeks are recorded."""
    from faust.transport.drivers import aiokafka as driver

    consumer = _consumer()
    consumer.app.topics._acking_topics.add("wm-dedup")
    thread_seeks: dict[object, int] = {}

    class Thread:
        def seek(self, tp: object, offset: int) -> None:
            thread_seeks[tp] = offset

        async def call_thread(self, fun: object, *args: object) -> object:
            return fun(*args)

    async def seek_to_committed(self: object) -> None:
        consumer._committed_offset.update(committed)
        if during is not None:
            during(consumer)

    async def earliest_offsets(self: object, *partitions: object) -> dict[object, int]:
        if earliest is None:
            raise ConnectionError("broker gone")
        return {tp: earliest.get(tp, 0) for tp in partitions}

    monkeypatch.setattr(driver.Consumer, "perform_seek", seek_to_committed)
    monkeypatch.setattr(driver.Consumer, "earliest_offsets", earliest_offsets)
    assigned = set(committed) | set(earliest or ())
    monkeypatch.setattr(driver.Consumer, "assignment", lambda self: assigned)
    consumer._thread = Thread()
    for tp in assigned:
        consumer._block(tp)  # assigned: blocked until this seek
    return consumer, thread_seeks


def test_the_seek_after_a_rebalance_unblocks_every_partition_where_it_resumes(monkeypatch: object) -> None:
    """What stalled a fresh worker: batches fetched between the seek's first steps and the unblocking were
    discarded, and a partition at the end of its log never fetched them again. Each partition is sought once more
    where it resumes, at the start of the next fetch (when the consumer thread is not inside one); a partition
    without a committed offset starts at its earliest one, and so does one whose log now starts after it."""
    from faust.types import TP

    done, fresh, expired = TP("wm-dedup", 0), TP("wm-dedup", 1), TP("wm-dedup", 2)
    consumer, thread_seeks = _seeking_consumer(monkeypatch, {done: 50, expired: 10}, {fresh: 7, expired: 30})
    lost_before = _records_lost("wm-dedup")
    asyncio.run(consumer.perform_seek())
    assert thread_seeks == {}  # not while a fetch may be running on the consumer thread
    expect = consumer._order.expect
    assert (expect(("wm-dedup", 0)), expect(("wm-dedup", 1)), expect(("wm-dedup", 2))) == (50, 7, 30)
    assert consumer._blocked_since == {}
    assert (10, 30) in consumer._gaps[expired]  # deleted by retention: committed over
    assert _records_lost("wm-dedup") - lost_before == 20
    asyncio.run(consumer._make_due_seeks())
    assert thread_seeks == {done: 50, fresh: 7, expired: 30}


def test_a_due_seek_is_dropped_when_the_partition_moved_since(monkeypatch: object) -> None:
    from faust.types import TP

    from streams.transport import BLOCKED

    tp = TP("wm-dedup", 0)
    consumer, thread_seeks = _seeking_consumer(monkeypatch, {tp: 50}, {})
    asyncio.run(consumer.perform_seek())
    consumer._block(tp)  # the next rebalance
    asyncio.run(consumer._make_due_seeks())
    assert thread_seeks == {} and consumer._order.expect(("wm-dedup", 0)) is BLOCKED


def test_a_due_seek_is_dropped_when_records_from_its_target_were_handed_over(monkeypatch: object) -> None:
    """A fetch already on its way when the seek settled began at the target: its records were handed over, and
    seeking back to the target would only read them again."""
    from faust.types import TP

    tp = TP("wm-dedup", 0)
    consumer, thread_seeks = _seeking_consumer(monkeypatch, {tp: 50}, {})
    asyncio.run(consumer.perform_seek())
    consumer._order.handed_over(("wm-dedup", 0), 53)
    asyncio.run(consumer._make_due_seeks())
    assert thread_seeks == {}


def test_the_seek_after_a_rebalance_survives_a_broker_that_does_not_answer_for_log_starts(
        monkeypatch: object) -> None:
    """Committed partitions resume at their committed offsets; one without waits, blocked, for the watchdog."""
    from faust.types import TP

    from streams.transport import BLOCKED

    done, fresh = TP("wm-dedup", 0), TP("wm-dedup", 1)
    consumer, _ = _seeking_consumer(monkeypatch, {done: 50}, None)
    consumer._committed_offset[fresh] = None
    monkeypatch.setattr(type(consumer), "assignment", lambda self: {done, fresh})
    consumer._block(fresh)
    asyncio.run(consumer.perform_seek())
    assert consumer._order.expect(("wm-dedup", 0)) == 50
    assert consumer._order.expect(("wm-dedup", 1)) is BLOCKED


def test_a_seek_overtaken_by_the_next_rebalance_leaves_the_partition_blocked(monkeypatch: object) -> None:
    from faust.types import TP

    from streams.transport import BLOCKED

    tp = TP("wm-dedup", 0)
    consumer, _ = _seeking_consumer(monkeypatch, {tp: 50}, {}, during=lambda consumer: consumer._block(tp))
    asyncio.run(consumer.perform_seek())
    assert consumer._order.expect(("wm-dedup", 0)) is BLOCKED
    assert ("wm-dedup", 0) in consumer._blocked_since  # the fallback seeks it if no seek follows


def test_a_failed_seek_after_a_rebalance_leaves_the_partition_blocked(monkeypatch: object) -> None:
    from faust.types import TP

    from streams.transport import BLOCKED

    def fail(consumer: object) -> None:
        raise ConnectionError("broker gone")

    tp = TP("wm-dedup", 0)
    consumer, thread_seeks = _seeking_consumer(monkeypatch, {tp: 50}, {}, during=fail)
    with pytest.raises(ConnectionError):
        asyncio.run(consumer.perform_seek())
    assert thread_seeks == {} and consumer._order.expect(("wm-dedup", 0)) is BLOCKED
    assert consumer._order.settled(("wm-dedup", 0))


def test_the_flush_before_a_commit_waits_until_every_table_write_was_handed_to_the_producer(monkeypatch) -> None:
    """Faust's buffer of table writes (``send_soon``) returned from ``flush`` while writes were still on their way to
    the producer (after 0.1 s without one handed over, or with the last one in flight), so the commit after it could
    pass the input of a changelog record not yet sent."""
    import types

    from faust.transport.producer import ProducerBuffer

    from streams.app import app
    from streams.transport import _DrainingBuffer

    assert isinstance(app.producer.buffer, _DrainingBuffer)
    handed_over: list[str] = []

    async def slow_send(self: ProducerBuffer, fut: str) -> None:  # a producer waiting for room in its buffer
        await asyncio.sleep(0.3)
        handed_over.append(fut)

    monkeypatch.setattr(ProducerBuffer, "_send_pending", slow_send)

    async def flush_with(buffer_type: type[ProducerBuffer]) -> tuple[int, int]:
        handed_over.clear()
        buffer = buffer_type()
        buffer.app = types.SimpleNamespace(conf=types.SimpleNamespace(producer_threaded=False))
        await buffer.start()
        for n in range(3):
            buffer.put(f"changelog-{n}")  # type: ignore[arg-type]
        await asyncio.sleep(0.01)
        await buffer.flush()
        at_return = len(handed_over)
        while buffer.size:  # (Faust's buffer refuses to stop with writes queued)
            await asyncio.sleep(0.05)
        await buffer.stop()
        return at_return, 3

    assert asyncio.run(flush_with(_DrainingBuffer)) == (3, 3)
    assert asyncio.run(flush_with(ProducerBuffer))[0] < 3  # Faust's own: the case this guards against
