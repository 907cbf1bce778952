"""The worker's Faust monitor: Kafka client latencies and rebalances, nothing per event."""

from __future__ import annotations

import time
from types import SimpleNamespace

from faust.types.tuples import TP

from streams import metrics
from streams.monitor import KafkaClientMonitor


def _sample(name: str) -> float:
    return metrics.REGISTRY.get_sample_value(name) or 0.0


def test_sends_and_commits_are_timed_until_acknowledged() -> None:
    monitor = KafkaClientMonitor()
    sends, send_seconds = _sample("wiremon_kafka_send_duration_seconds_count"), _sample(
        "wiremon_kafka_send_duration_seconds_sum")
    state = monitor.on_send_initiated(None, "articles.enriched", None, 3, 100)  # type: ignore[arg-type]
    time.sleep(0.01)
    monitor.on_send_completed(None, state, None)  # type: ignore[arg-type]
    assert _sample("wiremon_kafka_send_duration_seconds_count") == sends + 1
    assert _sample("wiremon_kafka_send_duration_seconds_sum") - send_seconds >= 0.01

    errors = _sample("wiremon_kafka_send_errors_total")
    monitor.on_send_error(None, RuntimeError("broker gone"), monitor.on_send_initiated(  # type: ignore[arg-type]
        None, "alerts", None, 3, 100))  # type: ignore[arg-type]
    assert _sample("wiremon_kafka_send_errors_total") == errors + 1

    commits = _sample("wiremon_kafka_commit_duration_seconds_count")
    monitor.on_commit_completed(None, monitor.on_commit_initiated(None))  # type: ignore[arg-type]
    assert _sample("wiremon_kafka_commit_duration_seconds_count") == commits + 1


def test_a_rebalance_is_counted_and_shown_until_it_ends() -> None:
    monitor = KafkaClientMonitor()
    app = SimpleNamespace(rebalancing_count=1)
    rebalances, durations = _sample("wiremon_rebalances_total"), _sample("wiremon_rebalance_duration_seconds_count")
    state = monitor.on_rebalance_start(app)  # type: ignore[arg-type]
    assert _sample("wiremon_rebalances_total") == rebalances + 1
    assert _sample("wiremon_rebalancing") == 1
    monitor.on_rebalance_return(app, state)  # type: ignore[arg-type]
    monitor.on_rebalance_end(app, state)  # type: ignore[arg-type]
    assert _sample("wiremon_rebalancing") == 0
    assert _sample("wiremon_rebalance_duration_seconds_count") == durations + 1


def test_events_only_record_when_a_stream_last_took_one() -> None:
    # Faust's slow-processing warnings read stream_inbound_time; its per-message counters are not kept.
    monitor = KafkaClientMonitor()
    tp = TP("articles.raw", 0)
    message = SimpleNamespace(time_in=None)
    monitor.on_message_in(tp, 7, message)  # type: ignore[arg-type]
    assert monitor.on_stream_event_in(tp, 7, None, None) is None  # type: ignore[arg-type]
    monitor.on_stream_event_out(tp, 7, None, None, None)  # type: ignore[arg-type]
    monitor.on_message_out(tp, 7, message)  # type: ignore[arg-type]
    assert tp in monitor.stream_inbound_time
    assert monitor.messages_received_total == 0 and message.time_in is None
