"""Shared fixtures. Broker-backed fixtures live in tests/integration/conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT.parent / "shared" / "sample-articles"


@pytest.fixture(scope="session")
def sample_articles() -> list[tuple[str, str]]:
    """The real wire articles in ../shared/sample-articles as (title, body); skipped tests never count."""
    files = sorted(SAMPLE_DIR.glob("*.txt"))
    if not files:
        pytest.fail(f"sample articles not found in {SAMPLE_DIR}")
    out = []
    for path in files:
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        out.append((title.strip(), body.strip()))
    return out
