"""The feed sources without Kafka: file formats, the watched directory's state, RSS/Atom and conditional GET."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from streams.models import RawArticle
from streams.sources import SourceError
from streams.sources.directory import DirectoryWatcher
from streams.sources.files import file_values, json_values, text_article
from streams.sources.jsonl import check_readable, read_lines
from streams.sources.rss import FeedPoller, Poll, fetch, item_id, parse_feed, poll_all
from streams.sources.state import DIRECTORY_STATE_NAME, StateFile

FEEDS = Path(__file__).resolve().parents[1] / "data" / "feeds"
RSS2 = FEEDS / "wire_rss2.xml"
ATOM = FEEDS / "wire_atom.xml"


class FeedServer:
    """Serves feed files on 127.0.0.1 like a well-behaved feed host: ETag and Last-Modified on every answer,
    304 without a body when If-None-Match or If-Modified-Since match. Records every request's headers.
    ``files`` may be changed while it runs (a changed body gets a new ETag and Last-Modified)."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = files
        self.requests: list[dict[str, str]] = []
        self._versions: dict[str, tuple[str, str]] = {}  # path -> (etag, last-modified)
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                server.requests.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
                body = server.files.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                etag, modified = server._version(self.path, body)
                if self.headers.get("If-None-Match") == etag or self.headers.get("If-Modified-Since") == modified:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", modified)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def _version(self, path: str, body: bytes) -> tuple[str, str]:
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self._versions.get(path, ("",))[0] != etag:
            # A new body is newer than the last one by at least a second (HTTP dates have whole seconds).
            self._versions[path] = (etag, formatdate(1_718_000_000 + len(self._versions) * 60 + len(body),
                                                     usegmt=True))
        return self._versions[path]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}{path}"

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with FeedServer({"/rss.xml": RSS2.read_bytes(), "/atom.xml": ATOM.read_bytes()}) as server:
        yield server


# --- files ------------------------------------------------------------------------------------------------


def test_txt_file_is_one_article_titled_by_its_first_line() -> None:
    value = text_article("\ufeffMinister resigns\r\n\r\nThe minister resigned on Monday.\r\nMore follows.\r\n".encode())
    assert value is not None
    article = json.loads(value)
    assert article["title"] == "Minister resigns"
    assert article["text"] == "The minister resigned on Monday.\nMore follows."
    # Keyed by the id the worker derives, and the same file always gives the same id.
    assert article["id"] == RawArticle.model_validate({"title": article["title"], "text": article["text"]}).id
    assert text_article(b"Minister resigns\nThe minister resigned on Monday.\nMore follows.") == value


def test_txt_edge_cases() -> None:
    assert json.loads(text_article(b"Just one line\n"))["text"] == "Just one line"  # type: ignore[arg-type]
    assert text_article(b" \n\n") is None
    assert file_values("empty.txt", b"") == []
    assert len(file_values("not-utf8.TXT", b"Titel\n\xff\xfe text")) == 1  # replaced, never dropped
    # A first line longer than a title may be is text: it raised the schema's ValidationError and ended the feed
    paragraph = "A very long opening paragraph. " * 200
    article = json.loads(text_article(f"{paragraph}\nSecond paragraph.".encode()))  # type: ignore[arg-type]
    assert "title" not in article and article["text"] == f"{paragraph}\nSecond paragraph."
    assert RawArticle.model_validate(article).id == article["id"]


def test_jsonl_keeps_bad_lines_for_the_dead_letter_topic() -> None:
    data = b'{"id": "a", "text": "x"}\r\n\n   \nnot json\n{"id": "b", "text": "y"}'
    assert file_values("batch.jsonl", data) == [b'{"id": "a", "text": "x"}', b"not json", b'{"id": "b", "text": "y"}']


