"""Benchmark repost detection: throughput per core and memory per indexed article.

Synthetic articles: ~400 words (330-470) drawn from a 60,000-word vocabulary with Zipfian frequencies
(s = 1.07, close to English), split into paragraphs of 40-80 words.  Text generation is excluded from
every timing.  Single-threaded, so ops/s is per core.

Phases:
1. index N articles (default 100,000) with ``fingerprint`` + ``DedupIndex.check_and_add`` on a
   ``MemoryFingerprintStore``; time only those calls.  Memory per article = deep size of the store
   (numpy buffers, dicts, lists, id strings; each object once) / N; the process RSS growth is
   printed too (it also holds allocator slack and the module's bounded token cache).
2. with N indexed, time fingerprint + check_and_add for Q more articles (half new, half reposts of
   indexed ones with a tail cut and a few words edited) -- the throughput target.

Prints a human summary and, last, one JSON line.
Usage: python scripts/bench_dedup.py [N] [Q]
"""

from __future__ import annotations

import gc
import json
import sys
import time
import os
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from streams.analytics.dedup import DedupIndex, MemoryFingerprintStore  # noqa: E402
from streams.analytics.fingerprint import _TOKEN_CACHE, fingerprint  # noqa: E402

VOCAB = 60_000
ZIPF_S = 1.07


def make_vocab(rng: np.random.Generator) -> list[str]:
    syll = ["ka", "to", "ri", "men", "sa", "lo", "ver", "dan", "el", "mi", "nor", "pre", "st", "ion", "al",
            "ur", "be", "co", "di", "gra", "th", "an", "es", "qu", "ol", "im", "port", "ex", "se", "lu"]
    words: set[str] = set()
    while len(words) < VOCAB:
        n = int(rng.integers(1, 5))
        words.add("".join(syll[i] for i in rng.integers(0, len(syll), n)))
    return sorted(words, key=lambda w: (len(w), w))  # short words get the frequent ranks


class ArticleGen:
    def __init__(self, seed: int = 7) -> None:
        self.rng = np.random.default_rng(seed)
        self.vocab = np.array(make_vocab(self.rng), dtype=object)
        p = 1.0 / np.arange(1, VOCAB + 1) ** ZIPF_S
        self.cdf = np.cumsum(p / p.sum())

    def article(self) -> str:
        n = int(self.rng.integers(330, 471))
        idx = np.minimum(np.searchsorted(self.cdf, self.rng.random(n)), VOCAB - 1)
        words = self.vocab[idx].tolist()
        paras, i = [], 0
        while i < n:
            k = int(self.rng.integers(40, 81))
            paras.append(" ".join(words[i : i + k]).capitalize() + ".")
            i += k
        return "\n\n".join(paras)

    def repost(self, text: str) -> str:
        words = text.split(" ")
        words = words[: int(len(words) * 0.7)]
        for i in self.rng.integers(0, len(words), 4).tolist():
            words[i] = "edited"
        return "Republished: " + " ".join(words)


def deep_sizeof(obj: object) -> int:
    """Bytes of ``obj`` and everything it references (each object counted once)."""
    seen: set[int] = set()
    total = 0
    stack = [obj]
    while stack:
        o = stack.pop()
        if id(o) in seen:
            continue
        seen.add(id(o))
        if isinstance(o, np.ndarray):
            total += sys.getsizeof(o) + (o.nbytes if o.base is not None else 0)
            continue
        total += sys.getsizeof(o)
        if isinstance(o, dict):
            stack.extend(o.keys())
            stack.extend(o.values())
        elif isinstance(o, (list, tuple, set)):
            stack.extend(o)
        elif hasattr(o, "__dict__"):
            stack.extend(vars(o).values())
    return total


def _rss_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    q = int(sys.argv[2]) if len(sys.argv) > 2 else 5_000
    gen = ArticleGen()
    index = DedupIndex(MemoryFingerprintStore())
    kept: list[str] = []  # a few originals to repost in phase 2

    # -- phase 1: build the index ------------------------------------------------------------------
    gc.collect()
    rss0 = _rss_bytes()
    busy = 0.0
    dups = 0
    for i in range(n):
        text = gen.article()
        if i % max(1, n // 1000) == 0:
            kept.append(text)
        t = time.perf_counter()
        d = index.check_and_add(f"art-{i:08d}", fingerprint(text), 1_700_000_000.0 + i)
        busy += time.perf_counter() - t
        dups += d.duplicate_of is not None
    gc.collect()
    rss_delta = _rss_bytes() - rss0
    retained = deep_sizeof(index.store)
    per_article = retained / n
    print(f"phase 1: indexed {n} articles ({dups} flagged duplicate): {n / busy:.0f} ops/s on average "
          f"while the index grew")
    print(f"memory: store holds {retained / 2**20:.1f} MiB = {per_article:.0f} bytes/article "
          f"(deep size of every object it references, ids included); process RSS grew "
          f"{rss_delta / 2**20:.1f} MiB = {rss_delta / n:.0f} bytes/article (includes allocator slack "
          f"and the token cache of {len(_TOKEN_CACHE)} tokens)")

    # -- phase 2: throughput with n indexed ------------------------------------------------------------
    texts, expect = [], []
    for j in range(q):
        if j % 2:
            texts.append(gen.repost(kept[j % len(kept)]))
            expect.append(True)
        else:
            texts.append(gen.article())
            expect.append(False)
    fp_time = 0.0
    total = 0.0
    correct = 0
    for j, text in enumerate(texts):
        t0 = time.perf_counter()
        fp = fingerprint(text)
        t1 = time.perf_counter()
        d = index.check_and_add(f"q-{j:08d}", fp, 1_700_000_000.0 + n + j)
        t2 = time.perf_counter()
        fp_time += t1 - t0
        total += t2 - t0
        correct += (d.duplicate_of is not None) == expect[j]
    result = {
        "indexed": n,
        "queries": q,
        "ops_per_sec": round(q / total),
        "fingerprint_per_sec": round(q / fp_time),
        "lookup_add_per_sec": round(q / (total - fp_time)),
        "mean_op_us": round(total / q * 1e6, 1),
        "bytes_per_article": round(per_article),
        "query_accuracy": correct / q,
    }
    print(f"phase 2: {q} fingerprint+check_and_add with {n} indexed: {result['ops_per_sec']} ops/s per core "
          f"(fingerprint alone {result['fingerprint_per_sec']}/s, lookup+add alone "
          f"{result['lookup_add_per_sec']}/s); reposts/new classified correctly: {correct}/{q}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
