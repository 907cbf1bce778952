"""The statement record and the limits that bound the work on any text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


#: Quotes with fewer words are scare quotes ("loans", "just peace"), not statements.
MIN_QUOTE_WORDS = 4
#: Reported clauses with fewer words carry no statement.
MIN_REPORTED_WORDS = 4
#: A sentence with more characters outside its quotes is not prose and is not searched for attributions
#: (real sentences, even long wire-copy ones, stay under ~800; quotes themselves may be any length).
MAX_FRAME_CHARS = 3000
#: At most this many statements per text, the first ones in text order. A briefing transcript has a few dozen;
#: thousands are hostile input, and each one costs a novelty check (and possibly an alert) downstream.
MAX_STATEMENTS = 200


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement attributed to a tracked official.

    ``text`` is the quote's words without the quote marks (``kind="quote"``) or the reported clause
    (``kind="reported"``), whitespace collapsed. ``start``/``end`` are the offsets of the sentence(s)
    carrying it in the input text. ``recalled``: the writer recalls it as said before ("Ранее Путин заявлял,
    что ...", "had said"), background rather than news.
    """

    official_id: str
    text: str
    kind: Literal["quote", "reported"]
    start: int
    end: int
    recalled: bool = False
