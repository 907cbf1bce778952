"""The Faust agents: three short loops, one per stage of the topic graph in ``streams.app``.

Each agent calls the same stage functions as ``wiremon analyze`` (``streams.pipeline``); only the state
backend differs (Faust tables here, dicts there).
"""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from datetime import datetime, timezone
from typing import TypeVar

from faust.types import EventT, Message, StreamT
from pydantic import BaseModel, ValidationError

from streams.analytics.attribution import CanonicalAttributions
from streams.analytics.dedup import DedupIndex, DurableFingerprintStore
from streams.analytics.fingerprint import Fingerprint
from streams.analytics.novelty import DurableNoveltyStore, NoveltyIndex
from streams import metrics
from streams.app import (
    alerts_topic,
    app,
    attributions,
    deadletter_topic,
    dedup_records,
    dedup_topic,
    enriched_topic,
    novelty_records,
    raw_topic,
    settings,
    statements_topic,
)
from streams.corrupt_batches import CorruptBatch
from streams.models import DeadLetter, DedupRequest, EnrichedArticle, StatementEvent
from streams.refused_sends import RefusedSend, RefusedSendError, refused_for_size
from streams.pipeline import (
    DEAD_LETTER_KEY_BYTES,
    Analyzers,
    InvalidArticle,
    attribute_as_canonical,
    dead_letter,
    deduplicate,
    enrich,
    ingest_time,
    new_statement_alert,
    one_line,
    processing_error,
    validate,
)

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

# Size bounds of the records the agents write (see Settings.record_max_bytes), read once.
ENRICHED_MAX_BYTES = settings.enriched_max_bytes
DEAD_LETTER_PAYLOAD_MAX_BYTES = settings.dead_letter_payload_max_bytes

analyzers = Analyzers.load(taxonomy=settings.taxonomy, officials=settings.officials)
dedup_store = DurableFingerprintStore(dedup_records)
dedup_index = DedupIndex(dedup_store, retention_seconds=settings.dedup_retention_seconds)
novelty_store = DurableNoveltyStore(novelty_records)
novelty_index = NoveltyIndex(novelty_store, window_seconds=settings.novelty_window_seconds)
canonical_attributions = CanonicalAttributions(attributions, retention_seconds=settings.dedup_retention_seconds)


@dedup_records.on_recover
async def rebuild_dedup_index() -> None:
    """After recovery (start, restart, rebalance) the in-memory index is re-derived from the table."""
    if len(dedup_store) != len(dedup_records):
        log.info("duplicate index rebuilt: %d articles", dedup_store.rebuild())


@novelty_records.on_recover
async def rebuild_novelty_index() -> None:
    count = novelty_store.rebuild()
    log.info("novelty index rebuilt: %d statements", count)


@attributions.on_recover
async def rebuild_attributions() -> None:
    log.info("canonical attributions rebuilt: %d stories", canonical_attributions.rebuild())


metrics.count_consumer_faults(name for topic in (raw_topic, dedup_topic, statements_topic) for name in topic.topics)
_STAGE_HISTOGRAMS = {stage: metrics.STAGE_SECONDS.labels(stage=stage) for stage in metrics.STAGES}


def _observe_stage(stage: str, seconds: float) -> None:
    _STAGE_HISTOGRAMS[stage].observe(seconds)  # labels() per call would cost more than the observation


async def _send_dead_letter(message: Message, error: InvalidArticle) -> None:
    """The dead letter of ``message``: its bytes as the topic holds them, why, and where it was."""
    payload = message.value if isinstance(message.value, bytes) else b""
    key = message.key if isinstance(message.key, bytes) else None
    letter = dead_letter(payload, error, topic=message.topic, partition=message.partition, offset=message.offset,
                         key=key, max_payload_bytes=DEAD_LETTER_PAYLOAD_MAX_BYTES)
    try:
        await deadletter_topic.send(key=_letter_key(key), value=letter)
    except Exception:  # noqa: BLE001 - refused whole (too large for the topic?): the reason and the pointer still go
        log.exception("dead letter for %s[%s]@%s refused; sending it without payload and key", message.topic,
                      message.partition, message.offset)
        await deadletter_topic.send(value=letter.model_copy(update={
            "payload_b64": "", "payload_truncated": True, "key_b64": None}))
    metrics.ARTICLES_DEADLETTERED.labels(reason=error.reason).inc()


