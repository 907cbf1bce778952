"""A real worker process on the real broker: every raw message comes out enriched or dead-lettered."""

from __future__ import annotations

import base64
import json

from streams.devtools import read_topic
from streams.models import DeadLetter, EnrichedArticle
from tests.integration.conftest import article

VALID_TEXT = (
    "Russian Foreign Ministry spokeswoman Maria Zakharova said on Thursday that Moscow would raise the strikes "
    "on the Kursk region at the United Nations Security Council. \"We once again urge international "
    "organisations to condemn the attacks on civilian infrastructure,\" Zakharova said."
)


def test_every_message_is_enriched_or_dead_lettered(kafka, namespace, start_worker, produce) -> None:
    valid = [
        article("ok-1", VALID_TEXT, source="Wire A", title="Zakharova urges condemnation", extra_field="kept"),
        article("ok-2", "<p>Die Bundesregierung hat am Montag neue Hilfen für die Landwirtschaft beschlossen. "
                        "Der Minister sagte, die Mittel sollten noch in diesem Jahr fließen.</p>", lang="de"),
        json.dumps({"body": "Le gouvernement français a annoncé mardi un nouveau plan pour les hôpitaux publics, "
                            "doté de deux milliards d'euros sur trois ans."}).encode(),
    ]
    invalid = {
        b"this is not json": "not_json",
        b"\xff\xfe{\"text\": \"bad bytes\"}": "not_utf8",
        b"[1, 2, 3]": "not_object",
        article("no-text", "")[:-1] + b', "x": 1}': "schema",
        json.dumps({"id": "big", "text": "x" * 10_000}).encode(): "too_large",
    }
    worker = start_worker(WIREMON_MAX_MESSAGE_BYTES="4096")
    produce(namespace["WIREMON_TOPIC_RAW"], valid + list(invalid))

    enriched = read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_ENRICHED"], expect=len(valid),
                          timeout=90)
    dead = read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_DEADLETTER"], expect=len(invalid),
                      timeout=60)
    assert len(enriched) == len(valid), worker.log_tail()
    assert len(dead) == len(invalid), worker.log_tail()

    articles = {r.key.decode(): EnrichedArticle.model_validate_json(r.value) for r in enriched}
    assert {"ok-1", "ok-2"} <= set(articles)
    derived = [a for key, a in articles.items() if key not in ("ok-1", "ok-2")]
    assert len(derived) == 1 and derived[0].id.startswith("sha-")
    assert articles["ok-1"].extra == {"extra_field": "kept"}
    assert articles["ok-1"].lang == "en" and articles["ok-2"].lang == "de" and derived[0].lang == "fr"
    assert "<p>" not in articles["ok-2"].clean_text and "<p>" in articles["ok-2"].text
    assert any(t.code == "medtop:16000000" or t.code == "medtop:11000000" for t in articles["ok-1"].topics)

    letters = [DeadLetter.model_validate_json(r.value) for r in dead]
    by_payload = {base64.b64decode(d.payload_b64): d for d in letters}
    assert set(by_payload) == set(invalid), "the original bytes travel with the dead letter"
    for payload, reason in invalid.items():
        letter = by_payload[payload]
        assert letter.reason == reason, letter
        assert letter.topic == namespace["WIREMON_TOPIC_RAW"] and letter.offset >= 0
        assert "\n" not in letter.error
    assert worker.running, "bad input must never stop the worker"


