"""Evaluate repost detection (streams.analytics.dedup) on real and hand-written news articles.

Corpus: /work/shared/sample-articles/*.txt (real wire copy; several are different outlets' reports of
the same events) plus tests/data/dedup_corpus.jsonl (22 articles, EN and RU, eight of them pairs of
independent reports of the same event sharing names, figures and one verbatim quoted sentence).

For every base article the stream contains its canonical copy and one repost per edit kind (below),
at random later times, shuffled together with all other articles, and fed through ``DedupIndex``.
Half of the canonicals carry an agency footer, so "footer_removed" has something to remove.

Metric, per article:
* a repost is a true positive if ``duplicate_of`` is its canonical's id, a false negative if it is
  ``None`` and both a false positive and a false negative if it names another cluster;
* a canonical (any base article, including the same-event partner of another) flagged as duplicate
  is a false positive.
precision = TP / (TP + FP), recall = TP / reposts.

Two modes are measured: "fresh" (fingerprints straight from ``fingerprint()``, memory store: the
offline pipeline) and "wire" (fingerprints round-tripped through JSON, store over JSON-round-tripping
dicts: what the Faust worker sees).  ``run_evaluation()`` returns the worst of both at top level.

Usage: python scripts/eval_dedup.py [--sweep]
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from streams.analytics.dedup import DedupIndex, MappingFingerprintStore, MemoryFingerprintStore  # noqa: E402
from streams.analytics.fingerprint import Fingerprint, compare, fingerprint  # noqa: E402

SAMPLE_DIR = ROOT.parent / "shared" / "sample-articles"
CORPUS = ROOT / "tests" / "data" / "dedup_corpus.jsonl"

FOOTERS = {
    "en": "(Reporting by Anna Keller; additional reporting by Tom Briggs; editing by Mark Heinrich) "
          "Copyright 2024 Global Wire Service. All rights reserved. This material may not be published, "
          "broadcast, rewritten or redistributed without permission.",
    "ru": "Все права защищены. Любое использование материалов допускается только с согласия редакции. "
          "Подписывайтесь на наш канал, чтобы первыми узнавать главные новости дня.",
}
PREFIXES = ["UPDATE 2-", "EXCLUSIVE: ", "BREAKING: ", "WRAPUP 1-", "REFILE-"]
FILLER = {
    "en": ["reportedly", "also", "stated", "officials", "week", "major", "new", "local", "recent", "large"],
    "ru": ["также", "заявил", "сообщили", "новый", "крупный", "недавно", "местные", "власти", "около", "уже"],
}


def load_articles() -> list[dict[str, str]]:
    """Base articles: id, lang, event, title, text (paragraphs separated by blank lines)."""
    out: list[dict[str, str]] = []
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n|\n", body)]
        text = "\n\n".join(p for p in paras if p and p != title.strip())
        out.append({"id": f"sample-{path.stem}", "lang": "en", "event": "sample",
                    "title": title.strip(), "text": text})
    with CORPUS.open(encoding="utf-8") as fh:
        out.extend(json.loads(line) for line in fh if line.strip())
    return out


# -- edits: (canonical text, article, rng) -> repost text ----------------------------------------
def _paras(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _cut_tail(text: str, keep: float) -> str:
    words = text.split(" ")
    return " ".join(words[: max(1, int(len(words) * keep))])


def _retype_quotes(text: str, lang: str) -> str:
    if lang == "ru":
        text = re.sub(r'"([^"]*)"', "«\\1»", text)
    else:
        text = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text)
    return text.replace("'", "\u2019").replace(" - ", " \u2014 ")


def _edit_words(text: str, lang: str, rng: random.Random, fraction: float) -> str:
    words = text.split(" ")
    n = max(3, int(len(words) * fraction))
    filler = FILLER.get(lang, FILLER["en"])
    for i in sorted(rng.sample(range(len(words)), n), reverse=True):
        op = rng.random()
        if op < 0.4:
            words[i] = rng.choice(filler)  # substitution
        elif op < 0.7:
            words.insert(i, rng.choice(filler))  # insertion
        else:
            del words[i]  # deletion
    return " ".join(words)


def _whitespace_case(text: str, rng: random.Random) -> str:
    text = text.replace("\n\n", "\n").replace(". ", ".  ")
    return text.upper() if rng.random() < 0.5 else text.lower()


def _without_footer(text: str, art: dict[str, str]) -> str:
    footer = FOOTERS.get(art["lang"], FOOTERS["en"])
    return text[: -len(footer)].rstrip() if text.endswith(footer) else text


EDITS: dict[str, Callable[[str, dict[str, str], random.Random], str]] = {
    "exact": lambda t, a, r: t,
    "headline_prefixed": lambda t, a, r: f"{r.choice(PREFIXES)}{a['title']}\n\n{t}",
    "headline_changed": lambda t, a, r: f"{a['title'].upper()} - {r.choice(['sources', 'report', 'live'])}\n\n{t}",
    "title_repeated": lambda t, a, r: f"{a['title']}\n\n{a['title']}\n\n{t}",
    "footer_added": lambda t, a, r: f"{t}\n\nThis story was originally published by a partner agency and is "
                                    f"republished here with permission. Follow us for more updates.",
    "footer_removed": lambda t, a, r: _without_footer(t, a),
    "tail_cut_40": lambda t, a, r: _cut_tail(t, 0.6),
    "lede_cut": lambda t, a, r: "\n\n".join(_paras(t)[1:]),
    "quotes_retyped": lambda t, a, r: _retype_quotes(t, a["lang"]),
    "words_edited": lambda t, a, r: _edit_words(t, a["lang"], r, 0.02),
    "words_edited_5pct": lambda t, a, r: _edit_words(t, a["lang"], r, 0.05),
    "lede_and_tail_cut": lambda t, a, r: _cut_tail("\n\n".join(_paras(t)[1:]), 0.6),
    "whitespace_case": lambda t, a, r: _whitespace_case(t, r),
    "combined": lambda t, a, r: _edit_words(
        _retype_quotes(f"{r.choice(PREFIXES)}{a['title']}\n\n" + _cut_tail("\n\n".join(_paras(t)[1:]), 0.75),
                       a["lang"]), a["lang"], r, 0.02),
}
CHAIN = "chain"  # a repost of the "words_edited" repost, with a footer: must resolve to the canonical
SHARED = "shared_paragraph"  # hard negative, see build_stream
NEGATIVE_KINDS = ("original", SHARED)


def build_stream(articles: list[dict[str, str]], seed: int) -> list[tuple[float, str, str, str | None, str]]:
    """(seen_at, id, text, expected duplicate_of, kind) for every canonical and repost, time-ordered.

    Of each same-event pair, the report published second also reuses one paragraph (background or a
    quote paragraph) of the first one -- a hard negative that must stay "new" (kind "shared_paragraph");
    its own reposts are built from that text and must resolve to it.
    """
    rng = random.Random(seed)
    start = {art["id"]: rng.uniform(0, 86400) for art in articles}
    by_event: dict[str, list[dict[str, str]]] = defaultdict(list)
    for art in articles:
        by_event[art["event"]].append(art)
    donor: dict[str, dict[str, str]] = {}
    for event, group in sorted(by_event.items()):
        if event != "sample" and len(group) == 2:
            first, second = sorted(group, key=lambda a: start[a["id"]])
            donor[second["id"]] = first
    events: list[tuple[float, str, str, str | None, str]] = []
    for n, art in enumerate(articles):
        cid = f"s{seed}-{art['id']}"
        text = art["text"]
        kind0 = "original"
        if art["id"] in donor:
            paras = _paras(text)
            paras.insert(rng.randrange(1, len(paras)), rng.choice(_paras(donor[art["id"]]["text"])))
            text = "\n\n".join(paras)
            kind0 = SHARED
        if n % 2 == 1:  # half the canonicals carry an agency footer
            text = f"{text}\n\n{FOOTERS.get(art['lang'], FOOTERS['en'])}"
        t0 = start[art["id"]]
        events.append((t0, cid, text, None, kind0))
        edited = ""
        for kind, edit in EDITS.items():
            if kind == "footer_removed" and n % 2 == 0:
                continue
            repost = edit(text, art, rng)
            if kind == "words_edited":
                edited = repost
            events.append((t0 + rng.uniform(60, 6 * 3600), f"{cid}~{kind}", repost, cid, kind))
        chained = f"{edited}\n\nRead more stories like this on our website and subscribe to our newsletter."
        events.append((t0 + 6 * 3600 + rng.uniform(60, 3600), f"{cid}~{CHAIN}", chained, cid, CHAIN))
    events.sort(key=lambda e: (e[0], e[1]))
    return events


class JsonDict(MutableMapping[str, Any]):
    """A dict that round-trips every value through JSON, like a Faust table does."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}

    def __getitem__(self, key: str) -> Any:
        return json.loads(self._data[key])

    def __setitem__(self, key: str, value: Any) -> None:
        self._data[key] = json.dumps(value)

    def __delitem__(self, key: str) -> None:
        del self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


