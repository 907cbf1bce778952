"""The processing stages, in order, as plain functions: the stream's agents and ``wiremon analyze`` both
call exactly these, so the offline twin and the worker cannot drift apart.

raw bytes --validate--> RawArticle --enrich--> EnrichedArticle + Fingerprint --deduplicate--> EnrichedArticle
--new_statement_alerts--> [Alert]

No Kafka here: state is passed in (``DedupIndex``, ``NoveltyIndex``), backed by dicts offline and by Faust
tables in the stream.
"""

from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from pydantic import ValidationError

from streams.analytics.attribution import CanonicalAttributions
from streams.analytics.dedup import DedupIndex
from streams.analytics.fingerprint import Fingerprint, fingerprint
from streams.analytics.given_names import given_names
from streams.analytics.language import detect_language, supported_languages
from streams.analytics.normalize import normalize_text, normalize_title
from streams.analytics.novelty import NoveltyIndex
from streams.analytics.officials import WatchlistFile
from streams.analytics.statements import extract_statements
from streams.analytics.topics import TopicClassifier
from streams.models import (
    Alert,
    DeadLetter,
    DeadLetterReason,
    EnrichedArticle,
    OfficialRef,
    RawArticle,
    StatementRef,
    TopicScore,
    alert_id_for,
)

#: JSON nested deeper than this is rejected before parsing: deep nesting only serves to exhaust the stack.
MAX_JSON_DEPTH = 64
# A dead letter carries the message's key twice (record key and key_b64) within the record's envelope allowance
# (settings.RECORD_ENVELOPE_BYTES): a longer key is cut, the whole message stays at its topic/partition/offset.
DEAD_LETTER_KEY_BYTES = 4096


class InvalidArticle(Exception):
    """Raised by ``validate``: the message cannot become a ``RawArticle``. ``reason`` is a short code."""

    def __init__(self, reason: DeadLetterReason, message: str) -> None:
        super().__init__(message)
        self.reason: DeadLetterReason = reason
        self.message = message


def processing_error(exc: Exception) -> InvalidArticle:
    """The dead-letter reason of a message a stage failed on (an analyser's bug, a record of another version)."""
    return InvalidArticle("processing_error", one_line(f"{type(exc).__name__}: {exc}"))


def one_line(message: str) -> str:
    """``message`` with its line breaks and runs of white space as single spaces (a dead letter's ``error``)."""
    return " ".join(message.split())


@dataclass(frozen=True)
class Analyzers:
    """The stateless analysers of the enrich stage, built once per process."""

    classifier: TopicClassifier
    watchlist: WatchlistFile

    @classmethod
    def load(cls, *, taxonomy: Path | None = None, officials: Path | None = None) -> Analyzers:
        classifier = TopicClassifier.from_file(taxonomy) if taxonomy else TopicClassifier.default()
        watchlist = WatchlistFile(officials)
        watchlist.current()  # fail fast on an invalid watchlist at start-up
        # The language profiles take about a second to load: at start-up, not on the first article (whose
        # latency, and that of every article queued behind it, would pay for it); so do the given names (~20 ms).
        supported_languages()
        given_names()
        return cls(classifier=classifier, watchlist=watchlist)


# A JSON string (escapes included) or a bracket: brackets inside strings are text, not nesting. The closing quote
# is optional so that an unclosed string is one match to the end, not a new attempt from each of its quotes
# (quadratic: 80 s for 160 KB of escaped quotes).
_JSON_STRING_OR_BRACKET = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]')


def _json_depth_exceeds(text: str, limit: int) -> bool:
    depth = 0
    for match in _JSON_STRING_OR_BRACKET.finditer(text):
        char = text[match.start()]
        if char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False


def _lone_surrogate(document: object) -> bool:
    """Whether a string in ``document`` holds a lone UTF-16 surrogate (from an escape such as ``\\ud800``)."""
    try:
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _one_line(error: ValidationError) -> str:
    parts = []
    for item in error.errors(include_url=False):
        where = ".".join(str(p) for p in item["loc"]) or "article"
        parts.append(f"{where}: {item['msg']}")
    return "; ".join(parts)


