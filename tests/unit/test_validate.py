"""Stage 1: raw bytes to RawArticle, or a reason for the dead-letter topic."""

from __future__ import annotations

import base64
import json

import pytest

from streams.models import RawArticle
from streams.pipeline import InvalidArticle, dead_letter, validate

LIMIT = 1024 * 1024


def _reason(payload: bytes, limit: int = LIMIT) -> str:
    with pytest.raises(InvalidArticle) as info:
        validate(payload, max_bytes=limit)
    assert "\n" not in info.value.message
    return info.value.reason


def test_minimal_article() -> None:
    raw = validate(b'{"text": "Hello world"}', max_bytes=LIMIT)
    assert raw.text == "Hello world" and raw.id and raw.id.startswith("sha-")


@pytest.mark.parametrize("field", ["body", "content"])
def test_text_aliases(field: str) -> None:
    assert validate(json.dumps({field: "Some text"}).encode(), max_bytes=LIMIT).text == "Some text"


def test_id_is_derived_stably_from_url_then_content() -> None:
    a = validate(b'{"text": "x", "url": "https://e.example/a"}', max_bytes=LIMIT)
    b = validate(b'{"text": "different", "url": "https://e.example/a"}', max_bytes=LIMIT)
    assert a.id == b.id and a.id.startswith("url-")
    c = validate(b'{"text": "same"}', max_bytes=LIMIT)
    d = validate(b'{"text": "same"}', max_bytes=LIMIT)
    assert c.id == d.id
    assert validate(b'{"text": "same", "title": "T"}', max_bytes=LIMIT).id != c.id


def test_a_numbered_id_is_its_decimal_text_and_an_empty_one_is_derived() -> None:
    # A CMS's article number was a schema error in the worker, though `wiremon feed` keyed the message by it.
    assert validate(b'{"id": 123, "text": "x"}', max_bytes=LIMIT).id == "123"
    assert validate(b'{"id": "", "text": "x"}', max_bytes=LIMIT).id == validate(b'{"text": "x"}', max_bytes=LIMIT).id
    for odd in (b"true", b"1.5", b"[1]"):
        assert _reason(b'{"id": ' + odd + b', "text": "x"}') == "schema"


def test_unknown_fields_are_kept() -> None:
    raw = validate(b'{"text": "x", "category": "world", "tags": ["a"]}', max_bytes=LIMIT)
    assert raw.extra == {"category": "world", "tags": ["a"]}


def test_published_at_any_offset_and_naive_is_utc() -> None:
    a = validate(b'{"text": "x", "published_at": "2024-08-15T10:02:00+03:00"}', max_bytes=LIMIT)
    b = validate(b'{"text": "x", "published_at": "2024-08-15T07:02:00Z"}', max_bytes=LIMIT)
    c = validate(b'{"text": "x", "published_at": "2024-08-15T07:02:00"}', max_bytes=LIMIT)
    assert a.published_at == b.published_at == c.published_at


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"not json at all", "not_json"),
        (b"\xff\xfe\x00garbage", "not_utf8"),
        (b'"just a string"', "not_object"),
        (b"[1, 2]", "not_object"),
        (b"{}", "schema"),
        (b'{"text": ""}', "schema"),
        (b'{"text": "   \\n  "}', "schema"),
        (b'{"text": 42}', "schema"),
        (b'{"text": "x", "published_at": "yesterday"}', "schema"),
        (b"[" * 100_000 + b"]" * 100_000, "not_json"),
        (b'{"a":' * 5000 + b"1" + b"}" * 5000, "not_json"),
        # Python refuses integers over 4,300 digits with a ValueError that is no JSONDecodeError.
        (b'{"text": "x", "n": ' + b"9" * 5000 + b"}", "not_json"),
        # Valid UTF-8 whose escape decodes to half a surrogate pair: no output could carry it.
        (b'{"id": "\\ud800", "text": "x"}', "not_utf8"),
        (b'{"text": "a \\udc00 b"}', "not_utf8"),
        # Brackets inside a string do not hide nesting outside it.
        (b'{"text": "' + b"]" * 990 + b'", "x": ' + b"[" * 990 + b"]" * 990 + b"}", "not_json"),
    ],
)
def test_rejections_have_a_reason(payload: bytes, reason: str) -> None:
    assert _reason(payload) == reason


