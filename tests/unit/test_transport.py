"""The worker's Kafka transport: Faust's aiokafka consumer with a short fetch wait."""

from __future__ import annotations

import asyncio
import inspect

from aiokafka import AIOKafkaConsumer

from streams.transport import FETCH_MAX_WAIT_MS, Transport


def test_worker_consumer_waits_at_most_fetch_max_wait() -> None:
    from streams.app import app

    assert isinstance(app.transport, Transport)

    async def create() -> object:
        thread = app.consumer._new_consumer_thread()
        return thread._create_worker_consumer(app.transport)

    consumer = asyncio.run(create())
    assert consumer._fetch_max_wait_ms == FETCH_MAX_WAIT_MS
    # ...and that private attribute is what aiokafka hands to its fetcher on start() (guards an upgrade).
    assert "fetch_max_wait_ms=self._fetch_max_wait_ms" in inspect.getsource(AIOKafkaConsumer.start)


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


def test_delivery_order_admits_only_the_batch_that_continues_the_partition() -> None:
    from streams.transport import BLOCKED, BatchStart, DeliveryOrder

    order, tp = DeliveryOrder(), ("wm-dedup", 0)
    assert order.admit(tp, BatchStart(0, 500)) == (True, None)  # nothing expected yet: anything goes
    order.handed_over(tp, 700)
    assert order.admit(tp, BatchStart(0, 700)) == (True, None)
    # Records 700..899 never reached the stream (Faust skipped them while the partition was paused): the batch
    # from 900 would put 900 before 700, so the partition is read again from 700.
    assert order.admit(tp, BatchStart(0, 900)) == (False, 700)
    assert order.admit(tp, BatchStart(0, None)) == (False, 700)  # where the batch began is unknown
    assert order.admit(tp, None) == (False, 700)


def test_a_batch_fetched_before_a_seek_is_not_handed_over_after_it() -> None:
    from streams.transport import BLOCKED, BatchStart, DeliveryOrder

    order, tp = DeliveryOrder(), ("wm-dedup", 0)
    order.handed_over(tp, 2000)
    fetched_before = BatchStart(order.generation(tp), 2000)
    order.moving(tp)
    in_flight = order.generation(tp)  # odd: a fetch that read this saw a seek in progress
    order.moved(tp, 1986)  # back to the committed offset
    assert in_flight % 2 == 1 and order.generation(tp) % 2 == 0
    assert order.admit(tp, fetched_before) == (False, 1986)
    assert order.admit(tp, BatchStart(order.generation(tp), 1986)) == (True, None)


def test_a_revoked_partition_hands_over_nothing_until_the_seek_after_the_rebalance() -> None:
    from streams.transport import BLOCKED, BatchStart, DeliveryOrder

    order, tp = DeliveryOrder(), ("wm-dedup", 0)
    order.handed_over(tp, 50)
    order.moving(tp)
    order.moved(tp, BLOCKED)
    assert order.expect(tp) is BLOCKED
    assert order.admit(tp, BatchStart(order.generation(tp), 40)) == (False, None)
    order.moving(tp)
    order.moved(tp, None)  # no committed offset: the partition was sent back to its beginning
    stale = BatchStart(order.generation(tp) - 2, 40)
    assert order.admit(tp, stale) == (False, None)  # the seek repositioned the fetch: nothing to re-read
    assert order.admit(tp, BatchStart(order.generation(tp), 0)) == (True, None)


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


def test_the_stream_gets_its_partition_in_log_order(monkeypatch: object) -> None:
    """What ``test_rebalances_in_a_backlog_lose_nothing`` caught: after a rebalance the sequencer got 2178.. and
    only later 1986..2177 (fetched while Faust kept the partition paused for table recovery, never handed over,
    and read again after a later seek): reposts in between were decided before their originals."""
    consumer, seeks = _scripted_consumer(monkeypatch, [(2178, [2178, 2179]), (1986, [1986, 1987, 1988])])
    consumer._order.moved(("wm-dedup", 0), 1986)  # where the seek after the rebalance put the partition

    async def drain() -> list[int]:
        return [message.offset async for _, message in consumer.getmany(timeout=1.0)]

    assert asyncio.run(drain()) == [1986, 1987, 1988]
    assert seeks == [1986]  # read again from the record the stream expects
    assert consumer._order.expect(("wm-dedup", 0)) == 1989


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
