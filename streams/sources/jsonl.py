"""JSON Lines from files or stdin, streamed line by line (a file of any size, or an endless pipe)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from streams.sources import SourceError


def check_readable(name: str) -> None:
    """Raise ``SourceError`` unless ``name`` is ``-`` or a readable regular file (checked before feeding)."""
    if name == "-":
        return
    path = Path(name)
    if not path.exists():
        raise SourceError(f"cannot read {name}: no such file or directory")
    if not path.is_file():
        raise SourceError(f"cannot read {name}: not a regular file")
    if not os.access(path, os.R_OK):
        raise SourceError(f"cannot read {name}: permission denied")


def read_lines(paths: Sequence[str]) -> Iterator[tuple[str, int, bytes]]:
    """(source, line number, raw line) from files, or stdin for no path or ``-``; lines keep their newline.

    Lines are yielded as read, so a pipe is fed while it is being written. An unreadable file raises
    ``SourceError`` when it is reached.
    """
    for name in paths or ["-"]:
        if name == "-":
            for number, line in enumerate(sys.stdin.buffer, 1):
                yield "<stdin>", number, line
            continue
        try:
            handle = Path(name).open("rb")
        except OSError as exc:
            raise SourceError(f"cannot read {name}: {exc.strerror or exc}") from exc
        with handle:
            for number, line in enumerate(handle, 1):
                yield name, number, line
