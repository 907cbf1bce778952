#!/usr/bin/env python3
"""Accuracy and speed of ``streams.analytics.language.detect_language`` on tests/data/lang_samples.jsonl.

The sample set has, per language, Article 1 of the Universal Declaration of Human Rights (the unicode.org/udhr
translations, kind "udhr"), news-style paragraphs ("paragraph") and headlines ("headline"); the English paragraphs
include two from the real articles in ../shared/sample-articles.

    python scripts/eval_language.py              # per-language / per-kind accuracy, ms per article
    python scripts/eval_language.py --sweep      # accuracy and cost against the prefix length
    python scripts/eval_language.py --errors     # list every miss
    python scripts/eval_language.py --samples tests/data/lang_cyrillic.jsonl   # 11 Cyrillic languages

A result of "und" counts as a miss.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.analytics import language  # noqa: E402
from streams.analytics.language import detect_language  # noqa: E402

SAMPLES = ROOT / "tests" / "data" / "lang_samples.jsonl"
ARTICLES = ROOT.parent / "shared" / "sample-articles"
SWEEP = (50, 100, 150, 200, 300, 400, 600, 800, 1000, 1500, 3000)


def load_samples(path: Path = SAMPLES) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def long_documents(samples: list[dict[str, str]]) -> list[dict[str, str]]:
    """Per language, every rotation of its samples joined into one multi-paragraph document."""
    by_lang: dict[str, list[str]] = defaultdict(list)
    for s in samples:
        by_lang[s["lang"]].append(s["text"])
    docs = []
    for lang, texts in by_lang.items():
        for k in range(len(texts)):
            rotated = texts[k:] + texts[:k]
            docs.append({"lang": lang, "kind": "document", "text": "\n\n".join(rotated)})
    return docs


def evaluate(samples: list[dict[str, str]]) -> tuple[dict[str, list[bool]], list[tuple[dict[str, str], str]]]:
    results: dict[str, list[bool]] = defaultdict(list)
    errors = []
    for s in samples:
        got = detect_language(s["text"]).lang
        results[s["lang"]].append(got == s["lang"])
        if got != s["lang"]:
            errors.append((s, got))
    return results, errors


def accuracy(flags: list[bool]) -> float:
    return sum(flags) / len(flags) if flags else float("nan")


def article_3kb() -> str:
    files = sorted(ARTICLES.glob("*.txt"))
    text = max((p.read_text(encoding="utf-8") for p in files), key=len) if files else ""
    while len(text) < 3000:
        text += "\n\n" + text
    return text[:3000]


def ms_per_call(texts: list[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for t in texts:
            detect_language(t)
        best = min(best, (time.perf_counter() - start) / len(texts))
    return best * 1000


def report(samples: list[dict[str, str]], show_errors: bool) -> None:
    detect_language("warm up: load the profiles once")
    per_lang, errors = evaluate(samples)
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for s in samples:
        by_kind[s["kind"]].append(detect_language(s["text"]).lang == s["lang"])
    print(f"prefix {language.PREFIX_CHARS} chars, min confidence {language.MIN_CONFIDENCE}")
    print(f"{'lang':8} {'n':>3} {'accuracy':>9}")
    for lang in sorted(per_lang):
        print(f"{lang:8} {len(per_lang[lang]):>3} {accuracy(per_lang[lang]):>9.3f}")
    everything = [f for flags in per_lang.values() for f in flags]
    print(f"{'overall':8} {len(everything):>3} {accuracy(everything):>9.3f}")
    for kind in sorted(by_kind):
        print(f"  kind={kind:10} n={len(by_kind[kind]):>3} accuracy={accuracy(by_kind[kind]):.3f}")
    docs = long_documents(samples)
    doc_flags = [detect_language(d["text"]).lang == d["lang"] for d in docs]
    print(f"  multi-paragraph documents n={len(docs)} accuracy={accuracy(doc_flags):.3f}")
    article = article_3kb()
    print(f"ms per 3 KB English article: {ms_per_call([article] * 200):.3f}")
    print(f"ms per sample (mean over the set): {ms_per_call([s['text'] for s in samples]):.3f}")
    if show_errors or errors:
        print("misses:")
        for s, got in errors:
            print(f"  {s['lang']:>6} -> {got:<6} [{s['kind']}] {s['text'][:70]}")


def sweep(samples: list[dict[str, str]]) -> None:
    detect_language("warm up: load the profiles once")
    docs = long_documents(samples)
    article = article_3kb()
    original = language.PREFIX_CHARS
    print(f"{'prefix':>6} {'samples':>8} {'paragraphs':>10} {'documents':>9} {'doc conf':>8} {'conf<.99':>8} {'ms/3KB':>7}")
    try:
        for n in SWEEP:
            language.PREFIX_CHARS = n
            flags = [detect_language(s["text"]).lang == s["lang"] for s in samples]
            para = [
                detect_language(s["text"]).lang == s["lang"] for s in samples if s["kind"] in ("udhr", "paragraph")
            ]
            guesses = [(detect_language(d["text"]), d["lang"]) for d in docs]
            doc = [g.lang == lang for g, lang in guesses]
            conf = statistics.mean(g.confidence for g, _ in guesses)
            unsure = sum(g.confidence < 0.99 for g, _ in guesses) / len(guesses)
            cost = statistics.median(ms_per_call([article] * 50, repeat=1) for _ in range(3))
            print(
                f"{n:>6} {accuracy(flags):>8.3f} {accuracy(para):>10.3f} {accuracy(doc):>9.3f} {conf:>8.4f}"
                f" {unsure:>8.3f} {cost:>7.3f}"
            )
    finally:
        language.PREFIX_CHARS = original


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="accuracy and cost against the prefix length")
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument("--samples", type=Path, default=SAMPLES)
    args = parser.parse_args(argv)
    samples = load_samples(args.samples)
    if args.sweep:
        sweep(samples)
    else:
        report(samples, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
