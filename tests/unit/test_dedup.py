"""Unit tests for streams.analytics.dedup: decisions per edit kind, stores, expiry, replay, chains."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any

import pytest

from streams.analytics.dedup import (
    DurableFingerprintStore,
    DedupDecision,
    DedupIndex,
    FingerprintStore,
    IndexedArticle,
    MappingFingerprintStore,
    MemoryFingerprintStore,
)
from streams.analytics.fingerprint import Fingerprint, compare, fingerprint
from tests.unit.test_fingerprint import ARTICLE, FOOTER, MONDAY, REPOSTS, RUSSIAN, SAME_EVENT, TUESDAY, UNRELATED

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
DAY = 86400.0


class JsonDict(MutableMapping[str, Any]):
    """Stands in for a Faust table: str keys, every value round-tripped through JSON on set and get."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}
        self.reads = 0

    def __getitem__(self, key: str) -> Any:
        self.reads += 1
        return json.loads(self.data[key])

    def __setitem__(self, key: str, value: Any) -> None:
        assert isinstance(key, str)
        self.data[key] = json.dumps(value, allow_nan=False)

    def __delitem__(self, key: str) -> None:
        del self.data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


def mapping_store(**kw: Any) -> MappingFingerprintStore:
    return MappingFingerprintStore(JsonDict(), JsonDict(), JsonDict(), **kw)


def memory_store(**kw: Any) -> MemoryFingerprintStore:
    return MemoryFingerprintStore(merge_every=8, **kw)  # tiny buffer: exercises the merge path


STORES: dict[str, Callable[..., FingerprintStore]] = {"memory": memory_store, "mapping": mapping_store}


@pytest.fixture(params=sorted(STORES))
def make_store(request: pytest.FixtureRequest) -> Callable[..., FingerprintStore]:
    return STORES[request.param]


def wire(text: str) -> Fingerprint:
    """A fingerprint as the Faust worker receives it: through JSON, without shingles."""
    return Fingerprint.from_json(json.loads(json.dumps(fingerprint(text).to_json())))


@pytest.mark.parametrize("transport", ["fresh", "wire"])
@pytest.mark.parametrize("kind", sorted(REPOSTS))
def test_repost_is_duplicate_of_first_seen(make_store: Callable[..., FingerprintStore], kind: str,
                                           transport: str) -> None:
    fp: Callable[[str], Fingerprint] = fingerprint if transport == "fresh" else wire
    index = DedupIndex(make_store())
    assert index.check_and_add("orig", fp(ARTICLE), 100.0) == DedupDecision(None, None, "orig")
    index.check_and_add("other", fp(UNRELATED), 101.0)
    d = index.check_and_add("copy", fp(REPOSTS[kind](ARTICLE)), 200.0)
    assert d.duplicate_of == "orig" and d.cluster_id == "orig"
    assert d.similarity is not None and 0.5 <= d.similarity <= 1.0


def test_footer_removed(make_store: Callable[..., FingerprintStore]) -> None:
    index = DedupIndex(make_store())
    index.check_and_add("orig", fingerprint(ARTICLE + "\n\n" + FOOTER), 0.0)
    assert index.check_and_add("copy", fingerprint(ARTICLE), 1.0).duplicate_of == "orig"


def test_same_event_and_unrelated_are_new(make_store: Callable[..., FingerprintStore]) -> None:
    index = DedupIndex(make_store())
    index.check_and_add("a", fingerprint(ARTICLE), 0.0)
    for aid, text in (("b", SAME_EVENT), ("c", UNRELATED), ("d", RUSSIAN)):
        assert index.check_and_add(aid, fingerprint(text), 1.0) == DedupDecision(None, None, aid)
    assert len(index) == 4


def test_russian_repost(make_store: Callable[..., FingerprintStore]) -> None:
    index = DedupIndex(make_store())
    index.check_and_add("ru", fingerprint(RUSSIAN), 0.0)
    repost = "Срочно: паводок в Оренбуржье\n\n" + "\n\n".join(RUSSIAN.split("\n\n")[1:]).upper()
    assert index.check_and_add("ru2", wire(repost), 5.0).duplicate_of == "ru"


def test_idempotent_recheck_returns_stored_decision(make_store: Callable[..., FingerprintStore]) -> None:
    index = DedupIndex(make_store())
    first = index.check_and_add("a", fingerprint(ARTICLE), 0.0)
    dup = index.check_and_add("b", fingerprint(REPOSTS["lede_cut"](ARTICLE)), 1.0)
    assert dup.duplicate_of == "a"
    # Replays (e.g. after a crash) return the stored decision, whatever they carry now.
    assert index.check_and_add("b", fingerprint(UNRELATED), 99.0) == dup
    assert index.check_and_add("a", fingerprint(ARTICLE), 50.0) == first
    assert len(index) == 2