async def _publish_dead_letter(letter: DeadLetter, key: bytes | None, *, smaller: DeadLetter | None) -> None:
    """Send ``letter`` in a produce batch of its own and wait for the broker's acknowledgement; when the broker refuses
    it for its size, send ``smaller`` instead (raises when there is none, or for any other refusal).

    Sent by the producer itself rather than through the topic, so that a refusal raises here, to the consumer that
    is waiting to commit, instead of being kept as a refused send for the next commit."""
    topic = deadletter_topic.get_topic_name()
    try:
        await app.solo_producer.send(topic, key, letter.model_dump_json().encode())
    except Exception as exc:
        if smaller is None or not refused_for_size(exc):
            raise
        log.error("dead letter for %s[%s]@%s refused for its size (%r); sending a shorter one", letter.topic,
                  letter.partition, letter.offset, exc)
        await app.solo_producer.send(topic, key if smaller.key_b64 is not None else None,
                                     smaller.model_dump_json().encode())


async def _dead_letter_corrupt_batch(batch: CorruptBatch) -> None:
    """A record batch the consumer skipped because it could not read it (a failed CRC check, a record that does not
    decode) again and again: its letter points at the offsets (their bytes stay in the topic's log). Returns once the
    broker has it, after which the consumer commits over them."""
    letter = DeadLetter(
        reason="corrupt_batch",
        error=f"the record batch {batch.problem} on {batch.attempts} fetches in a row: offsets {batch.first_offset}-"
              f"{batch.last_offset} skipped",
        payload_b64="", payload_truncated=True, topic=batch.topic, partition=batch.partition,
        offset=batch.first_offset, last_offset=batch.last_offset, failed_at=datetime.now(timezone.utc),
    )
    await _publish_dead_letter(letter, key=None, smaller=None)
    metrics.ARTICLES_DEADLETTERED.labels(reason="corrupt_batch").inc()


#: How much of a refused record a ``send_refused`` letter keeps when the dead-letter topic refuses the whole record
#: (its key is kept too: the article's or official's id).
REFUSED_RECORD_FALLBACK_BYTES = 65_536
#: Topics whose records are dead-lettered when the broker refuses them for their size; a refused record of a table's
#: changelog is not (the table would silently lack it): the worker stops instead.
_DEAD_LETTERED_WHEN_REFUSED = frozenset(
    name for topic in (enriched_topic, alerts_topic, dedup_topic, statements_topic) for name in topic.topics)


async def _dead_letter_refused_send(record: RefusedSend) -> None:
    """A record the broker refused for its size, even sent on its own (its topic was created with a smaller
    ``max.message.bytes`` than the worker's records need): dead-lettered as ``send_refused`` with its bytes (its
    first ``REFUSED_RECORD_FALLBACK_BYTES`` and its key when the dead-letter topic refuses the whole), after which
    the consumer commits the input it came from. A refused dead letter of a raw message goes again without payload
    and key (its topic, partition and offset point at the message); a record of any other topic raises, and the
    worker stops."""
    if record.topic == deadletter_topic.get_topic_name():
        letter = DeadLetter.model_validate_json(record.value or b"")
        bare = letter.model_copy(update={"payload_b64": "", "payload_truncated": True, "key_b64": None})
        await _publish_dead_letter(bare, key=None, smaller=None)
        return
    if record.topic not in _DEAD_LETTERED_WHEN_REFUSED:
        raise RefusedSendError(record)
    log.error("the broker refused a record for %s for its size, also sent on its own: %r; dead-lettered (raise the "
              "topic's max.message.bytes: README, Record sizes)", record.topic, record.error)
    error = InvalidArticle("send_refused", one_line(
        f"the broker refused the record for this topic, also sent on its own: {record.error!r}; the topic's "
        f"max.message.bytes is smaller than the worker's records need"))
    payload, key = record.value or b"", _letter_key(record.key)

    def letter(max_payload_bytes: int) -> DeadLetter:
        return dead_letter(payload, error, topic=record.topic,
                           partition=record.partition if record.partition is not None else -1, offset=-1,
                           key=record.key, max_payload_bytes=max_payload_bytes)

    await _publish_dead_letter(letter(DEAD_LETTER_PAYLOAD_MAX_BYTES), key=key,
                               smaller=letter(REFUSED_RECORD_FALLBACK_BYTES))
    metrics.ARTICLES_DEADLETTERED.labels(reason="send_refused").inc()


