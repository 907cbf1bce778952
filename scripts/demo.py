"""`make demo`: the whole product in a minute on a fresh machine.

Starts a broker (KAFKA_BOOTSTRAP_SERVERS when set, else the local KRaft broker on a free port), starts a
worker, feeds the bundled sample feed (streams/data/demo_feed.jsonl), shows what came out on every output
topic and a summary, then stops everything it started.
"""

from __future__ import annotations

import os
import sys
import threading
import tempfile
import time
from collections import Counter
from pathlib import Path

from streams.devtools import WorkerProcess, free_port, read_topic, start_broker, unique_namespace, wait_for_http
from streams.feeds import produce_lines
from streams.models import Alert, DeadLetter, EnrichedArticle
from streams.settings import Settings
from streams.sources.jsonl import Line
from streams.subscriber import format_alert

FEED = Path(__file__).resolve().parent.parent / "streams" / "data" / "demo_feed.jsonl"


def main() -> int:
    lines = [line for line in FEED.read_bytes().splitlines() if line.strip()]
    started = time.monotonic()
    print(f"== wire-monitor demo: {len(lines)} messages from {FEED.name}")
    broker = start_broker()
    worker = None
    try:
        print(f"== Kafka: {broker.bootstrap_servers} ({broker.kind})")
        # Private topic names on a shared broker; the defaults on our own throw-away broker.
        env = unique_namespace("demo") if broker.kind == "external" else {}
        state = tempfile.mkdtemp(prefix="wiremon-demo-")
        env |= {"WIREMON_BROKER": broker.bootstrap_servers, "WIREMON_WEB_PORT": str(free_port()),
                "WIREMON_DATA_DIR": state, "WIREMON_LOG_LEVEL": "warning"}
        os.environ.update(env)
        settings = Settings()
        worker = WorkerProcess(env, Path(state) / "worker.log").start()
        if not wait_for_http(f"http://127.0.0.1:{worker.web_port}/ready", timeout=120):
            print("worker did not become ready; its log:\n" + worker.log_tail(), file=sys.stderr)
            return 1
        print(f"== worker ready; metrics at http://127.0.0.1:{worker.web_port}/metrics")
        # Alerts are printed as they arrive, while the feed is replayed at a live feed's pace (the first copy of
        # a story reaches the duplicate index before its reposts).
        print("\n== alerts, as they arrive")
        watcher = AlertPrinter(broker.bootstrap_servers, settings.topic_alerts)
        watcher.start()
        produce_lines(settings, (Line("demo", i, line, len(line)) for i, line in enumerate(lines, 1)),
                      topic=settings.topic_raw, interval=0.25)
        dead = read_topic(broker.bootstrap_servers, settings.topic_deadletter, idle=3.0, timeout=30)
        enriched = read_topic(broker.bootstrap_servers, settings.topic_enriched, expect=len(lines) - len(dead),
                              timeout=90)
        time.sleep(2.0)  # the last alerts trail the last enriched record by a hop
        watcher.stop()
        alerts = watcher.alerts
        metrics_text = _fetch(f"http://127.0.0.1:{worker.web_port}/metrics")

        articles = sorted((EnrichedArticle.model_validate_json(r.value) for r in enriched),
                          key=lambda a: a.ingested_at)
        letters = [DeadLetter.model_validate_json(r.value) for r in dead]
        events = alerts

        print(f"\n== fed {len(lines)} messages to {settings.topic_raw}")
        print("\n== articles.enriched")
        for a in articles:
            topics = ",".join(t.code.split(":")[1] for t in a.topics[:2]) or "-"
            dup = f"repost of {a.duplicate_of} ({a.similarity:.2f})" if a.duplicate_of else "new"
            print(f"  {a.id:<12} {(a.source or '')[:18]:<18} {a.lang:<5} topics={topics:<17} {dup}")
        print("\n== articles.deadletter")
        for d in letters:
            print(f"  partition {d.partition} offset {d.offset:<5} {d.reason:<10} {d.error[:80]}")
        print("\n== summary")
        langs = Counter(a.lang for a in articles)
        topics = Counter(t.code for a in articles for t in a.topics)
        duplicates = sum(a.duplicate_of is not None for a in articles)
        print(f"  messages {len(lines)}: enriched {len(articles)}, dead-lettered {len(letters)}")
        print(f"  duplicates {duplicates}; languages {dict(langs)}; topics {dict(topics.most_common(4))}")
        print(f"  alerts {len(events)} by {dict(Counter(a.official.id for a in events))}")
        consumed = [ln for ln in metrics_text.splitlines() if ln.startswith("wiremon_articles_consumed_total")]
        print(f"  metrics: {consumed[0] if consumed else 'n/a'} (http://127.0.0.1:{worker.web_port}/metrics)")
        print(f"  took {time.monotonic() - started:.1f}s")
        accounted = len(articles) + len(letters) == len(lines)
        if not accounted:
            print(f"demo: {len(lines) - len(articles) - len(letters)} messages unaccounted for", file=sys.stderr)
            return 1
        return 0
    finally:
        if worker is not None:
            worker.stop()
        broker.stop()


class AlertPrinter(threading.Thread):
    """Follows the alerts topic in the background and prints each alert once, as it arrives."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        super().__init__(daemon=True)
        from kafka import KafkaConsumer

        self.consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=None,
                                      auto_offset_reset="earliest", enable_auto_commit=False)
        self.alerts: list[Alert] = []
        self._stop_event = threading.Event()

    def run(self) -> None:
        seen: set[str] = set()
        while not self._stop_event.is_set():
            for records in self.consumer.poll(timeout_ms=200).values():
                for record in records:
                    alert = Alert.model_validate_json(record.value)
                    if alert.alert_id not in seen:
                        seen.add(alert.alert_id)
                        self.alerts.append(alert)
                        print(format_alert(alert), flush=True)

    def stop(self) -> None:
        self._stop_event.set()
        self.join(10)
        self.consumer.close()


def _fetch(url: str) -> str:
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode()
    except OSError:
        return ""


if __name__ == "__main__":
    sys.exit(main())