def test_chain_resolves_to_root(make_store: Callable[..., FingerprintStore]) -> None:
    a_p, s_p = ARTICLE.split("\n\n"), SAME_EVENT.split("\n\n")
    a = "\n\n".join(a_p)
    b = "\n\n".join(a_p[2:] + s_p[:2])  # keeps 4 of A's paragraphs and adds 2 of its own
    c = "\n\n".join(s_p[:2] + a_p[4:] + s_p[2:4])  # shares 4 paragraphs with B but only 2 with A
    index = DedupIndex(make_store())
    assert not index.is_duplicate(compare(fingerprint(c), fingerprint(a)))  # only reachable through B
    index.check_and_add("A", fingerprint(a), 0.0)
    assert index.check_and_add("B", fingerprint(b), 1.0).duplicate_of == "A"
    d = index.check_and_add("C", fingerprint(c), 2.0)
    assert d == DedupDecision("A", d.similarity, "A")


def test_several_matches_pick_first_seen_then_id(make_store: Callable[..., FingerprintStore]) -> None:
    store = make_store()
    fp = wire(ARTICLE)
    for aid, t, root in (("z", 5.0, "z"), ("a", 5.0, "root-a"), ("m", 7.0, "m")):
        decision = DedupDecision(None, None, root) if root == aid else DedupDecision(root, 0.9, root)
        store.add(IndexedArticle(aid, fp, t, decision))
    index = DedupIndex(store)
    assert index.check_and_add("q", fingerprint(ARTICLE), 10.0) == DedupDecision("root-a", 1.0, "root-a")


def test_expiry_after_retention(make_store: Callable[..., FingerprintStore]) -> None:
    index = DedupIndex(make_store(), retention_seconds=DAY)
    index.check_and_add("old", fingerprint(ARTICLE), 1000.0)
    index.check_and_add("other", fingerprint(UNRELATED), 1000.0 + DAY)
    assert index.expire(1000.0 + DAY) == 0  # not older than the retention yet
    # Even before expire() runs, an article older than the retention is never matched ...
    late = index.check_and_add("late", fingerprint(ARTICLE), 1000.0 + DAY + 3600)
    assert late.duplicate_of is None
    # ... and expire() drops it once its whole time bucket is past the retention.
    assert index.expire(1000.0 + 2 * DAY) == 1
    assert len(index) == 2
    # the id is free again: a re-check computes a fresh decision instead of replaying the old one
    assert index.check_and_add("old", fingerprint(SAME_EVENT), 1000.0 + 2 * DAY) == DedupDecision(None, None, "old")


def test_expired_slots_are_reused_without_stale_matches() -> None:
    store = memory_store()
    index = DedupIndex(store, retention_seconds=100.0)
    paras = ARTICLE.split("\n\n") + RUSSIAN.split("\n\n") + [UNRELATED]
    for i, p in enumerate(paras):
        index.check_and_add(f"p{i}", fingerprint(p), 0.0)
    assert index.expire(10_000.0) == len(paras)
    for i, p in enumerate(paras):  # slots come back; old anchors must not resolve to new articles
        assert index.check_and_add(f"q{i}", fingerprint(p), 10_000.0).duplicate_of is None
    assert index.check_and_add("r", fingerprint(paras[3]), 10_001.0).duplicate_of == "q3"
    assert len(index) == len(paras) + 1


def test_anchor_buckets_are_capped(make_store: Callable[..., FingerprintStore]) -> None:
    index = DedupIndex(make_store(max_bucket=2))
    decisions = [index.check_and_add(f"c{i}", fingerprint(ARTICLE), float(i)) for i in range(6)]
    assert decisions[0].duplicate_of is None
    assert all(d.duplicate_of == "c0" for d in decisions[1:])
    hits = index.store.anchor_hits(fingerprint(ARTICLE).query_keys())
    assert set(hits) == {"c0", "c1"}


