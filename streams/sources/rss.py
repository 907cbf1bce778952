"""RSS/Atom feeds: a conditional GET, feedparser, and the items not fed before as raw articles.

The HTTP request is made here (urllib, with a timeout) rather than by feedparser, which has none: a feed
server that hangs must not hang the poller. feedparser only parses the body. A feed is a stranger's input: only
http(s) URLs and redirects are followed (a redirect's body is not read), the body is bounded in size
(``MAX_FEED_BYTES``) and the exchange in time (the timeout covers the whole fetch, redirects included: name
resolution, connection attempts, proxy tunnel, TLS handshake, status line, headers and body, not each read), a
document declaring XML entities is refused, and an item's fields are cut to the raw article's limits (a link that is
not http(s) is left out).

An item becomes a raw article with a stable ``id``: its guid (Atom ``id``), else its link, as it is when that is an
http(s) or ``tag:`` URI of the feed's own host (``www.`` aside), else prefixed with the feed URL (without user
credentials) and ``#`` (guids such as ``"1234"`` are unique only within their feed, and the worker treats equal ids
as the same article: a feed naming another host's URL as its item's guid must not claim that host's article), else a
hash of title and content. ``text`` is the item's full content (RSS ``content:encoded``, Atom ``content``) or else
its summary, HTML included (the worker turns HTML into text), else the title.
"""

from __future__ import annotations

import calendar
import functools
import hashlib
import http.client
import io
import json
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import feedparser

from streams.models import MAX_ID_CHARS, MAX_SOURCE_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS
from streams.sources import SourceError
from streams.sources.state import StateFile

USER_AGENT = "wiremon-feed/0.1 (+feedparser)"
SEEN_RETENTION_SECONDS = 30 * 86_400.0  # an item gone from the feed for this long is forgotten
MAX_SEEN = 20_000  # per feed, newest kept (at least every item of the last poll)
MAX_FEED_BYTES = 16 * 1024 * 1024  # a news feed is kilobytes to a few megabytes; more is refused, not read
_READ_CHUNK = 64 * 1024
# An internal DTD subset declaring entities: no news feed needs one, and feedparser's loose parser, which takes
# over when the XML parser stops an expansion, expands them without bound (1 MB of feed, gigabytes of text).
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)


def _is_http(url: str) -> bool:
    try:
        return urllib.parse.urlsplit(url).scheme.lower() in ("http", "https")
    except ValueError:  # "http://[::1": not a URL at all
        return False


class _HttpRedirectsOnly(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) URLs only: a feed must not send the poller to ftp:// or file://."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> urllib.request.Request | None:
        if not _is_http(newurl):
            raise urllib.error.HTTPError(newurl, code, f"redirect to a non-HTTP URL refused: {newurl[:200]}",
                                         headers, fp)
        redirected = super().redirect_request(req, fp, code, msg, headers, newurl)
        if redirected is not None:
            fp.close()  # urllib would read the redirect's body whole, however large, only to discard it
        return redirected