def _evaluate_mode(articles: list[dict[str, str]], mode: str, seeds: tuple[int, ...]) -> dict[str, Any]:
    per_kind: dict[str, dict[str, int]] = defaultdict(lambda: {"n": 0, "tp": 0, "fp": 0})
    errors: list[str] = []
    for seed in seeds:
        if mode == "wire":
            index = DedupIndex(MappingFingerprintStore(JsonDict(), JsonDict(), JsonDict()))
        else:
            index = DedupIndex(MemoryFingerprintStore())
        for seen_at, aid, text, expected, kind in build_stream(articles, seed):
            fp = fingerprint(text)
            if mode == "wire":
                fp = Fingerprint.from_json(json.loads(json.dumps(fp.to_json())))
            got = index.check_and_add(aid, fp, seen_at).duplicate_of
            stats = per_kind[kind]
            stats["n"] += 1
            if expected is not None and got == expected:
                stats["tp"] += 1
            elif got is not None:
                stats["fp"] += 1
            if got != expected:
                errors.append(f"{aid}: expected {expected}, got {got}")
    tp = sum(s["tp"] for s in per_kind.values())
    fp = sum(s["fp"] for s in per_kind.values())
    reposts = sum(s["n"] for k, s in per_kind.items() if k not in NEGATIVE_KINDS)
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / reposts if reposts else 1.0,
        "reposts": reposts,
        "originals": per_kind["original"]["n"] + per_kind[SHARED]["n"],
        "false_positives": fp,
        "per_kind": {k: {"n": s["n"], "recall": (s["tp"] / s["n"]) if k not in NEGATIVE_KINDS else None,
                         "false_positives": s["fp"]} for k, s in sorted(per_kind.items())},
        "errors": errors,
    }


