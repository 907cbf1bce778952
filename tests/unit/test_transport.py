"""The worker's Kafka transport: Faust's aiokafka consumer with a short fetch wait."""

from __future__ import annotations

import asyncio

from streams.transport import FETCH_MAX_WAIT_MS, Transport


def test_worker_consumer_waits_at_most_fetch_max_wait() -> None:
    from streams.app import app

    assert isinstance(app.transport, Transport)

    async def create() -> object:
        thread = app.consumer._new_consumer_thread()
        return thread._create_worker_consumer(app.transport)

    consumer = asyncio.run(create())
    # The private attribute this module sets is the one aiokafka hands to its fetcher on start().
    assert consumer._fetch_max_wait_ms == FETCH_MAX_WAIT_MS
    assert FETCH_MAX_WAIT_MS < 1500
