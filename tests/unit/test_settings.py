from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from streams.app import broker_credentials
from streams.settings import Settings


def test_defaults_match_the_documented_topics() -> None:
    s = Settings()
    assert (s.topic_raw, s.topic_enriched, s.topic_alerts, s.topic_deadletter) == (
        "articles.raw", "articles.enriched", "alerts", "articles.deadletter")
    assert s.store == "memory://"
    assert s.max_message_bytes == 1024 * 1024


def test_env_vars_use_the_wiremon_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREMON_BROKER", "k1:9092,k2:9092")
    monkeypatch.setenv("WIREMON_PARTITIONS", "8")
    s = Settings()
    assert s.broker == "kafka://k1:9092;kafka://k2:9092"
    assert s.bootstrap_servers == ["k1:9092", "k2:9092"]
    assert s.partitions == 8


def test_invalid_values_are_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREMON_PARTITIONS", "0")
    with pytest.raises(ValidationError):
        Settings()


def test_rewordings_alert_marked_unless_suppressed(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().suppress_reworded is False
    monkeypatch.setenv("WIREMON_SUPPRESS_REWORDED", "true")
    assert Settings().suppress_reworded is True
    monkeypatch.setenv("WIREMON_SUPPRESS_REWORDED", "sometimes")
    with pytest.raises(ValidationError):
        Settings()


@pytest.mark.parametrize("variable", ["WIREMON_DEDUP_RETENTION_SECONDS", "WIREMON_NOVELTY_WINDOW_SECONDS",
                                      "WIREMON_SESSION_TIMEOUT_SECONDS", "WIREMON_CONNECT_TIMEOUT_SECONDS"])
@pytest.mark.parametrize("value", ["inf", "nan"])
def test_durations_are_finite(monkeypatch: pytest.MonkeyPatch, variable: str, value: str) -> None:
    # A retention of inf was accepted (every fingerprint kept for ever); nan was refused as "greater than 90"
    monkeypatch.setenv(variable, value)
    with pytest.raises(ValidationError, match="finite number"):
        Settings()


@pytest.mark.parametrize("broker", ["kafka://h:x", "kafka://:9092", "h:0", "h:65536", "ssl://h:9093", "h:9092/path",
                                    "h:", "kafka://user@h:9092"])
def test_broker_addresses_are_checked_before_any_client_sees_them(broker: str) -> None:
    with pytest.raises(ValidationError, match="is not kafka://host"):
        Settings(broker=broker)


def test_broker_addresses_keep_their_forms() -> None:
    assert Settings(broker="localhost").bootstrap_servers == ["localhost"]  # the client's default port
    assert Settings(broker="[::1]:9092, kafka://k2:19092").broker == "kafka://[::1]:9092;kafka://k2:19092"
    assert Settings(broker="kafka-0.kafka_headless.svc:9092").bootstrap_servers == ["kafka-0.kafka_headless.svc:9092"]


def test_faust_transactions_are_refused_with_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    """Faust's exactly_once commits a sent record with its destination partition's offsets: the sequencer
    never saw a record (README, Transactions)."""
    monkeypatch.setenv("WIREMON_PROCESSING_GUARANTEE", "exactly_once")
    with pytest.raises(ValidationError, match="exactly_once is not supported .*sequencer never sees it"):
        Settings()
    monkeypatch.setenv("WIREMON_PROCESSING_GUARANTEE", "at_least_once")
    assert Settings().processing_guarantee == "at_least_once"


def test_sasl_settings_reach_both_clients_and_secret_is_hidden() -> None:
    s = Settings(security_protocol="SASL_PLAINTEXT", sasl_mechanism="SCRAM-SHA-512", sasl_username="mon",
                 sasl_password="s3cret")
    options = s.kafka_python_options()
    assert options["sasl_mechanism"] == "SCRAM-SHA-512"
    assert options["sasl_plain_username"] == "mon" and options["sasl_plain_password"] == "s3cret"
    credentials = broker_credentials(s)
    assert credentials is not None and credentials.username == "mon"
    assert "s3cret" not in repr(s) and "s3cret" not in str(s.model_dump())


def test_plaintext_has_no_credentials() -> None:
    assert broker_credentials(Settings()) is None
    assert Settings().kafka_python_options() == {"security_protocol": "PLAINTEXT", "bootstrap_timeout_ms": 30_000}


def test_connect_timeout_reaches_every_kafka_python_client(monkeypatch: pytest.MonkeyPatch) -> None:
    from kafka import KafkaConsumer, KafkaProducer
    from kafka.admin import KafkaAdminClient

    monkeypatch.setenv("WIREMON_CONNECT_TIMEOUT_SECONDS", "2.5")
    options = Settings().kafka_python_options()
    assert options["bootstrap_timeout_ms"] == 2500
    # Every client the commands build accepts it (kafka-python rejects unknown options).
    for client in (KafkaConsumer, KafkaProducer, KafkaAdminClient):
        assert "bootstrap_timeout_ms" in client.DEFAULT_CONFIG, client


def test_security_settings_reach_the_workers_aiokafka_clients(tmp_path) -> None:  # noqa: ANN001
    """Not only the credentials object: the producer and consumer Faust builds from it carry the settings."""
    import asyncio
    import ssl

    from streams.app import create_app

    settings = Settings(app_id="sec-test", security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-256",
                        sasl_username="mon", sasl_password="s3cret", data_dir=tmp_path)
    app = create_app(settings)

    async def clients() -> tuple[object, object]:
        producer = app.producer._new_producer()
        consumer = app.consumer._new_consumer_thread()._create_worker_consumer(app.transport)
        return producer.client, consumer._client

    for client in asyncio.run(clients()):
        assert client._security_protocol == "SASL_SSL"
        assert client._sasl_mechanism == "SCRAM-SHA-256"
        assert (client._sasl_plain_username, client._sasl_plain_password) == ("mon", "s3cret")
        assert isinstance(client._ssl_context, ssl.SSLContext)
    assert "s3cret" not in repr(app.conf.broker_credentials)


def test_session_timeout_reaches_the_consumer_with_three_heartbeats_per_timeout(tmp_path) -> None:  # noqa: ANN001
    import asyncio

    from streams.app import create_app

    for timeout, heartbeat in ((30.0, 3000), (6.0, 2000)):
        app = create_app(Settings(app_id="session-test", session_timeout_seconds=timeout, data_dir=tmp_path))

        async def consumer() -> object:
            return app.consumer._new_consumer_thread()._create_worker_consumer(app.transport)

        aiokafka_consumer = asyncio.run(consumer())
        assert aiokafka_consumer._session_timeout_ms == int(timeout * 1000)
        assert aiokafka_consumer._heartbeat_interval_ms == heartbeat


def test_data_dir_can_be_one_per_host(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    monkeypatch.setenv("WIREMON_DATA_DIR", "/data/{hostname}/state")
    assert Settings().data_dir == Path("/data") / socket.gethostname() / "state"
    monkeypatch.setenv("WIREMON_DATA_DIR", "/data")
    assert Settings().data_dir == Path("/data")


def test_session_timeout_outside_what_the_consumer_accepts_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    for value in ("5", "91"):
        monkeypatch.setenv("WIREMON_SESSION_TIMEOUT_SECONDS", value)
        with pytest.raises(ValidationError):
            Settings()


@pytest.mark.parametrize("partitions", [1, 4, 12, 64])
def test_no_stream_buffer_can_fill(partitions: int) -> None:
    """Above the high-water mark (size / 1.25) every partition may still deliver one poll before it is paused."""
    from mode.utils.queues import FlowControlQueue

    from streams.app import MAX_POLL_RECORDS, create_app, stream_buffer_size

    size = stream_buffer_size(partitions)
    high_water = size / FlowControlQueue.pressure_high_ratio
    assert high_water + partitions * MAX_POLL_RECORDS <= size
    conf = create_app(Settings(app_id="flow-test", partitions=partitions)).conf
    assert (conf.broker_max_poll_records, conf.stream_buffer_maxsize) == (MAX_POLL_RECORDS, size)


@pytest.mark.parametrize("max_message_bytes", [4096, 1_048_576])
def test_the_largest_outputs_fit_the_record_limit(max_message_bytes: int) -> None:
    """The sequencer record of the largest accepted article (text twice, statements) and the dead letter of a
    message larger than any topic takes fit the producer's and topics' limit, with the agents' allowance."""
    from datetime import datetime, timezone

    from streams.app import app
    from streams.settings import RECORD_ENVELOPE_BYTES
    from streams.models import DedupRequest
    from streams.pipeline import Analyzers, InvalidArticle, dead_letter, enrich, validate

    settings = Settings(max_message_bytes=max_message_bytes)
    sentence = 'Zakharova said: "Russia will respond to the strikes on the Kursk region." '
    text = sentence * (max_message_bytes // len(sentence))
    while len(payload := json.dumps({"id": "big", "text": text}).encode()) > max_message_bytes:
        text = text[: len(text) - (len(payload) - max_message_bytes)]  # (quotes are escaped: cut the overshoot)
    assert len(payload) > max_message_bytes - 2048
    raw = validate(payload, max_bytes=max_message_bytes)
    enriched = enrich(raw, Analyzers.load(), ingested_at=datetime.now(timezone.utc))
    request = DedupRequest(article=enriched.article, fingerprint=enriched.fingerprint.to_json())
    assert len(request.model_dump_json().encode()) <= settings.enriched_max_bytes

    huge = b"x" * (2 * settings.record_max_bytes)
    letter = dead_letter(huge, InvalidArticle("too_large", "too large"), topic="articles.raw", partition=0, offset=1,
                         key=b"k" * 200, max_payload_bytes=settings.dead_letter_payload_max_bytes)
    assert letter.payload_truncated
    assert len(letter.model_dump_json()) <= settings.record_max_bytes - RECORD_ENVELOPE_BYTES
    assert app.conf.producer_max_request_size == Settings().record_max_bytes >= 4 * 1_048_576


def test_a_path_variable_set_to_nothing_means_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    # Path("") is the current directory: "WIREMON_OFFICIALS=" failed with "is a directory".
    for name in ("WIREMON_OFFICIALS", "WIREMON_TAXONOMY", "WIREMON_SSL_CAFILE"):
        monkeypatch.setenv(name, "")
    settings = Settings()
    assert (settings.officials, settings.taxonomy, settings.ssl_cafile) == (None, None, None)
