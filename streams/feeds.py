"""Producing raw articles to Kafka with kafka-python: keyed by article id, confirmed by the broker.

The sources (``streams/sources/``) say what to feed; this module produces it and decides when a source's
state may be saved: only after the broker confirmed every message it covers (at-least-once: a crash
re-feeds, it never skips; the worker's article ids make a repeat harmless).
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import TextIO

from kafka import KafkaProducer
from kafka.errors import MessageSizeTooLargeError
from kafka.producer.future import FutureRecordMetadata

from streams.settings import Settings
from streams.sources import SourceError
from streams.sources.directory import DirectoryWatcher
from streams.sources.jsonl import Line
from streams.sources.rss import FeedPoller, Poll, poll_all

CONFIRM_TIMEOUT_S = 60.0
#: A JSON Lines source is confirmed this often: the feed keeps each unconfirmed value (to dead-letter it, should
#: the broker refuse it), so this bounds its memory on a file of any size.
CONFIRM_EVERY = 1000
#: What the dead letter of a message that never reached the raw topic keeps of it: enough to tell which article
#: it was (the whole of it stays in its source), and small enough for any dead-letter topic.
UNSENT_PAYLOAD_KEPT_BYTES = 262_144
ONCE_SETTLE_DEADLINE_S = 30.0  # --once waits this long at most for files still being written


# An object's first member, when it is an id or url: what a line read only in part still shows of its key.
_LEADING_KEY = re.compile(rb'\s*\{\s*"(?:id|url)"\s*:\s*"([^"\\]{1,1000})"')


def article_key(line: bytes) -> bytes | None:
    """The partition key of a raw line: its ``id`` (or ``url``) when it is a JSON object that has one; for a line
    that is not JSON (or only its start), an ``id``/``url`` that opens the object."""
    try:
        document = json.loads(line)
    except (ValueError, RecursionError):
        leading = _LEADING_KEY.match(line)
        return leading.group(1) if leading else None
    if isinstance(document, dict):
        for field in ("id", "url"):
            value = document.get(field)
            if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value):
                # surrogatepass: an escaped lone surrogate ("\\ud800") is still a key; the worker dead-letters it
                return str(value).encode("utf-8", "surrogatepass")
    return None


def make_producer(settings: Settings) -> KafkaProducer:
    """A producer that waits for all in-sync replicas: a fed article is either confirmed or an error."""
    return KafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        client_id=f"{settings.app_id}-feed",
        acks="all",
        # Idempotence off: with it, kafka-python (3.0) fails every later send of a producer once the broker
        # refused one record as too large (the feed dead-letters that record and goes on), and a repeated
        # article is harmless anyway (stable ids). One request in flight keeps the order through retries.
        enable_idempotence=False,
        max_in_flight_requests_per_connection=1,
        linger_ms=5,
        max_request_size=max(settings.max_message_bytes * 2, 1_048_576),
        **settings.kafka_python_options(),
    )


class Progress:
    """What the feed tells a person on stderr.

    On a terminal: a live line with the message count and rate, redrawn at most ten times a second, and
    ``note()`` lines above it. Elsewhere (a pipe, a log file, a service): only the ``note()`` lines, one per
    fed file or feed poll, no redraws. ``finish()`` ends the live line.
    """

    def __init__(self, stream: TextIO | None = None, *, live: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.live = self.stream.isatty() if live is None else live
        self.count = 0
        self._started: float | None = None  # the first message, not the connection, starts the clock
        self._drawn = 0.0
        self._dirty = False

    @property
    def rate(self) -> float:
        """Messages per second since the first one."""
        if self._started is None:
            return 0.0
        return self.count / max(time.monotonic() - self._started, 1e-3)

    def add(self, n: int = 1) -> None:
        if self._started is None:
            self._started = time.monotonic()
        self.count += n
        if self.live and time.monotonic() - self._drawn >= 0.1:
            self._draw()

    def note(self, line: str) -> None:
        self.stream.write(("\r\x1b[K" if self._dirty else "") + line + "\n")
        self._dirty = False
        if self.live and self.count:
            self._draw()
        self.stream.flush()

    def finish(self) -> None:
        if self._dirty:
            self._draw()
            self.stream.write("\n")
            self._dirty = False
        self.stream.flush()

    def _draw(self) -> None:
        self.stream.write(f"\r\x1b[Kwiremon feed: {self.count:,} messages, {self.rate:,.0f}/s")
        self.stream.flush()
        self._drawn = time.monotonic()
        self._dirty = True


class Feeder:
    """Produces raw article values to one topic, keyed by article id, and confirms them.

    Contract: ``send()`` hands a value to the producer (paced by ``interval`` seconds between messages);
    ``confirm()`` blocks until the broker acknowledged every value sent so far (acks=all) and returns how many
    that was, or raises the delivery error (``KafkaError``). Nothing counts as fed before ``confirm()``
    returned. The producer is created at the first ``send()`` (a run with nothing new never connects, and a
    wrong path or URL is reported before Kafka is tried); ``close()`` closes it.

    A value the raw topic cannot take is bad input, not a failure of the feed: one larger than
    ``WIREMON_MAX_MESSAGE_BYTES`` (the worker would reject it), or refused as too large by the producer or the
    broker (a raw topic whose ``max.message.bytes`` is lower), goes to the dead-letter topic instead, as
    ``too_large`` with its start, partition and offset -1, and counts as fed once ``confirm()`` has that record
    acknowledged (``dead_lettered`` counts the values sent that way).
    """

    def __init__(self, settings: Settings, *, topic: str, interval: float = 0.0,
                 progress: Progress | None = None) -> None:
        self.topic = topic
        self.interval = interval
        self.progress = progress
        self.settings = settings
        self._producer: KafkaProducer | None = None
        self._pending: list[tuple[FutureRecordMetadata, bytes, bytes | None]] = []
        self._letters: list[tuple[bytes | None, bytes]] = []  # (key, encoded DeadLetter), sent by confirm()
        self.sent = 0
        self.confirmed = 0
        self.dead_lettered = 0

    @property
    def producer(self) -> KafkaProducer:
        if self._producer is None:
            self._producer = make_producer(self.settings)
        return self._producer

    def send(self, value: bytes, key: bytes | None = None, *, size: int | None = None) -> None:
        """Produce ``value``; ``size`` is the whole message's when ``value`` is only its start (a line too long to
        read whole), which is too large to produce and is dead-lettered."""
        if self.interval and self.sent:
            time.sleep(self.interval)
        key = key or article_key(value)
        limit = self.settings.max_message_bytes
        size = len(value) if size is None else size
        if size > limit:
            self._dead_letter(value, key, f"message is {size} bytes, limit is {limit}", size=size)
        else:
            try:
                self._pending.append((self.producer.send(self.topic, key=key, value=value), value, key))
            except MessageSizeTooLargeError as exc:
                self._dead_letter(value, key, f"refused by the producer: {exc}")
        self.sent += 1
        if self.progress is not None:
            self.progress.add()

    def confirm(self) -> int:
        pending, self._pending = self._pending, []
        if not pending and not self._letters:
            return 0
        self.producer.flush(timeout=CONFIRM_TIMEOUT_S)
        count = 0
        for future, value, key in pending:
            try:
                future.get(timeout=CONFIRM_TIMEOUT_S)
                count += 1
            except MessageSizeTooLargeError as exc:  # the raw topic takes less than WIREMON_MAX_MESSAGE_BYTES
                self._dead_letter(value, key, f"refused by the broker: {exc}")
        letters, self._letters = self._letters, []
        if letters:
            futures = [self.producer.send(self.settings.topic_deadletter, key=key, value=letter)
                       for key, letter in letters]
            self.producer.flush(timeout=CONFIRM_TIMEOUT_S)
            for future in futures:
                future.get(timeout=CONFIRM_TIMEOUT_S)
            count += len(letters)
        self.confirmed += count
        return count

    def _dead_letter(self, value: bytes, key: bytes | None, error: str, *, size: int | None = None) -> None:
        from streams.pipeline import InvalidArticle, dead_letter  # the analysers' imports, only when needed

        letter = dead_letter(value, InvalidArticle("too_large", f"not produced to {self.topic}: {error}"),
                             topic=self.topic, partition=-1, offset=-1, key=key,
                             max_payload_bytes=UNSENT_PAYLOAD_KEPT_BYTES)
        if size is not None and size > len(value):  # the line was cut when read, whatever the letter keeps of it
            letter = letter.model_copy(update={"payload_truncated": True})
        self._letters.append((key, letter.model_dump_json().encode()))
        self.dead_lettered += 1
        if self.progress is not None:
            what = f"article {key.decode(errors='replace')}" if key else "a message"
            self.progress.note(f"wiremon feed: {what} ({size or len(value):,} bytes) is too large for {self.topic}: "
                               f"sent to {self.settings.topic_deadletter} as too_large")

    def close(self) -> None:
        if self._producer is not None:
            self._producer.close(timeout=CONFIRM_TIMEOUT_S)
            self._producer = None


def produce_lines(
    settings: Settings,
    lines: Iterable[Line],
    *,
    topic: str,
    interval: float = 0.0,
    progress: Progress | None = None,
    feeder: Feeder | None = None,
) -> int:
    """Produce every non-blank line (bad ones too: the worker dead-letters them); returns the count.

    ``interval`` paces the feed (seconds between messages), as a live feed arrives. Blocks until the broker
    confirmed every message; a delivery failure raises. ``feeder`` reuses an open one (its pacing applies).
    Messages are confirmed every ``CONFIRM_EVERY`` lines too, so a file of any size is fed in bounded memory.
    """
    own = feeder is None
    feeder = feeder or Feeder(settings, topic=topic, interval=interval, progress=progress)
    try:
        before = feeder.confirmed
        for line in lines:
            value = line.data.rstrip(b"\r\n")
            if line.cut or value.strip():  # a cut line is dead-lettered, whatever its start
                feeder.send(value, size=line.size if line.cut else None)
                if feeder.sent % CONFIRM_EVERY == 0:
                    feeder.confirm()
        feeder.confirm()
        return feeder.confirmed - before
    finally:
        if own:
            feeder.close()


# --- watched sources -------------------------------------------------------------------------------------


def feed_directory(feeder: Feeder, watcher: DirectoryWatcher, *, stop: threading.Event,
                   progress: Progress) -> int:
    """One scan of a watched directory: feed each ready file and record it once confirmed; returns messages.

    A file that cannot be read is reported in one line (once) and tried again at each scan; bad content is fed
    as it is (the worker dead-letters it). ``stop`` is checked between files, never inside one.
    """
    fed = 0
    try:
        ready = watcher.scan()
    except OSError as exc:
        progress.note(f"wiremon feed: cannot scan {watcher.directory}: {exc.strerror or exc}")
        return 0
    if watcher.pruned:
        watcher.state.save()
    for feed_file in ready:
        if stop.is_set():
            break
        try:
            content = watcher.read(feed_file, max_value_bytes=feeder.settings.max_message_bytes)
            if not watcher.already_fed(content):
                before = feeder.confirmed
                for line in content.values:  # read as fed: a file of any size in bounded memory
                    feeder.send(line.data, size=line.size if line.cut else None)
                    if feeder.sent % CONFIRM_EVERY == 0:
                        feeder.confirm()
                feeder.confirm()
                fed += feeder.confirmed - before
                progress.note(f"wiremon feed: {feed_file.path}: {feeder.confirmed - before} messages")
        except (OSError, SourceError) as exc:  # not recorded as fed: what was sent is sent again (same ids)
            if watcher.first_failure(feed_file):
                problem = str(exc) if isinstance(exc, SourceError) else \
                    f"cannot read {feed_file.path}: {exc.strerror or exc}"
                progress.note(f"wiremon feed: {problem} (retried at each scan)")
            continue
        watcher.mark_fed(feed_file, content)
        watcher.state.save()
    return fed


def feed_poll(feeder: Feeder, poller: FeedPoller, poll: Poll, *, progress: Progress) -> int:
    """Feed the new items of one poll of an RSS/Atom feed, then record them; returns messages."""
    count = 0
    if poll.articles:
        for value in poll.values():
            feeder.send(value)
        count = feeder.confirm()
        progress.note(f"wiremon feed: {poller.url}: {count} new items")
    poller.commit(poll)
    poller.state.save()
    return count


class _Schedule:
    """When each watched source is next due; a source first polls at once."""

    def __init__(self, jobs: Sequence[tuple[float, Callable[[], object]]]) -> None:
        self.jobs = [[0.0, every, run] for every, run in jobs]

    def run_due(self, stop: threading.Event) -> None:
        for job in self.jobs:
            if stop.is_set():
                return
            if time.monotonic() >= job[0]:
                job[2]()
                job[0] = time.monotonic() + job[1]

    def wait(self, stop: threading.Event) -> None:
        next_due = min(job[0] for job in self.jobs)
        stop.wait(max(0.0, next_due - time.monotonic()))


def watch(
    feeder: Feeder,
    directories: Sequence[DirectoryWatcher],
    feeds: Sequence[FeedPoller],
    *,
    directory_poll: float,
    url_poll: float,
    once: bool,
    stop: threading.Event,
    progress: Progress,
) -> int:
    """Feed watched directories and RSS/Atom feeds until ``stop`` is set, or one round with ``once``.

    Feeds are fetched together (``poll_all``) and fed one after another. The first poll of each feed must succeed
    (else ``SourceError``: a wrong URL is reported at once); later failures are reported in one line and retried at
    the next poll. With ``once``, files still being written are waited for (up to ``ONCE_SETTLE_DEADLINE_S``), so a
    run right after a copy takes the copied files. Returns the number of messages fed.
    """
    total = 0
    polled: set[str] = set()

    def run_feeds() -> None:
        # Fetched together (a slow feed no longer delays the others by its timeout), fed one after another.
        nonlocal total
        for poller, outcome in zip(feeds, poll_all(feeds)):
            if stop.is_set():
                return  # what was fetched and not fed is fetched again next time
            if isinstance(outcome, Exception):
                if not isinstance(outcome, SourceError) or poller.url not in polled:
                    raise outcome
                progress.note(f"wiremon feed: {outcome}")
            else:
                total += feed_poll(feeder, poller, outcome, progress=progress)
            polled.add(poller.url)

    def run_directory(watcher: DirectoryWatcher) -> None:
        nonlocal total
        total += feed_directory(feeder, watcher, stop=stop, progress=progress)

    if once:
        if feeds:
            run_feeds()
        deadline = time.monotonic() + ONCE_SETTLE_DEADLINE_S
        for watcher in directories:
            run_directory(watcher)
            while watcher.pending and not stop.is_set() and time.monotonic() < deadline:
                stop.wait(min(0.25, watcher.settle_seconds))
                run_directory(watcher)
            if watcher.pending:
                progress.note(f"wiremon feed: {watcher.directory}: {watcher.pending} files still being written, "
                              "left for the next run")
        return total

    schedule = _Schedule(
        ([(url_poll, run_feeds)] if feeds else [])
        + [(directory_poll, lambda w=w: run_directory(w)) for w in directories]
    )
    while not stop.is_set():
        schedule.run_due(stop)
        schedule.wait(stop)
    return total