class _Deadline:
    """The time limit of one fetch, redirects included: when it is up, every connection the fetch opened is shut
    down, so the read blocked on it returns at once.

    A socket timeout bounds each read only: a server trickling its status line, its headers or its body a byte at
    a time would hold the poller, and every source after it, for ever. Shutting a connection down through a
    duplicate of its descriptor works whatever reads from it (http.client, or TLS wrapped around it afterwards).
    Name resolution and the connection attempts come before there is a socket to watch, so ``connect`` makes them
    within the time left: the name is looked up in a thread waited for no longer than that (the resolver's own
    timeouts and retries can take longer), and each address is tried for the socket timeout or what is left, if less
    (a host with many unreachable addresses would otherwise cost a socket timeout for each).
    """

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._ends = time.monotonic() + seconds
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()
        with self._lock:
            for duplicate in self._sockets:
                duplicate.close()
            self._sockets.clear()

    def watch(self, sock: socket.socket) -> None:
        duplicate = sock.dup()
        with self._lock:
            self._sockets.append(duplicate)
            if self.expired:
                self._shut(duplicate)

    def connect(self, address: tuple[str, int], timeout: object = None,
                source_address: tuple[str, int] | None = None) -> socket.socket:
        """``socket.create_connection`` within the time left; ``TimeoutError`` once it is up."""
        host, port = address
        errors: list[OSError] = []
        for family, kind, proto, _, sockaddr in self._resolve(host, port):
            left = self._left()
            sock = socket.socket(family, kind, proto)
            try:
                # http.client passes the socket timeout, or socket's "default timeout" marker when it has none
                sock.settimeout(min(timeout, left) if isinstance(timeout, (int, float)) else left)
                if source_address:
                    sock.bind(source_address)
                sock.connect(sockaddr)
            except OSError as exc:
                sock.close()
                errors.append(exc)
                continue
            sock.settimeout(timeout if isinstance(timeout, (int, float)) else None)
            return sock
        if errors:
            raise errors[0]
        raise OSError(f"no address found for {host}")

    def _resolve(self, host: str, port: int) -> list[tuple[Any, ...]]:
        outcome: list[Any] = []
        looked_up = threading.Event()

        def look_up() -> None:  # a daemon: one the deadline gave up on ends with the resolver's own timeout
            try:
                outcome.append(socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM))
            except Exception as exc:  # noqa: BLE001 - OSError, or UnicodeError for a name IDNA cannot encode
                outcome.append(exc)
            finally:
                looked_up.set()

        threading.Thread(target=look_up, name="wiremon-feed-resolve", daemon=True).start()
        if not looked_up.wait(self._left()):
            self._expire()  # the wait ended with the time left, perhaps just before the timer's own expiry
            raise TimeoutError(f"{host} not resolved in time")
        if isinstance(outcome[0], Exception):
            raise outcome[0]
        return outcome[0]

    def _left(self) -> float:
        """Seconds left; when none are, the deadline has expired (whether or not its timer has run yet)."""
        left = self._ends - time.monotonic()
        if left <= 0:
            self._expire()
            raise TimeoutError("deadline")
        return left

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for duplicate in self._sockets:
                self._shut(duplicate)

    @staticmethod
    def _shut(duplicate: socket.socket) -> None:
        try:
            duplicate.shutdown(socket.SHUT_RDWR)
        except OSError:  # already closed by the other side
            pass

    def connections(self, connection_class: type[_WatchedConnection]) -> Callable[..., http.client.HTTPConnection]:
        """What urllib calls to open a connection: one that reports its socket to this deadline."""

        def open_connection(*args: Any, **kwargs: Any) -> http.client.HTTPConnection:
            connection = connection_class(*args, **kwargs)
            connection.deadline = self
            return connection

        return open_connection


class _WatchedConnection(http.client.HTTPConnection):
    """A connection whose socket is watched by its deadline from the moment it is connected: before a proxy's
    CONNECT exchange and before any TLS handshake, which are bounded too."""

    deadline: _Deadline | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        create_connection = self._create_connection  # http.client's seam for making the socket

        def create_watched(*address: Any, **options: Any) -> socket.socket:
            if self.deadline is None:
                return create_connection(*address, **options)
            sock = self.deadline.connect(*address, **options)
            self.deadline.watch(sock)
            return sock

        self._create_connection = create_watched


class _WatchedHTTPSConnection(http.client.HTTPSConnection, _WatchedConnection):
    """HTTPS whose plain socket is watched (method order: HTTPSConnection.__init__ calls _WatchedConnection's)."""


class _DeadlineHandler:
    """An urllib handler whose connections report to a deadline (mixed into urllib's HTTP and HTTPS handlers)."""

    connection_class: type[_WatchedConnection]

    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def do_open(self, http_class: Any, req: urllib.request.Request, **kwargs: Any) -> Any:
        return super().do_open(self._deadline.connections(self.connection_class), req, **kwargs)  # type: ignore[misc]


