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
