"""Shared fixtures. Broker-backed fixtures live in tests/integration/conftest.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests: CI (.ci/run) tests a fixed set of examples per test (derandomize: seeded from the test itself),
# so a red build reproduces; elsewhere each run draws new examples. HYPOTHESIS_PROFILE=ci gives CI's examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "explore"))

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