def test_an_article_near_the_size_limit_comes_out_enriched(kafka, namespace, start_worker, produce) -> None:
    """A raw message just under Kafka's default 1 MB record limit is valid (WIREMON_MAX_MESSAGE_BYTES is 1 MiB),
    and its enriched record, which carries the text twice, is about twice that: the worker creates its topics
    and producer for such records (Settings.record_max_bytes) instead of failing to send them."""
    paragraph = VALID_TEXT + " " + " ".join(f"Paragraph {n} of the long report on the region." for n in range(8))
    text = "\n\n".join(f"{paragraph} Section {k}." for k in range(1500))[:900_000]
    payload = article("long-1", text)
    assert 850_000 < len(payload) < 1_000_000
    worker = start_worker()
    produce(namespace["WIREMON_TOPIC_RAW"], [payload, article("short-1", VALID_TEXT)])
    enriched = read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_ENRICHED"], expect=2, timeout=120)
    by_id = {r.key.decode(): r for r in enriched}
    assert set(by_id) == {"long-1", "short-1"}, worker.log_tail()
    assert len(by_id["long-1"].value) > 1_048_576  # over Kafka's default record limit
    assert EnrichedArticle.model_validate_json(by_id["long-1"].value).text == text
    assert worker.running, worker.log_tail()


def test_compressed_batches_odd_timestamps_and_huge_keys(kafka, namespace, start_worker) -> None:
    """What a hostile or merely different producer sends: batches in every Kafka codec (one lz4 batch crashed the
    consumer, at every restart), Kafka timestamps unset or in 2100 (which expired the whole duplicate index), and a
    key too large for a dead letter to carry twice (the letter was refused and the message lost)."""
    import time

    from kafka import KafkaProducer

    raw = namespace["WIREMON_TOPIC_RAW"]
    worker = start_worker()
    original = article("orig-1", VALID_TEXT, title="Zakharova urges condemnation")
    for codec in ("gzip", "lz4", "zstd", "snappy"):
        producer = KafkaProducer(bootstrap_servers=kafka.bootstrap_servers, compression_type=codec, acks="all")
        own = {"lz4": "The central bank left its key rate unchanged and said inflation had slowed for a third "
                      "month in a row.",
               "zstd": "Heavy rain flooded several villages in the south overnight, and rescue teams evacuated "
                       "hundreds of residents.",
               "snappy": "The national football team won its qualifier away from home with two late goals from "
                         "the substitute striker."}
        producer.send(raw, key=f"{codec}-1".encode(),
                      value=original if codec == "gzip" else article(f"{codec}-1", own[codec]))
        producer.flush()
        producer.close()
    producer = KafkaProducer(bootstrap_servers=kafka.bootstrap_servers, acks="all", max_request_size=4_000_000)
    year_2100_ms = 4_102_444_800_000
    producer.send(raw, key=b"future-1", value=article("future-1", "An unrelated item about the weather in the "
                  "mountains, with snow expected above 1,500 metres on Friday and clear skies on Sunday."),
                  timestamp_ms=year_2100_ms)
    producer.flush()
    time.sleep(2)  # the repost after the 2100 record: the original must still be in the index
    producer.send(raw, key=b"repost-1", value=article("repost-1", VALID_TEXT, title="Moscow to raise strikes at UN"))
    producer.send(raw, key=b"k" * 200_000, value=b"[1, 2, 3]")  # 200 KB key, invalid article
    producer.flush()
    producer.close()

    enriched = read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_ENRICHED"], expect=6, timeout=90)
    dead = read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_DEADLETTER"], expect=1, timeout=60)
    articles = {r.key.decode(): EnrichedArticle.model_validate_json(r.value) for r in enriched}
    assert set(articles) == {"orig-1", "lz4-1", "zstd-1", "snappy-1", "future-1", "repost-1"}, worker.log_tail()
    assert articles["repost-1"].duplicate_of == "orig-1"
    assert articles["future-1"].ingested_at.year < 2100  # the worker's clock instead
    [letter_record] = dead
    letter = DeadLetter.model_validate_json(letter_record.value)
    assert letter.reason == "not_object" and len(base64.b64decode(letter.key_b64 or "")) == 4096
    assert "key cut to its first 4096 of 200000 bytes" in letter.error
    assert worker.running, worker.log_tail()


