#!/usr/bin/env python3
"""The worker's stages in process, without Kafka: what the analysis alone costs on this machine.

Runs ``streams.pipeline.Pipeline`` (the worker's stages in its order: validate, enrich, dedup, novelty, with
in-memory state) over N ``bench_articles.py`` articles in P processes started together, each with its own
articles and state, after a warm-up of 300 articles each. Prints one JSON line: CPU ms per article and
articles/s of each process, and the articles/s of all of them together.

One process is the ceiling of one worker's end-to-end throughput here (the worker does this work plus Faust's
and Kafka's); two processes at once show how far this machine's cores scale CPU-bound Python by themselves.

    python scripts/bench_pipeline.py [--articles 4000] [--processes 1]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

WARMUP_ARTICLES = 300
WEEK_SECONDS = 7 * 86400


def _run(index: int, articles: int, start: mp.Barrier, results: mp.Queue) -> None:
    from bench_articles import ArticleFactory
    from streams.pipeline import Analyzers, Pipeline

    payloads = [p for _, p, _ in ArticleFactory(seed=500 + index, prefix=f"pl{index}").payloads(
        WARMUP_ARTICLES + articles)]
    pipeline = Pipeline(Analyzers.load(), max_message_bytes=1 << 20, dedup_retention_seconds=WEEK_SECONDS,
                        novelty_window_seconds=WEEK_SECONDS)
    for payload in payloads[:WARMUP_ARTICLES]:
        pipeline.process(payload)
    start.wait()
    cpu, wall = time.process_time(), time.perf_counter()
    for payload in payloads[WARMUP_ARTICLES:]:
        pipeline.process(payload)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    results.put({"cpu_ms_per_article": round(1000 * cpu / articles, 3),
                 "articles_per_second": round(articles / wall, 1), "seconds": round(wall, 2)})


def measure(articles: int, processes: int) -> dict[str, object]:
    """``processes`` pipelines started together over ``articles`` articles each."""
    context = mp.get_context("spawn")  # each process loads its own profiles, as a worker does
    start, results = context.Barrier(processes), context.Queue()
    children = [context.Process(target=_run, args=(i, articles, start, results)) for i in range(processes)]
    for child in children:
        child.start()
    runs = [results.get(timeout=600) for _ in children]
    for child in children:
        child.join()
    return {"processes": processes, "articles": articles, "runs": runs,
            "articles_per_second": round(processes * articles / max(r["seconds"] for r in runs), 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    print(json.dumps(measure(args.articles, args.processes)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
