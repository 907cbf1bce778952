#!/usr/bin/env python3
"""cProfile of one real worker process draining a backlog: where a worker's CPU goes, Faust included.

Starts a broker (``streams.devtools.start_broker``), produces N articles from ``scripts/bench_articles.py`` to a
fresh namespace, runs ``python -m cProfile -o OUT -m streams worker`` until every article is enriched, stops it
with SIGTERM (Faust shuts down cleanly, so cProfile writes its file) and prints the top functions.

    python scripts/bench_profile.py [N] [OUT]      # default 1500 articles, /tmp/wiremon-worker.prof
"""

from __future__ import annotations

import os
import pstats
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench import Collector, make_producer  # noqa: E402
from bench_articles import ArticleFactory  # noqa: E402
from streams.devtools import free_port, start_broker, unique_namespace, wait_for_http  # noqa: E402


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/wiremon-worker.prof"
    payloads = ArticleFactory(seed=11, prefix="prof").payloads(n)
    broker = start_broker()
    try:
        ns = unique_namespace("prof")
        port = free_port()
        env = {**os.environ, **ns, "WIREMON_BROKER": f"kafka://{broker.bootstrap_servers}", "WIREMON_PARTITIONS": "4",
               "WIREMON_WEB_PORT": str(port), "WIREMON_LOG_LEVEL": "warning",
               "WIREMON_DATA_DIR": tempfile.mkdtemp(prefix="wiremon-prof-")}
        log = open(Path(tempfile.gettempdir()) / "wiremon-prof-worker.log", "wb")
        proc = subprocess.Popen([sys.executable, "-m", "cProfile", "-o", out, "-m", "streams", "worker"], env=env,
                                stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        if not wait_for_http(f"http://127.0.0.1:{port}/ready", 120):
            raise RuntimeError("worker not ready")
        collector = Collector(broker.bootstrap_servers, ns["WIREMON_TOPIC_ENRICHED"], ns["WIREMON_TOPIC_ALERTS"])
        collector.start()
        producer = make_producer(broker.bootstrap_servers, batched=True)
        start = time.time()
        for article_id, payload, _ in payloads:
            producer.send(ns["WIREMON_TOPIC_RAW"], key=article_id.encode(), value=payload)
        producer.flush()
        producer.close()
        while len(collector.enriched) < n and time.time() - start < 600:
            time.sleep(0.5)
        print(f"{len(collector.enriched)} enriched in {time.time() - start:.1f}s", file=sys.stderr)
        collector.stop()
        proc.send_signal(signal.SIGTERM)
        proc.wait(60)
    finally:
        broker.stop()
    stats = pstats.Stats(out)
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(35)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
