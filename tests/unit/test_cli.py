"""The CLI's contract: one-line errors with exit code 2, and `analyze` as the stream's offline twin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from streams.cli import main

ROOT = Path(__file__).resolve().parents[2]
DEMO_FEED = ROOT / "streams" / "data" / "demo_feed.jsonl"


def _run(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None,
         timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "streams", *args], input=stdin, capture_output=True, env=env,
                          timeout=timeout)


def test_unreadable_file_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(tmp_path / "missing.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.jsonl" in err


def test_usage_error_is_one_line_exit_2() -> None:
    result = _run("analyze", "--emit", "everything")
    assert result.returncode == 2
    assert result.stderr.decode().count("\n") == 1 and result.stdout == b""
    assert _run("no-such-command").returncode == 2


def test_bad_watchlist_is_one_line_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "officials.yaml"
    bad.write_text("officials:\n  - name: Nobody\n")
    result = _run("analyze", "--officials", str(bad), stdin=b'{"text": "x"}\n')
    assert result.returncode == 2, result.stderr
    assert result.stderr.decode().count("\n") == 1


def test_invalid_environment_is_one_line_exit_2() -> None:
    result = _run("analyze", env={"WIREMON_PARTITIONS": "zero", "PATH": "/usr/bin:/bin"}, timeout=60)
    assert result.returncode == 2 and b"WIREMON_PARTITIONS" in result.stderr


def _run_with_env(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    # Port 1: nothing listens there, so a command that reached Kafka would fail differently.
    return _run(*args, env={**os.environ, "WIREMON_BROKER": "127.0.0.1:1", **env})


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"WIREMON_OFFICIALS": "{officials}"}, "officials"),
        ({"WIREMON_TAXONOMY": "{missing}"}, "missing.yaml"),
        ({"WIREMON_LOG_LEVEL": "verbose"}, "WIREMON_LOG_LEVEL"),
        ({"WIREMON_SECURITY_PROTOCOL": "SSL", "WIREMON_SSL_CAFILE": "{missing}"}, "WIREMON_SSL_CAFILE"),
        # Files that exist but do not load, and broker addresses the Kafka client would choke on mid-connection.
        ({"WIREMON_SECURITY_PROTOCOL": "SSL", "WIREMON_SSL_CAFILE": "{officials}"}, "not a PEM CA bundle"),
        ({"WIREMON_SECURITY_PROTOCOL": "SASL_SSL", "WIREMON_SSL_CERTFILE": "{officials}"}, "WIREMON_SSL_CERTFILE"),
        ({"WIREMON_BROKER": "kafka://host:notaport"}, "WIREMON_BROKER"),
        ({"WIREMON_BROKER": "http://host:9092"}, "is not kafka://host[:port]"),
        ({"WIREMON_STORE": "bogus://"}, "WIREMON_STORE"),
        # Topic names the broker would refuse (reported as a failure to reach Kafka, with the whole request)
        ({"WIREMON_TOPIC_RAW": ""}, "WIREMON_TOPIC_RAW: '' cannot name a topic"),
        ({"WIREMON_TOPIC_ALERTS": "bad name!"}, "WIREMON_TOPIC_ALERTS: 'bad name!' cannot name a topic"),
        ({"WIREMON_APP_ID": "a" * 224}, "WIREMON_APP_ID: "),
        ({"WIREMON_TOPIC_ENRICHED": "articles.raw"}, "must name four different topics"),
    ],
    ids=["broken-watchlist", "missing-taxonomy", "unknown-log-level", "missing-ca-file", "ca-file-not-pem",
         "client-certificate-not-pem", "broker-port-not-a-number", "broker-not-kafka", "unknown-store",
         "empty-topic-name", "topic-name-with-spaces", "app-id-too-long", "same-topic-twice"],
)
def test_worker_configuration_errors_are_one_line_exit_2_before_kafka_is_asked(
    tmp_path: Path, env: dict[str, str], expected: str
) -> None:
    bad_watchlist = tmp_path / "officials.yaml"
    bad_watchlist.write_text("officials:\n  - name: Nobody\n")
    paths = {"officials": str(bad_watchlist), "missing": str(tmp_path / "missing.yaml")}
    result = _run_with_env("worker", **{name: value.format(**paths) for name, value in env.items()})
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("wiremon: error: ") and expected in err, err
    assert "Kafka" not in err


def test_worker_whose_web_port_is_taken_is_one_line_exit_2() -> None:
    # Faust's web server failed to bind after the worker had joined the group: a traceback and exit code 1.
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _run_with_env("worker", WIREMON_WEB_PORT=str(port))
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert err == (f"wiremon: error: WIREMON_WEB_HOST, WIREMON_WEB_PORT: cannot listen on 127.0.0.1:{port} "
                   "(Address already in use; each worker on a host needs a port of its own)\n"), err


def test_web_address_check_binds_as_the_web_server_does() -> None:
    # asyncio's server binds every address of the host, IPv6 ones IPv6-only: "::" is free beside a taken
    # 0.0.0.0:port (the check bound one dual-stack socket and refused it), "" (all interfaces) is not.
    import socket

    from streams.cli import CliError, _check_web_address
    from streams.settings import Settings

    if not socket.has_ipv6:
        pytest.skip("no IPv6 on this host")
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        _check_web_address(Settings(web_host="::", web_port=port))
        with pytest.raises(CliError, match=f"cannot listen on :{port} .*Address already in use"):
            _check_web_address(Settings(web_host="", web_port=port))
        with pytest.raises(CliError, match="Address already in use"):
            _check_web_address(Settings(web_host="0.0.0.0", web_port=port))


def test_web_address_check_passes_over_a_family_the_host_has_not(monkeypatch: pytest.MonkeyPatch) -> None:
    # IPv6 disabled in the kernel: "" and "localhost" still resolve to "::" / "::1" as well, asyncio's server
    # skips the family it cannot open a socket of and listens on IPv4; so does the check. Nothing at all: an error.
    import errno
    import socket

    from streams.cli import CliError, _check_web_address
    from streams.settings import Settings

    real_socket = socket.socket

    def without_ipv6(family: int = socket.AF_INET, *args: object, **kwargs: object) -> socket.socket:
        if family == socket.AF_INET6:
            raise OSError(errno.EAFNOSUPPORT, "Address family not supported by protocol")
        return real_socket(family, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", without_ipv6)
    infos = [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("::", 0, 0, 0)),
             (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("0.0.0.0", 0))]
    monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kwargs: infos)
    _check_web_address(Settings(web_host="", web_port=6066))
    infos = infos[:1]
    with pytest.raises(CliError, match="cannot listen on :6066 .*Address family not supported"):
        _check_web_address(Settings(web_host="", web_port=6066))


def test_a_refusal_is_the_brokers_reason_even_with_an_apostrophe() -> None:
    # kafka-python quotes the whole response; its repr puts a reason holding an apostrophe in double quotes
    # (the whole response was printed, cut at 300 characters).
    from kafka.errors import TopicAuthorizationFailedError
    from kafka.protocol.admin import CreateTopicsResponse

    from streams.cli import _kafka_reason

    result = CreateTopicsResponse.CreatableTopicResult
    for reason in ("Replication factor: 3 larger than available brokers: 1.", "Topic 'raw' isn't allowed"):
        response = CreateTopicsResponse(version=5, throttle_time_ms=0, topics=[
            result(name="raw", error_code=29, error_message=reason)])
        error = TopicAuthorizationFailedError(f"Request 'CreateTopicsRequest(...)' failed with response '{response}'.")
        assert _kafka_reason(error) == f"TopicAuthorizationFailedError: {reason}"


@pytest.mark.parametrize(("error", "said"), [
    ("KafkaConnectionError", "cannot reach Kafka at"), ("NodeNotReadyError", "cannot reach Kafka at"),
    ("RequestTimedOutError", "Kafka at kafka://127.0.0.1:1 did not answer in time"),
    ("KafkaTimeoutError", "cannot reach Kafka at"), ("NetworkExceptionError", "cannot reach Kafka at"),
    ("InvalidReplicationFactorError", "Kafka at kafka://127.0.0.1:1 refused"),
    ("TopicAuthorizationFailedError", "Kafka at kafka://127.0.0.1:1 refused"),
])
def test_a_kafka_failure_says_whether_the_broker_was_reached(error: str, said: str) -> None:
    import kafka.errors

    from streams.cli import CliError, _kafka_failure
    from streams.settings import Settings

    with pytest.raises(CliError, match=f"^{said}"):
        _kafka_failure(Settings(broker="kafka://127.0.0.1:1"), getattr(kafka.errors, error)("no answer"))


def test_worker_without_kafka_is_one_line_exit_2(tmp_path: Path) -> None:
    # A real unreachable broker: kafka-python, the start-up admin client, tries for WIREMON_CONNECT_TIMEOUT_SECONDS
    # and logs every attempt at WARNING and ERROR (two dozen lines before this one, at the default log level, before
    # the fix).
    started = time.monotonic()
    result = _run_with_env("worker", WIREMON_DATA_DIR=str(tmp_path / "state"), WIREMON_CONNECT_TIMEOUT_SECONDS="3")
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("wiremon: error: cannot reach Kafka at kafka://127.0.0.1:1"), err
    assert time.monotonic() - started < 25, "the worker did not give up after WIREMON_CONNECT_TIMEOUT_SECONDS"


def test_alerts_without_kafka_is_one_line_exit_2(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    # kafka-python gives up bootstrapping after 30 s (what a real unreachable broker costs); the error it then
    # raises is what the command must turn into one line.
    from kafka.errors import KafkaTimeoutError

    from streams import subscriber

    def unreachable(*_args: object, **_kwargs: object) -> int:
        raise KafkaTimeoutError("Unable to bootstrap from ['127.0.0.1:1']")

    monkeypatch.setattr(subscriber, "follow_alerts", unreachable)
    assert main(["alerts"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("wiremon: error: cannot read alerts from Kafka at "), err
    assert err.endswith(": KafkaTimeoutError: Unable to bootstrap from ['127.0.0.1:1']\n"), err  # (named once)


@pytest.mark.parametrize("option", [["--max", "0"], ["--max", "-3"], ["--timeout", "-1"], ["--timeout", "nan"]])
def test_alerts_rejects_non_positive_limits(option: list[str]) -> None:
    result = _run_with_env("alerts", *option)
    assert result.returncode == 2 and result.stderr.decode().count("\n") == 1, result.stderr


@pytest.mark.parametrize("option", [["--poll", "0"], ["--poll", "nan"], ["--poll", "inf"], ["--poll", "1e300"],
                                    ["--interval", "-1"], ["--interval", "nan"], ["--interval", "soon"]])
def test_feed_rejects_pauses_that_are_not_a_number_of_seconds(option: list[str], tmp_path: Path) -> None:
    # --poll nan passed a "<= 0" check and spun a core; inf and 1e300 overflowed a timestamp (traceback).
    result = _run_with_env("feed", *option, str(tmp_path))
    err = result.stderr.decode()
    assert result.returncode == 2 and err.count("\n") == 1 and f"argument {option[0]}" in err, err


def test_analyze_demo_feed(tmp_path: Path) -> None:
    result = _run("analyze", str(DEMO_FEED))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    inputs = [line for line in DEMO_FEED.read_text().splitlines() if line.strip()]
    assert len(lines) == len(inputs), "one output line per input"
    by_id = {line["id"]: line for line in lines if line["id"]}
    assert [line["status"] for line in lines].count("invalid") == 2
    for line in lines:
        if line["status"] == "ok":
            assert {"lang", "lang_confidence", "topics", "duplicate_of", "similarity", "statements"} <= set(line)
        else:
            assert line["error"]
    assert by_id["wire-0001"]["duplicate_of"] is None
    assert by_id["post-0002"]["duplicate_of"] == "wire-0001"
    assert by_id["post-0003"]["duplicate_of"] == "wire-0001"
    assert by_id["wire-0004"]["duplicate_of"] is None, "another outlet's own report is not a repost"
    assert by_id["ru-0006"]["lang"] == "ru" and by_id["wire-0001"]["lang"] == "en"
    assert by_id["fr-0014"]["lang"] == "fr" and by_id["de-0015"]["lang"] == "de"
    assert by_id["es-0017"]["lang"] == "es" and by_id["pt-0018"]["lang"] == "pt"
    assert by_id["post-0016"]["duplicate_of"] == "de-0015"
    assert any(t["code"] == "medtop:16000000" for t in by_id["wire-0001"]["topics"])


def test_analyze_emit_alerts_from_stdin() -> None:
    result = _run("analyze", "--emit", "alerts", "-", stdin=DEMO_FEED.read_bytes())
    assert result.returncode == 0, result.stderr
    alerts = [json.loads(line) for line in result.stdout.decode().splitlines()]
    officials = {a["official"]["id"] for a in alerts}
    assert {"maria-zakharova", "mykhailo-podolyak", "sergey-lavrov", "emmanuel-macron", "olaf-scholz",
            "dmitry-peskov", "antonio-guterres"} <= officials
    assert {a["lang"] for a in alerts} == {"en", "ru", "fr", "de", "es", "pt"}
    assert len({a["alert_id"] for a in alerts}) == len(alerts)
    assert not any(a["article_id"].startswith("post-") for a in alerts), "reposts raise no alerts"


def test_schema_alert() -> None:
    result = _run("schema", "alert")
    schema = json.loads(result.stdout)
    assert {"alert_id", "official", "statement", "kind", "article_id"} <= set(schema["properties"])


def test_analyze_accounts_for_every_hostile_line(tmp_path: Path) -> None:
    """Each line that would have ended the run with a traceback (and lost the lines after it) is one record."""
    lines = [
        b'{"id": "a", "text": "Russia will respond, Zakharova said."}',
        b'{"id": "big", "text": "x", "n": ' + b"9" * 5000 + b"}",  # over Python's integer digit limit
        b'{"id": "\\ud800"}',  # a lone surrogate in an invalid article's id
        b'{"id": "huge", "text": "' + b"y" * 20_000 + b'"}',  # over WIREMON_MAX_MESSAGE_BYTES: read in part only
        b"\xef\xbb\xbf" + b'{"id": "bom", "text": "saved by an editor that writes a byte-order mark"}',
        b" " * 20_000 + b'{"id": "late", "text": "x"}',  # blank as far as it is read, too large all the same
        b'{"id": "z", "text": "The end."}',
    ]
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    result = _run("analyze", str(path), env={**os.environ, "WIREMON_MAX_MESSAGE_BYTES": "8192"})
    assert result.returncode == 0 and result.stderr == b"", result.stderr
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [(r["id"], r["status"]) for r in records] == [
        ("a", "ok"), (None, "invalid"), ("\\ud800", "invalid"), (None, "invalid"), ("bom", "ok"), (None, "invalid"), ("z", "ok")]
    assert records[1]["error"].startswith("not_json: ") and records[2]["error"].startswith("not_utf8: ")
    assert records[3]["error"] == "too_large: line is 20027 bytes, limit is 8192" and records[3]["line"] == 4


def test_analyze_checks_every_path_before_the_first_line(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "a", "text": "x"}\n')
    result = _run("analyze", str(good), str(tmp_path))
    assert result.returncode == 2 and result.stdout == b"", result.stdout
    assert result.stderr.decode() == f"wiremon: error: cannot read {tmp_path}: is a directory\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_analyze_output_errors_are_one_line_exit_2(tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run([sys.executable, "-m", "streams", "analyze", str(DEMO_FEED)], stdout=full,
                                stderr=subprocess.PIPE, timeout=120)
    assert result.returncode == 2
    assert result.stderr.decode() == "wiremon: error: cannot write the output: No space left on device\n"
    # A reader that stops early is no error: exit 0, nothing on stderr (more output than a pipe buffers).
    many = tmp_path / "many.jsonl"
    many.write_text("".join(json.dumps({"id": f"n{n}", "text": f"Short item {n}."}) + "\n" for n in range(1500)))
    with subprocess.Popen([sys.executable, "-m", "streams", "analyze", str(many)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as head:
        assert head.stdout is not None and head.stdout.readline()
        head.stdout.close()
        assert head.wait(120) == 0 and head.stderr is not None and head.stderr.read() == b""
    closed = subprocess.run([sys.executable, "-m", "streams", "analyze", "-"], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120,
                            preexec_fn=lambda: os.close(0))
    assert closed.returncode == 2 and closed.stderr.decode().count("\n") == 1, closed.stderr
