"""Every configuration knob of wire-monitor, read from ``WIREMON_*`` environment variables.

This is the only place configuration is read. The README's configuration table mirrors this class.
"""

from __future__ import annotations

import importlib.util
import re
import socket
import ssl
from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, FilePath, SecretStr, ValidationInfo, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]
LogLevel = Literal["debug", "info", "warning", "error", "critical"]

DAY_SECONDS = 86_400.0


#: Room left below ``Settings.record_max_bytes`` for a record's key, headers and framing.
RECORD_ENVELOPE_BYTES = 16_384


# Kafka's rule for a topic name. The app id starts the names of the worker's internal topics, the longest
# "<app id>-novelty-records-changelog".
_TOPIC_NAME = re.compile(r"[A-Za-z0-9._-]{1,249}")
_APP_ID_MAX_CHARS = 249 - len("-novelty-records-changelog")


class Settings(BaseSettings):
    """Runtime configuration. Every field is the env var ``WIREMON_<FIELD NAME IN CAPITALS>``."""

    # (allow_inf_nan: a retention of inf would keep every fingerprint for ever; nan passes no bound but its own check)
    model_config = SettingsConfigDict(env_prefix="WIREMON_", extra="ignore", frozen=True, allow_inf_nan=False)

    # --- Kafka ---------------------------------------------------------------------------------
    app_id: str = Field("wiremon", description="Faust application id: consumer group and prefix of internal topics.")
    broker: str = Field(
        "kafka://127.0.0.1:9092",
        description="Kafka bootstrap servers, `kafka://host:port` (several separated by `;` or `,`).",
    )
    topic_raw: str = Field("articles.raw", description="Input topic: raw article JSON.")
    topic_enriched: str = Field("articles.enriched", description="Output topic: enriched, deduplicated articles.")
    topic_alerts: str = Field("alerts", description="Output topic: alerts on new statements by tracked officials.")
    topic_deadletter: str = Field("articles.deadletter", description="Output topic: rejected input with the reason.")
    partitions: int = Field(4, ge=1, description="Partitions of the topics wire-monitor creates (the unit of scaling).")
    replication_factor: int = Field(1, ge=1, description="Replication factor of the topics wire-monitor creates.")
    processing_guarantee: Literal["at_least_once"] = Field(
        "at_least_once",
        description="Faust processing guarantee: `at_least_once` only (see README, Delivery guarantee).",
    )

    session_timeout_seconds: float = Field(
        30.0, ge=6, le=90,
        description="A worker that stops without leaving the group (crash, kill -9, lost network) keeps its partitions "
                    "this long before the others take them over.",
    )

    connect_timeout_seconds: float = Field(
        30.0, gt=0, le=3600,
        description="How long a command waits for the brokers to answer at start-up before it exits with an error "
                    "(exit code 2).",
    )

    # --- Kafka security ------------------------------------------------------------------------
    security_protocol: SecurityProtocol = Field("PLAINTEXT", description="Kafka security protocol.")
    sasl_mechanism: SaslMechanism = Field("PLAIN", description="SASL mechanism, with SASL_* protocols.")
    sasl_username: str | None = Field(None, description="SASL user name.")
    sasl_password: SecretStr | None = Field(None, description="SASL password (never logged).")
    ssl_cafile: FilePath | None = Field(None, description="CA bundle to verify the brokers (SSL, SASL_SSL).")
    ssl_certfile: FilePath | None = Field(None, description="Client certificate for mutual TLS.")
    ssl_keyfile: FilePath | None = Field(None, description="Client private key for mutual TLS.")

    # --- State ---------------------------------------------------------------------------------
    store: Literal["memory://", "rocksdb://"] = Field(
        "memory://",
        description="Table store: `memory://` or `rocksdb://` (state on local disk; needs the `rocksdb` extra).",
    )
    data_dir: Path = Field(
        Path("./data"),
        description="Directory for RocksDB tables and worker state; `{hostname}` in it is replaced by the host "
                    "name, for one directory per worker on a shared volume.",
    )

    # --- Web server (metrics, health) ----------------------------------------------------------
    web_host: str = Field("127.0.0.1", description="Bind address of the web server (`0.0.0.0` in containers).")
    web_port: int = Field(6066, ge=1, le=65535, description="Port of the web server: `/metrics`, health.")

    # --- Analytics -----------------------------------------------------------------------------
    officials: Path | None = Field(None, description="Watchlist YAML of tracked officials; packaged default if unset.")
    taxonomy: Path | None = Field(None, description="IPTC topic taxonomy YAML; packaged default if unset.")
    max_message_bytes: int = Field(
        1_048_576, ge=1024, description="Larger raw messages are dead-lettered; output records may be up to 4x this."
    )
    dedup_retention_seconds: float = Field(
        7 * DAY_SECONDS, gt=0, description="How long an article's fingerprint stays in the duplicate index."
    )
    novelty_window_seconds: float = Field(
        7 * DAY_SECONDS, gt=0, description="A statement repeated within this window is not new."
    )
    suppress_reworded: bool = Field(
        False, description="Send no alert for a repost's statement that rewords its story's first copy (`reworded`); "
        "by default such alerts are sent, marked `reworded: true`."
    )
    log_level: LogLevel = Field(
        "info", description="Worker log level: `debug`, `info`, `warning`, `error` or `critical`."
    )

    @field_validator("data_dir", mode="before")
    @classmethod
    def _per_host_data_dir(cls, value: object) -> object:
        # Two workers must never share a RocksDB directory (each table partition's database is locked by the
        # one that opens it, and a worker holds standby copies of partitions another one owns).
        if isinstance(value, (str, Path)) and "{hostname}" in str(value):
            return Path(str(value).replace("{hostname}", socket.gethostname()))
        return value

    @field_validator("officials", "taxonomy", "ssl_cafile", "ssl_certfile", "ssl_keyfile", mode="before")
    @classmethod
    def _empty_path_is_unset(cls, value: object) -> object:
        # WIREMON_OFFICIALS= (set, but to nothing) means the default, not the current directory.
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("log_level", mode="before")
    @classmethod
    def _lower_case_level(cls, value: object) -> object:
        return value.lower() if isinstance(value, str) else value

    @field_validator("processing_guarantee", mode="before")
    @classmethod
    def _no_faust_transactions(cls, value: object) -> object:
        if value == "exactly_once":
            # Faust puts a record sent into the transaction of its destination partition, committed only with
            # that partition's consumed offsets: the records sent to the sequencer were never committed, and with
            # read_committed consumers nothing after enrichment was ever processed.
            raise ValueError("exactly_once is not supported (Faust commits a sent record with its destination "
                             "partition's offsets, so the sequencer never sees it); outputs are idempotent under "
                             "at_least_once: see README, Delivery guarantee")
        return value

    @field_validator("broker")
    @classmethod
    def _broker_url(cls, value: str) -> str:
        hosts = [h.strip() for h in value.replace(",", ";").split(";") if h.strip()]
        if not hosts:
            raise ValueError("at least one broker is required")
        urls = [h if "://" in h else f"kafka://{h}" for h in hosts]
        for url in urls:
            # Checked here, not by the Kafka client on first use (a traceback from deep inside it).
            parts = urlsplit(url)
            try:
                port = parts.port
            except ValueError:
                port = 0
            if (parts.scheme != "kafka" or not parts.hostname or port == 0 or parts.path or parts.query
                    or parts.netloc.endswith(":") or parts.username is not None):
                raise ValueError(f"{url!r} is not kafka://host[:port] (port 1-65535)")
        return ";".join(urls)

    @field_validator("topic_raw", "topic_enriched", "topic_alerts", "topic_deadletter", "app_id")
    @classmethod
    def _topic_name(cls, value: str, info: ValidationInfo) -> str:
        # Checked here, not by the broker when the topics are created (an error that looked like a connection's)
        longest = _APP_ID_MAX_CHARS if info.field_name == "app_id" else 249
        if not _TOPIC_NAME.fullmatch(value) or len(value) > longest or value in (".", ".."):
            raise ValueError(f"{value!r} cannot name a topic: 1 to {longest} letters, digits, '.', '_' or '-'")
        return value

    @model_validator(mode="after")
    def _distinct_topics(self) -> Settings:
        # A worker reading its own output would enrich its enriched articles for ever
        topics = [self.topic_raw, self.topic_enriched, self.topic_alerts, self.topic_deadletter]
        if len(set(topics)) < len(topics):
            raise ValueError("WIREMON_TOPIC_RAW, WIREMON_TOPIC_ENRICHED, WIREMON_TOPIC_ALERTS and "
                             "WIREMON_TOPIC_DEADLETTER must name four different topics")
        return self

    @field_validator("store")
    @classmethod
    def _store_installed(cls, value: str) -> str:
        if value == "rocksdb://" and importlib.util.find_spec("rocksdict") is None:
            raise ValueError("rocksdb:// needs the rocksdb extra: pip install 'wire-monitor[rocksdb]'")
        return value

    @model_validator(mode="after")
    def _tls_files_load(self) -> Settings:
        # A file that exists but is not a certificate or key would otherwise fail on the first connection.
        if self.security_protocol not in ("SSL", "SASL_SSL"):
            return self
        try:
            context = ssl.create_default_context(cafile=str(self.ssl_cafile) if self.ssl_cafile else None)
        except (ssl.SSLError, OSError) as exc:
            raise ValueError(f"WIREMON_SSL_CAFILE: {self.ssl_cafile} is not a PEM CA bundle ({exc})") from exc
        if self.ssl_certfile:
            try:
                context.load_cert_chain(str(self.ssl_certfile), str(self.ssl_keyfile) if self.ssl_keyfile else None)
            except (ssl.SSLError, OSError) as exc:
                raise ValueError(f"WIREMON_SSL_CERTFILE, WIREMON_SSL_KEYFILE: {self.ssl_certfile} and "
                                 f"{self.ssl_keyfile or 'the key in it'} are not a PEM certificate and its private "
                                 f"key ({exc})") from exc
        return self

    @property
    def record_max_bytes(self) -> int:
        """Largest record the worker writes: 4 x ``max_message_bytes`` (at least Kafka's default 1 MiB) + 64 KiB.
        An enriched article carries the text twice (as sent and normalised) plus its statements, a dead letter the
        raw message in base64. The topics the worker writes accept records of this size (``max.message.bytes``);
        a larger enriched article is dead-lettered, a larger dead letter keeps only the start of the message."""
        return 4 * max(self.max_message_bytes, 1_048_576) + 65_536

    @property
    def enriched_max_bytes(self) -> int:
        """Largest encoded enriched article the worker sends: the record limit less the envelope allowance."""
        return self.record_max_bytes - RECORD_ENVELOPE_BYTES

    @property
    def dead_letter_payload_max_bytes(self) -> int:
        """Largest raw message a dead letter carries whole (base64 makes it 4/3 larger; the key and the other
        fields fit in a second envelope allowance)."""
        return (self.record_max_bytes - 2 * RECORD_ENVELOPE_BYTES) * 3 // 4

    def written_topic_config(self) -> dict[str, str]:
        """Topic configuration of every topic the worker writes (all but the raw topic, which is the feed's)."""
        return {"max.message.bytes": str(self.record_max_bytes)}

    @property
    def bootstrap_servers(self) -> list[str]:
        """``host:port`` list for plain Kafka clients (kafka-python)."""
        return [h.split("://", 1)[1] for h in self.broker.split(";")]

    def ssl_context(self) -> ssl.SSLContext | None:
        """TLS context for SSL/SASL_SSL protocols, None for plaintext ones."""
        if self.security_protocol not in ("SSL", "SASL_SSL"):
            return None
        context = ssl.create_default_context(cafile=str(self.ssl_cafile) if self.ssl_cafile else None)
        if self.ssl_certfile:
            context.load_cert_chain(str(self.ssl_certfile), str(self.ssl_keyfile) if self.ssl_keyfile else None)
        return context

    def kafka_python_options(self) -> dict[str, object]:
        """Connection and security options in kafka-python's vocabulary, for producers, consumers and admin
        clients."""
        options: dict[str, object] = {
            "security_protocol": self.security_protocol,
            "bootstrap_timeout_ms": round(1000 * self.connect_timeout_seconds),
        }
        if self.security_protocol.startswith("SASL"):
            options["sasl_mechanism"] = self.sasl_mechanism
            options["sasl_plain_username"] = self.sasl_username
            options["sasl_plain_password"] = self.sasl_password.get_secret_value() if self.sasl_password else None
        context = self.ssl_context()
        if context is not None:
            options["ssl_context"] = context
        return options


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
