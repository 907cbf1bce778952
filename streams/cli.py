"""``wiremon``: the command line of wire-monitor.

Every usage or input error is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import errno
import gc
import json
import logging
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

if TYPE_CHECKING:
    from streams.settings import Settings
    from streams.sources.jsonl import Line

EXIT_USAGE = 2


class CliError(Exception):
    """An error the user can fix: printed as one line, exit code 2."""


def _fail(message: str) -> NoReturn:
    raise CliError(message)


# kafka-python's error for a refused admin request quotes the whole request and response; the broker's reason is in it
# (a repr: in double quotes when the reason holds an apostrophe)
_BROKER_SAID = re.compile(r"""error_message=(?:'((?:[^'\\]|\\.)+)'|"((?:[^"\\]|\\.)+)")""")


def _kafka_reason(exc: Exception) -> str:
    """A Kafka client error in a line: the broker's own reason when it gave one, never the whole request."""
    text = str(exc)
    said = _BROKER_SAID.search(text)
    if said is not None:
        text = said.group(1) or said.group(2)
    elif " failed with response " in text or len(text) > 300:
        text = getattr(exc, "description", "") or text[:300]
    else:  # kafka-python's own "[Error 7] KafkaTimeoutError: ..." names the class already
        text = re.sub(rf"^(?:\[Error -?\d+\] )?{type(exc).__name__}: ", "", text)
    return f"{type(exc).__name__}: {text}"


def _kafka_failure(settings: Settings, exc: Exception, hint: str = "") -> NoReturn:
    """Fails with what went wrong with the brokers: unreachable, too slow, or reached and refusing (a replication
    factor larger than the cluster, an ACL)."""
    from kafka.errors import (KafkaConnectionError, KafkaTimeoutError, NetworkExceptionError, NodeNotReadyError,
                              RequestTimedOutError)

    # errors of the connection, not answers of a broker that was reached
    if isinstance(exc, (KafkaConnectionError, KafkaTimeoutError, NetworkExceptionError, NodeNotReadyError)):
        _fail(f"cannot reach Kafka at {settings.broker}: {_kafka_reason(exc)}{hint}")
    # a request the client gave up on, or one the broker itself timed out (a topic its controller did not create
    # in time): reached, perhaps, but not answering
    if isinstance(exc, RequestTimedOutError):
        _fail(f"Kafka at {settings.broker} did not answer in time: {_kafka_reason(exc)}{hint}")
    _fail(f"Kafka at {settings.broker} refused: {_kafka_reason(exc)}")


def _read_lines(paths: Sequence[str], *, max_line_bytes: int) -> Iterator[Line]:
    """The lines of files, or of stdin for no path or ``-``, after checking that every source can be read (a typo
    in the last path fails before the first line is processed)."""
    from streams.sources import SourceError
    from streams.sources.jsonl import check_readable, read_lines

    try:
        for name in paths:
            check_readable(name)
        yield from read_lines(paths, max_line_bytes=max_line_bytes)
    except SourceError as exc:
        _fail(str(exc))


