"""Alerts on the real broker: sample articles alert once per statement, reposts never; `wiremon alerts`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from streams.devtools import read_topic
from streams.models import Alert, EnrichedArticle
from streams.pipeline import Analyzers, Pipeline
from tests.unit.test_repost_families import DATA as REPOST_FAMILIES
from tests.unit.test_sample_alerts import _repost


def _payloads(sample_articles) -> tuple[list[bytes], list[bytes]]:
    originals, reposts = [], []
    for i, (title, body) in enumerate(sample_articles):
        originals.append(json.dumps({"id": f"sample-{i}", "title": title, "text": body}).encode())
        new_title, new_body = _repost(title, body)
        reposts.append(json.dumps({"id": f"repost-{i}", "title": new_title, "text": new_body}).encode())
    # A repost that moved Yermak's "He said: ..." paragraph after one about Peskov (tests/data/repost_families.jsonl):
    # the canonical copy's attribution holds, so it does not alert for Peskov
    families = {f["family"]: f for f in map(json.loads, REPOST_FAMILIES.read_text(encoding="utf-8").splitlines())}
    originals.append(json.dumps({**families["E13"]["articles"][0]["article"], "id": "family-e13"}).encode())
    reordered = next(a for a in families["E13"]["articles"] if a["tags"] == ["para_reorder"])
    reposts.append(json.dumps({**reordered["article"], "id": "repost-e13"}).encode())
    # A repost whose outlet rewrote the opening in its own words ("Лавров заявил, что Россия не станет ..."): the
    # rewording of what the wire copy has Lavrov say is not news
    originals.append(json.dumps({**families["R08"]["articles"][0]["article"], "id": "family-r08"}).encode())
    rewritten = next(a for a in families["R08"]["articles"] if "lead_rewrite" in a["tags"])
    reposts.append(json.dumps({**rewritten["article"], "id": "repost-r08"}).encode())
    return originals, reposts


def test_alerts_topic_and_subscriber(kafka, namespace, start_worker, produce, sample_articles) -> None:
    originals, reposts = _payloads(sample_articles)
    offline = Pipeline(Analyzers.load(), max_message_bytes=1 << 20, dedup_retention_seconds=1e6,
                       novelty_window_seconds=1e6)
    expected = {a.alert_id for p in originals + reposts for a in offline.process(p).alerts}
    assert expected

    start_worker()
    raw, enriched = namespace["WIREMON_TOPIC_RAW"], namespace["WIREMON_TOPIC_ENRICHED"]
    produce(raw, originals)
    assert len(read_topic(kafka.bootstrap_servers, enriched, expect=len(originals), timeout=90)) == len(originals)
    produce(raw, reposts)
    total = len(originals) + len(reposts)
    articles = {r.key.decode(): EnrichedArticle.model_validate_json(r.value)
                for r in read_topic(kafka.bootstrap_servers, enriched, expect=total, timeout=90)}
    assert len(articles) == total
    assert [s.official_id for s in articles["repost-r08"].statements if s.reworded] == ["sergey-lavrov"]

    records = read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_ALERTS"], expect=len(expected),
                         timeout=60)
    records += read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_ALERTS"], idle=3, timeout=10)[len(records):]
    alerts = [Alert.model_validate_json(r.value) for r in records]
    assert {a.alert_id for a in alerts} == expected
    assert len(alerts) == len(expected), "no alert twice"
    # reposts alert only for what rewords the wire copy, marked so (WIREMON_SUPPRESS_REWORDED drops them)
    assert {a.article_id for a in alerts if a.article_id.startswith("repost-")} == {"repost-r08"}
    assert all(a.reworded == (a.article_id == "repost-r08") for a in alerts)
    # (the original's own statements alert; Peskov's there, "said last week", is background)
    assert {a.official.id for a in alerts if a.article_id == "family-e13"} == {"andriy-yermak"}
    assert all(r.key.decode() == Alert.model_validate_json(r.value).official.id for r in records), "keyed by official"

    env = {**os.environ, **namespace}
    zakharova = [a for a in alerts if a.official.id == "maria-zakharova"]
    result = subprocess.run(
        [sys.executable, "-m", "streams", "alerts", "--json", "--from-beginning", "--official", "maria-zakharova",
         "--max", str(len(zakharova)), "--timeout", "20"],
        env=env, capture_output=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    printed = [Alert.model_validate_json(line) for line in result.stdout.decode().splitlines()]
    assert sorted(a.alert_id for a in printed) == sorted(a.alert_id for a in zakharova)

    # --max N prints exactly N, though one poll returns the alerts of several partitions (it printed 4 for --max 1)
    assert len({r.partition for r in records}) > 1
    for n in (1, 2):
        first = subprocess.run([sys.executable, "-m", "streams", "alerts", "--json", "--from-beginning",
                                "--max", str(n), "--timeout", "20"], env=env, capture_output=True, timeout=120)
        assert first.returncode == 0, first.stderr.decode()[-2000:]
        assert len(first.stdout.decode().splitlines()) == n

    readable = subprocess.run([sys.executable, "-m", "streams", "alerts", "--from-beginning", "--max", "1",
                               "--timeout", "20"], env=env, capture_output=True, timeout=120)
    assert readable.returncode == 0, readable.stderr.decode()[-2000:]
    assert any(a.official.name in readable.stdout.decode() for a in alerts)


def test_alerts_timeout_counts_only_alerts_it_prints(kafka, namespace, produce) -> None:
    """`wiremon alerts --official X --timeout T` stops T seconds after its last printed alert, even while alerts of
    other officials (and repeats) keep arriving: before, any record on the topic restarted the wait, so a busy
    topic kept a filtered subscriber running for ever. Repeats of one alert_id are printed once."""
    import threading
    import time
    from datetime import datetime, timezone

    from streams.models import OfficialRef

    def alert(official: str, n: int) -> bytes:
        return Alert(alert_id=f"{official}-{n}", official=OfficialRef(id=official, name=official, role="r"),
                     statement=f"statement {n}", kind="quote", article_id=f"a{n}", lang="en",
                     detected_at=datetime.now(timezone.utc)).model_dump_json().encode()

    topic = namespace["WIREMON_TOPIC_ALERTS"]
    produce(topic, [alert("maria-zakharova", 1), alert("maria-zakharova", 1), alert("sergey-lavrov", 1)])
    stop = threading.Event()

    def others() -> None:  # another official's alerts, three a second, for up to a minute
        n = 2
        while not stop.wait(0.3) and n < 200:
            produce(topic, [alert("sergey-lavrov", n)])
            n += 1

    background = threading.Thread(target=others, daemon=True)
    background.start()
    try:
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "streams", "alerts", "--json", "--from-beginning", "--official", "maria-zakharova",
             "--timeout", "5"],
            env={**os.environ, **namespace}, capture_output=True, timeout=120,
        )
        took = time.monotonic() - started
    finally:
        stop.set()
        background.join()
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    printed = [Alert.model_validate_json(line) for line in result.stdout.decode().splitlines()]
    assert [a.alert_id for a in printed] == ["maria-zakharova-1"]
    assert took < 30, f"ran {took:.0f} s while other officials' alerts arrived"
