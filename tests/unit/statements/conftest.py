"""The watchlist every statement test reads: the packaged one."""

from __future__ import annotations

import pytest

from streams.analytics.officials import Watchlist


@pytest.fixture(scope="module")
def watchlist() -> Watchlist:
    return Watchlist.default()
