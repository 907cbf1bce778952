"""Feeding raw articles into Kafka with kafka-python: each line is produced as is, keyed by article id."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable

from kafka import KafkaProducer

from streams.settings import Settings


def article_key(line: bytes) -> bytes | None:
    """The partition key of a raw line: its ``id`` (or ``url``) when it is a JSON object that has one."""
    try:
        document = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if isinstance(document, dict):
        for field in ("id", "url"):
            value = document.get(field)
            if isinstance(value, (str, int)) and str(value):
                return str(value).encode()
    return None


def make_producer(settings: Settings) -> KafkaProducer:
    """A producer that waits for all in-sync replicas: a fed article is either confirmed or an error."""
    return KafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        client_id=f"{settings.app_id}-feed",
        acks="all",
        linger_ms=5,
        max_request_size=max(settings.max_message_bytes * 2, 1_048_576),
        **settings.kafka_python_options(),
    )


def produce_lines(
    settings: Settings, lines: Iterable[tuple[str, int, bytes]], *, topic: str, interval: float = 0.0
) -> int:
    """Produce every non-blank line (bad ones too: the worker dead-letters them); returns the count.

    ``interval`` paces the feed (seconds between messages), as a live feed arrives. Blocks until the broker
    confirmed every message; a delivery failure raises.
    """
    producer = make_producer(settings)
    futures = []
    try:
        for _source, _number, line in lines:
            value = line.rstrip(b"\r\n")
            if not value.strip():
                continue
            if interval and futures:
                time.sleep(interval)
            futures.append(producer.send(topic, key=article_key(value), value=value))
        producer.flush()
        for future in futures:
            future.get(timeout=30)
    finally:
        producer.close()
    return len(futures)