def test_mapping_store_layout_is_json_and_faust_friendly() -> None:
    records, anchors, expiry = JsonDict(), JsonDict(), JsonDict()
    index = DedupIndex(MappingFingerprintStore(records, anchors, expiry, bucket_seconds=3600.0))
    index.check_and_add("a", fingerprint(ARTICLE), 7200.5)
    index.check_and_add("b", fingerprint(REPOSTS["tail_cut_40"](ARTICLE)), 7300.0)
    assert set(records) == {"a", "b"}  # only article records: len(records) is the index size
    assert set(expiry) == {"2"} and expiry["2"] == ["a", "b"]
    assert all(k.isdigit() for k in anchors)
    assert all(isinstance(v, list) for v in (anchors[k] for k in anchors))
    rec = IndexedArticle.from_json("b", records["b"])
    assert rec.decision.duplicate_of == "a" and rec.seen_at == 7300.0
    assert len(json.dumps(records["b"])) < 500  # small enough for a changelog message


def test_mapping_store_expire_does_not_scan_records() -> None:
    records = JsonDict()
    store = MappingFingerprintStore(records, JsonDict(), JsonDict())
    index = DedupIndex(store, retention_seconds=DAY)
    for i in range(20):
        index.check_and_add(f"a{i}", fingerprint(f"{UNRELATED} story number {i}"), 1000.0 + i)
    records.reads = 0
    assert index.expire(1000.0 + DAY) == 0
    assert records.reads == 0
    assert index.expire(1000.0 + 2 * DAY) == 20
    assert records.reads == 20 and len(records) == 0


def test_mapping_store_state_survives_restart() -> None:
    tables = (JsonDict(), JsonDict(), JsonDict())
    first = DedupIndex(MappingFingerprintStore(*tables), retention_seconds=DAY)
    first.check_and_add("a", fingerprint(ARTICLE), 0.0)
    second = DedupIndex(MappingFingerprintStore(*tables), retention_seconds=DAY)  # e.g. new worker
    assert second.check_and_add("b", fingerprint(REPOSTS["footer_added"](ARTICLE)), 1.0).duplicate_of == "a"
    assert second.expire(3 * DAY) == 2 and all(len(t) == 0 for t in tables)


def test_stores_decide_identically_and_deterministically() -> None:
    sys.path.insert(0, str(SCRIPTS))
    try:
        from eval_dedup import build_stream, load_articles
    finally:
        sys.path.remove(str(SCRIPTS))
    stream = build_stream(load_articles()[:10], seed=3)
    runs = []
    for make in (memory_store, mapping_store, memory_store):
        index = DedupIndex(make(), retention_seconds=6 * 3600)
        out = []
        for seen_at, aid, text, _, _ in stream:
            index.expire(seen_at)
            out.append(index.check_and_add(aid, wire(text), seen_at))
        runs.append((out, len(index)))
    assert runs[0] == runs[1] == runs[2]
    assert any(d.duplicate_of for d in runs[0][0])


def test_evaluation_harness_meets_targets() -> None:
    sys.path.insert(0, str(SCRIPTS))
    try:
        from eval_dedup import run_evaluation
    finally:
        sys.path.remove(str(SCRIPTS))
    result = run_evaluation(seeds=(0,))
    assert result["precision"] == 1.0
    assert result["recall"] >= 0.95


def test_a_template_story_is_not_a_repost_of_the_day_before(make_store: Callable[..., FingerprintStore]) -> None:
    # tests/data/dedup_probe.jsonl: the daily exchange-rate note and lottery draw were taken for reposts of the day
    # before (the stock sentences are most of the text); the figures tell them apart, on every store and the wire.
    index = DedupIndex(make_store(), retention_seconds=7 * DAY)
    monday, tuesday = MONDAY, TUESDAY
    assert index.check_and_add("mon", wire(monday), 0.0).duplicate_of is None
    assert index.check_and_add("tue", wire(tuesday), DAY).duplicate_of is None
    assert index.check_and_add("tue-repost", wire(tuesday + "\n\n" + FOOTER), DAY + 60).duplicate_of == "tue"


def test_entries_written_before_figures_still_match() -> None:
    # A durable record of an earlier version has no figures: it still matches a repost, and tells no figures apart.
    table: dict[str, Any] = {}
    index = DedupIndex(DurableFingerprintStore(table), retention_seconds=7 * DAY)
    monday = MONDAY
    index.check_and_add("mon", fingerprint(monday), 0.0)
    for record in table.values():
        del record["fp"]["fig"], record["fp"]["nfig"]
    restarted = DedupIndex(DurableFingerprintStore(table), retention_seconds=7 * DAY)
    assert restarted.store.rebuild() == 1  # type: ignore[attr-defined]
    assert restarted.store.get("mon").fingerprint.figures is None  # type: ignore[union-attr]
    assert restarted.check_and_add("copy", fingerprint(monday + "\n\n" + FOOTER), 60.0).duplicate_of == "mon"
    tuesday = TUESDAY
    assert restarted.check_and_add("tue", fingerprint(tuesday), DAY).duplicate_of == "mon"  # (as before)


