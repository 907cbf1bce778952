"""Near-duplicate detection in the stream: across partitions and worker processes, and across restarts."""

from __future__ import annotations

import json
import time
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families

from streams.devtools import read_topic, wait_for_http
from streams.models import EnrichedArticle
from tests.integration.conftest import article
from tests.unit.test_repost_families import DATA as REPOST_FAMILIES

STORIES = {
    "kursk": (
        "The Russian Foreign Ministry has called on international organisations to condemn the strikes carried "
        "out by Ukrainian forces on residential areas of the Kursk region, spokeswoman Maria Zakharova told her "
        "weekly briefing in Moscow on Thursday. She said the strikes served no military purpose and accused "
        "Western capitals of encouraging the escalation by supplying long-range weapons to Kyiv.\n\n"
        "According to the regional authorities, more than a hundred thousand residents have been evacuated "
        "from border districts since the incursion began on August 6, and emergency shelters have been opened "
        "in Kursk and neighbouring regions. Officials said that rail services to the south of the region would "
        "remain suspended until further notice.\n\n"
        "Zakharova also accused the International Committee of the Red Cross of ignoring appeals to visit the "
        "affected districts, and said that Moscow would raise the issue at the United Nations Security Council "
        "next week. Diplomats in New York said no date had been set for a meeting."
    ),
    "budget": (
        "The German cabinet approved a draft budget for next year on Wednesday after weeks of negotiations "
        "between the three coalition parties, Finance Minister Christian Lindner told reporters in Berlin. "
        "The plan keeps new borrowing within the limits of the constitutional debt brake while increasing "
        "spending on defence and on railway maintenance.\n\n"
        "Economists said the draft relied on optimistic growth assumptions and on savings that had yet to be "
        "specified. Opposition parties criticised cuts to development aid and to programmes for the long-term "
        "unemployed, and said they would seek changes when the budget committee takes up the plan.\n\n"
        "The Bundestag is expected to hold its first reading in September, with a final vote scheduled for "
        "late November. The coalition has a narrow majority in the lower house."
    ),
}


def _repost(text: str, variant: int) -> str:
    paragraphs = text.split("\n\n")
    if variant == 0:  # cut tail, footer added
        return "\n\n".join(paragraphs[:2]) + "\n\nRelated Post\n\nLeave a Reply"
    if variant == 1:  # new headline line, boilerplate
        return "BREAKING NEWS\n\n" + text + "\n\nShare this:\n\n© 2024 Example Media. All rights reserved."
    return text.replace("on Thursday", "on Thursday morning").replace("told reporters", "said")


def _enriched(kafka, namespace, expect: int) -> dict[str, EnrichedArticle]:
    """The enriched articles by id, once ``expect`` distinct ones arrived (a redelivered one comes out twice)."""
    records = read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_ENRICHED"], timeout=120,
                         until=lambda records: len({r.key for r in records}) >= expect)
    return {a.id: a for a in (EnrichedArticle.model_validate_json(r.value) for r in records)}


def _consumed(worker) -> float:
    return _sample(worker, "wiremon_articles_consumed_total") or 0.0


def _lag_series(worker) -> dict[tuple[str, str], float]:
    """The worker's ``wiremon_consumer_lag_messages`` series: (topic, partition) -> value."""
    families = text_string_to_metric_families(_metrics_text(worker))
    return {(sample.labels["topic"], sample.labels["partition"]): sample.value
            for family in families if family.name == "wiremon_consumer_lag_messages" for sample in family.samples}


def _sample(worker, name: str) -> float | None:
    families = text_string_to_metric_families(_metrics_text(worker))
    return next((sample.value for family in families for sample in family.samples if sample.name == name), None)


def _metrics_text(worker) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{worker.web_port}/metrics", timeout=5) as response:
        return response.read().decode()


