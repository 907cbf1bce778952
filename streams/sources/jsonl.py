"""JSON Lines from files or stdin, streamed line by line (a file of any size, or an endless pipe)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, NamedTuple

from streams.sources import SourceError


class Line(NamedTuple):
    """One line of a source. ``data`` is the line as read, newline included, or only its first ``max_line_bytes``
    bytes when it is longer (``cut``); ``size`` is its whole length in bytes, line end included."""

    source: str
    number: int
    data: bytes
    size: int

    @property
    def cut(self) -> bool:
        return self.size > len(self.data)


def check_readable(name: str) -> None:
    """Raise ``SourceError`` unless ``name`` is ``-`` or a readable file (a regular file, or a pipe such as
    ``<(zcat feed.jsonl.gz)``); checked for every source before the first line is read."""
    if name == "-":
        if sys.stdin is None:
            raise SourceError("cannot read -: standard input is closed")
        return
    path = Path(name)
    if not path.exists():
        raise SourceError(f"cannot read {name}: no such file or directory")
    if path.is_dir():
        raise SourceError(f"cannot read {name}: is a directory")
    if not os.access(path, os.R_OK):
        raise SourceError(f"cannot read {name}: permission denied")


def read_lines(paths: Sequence[str], *, max_line_bytes: int = 1 << 62) -> Iterator[Line]:
    """The lines of files, or of stdin for no path or ``-``, as they are read (a pipe is fed while it is being
    written).

    Memory is bounded by ``max_line_bytes``: a longer line keeps only its start (and its real size), the rest is
    read and dropped. A source that cannot be opened or read raises ``SourceError`` when it is reached.
    """
    for name in paths or ["-"]:
        if name == "-":
            if sys.stdin is None:
                raise SourceError("cannot read -: standard input is closed")
            yield from _lines("<stdin>", "-", sys.stdin.buffer, max_line_bytes)
            continue
        try:
            handle = Path(name).open("rb")
        except OSError as exc:
            raise SourceError(f"cannot read {name}: {exc.strerror or exc}") from exc
        with handle:
            yield from _lines(name, name, handle, max_line_bytes)


def _lines(source: str, name: str, handle: BinaryIO, limit: int) -> Iterator[Line]:
    number = 0
    try:
        while line := handle.readline(limit + 1):
            number += 1
            if len(line) <= limit or line.endswith(b"\n"):
                yield Line(source, number, line, len(line))
                continue
            size = len(line)
            rest = line
            while not rest.endswith(b"\n") and (rest := handle.readline(1 << 20)):  # read and dropped
                size += len(rest)
            yield Line(source, number, line[:limit], size)
    except OSError as exc:
        raise SourceError(f"cannot read {name}: {exc.strerror or exc}") from exc
