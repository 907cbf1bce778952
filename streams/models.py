"""Pydantic models: the schema of every topic wire-monitor reads or writes.

Data flows one way: ``RawArticle`` (articles.raw) -> ``EnrichedArticle`` (articles.enriched) and
``DeadLetter`` (articles.deadletter) -> ``StatementEvent`` (internal) -> ``Alert`` (alerts).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = 1


# RawArticle's limits on its short fields (a feed cuts what it takes from elsewhere to them)
MAX_ID_CHARS, MAX_TITLE_CHARS, MAX_SOURCE_CHARS, MAX_URL_CHARS = 512, 4096, 512, 4096


class RawArticle(BaseModel):
    """An incoming article. Only ``text`` is required (``body`` and ``content`` are accepted for it).

    Unknown fields are kept and travel on in ``EnrichedArticle.extra``. A missing ``id`` is derived
    deterministically: from the URL when there is one, else from a hash of title and text, so a replayed
    or re-sent article keeps its id.
    """

    model_config = ConfigDict(extra="allow", populate_by_name=True, str_strip_whitespace=False)

    id: str | None = Field(None, min_length=1, max_length=MAX_ID_CHARS)
    text: str = Field(min_length=1, validation_alias=AliasChoices("text", "body", "content"),
                      description="The article, plain text or HTML; `body` or `content` accepted instead.")
    url: str | None = Field(None, max_length=MAX_URL_CHARS)
    title: str | None = Field(None, max_length=MAX_TITLE_CHARS)
    source: str | None = Field(None, max_length=MAX_SOURCE_CHARS)
    published_at: datetime | None = None
    lang: str | None = Field(None, max_length=16, description="The publisher's language hint.")

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        # Many CMSs number their articles: 123 is the id "123" (as the feed keys it); an empty id is no id.
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return None if value == "" else value

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value

    @field_validator("published_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        # Naive timestamps are read as UTC so every published_at compares with every other.
        if value is not None and value.tzinfo is None:
            from datetime import timezone

            value = value.replace(tzinfo=timezone.utc)
        return value

    @model_validator(mode="after")
    def _derive_id(self) -> RawArticle:
        if self.id is None:
            if self.url:
                self.id = "url-" + hashlib.blake2b(self.url.strip().encode(), digest_size=10).hexdigest()
            else:
                basis = f"{self.title or ''}\n{self.text}".encode()
                self.id = "sha-" + hashlib.blake2b(basis, digest_size=10).hexdigest()
        return self

    @property
    def extra(self) -> dict[str, Any]:
        """Fields the schema does not know, kept for the output."""
        return dict(self.model_extra or {})


class TopicScore(BaseModel):
    """One IPTC Media Topic assigned to an article."""

    code: str = Field(description="IPTC Media Topics code, e.g. `medtop:16000000`.")
    label: str
    score: float = Field(ge=0.0, le=1.0)


class StatementRef(BaseModel):
    """A statement by a tracked official found in an article."""

    official_id: str
    text: str
    kind: Literal["quote", "reported"]
    start: int = Field(ge=0, description="Character offset in `clean_text`.")
    end: int = Field(ge=0)
    recalled: bool = Field(default=False, description=(
        "The writer recalls it as said before (\"Ранее Путин заявлял\", \"had said\", \"Напомним, ...\", "
        "\"said on Feb. 26\" in a story published later): background, never an alert."))
    reworded: bool = Field(default=False, description=(
        "In a repost: probably the outlet's own rewording of what the story's first copy has this official say (a "
        "rewritten opening); its alert is marked so, or not sent with `WIREMON_SUPPRESS_REWORDED`."))


class EnrichedArticle(BaseModel):
    """An article after validation, normalisation, language, topics, duplicate detection and statements."""

    schema_version: int = SCHEMA_VERSION
    id: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published_at: datetime | None = None
    lang_hint: str | None = None
    text: str = Field(description="The original text, as received.")
    clean_text: str = Field(description="Normalised text: HTML, boilerplate and repeated title removed.")
    lang: str = Field(description="langdetect code (ISO 639-1, `zh-cn`/`zh-tw`), `sr`/`be`/`kk`/`tg`/`uz` from the "
                                  "Cyrillic letter rules, or `und`.")
    lang_confidence: float = Field(ge=0.0, le=1.0)
    topics: list[TopicScore] = Field(default_factory=list)
    statements: list[StatementRef] = Field(default_factory=list)
    duplicate_of: str | None = Field(None, description="Id of the first-seen copy when this is a repost.")
    similarity: float | None = Field(None, description="Similarity to `duplicate_of` (containment-aware), 0..1.")
    cluster_id: str | None = Field(None, description="Id of the cluster's canonical copy; its own id when new.")
    ingested_at: datetime = Field(description="When the raw message entered Kafka (its timestamp).")
    processed_at: datetime
    extra: dict[str, Any] = Field(default_factory=dict, description="Input fields the schema does not know.")


DeadLetterReason = Literal["too_large", "not_utf8", "not_json", "not_object", "schema", "processing_error",
                           "corrupt_batch", "send_refused"]


class DeadLetter(BaseModel):
    """A message that could not be processed (a raw one, or an internal record a stage failed on), with why; its
    original bytes are kept (base64)."""

    schema_version: int = SCHEMA_VERSION
    reason: DeadLetterReason
    error: str = Field(description="Human-readable, one line.")
    payload_b64: str = Field(description="The original message value, base64.")
    payload_truncated: bool = Field(
        False, description="Only the start of the value is kept (a value too large for any output record), or "
        "none of it (corrupt_batch); the whole of it stays at topic/partition/offset.")
    key_b64: str | None = None
    topic: str
    partition: int = Field(description="-1 for a message `wiremon feed` could not produce to the raw topic, and for "
                           "a send_refused record sent without a partition (its key chose one).")
    offset: int = Field(description="-1 for a message `wiremon feed` could not produce to the raw topic, and for a "
                        "send_refused record (the broker never stored it; topic is where it was going).")
    last_offset: int | None = Field(
        None, description="corrupt_batch: the last offset of the skipped batch, which begins at offset.")
    failed_at: datetime


class StatementEvent(BaseModel):
    """Internal: one statement of an article, keyed by official for the novelty check."""

    official_id: str
    statement: StatementRef
    article: EnrichedArticle


class OfficialRef(BaseModel):
    id: str
    name: str
    role: str


class Alert(BaseModel):
    """A new statement by a tracked official. ``alert_id`` is deterministic: drop repeats by it."""

    schema_version: int = SCHEMA_VERSION
    alert_id: str = Field(description="Hash of official id and statement fingerprint; stable across replays.")
    official: OfficialRef
    statement: str
    kind: Literal["quote", "reported"]
    reworded: bool = Field(default=False, description=(
        "A repost's statement that probably rewords what the story's first copy has the official say (an outlet's "
        "rewritten opening): most likely not news, but an update in the story's own words can look the same. "
        "Filter on it to see fewer repeats; `WIREMON_SUPPRESS_REWORDED=true` drops these alerts in the worker."))
    article_id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    lang: str
    topics: list[TopicScore] = Field(default_factory=list)
    published_at: datetime | None = None
    detected_at: datetime


def alert_id_for(official_id: str, statement_key: str) -> str:
    """The deterministic id of the alert for an official's statement."""
    return hashlib.blake2b(f"{official_id}\x1f{statement_key}".encode(), digest_size=12).hexdigest()


class DedupRequest(BaseModel):
    """Internal: an enriched article and its fingerprint, on its way to the duplicate index."""

    article: EnrichedArticle
    fingerprint: dict[str, Any]
