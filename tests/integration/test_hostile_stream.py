"""Hostile input through a live worker: hypothesis draws batches of random bytes, arbitrary JSON, wrong types,
deep nesting and adversarial article text (the strategies of tests/unit/test_hostile_input.py); every message of
every batch comes out enriched or dead-lettered with the reason the pure validator gives, each stage takes a
bounded time per message, and the same worker process stays up through all the batches."""

from __future__ import annotations

import base64
import json
import time
import urllib.request
import uuid
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kafka import KafkaConsumer, TopicPartition

from streams.models import DeadLetter
from streams.pipeline import InvalidArticle, validate
from streams.settings import Settings
from tests.unit.test_hostile_input import articles, json_values, wrong_types

MAX_BYTES = Settings.model_fields["max_message_bytes"].default
# What the test's producer and the broker accept by default (1 MB): the strategies can draw more (a long run of
# astral characters written as \u escapes).
MAX_PRODUCE_BYTES = 1_000_000 - 1024
# Each stage of each message finishes within this (a histogram bucket bound). The unit tests' worst cases at
# 1 MiB take up to ~1.3 s for the whole pipeline.
STAGE_BOUND_SECONDS = "1.0"

deep_nesting = st.builds(lambda depth, opener: (opener * depth).encode(), st.integers(1, 50_000),
                         st.sampled_from(["[", '{"a":', '{"text": [']))
# Adversarial articles twice: most other draws are rejected by the validator, these reach every analyser.
hostile = (st.binary(max_size=4000) | json_values.map(lambda v: json.dumps(v).encode()) | wrong_types()
           | articles() | articles() | deep_nesting).filter(lambda payload: len(payload) <= MAX_PRODUCE_BYTES)


def _expected(payload: bytes) -> tuple[str, str]:
    """("dead", reason) or ("ok", article id), as the worker's own validator decides."""
    try:
        return "ok", validate(payload, max_bytes=MAX_BYTES).id or ""
    except InvalidArticle as exc:
        return "dead", exc.reason


def _end_offsets(consumer: KafkaConsumer, topic: str) -> dict[TopicPartition, int]:
    partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
    return consumer.end_offsets(partitions)


def _read_new(bootstrap: str, topic: str, since: dict[TopicPartition, int], want: int, timeout: float) -> list:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    consumer.assign(list(since))
    for tp, offset in since.items():
        consumer.seek(tp, offset)
    records: list = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and len(records) < want:
        for chunk in consumer.poll(timeout_ms=300).values():
            records.extend(chunk)
    consumer.close()
    return records


def test_hostile_batches_are_all_accounted_for(kafka, namespace, start_worker, produce) -> None:
    worker = start_worker()
    raw, enriched, dead = (namespace[f"WIREMON_TOPIC_{name}"] for name in ("RAW", "ENRICHED", "DEADLETTER"))
    probe = KafkaConsumer(bootstrap_servers=kafka.bootstrap_servers, group_id=None)
    batches = 0

    # The worker is started once and shared by every example: that it survives all of them is the point.
    @settings(max_examples=5, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.large_base_example, HealthCheck.function_scoped_fixture])
    @given(st.lists(hostile, min_size=40, max_size=40))
    def batch(payloads: list[bytes]) -> None:
        nonlocal batches
        batches += 1
        keys = [f"fuzz-{uuid.uuid4().hex}".encode() for _ in payloads]
        expected = dict(zip(keys, map(_expected, payloads)))
        since_enriched, since_dead = _end_offsets(probe, enriched), _end_offsets(probe, dead)
        produce(raw, payloads, keys=keys)

        letters = [DeadLetter.model_validate_json(r.value) for r in _read_new(
            kafka.bootstrap_servers, dead, since_dead, sum(1 for o, _ in expected.values() if o == "dead"), 120)]
        by_key = {letter.key_b64: letter for letter in letters}
        assert len(by_key) == len(letters), "one dead letter per message"
        # a valid message may still be dead-lettered as processing_error (a bug, but never a lost message)
        dead_keys = {k for k in keys if _b64(k) in by_key}
        want_enriched = Counter(ident for k, (outcome, ident) in expected.items()
                                if outcome == "ok" and k not in dead_keys)
        records = _read_new(kafka.bootstrap_servers, enriched, since_enriched, sum(want_enriched.values()), 120)
        assert Counter(r.key.decode() for r in records) == want_enriched, worker.log_tail()
        for key, (outcome, detail) in expected.items():
            if outcome == "dead":
                letter = by_key.get(_b64(key))
                assert letter is not None, f"message {key!r} neither enriched nor dead-lettered"
                assert letter.reason == detail, (letter.reason, detail, letter.error)
                assert "\n" not in letter.error
        assert set(by_key) == {_b64(k) for k in dead_keys}, "no dead letter for a message that was enriched"
        assert worker.running, worker.log_tail()

    batch()
    probe.close()
    assert batches >= 5 and worker.running

    with urllib.request.urlopen(f"http://127.0.0.1:{worker.web_port}/metrics", timeout=10) as response:
        samples = _samples(response.read().decode())
    for stage in ("parse", "normalize", "language", "topics", "statements", "fingerprint", "dedup"):
        count = samples.get(f'wiremon_stage_duration_seconds_count{{stage="{stage}"}}', 0.0)
        within = samples.get(f'wiremon_stage_duration_seconds_bucket{{le="{STAGE_BOUND_SECONDS}",stage="{stage}"}}')
        assert count > 0 and within == count, f"{stage}: {count - (within or 0):.0f} messages over {STAGE_BOUND_SECONDS} s"


def _b64(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def _samples(text: str) -> dict[str, float]:
    values = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            values[name] = float(value)
    return values
