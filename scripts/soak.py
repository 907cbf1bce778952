#!/usr/bin/env python3
"""``make soak``: 200,000 articles through one worker; does resident memory level off?

The articles (``scripts/bench_articles.py``: 3 KB in 16 languages, 30% reposts, statements by tracked officials)
carry Kafka timestamps spread over 40 days, so the 7-day retention of the duplicate and novelty indexes is crossed
about five times during the run: a worker whose state is bounded by the retention windows shows a flat memory
curve once the first window is full, and a leak shows a rising one. The worker's RSS (``/proc``), the number
of enriched articles and the index sizes (``wiremon_index_entries``) are sampled every few seconds; the curve
is written into docs/BENCHMARKS.md (its own section, which ``make bench`` keeps).

    python scripts/soak.py                  # 200,000 articles (about 20 minutes on 2 cores)
    python scripts/soak.py --articles 30000 # a shorter run (make bench runs this one)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path
from tempfile import TemporaryDirectory

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from kafka import KafkaAdminClient, KafkaProducer  # noqa: E402
from kafka.admin import NewTopic  # noqa: E402

from streams.devtools import WorkerProcess, free_port, start_broker, unique_namespace, wait_for_http  # noqa: E402
from bench_articles import ArticleFactory  # noqa: E402

DOC = ROOT / "docs" / "BENCHMARKS.md"
SOAK_BEGIN = "<!-- soak: written by scripts/soak.py -->"
DAY_MS = 86_400_000
STALL_SECONDS = 180  # a run whose enriched count stands still this long has failed


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def scrape(port: int) -> dict[str, float]:
    values: dict[str, float] = {}
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        for line in response.read().decode().splitlines():
            if line and not line.startswith("#"):
                name, _, value = line.rpartition(" ")
                values[name] = float(value)
    return values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--days", type=float, default=40.0, help="simulated time span of the feed")
    parser.add_argument("--sample-seconds", type=float, default=5.0)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)

    items = ArticleFactory(seed=2024, prefix="soak").payloads(args.articles)
    step_ms = args.days * DAY_MS / len(items)
    # The past days, up to a minute ago: the worker takes a timestamp ahead of its clock for none (see
    # streams.pipeline.ingest_time), and the raw topic keeps them (no retention) until they are read.
    t0_ms = int(time.time() * 1000) - 60_000 - int(args.days * DAY_MS)
    broker = start_broker()
    started = time.monotonic()
    samples: list[dict[str, float]] = []
    with TemporaryDirectory(prefix="wiremon-soak-") as state:
        env = {**unique_namespace("soak"), "WIREMON_BROKER": broker.bootstrap_servers,
               "WIREMON_WEB_PORT": str(free_port()), "WIREMON_DATA_DIR": state, "WIREMON_LOG_LEVEL": "warning"}
        admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap_servers)
        admin.create_topics([NewTopic(env["WIREMON_TOPIC_RAW"], num_partitions=4, replication_factor=1,
                                      topic_configs={"retention.ms": "-1"})])
        admin.close()
        worker = WorkerProcess(env, Path(state) / "worker.log").start()
        try:
            if not wait_for_http(f"http://127.0.0.1:{worker.web_port}/ready", timeout=120):
                print(worker.log_tail(), file=sys.stderr)
                return 1
            producer = KafkaProducer(bootstrap_servers=broker.bootstrap_servers, acks="all", linger_ms=20,
                                     batch_size=262_144)
            for i, (article_id, payload, _) in enumerate(items):
                producer.send(env["WIREMON_TOPIC_RAW"], key=article_id.encode(), value=payload,
                              timestamp_ms=t0_ms + int(i * step_ms))
            producer.flush()
            producer.close()
            print(f"[soak] produced {len(items)} articles spanning {args.days:g} days", flush=True)
            expected = len(items)
            assert worker.process is not None
            enriched = 0.0
            progress_at = time.monotonic()
            while enriched < expected and worker.running:
                time.sleep(args.sample_seconds)
                metrics = scrape(worker.web_port)
                if metrics.get("wiremon_articles_enriched_total", 0.0) > enriched:
                    progress_at = time.monotonic()
                elif time.monotonic() - progress_at > STALL_SECONDS:
                    print(f"no progress for {STALL_SECONDS} s at {enriched:.0f} of {expected} articles:\n"
                          + worker.log_tail(), file=sys.stderr)
                    return 1
                enriched = metrics.get("wiremon_articles_enriched_total", 0.0)
                sample = {
                    "seconds": round(time.monotonic() - started, 1),
                    "enriched": enriched,
                    "simulated_days": round(enriched * step_ms / DAY_MS, 2),
                    "rss_mib": round(rss_mib(worker.process.pid), 1),
                    "dedup_entries": metrics.get('wiremon_index_entries{index="dedup"}', 0.0),
                    "novelty_entries": metrics.get('wiremon_index_entries{index="novelty"}', 0.0),
                }
                samples.append(sample)
                print(f"[soak] {json.dumps(sample)}", flush=True)
            if not worker.running:
                print("worker died:\n" + worker.log_tail(), file=sys.stderr)
                return 1
        finally:
            worker.stop()
            broker.stop()
    if not args.no_write:
        write_doc(samples, args, time.monotonic() - started)
    last_third = samples[len(samples) * 2 // 3:]
    growth = (last_third[-1]["rss_mib"] - last_third[0]["rss_mib"]) if len(last_third) > 1 else 0.0
    print(json.dumps({"articles": args.articles, "final_rss_mib": samples[-1]["rss_mib"],
                      "rss_growth_last_third_mib": round(growth, 1),
                      "dedup_entries": samples[-1]["dedup_entries"], "novelty_entries": samples[-1]["novelty_entries"],
                      "seconds": round(time.monotonic() - started)}))
    return 0


def write_doc(samples: list[dict[str, float]], args: argparse.Namespace, seconds: float) -> None:
    rows = samples[:: max(1, len(samples) // 25)] + samples[-1:]
    lines = [
        SOAK_BEGIN,
        "## Soak: 200,000 articles through one worker" if args.articles == 200_000 else
        f"## Soak: {args.articles:,} articles through one worker",
        "",
        f"- **Date:** {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; **command:** `make soak` "
        f"(`scripts/soak.py --articles {args.articles}`), {seconds / 60:.0f} minutes.",
        f"- Feed: `scripts/bench_articles.py` (3 KB, 16 languages, 30% reposts, statements by tracked officials), Kafka "
        f"timestamps spread over {args.days:g} days; retention of both indexes 7 days (the defaults), so the "
        "indexes should stop growing after the first simulated week and memory should level off.",
        "",
        "| elapsed s | enriched | simulated days | worker RSS MiB | dedup index | novelty index |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in rows:
        lines.append(f"| {s['seconds']:.0f} | {s['enriched']:.0f} | {s['simulated_days']:.1f} | {s['rss_mib']:.0f} | "
                     f"{s['dedup_entries']:.0f} | {s['novelty_entries']:.0f} |")
    # After the first retention window the indexes should be flat; report what memory did from then on.
    after = [s for s in samples if s["simulated_days"] >= 8.0]
    if len(after) > 1:
        grown = after[-1]["rss_mib"] - after[0]["rss_mib"]
        articles = after[-1]["enriched"] - after[0]["enriched"]
        lines += ["", f"After the first simulated week the indexes hold {after[0]['dedup_entries']:.0f} -> "
                  f"{after[-1]['dedup_entries']:.0f} articles and {after[0]['novelty_entries']:.0f} -> "
                  f"{after[-1]['novelty_entries']:.0f} statements, while RSS went {after[0]['rss_mib']:.0f} -> "
                  f"{after[-1]['rss_mib']:.0f} MiB over {articles:.0f} articles "
                  f"({grown * 1024 * 1024 / max(articles, 1):.0f} bytes per article)."]
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    start = text.find(SOAK_BEGIN)
    if start != -1:
        text = text[:start]
    DOC.write_text(text.rstrip() + "\n\n" + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
