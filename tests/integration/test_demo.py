"""`make demo`, one of the README's two commands, end to end on the session's broker."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_demo_replays_the_feed_and_shows_its_results(kafka) -> None:
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": kafka.bootstrap_servers}  # its own topics on a shared broker
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py")], env=env, capture_output=True,
                            timeout=300, cwd=ROOT)
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert "messages 18: enriched 16, dead-lettered 2" in out, out[-2000:]
    assert "duplicates 6;" in out and "'maria-zakharova'" in out and "== alerts, as they arrive" in out