def _printable(text: str) -> str:
    """``text`` with what no UTF-8 output can carry (lone surrogates: from a JSON escape, or a file name's bytes
    that are not UTF-8) written as backslash escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _write(out: TextIO, line: str | None) -> None:
    """``line`` to ``out`` (None: flush it); a reader that went away (``| head``) ends the command quietly (main)."""
    try:
        if line is None:
            out.flush()
        else:
            out.write(line)
    except BrokenPipeError:
        raise
    except OSError as exc:  # a full disk, a device error
        _fail(f"cannot write the output: {exc.strerror or exc}")


def _settings():  # noqa: ANN202 - deferred import keeps `wiremon --help` fast
    from pydantic import ValidationError

    from streams.settings import get_settings

    try:
        return get_settings()
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        variable = f"WIREMON_{str(first['loc'][0]).upper()}: " if first["loc"] else ""  # none: several variables
        _fail(f"invalid configuration: {variable}{first['msg'].removeprefix('Value error, ')}")


MAX_SECONDS = 7 * 86_400  # a week: beyond it a pause is a mistake (and 1e300 s overflows a timestamp)


def _seconds(value: str, *, zero: bool) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value}") from None
    if not (0 <= seconds <= MAX_SECONDS) or (seconds == 0 and not zero):  # NaN fails every comparison
        low = "at least 0" if zero else "above 0"
        raise argparse.ArgumentTypeError(f"{value}: must be {low} and at most {MAX_SECONDS} seconds")
    return seconds


def _pause(value: str) -> float:
    return _seconds(value, zero=True)


def _period(value: str) -> float:
    return _seconds(value, zero=False)


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value}")
    return number


def _existing_file(value: str) -> Path:
    path = Path(value)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"{'not a file' if path.exists() else 'no such file'}: {value}")
    return path


# --- analyze ---------------------------------------------------------------------------------------------


def cmd_analyze(args: argparse.Namespace) -> int:
    from streams.analytics.officials import WatchlistError
    from streams.analytics.topics import TaxonomyError
    from streams.pipeline import Analyzers, InvalidArticle, Outcome, Pipeline

    settings = _settings()
    try:
        analyzers = Analyzers.load(
            taxonomy=args.taxonomy or settings.taxonomy, officials=args.officials or settings.officials
        )
    except (WatchlistError, TaxonomyError) as exc:
        _fail(str(exc))
    pipeline = Pipeline(
        analyzers,
        max_message_bytes=settings.max_message_bytes,
        dedup_retention_seconds=settings.dedup_retention_seconds,
        novelty_window_seconds=settings.novelty_window_seconds,
        suppress_reworded=settings.suppress_reworded,
    )
    out = sys.stdout
    if out is None:
        _fail("cannot write the output: standard output is closed")
    limit = settings.max_message_bytes
    for source, number, line, size in _read_lines(args.paths, max_line_bytes=limit + 2):  # + a CRLF line end
        if size == len(line) and not line.strip():  # blank (a cut line is reported, whatever its start)
            continue
        if size > len(line):  # only its start was read: too large whatever the rest holds
            outcome = Outcome(error=InvalidArticle("too_large", f"line is {size} bytes, limit is {limit}"))
        else:
            outcome = pipeline.process(line.rstrip(b"\r\n"))
        if args.emit == "alerts":
            for alert in outcome.alerts:
                _write(out, alert.model_dump_json() + "\n")
            continue
        if outcome.error is not None:
            error = _printable(f"{outcome.error.reason}: {outcome.error.message}")
            record = {"id": _peek_id(line), "status": "invalid", "error": error, "source": _printable(source),
                      "line": number}
        else:
            a = outcome.article
            assert a is not None
            record = {
                "id": a.id, "status": "ok", "error": None, "lang": a.lang, "lang_confidence": a.lang_confidence,
                "topics": [t.model_dump() for t in a.topics], "duplicate_of": a.duplicate_of,
                "similarity": a.similarity, "cluster_id": a.cluster_id,
                "statements": [
                    s.model_dump() | {"new": any(al.statement == s.text and al.official.id == s.official_id
                                                 for al in outcome.alerts)}
                    for s in a.statements
                ],
                "alerts": [al.alert_id for al in outcome.alerts],
                "title": a.title, "source": a.source,
            }
        _write(out, json.dumps(record, ensure_ascii=False) + "\n")
    _write(out, None)
    return 0


def _peek_id(line: bytes) -> str | None:
    try:
        value = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if isinstance(value, dict) and isinstance(value.get("id"), (str, int)):
        return _printable(str(value["id"]))
    return None


# --- worker ----------------------------------------------------------------------------------------------


def _check_web_address(settings: Settings) -> None:
    """Fails when the web server could not listen where it is told to (Faust's would end the worker with a
    traceback after it joined the group)."""
    import socket
    from contextlib import ExitStack

    # Binds as asyncio's create_server does for the web server: every address the host resolves to ("" is all
    # interfaces), IPv6 sockets IPv6-only, all held at once; a family the host cannot open a socket of (IPv6
    # disabled in the kernel) is passed over, as there, unless there is nothing else.
    try:
        infos = socket.getaddrinfo(settings.web_host or None, settings.web_port, type=socket.SOCK_STREAM,
                                   flags=socket.AI_PASSIVE)
        unopened: list[OSError] = []
        bound = 0
        with ExitStack() as held:
            for family, kind, proto, _, address in dict.fromkeys(infos):
                try:
                    probe = held.enter_context(socket.socket(family, kind, proto))
                except OSError as exc:
                    unopened.append(exc)
                    continue
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                if family == socket.AF_INET6:
                    probe.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                probe.bind(address)
                bound += 1
        if not bound and unopened:
            raise unopened[0]
    except OSError as exc:
        hint = "; each worker on a host needs a port of its own" if exc.errno == errno.EADDRINUSE else ""
        host = f"[{settings.web_host}]" if ":" in settings.web_host else settings.web_host
        _fail(f"WIREMON_WEB_HOST, WIREMON_WEB_PORT: cannot listen on {host}:{settings.web_port} "
              f"({exc.strerror or exc}{hint})")


def cmd_worker(args: argparse.Namespace) -> int:
    settings = _settings()
    _check_web_address(settings)
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    from kafka.errors import KafkaError

    from streams.admin import PartitionLayoutError, TopicsNotReadyError, ensure_topics
    from streams.analytics.officials import WatchlistError
    from streams.analytics.topics import TaxonomyError

    try:
        # Loads the watchlist and taxonomy (a bad file is the operator's to fix, before Kafka is asked anything);
        # declares the app, topics and tables without connecting.
        from streams import agents, metrics, web  # noqa: F401  (registers agents, timers and web pages)
    except (WatchlistError, TaxonomyError) as exc:
        _fail(str(exc))
    level = logging.getLevelName(settings.log_level.upper())
    # kafka-python is only the start-up admin client here, and it logs every failed connection attempt at WARNING
    # and ERROR: two dozen lines before an unreachable broker's one-line error, which says it all (debug shows them).
    kafka_level = level if level <= logging.DEBUG else logging.CRITICAL
    logging.getLogger("kafka").setLevel(kafka_level)
    try:
        ensure_topics(settings)
    except KafkaError as exc:
        _kafka_failure(settings, exc, "" if kafka_level <= logging.DEBUG else
                       " (WIREMON_LOG_LEVEL=debug shows each attempt)")
    except PartitionLayoutError as exc:
        _fail(str(exc))
    except TopicsNotReadyError as exc:
        _fail(f"Kafka at {settings.broker}: {exc}")
    import faust

    metrics.observe_gc_pauses()
    # What is loaded by now (language profiles, taxonomy, watchlist, libraries) lives as long as the process:
    # frozen, it is no longer scanned by every full collection, each of which stops the worker.
    gc.freeze()

    worker = faust.Worker(agents.app, loglevel=settings.log_level, quiet=True)
    # Faust leaves the client libraries at DEBUG: dozens of discarded records per article.
    for name in ("aiokafka", "faust", "mode"):
        logging.getLogger(name).setLevel(level)
    logging.getLogger("kafka").setLevel(kafka_level)
    worker.execute_from_commandline()  # returns only through SystemExit
    return 0


# --- topics ----------------------------------------------------------------------------------------------


def cmd_topics(args: argparse.Namespace) -> int:
    from kafka.errors import KafkaError

    from streams.admin import PartitionLayoutError, TopicsNotReadyError, ensure_topics, topic_plan

    settings = _settings()
    try:
        created = ensure_topics(settings)
    except KafkaError as exc:
        _kafka_failure(settings, exc)
    except PartitionLayoutError as exc:
        _fail(str(exc))
    except TopicsNotReadyError as exc:
        _fail(f"Kafka at {settings.broker}: {exc}")
    for name, partitions in topic_plan(settings).items():
        print(f"{name}\t{partitions} partition{'s' if partitions != 1 else ''}\t"
              f"{'created' if name in created else 'exists'}")
    return 0


# --- feed ------------------------------------------------------------------------------------------------


DIRECTORY_POLL_S = 2.0
URL_POLL_S = 300.0


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def cmd_feed(args: argparse.Namespace) -> int:
    """Files and stdin first, in the order given, then watched directories and RSS/Atom URLs."""
    import signal
    import threading

    from kafka.errors import KafkaError

    from streams.feeds import Feeder, Progress, produce_lines, watch
    from streams.sources import SourceError
    from streams.sources.directory import DirectoryWatcher
    from streams.sources.jsonl import check_readable
    from streams.sources.rss import FeedPoller
    from streams.sources.state import DIRECTORY_STATE_NAME, StateFile, default_url_state_path

    settings = _settings()
    topic = args.topic or settings.topic_raw
    sources = args.sources or ["-"]
    files = [s for s in sources if s == "-" or (not _is_url(s) and not Path(s).is_dir())]
    directories = [Path(s) for s in sources if s != "-" and not _is_url(s) and Path(s).is_dir()]
    urls = [s for s in sources if _is_url(s)]
    if files.count("-") > 1:
        _fail("stdin (-) can be read only once")

    states: dict[Path, StateFile] = {}

    def state_at(path: Path) -> StateFile:
        key = path.resolve()
        if key not in states:
            states[key] = StateFile(path).open()
        return states[key]

    progress = Progress()
    stop = threading.Event()
    previous_handlers: dict[int, object] = {}
    feeder = None
    try:
        # Everything is checked before the first message: a typo fails fast and feeds nothing.
        for name in files:
            check_readable(name)
        watchers = [DirectoryWatcher(d, state_at(Path(args.state) if args.state else d / DIRECTORY_STATE_NAME))
                    for d in directories]
        pollers = [FeedPoller(url, state_at(Path(args.state) if args.state else default_url_state_path()))
                   for url in urls]
        feeder = Feeder(settings, topic=topic, interval=args.interval, progress=progress)
        count = 0
        if files:
            lines = _read_lines(files, max_line_bytes=settings.max_message_bytes + 2)  # + a CRLF line end
            count += produce_lines(settings, lines, topic=topic, feeder=feeder)
        if watchers or pollers:
            # SIGINT/SIGTERM stop the watcher after the current file or round of feeds; a second one stops at once.
            def request_stop(signum: int, _frame: object) -> None:
                if stop.is_set():
                    raise KeyboardInterrupt
                stop.set()

            for signum in (signal.SIGINT, signal.SIGTERM):
                previous_handlers[signum] = signal.signal(signum, request_stop)
            count += watch(feeder, watchers, pollers, once=args.once, stop=stop, progress=progress,
                           directory_poll=args.poll or DIRECTORY_POLL_S, url_poll=args.poll or URL_POLL_S)
    except SourceError as exc:
        _fail(str(exc))
    except KafkaError as exc:
        _fail(f"cannot produce to Kafka at {settings.broker}: {_kafka_reason(exc)}")
    finally:
        for signum, handler in previous_handlers.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
        progress.finish()
        if feeder is not None:
            feeder.close()
        for state in states.values():
            state.close()
    too_large = feeder.dead_lettered if feeder is not None else 0
    produced = count - too_large
    print(f"produced {produced} message{'' if produced == 1 else 's'} to {topic}"
          + (f", {too_large} too large for it to {settings.topic_deadletter}" if too_large else "")
          + (" (stopped by signal)" if stop.is_set() else ""), file=sys.stderr)
    return 0


# --- schema ----------------------------------------------------------------------------------------------


def cmd_schema(args: argparse.Namespace) -> int:
    from streams import models

    schema_of = {
        "raw": models.RawArticle,
        "enriched": models.EnrichedArticle,
        "alert": models.Alert,
        "deadletter": models.DeadLetter,
    }
    model = schema_of[args.name]
    mode = "validation" if args.name == "raw" else "serialization"
    print(json.dumps(model.model_json_schema(mode=mode), indent=2, ensure_ascii=False))
    return 0


# --- alerts ----------------------------------------------------------------------------------------------


def cmd_alerts(args: argparse.Namespace) -> int:
    from kafka.errors import KafkaError

    from streams.subscriber import follow_alerts

    settings = _settings()
    try:
        return follow_alerts(
            settings,
            as_json=args.json,
            official=args.official,
            from_beginning=args.from_beginning,
            max_alerts=args.max,
            timeout_s=args.timeout,
        )
    except KafkaError as exc:
        _fail(f"cannot read alerts from Kafka at {settings.broker}: {_kafka_reason(exc)}")


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors: `wiremon: error: ...`, exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="wiremon", description="Stream-processing monitor for wire articles.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    p = commands.add_parser("worker", help="run the stream worker (Faust) against Kafka")
    p.set_defaults(func=cmd_worker)

    p = commands.add_parser("analyze", help="run the pipeline offline over JSON Lines (files or stdin)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="JSON Lines files; none or - for stdin")
    p.add_argument("--emit", choices=["articles", "alerts"], default="articles", help="what to write")
    p.add_argument("--officials", type=_existing_file, help="watchlist YAML (default: WIREMON_OFFICIALS)")
    p.add_argument("--taxonomy", type=_existing_file, help="topic taxonomy YAML (default: WIREMON_TAXONOMY)")
    p.set_defaults(func=cmd_analyze)

    p = commands.add_parser(
        "feed", help="produce raw articles to Kafka: JSON Lines, a watched directory, RSS/Atom feeds",
        description="Produce raw articles to the raw topic, keyed by id (else url), waiting for the broker's acks. "
        "SOURCE is a JSON Lines file, - for stdin (the default), a directory (watched for new .jsonl, .json and "
        ".txt files) or an http(s):// RSS/Atom feed URL (polled).",
    )
    p.add_argument("sources", nargs="*", metavar="SOURCE", help="file, -, directory or http(s) feed URL")
    p.add_argument("--topic", help="target topic (default: WIREMON_TOPIC_RAW)")
    p.add_argument("--interval", type=_pause, default=0.0, metavar="SECONDS",
                   help="pause between messages, to replay at a live feed's pace")
    p.add_argument("--poll", type=_period, metavar="SECONDS",
                   help=f"poll interval of directories (default {DIRECTORY_POLL_S:g}) and feed URLs "
                   f"(default {URL_POLL_S:g})")
    p.add_argument("--once", action="store_true",
                   help="feed what directories and feeds hold now, then exit (for cron jobs and tests)")
    p.add_argument("--state", metavar="FILE",
                   help="state file of what was fed (default: DIR/.wiremon-feed-state.json for a directory, "
                   "$XDG_CACHE_HOME/wiremon/feed-state.json, else ~/.cache/wiremon/feed-state.json, for URLs)")
    p.set_defaults(func=cmd_feed)

    p = commands.add_parser("alerts", help="follow the alerts topic and print alerts")
    p.add_argument("--json", action="store_true", help="print JSON lines instead of readable text")
    p.add_argument("--official", action="append", metavar="ID", help="only this official (repeatable)")
    p.add_argument("--from-beginning", action="store_true", help="start at the oldest retained alert")
    p.add_argument("--max", type=_count, metavar="N", help="stop after N alerts")
    p.add_argument("--timeout", type=_period, metavar="SECONDS", help="stop after this long without an alert")
    p.set_defaults(func=cmd_alerts)

    p = commands.add_parser("topics", help="create the topics wire-monitor uses (idempotent)")
    p.set_defaults(func=cmd_topics)

    p = commands.add_parser("schema", help="print the JSON Schema of a topic's records")
    p.add_argument("name", choices=["raw", "enriched", "alert", "deadletter"])
    p.set_defaults(func=cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"wiremon: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
