"""Worst-case time per pipeline stage on hostile messages (for docs/BENCHMARKS.md).

Each input is one JSON message filled up to the default max message size (``max_message_bytes`` = 1 MiB,
the largest message the worker accepts; larger ones are dead-lettered as ``too_large`` before any parsing).
Every message goes through ``Pipeline.process`` stage by stage (validate, the five enrich stages as reported
by ``enrich(observe=...)``, dedup, novelty/alerts) on a fresh pipeline; each input is run ``--repeat`` times
(default 3) and the slowest run is reported, because a worst case is what this measures.

Prints a Markdown table (seconds per stage, total, statements found: "stmts") and, last, one JSON line.
Usage: python scripts/worst_case.py [--repeat N] [--only NAME[,NAME...]] [--max-bytes N]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.pipeline import (  # noqa: E402
    Analyzers,
    InvalidArticle,
    Pipeline,
    deduplicate,
    enrich,
    new_statement_alert,
    validate,
)

MAX_BYTES = 1 << 20  # the default max_message_bytes
STAGES = ("validate", "normalize", "language", "topics", "statements", "fingerprint", "dedup", "novelty")


def fill(unit: str, max_bytes: int = MAX_BYTES, *, prefix: str = "", suffix: str = "", field: str = "text") -> bytes:
    """The largest ``{"text": prefix + unit * n + suffix}`` message that is at most ``max_bytes``."""

    def payload(n: int) -> bytes:
        return json.dumps({"id": "worst", field: prefix + unit * n + suffix}, ensure_ascii=False).encode()

    lo, hi = 0, max_bytes
    while lo < hi:  # the payload size is monotonic in n
        mid = (lo + hi + 1) // 2
        if len(payload(mid)) <= max_bytes:
            lo = mid
        else:
            hi = mid - 1
    return payload(lo)


def nested_html(max_bytes: int) -> bytes:
    # <div><b><i><span>... nested as deep as fits, text in the middle, all closed.
    opens = "<div><b><i><span class='x'>"
    closes = "</span></i></b></div>"
    pair = len(opens.encode()) + len(closes.encode()) + 8
    depth = (max_bytes - 64) // pair
    text = opens * depth + "Zakharova said Russia would respond." + closes * depth
    while len(json.dumps({"id": "worst", "text": text}, ensure_ascii=False).encode()) > max_bytes:
        depth -= 100
        text = opens * depth + "Zakharova said Russia would respond." + closes * depth
    return json.dumps({"id": "worst", "text": text}, ensure_ascii=False).encode()


def distinct_statements(max_bytes: int) -> bytes:
    # Thousands of distinct attributed statements in one article: the novelty check is per statement.
    parts, size, i = [], 0, 0
    while True:
        sentence = f"Russia will respond to provocation number {i} with force, Zakharova told reporters. "
        size += len(sentence)
        if size > max_bytes - 64:
            break
        parts.append(sentence)
        i += 1
    return json.dumps({"id": "worst", "text": "".join(parts)}).encode()


def guillemets(max_bytes: int) -> bytes:
    n = (max_bytes - 64) // 4  # two bytes each in UTF-8
    return json.dumps({"id": "worst", "text": "\u00ab" * n + "\u00bb" * n}, ensure_ascii=False).encode()


def dissimilar_statements(max_bytes: int) -> bytes:
    # Thousands of statements of one official sharing no word pair: each one is new, so each is compared with
    # every statement stored before it (the novelty index's per-official list).
    import hashlib

    parts, size, i = [], 0, 0
    while True:
        words = " ".join(hashlib.blake2b(f"{i}-{k}".encode(), digest_size=4).hexdigest() for k in range(5))
        sentence = f"Zakharova said that x{words}. "
        size += len(sentence)
        if size > max_bytes - 64:
            break
        parts.append(sentence)
        i += 1
    return json.dumps({"id": "worst", "text": "".join(parts)}).encode()


def renamed_statements(max_bytes: int) -> bytes:
    # Statements of one official alike but for their names: each replaces the names of those before it, so each is
    # new, and each is compared with the similar ones before it, name by name.
    parts, size, i = [], 0, 0
    while True:
        places = " and near ".join(f"Xa{i}b{k}" for k in range(16))
        sentence = f'Zakharova said: "Russia will respond to provocation {i} near {places} with all its force." '
        size += len(json.dumps(sentence)) - 2  # (its quote marks escaped)
        if size > max_bytes - 64:
            break
        parts.append(sentence)
        i += 1
    return json.dumps({"id": "worst", "text": "".join(parts)}).encode()


def deep_json(max_bytes: int) -> bytes:
    return b"[" * (max_bytes // 2) + b"]" * (max_bytes // 2)


def random_bytes(max_bytes: int) -> bytes:
    import random

    return random.Random(7).randbytes(max_bytes)


INPUTS: dict[str, Callable[[int], bytes]] = {
    "1 MiB of 'a' (one token)": lambda m: fill("a", m),
    "1 MiB of '\"' (JSON-escaped)": lambda m: fill('"', m),
    "1 MiB of '«'": lambda m: fill("«", m),
    "1 MiB of '\"«' alternating": lambda m: fill('"«', m),
    "1 MiB of '«' x N then '»' x N": guillemets,
    "'Zakharova said ' x N": lambda m: fill("Zakharova said ", m),
    "'said Zakharova, ' x N": lambda m: fill("said Zakharova, ", m),
    "', - заявила Захарова' x N": lambda m: fill("Россия ответит, - заявила Захарова. ", m),
    "200k tiny sentences 'A b. '": lambda m: fill("A b. ", m),
    "'. ' x N": lambda m: fill(". ", m),
    "'\\n' x N (JSON-escaped)": lambda m: fill("\n", m),
    "similar statements (one official)": distinct_statements,
    "similar statements, other names (one official)": renamed_statements,
    "'1 billion thousand million ' x N": lambda m: fill("1 billion thousand million ", m),
    "dissimilar statements (one official)": dissimilar_statements,
    "nested HTML tags": nested_html,
    "unclosed '<b' x N": lambda m: fill("<b", m),
    "'<' x N": lambda m: fill("<", m),
    "'&#' x N": lambda m: fill("&#", m),
    "'&#x41;' x N": lambda m: fill("&#x41;", m),
    "'&#99999999999' x N": lambda m: fill("&#99999999999", m),
    "mixed Cyrillic/Latin word 'aа' x N": lambda m: fill("aа", m),
    "combining marks 'e\\u0301' x N": lambda m: fill("e\u0301", m),
    "RTL + emoji 'שלום😀 ' x N": lambda m: fill("שלום😀 ", m),
    "CJK '中文' x N": lambda m: fill("中文", m),
    "'!?' x N": lambda m: fill("!?", m),
    "'Mr. ' x N": lambda m: fill("Mr. ", m),
    "'Zakharova: «' x N": lambda m: fill("Zakharova: «", m),
    "'according to Zakharova, ' x N": lambda m: fill("according to Zakharova, ", m),
    "deep JSON '[' x N": deep_json,
    "random bytes": random_bytes,
}


def measure(pipeline: Pipeline, payload: bytes) -> tuple[dict[str, float], int, str]:
    """Seconds per stage, statements found, outcome ("ok" or the dead-letter reason)."""
    times = dict.fromkeys(STAGES, 0.0)
    clock = time.perf_counter
    t0 = clock()
    try:
        raw = validate(payload, max_bytes=pipeline.max_message_bytes)
    except InvalidArticle as exc:
        times["validate"] = clock() - t0
        return times, 0, exc.reason
    times["validate"] = clock() - t0
    when = datetime(2024, 8, 15, tzinfo=timezone.utc)

    def observe(stage: str, seconds: float) -> None:
        times[stage] = seconds

    enrichment = enrich(raw, pipeline.analyzers, ingested_at=when, observe=observe)
    t1 = clock()
    pipeline.dedup.expire(when.timestamp())
    article = deduplicate(enrichment.article, enrichment.fingerprint, pipeline.dedup)
    t2 = clock()
    for statement in article.statements:
        new_statement_alert(article, statement, pipeline.novelty, pipeline.analyzers.watchlist)
    times["dedup"] = t2 - t1
    times["novelty"] = clock() - t2
    return times, len(article.statements), "ok"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="", help="comma-separated substrings of input names")
    parser.add_argument("--max-bytes", type=int, default=MAX_BYTES)
    args = parser.parse_args()
    analyzers = Analyzers.load()
    # Warm-up: lazily loaded models and caches would otherwise be charged to the first input.
    warm = Pipeline(analyzers, max_message_bytes=args.max_bytes, dedup_retention_seconds=60, novelty_window_seconds=60)
    measure(warm, json.dumps({"text": "Zakharova said that Russia would respond to every provocation."}).encode())
    wanted = [w for w in args.only.split(",") if w]
    rows = []
    for name, build in INPUTS.items():
        if wanted and not any(w in name for w in wanted):
            continue
        payload = build(args.max_bytes)
        worst: dict[str, float] = dict.fromkeys(STAGES, 0.0)
        worst_total = 0.0
        for _ in range(args.repeat):
            pipeline = Pipeline(analyzers, max_message_bytes=args.max_bytes, dedup_retention_seconds=7 * 86400,
                                novelty_window_seconds=7 * 86400)
            started = time.perf_counter()
            times, count, outcome = measure(pipeline, payload)
            total = time.perf_counter() - started
            worst = {s: max(worst[s], times[s]) for s in STAGES}
            worst_total = max(worst_total, total)
        rows.append({"input": name, "bytes": len(payload), "outcome": outcome, "found": count,
                     **{s: round(worst[s], 4) for s in STAGES}, "total": round(worst_total, 4)})
        print(f"  measured {name}: {worst_total:.3f} s", file=sys.stderr, flush=True)

    print(f"Worst case per stage, seconds (max of {args.repeat} runs; Python {platform.python_version()}, "
          f"{platform.machine()}, message limit {args.max_bytes} bytes)\n")
    header = ["input", "bytes", "outcome", "stmts", *STAGES, "total"]
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" if h in ("input", "outcome") else "---:" for h in header) + "|")
    for row in rows:
        cells = [row["input"], str(row["bytes"]), row["outcome"], str(row["found"]),
                 *(f"{row[s]:.3f}" for s in STAGES), f"{row['total']:.3f}"]
        print("| " + " | ".join(cells) + " |")
    slowest = max(rows, key=lambda r: r["total"]) if rows else None
    if slowest:
        stage = max(STAGES, key=lambda s: slowest[s])
        print(f"\nSlowest: {slowest['input']} ({slowest['total']:.3f} s, mostly {stage}: {slowest[stage]:.3f} s)")
    print(json.dumps({"max_bytes": args.max_bytes, "repeat": args.repeat, "rows": rows}))


if __name__ == "__main__":
    main()
