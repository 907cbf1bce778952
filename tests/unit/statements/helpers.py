"""What the statement tests share: the extractor's output as (official, kind, text) triples, and a light normaliser."""

from __future__ import annotations

from streams.analytics.officials import Watchlist
from streams.analytics.statements import extract_statements


TYPOGRAPHIC = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'"})


def extract(text: str, watchlist: Watchlist, lang: str | None = None) -> list[tuple[str, str, str]]:
    return [(s.official_id, s.kind, s.text) for s in extract_statements(text, watchlist, lang)]


def clean_sample(title: str, body: str) -> str:
    """Light stand-in for the normaliser: one paragraph per line, title repeats dropped, ASCII quotes."""
    lines = [" ".join(line.split()) for line in body.splitlines() if line.strip()]
    title = title.strip() or (lines[0] if lines else "")
    return "\n\n".join(line for line in lines if line != title).translate(TYPOGRAPHIC)
