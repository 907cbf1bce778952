"""Records the broker refused after they were sent: kept until the consumer's next commit settles them, never lost.

An agent's send returns once the record is queued, and Faust's commit waits for the producer to finish its sends,
not for them to succeed; a refusal reached only Faust's sensors and a log line. So an output the broker refused (a
topic created beforehand with a smaller ``max.message.bytes``, an authorisation error, a broker away for longer than
the producer's request timeout) was lost while the input it came from was committed. ``RefusedSends`` is a Faust
sensor that keeps every refused record; before each commit the worker's consumer (``streams.transport``) settles
them: each is sent again in a produce batch of its own (``SoloProducer``: the broker refuses a batch whole, so most
records refused for their size were refused for a batch-mate's), one refused again for its size goes to
``App.on_refused_send`` (the worker dead-letters it), and when a record cannot be settled nothing is committed any
more and the worker stops, so that a restart processes the inputs again.
"""

from __future__ import annotations

import asyncio
import threading
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.errors import MessageSizeTooLargeError, RecordListTooLargeError
from faust import Sensor
from faust.types.transports import ProducerT
from faust.types.tuples import PendingMessage, RecordMetadata

__all__ = ["RefusedSend", "RefusedSendError", "RefusedSends", "SoloProducer", "refused_for_size"]


def refused_for_size(error: BaseException) -> bool:
    """The broker refused the record for its size (its topic's ``max.message.bytes``), not for a reason every record
    shares (the broker away, an authorisation error)."""
    return isinstance(error, (MessageSizeTooLargeError, RecordListTooLargeError))


class SoloProducer:
    """A Kafka producer of the worker's own, besides Faust's, that sends each record in a produce batch of its own.

    Contract: ``send`` returns once the broker acknowledged the record and raises the broker's error otherwise;
    records for one partition go one at a time, without linger, so no produce batch holds two (the broker refuses a
    batch whole when it is larger than the topic allows). Faust's settings (brokers, credentials, acks, sizes,
    partitioner) apply; started on first use, closed by ``stop``. Faust's own producer cannot do this: its batches take
    whatever the agents send meanwhile, and aiokafka's ``send_batch`` waits for a moment when the partition has no
    batch open, which a busy worker never has (it timed out).
    """

    def __init__(self, producer: ProducerT) -> None:
        self._faust_producer = producer
        self._client: Any = None
        self._starting = asyncio.Lock()
        self._partitions: defaultdict[tuple[str, int], asyncio.Lock] = defaultdict(asyncio.Lock)

    async def send(self, topic: str, key: bytes | None, value: bytes | None, *, partition: int | None = None,
                   timestamp: float | None = None, headers: Any = None) -> None:
        client = await self._started()
        await client.client._wait_on_metadata(topic)
        if partition is None:
            partition = client._partition(topic, None, None, None, key, value)  # by key, as Faust's producer does
        if isinstance(headers, Mapping):
            headers = list(headers.items())
        async with self._partitions[(topic, partition)]:
            await client.send_and_wait(topic, value, key=key, partition=partition,
                                       timestamp_ms=int(timestamp * 1000) if timestamp else None, headers=headers)

    async def stop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.stop()

    async def _started(self) -> Any:
        async with self._starting:
            if self._client is None:
                faust_producer: Any = self._faust_producer  # Faust's aiokafka driver
                client = AIOKafkaProducer(**{**faust_producer._settings_default(), **faust_producer._settings_auth(),
                                             **faust_producer._settings_extra(), "linger_ms": 0})
                await client.start()
                self._client = client
        return self._client


@dataclass(frozen=True, slots=True)
class RefusedSend:
    """One record the broker refused: where it was going, its bytes as sent, and the error."""

    topic: str
    key: bytes | None
    value: bytes | None
    partition: int | None
    timestamp: float | None
    headers: Any
    error: BaseException

    @property
    def too_large(self) -> bool:
        """Refused for its size (by the topic's ``max.message.bytes``), not for a reason every record shares."""
        return refused_for_size(self.error)

    def refused_again(self, error: BaseException) -> RefusedSend:
        return replace(self, error=error)


class RefusedSendError(Exception):
    """A refused record that could not be settled: refused again, and taken by nothing else."""

    def __init__(self, record: RefusedSend, then: str = "") -> None:
        size = len(record.value) if record.value is not None else 0
        where = record.topic if record.partition is None else f"{record.topic}[{record.partition}]"
        super().__init__(f"the broker refused a {size}-byte record for {where} twice ({record.error!r})"
                         + (f", {then}" if then else ""))
        self.record = record


class RefusedSends(Sensor):
    """A Faust sensor (``app.sensors``) that keeps each record whose send failed, in the order the failures came.

    Contract: ``take`` returns the records refused since the last ``take`` and forgets them (``restore`` puts back
    what could not be settled); it is the only way they leave. A record is kept with its bytes as the producer sent
    them, so it can be sent again as it was. Sends the producer refused before queueing them (larger than its own
    ``max_request_size``) raise in the sending agent instead and never reach a sensor.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._refused: list[RefusedSend] = []
        self._lock = threading.Lock()  # Faust may run its producer in a thread of its own (producer_threaded)

    def on_send_initiated(self, producer: ProducerT, topic: str, message: PendingMessage, keysize: int,
                          valsize: int) -> tuple[str, PendingMessage]:
        return topic, message

    def on_send_completed(self, producer: ProducerT, state: Any, metadata: RecordMetadata) -> None:
        pass

    def on_send_error(self, producer: ProducerT, exc: BaseException, state: Any) -> None:
        topic, message = state
        refused = RefusedSend(topic=topic, key=_as_bytes(message.key), value=_as_bytes(message.value),
                              partition=message.partition, timestamp=message.timestamp, headers=message.headers,
                              error=exc)
        with self._lock:
            self._refused.append(refused)

    def take(self) -> list[RefusedSend]:
        with self._lock:
            refused, self._refused = self._refused, []
        return refused

    def restore(self, refused: list[RefusedSend]) -> None:
        """Put back records taken but not settled (a commit cancelled while it settled them), ahead of later ones."""
        with self._lock:
            self._refused[:0] = refused

    def __len__(self) -> int:
        return len(self._refused)


def _as_bytes(data: Any) -> bytes | None:
    # Faust serialises keys and values before the send; a str here is a raw-codec value it passed on as given.
    return data.encode() if isinstance(data, str) else data
