"""Record batches the consumer cannot read (``streams.corrupt_batches``): real record batches, one failing its CRC
check or holding a record that does not decode, read through aiokafka's own ``PartitionRecords`` and
``FetchResult``. The records around a bad batch go on, the batch is fetched again, and after ``FETCH_ATTEMPTS``
failing fetches it is stepped over and held until reported. A live worker skipping such batches:
``tests/integration/test_reliability.py``."""

from __future__ import annotations

import struct

import pytest
from aiokafka import TopicPartition
from aiokafka.consumer.fetcher import FetchResult, PartitionRecords
from aiokafka.errors import CorruptRecordException
from aiokafka.record.default_records import DefaultRecordBatchBuilder, _DefaultRecordBatchPy
from aiokafka.record.memory_records import MemoryRecords
from aiokafka.record.util import calc_crc32c

from streams.corrupt_batches import CRC_FAILED, FETCH_ATTEMPTS, CheckedFetchResults, CorruptBatch, CorruptBatches

TP = TopicPartition("articles.raw", 2)


def _batch(base_offset: int, values: list[bytes], header: str | None = None) -> bytearray:
    """A batch of ``values`` at ``base_offset``; the second record carries a header named ``header`` (if any)."""
    builder = DefaultRecordBatchBuilder(magic=2, compression_type=0, is_transactional=0, producer_id=-1,
                                       producer_epoch=-1, base_sequence=-1, batch_size=1 << 20)
    for delta, value in enumerate(values):
        headers = [(header, b"1")] if header is not None and delta == 1 else []
        builder.append(delta, timestamp=1_700_000_000_000, key=None, value=value, headers=headers)
    batch = builder.build()
    struct.pack_into(">q", batch, 0, base_offset)  # the broker's offset (outside the CRC, as on the wire)
    return batch


def _latin1_header_batch(base_offset: int, values: list[bytes]) -> bytearray:
    """What a producer writing header keys in Latin-1 sends ("préfixe"; librdkafka and sarama take header keys as
    bytes, and the broker accepts them): a valid batch whose second record's header key is not UTF-8."""
    batch = _batch(base_offset, values, header="pr\u00e9fixe")
    where = batch.find("pr\u00e9fixe".encode())
    batch[where:where + 8] = b"pr\xe9fixe\x00"  # same length: é as one byte, and a byte of padding in the name
    struct.pack_into(">I", batch, _DefaultRecordBatchPy.CRC_OFFSET,
                     calc_crc32c(bytes(batch[_DefaultRecordBatchPy.ATTRIBUTES_OFFSET:])))
    return batch


FIRST = _batch(0, [b'{"id": "a"}', b'{"id": "b"}'])


def _log(corrupt: bool = True, start: int = 0) -> bytes:
    """Offsets 0-1, 2-4 and 5 (from the batch holding ``start`` on), the middle batch with one bit of a value
    flipped when ``corrupt``."""
    middle = _batch(2, [b'{"id": "c"}', b'{"id": "d"}', b'{"id": "e"}'])
    if corrupt:
        middle[-5] ^= 0x01
    return bytes((FIRST if start < 2 else b"") + (middle if start < 5 else b"") + _batch(5, [b'{"id": "f"}']))


class _Assignment:
    """What ``FetchResult`` asks of the consumer's assignment and the partition's state in it: whether the partition
    is active and unpaused, and where it stands."""

    active = True
    paused = False
    highwater = 6  # the log's end (offsets 0-5)

    def __init__(self, position: int) -> None:
        self.position = position

    def state_value(self, tp: TopicPartition) -> _Assignment:
        return self

    def consumed_to(self, position: int) -> None:
        self.position = position


def _fetch(buffer: CheckedFetchResults, data: bytes, position: int) -> tuple[list[int], int]:
    """One fetch of ``data`` from ``position`` stored through ``buffer`` as aiokafka's fetcher stores it, then read
    as ``getmany`` reads it: the offsets handed out and the partition's position afterwards."""
    assignment = _Assignment(position)
    records = PartitionRecords(TP, MemoryRecords(data), None, position, None, None, True, 0)
    buffer[TP] = FetchResult(TP, assignment=assignment, partition_records=records, backoff=0)
    offsets = [record.offset for record in buffer.pop(TP).getall()]
    return offsets, assignment.position