class _DeadlineHTTPHandler(_DeadlineHandler, urllib.request.HTTPHandler):
    connection_class = _WatchedConnection


class _DeadlineHTTPSHandler(_DeadlineHandler, urllib.request.HTTPSHandler):
    connection_class = _WatchedHTTPSConnection


@dataclass(frozen=True)
class FetchResult:
    """One HTTP answer: 200 with a body, or 304 (not modified) without one."""

    status: int
    body: bytes = b""
    etag: str | None = None
    modified: str | None = None
    content_type: str | None = None
    final_url: str | None = None


def fetch(url: str, *, etag: str | None = None, modified: str | None = None, timeout: float = 30.0) -> FetchResult:
    """GET ``url`` with ``If-None-Match``/``If-Modified-Since`` when known; ``SourceError`` on any failure."""
    headers = {"User-Agent": USER_AGENT, "Accept": "application/rss+xml, application/atom+xml, "
               "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    if not _is_http(url):
        raise SourceError(f"cannot fetch {url}: only http:// and https:// feeds are polled")
    request = urllib.request.Request(url, headers=headers)
    with _Deadline(timeout) as deadline:
        opener = urllib.request.build_opener(_HttpRedirectsOnly, _DeadlineHTTPHandler(deadline),
                                             _DeadlineHTTPSHandler(deadline))
        try:
            with opener.open(request, timeout=timeout) as response:
                body = _read_body(response, url)
                if deadline.expired:  # its shutdown of the connection looked like the end of the body
                    raise TimeoutError("deadline")
                return FetchResult(
                    status=response.status, body=body,
                    etag=_validator(response.headers.get("ETag")),
                    modified=_validator(response.headers.get("Last-Modified")),
                    content_type=response.headers.get("Content-Type"), final_url=response.geturl(),
                )
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return FetchResult(status=304, etag=_validator(exc.headers.get("ETag")) or etag,
                                   modified=_validator(exc.headers.get("Last-Modified")) or modified)
            raise SourceError(f"cannot fetch {url}: HTTP {exc.code} {exc.reason}") from exc
        except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
            # timeouts, resets, malformed URLs and responses, and connections shut down by the deadline
            if deadline.expired:
                raise SourceError(f"cannot fetch {url}: not received within {timeout:g} s") from exc
            reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            raise SourceError(f"cannot fetch {url}: {reason}") from exc


def _validator(value: str | None) -> str | None:
    """An ETag or Last-Modified to send back, or None: a folded or huge one (header injection, bloat) is not kept."""
    if value is None or len(value) > 1024 or any(c in value for c in "\r\n\x00"):
        return None
    return value


def _read_body(response: Any, url: str) -> bytes:
    """The body, at most ``MAX_FEED_BYTES`` (the fetch's ``_Deadline`` bounds it in time)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_READ_CHUNK):
        size += len(chunk)
        if size > MAX_FEED_BYTES:
            raise SourceError(f"cannot fetch {url}: larger than {MAX_FEED_BYTES:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _published(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        # feedparser normalises dates to UTC struct_time; timegm reads it as UTC.
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).isoformat()
    except (ValueError, OverflowError, OSError):  # year 0 or 10000 once in UTC: no date, rather than no feed
        return None


def item_id(entry: Any, feed_url: str) -> str | None:
    """The stable id of a feed item (see the module docstring); None when it has nothing to build one from."""
    given = (entry.get("id") or "").strip() or (entry.get("link") or "").strip()  # the guid, else the link
    if given:
        own = (host := _uri_host(given)) is not None and host == _uri_host(feed_url)
        candidate = given if own else f"{_without_userinfo(feed_url)}#{given}"
    else:
        basis = f"{entry.get('title', '')}\n{_content(entry) or ''}".strip()
        if not basis:
            return None
        return "rss-" + hashlib.blake2b(f"{feed_url}\n{basis}".encode(), digest_size=12).hexdigest()
    if len(candidate) > MAX_ID_CHARS:
        return "rss-" + hashlib.blake2b(candidate.encode(), digest_size=12).hexdigest()
    return candidate


@functools.lru_cache(maxsize=1024)
def _uri_host(uri: str) -> str | None:
    """The host an http(s) or ``tag:`` URI names, lower-cased, without a trailing dot or a leading ``www.``
    ("https://www.cna.example/x" -> "cna.example", "tag:nd.example,2024:x" -> "nd.example"), or None for any other
    URI or none. Hosts are compared whole: "bar.github.io" is not "foo.github.io"."""
    if uri[:4].lower() == "tag:":
        host: str | None = uri[4:].split(",", 1)[0].rpartition("@")[2]
    else:
        try:
            parsed = urllib.parse.urlsplit(uri)
            host = parsed.hostname if parsed.scheme.lower() in ("http", "https") else None
        except ValueError:  # an invalid port or bracket: no host
            return None
    host = (host or "").lower().rstrip(".")
    return host.removeprefix("www.") or None


def _without_userinfo(url: str) -> str:
    """``url`` without the user name and password it may carry: ids are published, credentials must not be."""
    try:
        parsed = urllib.parse.urlsplit(url)
    except ValueError:
        return url
    if "@" not in parsed.netloc:
        return url
    return urllib.parse.urlunsplit(parsed._replace(netloc=parsed.netloc.rpartition("@")[2]))


def _content(entry: Any) -> str | None:
    for part in entry.get("content") or []:
        if (part.get("value") or "").strip():
            return str(part["value"])
    summary = entry.get("summary")
    return str(summary) if summary and summary.strip() else None


def entry_article(entry: Any, feed: Any, feed_url: str) -> dict[str, Any] | None:
    """A feedparser entry as a raw article dict, or None for an item with neither id material nor text."""
    article_id = item_id(entry, feed_url)
    title = (entry.get("title") or "").strip() or None
    text = _content(entry) or title
    if article_id is None or not text:
        return None
    article: dict[str, Any] = {"id": article_id, "text": text}
    link = str(entry.get("link") or "").strip()
    if _is_http(link):  # not javascript:, data:, file:
        article["url"] = link[:MAX_URL_CHARS]
    if title:
        article["title"] = title[:MAX_TITLE_CHARS]
    if feed.get("title"):
        article["source"] = str(feed["title"])[:MAX_SOURCE_CHARS]
    published = _published(entry)
    if published:
        article["published_at"] = published
    content = entry.get("content") or []
    lang = (content[0].get("language") if content else None) or feed.get("language")
    if lang:
        article["lang"] = str(lang)[:16]
    return article


def parse_feed(body: bytes, *, url: str, content_type: str | None = None) -> tuple[Any, list[dict[str, Any]]]:
    """(feed metadata, raw article dicts in feed order); ``SourceError`` when ``body`` is not a feed."""
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    if _ENTITY_DECLARATION.search(body):
        raise SourceError(f"{url} declares XML entities, which no feed needs: refused (entity expansion)")
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    # feedparser names the format it recognised (rss20, atom10, ...) and leaves it empty for anything else.
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception") or "unknown format"
        raise SourceError(f"{url} is not an RSS/Atom feed: {reason}")
    articles = [a for a in (entry_article(e, parsed.feed, url) for e in parsed.entries) if a is not None]
    return parsed.feed, articles


@dataclass
class Poll:
    """The outcome of one poll: new articles (feed order) and what to record once they are confirmed."""

    url: str
    not_modified: bool
    articles: list[dict[str, Any]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)  # every item id in the feed, to keep them remembered
    etag: str | None = None
    modified: str | None = None

    def values(self) -> list[bytes]:
        return [json.dumps(a, ensure_ascii=False).encode() for a in self.articles]


class FeedPoller:
    """One RSS/Atom URL, polled with a conditional GET; yields only items it has not fed before.

    Contract: ``poll()`` reads the state but never changes it (``SourceError`` when the feed cannot be fetched
    or parsed). ``commit(poll)`` records the poll's ETag/Last-Modified and item ids in the state section: call
    it only after the broker confirmed ``poll.values()``, then ``state.save()``. So a crash in between fetches
    the same items again (at-least-once), and a 304 or an unchanged feed produces nothing.
    """

    def __init__(self, url: str, state: StateFile, *, timeout: float = 30.0,
                 clock: Callable[[], float] = time.time) -> None:
        self.url = url
        self.state = state
        self.timeout = timeout
        self._clock = clock
        self._section = state.section("feeds", url)

    def poll(self) -> Poll:
        result = fetch(self.url, etag=self._section.get("etag"), modified=self._section.get("modified"),
                       timeout=self.timeout)
        if result.status == 304:
            return Poll(self.url, True, etag=result.etag, modified=result.modified)
        _feed, articles = parse_feed(result.body, url=self.url, content_type=result.content_type)
        seen = self._section.get("seen", {})
        new, ids = [], []
        in_poll: set[str] = set()
        for article in articles:
            if article["id"] not in seen and article["id"] not in in_poll:
                new.append(article)
            ids.append(article["id"])
            in_poll.add(article["id"])
        return Poll(self.url, False, new, ids, result.etag, result.modified)

    def commit(self, poll: Poll) -> None:
        now = int(self._clock())
        for key, value in (("etag", poll.etag), ("modified", poll.modified)):
            if value:
                self._section[key] = value
            else:
                self._section.pop(key, None)
        if poll.not_modified:
            return
        seen: dict[str, int] = self._section.setdefault("seen", {})
        for article_id in poll.ids:
            seen[article_id] = now
        # Forget items long gone from the feed, and cap the list (newest kept).
        horizon = now - SEEN_RETENTION_SECONDS
        # (A feed longer than MAX_SEEN keeps all of its items: forgetting some would feed them again next poll.)
        kept = sorted(((t, i) for i, t in seen.items() if t >= horizon), reverse=True)[:max(MAX_SEEN, len(poll.ids))]
        self._section["seen"] = dict((i, t) for t, i in kept)


#: Feeds fetched at once by ``poll_all``: a slow or hanging feed (up to its timeout) does not hold up the others.
MAX_PARALLEL_POLLS = 8


def poll_all(pollers: Sequence[FeedPoller], *, parallel: int = MAX_PARALLEL_POLLS) -> list[Poll | Exception]:
    """One ``poll()`` of each feed, ``parallel`` at a time; the outcomes in the order of ``pollers``: a ``Poll``, or
    the exception the poll raised (``SourceError`` for a feed that is unreachable or not a feed).

    Nothing is recorded: committing a poll stays the caller's, once the broker confirmed what it found. The threads
    are daemons, so a process told to stop at once does not wait for a hanging feed.
    """
    outcomes: list[Poll | Exception | None] = [None] * len(pollers)
    pending = iter(range(len(pollers)))
    lock = threading.Lock()

    def work() -> None:
        while True:
            with lock:
                index = next(pending, None)
            if index is None:
                return
            try:
                outcomes[index] = pollers[index].poll()
            except Exception as exc:  # noqa: BLE001 - handed over to the caller's thread
                outcomes[index] = exc

    threads = [threading.Thread(target=work, name="wiremon-feed-poll", daemon=True)
               for _ in range(min(parallel, len(pollers)))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [outcome if outcome is not None else SourceError(f"cannot fetch {pollers[index].url}: the poll did not end")
            for index, outcome in enumerate(outcomes)]