def test_internal_records_a_stage_cannot_process_are_dead_lettered(kafka, namespace, start_worker, produce) -> None:
    """Records on the internal topics that their stage cannot process: a sequencer record whose fingerprint is of
    another format version (what a rolling upgrade with a backlog leaves behind), and bytes that are no record at
    all. Each goes to the dead-letter topic with the reason and its bytes, and the stages go on. Before, the agent
    crashed on it, and Faust acknowledged the record it crashed on: the article or statement was gone."""
    from streams.models import DedupRequest

    app_id = namespace["WIREMON_APP_ID"]
    sequencer, statements = f"{app_id}-dedup", f"{app_id}-statements"
    worker = start_worker()
    produce(namespace["WIREMON_TOPIC_RAW"], [article("ok-1", VALID_TEXT)])
    first = read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_ENRICHED"], expect=1, timeout=90)
    assert len(first) == 1, worker.log_tail()
    known = EnrichedArticle.model_validate_json(first[0].value)

    other_version = DedupRequest(article=known.model_copy(update={"id": "next-version"}),
                                 fingerprint={"v": 99, "sig": "", "size": 0}).model_dump_json().encode()
    garbage = b"\x00 not a record"
    produce(sequencer, [other_version, garbage], keys=[b"next-version", b"g1"])
    produce(statements, [garbage], keys=[b"maria-zakharova"])
    # The stages still work, for articles and for their statements.
    later = ("Russian Foreign Ministry spokeswoman Maria Zakharova said on Friday that Moscow had summoned the "
             "ambassador. \"The arbitrary detention of our reporters in the port city will not go unanswered,\" "
             "Zakharova said.")  # a new statement, on the partition of the statements topic the garbage went to
    produce(namespace["WIREMON_TOPIC_RAW"], [article("ok-2", later)])

    dead = read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_DEADLETTER"], expect=3, timeout=60)
    letters = [DeadLetter.model_validate_json(r.value) for r in dead]
    by_topic = sorted((d.topic, base64.b64decode(d.payload_b64), d.reason) for d in letters)
    assert by_topic == sorted([(sequencer, other_version, "processing_error"), (sequencer, garbage, "schema"),
                               (statements, garbage, "schema")]), worker.log_tail()
    assert all("\n" not in d.error and d.offset >= 0 for d in letters)
    assert "unsupported fingerprint version 99" in next(d.error for d in letters if d.reason == "processing_error")
    enriched = read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_ENRICHED"], expect=2, timeout=60)
    assert [r.key for r in enriched] == [b"ok-1", b"ok-2"], worker.log_tail()
    alerts = read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_ALERTS"],
                        until=lambda records: any(b'"ok-2"' in r.value for r in records), timeout=60)
    assert any(b'"ok-2"' in r.value for r in alerts), worker.log_tail()
    assert worker.running


def test_a_worker_refuses_topics_its_tables_cannot_be_co_partitioned_with(kafka, namespace, tmp_path) -> None:
    """The statements topic raised to 8 partitions by hand while WIREMON_PARTITIONS stays 4: Faust refused every write
    to the novelty table (PartitionsMismatch), so every statement was dead-lettered and no alert ever came out. The
    worker and ``wiremon topics`` now stop with one line that says what to change."""
    import os
    import subprocess
    import sys

    from kafka.admin import KafkaAdminClient, NewTopic

    statements = f"{namespace['WIREMON_APP_ID']}-statements"
    admin = KafkaAdminClient(bootstrap_servers=kafka.bootstrap_servers)
    admin.create_topics([NewTopic(statements, num_partitions=8, replication_factor=1)])
    admin.close()
    env = {**os.environ, **namespace, "WIREMON_PARTITIONS": "4", "WIREMON_DATA_DIR": str(tmp_path / "state")}
    for command in ("worker", "topics"):
        result = subprocess.run([sys.executable, "-m", "streams", command], env=env, capture_output=True, timeout=120)
        err = result.stderr.decode()
        assert result.returncode == 2, err
        assert "Traceback" not in err and err.splitlines()[-1].startswith(  # (after the log's "created topics")
            f"wiremon: error: topic {statements} has 8 partitions; it must have WIREMON_PARTITIONS=4 for the novelty "
            "table: set WIREMON_PARTITIONS=8"), err


