"""Prometheus metrics of the worker. Names follow Prometheus conventions: ``wiremon_*``, base units.

Label sets are bounded: ``reason`` is the dead-letter code, ``lang`` is capped to the languages langdetect
knows (plus ``und``), ``topic`` to the IPTC top-level codes, ``official`` to the watchlist.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, disable_created_metrics, generate_latest

# `_created` series double the exposition for no use on the dashboard.
disable_created_metrics()

REGISTRY = CollectorRegistry(auto_describe=True)

# Stage times of a few hundred microseconds to a few hundred milliseconds.
_STAGE_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0)
_LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0)

ARTICLES_CONSUMED = Counter(
    "wiremon_articles_consumed_total", "Raw messages read from the raw topic.", registry=REGISTRY
)
ARTICLES_ENRICHED = Counter(
    "wiremon_articles_enriched_total", "Articles published to the enriched topic.", registry=REGISTRY
)
ARTICLES_DEADLETTERED = Counter(
    "wiremon_articles_deadlettered_total", "Messages sent to the dead-letter topic, by reason.",
    ["reason"], registry=REGISTRY,
)
ARTICLES_DUPLICATE = Counter(
    "wiremon_articles_duplicate_total", "Enriched articles marked as reposts of an earlier copy.", registry=REGISTRY
)
ARTICLES_BY_LANGUAGE = Counter(
    "wiremon_articles_by_language_total", "Enriched articles by detected language.", ["lang"], registry=REGISTRY
)
ARTICLES_BY_TOPIC = Counter(
    "wiremon_articles_by_topic_total", "Enriched articles by IPTC top-level topic (an article can have several).",
    ["topic"], registry=REGISTRY,
)
STATEMENTS_FOUND = Counter(
    "wiremon_statements_found_total", "Statements by tracked officials found, reposts included.",
    registry=REGISTRY,
)
STATEMENTS_RECALLED = Counter(
    "wiremon_statements_recalled_total", "Statements found that the writer recalls as said before (background: "
    "remembered by novelty, never alerted), reposts included.", registry=REGISTRY,
)
STATEMENTS_REWORDED = Counter(
    "wiremon_statements_reworded_total", "Statements of reposts that probably reword what the story's first copy "
    "has the official say (an outlet's rewritten opening): alerted, when new, marked reworded, or not with "
    "WIREMON_SUPPRESS_REWORDED.", registry=REGISTRY,
)
ALERTS_EMITTED = Counter(
    "wiremon_alerts_emitted_total", "Alert records sent, by official (an article processed again sends its alerts "
    "again, with the same alert_id).", ["official"], registry=REGISTRY
)
#: The processing stages timed by ``STAGE_SECONDS``, in pipeline order.
STAGES = ("parse", "normalize", "language", "topics", "statements", "fingerprint", "dedup", "novelty")
STAGE_SECONDS = Histogram(
    "wiremon_stage_duration_seconds", "Processing time per article and stage.", ["stage"],
    buckets=_STAGE_BUCKETS, registry=REGISTRY,
)
INGEST_TO_ALERT_SECONDS = Histogram(
    "wiremon_ingest_to_alert_seconds", "From the raw message's Kafka timestamp to the alert being sent.",
    buckets=_LATENCY_BUCKETS, registry=REGISTRY,
)
INGEST_TO_ENRICHED_SECONDS = Histogram(
    "wiremon_ingest_to_enriched_seconds", "From the raw message's Kafka timestamp to the enriched record.",
    buckets=_LATENCY_BUCKETS, registry=REGISTRY,
)
INDEX_SIZE = Gauge(
    "wiremon_index_entries", "Entries in a state index held by this worker.", ["index"], registry=REGISTRY
)
CONSUMER_LAG = Gauge(
    "wiremon_consumer_lag_messages", "Messages not yet processed, by topic and partition assigned to this worker.",
    ["topic", "partition"], registry=REGISTRY,
)
PARTITIONS_REFETCHED = Counter(
    "wiremon_partitions_refetched_total",
    "Seeks back to re-read records that were read but never reached a stream (a consumer fault, healed).",
    ["topic"], registry=REGISTRY,
)
FETCHES_DISCARDED = Counter(
    "wiremon_fetches_discarded_total",
    "Fetched batches not handed to a stream because they did not begin where its partition's last record ended"
    " (fetched before a seek, or after records the consumer dropped); the partition is read again in order.",
    ["topic"], registry=REGISTRY,
)
RECORDS_LOST = Counter(
    "wiremon_records_lost_total",
    "Offsets skipped, never processed: deleted by the topic's retention before a stream of this worker got them, "
    "or in a record batch that could not be read on repeated fetches (dead-lettered as corrupt_batch).",
    ["topic"], registry=REGISTRY,
)
# The Kafka client, measured by streams.monitor: acknowledgements take a few milliseconds on a healthy cluster.
_KAFKA_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
KAFKA_SEND_SECONDS = Histogram(
    "wiremon_kafka_send_duration_seconds", "From a record handed to the producer to its acknowledgement by the broker.",
    buckets=_KAFKA_BUCKETS, registry=REGISTRY,
)
KAFKA_SEND_ERRORS = Counter(
    "wiremon_kafka_send_errors_total", "Records the producer failed to publish.", registry=REGISTRY
)
KAFKA_SENDS_REPEATED = Counter(
    "wiremon_kafka_sends_repeated_total",
    "Records the broker refused that the worker sent again before committing their inputs, by outcome: delivered, "
    "or dead-lettered (refused again for their size; dead-lettered as send_refused).",
    ["outcome"], registry=REGISTRY,
)
for _outcome in ("delivered", "dead_lettered"):
    KAFKA_SENDS_REPEATED.labels(outcome=_outcome)  # at 0 from the start, so that the first refusal is an increase
KAFKA_COMMIT_SECONDS = Histogram(
    "wiremon_kafka_commit_duration_seconds", "Offset commits of the consumer, from request to acknowledgement.",
    buckets=_KAFKA_BUCKETS, registry=REGISTRY,
)
REBALANCES = Counter(
    "wiremon_rebalances_total", "Consumer-group rebalances this worker took part in.", registry=REGISTRY
)
REBALANCING = Gauge(
    "wiremon_rebalancing", "1 from the start of a rebalance until its tables are recovered, else 0.",
    registry=REGISTRY,
)
REBALANCE_SECONDS = Histogram(
    "wiremon_rebalance_duration_seconds", "From the start of a rebalance to the end of table recovery.",
    buckets=(0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0), registry=REGISTRY,
)
WORKER_READY = Gauge(
    "wiremon_worker_ready", "1 when partitions are assigned and tables recovered, else 0.", registry=REGISTRY
)
GC_PAUSE_SECONDS = Histogram(
    "wiremon_gc_pause_seconds", "Pauses of Python's cyclic garbage collector, by generation (2 = full collection).",
    ["generation"], buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5), registry=REGISTRY,
)

_GC_PAUSES = [GC_PAUSE_SECONDS.labels(generation=str(generation)) for generation in range(3)]
_gc_started = 0.0


def _on_collection(phase: str, info: dict[str, Any]) -> None:
    global _gc_started
    if phase == "start":
        _gc_started = time.perf_counter()
    else:
        _GC_PAUSES[info["generation"]].observe(time.perf_counter() - _gc_started)


def observe_gc_pauses() -> None:
    """Time every garbage collection of this process: a full one stops the worker, and shows in the
    latency tail long before it shows in throughput. Idempotent."""
    if _on_collection not in gc.callbacks:
        gc.callbacks.append(_on_collection)


def count_consumer_faults(topics: Iterable[str]) -> None:
    """Create the per-topic consumer-fault counters (lost, refetched, discarded) of ``topics`` at zero.

    Prometheus' ``increase()`` needs a sample before the first fault: a series that first appears at 80 lost
    records shows no increase, and the alert on it would never fire.
    """
    for topic in topics:
        for counter in (RECORDS_LOST, PARTITIONS_REFETCHED, FETCHES_DISCARDED):
            counter.labels(topic=topic)


def exposition() -> bytes:
    """The registry in Prometheus' text format."""
    return generate_latest(REGISTRY)
