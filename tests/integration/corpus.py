"""A deterministic synthetic feed for the reliability tests: distinct stories, reposts, statements, bad input.

Stories are random sentences over the vocabulary of the project's dedup corpus, so two stories share almost
no word 5-grams; reposts are edited copies (new headline, footer, cut tail, retyped words); a share of
stories quote tracked officials with sentences of their own.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "data" / "dedup_corpus.jsonl"
SPEAKERS = ("Zakharova", "Lavrov", "Peskov", "Podolyak", "Kuleba", "Guterres")


@dataclass(frozen=True)
class FeedItem:
    id: str
    payload: bytes
    kind: str  # "story" | "repost" | "invalid"
    original: str | None = None


def _vocabulary() -> list[str]:
    words: set[str] = set()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        words.update(w for w in re.findall(r"[A-Za-z]{3,}", json.loads(line)["text"]) if w.islower())
    return sorted(words)


def _sentence(rng: random.Random, vocab: list[str], n: int) -> str:
    words = [rng.choice(vocab) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def _story(rng: random.Random, vocab: list[str], index: int) -> tuple[str, str]:
    paragraphs = []
    for _ in range(rng.randint(4, 6)):
        paragraphs.append(" ".join(_sentence(rng, vocab, rng.randint(10, 18)) for _ in range(rng.randint(2, 4))))
    if index % 3 == 0:  # a third of the stories carry a quote by a tracked official
        speaker = SPEAKERS[index % len(SPEAKERS)]
        quote = _sentence(rng, vocab, 14)[:-1]
        paragraphs.insert(1, f'"{quote}," {speaker} said on {rng.choice(["Monday", "Tuesday", "Friday"])}.')
    title = _sentence(rng, vocab, 7)[:-1]
    return title, "\n\n".join(paragraphs)


def _repost(rng: random.Random, title: str, text: str) -> tuple[str, str]:
    paragraphs = text.split("\n\n")
    variant = rng.randrange(3)
    if variant == 0:
        paragraphs = paragraphs[: max(2, len(paragraphs) * 2 // 3)] + ["Related Post", "Leave a Reply"]
    elif variant == 1:
        paragraphs = [title] + paragraphs + ["Share this:", "© 2024 Example Media. All rights reserved."]
    else:
        paragraphs = [p.replace(" the ", " a ", 1) for p in paragraphs]
    return f"{rng.choice(['BREAKING', 'UPDATE', 'WORLD'])}: {title}", "\n\n".join(paragraphs)


def make_feed(n: int, *, seed: int = 7, repost_share: float = 0.3, invalid_share: float = 0.02) -> list[FeedItem]:
    """``n`` messages; reposts always come after their original in the list."""
    rng = random.Random(seed)
    vocab = _vocabulary()
    items: list[FeedItem] = []
    stories: list[tuple[str, str, str]] = []
    for i in range(n):
        roll = rng.random()
        if roll < invalid_share:
            payload = rng.choice(['{{"id": "bad-{i}", not json', '[1, 2, {i}]', '{{"id": "bad-{i}", "title": "no text"}}'])
            items.append(FeedItem(f"bad-{i}", payload.format(i=i).encode(), "invalid"))
        elif roll < invalid_share + repost_share and stories:
            original_id, title, text = rng.choice(stories[-200:])
            new_title, new_text = _repost(rng, title, text)
            doc = {"id": f"repost-{i}", "title": new_title, "text": new_text, "source": f"outlet-{i % 17}"}
            items.append(FeedItem(doc["id"], json.dumps(doc).encode(), "repost", original_id))
        else:
            title, text = _story(rng, vocab, i)
            doc = {"id": f"story-{i}", "title": title, "text": text, "source": f"agency-{i % 5}"}
            stories.append((doc["id"], title, text))
            items.append(FeedItem(doc["id"], json.dumps(doc).encode(), "story"))
    return items
