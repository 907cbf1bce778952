"""`wiremon feed` as a process, through the real broker and a real worker, for every kind of source."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

from kafka import KafkaConsumer, TopicPartition

from streams.devtools import read_topic
from streams.models import DeadLetter, EnrichedArticle
from streams.sources.files import text_article
from tests.integration.conftest import article
from tests.unit.test_sources import ATOM, RSS2, FeedServer

TEXT_EN = ("The central bank kept its main interest rate unchanged on Thursday, saying inflation was slowing but "
           "remained above its target, and signalled that cuts could come later in the year.")
TEXT_FR = ("Le gouvernement français a annoncé mardi un nouveau plan pour les hôpitaux publics, doté de deux "
           "milliards d'euros sur trois ans, afin de recruter des infirmiers.")


def _feed(namespace: dict[str, str], *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "streams", "feed", *args], input=stdin.decode(),
                            env={**os.environ, **namespace}, capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr
    return result


def _enriched(kafka, namespace: dict[str, str], expect: int) -> dict[str, EnrichedArticle]:
    records = read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_ENRICHED"], expect=expect, timeout=60)
    articles = {a.id: a for a in (EnrichedArticle.model_validate_json(r.value) for r in records)}
    assert len(articles) == expect, sorted(articles)
    return articles


def _raw_count(kafka, namespace: dict[str, str]) -> int:
    """Messages on the raw topic: the sum of its end offsets (exact, since the feed waited for the acks)."""
    topic = namespace["WIREMON_TOPIC_RAW"]
    consumer = KafkaConsumer(bootstrap_servers=kafka.bootstrap_servers)
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        return sum(consumer.end_offsets(partitions).values())
    finally:
        consumer.close()


def test_json_lines_file_and_stdin(kafka, namespace, start_worker, tmp_path: Path) -> None:
    start_worker()
    path = tmp_path / "batch.jsonl"
    path.write_bytes(article("file-1", TEXT_EN, title="Rates on hold") + b"\n\n"
                     + article("file-2", TEXT_FR, title="Plan hôpitaux") + b"\n")
    result = _feed(namespace, str(path))
    assert result.stderr.strip().endswith(f"produced 2 messages to {namespace['WIREMON_TOPIC_RAW']}")
    _feed(namespace, "-", stdin=article("stdin-1", TEXT_EN.replace("Thursday", "Friday"), title="Via stdin") + b"\n")

    articles = _enriched(kafka, namespace, 3)
    assert {i: a.title for i, a in articles.items()} == {
        "file-1": "Rates on hold", "file-2": "Plan hôpitaux", "stdin-1": "Via stdin"}
    assert articles["file-2"].lang == "fr"


def test_watched_directory_feeds_each_file_once(kafka, namespace, start_worker, tmp_path: Path) -> None:
    start_worker()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.jsonl").write_bytes(article("dir-1", TEXT_EN, title="Rates on hold") + b"\nnot json at all\n")
    (inbox / "b.json").write_text(json.dumps([{"id": "dir-2", "text": TEXT_FR, "title": "Plan hôpitaux"}]))
    (inbox / "c.txt").write_text("Storm closes airports\nA winter storm closed three airports in the north on "
                                 "Sunday, and the railway operator cancelled dozens of trains.\n")
    (inbox / ".d.jsonl.part").write_bytes(article("never", TEXT_EN))  # still being copied: not taken
    txt_id = json.loads(text_article((inbox / "c.txt").read_bytes()) or b"{}")["id"]

    first = _feed(namespace, str(inbox), "--once")
    assert "produced 4 messages" in first.stderr, first.stderr
    assert _raw_count(kafka, namespace) == 4
    articles = _enriched(kafka, namespace, 3)
    assert {i: a.title for i, a in articles.items()} == {
        "dir-1": "Rates on hold", "dir-2": "Plan hôpitaux", txt_id: "Storm closes airports"}
    dead = read_topic(kafka.bootstrap_servers, namespace["WIREMON_TOPIC_DEADLETTER"], expect=1, timeout=30)
    assert len(dead) == 1, "the bad line of a.jsonl is dead-lettered, not lost"

    # A second run (a restart, or the next cron job) feeds only what is new.
    (inbox / ".d.jsonl.part").rename(inbox / "d.jsonl")
    second = _feed(namespace, str(inbox), "--once")
    assert "produced 1 message to" in second.stderr, second.stderr
    third = _feed(namespace, str(inbox), "--once")
    assert "produced 0 messages" in third.stderr, third.stderr
    assert _raw_count(kafka, namespace) == 5
    assert "never" in _enriched(kafka, namespace, 4)


def test_messages_too_large_for_the_raw_topic_are_dead_lettered_by_the_feed(kafka, namespace, tmp_path: Path) -> None:
    raw, dead_topic = namespace["WIREMON_TOPIC_RAW"], namespace["WIREMON_TOPIC_DEADLETTER"]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    huge = article("huge-1", TEXT_EN + " word" * 260_000)  # 1.3 MB: above WIREMON_MAX_MESSAGE_BYTES (1 MiB)
    (inbox / "a.jsonl").write_bytes(b"\n".join([article("small-1", TEXT_EN), huge, article("small-2", TEXT_FR)]))
    first = _feed(namespace, str(inbox), "--once")
    assert f"produced 2 messages to {raw}, 1 too large for it to {dead_topic}" in first.stderr, first.stderr
    assert "article huge-1 (1,300," in first.stderr
    # The file counts as fed: the next run does not stop on it again.
    assert "produced 0 messages" in _feed(namespace, str(inbox), "--once").stderr
    assert _raw_count(kafka, namespace) == 2

    # A raw topic that takes less than WIREMON_MAX_MESSAGE_BYTES (here the broker's default, 1 MB): the
    # broker's refusal is dead-lettered the same way, and the feed goes on with the next message.
    # Small messages before and after it, in the same batches, still go through.
    refused = article("refused-1", TEXT_EN + " word" * 300_000)
    smalls = [article(f"small-{i}", f"{TEXT_EN} ({i})") for i in range(3, 33)]
    second = _feed({**namespace, "WIREMON_MAX_MESSAGE_BYTES": str(4 * 1_048_576)}, "-",
                   stdin=b"\n".join(smalls[:5] + [refused] + smalls[5:]) + b"\n")
    assert f"produced 30 messages to {raw}, 1 too large for it to {dead_topic}" in second.stderr, second.stderr
    assert _raw_count(kafka, namespace) == 32

    letters = {DeadLetter.model_validate_json(r.value).key_b64: DeadLetter.model_validate_json(r.value)
               for r in read_topic(kafka.bootstrap_servers, dead_topic, expect=2, timeout=30)}
    huge_letter = letters[base64.b64encode(b"huge-1").decode()]
    refused_letter = letters[base64.b64encode(b"refused-1").decode()]
    for letter, value in ((huge_letter, huge), (refused_letter, refused)):
        assert (letter.reason, letter.topic, letter.partition, letter.offset) == ("too_large", raw, -1, -1)
        assert letter.payload_truncated and base64.b64decode(letter.payload_b64) == value[:262_144]
    assert "limit is 1048576" in huge_letter.error
    assert "refused by the broker" in refused_letter.error


def test_rss_and_atom_feeds_over_http(kafka, namespace, start_worker, tmp_path: Path) -> None:
    start_worker()
    state = tmp_path / "feed-state.json"
    with FeedServer({"/rss.xml": RSS2.read_bytes(), "/atom.xml": ATOM.read_bytes()}) as server:
        rss, atom = server.url("/rss.xml"), server.url("/atom.xml")
        first = _feed(namespace, rss, atom, "--once", "--state", str(state))
        assert "produced 4 messages" in first.stderr, first.stderr
        again = _feed(namespace, rss, atom, "--once", "--state", str(state))
        assert "produced 0 messages" in again.stderr, again.stderr
        assert all("if-none-match" in r for r in server.requests[-2:]), "the second poll is conditional"
    assert _raw_count(kafka, namespace) == 4

    articles = _enriched(kafka, namespace, 4)
    # (the test server is not cna.example nor nd.example: their URIs are ids under the feed URLs)
    assert {i: a.title for i, a in articles.items()} == {
        f"{rss}#https://cna.example/2024/06/10/zakharova-un-kursk": "Zakharova urges UN to condemn strikes on Kursk "
                                                                   "region",
        f"{rss}#4711": "Parliament approves budget for rural hospitals",
        f"{atom}#tag:nd.example,2024-06-11:landwirtschaft-hilfen": "Bundesregierung beschließt neue Hilfen für die "
                                                                  "Landwirtschaft",
        f"{atom}#tag:nd.example,2024-06-11:bahnstreik": "Bahnstreik beendet",
    }
    zakharova = articles[f"{rss}#https://cna.example/2024/06/10/zakharova-un-kursk"]
    assert zakharova.source == "Capital News Agency" and zakharova.lang == "en"
    assert "<p>" not in zakharova.clean_text and any(s.official_id == "maria-zakharova" for s in zakharova.statements)
    assert articles[f"{atom}#tag:nd.example,2024-06-11:bahnstreik"].lang == "de"