def test_json_file_object_array_or_lines() -> None:
    assert [json.loads(v) for v in json_values(b'\xef\xbb\xbf{"id": "a",\n "text": "x"}')] == [{"id": "a", "text": "x"}]
    assert [json.loads(v)["id"] for v in json_values(b'[{"id": "a", "text": "x"}, {"id": "b", "text": "y"}]')] == [
        "a", "b"]
    # JSON Lines named .json is taken line by line rather than dropped.
    assert json_values(b'{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n') == [
        b'{"id": "a", "text": "x"}', b'{"id": "b", "text": "y"}']


def test_partition_keys_of_raw_lines() -> None:
    from streams.feeds import article_key

    assert article_key(b'{"id": "a-1", "url": "https://x"}') == b"a-1"
    assert article_key(b'{"url": "https://x"}') == b"https://x"
    assert article_key(b'{"id": "\\ud800"}') == b"\xed\xa0\x80"  # was a UnicodeEncodeError that ended the feed
    assert article_key(b"not json") is None and article_key(b'{"id": ""}') is None
    assert article_key(b'{"id": "huge-1", "text": "cut here') == b"huge-1"  # a line read only in part
    assert article_key(b'{"id": 123}') == b"123" and article_key(b'{"id": true, "url": "u"}') == b"u"


def test_a_line_too_long_keeps_its_start_and_size_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_bytes(b"x" * 5_000_000 + b"\r\n" + b'{"id": "next"}\n' + b"y" * 1500)
    first, second, last = read_lines([str(path)], max_line_bytes=1000)
    assert (first.data, first.size, first.cut) == (b"x" * 1000, 5_000_002, True)
    assert (second.number, second.data, second.cut) == (2, b'{"id": "next"}\n', False)
    assert (last.number, len(last.data), last.size) == (3, 1000, 1500)  # no line end at the end of the file


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs /proc")
def test_a_read_error_is_a_source_error() -> None:
    with pytest.raises(SourceError, match="cannot read /proc/self/mem: "):
        list(read_lines(["/proc/self/mem"]))


def test_read_lines_and_readability(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"id": "1"}\n{"id": "2"}\n')
    assert list(read_lines([str(path)])) == [(str(path), 1, b'{"id": "1"}\n', 12), (str(path), 2, b'{"id": "2"}\n', 12)]
    check_readable(str(path))
    check_readable("-")
    for bad in (tmp_path / "missing.jsonl", tmp_path):
        with pytest.raises(SourceError, match="cannot read"):
            check_readable(str(bad))
    with pytest.raises(SourceError, match="missing"):
        list(read_lines([str(tmp_path / "missing.jsonl")]))


# --- watched directory -------------------------------------------------------------------------------------


