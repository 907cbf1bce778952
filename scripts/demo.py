"""`make demo`: the whole product in a minute on a fresh machine.

Starts a broker (KAFKA_BOOTSTRAP_SERVERS when set, else the local KRaft broker on a free port), starts a
worker, feeds the bundled sample feed (streams/data/demo_feed.jsonl), shows what came out on every output
topic and a summary, then stops everything it started.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from streams.devtools import WorkerProcess, free_port, read_topic, start_broker, unique_namespace, wait_for_http
from streams.feeds import produce_lines
from streams.models import Alert, DeadLetter, EnrichedArticle
from streams.settings import Settings
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
        # Paced like a live feed: the first copy of a story reaches the duplicate index before its reposts.
        produce_lines(settings, (("demo", i, line) for i, line in enumerate(lines, 1)), topic=settings.topic_raw,
                      interval=0.1)
        print(f"== fed {len(lines)} messages to {settings.topic_raw}")

        dead = read_topic(broker.bootstrap_servers, settings.topic_deadletter, idle=3.0, timeout=30)
        enriched = read_topic(broker.bootstrap_servers, settings.topic_enriched, expect=len(lines) - len(dead),
                              timeout=90)
        alerts = read_topic(broker.bootstrap_servers, settings.topic_alerts, idle=4.0, timeout=30)
        metrics_text = _fetch(f"http://127.0.0.1:{worker.web_port}/metrics")

        articles = sorted((EnrichedArticle.model_validate_json(r.value) for r in enriched),
                          key=lambda a: a.ingested_at)
        letters = [DeadLetter.model_validate_json(r.value) for r in dead]
        events = [Alert.model_validate_json(r.value) for r in alerts]

        print("\n== articles.enriched")
        for a in articles:
            topics = ",".join(t.code.split(":")[1] for t in a.topics[:2]) or "-"
            dup = f"repost of {a.duplicate_of} ({a.similarity:.2f})" if a.duplicate_of else "new"
            print(f"  {a.id:<12} {(a.source or '')[:18]:<18} {a.lang:<5} topics={topics:<17} {dup}")
        print("\n== articles.deadletter")
        for d in letters:
            print(f"  offset {d.partition}:{d.offset:<4} {d.reason:<10} {d.error[:80]}")
        print("\n== alerts")
        for alert in events:
            print(format_alert(alert))
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


def _fetch(url: str) -> str:
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode()
    except OSError:
        return ""


if __name__ == "__main__":
    sys.exit(main())