def test_reposts_on_other_partitions_and_workers_are_caught(kafka, namespace, start_worker, produce,
                                                            tmp_path) -> None:
    first = start_worker(WIREMON_PARTITIONS="4", WIREMON_DATA_DIR=str(tmp_path / "w1"))
    assert wait_for_http(f"http://127.0.0.1:{first.web_port}/ready", timeout=90), first.log_tail()
    # Scraped while it holds every partition (the second takes some over); a partition has lag once its first
    # fetch told the worker its end offset.
    deadline = time.monotonic() + 30
    while len(_lag_series(first)) < 4 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert len(_lag_series(first)) >= 4
    second = start_worker(WIREMON_PARTITIONS="4", WIREMON_DATA_DIR=str(tmp_path / "w2"))
    for worker in (first, second):
        assert wait_for_http(f"http://127.0.0.1:{worker.web_port}/ready", timeout=90), worker.log_tail()
    raw = namespace["WIREMON_TOPIC_RAW"]
    originals = [article(f"orig-{name}", text) for name, text in STORIES.items()]
    produce(raw, originals, partitions=[0, 1])
    assert len(_enriched(kafka, namespace, 2)) == 2

    reposts, ids, partitions = [], [], []
    for name, text in STORIES.items():
        for variant in range(3):
            ids.append(f"repost-{name}-{variant}")
            reposts.append(article(ids[-1], _repost(text, variant)))
            partitions.append((len(partitions) + 1) % 4)  # every partition, the originals' ones included
    produce(raw, reposts, partitions=partitions)
    articles = _enriched(kafka, namespace, 2 + len(reposts))

    for name in STORIES:
        original = articles[f"orig-{name}"]
        assert original.duplicate_of is None and original.cluster_id == original.id
        for variant in range(3):
            repost = articles[f"repost-{name}-{variant}"]
            assert repost.duplicate_of == original.id, (repost.id, repost.similarity)
            assert repost.cluster_id == original.id and repost.similarity is not None
    assert _consumed(first) > 0 and _consumed(second) > 0, "both workers must have processed raw partitions"

    # Lag is reported for the partitions the agents read, each by the one worker that holds it now: no table
    # changelog (its length is not lag), nothing left over from before the rebalance, and nothing once drained.
    streamed = {raw: 4, f"{namespace['WIREMON_APP_ID']}-dedup": 1, f"{namespace['WIREMON_APP_ID']}-statements": 4}
    deadline = time.monotonic() + 60
    while True:
        lags = [_lag_series(first), _lag_series(second)]
        both = [key for key in lags[0] if key in lags[1]]
        union = {**lags[0], **lags[1]}
        settled = not both and set(union) == {(t, str(p)) for t, n in streamed.items() for p in range(n)}
        if (settled and not any(union.values())) or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert not both, f"reported by both workers: {both}"
    assert sorted(union) == sorted((t, str(p)) for t, n in streamed.items() for p in range(n)), sorted(union)
    assert not any(union.values()), union

    # The worker's Faust monitor saw the first worker's rebalances (its own start, the second's arrival), and
    # neither worker is still rebalancing.
    assert (_sample(first, "wiremon_rebalances_total") or 0) >= 2
    assert _sample(first, "wiremon_rebalancing") == 0 and _sample(second, "wiremon_rebalancing") == 0
    assert (_sample(second, "wiremon_kafka_send_duration_seconds_count") or 0) > 0


@pytest.mark.parametrize("store", ["memory://", "rocksdb://"])
def test_index_survives_a_restart(kafka, namespace, start_worker, produce, store) -> None:
    raw = namespace["WIREMON_TOPIC_RAW"]
    # and the canonical attributions: a repost that moved Yermak's quote after a paragraph about Peskov
    # (tests/data/repost_families.jsonl) keeps the attribution of its canonical copy, seen before the restart, and
    # one whose outlet rewrote the opening is a rewording of its canonical copy's Lavrov
    families = {f["family"]: f for f in map(json.loads, REPOST_FAMILIES.read_text(encoding="utf-8").splitlines())}
    reordered = next(a for a in families["E13"]["articles"] if a["tags"] == ["para_reorder"])
    rewritten = next(a for a in families["R08"]["articles"] if "lead_rewrite" in a["tags"])
    worker = start_worker(WIREMON_STORE=store)
    produce(raw, [article("before-restart", STORIES["kursk"]),
                  json.dumps({**families["E13"]["articles"][0]["article"], "id": "wire-e13"}).encode(),
                  json.dumps({**families["R08"]["articles"][0]["article"], "id": "wire-r08"}).encode()])
    before = _enriched(kafka, namespace, 3)
    assert before["before-restart"].duplicate_of is None
    yermak = [s.text for s in before["wire-e13"].statements if s.official_id == "andriy-yermak"]
    worker.stop()
    assert not worker.running

    restarted = start_worker(WIREMON_STORE=store)
    assert wait_for_http(f"http://127.0.0.1:{restarted.web_port}/ready", timeout=90), restarted.log_tail()
    produce(raw, [article("after-restart", _repost(STORIES["kursk"], 0)),
                  json.dumps({**reordered["article"], "id": "repost-e13"}).encode(),
                  json.dumps({**rewritten["article"], "id": "repost-r08"}).encode()])
    articles = _enriched(kafka, namespace, 6)
    assert articles["after-restart"].duplicate_of == "before-restart"
    assert articles["repost-e13"].duplicate_of == "wire-e13"
    moved = [s for s in articles["repost-e13"].statements if any(s.text[:40] in text for text in yermak)]
    assert moved and {s.official_id for s in moved} == {"andriy-yermak"}, articles["repost-e13"].statements
    assert articles["repost-r08"].duplicate_of == "wire-r08"
    assert [s.official_id for s in articles["repost-r08"].statements if s.reworded] == ["sergey-lavrov"]