def test_watched_files_are_read_as_fed_with_long_values_cut(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from streams.sources import directory

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.jsonl").write_bytes(b'{"id": "1"}\r\n\n' + b"x" * 5000 + b'\n{"id": "2"}')
    (inbox / "b.txt").write_bytes(b"Title\n" + b"y" * 5000)
    (inbox / "c.json").write_bytes(b'[{"id": "3"}, {"id": "4"}]')
    (inbox / "d.json").write_bytes(b"[" + b'{"id": "5"}, ' * 100 + b'{"id": "6"}]')
    for path in inbox.iterdir():
        _age(path)
    monkeypatch.setattr(directory, "JSON_WHOLE_MAX_BYTES", 1000)
    state = StateFile(inbox / DIRECTORY_STATE_NAME).open()
    watcher = DirectoryWatcher(inbox, state)
    files = {f.name: f for f in watcher.scan()}
    lines = {name: [(line.data[:11], line.size, line.cut) for line in watcher.read(f, max_value_bytes=1000).values]
             for name, f in files.items() if name != "d.json"}
    assert lines == {
        "a.jsonl": [(b'{"id": "1"}', 11, False), (b"x" * 11, 5001, True), (b'{"id": "2"}', 11, False)],
        "b.txt": [(b"Title\n" + b"y" * 5, 5006, True)],  # the file's own bytes: the article would be over the limit
        "c.json": [(b'{"id": "3"}', 11, False), (b'{"id": "4"}', 11, False)],
    }
    with pytest.raises(SourceError, match="d.json is 1,313 bytes, more than a .json file may have"):
        watcher.read(files["d.json"])
    [whole] = watcher.read(files["b.txt"]).values  # no limit: the article, whatever its size
    assert json.loads(whole.data)["text"] == "y" * 5000
    state.close()


def _run_directory(directory: Path, *, clock: float | None = None) -> list[str]:
    """One start of a watcher on ``directory`` (a fresh process, as far as state goes): names it would feed,
    recorded as fed (as feeds.feed_directory does after the broker's confirmation)."""
    state = StateFile(directory / DIRECTORY_STATE_NAME).open()
    try:
        now = clock
        watcher = DirectoryWatcher(directory, state, settle_seconds=1.0,
                                   **({"clock": lambda: now} if now is not None else {}))  # type: ignore[arg-type]
        fed = []
        ready = watcher.scan()
        if watcher.pruned:
            state.save()
        for feed_file in ready:
            content = watcher.read(feed_file)
            if not watcher.already_fed(content):
                fed.append(feed_file.name)
            watcher.mark_fed(feed_file, content)
            state.save()
        return fed
    finally:
        state.close()


def _age(path: Path, seconds: float = 60.0) -> None:
    stat = path.stat()
    os.utime(path, (stat.st_atime - seconds, stat.st_mtime - seconds))


def test_each_file_is_fed_once_even_across_restarts(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, body in {"b.jsonl": b'{"id": "b"}\n', "a.json": b'{"id": "a"}', "c.txt": b"T\nbody",
                       "ignored.csv": b"x", ".hidden.jsonl": b"{}", "partial.jsonl.tmp": b"{}"}.items():
        (inbox / name).write_bytes(body)
        _age(inbox / name)
    (inbox / "sub").mkdir()
    assert sorted(_run_directory(inbox)) == ["a.json", "b.jsonl", "c.txt"]
    assert _run_directory(inbox) == [], "a restart feeds nothing again"

    state = json.loads((inbox / DIRECTORY_STATE_NAME).read_text())
    assert state["version"] == 1 and set(state["directories"]["."]["files"]) == {"a.json", "b.jsonl", "c.txt"}
    assert not [p for p in inbox.iterdir() if p.name.endswith(".tmp") and p.name.startswith(".")], "atomic save"

    (inbox / "d.jsonl").write_bytes(b'{"id": "d"}\n')
    _age(inbox / "d.jsonl")
    os.utime(inbox / "b.jsonl")  # touched, same content: not fed again
    _age(inbox / "b.jsonl", 30)
    (inbox / "a.json").write_bytes(b'{"id": "a", "text": "corrected"}')  # rewritten: fed again
    _age(inbox / "a.json")
    assert sorted(_run_directory(inbox)) == ["a.json", "d.jsonl"]

    (inbox / "c.txt").unlink()
    _run_directory(inbox)
    assert "c.txt" not in json.loads((inbox / DIRECTORY_STATE_NAME).read_text())["directories"]["."]["files"]


def test_a_file_is_taken_only_once_it_stopped_changing(tmp_path: Path) -> None:
    path = tmp_path / "growing.jsonl"
    path.write_bytes(b'{"id": "1"}\n')
    mtime = path.stat().st_mtime
    now = [mtime + 0.2]
    state = StateFile(tmp_path / "state.json").open()
    watcher = DirectoryWatcher(tmp_path, state, settle_seconds=1.0, clock=lambda: now[0])
    assert watcher.scan() == [] and watcher.pending == 1, "just written: maybe still being written"

    with path.open("ab") as handle:  # the writer goes on
        handle.write(b'{"id": "2"}\n')
    os.utime(path, (mtime + 0.8, mtime + 0.8))
    now[0] = mtime + 1.5
    assert watcher.scan() == [] and watcher.pending == 1, "changed since the last scan"

    now[0] = mtime + 2.0
    [ready] = watcher.scan()
    assert ready.name == "growing.jsonl" and watcher.pending == 0
    assert [line.data for line in watcher.read(ready).values] == [b'{"id": "1"}', b'{"id": "2"}']

    # A clock skewed into the future (network mounts): unchanged across scans for settle_seconds is enough.
    future = tmp_path / "skewed.jsonl"
    future.write_bytes(b"{}\n")
    os.utime(future, (mtime + 3600, mtime + 3600))
    now[0] = mtime + 10
    assert [f.name for f in watcher.scan()] == ["growing.jsonl"]
    now[0] = mtime + 11.5
    assert sorted(f.name for f in watcher.scan()) == ["growing.jsonl", "skewed.jsonl"]
    state.close()


def test_state_file_is_locked_and_checked(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    first = StateFile(path).open()
    with pytest.raises(SourceError, match="in use"):
        StateFile(path).open()
    first.close()
    path.write_text("{not json")
    with pytest.raises(SourceError, match="corrupt state file"):
        StateFile(path).open()
    with pytest.raises(SourceError, match="not a directory"):
        DirectoryWatcher(tmp_path / "nope", StateFile(tmp_path / "other.json"))


# --- RSS / Atom --------------------------------------------------------------------------------------------


def test_rss2_items_become_raw_articles() -> None:
    feed, articles = parse_feed(RSS2.read_bytes(), url="https://cna.example/rss", content_type="application/xml")
    assert feed["title"] == "Capital News Agency"
    first, second = articles
    assert first["id"] == first["url"] == "https://cna.example/2024/06/10/zakharova-un-kursk"
    assert first["text"].startswith("<p>Russian Foreign Ministry spokeswoman"), "content:encoded beats description"
    assert first["title"] == "Zakharova urges UN to condemn strikes on Kursk region"
    assert first["source"] == "Capital News Agency" and first["lang"] == "en-gb"
    assert first["published_at"] == "2024-06-10T06:15:00+00:00"
    # A guid that is not a URI is unique only within its feed: the feed URL makes it global.
    assert second["id"] == "https://cna.example/rss#4711"
    assert second["text"].startswith("<p>Parliament approved"), "the summary when there is no content"
    for article in articles:
        RawArticle.model_validate(article)


def test_atom_entries_become_raw_articles() -> None:
    feed, articles = parse_feed(ATOM.read_bytes(), url="https://nd.example/atom", content_type="application/xml")
    first, second = articles
    assert first["id"] == "tag:nd.example,2024-06-11:landwirtschaft-hilfen"
    assert first["url"] == "https://nd.example/landwirtschaft-hilfen"
    assert "Die Bundesregierung hat am Dienstag" in first["text"] and "Kurzfassung" not in first["text"]
    assert first["published_at"] == "2024-06-11T04:30:00+00:00", "published beats updated, in UTC"
    assert first["lang"] == "de" and first["source"] == "Nachrichtendienst Beispiel"
    assert second["published_at"] == "2024-06-11T05:10:00+00:00" and second["text"].startswith("Der Streik")
    for article in articles:
        RawArticle.model_validate(article)


def test_an_item_id_names_another_host_only_under_the_feed_url() -> None:
    # The worker takes equal ids for the same article: a feed must not claim another host's article by naming its URL
    # (or tag: URI) as its own item's guid or link. The feed's own host keeps its URIs as they are ("www." aside);
    # anything else is unique within the feed, under its URL (without the credentials it may carry).
    feed = "https://cna.example/world.xml"
    assert item_id({"id": "https://www.cna.example/2024/story"}, feed) == "https://www.cna.example/2024/story"
    assert item_id({"id": "HTTPS://CNA.EXAMPLE./2024/story"}, feed) == "HTTPS://CNA.EXAMPLE./2024/story"
    assert item_id({"id": "tag:cna.example,2024:story"}, feed) == "tag:cna.example,2024:story"
    assert item_id({"id": "https://victim.example/2024/story"}, feed) == f"{feed}#https://victim.example/2024/story"
    assert item_id({"link": "https://victim.example/2024/story"}, feed) == f"{feed}#https://victim.example/2024/story"
    assert item_id({"id": "urn:uuid:0f4e2c8a"}, feed) == f"{feed}#urn:uuid:0f4e2c8a"
    assert item_id({"id": "https://[::1"}, feed) == f"{feed}#https://[::1", "an invalid URI names no host"
    # hosts are compared whole: shared hosting and other subdomains are other sites
    assert item_id({"id": "https://bar.github.io/story"}, "https://foo.github.io/feed.xml") \
        == "https://foo.github.io/feed.xml#https://bar.github.io/story"
    assert item_id({"id": "https://www.bbc.co.uk/news/1"}, "https://feeds.bbci.co.uk/news/rss.xml") \
        == "https://feeds.bbci.co.uk/news/rss.xml#https://www.bbc.co.uk/news/1"
    assert item_id({"id": "http://[::1]:8080/a"}, "http://[::1]:8080/feed") == "http://[::1]:8080/a"
    assert item_id({"id": "4711"}, "https://user:secret@cna.example/rss?key=1") == "https://cna.example/rss?key=1#4711"


def test_not_a_feed_is_an_error() -> None:
    with pytest.raises(SourceError, match="not an RSS/Atom feed"):
        parse_feed(b"<html><body><p>Hello</p>", url="https://example.org/")


def test_conditional_get_and_seen_items(tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.url("/rss.xml")
    state = StateFile(tmp_path / "feed-state.json").open()
    poller = FeedPoller(url, state)
    poll = poller.poll()
    assert [a["title"] for a in poll.articles] == ["Zakharova urges UN to condemn strikes on Kursk region",
                                                  "Parliament approves budget for rural hospitals"]
    assert poller.poll().articles == poll.articles, "nothing is recorded before commit (broker confirmation)"
    poller.commit(poll)
    state.save()
    state.close()

    # A restart: the second poll is conditional and the server's 304 feeds nothing.
    state = StateFile(tmp_path / "feed-state.json").open()
    poller = FeedPoller(url, state)
    again = poller.poll()
    last = feed_server.requests[-1]
    assert last["if-none-match"] == feed_server._version("/rss.xml", RSS2.read_bytes())[0]
    assert last["if-modified-since"].endswith("GMT")
    assert again.not_modified and again.articles == []
    poller.commit(again)

    # The feed gains an item: 200 again, and only the new item is fed.
    added = RSS2.read_bytes().replace(b"<item>", b"<item><title>Late news</title><link>https://cna.example/late"
                                                  b"</link><description>Something else happened.</description></item>"
                                                  b"<item>", 1)
    feed_server.files["/rss.xml"] = added
    update = poller.poll()
    # (the test server is not cna.example: its item's link is an id under the feed URL)
    assert not update.not_modified and [a["id"] for a in update.articles] == [f"{url}#https://cna.example/late"]
    poller.commit(update)
    state.save()
    saved = json.loads((tmp_path / "feed-state.json").read_text())["feeds"][url]
    assert saved["etag"] == feed_server._version("/rss.xml", added)[0] and len(saved["seen"]) == 3
    state.close()


def test_seen_items_are_not_fed_again_without_conditional_get(tmp_path: Path, feed_server: FeedServer) -> None:
    url = feed_server.url("/atom.xml")
    state = StateFile(tmp_path / "s.json").open()
    poller = FeedPoller(url, state)
    poller.commit(poller.poll())
    state.section("feeds", url).pop("etag")
    state.section("feeds", url).pop("modified")  # a server that ignores conditional requests
    repeat = poller.poll()
    assert not repeat.not_modified and repeat.articles == [] and len(repeat.ids) == 2
    state.close()


def test_a_feed_longer_than_the_seen_cap_keeps_all_its_items(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from streams.sources import rss

    monkeypatch.setattr(rss, "MAX_SEEN", 10)
    state = StateFile(tmp_path / "s.json").open()
    poller = FeedPoller("https://long.example/rss", state, clock=lambda: 1_000.0)
    poller.commit(rss.Poll(poller.url, False, ids=[f"old-{n}" for n in range(10)]))
    later = FeedPoller("https://long.example/rss", state, clock=lambda: 2_000.0)
    later.commit(rss.Poll(later.url, False, ids=[f"item-{n}" for n in range(25)]))
    seen = state.section("feeds", later.url)["seen"]
    assert set(seen) == {f"item-{n}" for n in range(25)}  # all of the last poll: none is fed again next time
    state.close()


def test_fetch_errors_are_one_line(feed_server: FeedServer) -> None:
    with pytest.raises(SourceError, match="HTTP 404"):
        fetch(feed_server.url("/missing.xml"))
    with pytest.raises(SourceError, match="cannot fetch"):
        fetch("http://127.0.0.1:1/feed.xml", timeout=5)


class _HostileHandler(BaseHTTPRequestHandler):
    """A feed host that misbehaves on purpose, by path."""

    def _trickle(self, byte: bytes, times: int) -> None:
        for _ in range(times):  # a byte every 0.2 s: each read is quick, the whole is not
            self.wfile.write(byte)
            self.wfile.flush()
            time.sleep(0.2)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.path == "/slow-headers":  # a status line, then a header a byte at a time: no body ever starts
            self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            self._trickle(b"a", 30)
            return
        if self.path == "/cut-chunk":  # a chunked body whose connection closes inside a chunk
            self.wfile.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n100\r\n<rss>")
            self.close_connection = True
            return
        if self.path == "/redirect-slow-body":  # a redirect whose body would take 200 s to read
            self.wfile.write(b"HTTP/1.1 302 Found\r\nLocation: /after-redirect\r\nContent-Length: 1000\r\n\r\n")
            self._trickle(b"x", 1000)
            return
        if self.path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1:1/feed.xml")
            self.end_headers()
            return
        self.send_response(200)
        self.end_headers()  # no Content-Length: read until the connection closes
        if self.path == "/trickle":
            self._trickle(b" ", 30)
        elif self.path == "/huge":
            for _ in range(40):
                self.wfile.write(b"<!-- " + b"x" * 65_536 + b" -->")

    def log_message(self, *args: object) -> None:
        pass


def test_hostile_feed_hosts_cost_a_source_error_not_the_poller(monkeypatch: pytest.MonkeyPatch) -> None:
    from streams.sources import rss

    monkeypatch.setattr(rss, "MAX_FEED_BYTES", 1_000_000)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _HostileHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        with pytest.raises(SourceError, match="redirect to a non-HTTP URL refused"):
            fetch(f"{base}/to-ftp")
        with pytest.raises(SourceError, match="larger than 1,000,000 bytes"):
            fetch(f"{base}/huge")
        started = time.monotonic()
        with pytest.raises(SourceError, match="not received within 1 s"):
            fetch(f"{base}/trickle", timeout=1)  # a byte every 0.2 s: each read is quick, the whole is not
        assert time.monotonic() - started < 3
        started = time.monotonic()
        with pytest.raises(SourceError, match="not received within 1 s"):
            fetch(f"{base}/slow-headers", timeout=1)  # the socket timeout alone allowed 6 s here, and ever more
        assert time.monotonic() - started < 3
        with pytest.raises(SourceError, match="cannot fetch .*/cut-chunk: "):
            fetch(f"{base}/cut-chunk", timeout=5)  # http.client's IncompleteRead is not an OSError
        started = time.monotonic()
        result = fetch(f"{base}/redirect-slow-body", timeout=3)  # urllib read a redirect's body whole, unbounded
        assert result.status == 200 and result.final_url.endswith("/after-redirect")
        assert time.monotonic() - started < 2
        for not_http in ("file:///etc/passwd", "http://[::1"):  # (the second made urlsplit raise ValueError)
            with pytest.raises(SourceError, match="only http:// and https://"):
                fetch(not_http)
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_proxy_trickling_its_tunnel_answer_is_bounded_by_the_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    listener = socket.create_server(("127.0.0.1", 0))

    def proxy() -> None:  # answers CONNECT a byte every 0.2 s (6 s in all), within each read's timeout
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            try:
                for byte in b"HTTP/1.1 200 Connection established\r\n\r\n":
                    connection.sendall(bytes([byte]))
                    time.sleep(0.2)
            except OSError:
                pass  # the client gave up

    threading.Thread(target=proxy, daemon=True).start()
    monkeypatch.setenv("https_proxy", f"http://127.0.0.1:{listener.getsockname()[1]}")
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    started = time.monotonic()
    try:
        with pytest.raises(SourceError, match="not received within 1 s"):
            fetch("https://feeds.example/rss.xml", timeout=1)
        assert time.monotonic() - started < 3
    finally:
        listener.close()


def test_name_lookup_and_connection_attempts_are_within_the_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    # A listener whose accept queue is full: the kernel drops further SYNs, so a connect hangs (a blackholed address).
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    queued = socket.create_connection(("127.0.0.1", port))
    real_getaddrinfo = socket.getaddrinfo

    def five_hanging_addresses(host: str, *args: object, **kwargs: object) -> list:
        if host != "feeds.example":
            return real_getaddrinfo(host, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))] * 5

    def hanging_resolver(host: str, *args: object, **kwargs: object) -> list:
        time.sleep(5)
        return five_hanging_addresses(host, *args, **kwargs)

    for proxy_variable in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(proxy_variable, raising=False)
    try:
        monkeypatch.setattr(socket, "getaddrinfo", five_hanging_addresses)
        started = time.monotonic()
        with pytest.raises(SourceError, match="not received within 1 s"):
            fetch("http://feeds.example/rss.xml", timeout=1)  # each attempt took the whole timeout: 5 s
        assert time.monotonic() - started < 3
        monkeypatch.setattr(socket, "getaddrinfo", hanging_resolver)
        started = time.monotonic()
        with pytest.raises(SourceError, match="not received within 1 s"):
            fetch("http://feeds.example/rss.xml", timeout=1)  # the lookup alone took 5 s
        assert time.monotonic() - started < 3
        monkeypatch.setattr(socket, "getaddrinfo", real_getaddrinfo)
        with pytest.raises(SourceError, match="cannot fetch http://127.0.0.1:1/: .*refused"):
            fetch("http://127.0.0.1:1/", timeout=5)  # an address that answers at once is an error at once
        started = time.monotonic()
        with pytest.raises(SourceError, match="idna"):
            fetch(f"http://{'a' * 70}.example/", timeout=5)  # a name IDNA cannot encode: at once, not at the deadline
        assert time.monotonic() - started < 3
    finally:
        queued.close()
        listener.close()


def test_feeds_are_polled_together_and_answered_in_order(tmp_path: Path) -> None:
    body = RSS2.read_bytes()

    class SlowFeeds(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            time.sleep(1.5)  # a slow feed host: before, every feed after it waited for it
            if self.path == "/missing.xml":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), SlowFeeds)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    state = StateFile(tmp_path / "feed-state.json").open()
    try:
        pollers = [FeedPoller(f"{base}{path}", state) for path in ("/a.xml", "/b.xml", "/missing.xml", "/c.xml")]
        started = time.monotonic()
        outcomes = poll_all(pollers)
        took = time.monotonic() - started
    finally:
        state.close()
        httpd.shutdown()
        httpd.server_close()
    assert took < 4, f"{took:.1f} s: four 1.5 s feeds were not fetched together"
    assert [type(o) for o in outcomes] == [Poll, Poll, SourceError, Poll]
    assert [o.url for o in outcomes if isinstance(o, Poll)] == [f"{base}/a.xml", f"{base}/b.xml", f"{base}/c.xml"]
    assert "HTTP 404" in str(outcomes[2]) and len(outcomes[0].articles) == 2


def test_cache_validators_that_could_inject_headers_are_not_kept() -> None:
    from streams.sources.rss import _validator

    assert _validator('"a1"') == '"a1"' and _validator("Mon, 10 Jun 2024 06:15:00 GMT").endswith("GMT")
    assert _validator('"a"\r\n  X-Injected: 1') is None and _validator('"' + "e" * 60_000 + '"') is None


def test_hostile_feed_content() -> None:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + b"A" * 1000 + b'">]>'
              b"<rss><channel><title>t</title><item><title>x</title><description>" + b"&a;" * 1000
              + b"</description></item></channel></rss>")
    with pytest.raises(SourceError, match="declares XML entities"):  # expanded without bound by feedparser
        parse_feed(laughs, url="https://evil.example/rss")
    items = b"".join(
        b"<item><guid>g%d</guid><title>%s</title><link>%s</link><pubDate>%s</pubDate><description>d</description>"
        b"</item>" % (n, title, link, date) for n, (title, link, date) in enumerate([
            (b"ok", b"https://x.example/1", b"Mon, 10 Jun 2024 06:15:00 GMT"),
            (b"t" * 5000, b"javascript:alert(1)", b"9999-12-31T23:59:59-14:00"),  # year 10000 in UTC
        ]))
    feed = b"<rss version='2.0'><channel><title>" + b"S" * 600 + b"</title>" + items + b"</channel></rss>"
    _, articles = parse_feed(feed, url="https://x.example/rss")
    first, second = articles
    assert first["url"] == "https://x.example/1" and first["published_at"] == "2024-06-10T06:15:00+00:00"
    assert "url" not in second and "published_at" not in second and len(second["title"]) == 4096
    for article in articles:
        assert len(article["source"]) == 512
        RawArticle.model_validate(article)  # a long feed title no longer dead-letters every item


def test_cli_rejects_unreadable_sources_before_touching_kafka(tmp_path: Path) -> None:
    env = {**os.environ, "WIREMON_BROKER": "127.0.0.1:1"}  # never contacted
    for args in (["feed", str(tmp_path / "missing.jsonl")],
                 ["feed", "http://127.0.0.1:1/feed.xml", "--once", "--state", str(tmp_path / "s.json")]):
        result = subprocess.run([sys.executable, "-m", "streams", *args], capture_output=True, env=env, timeout=60)
        assert result.returncode == 2, result.stderr
        err = result.stderr.decode()
        assert err.startswith("wiremon: error: ") and err.count("\n") == 1, err
    with FeedServer({"/empty.xml": b"<html>not a feed</html>"}) as server:
        result = subprocess.run([sys.executable, "-m", "streams", "feed", server.url("/empty.xml"), "--once",
                                 "--state", str(tmp_path / "s.json")], capture_output=True, env=env, timeout=60)
    assert result.returncode == 2 and b"not an RSS/Atom feed" in result.stderr


def test_progress_is_live_only_on_a_terminal() -> None:
    import io

    from streams.feeds import Progress

    quiet = Progress(io.StringIO(), live=False)
    quiet.add(5)
    quiet.note("wiremon feed: a.jsonl: 5 messages")
    quiet.finish()
    assert quiet.stream.getvalue() == "wiremon feed: a.jsonl: 5 messages\n"  # type: ignore[attr-defined]

    live = Progress(io.StringIO(), live=True)
    live.add(3)
    live.note("wiremon feed: b.jsonl: 3 messages")
    live.finish()
    out = live.stream.getvalue()  # type: ignore[attr-defined]
    assert "\r\x1b[Kwiremon feed: 3 messages" in out and "b.jsonl: 3 messages\n" in out and out.endswith("\n")