def test_aiokafka_alone_raises_and_loses_the_records_fetched_with_the_batch() -> None:
    """What the worker did before: the whole fetch raised, the records before the batch with it."""
    records = PartitionRecords(TP, MemoryRecords(_log()), None, 0, None, None, True, 0)
    result = FetchResult(TP, assignment=_Assignment(0), partition_records=records, backoff=0)
    with pytest.raises(CorruptRecordException):
        result.getall()


def test_a_batch_failing_every_fetch_is_fetched_again_then_skipped_and_held_until_reported() -> None:
    account = CorruptBatches()
    buffer = CheckedFetchResults(account)
    # The records before the batch go on; the position stays at the batch, so the next fetch reads it again.
    assert _fetch(buffer, _log(), 0) == ([0, 1], 2)
    for _ in range(FETCH_ATTEMPTS - 2):
        assert _fetch(buffer, _log(start=2), 2) == ([], 2)
    assert not account.skipped and account.holds(TP.topic, TP.partition) is None
    # The last attempt steps over it and ends the fetch there (a skipped batch may have ended a transaction that
    # aiokafka's list of aborted ones still holds open): the next fetch reads on.
    assert _fetch(buffer, _log(start=2), 2) == ([], 5)
    assert _fetch(buffer, _log(start=5), 5) == ([5], 6)
    assert list(account.skipped) == [CorruptBatch(TP.topic, TP.partition, 2, 4, FETCH_ATTEMPTS, CRC_FAILED)]
    assert account.holds(TP.topic, TP.partition) == 2 and account.holds(TP.topic, 0) is None
    account.reported(account.skipped.popleft())
    assert account.holds(TP.topic, TP.partition) is None


def test_a_batch_that_fails_once_on_the_wire_is_read_on_the_next_fetch() -> None:
    account = CorruptBatches()
    buffer = CheckedFetchResults(account)
    assert _fetch(buffer, _log(), 0) == ([0, 1], 2)
    assert _fetch(buffer, _log(corrupt=False, start=2), 2) == ([2, 3, 4, 5], 6)
    assert not account.skipped and account.holds(TP.topic, TP.partition) is None


def test_intact_batches_pass_unchanged_and_are_checked_once() -> None:
    buffer = CheckedFetchResults(CorruptBatches())
    records = PartitionRecords(TP, MemoryRecords(_log(corrupt=False)), None, 0, None, None, True, 0)
    buffer[TP] = FetchResult(TP, assignment=_Assignment(0), partition_records=records, backoff=0)
    assert records._check_crcs is False  # the wrapper checks each batch; aiokafka would check it a second time
    assert [r.value for r in buffer.pop(TP).getall()] == [b'{"id": "%s"}' % c.encode() for c in "abcdef"]


def test_a_record_that_does_not_decode_is_fetched_again_then_the_rest_of_its_batch_skipped() -> None:
    """A header key that is not UTF-8 (aiokafka raises UnicodeDecodeError mid-batch): the record before it goes on,
    the partition is fetched again from it, and after the last attempt the records from it to the batch's end are
    skipped while the next batch is read."""
    middle = _latin1_header_batch(2, [b'{"id": "c"}', b'{"id": "d"}', b'{"id": "e"}'])
    log = bytes(FIRST + middle + _batch(5, [b'{"id": "f"}']))
    records = PartitionRecords(TP, MemoryRecords(log), None, 0, None, None, True, 0)
    with pytest.raises(UnicodeDecodeError):  # aiokafka alone: the whole fetch raises
        FetchResult(TP, assignment=_Assignment(0), partition_records=records, backoff=0).getall()
    account = CorruptBatches()
    buffer = CheckedFetchResults(account)
    assert _fetch(buffer, log, 0) == ([0, 1, 2], 3)
    again = bytes(middle + _batch(5, [b'{"id": "f"}']))  # a fetch from offset 3 begins with the batch holding it
    for _ in range(FETCH_ATTEMPTS - 2):
        assert _fetch(buffer, again, 3) == ([], 3)
    assert not account.skipped
    assert _fetch(buffer, again, 3) == ([], 5)
    [skipped] = account.skipped
    assert (skipped.first_offset, skipped.last_offset, skipped.attempts) == (3, 4, FETCH_ATTEMPTS)
    assert skipped.problem.startswith("does not decode (UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9")
    assert account.holds(TP.topic, TP.partition) == 3


