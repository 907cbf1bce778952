"""Unit tests for streams.models: the topic schemas' own logic."""

from __future__ import annotations

from streams.models import DedupBatch, DedupRequest, EnrichedArticle


def test_sequencer_batches_keep_order_and_stay_under_the_size() -> None:
    base = EnrichedArticle(id="a", text="t", clean_text="t", lang="en", lang_confidence=1.0,
                           ingested_at="2024-08-15T12:00:00Z", processed_at="2024-08-15T12:00:01Z")
    requests = [DedupRequest(article=base.model_copy(update={"id": f"a{i}", "text": "x" * (i * 37 % 500)}),
                             fingerprint={"v": 1, "sig": "", "size": 0}) for i in range(200)]
    encoded = [r.model_dump_json().encode() for r in requests]
    records = DedupBatch.pack(encoded, max_bytes=4096)
    assert len(records) > 1 and all(len(record) <= 4096 for record in records)
    decoded = [r for record in records for r in DedupBatch.model_validate_json(record).requests]
    assert decoded == requests
    huge = DedupBatch.pack([encoded[0], b"x" * 10_000, encoded[1]], max_bytes=4096)
    assert [len(r) > 4096 for r in huge] == [False, True, False]  # an oversized request travels alone
    assert DedupBatch.pack([], max_bytes=4096) == []
