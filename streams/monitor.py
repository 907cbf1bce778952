"""Faust's monitor, measuring the Kafka client per send, commit and rebalance instead of per event.

Faust calls its monitor around every message, event and table write. Its ``PrometheusMonitor`` updates
about twenty labelled series per article there (~5% of a worker's CPU), counting what ``streams.metrics``
already counts per article and stage. ``KafkaClientMonitor`` exports only what the stages cannot see: how
long the broker takes to acknowledge a send and a commit, failed sends and rebalances.
"""

from __future__ import annotations

from time import monotonic
from typing import Any

from faust.sensors.monitor import Monitor
from faust.types import AppT, CollectionT, EventT, StreamT
from faust.types.transports import ConsumerT, ProducerT
from faust.types.tuples import TP, Message, PendingMessage, RecordMetadata

from streams import metrics


class KafkaClientMonitor(Monitor):
    """The worker's Faust monitor.

    Contract: per message and per event it records only what Faust itself reads back (the last time a stream
    took an event from each partition, behind Faust's slow-processing warnings); per send, commit and
    rebalance it updates ``wiremon_kafka_*`` and ``wiremon_rebalance*`` in ``streams.metrics.REGISTRY``.
    Faust's in-memory counters for its ``/stats`` page (messages per topic, table operations, event
    runtimes) stay at zero.
    """

    def on_message_in(self, tp: TP, offset: int, message: Message) -> None:
        pass

    def on_stream_event_in(self, tp: TP, offset: int, stream: StreamT, event: EventT) -> None:
        self.stream_inbound_time[tp] = monotonic()
        return None

    def on_stream_event_out(self, tp: TP, offset: int, stream: StreamT, event: EventT,
                            state: dict | None = None) -> None:
        pass

    def on_message_out(self, tp: TP, offset: int, message: Message) -> None:
        pass

    def on_table_get(self, table: CollectionT, key: Any) -> None:
        pass

    def on_table_set(self, table: CollectionT, key: Any, value: Any) -> None:
        pass

    def on_table_del(self, table: CollectionT, key: Any) -> None:
        pass

    def track_tp_end_offset(self, tp: TP, offset: int) -> None:
        pass  # lag is computed at scrape time from the consumer (streams.web)

    def on_send_initiated(self, producer: ProducerT, topic: str, message: PendingMessage, keysize: int,
                          valsize: int) -> float:
        return monotonic()

    def on_send_completed(self, producer: ProducerT, state: Any, metadata: RecordMetadata) -> None:
        metrics.KAFKA_SEND_SECONDS.observe(monotonic() - state)

    def on_send_error(self, producer: ProducerT, exc: BaseException, state: Any) -> None:
        metrics.KAFKA_SEND_ERRORS.inc()

    def on_commit_initiated(self, consumer: ConsumerT) -> float:
        return monotonic()

    def on_commit_completed(self, consumer: ConsumerT, state: Any) -> None:
        metrics.KAFKA_COMMIT_SECONDS.observe(monotonic() - state)

    def on_rebalance_start(self, app: AppT) -> dict:
        metrics.REBALANCES.inc()
        metrics.REBALANCING.set(1)
        return super().on_rebalance_start(app)

    def on_rebalance_end(self, app: AppT, state: dict) -> None:
        super().on_rebalance_end(app, state)
        metrics.REBALANCING.set(0)
        metrics.REBALANCE_SECONDS.observe(state["latency_end"])
