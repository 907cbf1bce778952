"""The worker's Kafka transport: Faust's aiokafka driver with a short consumer fetch wait.

Faust creates its consumer with ``fetch_max_wait_ms=1500``. The consumer has one fetch request in flight per
broker, and a partition whose fetched records are still being processed is left out of the next request. When
every other partition it asks for is idle, the broker holds that request for the whole wait, and the partition
that has data (the sequencer, while it works off a backlog) waits too: the worker stood idle for up to 1.5 s at a
time, a third of its time in a backlog (docs/BENCHMARKS.md). ``FETCH_MAX_WAIT_MS`` bounds those stalls; an idle
worker pays with one more fetch request per broker every ``FETCH_MAX_WAIT_MS``.
"""

from __future__ import annotations

from typing import Any

import faust
from faust.transport.drivers import aiokafka as driver

__all__ = ["FETCH_MAX_WAIT_MS", "App", "Transport"]

FETCH_MAX_WAIT_MS = 50


class _ConsumerThread(driver.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        # Read by AIOKafkaConsumer.start() when it creates the fetcher; Faust offers no setting for it.
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS
        return consumer


class _Consumer(driver.Consumer):
    def _new_consumer_thread(self) -> driver.AIOKafkaConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)


class Transport(driver.Transport):
    """Faust's aiokafka transport whose worker consumer waits at most ``FETCH_MAX_WAIT_MS`` per fetch."""

    Consumer = _Consumer


class App(faust.App):
    """``faust.App`` on ``Transport`` (the broker URL's scheme is not used to pick the driver)."""

    def _new_transport(self) -> Transport:
        return Transport(self.conf.broker_consumer, self)
