"""Records the broker refused after they were sent: kept until the consumer's next commit settles them, never lost.

An agent's send returns once the record is queued, and Faust's commit waits for the producer to finish its sends,
not for them to succeed; a refusal reached only Faust's sensors and a log line. So an output the broker refused (a
topic created beforehand with a smaller ``max.message.bytes``, an authorisation error, a broker away for longer than
the producer's request timeout) was lost while the input it came from was committed. ``RefusedSends`` is a Faust
sensor that keeps every refused record; before each commit the worker's consumer (``streams.transport``) settles
them: each is sent again (on its own when the broker found it too large: a produce batch is refused whole, so most
of its records are innocent), one refused again goes to ``App.on_refused_send`` (the worker dead-letters a record too
large for its topic), and when that fails too nothing is committed any more and the worker stops, so that a restart
processes the inputs again.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from typing import Any

from aiokafka.errors import MessageSizeTooLargeError, RecordListTooLargeError
from faust import Sensor
from faust.types.transports import ProducerT
from faust.types.tuples import PendingMessage, RecordMetadata

__all__ = ["RefusedSend", "RefusedSendError", "RefusedSends"]


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
        return isinstance(self.error, (MessageSizeTooLargeError, RecordListTooLargeError))

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

    Contract: ``take`` returns the records refused since the last ``take`` and forgets them; it is the only way
    they leave. A record is kept with its bytes as the producer sent them, so it can be sent again as it was.
    Sends the producer refused before queueing them (larger than its own ``max_request_size``) raise in the sending
    agent instead and never reach a sensor.
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

    def __len__(self) -> int:
        return len(self._refused)


def _as_bytes(data: Any) -> bytes | None:
    # Faust serialises keys and values before the send; a str here is a raw-codec value it passed on as given.
    return data.encode() if isinstance(data, str) else data