def test_the_blind_dedup_probe() -> None:
    # tests/data/dedup_probe.jsonl (2026-11-29): 48 groups, 118 articles in en, ru, uk, de, fr, es, written blind to
    # the index by a helper: 30 reposts (tail cut to 40%, boilerplate doubling the text, new headline and lede, agency
    # UPDATE versions, HTML remnants) and 88 different stories that share much (template series, follow-ups with a
    # recap, live-blog entries, one press release's two parts, independent reports with a shared quote). First run:
    # 29 reposts found, 6 different stories taken for reposts (four of them the next day's exchange-rate note and
    # lottery draw); with the figures: 2 (a power-cut schedule whose hours repeat, a weather warning at the
    # threshold). The repost missed sits at the threshold too (containment 0.55, 0.47 in the sketch).
    from datetime import datetime

    from streams.analytics.normalize import normalize_text, normalize_title

    rows = [json.loads(line) for line in (Path(__file__).resolve().parents[1] / "data" / "dedup_probe.jsonl")
            .read_text(encoding="utf-8").splitlines() if line.strip()]
    index = DedupIndex(retention_seconds=60 * DAY)
    found = taken = 0
    for row in rows:
        article = row["article"]
        text = normalize_text(article["text"], title=normalize_title(article["title"]))
        seen_at = datetime.fromisoformat(article["published_at"]).timestamp()
        decision = index.check_and_add(row["id"], wire(text), seen_at)
        found += row["duplicate_of"] is not None and decision.duplicate_of == row["duplicate_of"]
        taken += row["duplicate_of"] is None and decision.duplicate_of is not None
    assert sum(row["duplicate_of"] is not None for row in rows) == 30 and len(rows) == 118
    assert found >= 29 and taken <= 2, (found, taken)


def test_a_cut_repost_with_a_footer_of_numbers_is_a_repost(make_store: Callable[..., FingerprintStore]) -> None:
    # A code review's case: the tail cut and a footer of phone numbers leave few of the original's figures, but most
    # of its words: a match at containment >= 0.75 stands whatever the figures.
    original = MONDAY + (
        " Trading volume reached 1.2 billion roubles, 14 per cent above the average of the past 30 days, with 412 "
        "participants.")
    cut = original[: original.index("Commercial")] + "\n\nNewsroom hotline: 8 800 250 19 19, WhatsApp +7 916 777 2020"
    index = DedupIndex(make_store(), retention_seconds=7 * DAY)
    index.check_and_add("orig", wire(original), 0.0)
    assert index.check_and_add("cut", wire(cut), 60.0).duplicate_of == "orig"


def test_a_record_with_an_impossible_figure_count_is_skipped_on_rebuild() -> None:
    table: dict[str, Any] = {}
    index = DedupIndex(DurableFingerprintStore(table), retention_seconds=7 * DAY)
    index.check_and_add("a", fingerprint(ARTICLE), 0.0)
    index.check_and_add("b", fingerprint(UNRELATED), 1.0)
    table["a"]["fp"]["nfig"] = 2 ** 31
    assert DurableFingerprintStore(table).rebuild() == 1


def test_a_repost_that_writes_its_dates_out_is_a_repost(make_store: Callable[..., FingerprintStore]) -> None:
    # A second review's case: "14.03.2024" written "14 марта 2024 года" keeps the figures of its parts.
    dated = ("Встреча президента с министрами состоялась 14.03.2024 в 10:30 в Кремле. Ранее, 12.02.2024, стороны "
             "обсуждали бюджет, а 20.01.2024 прошло совещание по энергетике. Следующая встреча намечена на 28.03.2024. "
             "Участники обсудили вопросы экономики, социальной политики и развития регионов, а также подготовку к "
             "весеннему сезону и меры поддержки сельского хозяйства в условиях санкций и роста цен на удобрения.")
    written_out = dated
    for short, long in (("14.03.2024", "14 марта 2024 года"), ("12.02.2024", "12 февраля 2024 года"),
                        ("20.01.2024", "20 января 2024 года"), ("28.03.2024", "28 марта 2024 года")):
        written_out = written_out.replace(short, long)
    index = DedupIndex(make_store(), retention_seconds=7 * DAY)
    index.check_and_add("dated", wire(dated), 0.0)
    assert index.check_and_add("written-out", wire(written_out), 60.0).duplicate_of == "dated"
