"""Accounting for the reliability tests: every input must come out, decisions must match a clean run.

At-least-once delivery may repeat output records after a crash; the documented consumer rules are "the
latest enriched record per article id wins" and "drop alerts whose alert_id was seen". The checks below apply
exactly those rules, then require that nothing is missing and nothing disagrees.
"""

from __future__ import annotations

import base64
import time
from dataclasses import dataclass, field

from streams.analytics.dedup import DedupIndex
from streams.analytics.fingerprint import Fingerprint
from streams.analytics.novelty import NoveltyIndex
from streams.devtools import read_topic
from streams.models import Alert, DeadLetter, DedupRequest, EnrichedArticle
from streams.pipeline import Analyzers, deduplicate, new_statement_alert
from tests.integration.corpus import FeedItem


@dataclass
class Outputs:
    enriched: dict[str, list[EnrichedArticle]] = field(default_factory=dict)
    dead_payloads: list[bytes] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)

    def missing(self, items: list[FeedItem]) -> list[str]:
        dead = set(self.dead_payloads)
        return [i.id for i in items if i.id not in self.enriched and i.payload not in dead]


def collect(bootstrap: str, ns: dict[str, str], items: list[FeedItem], *, timeout: float = 240.0) -> Outputs:
    """Read the output topics until every input is accounted for (or ``timeout``)."""
    deadline = time.monotonic() + timeout
    outputs = Outputs()
    while True:
        outputs = Outputs()
        for record in read_topic(bootstrap, ns["WIREMON_TOPIC_ENRICHED"], idle=2.0, timeout=60):
            article = EnrichedArticle.model_validate_json(record.value)
            outputs.enriched.setdefault(article.id, []).append(article)
        for record in read_topic(bootstrap, ns["WIREMON_TOPIC_DEADLETTER"], idle=1.0, timeout=30):
            letter = DeadLetter.model_validate_json(record.value)
            if letter.reason != "corrupt_batch":  # a pointer to offsets, no payload: its test counts those
                outputs.dead_payloads.append(base64.b64decode(letter.payload_b64))
        if not outputs.missing(items) or time.monotonic() > deadline:
            break
        time.sleep(2)
    outputs.alerts = [Alert.model_validate_json(r.value)
                      for r in read_topic(bootstrap, ns["WIREMON_TOPIC_ALERTS"], idle=3.0, timeout=60)]
    return outputs


@dataclass(frozen=True)
class Reference:
    duplicate_of: dict[str, str | None]
    alert_ids: set[str]


def reference_from_sequencer(bootstrap: str, ns: dict[str, str]) -> Reference:
    """Decisions of an uninterrupted run: replay the sequencer log (the ingest order the worker used) through
    fresh in-memory indexes, each article once."""
    analyzers = Analyzers.load()
    dedup, novelty = DedupIndex(), NoveltyIndex()
    duplicate_of: dict[str, str | None] = {}
    alert_ids: set[str] = set()
    for record in read_topic(bootstrap, f"{ns['WIREMON_APP_ID']}-dedup", idle=3.0, timeout=120):
        request = DedupRequest.model_validate_json(record.value)
        if request.article.id in duplicate_of:
            continue  # a redelivery after the crash
        dedup.expire(request.article.ingested_at.timestamp())
        article = deduplicate(request.article, Fingerprint.from_json(request.fingerprint), dedup)
        duplicate_of[article.id] = article.duplicate_of
        for statement in article.statements:
            alert = new_statement_alert(article, statement, novelty, analyzers.watchlist)
            if alert is not None:
                alert_ids.add(alert.alert_id)
    return Reference(duplicate_of, alert_ids)


def assert_consistent(outputs: Outputs, items: list[FeedItem], reference: Reference) -> None:
    """Nothing lost, every bad input dead-lettered, and the decisions and alerts of a clean run."""
    assert not outputs.missing(items), f"{len(outputs.missing(items))} inputs unaccounted for"
    expected_dead = sum(i.kind == "invalid" for i in items)
    assert len(set(outputs.dead_payloads)) == expected_dead

    for article_id, copies in outputs.enriched.items():
        decisions = {c.duplicate_of for c in copies}
        assert decisions == {reference.duplicate_of[article_id]}, (
            article_id, decisions, reference.duplicate_of[article_id])
    # Subscribers drop repeats by alert_id: after that, exactly the clean run's alerts, each once.
    unique = {a.alert_id for a in outputs.alerts}
    assert unique == reference.alert_ids, ("alerts", len(unique - reference.alert_ids),
                                           len(reference.alert_ids - unique))
    by_id: dict[str, Alert] = {}
    for alert in outputs.alerts:
        earlier = by_id.setdefault(alert.alert_id, alert)
        assert (earlier.article_id, earlier.statement) == (alert.article_id, alert.statement), "a repeat is the same alert"
    # Every repost lands in its original's cluster. (In a burst, a repost produced a millisecond after its
    # original on another partition may reach the sequencer first and become the canonical copy.)
    for item in items:
        if item.kind == "repost" and item.original is not None:
            repost, original = outputs.enriched[item.id][-1], outputs.enriched[item.original][-1]
            assert repost.cluster_id == original.cluster_id, (
                item.id, item.original, repost.duplicate_of, repost.similarity, original.duplicate_of,
                len(outputs.enriched[item.id]), len(outputs.enriched[item.original]))
