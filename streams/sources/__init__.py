"""Where raw articles come from, before they are produced to Kafka (``streams/feeds.py`` produces them).

Each module has one job and no Kafka import, so it is testable on its own:

* ``jsonl``: lines of JSON Lines files or stdin, streamed as they are read;
* ``files``: a whole ``.jsonl``/``.json``/``.txt`` file turned into raw article values;
* ``directory``: which files of a watched directory are complete and not yet fed;
* ``rss``: RSS/Atom polling with conditional GET, items turned into raw articles;
* ``state``: the small JSON state file that makes "each file once, each item once" survive restarts.

Every source yields raw message values as ``bytes`` (JSON). Invalid input is passed on as it is where
possible: the worker dead-letters it with a reason, which is more useful than a log line nobody reads.
"""

from __future__ import annotations


class SourceError(Exception):
    """A source that cannot be used at all (missing path, unreachable URL): one line for the user."""