app.on_corrupt_batch = _dead_letter_corrupt_batch
app.on_refused_send = _dead_letter_refused_send


def _letter_key(key: bytes | None) -> bytes | None:
    return key[:DEAD_LETTER_KEY_BYTES] if key is not None else None


def _decode(model: type[M], message: Message) -> M:
    """The record of an internal topic as its stage's model; one that is not (another producer's, another version's)
    raises ``InvalidArticle`` with reason ``schema``."""
    payload = message.value if isinstance(message.value, bytes) else b""
    try:
        return model.model_validate_json(payload)
    except ValidationError as exc:
        raise InvalidArticle("schema", one_line(f"cannot decode the record as {model.__name__}: {exc}")) from None


async def _dead_letter_failed(message: Message, exc: Exception) -> None:
    """A record of an internal topic that its stage could not decode or failed on goes to the dead-letter topic
    before Faust acknowledges it. Raised out of the agent, the error would restart it and Faust would acknowledge the
    record: the article or statement would be lost."""
    if isinstance(exc, InvalidArticle):
        log.warning("%s[%s]@%s dead-lettered: %s", message.topic, message.partition, message.offset, exc.message[:500])
        await _send_dead_letter(message, exc)
    else:
        log.exception("%s[%s]@%s failed", message.topic, message.partition, message.offset)
        await _send_dead_letter(message, processing_error(exc))


def _since(moment: datetime) -> float:
    return max((datetime.now(timezone.utc) - moment).total_seconds(), 0.0)


def _count_enriched(article: EnrichedArticle) -> None:
    metrics.ARTICLES_ENRICHED.inc()
    metrics.INGEST_TO_ENRICHED_SECONDS.observe(_since(article.ingested_at))
    if article.duplicate_of is not None:
        metrics.ARTICLES_DUPLICATE.inc()
    metrics.ARTICLES_BY_LANGUAGE.labels(lang=article.lang).inc()
    for topic in article.topics:
        metrics.ARTICLES_BY_TOPIC.labels(topic=topic.code).inc()


@app.task
async def reload_watchlist_on_sighup() -> None:
    """SIGHUP re-reads the watchlist at once (it is also re-read whenever the file changes)."""

    # The reload logs its outcome (streams.analytics.officials.WatchlistFile).
    asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, analyzers.watchlist.reload)


@app.timer(interval=10.0)
async def report_index_sizes() -> None:
    metrics.INDEX_SIZE.labels(index="dedup").set(len(dedup_store))
    metrics.INDEX_SIZE.labels(index="novelty").set(sum(len(v) for v in novelty_store.values()))
    metrics.INDEX_SIZE.labels(index="attributions").set(len(canonical_attributions))