def test_a_request_the_broker_refuses_is_reported_as_refused_with_its_reason(kafka, namespace, tmp_path) -> None:
    """A replication factor larger than the cluster: the broker answers and refuses. The line said "cannot reach
    Kafka" and quoted the whole request (~730 characters); it now says refused, with the broker's own reason."""
    import os
    import subprocess
    import sys

    env = {**os.environ, **namespace, "WIREMON_REPLICATION_FACTOR": "1000", "WIREMON_DATA_DIR": str(tmp_path / "s")}
    for command in ("topics", "worker"):
        result = subprocess.run([sys.executable, "-m", "streams", command], env=env, capture_output=True, timeout=120)
        err = result.stderr.decode()
        assert result.returncode == 2, err
        assert err.count("\n") == 1 and "Traceback" not in err, err
        assert err.startswith("wiremon: error: Kafka at kafka://"), err
        assert " refused: InvalidReplicationFactorError: " in err, err
        assert "1000" in err and "CreateTopicsRequest" not in err, err


def _changelogs(kafka, app_id: str) -> tuple[dict[str, int], dict[str, int], dict[str, dict]]:
    """The changelogs the worker's tables need (name -> partitions), what the broker has of them (partitions with a
    leader), and their topic configurations."""
    from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient

    from streams.admin import changelog_plan
    from streams.settings import Settings

    plan = changelog_plan(Settings(app_id=app_id))
    admin = KafkaAdminClient(bootstrap_servers=kafka.bootstrap_servers)
    try:
        described = {d["name"]: sum(p["leader_id"] >= 0 for p in d["partitions"])
                     for d in admin.describe_topics(list(plan))}
        configs = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, name) for name in plan])["topic"]
    finally:
        admin.close()
    return plan, described, configs


def test_topics_creates_the_tables_changelogs_compacted(kafka, namespace, tmp_path) -> None:
    """``wiremon topics`` (and the worker, which runs the same before Faust starts) creates the tables' changelogs,
    each with its partitions led, compacted, taking the worker's records, and lists them."""
    import os
    import subprocess
    import sys

    from streams.settings import Settings

    env = {**os.environ, **namespace}
    result = subprocess.run([sys.executable, "-m", "streams", "topics"], env=env, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    plan, described, configs = _changelogs(kafka, namespace["WIREMON_APP_ID"])
    listed = {line.split("\t")[0]: line.split("\t")[2] for line in result.stdout.decode().splitlines()}
    assert {name: listed.get(name) for name in plan} == {name: "created" for name in plan}
    assert described == plan
    for name in plan:
        assert configs[name]["cleanup.policy"]["value"] == "compact", configs[name]
        assert int(configs[name]["max.message.bytes"]["value"]) == Settings().record_max_bytes


def test_a_fresh_worker_writes_its_tables_from_the_first_article(kafka, namespace, start_worker, produce) -> None:
    """Faust used to create the tables' changelogs as the worker started, and its consumer could take a changelog's
    partition count before the topic existed: 0 until the next metadata refresh (up to five minutes), during which
    Faust refused every write to the table (PartitionsMismatch) and each article with statements was dead-lettered.
    The worker now creates them before Faust starts; an article with statements sent as soon as it answers comes
    out with its alerts."""
    from streams.models import Alert

    worker = start_worker()
    produce(namespace["WIREMON_TOPIC_RAW"], [article("first", VALID_TEXT, source="Wire A")])
    alerts = read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_ALERTS"], expect=2, timeout=90)
    assert [Alert.model_validate_json(r.value).official.id for r in alerts] == ["maria-zakharova"] * 2, \
        worker.log_tail()
    assert read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_DEADLETTER"], idle=2, timeout=5) == []
    log = worker.log_path.read_text(errors="replace")
    assert "PartitionsMismatch" not in log
    plan, described, _ = _changelogs(kafka, namespace["WIREMON_APP_ID"])
    assert described == plan
    created = next(line for line in log.splitlines() if "created topics: " in line).split("created topics: ")[1]
    assert set(plan) <= set(created.strip().split(", ")), "created by the worker before Faust started"
