"""Realistic synthetic wire articles for ``scripts/bench.py``.

Text comes from the project's own corpora: tests/data/lang_samples.jsonl (16 languages: UDHR article 1, news
paragraphs, headlines), tests/data/dedup_corpus.jsonl (English and Russian wire stories), the valid articles of
streams/data/demo_feed.jsonl and, when present, the real articles in ../shared/sample-articles. Each language's
sentences form a pool; an article is 1.8-4.2 KB of UTF-8 (3 KB on average) of pool sentences in paragraphs of 2-4
sentences, with 15% of the words (characters for CJK; 35% for the languages with small pools) replaced by other
words of the same language, so two
articles never share long runs of words (they must not look like reposts of each other) while every sentence stays
in its language.

* Languages: en 45%, ru 15%, uk 6%, de/fr 5% each, es 4%, it 3%, ja/ko/pl/pt/nl/tr/ar/zh-cn 2% each, zh-tw 1%.
* Statements: 60% of the English, Russian and Ukrainian originals carry a quote ("...," Sergey Lavrov said. /
  «...», — заявил Лавров.) or reported speech (Maria Zakharova said that ...) by a tracked official of
  streams/data/officials.yaml; the quote is a fresh sentence, so it is new to the novelty index (an alert).
* Reposts: 30% of the articles are copies of an earlier original under another id, source and headline, with
  the last paragraph cut and a "Read more" footer added (what aggregators do); the dedup stage must mark them.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED_ARTICLES = ROOT.parent / "shared" / "sample-articles"

LANG_WEIGHTS = {
    "en": 45, "ru": 15, "uk": 6, "de": 5, "fr": 5, "es": 4, "it": 3, "ja": 2, "ko": 2, "pl": 2, "pt": 2, "nl": 2,
    "tr": 2, "ar": 2, "zh-cn": 2, "zh-tw": 1,
}
CJK = {"zh-cn", "zh-tw", "ja"}
REPOST_SHARE = 0.30
STATEMENT_SHARE = 0.60
EDIT_SHARE = 0.15
SMALL_POOL_EDIT_SHARE = 0.35  # languages with fewer than 50 pool sentences (all but en and ru)
SOURCES = ["Global Wire", "Daily Courier", "Eastern Herald", "Baltic Times Online", "Nordic Post", "Capital Report",
           "Pacific Dispatch", "Morning Ledger"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"«A-ZА-ЯІЇЄҐÀ-Ý0-9])|(?<=[。！？])")
_CYR = re.compile(r"[\u0400-\u04ff]")


def _split_sentences(text: str) -> list[str]:
    out = []
    for para in re.split(r"\n\s*\n|\n", text):
        for s in _SENTENCE.split(para.strip()):
            s = s.strip()
            if len(s) >= 12:
                out.append(s)
    return out


def _load_pools() -> dict[str, list[str]]:
    pools: dict[str, list[str]] = defaultdict(list)
    with (ROOT / "tests" / "data" / "lang_samples.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                pools[row["lang"]].extend(_split_sentences(row["text"]))
    with (ROOT / "tests" / "data" / "dedup_corpus.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                pools[row["lang"]].extend(_split_sentences(row["text"]))
    with (ROOT / "streams" / "data" / "demo_feed.jsonl").open(encoding="utf-8") as f:
        for line in f:
            try:
                row = json.loads(line)
            except ValueError:
                continue  # the demo feed has deliberately broken lines
            if isinstance(row, dict) and isinstance(row.get("text"), str) and row.get("lang") in LANG_WEIGHTS:
                pools[row["lang"]].extend(_split_sentences(re.sub(r"<[^>]+>", " ", row["text"])))
    if SHARED_ARTICLES.is_dir():
        for path in sorted(SHARED_ARTICLES.glob("*.txt")):
            pools["en"].extend(_split_sentences(path.read_text(encoding="utf-8")))
    return {lang: sorted(set(sentences)) for lang, sentences in pools.items() if lang in LANG_WEIGHTS}


def _officials() -> list[dict]:
    data = yaml.safe_load((ROOT / "streams" / "data" / "officials.yaml").read_text(encoding="utf-8"))
    return data["officials"]


class ArticleFactory:
    """Deterministic (seeded) stream of raw article dicts, the way a feed would deliver them."""

    def __init__(self, seed: int = 2024, prefix: str = "bench") -> None:
        self.rng = random.Random(seed)
        self.prefix = prefix
        self.pools = _load_pools()
        self.vocab = {
            lang: sorted({w for s in sents for w in (list(s) if lang in CJK else s.split()) if w.strip()})
            for lang, sents in self.pools.items()
        }
        self.langs = list(LANG_WEIGHTS)
        self.weights = [LANG_WEIGHTS[lang] for lang in self.langs]
        self.officials = _officials()
        self.originals: list[dict] = []
        self.count = 0
        self.clock = datetime(2025, 3, 1, 8, 0, tzinfo=timezone.utc)

    # -- text ------------------------------------------------------------------------------------------------
    def _edit(self, sentence: str, lang: str) -> str:
        vocab = self.vocab[lang]
        rng = self.rng
        share = EDIT_SHARE if len(self.pools[lang]) >= 50 else SMALL_POOL_EDIT_SHARE
        if lang in CJK:
            chars = list(sentence)
            for i in range(len(chars)):
                if rng.random() < share and not chars[i] in "。，、！？":
                    chars[i] = rng.choice(vocab)
            return "".join(chars)
        words = sentence.split()
        for i in range(1, len(words) - 1):
            if rng.random() < share:
                words[i] = rng.choice(vocab)
        return " ".join(words)

    def _statement(self, lang: str) -> str:
        rng = self.rng
        official = rng.choice(self.officials)
        quote = self._edit(rng.choice(self.pools[lang]), lang).rstrip(".!?\"»").strip("\"«» ")
        female = official.get("gender") == "f"
        if lang == "en":
            name = official["name"]
            if rng.random() < 0.3:
                return f"{name} said that {quote[0].lower() + quote[1:]}."
            return f"\"{quote},\" {name} said on {rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday'])}."
        cyrillic = [a for a in official.get("aliases", []) if _CYR.search(a) and " " in a] or [official["name"]]
        name = rng.choice(cyrillic)
        if lang == "ru":
            verb = "заявила" if female else "заявил"
        else:
            verb = "заявила" if female else "заявив"
        return f"«{quote}», — {verb} {name}."

    def _body(self, lang: str) -> tuple[str, str]:
        rng = self.rng
        pool = self.pools[lang]
        target = rng.randint(1800, 4200)
        sep = "" if lang in CJK else " "
        paragraphs: list[str] = []
        size = 0
        while size < target:
            para = sep.join(self._edit(rng.choice(pool), lang) for _ in range(rng.randint(2, 4)))
            paragraphs.append(para)
            size += len(para.encode("utf-8")) + 2
        if lang in ("en", "ru", "uk") and rng.random() < STATEMENT_SHARE:
            paragraphs.insert(rng.randint(1, min(2, len(paragraphs))), self._statement(lang))
        title = self._edit(rng.choice(pool), lang)[:90]
        return title, "\n\n".join(paragraphs)

    # -- articles ----------------------------------------------------------------------------------------------
    def next(self) -> dict:
        rng = self.rng
        self.count += 1
        self.clock += timedelta(seconds=rng.randint(1, 30))
        article_id = f"{self.prefix}-{self.count:07d}"
        source = rng.choice(SOURCES)
        if self.originals and rng.random() < REPOST_SHARE:
            original = rng.choice(self.originals[-500:])
            paragraphs = original["text"].split("\n\n")
            if len(paragraphs) > 3:
                paragraphs = paragraphs[:-1]
            paragraphs.append(f"Read more: https://{source.lower().replace(' ', '')}.example/{article_id}")
            article = {**original, "id": article_id, "source": source, "title": "UPDATE: " + original["title"],
                       "url": f"https://{source.lower().replace(' ', '')}.example/{article_id}",
                       "published_at": self.clock.isoformat(), "text": "\n\n".join(paragraphs)}
            article["repost_of"] = original["id"]
            return article
        lang = rng.choices(self.langs, self.weights)[0]
        title, text = self._body(lang)
        article = {
            "id": article_id,
            "url": f"https://{source.lower().replace(' ', '')}.example/{article_id}",
            "title": title,
            "source": source,
            "published_at": self.clock.isoformat(),
            "text": text,
        }
        if rng.random() < 0.5:
            article["lang"] = lang  # the publisher's hint, as half of real feeds give it
        self.originals.append(article)
        return article

    def payloads(self, n: int) -> list[tuple[str, bytes, dict]]:
        """``n`` articles as (id, JSON bytes, the dict) -- the "repost_of" marker travels as an extra field."""
        out = []
        for _ in range(n):
            article = self.next()
            out.append((article["id"], json.dumps(article, ensure_ascii=False).encode("utf-8"), article))
        return out
