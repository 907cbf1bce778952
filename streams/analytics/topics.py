"""Keyword-based IPTC Media Topic classification.

A taxonomy (YAML, format documented at the top of ``streams/data/iptc_topics.yaml``) lists topics with weighted
keywords per language. Keywords are matched on whole tokens (letters only, case-folded); a trailing ``*`` makes a
word a prefix (``войн*`` matches война, войны, войной), and a keyword of several words matches consecutive tokens.

A phrase with a negative weight cancels a keyword that it contains when the phrase is not about the topic (the
"Storm Shadow" missile under weather: ``"storm shadow^-1"``).

Scoring, per topic: the sum of the weights of its matched keywords, each keyword counted at most
``max_repeats`` times, is turned into a density (weighted hits per 100 tokens, with short texts counted as
``min_tokens`` long so that one word in a headline is not overwhelming evidence) and saturated:
``score = 1 - exp(-density / half_density * ln 2)``, so a density of ``half_density`` scores 0.5. Topics scoring at
least ``min_score`` and at least ``relative_min`` times the best topic are returned, best first, at most
``max_topics``.

Which keywords apply: those of the text's language plus the language-neutral ``any`` list. When the language is
``und`` or has no keywords in the taxonomy, all languages apply. Applying every language to every text would catch
mixed-language text, but false friends make that worse on the common case: German "war" (was), "Art" (kind) or
"Rat" (council) would fire English keywords.

Cost is linear in the text: one tokenising regex pass, then one cached dictionary lookup per distinct token.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from streams.analytics.yamlfile import brief, load_yaml


__all__ = ["TopicScore", "TaxonomyError", "TopicClassifier", "ANY_LANGUAGE"]

ANY_LANGUAGE = "any"

# Letters only: digits and punctuation never take part in keywords. Apostrophes split words, in keywords too.
_TOKEN = re.compile(r"[^\W\d_]+")
_KEYWORD = re.compile(r"^(?P<term>[^\^]+?)(?:\^(?P<weight>-?[0-9]*\.?[0-9]+))?$")
_MIN_PREFIX = 3
_MAX_PHRASE_WORDS = 5
# Token lookups are cached per language view; the cache is dropped when it grows past this many tokens.
_CACHE_LIMIT = 200_000

# casefold() writes the dotted capital "İ" as "i" plus a combining dot, which splits the word ("İstanbul" -> "i",
# "stanbul"); in Turkish and Azerbaijani the capital of "ı" is "I", which casefold() makes "i".
_TURKISH_CAPITALS = str.maketrans({"İ": "i", "I": "ı"})
_TURKIC = frozenset({"tr", "az"})

_DEFAULT_SCORING: dict[str, float] = {
    "min_score": 0.3,
    "relative_min": 0.7,
    "max_topics": 3,
    "half_density": 1.5,
    "min_tokens": 60,
    "max_repeats": 3,
}


@dataclass(frozen=True, slots=True)
class TopicScore:
    """One topic assigned to a text: taxonomy code (e.g. ``medtop:16000000``), its label and a score in 0..1."""

    code: str
    label: str
    score: float


class TaxonomyError(ValueError):
    """A taxonomy file cannot be used; the one-line message names the file and what is wrong."""


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    prefix: bool


@dataclass(frozen=True, slots=True)
class _Keyword:
    topic: int
    words: tuple[_Word, ...]
    weight: float
    key: int  # identity for repeat counting


class _View:
    """The keywords of one set of languages, indexed for token lookup."""

    def __init__(self, keywords: list[_Keyword]) -> None:
        self.exact: dict[str, list[_Keyword]] = {}
        self.prefix: dict[str, list[_Keyword]] = {}
        for kw in keywords:
            first = kw.words[0]
            (self.prefix if first.prefix else self.exact).setdefault(first.text, []).append(kw)
        self.prefix_lengths = sorted({len(p) for p in self.prefix})
        self.cached: dict[str, tuple[_Keyword, ...]] = {}  # token -> starting_at(token), bounded

    def starting_at(self, token: str) -> tuple[_Keyword, ...]:
        """Keywords whose first word matches ``token``."""
        hit = self.cached.get(token)
        if hit is not None:
            return hit
        found: list[_Keyword] = list(self.exact.get(token, ()))
        for n in self.prefix_lengths:
            if n > len(token):
                break
            found.extend(self.prefix.get(token[:n], ()))
        result = tuple(found)
        if len(self.cached) >= _CACHE_LIMIT:
            self.cached.clear()
        self.cached[token] = result
        return result


def _word_matches(word: _Word, token: str) -> bool:
    return token.startswith(word.text) if word.prefix else token == word.text


# Single words of at most this many letters are left out of the view for languages without keywords (see
# TopicClassifier)
_FALLBACK_SHORT_WORD = 3


class TopicClassifier:
    """Assigns taxonomy topics to a text from weighted multilingual keywords. Immutable and thread-safe."""

    def __init__(
        self,
        topics: list[tuple[str, str]],
        keywords: dict[str, list[_Keyword]],
        scoring: dict[str, float] | None = None,
    ) -> None:
        self._topics = list(topics)
        self._scoring = {**_DEFAULT_SCORING, **(scoring or {})}
        self._languages = frozenset(lang for lang in keywords if lang != ANY_LANGUAGE)
        neutral = keywords.get(ANY_LANGUAGE, [])
        # Acronyms in capitals ("IMF", "FIFA") read "ımf", "fıfa" once Turkish text is lower-cased the Turkish way.
        dotless = [_Keyword(kw.topic, tuple(_Word(w.text.replace("i", "ı"), w.prefix) for w in kw.words), kw.weight,
                            kw.key) for kw in neutral if any("i" in w.text for w in kw.words)]
        self._views = {lang: _View(kws + neutral + (dotless if lang in _TURKIC else []))
                       for lang, kws in keywords.items() if lang != ANY_LANGUAGE}
        # Text of unknown language ("und") is read with every language's keywords; text in a language without
        # keywords of its own as well, except their single words of up to three letters, which are everyday words
        # elsewhere (Spanish "var", the video referee, is Norwegian "was").
        self._all = _View([kw for kws in keywords.values() for kw in kws])
        self._foreign = _View([kw for lang, kws in keywords.items() for kw in kws
                               if lang == ANY_LANGUAGE or len(kw.words) > 1 or kw.words[0].prefix
                               or len(kw.words[0].text) > _FALLBACK_SHORT_WORD])

    @property
    def languages(self) -> frozenset[str]:
        """Languages that have their own keywords."""
        return self._languages

    @property
    def topics(self) -> list[tuple[str, str]]:
        """(code, label) of every topic, in file order."""
        return list(self._topics)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> TopicClassifier:
        """Load a taxonomy YAML file; raises :class:`TaxonomyError` when it is unreadable or invalid."""
        name = os.fspath(path)
        try:
            text = Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TaxonomyError(f"{name}: cannot read taxonomy: {exc}") from exc
        return cls._from_text(text, name)

    @classmethod
    def default(cls) -> TopicClassifier:
        """The IPTC Media Topics taxonomy shipped as ``streams/data/iptc_topics.yaml`` (loaded once, shared)."""
        return _default_classifier()

    @classmethod
    def _from_text(cls, text: str, name: str) -> TopicClassifier:
        try:
            data = load_yaml(text)
        except ValueError as exc:
            raise TaxonomyError(f"{name}: {exc}") from None
        return cls(*_parse(data, name))

    def classify(self, text: str, lang: str) -> list[TopicScore]:
        """Topics of ``text`` (language ``lang``, e.g. from ``detect_language``), best first; ``[]`` if none."""
        base = (lang or "").lower().split("-", 1)[0]
        text = text.translate(_TURKISH_CAPITALS) if base in _TURKIC else text.replace("İ", "i")
        tokens = _TOKEN.findall(text.casefold())
        if not tokens:
            return []
        view = self._views.get(base) or (self._all if base in ("", "und") else self._foreign)
        s = self._scoring
        max_repeats = int(s["max_repeats"])
        seen: Counter[int] = Counter()
        raw = [0.0] * len(self._topics)
        n = len(tokens)
        cached = view.cached  # most tokens start no keyword: a dict lookup, not a method call
        for i, token in enumerate(tokens):
            keywords = cached.get(token)
            if keywords is None:
                keywords = view.starting_at(token)
            for kw in keywords:
                words = kw.words
                if len(words) > 1:
                    if i + len(words) > n or not all(
                        _word_matches(w, tokens[i + j]) for j, w in enumerate(words[1:], 1)
                    ):
                        continue
                if seen[kw.key] >= max_repeats:
                    continue
                seen[kw.key] += 1
                raw[kw.topic] += kw.weight
        density_unit = max(n, s["min_tokens"]) / 100.0
        rate = math.log(2) / s["half_density"]
        scored = [
            (1.0 - math.exp(-(weight / density_unit) * rate), idx) for idx, weight in enumerate(raw) if weight > 0
        ]
        if not scored:
            return []
        scored.sort(key=lambda item: (-item[0], item[1]))
        best = scored[0][0]
        floor = max(s["min_score"], s["relative_min"] * best)
        return [
            TopicScore(self._topics[idx][0], self._topics[idx][1], round(score, 4))
            for score, idx in scored[: int(s["max_topics"])]
            if score >= floor
        ]


@cache
def _default_classifier() -> TopicClassifier:
    resource = resources.files("streams").joinpath("data/iptc_topics.yaml")
    with resources.as_file(resource) as path:
        return TopicClassifier.from_file(path)


# ------------------------------------------------------------------------------------------------------------------
# Validation


def _parse(data: Any, name: str) -> tuple[list[tuple[str, str]], dict[str, list[_Keyword]], dict[str, float]]:
    def fail(where: str, what: str) -> TaxonomyError:
        return TaxonomyError(f"{name}: {where}: {what}" if where else f"{name}: {what}")

    if not isinstance(data, dict):
        raise fail("", "top level must be a mapping with a 'topics' list")
    unknown = set(data) - {"version", "scoring", "topics"}
    if unknown:
        raise fail("", f"unknown top-level key(s) {', '.join(sorted(map(brief, unknown)))}")
    scoring = _parse_scoring(data.get("scoring"), fail)
    topics_data = data.get("topics")
    if not isinstance(topics_data, list) or not topics_data:
        raise fail("topics", "must be a non-empty list")

    topics: list[tuple[str, str]] = []
    keywords: dict[str, list[_Keyword]] = {}
    codes: set[str] = set()
    key = 0
    for t_idx, topic in enumerate(topics_data):
        where = f"topics[{t_idx}]"
        if not isinstance(topic, dict):
            raise fail(where, "must be a mapping with code, label and keywords")
        unknown = set(topic) - {"code", "label", "keywords"}
        if unknown:
            raise fail(where, f"unknown key(s) {', '.join(sorted(map(brief, unknown)))}")
        code, label = topic.get("code"), topic.get("label")
        if not isinstance(code, str) or not code.strip():
            raise fail(where, "'code' must be a non-empty string")
        where = f"{where} ({code})"
        if code in codes:
            raise fail(where, "duplicate code")
        codes.add(code)
        if not isinstance(label, str) or not label.strip():
            raise fail(where, "'label' must be a non-empty string")
        by_lang = topic.get("keywords")
        if not isinstance(by_lang, dict) or not by_lang:
            raise fail(where, "'keywords' must be a mapping of language code to a list of keywords")
        for lang, terms in by_lang.items():
            if lang is False:  # YAML 1.1 reads a bare no (Norwegian) as false
                raise fail(where, "keyword language false: write Norwegian as \"no\" in quotes")
            if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2,3}(?:-[a-z]{2,4})?", lang):
                raise fail(where, f"keyword language {brief(lang)} is not a lower-case language code or 'any'")
            if not isinstance(terms, list) or not terms:
                raise fail(f"{where}.keywords.{lang}", "must be a non-empty list of strings")
            for k_idx, term in enumerate(terms):
                words, weight = _parse_keyword(term, fail, f"{where}.keywords.{lang}[{k_idx}]")
                keywords.setdefault(lang, []).append(_Keyword(len(topics), words, weight, key))
                key += 1
        topics.append((code, label.strip()))
    return topics, keywords, scoring


def _parse_keyword(term: Any, fail: Any, where: str) -> tuple[tuple[_Word, ...], float]:
    if not isinstance(term, str) or not term.strip():
        raise fail(where, f"keyword must be a non-empty string, got {brief(term)}")
    m = _KEYWORD.match(term.strip())
    if m is None:
        raise fail(where, f"cannot parse keyword {brief(term)} (expected 'word', 'prefix*', 'two words' or 'word^2')")
    weight = float(m.group("weight")) if m.group("weight") else 1.0
    parts = m.group("term").casefold().split()
    if weight < 0 and len(parts) < 2:
        raise fail(where, f"negative weight of {brief(term)}: only a phrase may cancel a keyword ('storm shadow^-1')")
    if not (0 < weight <= 10 or -10 <= weight < 0):
        raise fail(where, f"weight of {brief(term)} must be in (0, 10], or [-10, 0) for a phrase")
    words: list[_Word] = []
    for part in parts:
        star = part.endswith("*")
        body = part[:-1] if star else part
        if "*" in body:
            raise fail(where, f"'*' is only allowed at the end of a word in {brief(term)}")
        if any(ch.isdigit() for ch in body):
            raise fail(where, f"keyword {brief(term)} contains digits; only letters are matched")
        pieces = _TOKEN.findall(body)
        if not pieces:
            raise fail(where, f"keyword {brief(term)} has a word without letters")
        # Apostrophes and hyphens split words exactly as in the text ("об'єкт" -> "об", "єкт").
        for w_idx, piece in enumerate(pieces):
            is_prefix = star and w_idx == len(pieces) - 1
            if is_prefix and len(piece) < _MIN_PREFIX:
                raise fail(where, f"prefix '{piece}*' in {brief(term)} is shorter than {_MIN_PREFIX} letters")
            words.append(_Word(piece, is_prefix))
    if len(words) > _MAX_PHRASE_WORDS:
        raise fail(where, f"keyword {brief(term)} has more than {_MAX_PHRASE_WORDS} words")
    return tuple(words), weight


def _parse_scoring(data: Any, fail: Any) -> dict[str, float]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise fail("scoring", "must be a mapping")
    out: dict[str, float] = {}
    for k, v in data.items():
        if not isinstance(k, str) or k not in _DEFAULT_SCORING:
            raise fail("scoring", f"unknown setting {brief(k)} (known: {', '.join(_DEFAULT_SCORING)})")
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v < 0:
            raise fail("scoring", f"{k} must be a non-negative number, got {brief(v)}")
        if k in ("min_score", "relative_min") and v > 1:
            raise fail("scoring", f"{k} must be at most 1, got {brief(v)}")
        if k in ("max_topics", "max_repeats", "min_tokens") and (v < 1 or v != int(v)):
            raise fail("scoring", f"{k} must be a whole number of at least 1, got {brief(v)}")
        if k == "half_density" and v == 0:
            raise fail("scoring", f"{k} must be positive")
        out[k] = float(v)
    return out