def run_evaluation(seeds: tuple[int, ...] = (0, 1, 2)) -> dict[str, Any]:
    """Run both modes; top-level precision/recall are the worse of the two."""
    articles = load_articles()
    modes = {mode: _evaluate_mode(articles, mode, seeds) for mode in ("fresh", "wire")}
    return {
        "articles": len(articles),
        "precision": min(m["precision"] for m in modes.values()),
        "recall": min(m["recall"] for m in modes.values()),
        "modes": modes,
    }


def sweep(seed: int = 0) -> dict[str, Any]:
    """Similarity of every repost to its canonical vs. of every pair of distinct base articles."""
    articles = load_articles()
    stream = build_stream(articles, seed)
    fps = {aid: fingerprint(text) for _, aid, text, _, _ in stream}
    pos = [(kind, compare(fps[aid], fps[exp])) for _, aid, _, exp, kind in stream if exp]
    ids = [aid for _, aid, _, exp, _ in stream if exp is None]
    event = {f"s{seed}-{a['id']}": a["event"] for a in articles}
    neg_same, neg_other = [], []
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            sim = compare(fps[a], fps[b])
            (neg_same if event[a] == event[b] else neg_other).append(sim)
    wire = {aid: Fingerprint.from_json(fp.to_json()) for aid, fp in fps.items()}
    pos_wire = [compare(wire[aid], wire[exp]) for _, aid, _, exp, _ in stream if exp]
    by_kind: dict[str, float] = {}
    for kind, sim in pos:
        by_kind[kind] = min(by_kind.get(kind, 1.0), sim.containment)
    return {
        "min_containment_repost_by_kind": by_kind,
        "min_jaccard_repost": min(s.jaccard for _, s in pos),
        "min_containment_repost_wire": min(s.containment for s in pos_wire),
        "min_jaccard_repost_wire": min(s.jaccard for s in pos_wire),
        "max_containment_same_event": max(s.containment for s in neg_same),
        "max_jaccard_same_event": max(s.jaccard for s in neg_same),
        "max_containment_unrelated": max(s.containment for s in neg_other),
    }


def main() -> None:
    result = run_evaluation()
    for mode, res in result["modes"].items():
        print(f"[{mode}] precision={res['precision']:.4f} recall={res['recall']:.4f} "
              f"reposts={res['reposts']} originals={res['originals']} false_positives={res['false_positives']}")
        for kind, s in res["per_kind"].items():
            rec = "" if s["recall"] is None else f" recall={s['recall']:.3f}"
            print(f"    {kind:18s} n={s['n']:4d}{rec} fp={s['false_positives']}")
        for err in res["errors"][:20]:
            print("    miss:", err)
    if "--sweep" in sys.argv:
        print(json.dumps(sweep(), indent=1))
    print(json.dumps({"precision": result["precision"], "recall": result["recall"], "articles": result["articles"]}))


if __name__ == "__main__":
    main()
