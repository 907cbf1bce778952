"""A watched directory: which of its ``.jsonl``/``.json``/``.txt`` files are complete and not yet fed.

Only the directory's own files count (not subdirectories). Dotfiles and other extensions are ignored, so a
writer that creates ``.name.jsonl`` or ``name.jsonl.tmp`` and renames it when done is never read half-way;
for writers that write in place, a file is taken only once it has not changed for ``settle_seconds``.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from streams.sources import SourceError
from streams.sources.files import FEED_SUFFIXES, file_values
from streams.sources.jsonl import Line, read_lines
from streams.sources.state import StateFile


@dataclass(frozen=True)
class FeedFile:
    """A complete file found by a scan: its name in the directory and the size and mtime it had then."""

    path: Path
    name: str
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class FileContent:
    """What a feed file holds: its raw article values, read from the file as they are iterated (``data`` without a
    line end; a value over the limit keeps only its start, ``cut``, and its real ``size``), and the SHA-256 of the
    file's bytes."""

    values: Iterator[Line]  # one pass
    sha256: str


#: A ``.json`` file is parsed whole (an array of articles): larger ones are refused, not loaded into memory.
JSON_WHOLE_MAX_BYTES = 64 * 1024 * 1024


class DirectoryWatcher:
    """Finds the complete, not yet fed files of one directory, oldest first; knows nothing of Kafka.

    Contract: ``scan()`` lists files that are ready (unchanged for ``settle_seconds``, by mtime or across two
    scans) and not recorded as fed with the same size and mtime; ``pending`` counts those still being written.
    ``read()`` returns a file's values and hash; ``already_fed()`` is true when a fed file had the same content
    (a touched or renamed copy). ``mark_fed()`` records a file in the state section: call it only after the
    broker confirmed the file's messages, then ``state.save()``. Entries of files no longer in the directory are
    dropped by ``scan()`` (``pruned`` is then true: save the state), so the state stays as small as the directory.
    """

    def __init__(
        self,
        directory: Path,
        state: StateFile,
        *,
        settle_seconds: float = 1.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not directory.is_dir():
            raise SourceError(f"cannot watch {directory}: not a directory")
        if not os.access(directory, os.R_OK | os.X_OK):
            raise SourceError(f"cannot watch {directory}: permission denied")
        self.directory = directory
        self.state = state
        self.settle_seconds = settle_seconds
        self._clock = clock
        key = os.path.relpath(directory.resolve(), state.path.parent.resolve())
        self._files: dict[str, dict[str, Any]] = state.section("directories", key).setdefault("files", {})
        self._last_scan: dict[str, tuple[int, int, float]] = {}  # name -> (size, mtime_ns, first seen so)
        self.pending = 0
        self.pruned = False
        self._failed: set[FeedFile] = set()  # unreadable files already reported (reported again once changed)

    def scan(self) -> list[FeedFile]:
        """The files ready to feed, oldest first (by mtime, then name)."""
        now = self._clock()
        ready: list[FeedFile] = []
        present: set[str] = set()
        previous, self._last_scan = self._last_scan, {}
        self.pending = 0
        with os.scandir(self.directory) as entries:
            for entry in entries:
                name = entry.name
                if name.startswith(".") or not name.lower().endswith(FEED_SUFFIXES):
                    continue
                try:
                    if not entry.is_file():
                        continue
                    st = entry.stat()
                except OSError:
                    continue  # vanished between listing and stat
                present.add(name)
                record = self._files.get(name)
                if record and (record.get("size"), record.get("mtime_ns")) == (st.st_size, st.st_mtime_ns):
                    continue
                seen = previous.get(name)
                since = seen[2] if seen and seen[:2] == (st.st_size, st.st_mtime_ns) else now
                self._last_scan[name] = (st.st_size, st.st_mtime_ns, since)
                # Quiet for settle_seconds by its mtime, or (a clock skewed into the future, e.g. a network
                # mount) unchanged across scans for that long.
                if now - st.st_mtime_ns / 1e9 >= self.settle_seconds or now - since >= self.settle_seconds:
                    ready.append(FeedFile(Path(entry.path), name, st.st_size, st.st_mtime_ns))
                else:
                    self.pending += 1
        gone = set(self._files) - present
        for name in gone:
            del self._files[name]
        self.pruned = bool(gone)
        ready.sort(key=lambda f: (f.mtime_ns, f.name))
        return ready

    def read(self, feed_file: FeedFile, *, max_value_bytes: int | None = None) -> FileContent:
        """The file's content hash, and its values to read; ``OSError`` when it cannot be read (iterating the values
        may raise ``OSError`` or ``SourceError`` too), ``SourceError`` for a ``.json`` file too large to parse whole.

        With ``max_value_bytes``, memory is bounded by it per value whatever the file's size (``.json`` files
        excepted, up to ``JSON_WHOLE_MAX_BYTES``)."""
        suffix = PurePath(feed_file.name).suffix.lower()
        if suffix == ".json" and feed_file.size > JSON_WHOLE_MAX_BYTES:
            raise SourceError(f"{feed_file.path} is {feed_file.size:,} bytes, more than a .json file may have "
                              f"({JSON_WHOLE_MAX_BYTES:,}): name it .jsonl, one article per line")
        with feed_file.path.open("rb") as handle:
            sha256 = hashlib.file_digest(handle, "sha256").hexdigest()
        return FileContent(_values(feed_file, suffix, max_value_bytes), sha256)

    def first_failure(self, feed_file: FeedFile) -> bool:
        """True the first time ``feed_file`` (this size and mtime) could not be read: report it once, not per scan."""
        if feed_file in self._failed:
            return False
        self._failed.add(feed_file)
        return True

    def already_fed(self, content: FileContent) -> bool:
        return any(record.get("sha256") == content.sha256 for record in self._files.values())

    def mark_fed(self, feed_file: FeedFile, content: FileContent) -> None:
        self._files[feed_file.name] = {
            "size": feed_file.size, "mtime_ns": feed_file.mtime_ns, "sha256": content.sha256,
            "fed_at": int(self._clock()),
        }
        self._last_scan.pop(feed_file.name, None)


def _values(feed_file: FeedFile, suffix: str, limit: int | None) -> Iterator[Line]:
    name = str(feed_file.path)
    if suffix in (".json", ".txt"):
        with feed_file.path.open("rb") as handle:
            # (read(n) allocates n bytes at once: n is the limit only when it is the smaller)
            cut = suffix == ".txt" and limit is not None and limit < feed_file.size
            data = handle.read(limit + 1) if cut else handle.read()
        if limit is not None and suffix == ".txt" and len(data) > limit:  # one article, too large whatever the rest
            yield Line(name, 1, data[:limit], max(feed_file.size, len(data)))
            return
        for number, value in enumerate(file_values(feed_file.name, data), 1):
            yield Line(name, number, value, len(value))
        return
    for line in read_lines([name], **({} if limit is None else {"max_line_bytes": limit + 2})):  # + a CRLF end
        value = line.data.rstrip(b"\r\n")
        if line.cut or value.strip():  # a cut line is dead-lettered, whatever its start
            yield line._replace(data=value, size=line.size if line.cut else len(value))