def test_text_that_looks_like_json_or_escapes_is_text() -> None:
    brackets = validate(json.dumps({"text": "[" * 70 + " {{{ " * 30}).encode(), max_bytes=LIMIT)
    assert brackets.text.startswith("[[[")  # brackets in a string are not nesting
    emoji = validate(b'{"text": "ok \\ud83d\\ude00 \\\\udp"}', max_bytes=LIMIT)  # a pair, and an escaped backslash
    assert emoji.text == "ok \U0001f600 \\udp"
    with_bom = validate(b"\xef\xbb\xbf" + b'{"id": "b", "text": "saved by Notepad"}', max_bytes=LIMIT)
    assert (with_bom.id, with_bom.text) == ("b", "saved by Notepad")


def test_size_limit() -> None:
    payload = json.dumps({"text": "x" * 5000}).encode()
    assert _reason(payload, limit=4096) == "too_large"
    assert validate(payload, max_bytes=LIMIT).text


def test_dead_letter_keeps_the_original_bytes() -> None:
    payload = b"\xff broken"
    with pytest.raises(InvalidArticle) as info:
        validate(payload, max_bytes=LIMIT)
    letter = dead_letter(payload, info.value, topic="articles.raw", partition=3, offset=42, key=b"k")
    assert base64.b64decode(letter.payload_b64) == payload and base64.b64decode(letter.key_b64) == b"k"
    assert (letter.reason, letter.topic, letter.partition, letter.offset) == ("not_utf8", "articles.raw", 3, 42)


def test_a_dead_letter_can_always_be_written() -> None:
    error = InvalidArticle("processing_error", "ValueError: cannot handle 'a \ud800 b'")
    letter = dead_letter(b"{}", error, topic="articles.raw", partition=0, offset=7)
    assert "\\ud800" in letter.model_dump_json()


def test_a_stage_failure_is_a_one_line_processing_error() -> None:
    from streams.pipeline import processing_error

    error = processing_error(ValueError("2 validation errors for Statement\ntext\n  Field required"))
    assert (error.reason, error.message) == (
        "processing_error", "ValueError: 2 validation errors for Statement text Field required")


def test_a_dead_letter_keeps_at_most_4_kib_of_the_key() -> None:
    letter = dead_letter(b"[]", InvalidArticle("not_object", "expected a JSON object, got list"),
                         topic="articles.raw", partition=1, offset=2, key=b"k" * 100_000)
    assert base64.b64decode(letter.key_b64 or "") == b"k" * 4096
    assert letter.error == "expected a JSON object, got list (key cut to its first 4096 of 100000 bytes)"


def test_ingest_time_is_the_kafka_timestamp_when_it_can_be_one() -> None:
    from datetime import datetime, timezone

    from streams.pipeline import ingest_time

    now = datetime(2026, 11, 26, 12, tzinfo=timezone.utc).timestamp()
    forty_days_ago = now - 40 * 86_400
    assert ingest_time(forty_days_ago, now=now).timestamp() == forty_days_ago  # a replayed backlog keeps its time
    assert ingest_time(now + 60, now=now).timestamp() == now + 60  # clocks a minute apart
    for unusable in (None, -1, 0, 86_400, now + 3600, 4_102_444_800):  # unset, 1970, an hour ahead, 2100
        assert ingest_time(unusable, now=now).timestamp() == now


def test_raw_article_schema_is_exportable() -> None:
    schema = RawArticle.model_json_schema(mode="validation")
    assert "text" in schema["required"]
