from __future__ import annotations

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
    assert Settings().kafka_python_options() == {"security_protocol": "PLAINTEXT"}


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


@pytest.mark.parametrize("max_message_bytes", [1024, 4096, 1_048_576])
def test_records_twice_the_largest_raw_message_fit_the_output_topics(max_message_bytes: int) -> None:
    """An enriched article (text twice) and a dead letter (text in base64) of the largest accepted message are
    under the size the producer and topics are configured for, with the agents' envelope allowance."""
    from streams.agents import RECORD_ENVELOPE_BYTES
    from streams.app import app

    settings = Settings(max_message_bytes=max_message_bytes)
    assert settings.record_max_bytes - RECORD_ENVELOPE_BYTES >= 3 * max_message_bytes
    assert app.conf.producer_max_request_size == Settings().record_max_bytes