def _with_crc(batch: bytearray) -> bytearray:
    """``batch`` with its CRC written for its bytes as they are: what a producer writing it so sends."""
    struct.pack_into(">I", batch, _DefaultRecordBatchPy.CRC_OFFSET,
                     calc_crc32c(bytes(batch[_DefaultRecordBatchPy.ATTRIBUTES_OFFSET:])))
    return batch


def test_a_batch_that_does_not_decompress_is_skipped() -> None:
    """The gzip flag on a body that is not gzip, with a valid CRC: aiokafka decompresses when the batch's records
    are first asked for, and raised there."""
    middle = _batch(2, [b'{"id": "c"}', b'{"id": "d"}', b'{"id": "e"}'])
    attributes = struct.unpack_from(">h", middle, _DefaultRecordBatchPy.ATTRIBUTES_OFFSET)[0]
    struct.pack_into(">h", middle, _DefaultRecordBatchPy.ATTRIBUTES_OFFSET, attributes | 1)
    log = bytes(_with_crc(middle) + _batch(5, [b'{"id": "f"}']))
    account = CorruptBatches(attempts=1)
    assert _fetch(CheckedFetchResults(account), log, 2) == ([], 5)
    assert account.skipped[0].problem.startswith("does not decode (BadGzipFile")


def test_the_end_of_a_batch_failing_its_crc_is_taken_from_the_next_batch() -> None:
    """The offset delta that gives a batch's end lies inside the bytes its CRC covers: when it failed, the next
    batch's start is believed instead, or one offset at a time when it is past the log's end."""
    middle = bytearray(_log(start=2)[:len(_batch(2, [b'{"id": "c"}', b'{"id": "d"}', b'{"id": "e"}']))])
    for delta, skip_to in ((1_000_000, 5), (-10, 5)):
        struct.pack_into(">i", middle, 23, delta)  # lastOffsetDelta
        account = CorruptBatches(attempts=1)
        assert _fetch(CheckedFetchResults(account), bytes(middle + _batch(5, [b'{"id": "f"}'])), 2) == ([], skip_to)
        assert account.skipped[0].last_offset == skip_to - 1
    struct.pack_into(">i", middle, 23, 1_000_000)
    account = CorruptBatches(attempts=1)
    assert _fetch(CheckedFetchResults(account), bytes(middle), 2) == ([], 3)  # the last batch fetched


def test_a_batch_whose_length_does_not_parse_is_skipped_one_offset_at_a_time() -> None:
    """A length field too short for any batch (outside the CRC; aiokafka raises before any CRC check): its end is
    unknown. (One longer than the bytes fetched makes aiokafka report the batch as too large for the fetch, which the
    consumer does not handle: see README, Record batches the consumer cannot read.)"""
    middle = _batch(2, [b'{"id": "c"}', b'{"id": "d"}', b'{"id": "e"}'])
    struct.pack_into(">i", middle, 8, 5)
    account = CorruptBatches(attempts=1)
    buffer = CheckedFetchResults(account)
    assert _fetch(buffer, bytes(FIRST + middle), 0) == ([0, 1], 3)
    assert [(b.first_offset, b.last_offset) for b in account.skipped] == [(2, 2)]


def test_failures_count_in_a_row_only_and_a_skip_found_again_is_reported_once() -> None:
    account = CorruptBatches()
    buffer = CheckedFetchResults(account)
    assert _fetch(buffer, _log(start=2), 2) == ([], 2)  # one failure (on the wire), then the batch reads
    assert _fetch(buffer, _log(corrupt=False, start=2), 2) == ([2, 3, 4, 5], 6)
    for _ in range(FETCH_ATTEMPTS - 1):  # read again from 2 (a seek back): two failures are not three
        assert _fetch(buffer, _log(start=2), 2) == ([], 2)
    assert not account.skipped
    assert _fetch(buffer, _log(start=2), 2) == ([], 5)
    for _ in range(FETCH_ATTEMPTS):  # skipped again before the first skip was reported: one report
        _fetch(buffer, _log(start=2), 2)
    assert len(account.skipped) == 1 and account.holds(TP.topic, TP.partition) == 2
