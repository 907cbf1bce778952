"""The Faust application, its topics and its tables, created from settings.

Topic graph (``P`` = ``WIREMON_PARTITIONS``)::

    articles.raw (P) --enrich--> <app>-dedup (1) --deduplicate--> articles.enriched (P)
          |                                  \\--> <app>-statements (P, key=official) --novelty--> alerts (P)
          \\--> articles.deadletter (P)

The duplicate index must see every article to compare it with every other, so the enrich stage (the costly
one: normalisation, language, topics, fingerprints, statements) runs on all raw partitions in parallel and
repartitions its small output onto a single-partition sequencer topic; the log order of that topic is the
ingest order that decides which copy is canonical. Statements are repartitioned by official id so that
the novelty state of an official lives in one partition.
"""

from __future__ import annotations

import faust

from streams.codec import PydanticCodec
from streams.models import Alert, DeadLetter, EnrichedArticle
from streams.settings import Settings, get_settings
from streams.transport import App


def broker_credentials(settings: Settings) -> faust.types.auth.CredentialsT | None:
    """Faust credentials for the configured security protocol (None for PLAINTEXT)."""
    context = settings.ssl_context()
    if settings.security_protocol.startswith("SASL"):
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password.get_secret_value() if settings.sasl_password else None,
            mechanism=settings.sasl_mechanism,
            ssl_context=context,
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None


#: Records per consumer poll (Faust's default: no limit).
MAX_POLL_RECORDS = 200


def stream_buffer_size(partitions: int) -> int:
    """Events a stream may buffer: large enough that Faust's flow control never lets a buffer fill up.

    Faust pauses a partition when its stream's buffer reaches the high-water mark (size / 1.25), but still
    delivers the rest of the records already polled; if those fill the buffer, the consumer blocks on it, and a
    rebalance at that moment cancels the delivery (``streams.transport`` then has to fetch the record again).
    Each partition overshoots the mark by at most one poll before it is paused, so a buffer of
    5 x partitions x records per poll (1/1.25 + 1/5 = 1) is never filled.
    """
    return max(4096, 5 * partitions * MAX_POLL_RECORDS)


def create_app(settings: Settings) -> App:
    """A Faust app configured from settings; topics and tables are declared by this module."""
    return App(
        settings.app_id,
        broker=settings.broker,
        broker_credentials=broker_credentials(settings),
        store=settings.store,
        datadir=str(settings.data_dir),
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        topic_disable_leader=True,
        processing_guarantee=settings.processing_guarantee,
        web_enabled=True,
        web_bind=settings.web_host,
        web_port=settings.web_port,
        web_in_thread=False,
        consumer_auto_offset_reset="earliest",
        # Raw topics carry bytes: the enrich agent validates them itself so that nothing is lost on a
        # decode error; every other topic has a pydantic codec.
        key_serializer="raw",
        value_serializer="raw",
        producer_acks=-1,
        # Let sends coalesce into batches: one request per few milliseconds instead of one per record.
        producer_linger=0.005,
        producer_max_batch_size=262_144,
        producer_max_request_size=settings.record_max_bytes,
        broker_max_poll_records=MAX_POLL_RECORDS,
        # Heartbeats come from the consumer's own thread, so a busy event loop does not miss them; three per
        # session timeout, as Kafka recommends.
        broker_session_timeout=settings.session_timeout_seconds,
        broker_heartbeat_interval=min(3.0, settings.session_timeout_seconds / 3),
        stream_buffer_maxsize=stream_buffer_size(settings.partitions),
        stream_wait_empty=True,
        autodiscover=False,
    )


settings = get_settings()
app = create_app(settings)

# Every topic the worker writes accepts its largest record (Settings.record_max_bytes) when wire-monitor creates it;
# the raw topic is the feed's, with the broker's limit.
_record_limit = settings.written_topic_config()
raw_topic = app.topic(settings.topic_raw, key_type=bytes, value_type=bytes, partitions=settings.partitions)
deadletter_topic = app.topic(
    settings.topic_deadletter, value_serializer=PydanticCodec(DeadLetter), partitions=settings.partitions,
    config=_record_limit,
)
# The internal topics carry their models' JSON as bytes that each stage decodes itself: a record it cannot decode
# (another producer's, another version's) is then dead-lettered before Faust acknowledges it, like one it fails on.
dedup_topic = app.topic(
    f"{settings.app_id}-dedup", value_serializer="raw", partitions=1, internal=True, config=_record_limit,
)
enriched_topic = app.topic(
    settings.topic_enriched, value_serializer=PydanticCodec(EnrichedArticle), partitions=settings.partitions,
    config=_record_limit,
)
statements_topic = app.topic(
    f"{settings.app_id}-statements", value_serializer="raw", partitions=settings.partitions, internal=True,
    config=_record_limit,
)
alerts_topic = app.topic(settings.topic_alerts, value_serializer=PydanticCodec(Alert), partitions=settings.partitions,
                         config=_record_limit)

# Durable state, one record per article or statement; the agents answer queries from in-memory indexes
# rebuilt from these tables after recovery (streams.analytics.dedup.DurableFingerprintStore,
# streams.analytics.novelty.DurableNoveltyStore, streams.analytics.attribution.CanonicalAttributions).
# The changelogs are created before Faust starts (streams.admin.changelog_plan), with the same configuration.
# Duplicate index: article id -> fingerprint, first-seen time and decision. One partition, like the
# sequencer topic that feeds it.
dedup_records = app.Table("dedup-records", key_type=str, partitions=1, extra_topic_configs=_record_limit)
# Novelty: "<official>\x1f<statement key>" -> statement sketch; co-partitioned with the statements topic,
# which is keyed by official, so an official's statements live in one partition.
novelty_records = app.Table("novelty-records", key_type=str, partitions=settings.partitions,
                            extra_topic_configs=_record_limit)
# The statements of stories' canonical copies: cluster id -> who said what, for the reposts of the story. Beside
# the duplicate index, in one partition.
attributions = app.Table("attributions", key_type=str, partitions=1, extra_topic_configs=_record_limit)

EXTERNAL_TOPICS = (raw_topic, deadletter_topic, enriched_topic, alerts_topic)
INTERNAL_TOPICS = (dedup_topic, statements_topic)
