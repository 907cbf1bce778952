"""A repost's statements are held to the attribution of the story's canonical copy."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from streams.analytics.attribution import MAX_STATEMENTS_PER_STORY, CanonicalAttributions
from streams.pipeline import Analyzers, Pipeline

SAID = "We are not afraid of negotiations. We are afraid of a bad peace that will be broken in two years"


def test_a_repeated_statement_goes_to_the_canonical_copys_official() -> None:
    held = CanonicalAttributions(retention_seconds=3600)
    held.remember("wire-1", [("andriy-yermak", SAID), ("dmitry-peskov", "Moscow sees no basis for talks now")], 0.0)
    assert held.official_for("wire-1", "dmitry-peskov", SAID) == "andriy-yermak"
    assert held.official_for("wire-1", "dmitry-peskov", "«" + SAID.upper() + "»") == "andriy-yermak"  # retyped
    assert held.official_for("wire-1", "dmitry-peskov", SAID[:60]) == "andriy-yermak"  # trimmed
    assert held.official_for("wire-1", "andriy-yermak", SAID) == "andriy-yermak"
    # what the canonical copy does not have keeps its attribution; so does another story's statement
    assert held.official_for("wire-1", "dmitry-peskov", "The Kremlin will answer in kind") == "dmitry-peskov"
    assert held.official_for("wire-2", "dmitry-peskov", SAID) == "dmitry-peskov"
    # a reversal is not the statement it reverses (asked for a third official: the answer is not the asker's)
    held.remember("wire-3", [("dmitry-peskov", "Moscow will not send troops to the region this year")], 0.0)
    assert held.official_for("wire-3", "maria-zakharova", "Moscow will not send troops to the region this year") \
        == "dmitry-peskov"
    assert held.official_for("wire-3", "maria-zakharova", "Moscow will send troops to the region this year") \
        == "maria-zakharova"


def test_the_same_words_given_to_two_officials_keep_either() -> None:
    held = CanonicalAttributions(retention_seconds=3600)
    held.remember("wire-1", [("dmitry-peskov", SAID), ("maria-zakharova", SAID)], 0.0)
    assert held.official_for("wire-1", "maria-zakharova", SAID) == "maria-zakharova"
    assert held.official_for("wire-1", "sergey-lavrov", SAID) == "dmitry-peskov"


def test_stories_are_forgotten_oldest_first() -> None:
    held = CanonicalAttributions(retention_seconds=100, max_stories=2)
    held.remember("a", [("andriy-yermak", SAID)], 0.0)
    held.remember("none", [], 10.0)  # (a story without statements takes no room)
    held.remember("b", [("andriy-yermak", SAID)], 50.0)
    assert len(held) == 2
    held.remember("c", [("andriy-yermak", SAID)], 60.0)  # beyond max_stories
    assert held.official_for("a", "dmitry-peskov", SAID) == "dmitry-peskov"
    assert held.official_for("b", "dmitry-peskov", SAID) == "andriy-yermak"
    held.remember("d", [("andriy-yermak", SAID)], 155.0)  # b is older than the retention
    assert held.official_for("b", "dmitry-peskov", SAID) == "dmitry-peskov"
    assert held.official_for("c", "dmitry-peskov", SAID) == "andriy-yermak"
    assert held.expire(1000.0) == 2 and len(held) == 0
    with pytest.raises(ValueError):
        CanonicalAttributions(retention_seconds=0)
    with pytest.raises(ValueError):
        CanonicalAttributions(retention_seconds=1, max_stories=0)


def test_a_reordered_repost_does_not_alert_for_the_wrong_official() -> None:
    # tests/data/repost_families.jsonl, family E13: the repost moved Yermak's quote after a paragraph about Peskov,
    # and "he" became Peskov (an alert for Peskov of Yermak's words)
    from tests.unit.test_repost_families import DATA

    family = next(f for f in map(json.loads, DATA.read_text(encoding="utf-8").splitlines()) if f["family"] == "E13")
    original = family["articles"][0]
    reordered = next(a for a in family["articles"] if a["tags"] == ["para_reorder"])
    pipeline = Pipeline(Analyzers.load(), max_message_bytes=1 << 20, dedup_retention_seconds=86400,
                        novelty_window_seconds=86400)
    when = datetime(2024, 8, 21, 9, tzinfo=timezone.utc)
    first = pipeline.process(json.dumps(original["article"]).encode(), ingested_at=when)
    repost = pipeline.process(json.dumps(reordered["article"]).encode(), ingested_at=when.replace(minute=15))
    assert repost.article is not None and repost.article.duplicate_of == first.article.id
    assert repost.alerts == []
    yermak = {s.text for s in first.article.statements if s.official_id == "andriy-yermak"}
    moved = [s for s in repost.article.statements if any(s.text[:40] in t for t in yermak)]
    assert moved and all(s.official_id == "andriy-yermak" for s in moved)


def test_the_durable_copy_rebuilds_what_was_held() -> None:
    records: dict[str, object] = {}
    held = CanonicalAttributions(records, retention_seconds=100, max_stories=2)
    held.remember("a", [("andriy-yermak", SAID)], 0.0)
    held.remember("b", [("dmitry-peskov", "Moscow sees no basis for talks now"), ("andriy-yermak", SAID)], 10.0)
    held.remember("b", [("dmitry-peskov", "Moscow sees no basis for talks now"), ("andriy-yermak", SAID)], 10.0)
    assert set(records) == {"a", "b"}
    held.remember("c", [("andriy-yermak", SAID)], 20.0)  # beyond max_stories: "a" is deleted
    assert set(records) == {"b", "c"}
    json.dumps(records)  # (a Faust table's values are JSON)

    # after a restart: the same answers from the records; the records of another version or writer (JSON allows
    # Infinity and integers of any length) are skipped, and deleted with the next write
    unreadable = {"bad-shape": "x", "bad-sketch": [30.0, [["andriy-yermak", "not base64!", 3]]],
                  "bad-time": ["soon", []], "nan": [float("nan"), [["andriy-yermak", "AAAAAQ==", 1]]],
                  "short": [30.0, [["andriy-yermak", "AAA=", 1]]],
                  **{key: json.loads(text) for key, text in {
                      "infinite-size": '[1, [["andriy-yermak", "AAAAAQ==", Infinity]]]',
                      "huge-time": "[1" + "0" * 400 + ", []]",
                      "huge-size": '[1, [["andriy-yermak", "AAAAAQ==", 1' + "0" * 400 + ']]]',
                      "huge-sequence": '[1, [["andriy-yermak", "AAAAAQ==", 1]], Infinity]',
                      "too-long": '[1, [["andriy-yermak", "AAAAAQ==", 1]], 3, 4]'}.items()}}
    records.update(unreadable)
    again = CanonicalAttributions(records, retention_seconds=100, max_stories=2)
    assert again.rebuild() == 2
    assert again.official_for("b", "maria-zakharova", SAID) == "andriy-yermak"
    assert again.official_for("b", "andriy-yermak", "Moscow sees no basis for talks now") == "dmitry-peskov"
    assert again.official_for("c", "dmitry-peskov", SAID) == "andriy-yermak"
    again.remember("d", [("andriy-yermak", SAID)], 125.0)  # "b" and "c" leave the retention, and their records
    assert set(records) == {"d"}


def test_a_rebuild_keeps_the_order_the_stories_came_in() -> None:
    # In a backlog ingest order is not timestamp order; evictions after a restart must be those of an
    # uninterrupted run, which forgets the first-remembered story first.
    records: dict[str, object] = {}
    held = CanonicalAttributions(records, retention_seconds=1000, max_stories=2)
    held.remember("late", [("andriy-yermak", SAID)], 50.0)
    held.remember("early", [("andriy-yermak", SAID)], 10.0)
    again = CanonicalAttributions(records, retention_seconds=1000, max_stories=2)
    again.rebuild()
    for run in (held, again):
        run.remember("next", [("andriy-yermak", SAID)], 60.0)
        assert set(run._stories) == {"early", "next"}
    assert set(records) == {"early", "next"}


def test_a_story_holds_its_first_statements_only() -> None:
    held = CanonicalAttributions({}, retention_seconds=100)
    said = [("dmitry-peskov", f"Statement number {n} says the talks will resume in {n} weeks") for n in range(200)]
    held.remember("transcript", said, 0.0)
    first, last = said[0][1], said[-1][1]
    assert held.official_for("transcript", "maria-zakharova", first) == "dmitry-peskov"
    assert held.official_for("transcript", "maria-zakharova", last) == "maria-zakharova"  # (not held)
    assert len(held.records["transcript"][1]) == MAX_STATEMENTS_PER_STORY
