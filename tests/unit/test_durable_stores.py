"""The stream's stores: an in-memory index with a durable per-record copy, rebuilt after a restart."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, MutableMapping
from typing import Any

from streams.analytics.dedup import DedupIndex, DurableFingerprintStore, MemoryFingerprintStore
from streams.analytics.fingerprint import Fingerprint, fingerprint
from streams.analytics.novelty import DurableNoveltyStore, NoveltyIndex


class JsonTable(MutableMapping[str, Any]):
    """A dict that stores JSON text, like a Faust table's changelog, and counts writes."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}
        self.writes = 0

    def __getitem__(self, key: str) -> Any:
        return json.loads(self.data[key])

    def __setitem__(self, key: str, value: Any) -> None:
        self.writes += 1
        self.data[key] = json.dumps(value)

    def __delitem__(self, key: str) -> None:
        self.writes += 1
        del self.data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


def _texts(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(3000)]
    out = []
    for _ in range(n):
        base = " ".join(rng.choice(words) for _ in range(120))
        out.append(base)
    return out


def test_durable_dedup_store_decides_like_memory_and_survives_a_rebuild() -> None:
    originals = _texts(40)
    sequence = []
    for i, text in enumerate(originals):
        sequence.append((f"a{i}", text))
        if i % 3 == 0:
            sequence.append((f"r{i}", " ".join(text.split()[: 80]) + " Related Post"))
    memory, table = DedupIndex(), JsonTable()
    durable = DedupIndex(DurableFingerprintStore(table))
    half = len(sequence) // 2
    for t, (aid, text) in enumerate(sequence[:half]):
        fp = Fingerprint.from_json(fingerprint(text).to_json())
        assert memory.check_and_add(aid, fp, 1000.0 + t) == durable.check_and_add(aid, fp, 1000.0 + t)
    assert table.writes == half, "one durable write per article"

    restarted = DedupIndex(DurableFingerprintStore(table))
    assert restarted.store.rebuild() == half
    for t, (aid, text) in enumerate(sequence[half:], start=half):
        fp = Fingerprint.from_json(fingerprint(text).to_json())
        assert memory.check_and_add(aid, fp, 1000.0 + t) == restarted.check_and_add(aid, fp, 1000.0 + t)
    assert sum(d.startswith("r") for d in table.data) == sum(aid.startswith("r") for aid, _ in sequence)
    assert restarted.check_and_add("r0", fingerprint(sequence[1][1]), 5000.0).duplicate_of == "a0"


def test_a_rebuild_passes_over_records_it_cannot_read() -> None:
    """Records of another writer in the duplicate table (infinite or NaN numbers, an oversized fingerprint size):
    each is left out, and every other one is rebuilt (an OverflowError used to end the rebuild at the first one)."""
    table = JsonTable()
    index = DedupIndex(DurableFingerprintStore(table))
    texts = _texts(6)
    for i, text in enumerate(texts):
        index.check_and_add(f"a{i}", fingerprint(text), 1000.0 + i)
    good = table["a0"]
    table["bad-seq"] = {**good, "seq": float("inf")}  # (JSON's Infinity and NaN, as Python writes them)
    table["bad-time"] = {**good, "t": float("nan")}
    table["bad-size"] = {**good, "fp": {**good["fp"], "size": float("inf")}}
    restarted = DedupIndex(DurableFingerprintStore(table))
    assert restarted.store.rebuild() == len(texts)
    assert restarted.check_and_add("r5", fingerprint(texts[5]), 2000.0).duplicate_of == "a5"


def test_durable_dedup_store_deletes_what_expires() -> None:
    table = JsonTable()
    index = DedupIndex(DurableFingerprintStore(table, bucket_seconds=10.0), retention_seconds=100.0)
    for i, text in enumerate(_texts(20)):
        index.check_and_add(f"a{i}", fingerprint(text), float(i * 10))
    index.expire(1000.0)
    assert len(index) == 0 and len(table) == 0


def test_durable_novelty_store_writes_one_record_per_statement_and_rebuilds() -> None:
    table = JsonTable()
    index = NoveltyIndex(DurableNoveltyStore(table), window_seconds=1000.0)
    statements = [f"statement number {i} about the talks with the delegation from the capital" for i in range(30)]
    for t, text in enumerate(statements):
        assert index.check_and_add("maria-zakharova", text + f" word{t} extra{t} more{t}", float(t))[0]
    assert table.writes == 30 and len(table) == 30
    restarted = NoveltyIndex(DurableNoveltyStore(table), window_seconds=1000.0)
    assert restarted.store.rebuild() == 30
    assert restarted.check_and_add("maria-zakharova", statements[5] + " word5 extra5 more5", 40.0)[0] is False
    # Leaving the window deletes the record.
    restarted.check_and_add("maria-zakharova", "an entirely different remark on grain exports and shipping lanes",
                            5000.0)
    assert len(table) == 1


def test_a_rebuild_files_crowded_anchors_in_the_order_articles_were_added() -> None:
    """An anchor files at most ``max_bucket`` articles, so which ones depends on the order of ``add``; in a
    backlog the ingest order is not the order of the timestamps. A rebuild in timestamp order changed which
    copies a repost could be matched with (decisions differed from an uninterrupted run after a restart)."""
    rng = random.Random(5)
    words = [f"w{i}" for i in range(3000)]
    stock = " ".join(rng.choice(words) for _ in range(60))  # shared by every article: crowded anchors
    texts = [stock + " " + " ".join(rng.choice(words) for _ in range(40)) for _ in range(24)]
    # Ingest order with timestamps out of order (two raw partitions drained one after the other).
    first = [(f"a{i}", text, 2000.0 - i) for i, text in enumerate(texts)]
    reposts = [(f"r{i}", texts[i], 3000.0 + i) for i in range(len(texts))]
    memory = DedupIndex(MemoryFingerprintStore(max_bucket=4))
    table = JsonTable()
    durable = DedupIndex(DurableFingerprintStore(table, max_bucket=4))
    for aid, text, seen in first:
        fp = Fingerprint.from_json(fingerprint(text).to_json())
        assert memory.check_and_add(aid, fp, seen) == durable.check_and_add(aid, fp, seen)
    restarted = DedupIndex(DurableFingerprintStore(table, max_bucket=4))
    restarted.store.rebuild()
    for aid, text, seen in reposts:
        fp = fingerprint(text)
        assert restarted.check_and_add(aid, fp, seen) == memory.check_and_add(aid, fp, seen), aid
