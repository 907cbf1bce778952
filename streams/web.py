"""Web endpoints on the worker's web server (``WIREMON_WEB_HOST:WIREMON_WEB_PORT``).

- ``GET /metrics``: Prometheus exposition of ``streams.metrics``.
- ``GET /health``: liveness; 200 while the worker's event loop runs.
- ``GET /ready``: readiness; 200 once partitions are assigned and tables recovered, else 503.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web as aiohttp_web
from faust.web import Request, Response, View

from streams import metrics
from streams.app import app
from streams.monitor import KafkaClientMonitor

# The classic text format, understood by every Prometheus 2.x and 3.x server.
EXPOSITION_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"

# Send and commit latency, send errors and rebalances, in the same registry (see streams.monitor).
app.monitor = KafkaClientMonitor()


def worker_ready() -> bool:
    """Partitions assigned, no rebalance under way, table recovery finished."""
    consumer = app.consumer
    try:
        assigned = bool(consumer.assignment())
    except Exception:
        return False
    recovery = app.tables.recovery
    return assigned and not app.rebalancing and not app.in_recovery and recovery.completed.is_set()


def _update_lag() -> None:
    # Lag = high watermark - next offset to read, for each partition of a topic the agents read that this
    # worker holds now: the series are set afresh at each scrape, so a partition moved to another worker is
    # reported there only. Table changelogs are left out: they are read only to recover a table, and between
    # recoveries their "lag" would be their whole length.
    consumer = app.consumer
    metrics.CONSUMER_LAG.clear()
    for tp in consumer.assignment():
        if not app.topics.acks_enabled_for(tp.topic):
            continue
        try:  # the consumer thread may revoke the partition meanwhile (aiokafka then asserts)
            highwater = consumer.highwater(tp)
        except Exception:
            continue
        if highwater is None:
            continue
        read = consumer._read_offset.get(tp)  # last offset handed to an agent, None before the first
        position = (read + 1) if read is not None else None
        if position is None:
            committed = consumer._committed_offset.get(tp) if hasattr(consumer, "_committed_offset") else None
            position = committed if committed is not None else 0
        metrics.CONSUMER_LAG.labels(topic=tp.topic, partition=str(tp.partition)).set(max(highwater - position, 0))


@app.page("/metrics")
class MetricsView(View):
    async def get(self, request: Request, **kwargs: Any) -> Response:
        metrics.WORKER_READY.set(1 if worker_ready() else 0)
        try:
            _update_lag()
        except Exception:  # lag is best effort while the consumer (re)starts
            pass
        # The exposition content type carries version and charset parameters, which aiohttp only accepts
        # as a raw header.
        return aiohttp_web.Response(body=metrics.exposition(), headers={"Content-Type": EXPOSITION_CONTENT_TYPE})


@app.page("/health")
class HealthView(View):
    async def get(self, request: Request, **kwargs: Any) -> Response:
        return self.json({"status": "ok"})


@app.page("/ready")
class ReadyView(View):
    async def get(self, request: Request, **kwargs: Any) -> Response:
        ready = worker_ready()
        return self.json({"ready": ready}, status=200 if ready else 503)
