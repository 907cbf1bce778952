"""Blind sets of statement pairs: is the later one new? (``tests/data/novelty_pairs*.jsonl``)

Written on 2026-11-29 by helpers who had not read the novelty, facts or rewording code. The first: 180 items, 20 in
each of English, Russian, Ukrainian, German, French, Spanish, Italian, Portuguese and Norwegian, each one to three
statements an official made and a later one, labelled "repeat" (a reader following the official wants no second
alert: retyped, trimmed, an outlet's word or two, a figure or date written another way, a paraphrase) or "new" (a
figure, date, place or person replaced, a reversal, a condition added, a different statement). On its blind run, with
the rules of the day before, 98 were judged as labelled: every changed figure, date and place was a repeat, and so
were most reversals in French, Spanish and Italian. The rules it led to (facts and names replaced, negations and
conditions read in the statement's language, ``streams/analytics/facts.py`` and ``novelty.py``): 145. The second,
held out (144 items, 16 per language, with daily figures and statements repeated at the next briefing): 82 with the
rules of the day before, 121 on its first run, 127 after the fixes it led to (exceptions and "but not" as
conditions, "mrd.", "півтора", "27/02", number words in the other languages), which bring the first to 148.
Paraphrases stay new (words shared are what novelty compares), and so do some outlets' edits of short statements.
These bounds guard against regressions and do not estimate the error rate on unseen statements.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from streams.analytics.novelty import NoveltyIndex

DATA = Path(__file__).resolve().parents[1] / "data"


def _judged(name: str) -> Counter[str]:
    """How many items of each category of a set are judged as labelled."""
    counts: Counter[str] = Counter()
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        index = NoveltyIndex()
        for minute, earlier in enumerate(item["earlier"]):
            index.check_and_add(item["official"], earlier, 60.0 * minute, lang=item["lang"])
        new, _ = index.check_and_add(item["official"], item["later"], 3600.0, lang=item["lang"])
        counts[item["category"]] += new == (item["label"] == "new")
        counts["all"] += new == (item["label"] == "new")
    return counts


@pytest.fixture(scope="module")
def judged() -> Counter[str]:
    return _judged("novelty_pairs.jsonl")


def test_the_sets_are_what_they_say() -> None:
    for name, per_language, labels in (("novelty_pairs.jsonl", 20, {"repeat": 91, "new": 89}),
                                       ("novelty_pairs_2.jsonl", 16, {"repeat": 72, "new": 72})):
        items = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
        assert Counter(item["lang"] for item in items) == dict.fromkeys("en ru uk de fr es it pt no".split(),
                                                                         per_language)
        assert Counter(item["label"] for item in items) == labels


def test_updates_are_news(judged: Counter[str]) -> None:
    assert judged["figure_update"] == 18 and judged["date_change"] == 11  # (0 and 0 on the blind run)
    assert judged["place_or_target_change"] >= 15  # (1; the three not found are German, where nouns have capitals)
    assert judged["reversal"] >= 17  # (15; "Excluímos ..." after "Não excluímos ..." is also a trimmed copy)
    assert judged["condition_added"] >= 8  # (2)
    assert judged["different_statement"] == 11


def test_copies_are_not(judged: Counter[str]) -> None:
    assert judged["retype"] == 18 and judged["trim"] == 18
    assert judged["number_style"] >= 16  # (17 on the blind run, when no figure was compared)
    assert judged["outlet_edit"] >= 12
    assert judged["all"] >= 148, judged


def test_the_held_out_set() -> None:
    judged = _judged("novelty_pairs_2.jsonl")
    assert judged["figure_update"] >= 16 and judged["date_change"] == 9 and judged["daily_update"] == 9
    assert judged["place_or_target_change"] >= 8 and judged["reversal"] >= 8 and judged["condition_added"] >= 11
    assert judged["trim"] == 18 and judged["repeat_later_day"] == 9 and judged["number_style"] >= 17
    assert judged["retype"] >= 15 and judged["outlet_edit"] >= 7
    assert judged["all"] >= 127, judged
