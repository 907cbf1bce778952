"""The five real sample articles and reposts of them: one alert per distinct statement, none for what a repost
repeats."""

from __future__ import annotations

import json

import pytest

from streams.analytics.novelty import statement_key
from streams.pipeline import Analyzers, Pipeline


def _repost(title: str, body: str) -> tuple[str, str]:
    paragraphs = [p for p in body.splitlines() if p.strip()]
    return f"UPDATE: {title}", "\n\n".join(paragraphs[1:]) + "\n\nRelated Post\n\nLeave a Reply"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Analyzers.load(), max_message_bytes=1 << 20, dedup_retention_seconds=7 * 86400,
                    novelty_window_seconds=7 * 86400)


def test_samples_alert_once_and_reposts_never(pipeline: Pipeline, sample_articles) -> None:
    alerts = []
    for i, (title, body) in enumerate(sample_articles):
        outcome = pipeline.process(json.dumps({"id": f"sample-{i}", "title": title, "text": body}).encode())
        assert outcome.article is not None and outcome.article.duplicate_of is None
        alerts += outcome.alerts
    for round_ in range(2):  # ten reposts in all
        for i, (title, body) in enumerate(sample_articles):
            new_title, new_body = _repost(title, body)
            outcome = pipeline.process(json.dumps({"id": f"repost-{round_}-{i}", "source": f"outlet-{round_}",
                                                   "title": new_title, "text": new_body}).encode())
            assert outcome.article is not None
            assert outcome.article.duplicate_of == f"sample-{i}"
            assert outcome.alerts == [], "a repost is not new"

    assert len({a.alert_id for a in alerts}) == len(alerts)
    by_official = {}
    for alert in alerts:
        by_official.setdefault(alert.official.id, []).append(alert)
    zakharova = by_official["maria-zakharova"]
    # Each sample quotes her differently: every outlet's own report brings new statements.
    assert {a.article_id for a in zakharova} >= {"sample-0", "sample-1", "sample-3"}
    assert len({statement_key(a.statement) for a in zakharova}) == len(zakharova)
    assert any("shameful silence" in a.statement for a in zakharova)
    assert any(a.kind == "reported" for a in zakharova) and any(a.kind == "quote" for a in zakharova)
    # Podolyak, spelled Podolyak/Podoliak across coverage, is one official.
    assert by_official["mykhailo-podolyak"]


def test_an_updated_repost_alerts_only_the_statement_it_adds(sample_articles) -> None:
    pipeline = Pipeline(Analyzers.load(), max_message_bytes=1 << 20, dedup_retention_seconds=7 * 86400,
                        novelty_window_seconds=7 * 86400)
    title, body = sample_articles[1]
    first = pipeline.process(json.dumps({"id": "upd-0", "title": title, "text": body}).encode())
    assert first.alerts, "the sample quotes Zakharova"
    added = ('"Moscow will expel two Moldovan diplomats in response to this unfriendly step by Chisinau," '
             "Zakharova told reporters later on Thursday.")
    lead, rest = body.split("\n", 1)  # the new paragraph goes under the lead, as wire updates add them
    update = pipeline.process(json.dumps({"id": "upd-1", "title": f"UPDATE 1-{title}",
                                          "text": f"{lead}\n\n{added}\n\n{rest}"}).encode())
    assert update.article is not None and update.article.duplicate_of == "upd-0"
    assert [a.statement for a in update.alerts] == [
        "Moscow will expel two Moldovan diplomats in response to this unfriendly step by Chisinau"]
    assert update.alerts[0].article_id == "upd-1"


def test_the_same_quote_retyped_by_another_outlet_is_not_new(pipeline: Pipeline) -> None:
    first = ('"We once again urge international organisations to condemn the terrorist attacks by Ukrainian '
             'militants," Zakharova said at the briefing on Thursday in Moscow, according to the ministry.')
    other = ("Foreign Ministry spokeswoman Maria Zakharova spoke to reporters. \u201cWe once again urge "
             "international organizations to condemn the terrorist attacks by Ukrainian militants\u201d, "
             "Zakharova said. She gave no further details about the meeting of the council next week.")
    a = pipeline.process(json.dumps({"id": "q-1", "text": first}).encode())
    b = pipeline.process(json.dumps({"id": "q-2", "text": other}).encode())
    assert len(a.alerts) == 1
    assert b.article is not None and b.article.duplicate_of is None, "a different article"
    assert [x.statement for x in b.alerts if "urge" in x.statement] == []


def test_a_replayed_article_repeats_its_outputs_exactly(sample_articles) -> None:
    """At-least-once: the same message processed twice gives the same decision and the same alert ids."""
    pipeline = Pipeline(Analyzers.load(), max_message_bytes=1 << 20, dedup_retention_seconds=7 * 86400,
                        novelty_window_seconds=7 * 86400)
    title, body = sample_articles[1]
    payload = json.dumps({"id": "replayed", "title": title, "text": body})
    first = pipeline.process(payload.encode())
    assert first.alerts, "the sample quotes Zakharova"
    second = pipeline.process(payload.encode())
    assert first.article is not None and second.article is not None
    assert (first.article.duplicate_of, first.article.cluster_id) == (second.article.duplicate_of,
                                                                      second.article.cluster_id)
    assert [a.alert_id for a in first.alerts] == [a.alert_id for a in second.alerts]
