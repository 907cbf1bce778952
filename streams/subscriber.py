"""Following the alerts topic with kafka-python, for people and for scripts."""

from __future__ import annotations

import sys
import time
import uuid
from typing import TextIO

from kafka import KafkaConsumer
from pydantic import ValidationError

from streams.models import Alert
from streams.settings import Settings


#: Alert ids remembered to print each alert once (redelivery repeats an alert within minutes, not 100,000 later).
SEEN_ALERT_IDS = 100_000


def format_alert(alert: Alert) -> str:
    """A readable, multi-line rendering of one alert."""
    when = alert.published_at.isoformat() if alert.published_at else alert.detected_at.isoformat()
    mark = "[quote]" if alert.kind == "quote" else "[reported speech]"
    if alert.reworded:
        mark += " [reworded: probably a repost's rewording]"
    lines = [
        f"[{when}] {alert.official.name} ({alert.official.role}) {mark}",
        f"  {alert.statement}",
        f"  {alert.source or 'unknown source'}: {alert.title or alert.article_id}  [{alert.lang}]",
    ]
    if alert.url:
        lines.append(f"  {alert.url}")
    return "\n".join(lines)


def follow_alerts(
    settings: Settings,
    *,
    as_json: bool = False,
    official: list[str] | None = None,
    from_beginning: bool = False,
    max_alerts: int | None = None,
    timeout_s: float | None = None,
    out: TextIO | None = None,
) -> int:
    """Print alerts as they arrive. Repeated ``alert_id`` values (redelivery) are printed once (among the last
    ``SEEN_ALERT_IDS``: a subscriber follows the topic for months). ``timeout_s`` stops after that long without an
    alert printed (one filtered out by ``official`` or repeated does not count)."""
    out = out or sys.stdout
    consumer = KafkaConsumer(
        settings.topic_alerts,
        bootstrap_servers=settings.bootstrap_servers,
        # A private group: every subscriber sees every alert and no offsets are shared.
        group_id=None if from_beginning else f"{settings.app_id}-alerts-cli-{uuid.uuid4().hex[:8]}",
        auto_offset_reset="earliest" if from_beginning else "latest",
        enable_auto_commit=False,
        **settings.kafka_python_options(),
    )
    seen: dict[str, None] = {}  # insertion-ordered: the oldest id is forgotten first
    printed = 0
    last = time.monotonic()
    try:
        while max_alerts is None or printed < max_alerts:
            if timeout_s is not None and time.monotonic() - last > timeout_s:
                break
            # The records of all the partitions a poll returned, in one loop: --max stops at exactly that many alerts
            batch = consumer.poll(timeout_ms=500)
            for record in (record for records in batch.values() for record in records):
                if max_alerts is not None and printed >= max_alerts:
                    break
                try:
                    alert = Alert.model_validate_json(record.value)
                except ValidationError:
                    print(f"skipping malformed alert at offset {record.offset}", file=sys.stderr)
                    continue
                if alert.alert_id in seen or (official and alert.official.id not in official):
                    continue
                seen[alert.alert_id] = None
                if len(seen) > SEEN_ALERT_IDS:
                    del seen[next(iter(seen))]
                out.write((alert.model_dump_json() if as_json else format_alert(alert) + "\n") + "\n")
                out.flush()
                printed += 1
                last = time.monotonic()
    finally:
        consumer.close()
    return 0
