"""The feed command's state file: what a watched directory or an RSS/Atom feed has already fed.

Format (JSON, human-readable, safe to delete: deleting it re-feeds everything once, which the worker's
article ids make harmless)::

    {"version": 1,
     "directories": {".": {"files": {"a.jsonl": {"size": 812, "mtime_ns": 1718000000000000000,
                                                  "sha256": "9f...", "fed_at": 1718000002}}}},
     "feeds": {"https://example.org/rss": {"etag": "\\"abc\\"", "modified": "Mon, 10 Jun 2024 08:00:00 GMT",
                                           "seen": {"https://example.org/a/1": 1718000002}}}}

Directory keys are relative to the state file's own directory (``"."`` for the default state file inside the
watched directory), so a directory moved or mounted elsewhere together with its state keeps it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
from pathlib import Path
from typing import IO, Any

from streams.sources import SourceError

STATE_VERSION = 1
DIRECTORY_STATE_NAME = ".wiremon-feed-state.json"


def default_url_state_path() -> Path:
    """``$XDG_CACHE_HOME/wiremon/feed-state.json`` (``~/.cache/...`` when unset): the state of URL feeds."""
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "wiremon" / "feed-state.json"


class StateFile:
    """One state file, shared by every watched source of one ``wiremon feed`` process that uses it.

    Contract:
    * ``open()`` takes an exclusive lock (``FILE.lock``, flock) so that two processes never feed from and
      overwrite the same state, then loads it; a missing file is an empty state, an unreadable or corrupt one
      is a ``SourceError`` (the user decides: fix it or delete it to re-feed).
    * ``section(kind, name)`` is a mutable dict owned by one source; sources change it only for messages the
      broker has confirmed, then call ``save()``.
    * ``save()`` is atomic (temporary file in the same directory, fsync, ``os.replace``): a crash leaves the
      previous or the new state, never a torn one. Hence at-least-once: a crash re-feeds, it never skips.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data: dict[str, Any] = {"version": STATE_VERSION}
        self._lock: IO[bytes] | None = None

    def open(self) -> StateFile:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock = open(self.path.with_name(self.path.name + ".lock"), "ab")  # noqa: SIM115 - held until close()
        except OSError as exc:
            raise SourceError(f"cannot use state file {self.path}: {exc.strerror or exc}") from exc
        try:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            lock.close()
            raise SourceError(f"state file {self.path} is in use by another wiremon feed") from exc
        self._lock = lock
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return self
        except OSError as exc:
            self.close()
            raise SourceError(f"cannot read state file {self.path}: {exc.strerror or exc}") from exc
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
                raise ValueError(f"not a version {STATE_VERSION} state")
        except ValueError as exc:
            self.close()
            raise SourceError(f"corrupt state file {self.path} ({exc}); delete it to feed everything again") from exc
        self._data = data
        return self

    def section(self, kind: str, name: str) -> dict[str, Any]:
        """The mutable state of one source: ``kind`` is ``"directories"`` or ``"feeds"``."""
        group = self._data.setdefault(kind, {})
        return group.setdefault(name, {})

    def save(self) -> None:
        payload = json.dumps(self._data, ensure_ascii=False, indent=1, sort_keys=True).encode() + b"\n"
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def close(self) -> None:
        if self._lock is not None:
            self._lock.close()  # releases the flock
            self._lock = None