async def _enrich_event(event: EventT) -> tuple[str, bytes] | None:
    """The article id and sequencer record (an encoded ``DedupRequest``) of one raw record, or None when it went
    to the dead-letter topic."""
    metrics.ARTICLES_CONSUMED.inc()
    payload: bytes = event.value if isinstance(event.value, bytes) else b""
    ingested_at = ingest_time(event.message.timestamp, now=time.time())
    try:
        started = time.perf_counter()
        raw = validate(payload, max_bytes=settings.max_message_bytes)
        _observe_stage("parse", time.perf_counter() - started)
        enrichment = enrich(raw, analyzers, ingested_at=ingested_at, observe=_observe_stage)
        request = DedupRequest(article=enrichment.article, fingerprint=enrichment.fingerprint.to_json())
        encoded = request.model_dump_json().encode()
        if len(encoded) > ENRICHED_MAX_BYTES:
            # Possible only for hostile text (normalisation that multiplies it): no topic would take the article.
            raise InvalidArticle("too_large",
                                 f"enriched article is {len(encoded)} bytes, limit is {ENRICHED_MAX_BYTES}")
    except InvalidArticle as exc:
        await _send_dead_letter(event.message, exc)
        return None
    except Exception as exc:  # a bug in an analyser must cost one message, not the worker
        log.exception("enrich failed at %s[%s]@%s", event.message.topic, event.message.partition,
                      event.message.offset)
        await _send_dead_letter(event.message, processing_error(exc))
        return None
    return enrichment.article.id, encoded


@app.agent(raw_topic)
async def enrich_articles(stream: StreamT[bytes]) -> None:
    """Validate and enrich raw articles; rejected ones go to the dead-letter topic with the reason."""
    async for event in stream.events():
        enriched = await _enrich_event(event)
        if enriched is not None:
            article_id, request = enriched  # encoded once, for the size check
            await dedup_topic.send(key=article_id, value=request)


@app.agent(dedup_topic)
async def deduplicate_articles(stream: StreamT[bytes]) -> None:
    """Mark reposts against the duplicate index; publish every article; route its statements to novelty."""
    async for event in stream.events():
        try:
            await _deduplicate_and_publish(_decode(DedupRequest, event.message))
        except Exception as exc:  # noqa: BLE001 - a bug, or a record of another version: this record, not the stage
            await _dead_letter_failed(event.message, exc)


async def _deduplicate_and_publish(request: DedupRequest) -> None:
    started = time.perf_counter()
    dedup_index.expire(request.article.ingested_at.timestamp())
    article = deduplicate(request.article, Fingerprint.from_json(request.fingerprint), dedup_index)
    article = attribute_as_canonical(article, canonical_attributions)
    _observe_stage("dedup", time.perf_counter() - started)
    await enriched_topic.send(key=article.id, value=article)
    _count_enriched(article)
    if article.statements:  # a repost's too: the statements it repeats are not new, one it adds is
        metrics.STATEMENTS_FOUND.inc(len(article.statements))
        metrics.STATEMENTS_RECALLED.inc(sum(statement.recalled for statement in article.statements))
        metrics.STATEMENTS_REWORDED.inc(sum(statement.reworded for statement in article.statements))
        summary = article.model_copy(update={"text": "", "clean_text": ""})
        for statement in article.statements:
            event = StatementEvent(official_id=statement.official_id, statement=statement, article=summary)
            await statements_topic.send(key=statement.official_id, value=event.model_dump_json().encode())


@app.agent(statements_topic)
async def detect_new_statements(stream: StreamT[bytes]) -> None:
    """Alert on statements the official has not made within the novelty window."""
    async for event in stream.events():
        try:
            await _alert_if_new(_decode(StatementEvent, event.message))
        except Exception as exc:  # noqa: BLE001 - as in deduplicate_articles
            await _dead_letter_failed(event.message, exc)


async def _alert_if_new(event: StatementEvent) -> None:
    started = time.perf_counter()
    alert = new_statement_alert(event.article, event.statement, novelty_index, analyzers.watchlist,
                                suppress_reworded=settings.suppress_reworded)
    _observe_stage("novelty", time.perf_counter() - started)
    if alert is not None:
        await alerts_topic.send(key=alert.official.id, value=alert)
        metrics.ALERTS_EMITTED.labels(official=alert.official.id).inc()
        metrics.INGEST_TO_ALERT_SECONDS.observe(_since(event.article.ingested_at))
