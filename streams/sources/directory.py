"""A watched directory: which of its ``.jsonl``/``.json``/``.txt`` files are complete and not yet fed.

Only the directory's own files count (not subdirectories). Dotfiles and other extensions are ignored, so a
writer that creates ``.name.jsonl`` or ``name.jsonl.tmp`` and renames it when done is never read half-way;
for writers that write in place, a file is taken only once it has not changed for ``settle_seconds``.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from streams.sources import SourceError
from streams.sources.files import FEED_SUFFIXES, file_values
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
    """What a feed file holds: the raw article values and the SHA-256 of the bytes they came from."""

    values: list[bytes]
    sha256: str


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

    def read(self, feed_file: FeedFile) -> FileContent:
        """The file's raw article values and content hash; ``OSError`` when it cannot be read."""
        data = feed_file.path.read_bytes()
        return FileContent(file_values(feed_file.name, data), hashlib.sha256(data).hexdigest())

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
