"""One whole file of a watched directory turned into raw article values, by its extension.

* ``.jsonl``: one value per non-blank line, as is (a bad line is dead-lettered by the worker, with the reason);
* ``.json``: an object is one article, an array is one article per element; a file that is not JSON is taken
  as JSON Lines (the usual mistake is JSON Lines named ``.json``), so nothing in it is silently dropped;
* ``.txt``: one article, the first non-blank line the title and the rest the text (a single line, or a first line
  longer than a title may be, is text).
"""

from __future__ import annotations

import json
from pathlib import PurePath

from streams.models import MAX_TITLE_CHARS, RawArticle

FEED_SUFFIXES = (".jsonl", ".json", ".txt")


def jsonl_values(data: bytes) -> list[bytes]:
    """Non-blank lines without their line ends."""
    return [line.rstrip(b"\r") for line in data.split(b"\n") if line.strip()]


def json_values(data: bytes) -> list[bytes]:
    """An object as one value, an array's elements as values, anything else line by line."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return jsonl_values(data)
    if isinstance(document, list):
        return [json.dumps(item, ensure_ascii=False).encode() for item in document]
    return [json.dumps(document, ensure_ascii=False).encode()]


def text_article(data: bytes) -> bytes | None:
    """A plain-text article: first non-blank line the title, the rest the text; None for an empty file.

    The id is derived exactly as the worker would derive it (from title and text), so the message is keyed by
    the id the article ends up with, and the same file fed twice gives the same id.
    """
    text = data.decode("utf-8-sig", errors="replace").replace("\r\n", "\n").strip()
    if not text:
        return None
    title, _, body = text.partition("\n")
    title, body = title.strip(), body.strip()
    # A first line longer than any headline (the schema's title limit) is the text's first paragraph
    fields = {"title": title, "text": body} if body and len(title) <= MAX_TITLE_CHARS else {"text": text}
    article_id = RawArticle.model_validate(fields).id
    return json.dumps({"id": article_id, **fields}, ensure_ascii=False).encode()


def file_values(name: str, data: bytes) -> list[bytes]:
    """The raw article values of a feed file called ``name`` with content ``data``."""
    suffix = PurePath(name).suffix.lower()
    if suffix == ".txt":
        value = text_article(data)
        return [value] if value is not None else []
    if suffix == ".json":
        return json_values(data)
    return jsonl_values(data)