# Ingest times accepted from a message's Kafka timestamp: from 2000 to this far ahead of the worker's clock.
EARLIEST_INGEST = datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp()
MAX_CLOCK_SKEW_SECONDS = 300.0


def ingest_time(kafka_timestamp: float | None, *, now: float) -> datetime:
    """A raw message's Kafka timestamp as its ingest time, or ``now`` when the timestamp cannot be one: unset (-1,
    0), before 2000, or more than ``MAX_CLOCK_SKEW_SECONDS`` ahead. The duplicate and novelty windows run on ingest
    time: one record stamped 2100 expired every fingerprint and statement, and one stamped 0 was 56 years of
    latency in the metrics."""
    if kafka_timestamp is None or not EARLIEST_INGEST <= kafka_timestamp <= now + MAX_CLOCK_SKEW_SECONDS:
        kafka_timestamp = now
    return datetime.fromtimestamp(kafka_timestamp, timezone.utc)


def validate(payload: bytes, *, max_bytes: int) -> RawArticle:
    """Parse one raw message. Raises ``InvalidArticle`` with a reason code and a one-line message."""
    if len(payload) > max_bytes:
        raise InvalidArticle("too_large", f"message is {len(payload)} bytes, limit is {max_bytes}")
    try:
        text = payload.decode("utf-8-sig")  # a byte-order mark (Windows editors write one) is not content
    except UnicodeDecodeError as exc:
        raise InvalidArticle("not_utf8", f"not UTF-8: {exc.reason} at byte {exc.start}") from None
    # Depth cannot exceed the number of opening brackets: the exact scan runs only when it could matter.
    if text.count("[") + text.count("{") > MAX_JSON_DEPTH and _json_depth_exceeds(text, MAX_JSON_DEPTH):
        raise InvalidArticle("not_json", f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise InvalidArticle("not_json", f"not JSON: {exc}") from None
    except ValueError:  # Python's bound on integer digits (int_max_str_digits)
        raise InvalidArticle("not_json", "not JSON this parser reads: a number has too many digits") from None
    if not isinstance(document, dict):
        raise InvalidArticle("not_object", f"expected a JSON object, got {type(document).__name__}")
    # Only an escape can put a lone surrogate in a string (the bytes were valid UTF-8): such text cannot be written
    # to any output topic.
    if ("\\ud" in text or "\\uD" in text) and _lone_surrogate(document):
        raise InvalidArticle("not_utf8", "a string escape is a lone UTF-16 surrogate (\\ud800-\\udfff), not text")
    try:
        return RawArticle.model_validate(document)
    except ValidationError as exc:
        raise InvalidArticle("schema", _one_line(exc)) from None


def dead_letter(
    payload: bytes,
    error: InvalidArticle,
    *,
    topic: str,
    partition: int,
    offset: int,
    key: bytes | None = None,
    failed_at: datetime | None = None,
    max_payload_bytes: int | None = None,
) -> DeadLetter:
    """The dead-letter record of a rejected message: the original bytes, why, and where it came from.

    A payload over ``max_payload_bytes`` keeps only its start (``payload_truncated``), so that the record fits
    the topic; the whole message stays at ``topic``/``partition``/``offset``.
    """
    truncated = max_payload_bytes is not None and len(payload) > max_payload_bytes
    # An analyser's exception may quote the text it failed on: a lone surrogate there would make the letter
    # itself unwritable, in the handler of the failure it reports.
    message = error.message.encode("utf-8", "backslashreplace").decode("utf-8")
    if key is not None and len(key) > DEAD_LETTER_KEY_BYTES:
        message += f" (key cut to its first {DEAD_LETTER_KEY_BYTES} of {len(key)} bytes)"
        key = key[:DEAD_LETTER_KEY_BYTES]
    return DeadLetter(
        reason=error.reason,
        error=message,
        payload_b64=base64.b64encode(payload[:max_payload_bytes] if truncated else payload).decode("ascii"),
        payload_truncated=truncated,
        key_b64=base64.b64encode(key).decode("ascii") if key is not None else None,
        topic=topic,
        partition=partition,
        offset=offset,
        failed_at=failed_at or datetime.now(timezone.utc),
    )


@dataclass(frozen=True)
class Enrichment:
    article: EnrichedArticle
    fingerprint: Fingerprint


StageObserver = Callable[[str, float], None]


def _story_day(raw: RawArticle) -> date | None:
    """The story's day, by which a dated attribution ("said on Feb. 26") is told recalled: its publication date at
    the offset the feed gives (UTC when none; the RSS source gives UTC), when the feed gives one; not the ingest
    time, which would date every story of a replayed backlog late. (A day's margin covers the offsets:
    ``DATED_RECALL_DAYS``.)"""
    return raw.published_at.date() if raw.published_at is not None else None


def enrich(
    raw: RawArticle, analyzers: Analyzers, *, ingested_at: datetime, observe: StageObserver | None = None
) -> Enrichment:
    """Normalise, detect language and topics, fingerprint and extract statements of a valid article.

    ``observe(stage, seconds)``, when given, is told the CPU-bound time of each stage (for metrics).
    """
    clock = time.perf_counter
    t0 = clock()
    title = normalize_title(raw.title) if raw.title else None
    clean = normalize_text(raw.text, title=title)
    t1 = clock()
    guess = detect_language(clean, hint=raw.lang)
    t2 = clock()
    topics = [
        TopicScore(code=t.code, label=t.label, score=round(t.score, 4))
        for t in analyzers.classifier.classify(clean, guess.lang)
    ]
    t3 = clock()
    statements = [
        StatementRef(official_id=s.official_id, text=s.text, kind=s.kind, start=s.start, end=s.end,
                     recalled=s.recalled)
        for s in extract_statements(clean, analyzers.watchlist.current(), guess.lang, day=_story_day(raw))
    ]
    t4 = clock()
    fp = fingerprint(clean)
    t5 = clock()
    if observe is not None:
        for stage, seconds in (("normalize", t1 - t0), ("language", t2 - t1), ("topics", t3 - t2),
                               ("statements", t4 - t3), ("fingerprint", t5 - t4)):
            observe(stage, seconds)
    article = EnrichedArticle(
        id=raw.id or "",
        url=raw.url,
        title=raw.title,
        source=raw.source,
        published_at=raw.published_at,
        lang_hint=raw.lang,
        text=raw.text,
        clean_text=clean,
        lang=guess.lang,
        lang_confidence=round(guess.confidence, 4),
        topics=topics,
        statements=statements,
        ingested_at=ingested_at,
        processed_at=datetime.now(timezone.utc),
        extra=raw.extra,
    )
    # The title takes no part in the fingerprint: outlets change headlines freely.
    return Enrichment(article=article, fingerprint=fp)


def deduplicate(article: EnrichedArticle, fp: Fingerprint, index: DedupIndex) -> EnrichedArticle:
    """Mark the article as a repost of the first-seen copy, or as the canonical copy of a new cluster."""
    decision = index.check_and_add(article.id, fp, article.ingested_at.timestamp())
    return article.model_copy(
        update={
            "duplicate_of": decision.duplicate_of,
            "similarity": None if decision.similarity is None else round(decision.similarity, 4),
            "cluster_id": decision.cluster_id,
        }
    )


def attribute_as_canonical(article: EnrichedArticle, attributions: CanonicalAttributions) -> EnrichedArticle:
    """A canonical copy's statements are remembered; a repost's statement that repeats one of its canonical copy's
    is given to the official the canonical copy gave it to (a reordered paragraph puts "he said" after someone
    else), and one that rewords what the canonical copy has its official say is marked ``reworded``."""
    if article.duplicate_of is None:
        attributions.remember(article.cluster_id or article.id,
                              ((s.official_id, s.text) for s in article.statements), article.ingested_at.timestamp(),
                              story_text=article.clean_text, lang=article.lang)
        return article
    statements = []
    for statement in article.statements:
        official_id, reworded = attributions.attribution(article.duplicate_of, statement.official_id, statement.text,
                                                         article.lang)
        statements.append(statement if official_id == statement.official_id and not reworded
                          else statement.model_copy(update={"official_id": official_id, "reworded": reworded}))
    return article.model_copy(update={"statements": statements})


def new_statement_alert(
    article: EnrichedArticle,
    statement: StatementRef,
    novelty: NoveltyIndex,
    watchlist: WatchlistFile,
    *,
    suppress_reworded: bool = False,
    detected_at: datetime | None = None,
) -> Alert | None:
    """The alert for one statement of an article, or None when the statement is not new.

    A repost's statements are checked like any other: those it repeats from its canonical copy (or from any
    article) are not new, and one it adds (an updated story with a new quote) is. A statement the writer recalls as
    said before ("Ранее Путин заявлял, что ...") is remembered, so that its repeats are not new either, but is
    background: no alert. A repost's rewording of its canonical copy's statement alerts marked ``reworded``, or, with
    ``suppress_reworded``, neither alerts nor is remembered (were it an update's news taken for a rewording, the next
    outlet to report it alerts)."""
    official = watchlist.current().officials.get(statement.official_id)
    if official is None:
        return None  # removed from the watchlist since extraction
    if statement.reworded and suppress_reworded:
        return None
    # The source names this very statement, so only its own redelivery counts as new again.
    is_new, key = novelty.check_and_add(
        statement.official_id, statement.text, article.ingested_at.timestamp(),
        source=f"{article.id}@{statement.start}", lang=article.lang,
    )
    if not is_new or statement.recalled:
        return None
    return Alert(
        alert_id=alert_id_for(statement.official_id, key),
        official=OfficialRef(id=official.id, name=official.name, role=official.role),
        statement=statement.text,
        kind=statement.kind,
        reworded=statement.reworded,
        article_id=article.id,
        url=article.url,
        source=article.source,
        title=article.title,
        lang=article.lang,
        topics=article.topics,
        published_at=article.published_at,
        detected_at=detected_at or datetime.now(timezone.utc),
    )


@dataclass
class Outcome:
    """What the pipeline made of one input: an article and its alerts, or the reason it was rejected."""

    article: EnrichedArticle | None = None
    alerts: list[Alert] = field(default_factory=list)
    error: InvalidArticle | None = None


class Pipeline:
    """The offline twin of the stream: every stage in the worker's order, with in-memory state."""

    def __init__(
        self,
        analyzers: Analyzers,
        *,
        max_message_bytes: int,
        dedup_retention_seconds: float,
        novelty_window_seconds: float,
        suppress_reworded: bool = False,
    ) -> None:
        self.analyzers = analyzers
        self.max_message_bytes = max_message_bytes
        self.dedup = DedupIndex(retention_seconds=dedup_retention_seconds)
        self.novelty = NoveltyIndex(window_seconds=novelty_window_seconds)
        self.attributions = CanonicalAttributions(retention_seconds=dedup_retention_seconds)
        self.suppress_reworded = suppress_reworded

    def process(self, payload: bytes, *, ingested_at: datetime | None = None) -> Outcome:
        try:
            raw = validate(payload, max_bytes=self.max_message_bytes)
        except InvalidArticle as exc:
            return Outcome(error=exc)
        when = ingested_at or datetime.now(timezone.utc)
        try:
            enrichment = enrich(raw, self.analyzers, ingested_at=when)
        except Exception as exc:  # as in the worker: an analyser bug costs one article, not the run
            return Outcome(error=processing_error(exc))
        self.dedup.expire(when.timestamp())
        article = deduplicate(enrichment.article, enrichment.fingerprint, self.dedup)
        article = attribute_as_canonical(article, self.attributions)
        alerts = []
        for statement in article.statements:
            alert = new_statement_alert(article, statement, self.novelty, self.analyzers.watchlist,
                                        suppress_reworded=self.suppress_reworded)
            if alert is not None:
                alerts.append(alert)
        return Outcome(article=article, alerts=alerts)

    def process_lines(self, lines: Iterator[bytes]) -> Iterator[Outcome]:
        for line in lines:
            if line.strip():
                yield self.process(line.rstrip(b"\r\n"))
