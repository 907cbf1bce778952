"""The sensor that keeps records the broker refused, until the consumer's next commit settles them (the settling
itself runs against a real broker: tests/integration/test_reliability.py)."""

from __future__ import annotations

from aiokafka.errors import (
    KafkaTimeoutError,
    MessageSizeTooLargeError,
    RecordListTooLargeError,
    TopicAuthorizationFailedError,
)
from faust.types.tuples import PendingMessage

from streams.refused_sends import RefusedSend, RefusedSendError, RefusedSends
from streams.transport import App


def _pending(key: bytes | str | None, value: bytes | str, partition: int | None = None) -> PendingMessage:
    return PendingMessage(channel=None, key=key, value=value, partition=partition,  # type: ignore[arg-type]
                          timestamp=1.5, headers={"h": b"1"}, key_serializer=None, value_serializer=None,
                          callback=None)


def _refuse(sensor: RefusedSends, topic: str, message: PendingMessage, error: BaseException) -> None:
    state = sensor.on_send_initiated(None, topic, message, 0, 0)  # type: ignore[arg-type]
    sensor.on_send_error(None, error, state)  # type: ignore[arg-type]


def test_refused_records_are_kept_as_sent_in_order_until_taken() -> None:
    sensor = RefusedSends()
    delivered = sensor.on_send_initiated(None, "alerts", _pending(b"k0", b"ok"), 2, 2)  # type: ignore[arg-type]
    sensor.on_send_completed(None, delivered, None)  # type: ignore[arg-type]
    _refuse(sensor, "articles.enriched", _pending(b"a1", b'{"id": "a1"}'), MessageSizeTooLargeError())
    _refuse(sensor, "wiremon-statements", _pending("official", "text", partition=3), KafkaTimeoutError())
    assert len(sensor) == 2

    first, second = sensor.take()
    assert (first.topic, first.key, first.value, first.partition, first.timestamp, first.headers) == (
        "articles.enriched", b"a1", b'{"id": "a1"}', None, 1.5, {"h": b"1"})
    assert (second.topic, second.key, second.value, second.partition) == (
        "wiremon-statements", b"official", b"text", 3)  # str as the raw codec passed it on: sent as UTF-8
    assert sensor.take() == [] and len(sensor) == 0


def test_only_a_refusal_for_size_is_the_records_own() -> None:
    record = RefusedSend(topic="alerts", key=None, value=b"x" * 10, partition=None, timestamp=None, headers=None,
                         error=KafkaTimeoutError())
    assert not record.too_large  # the broker away: every record shares it
    assert not record.refused_again(TopicAuthorizationFailedError()).too_large
    assert record.refused_again(MessageSizeTooLargeError()).too_large
    assert record.refused_again(RecordListTooLargeError()).too_large
    assert record.error.__class__ is KafkaTimeoutError  # refused_again is a copy


def test_the_error_of_an_unsettled_record_says_where_it_was_going_and_why() -> None:
    record = RefusedSend(topic="alerts", key=None, value=b"x" * 10, partition=2, timestamp=None, headers=None,
                         error=MessageSizeTooLargeError())
    message = str(RefusedSendError(record, "and its dead letter failed: KafkaTimeoutError()"))
    assert message == ("the broker refused a 10-byte record for alerts[2] twice (MessageSizeTooLargeError()), and "
                       "its dead letter failed: KafkaTimeoutError()")


def test_the_worker_app_registers_the_sensor() -> None:
    app = App("wiremon-unit-refused-sends", autodiscover=False)
    assert app.refused_sends in app.sensors
