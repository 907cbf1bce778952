"""The package's layering, read from the imports: the analytics know nothing of the stream wiring, and the
statement rules import only from the modules before them (no cycles, a reader can go bottom-up)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import streams

PACKAGE = Path(streams.__file__).parent
ANALYTICS = PACKAGE / "analytics"
# Third-party libraries the analytics may use: none of them talks to Kafka, Prometheus or the network.
ANALYTICS_LIBRARIES = {"langdetect", "numpy", "yaml"}
STATEMENT_LAYERS = ["model", "vocabulary", "text", "grammar", "reference", "speaker", "clause", "recall", "extract"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
        elif isinstance(node, ast.ImportFrom):
            pytest.fail(f"{path.relative_to(PACKAGE)}: relative import (the package imports absolutely)")
    return names


@pytest.mark.parametrize("path", sorted(ANALYTICS.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_analytics_import_no_stream_wiring(path: Path) -> None:
    for module in imported_modules(path):
        top = module.split(".")[0]
        assert (top in sys.stdlib_module_names or top in ANALYTICS_LIBRARIES
                or module.startswith("streams.analytics")), f"{path.name} imports {module}"


def test_every_statements_module_has_a_layer() -> None:
    modules = {p.stem for p in (ANALYTICS / "statements").glob("*.py")} - {"__init__"}
    assert modules == set(STATEMENT_LAYERS)


@pytest.mark.parametrize("layer", STATEMENT_LAYERS)
def test_statement_rules_import_only_earlier_layers(layer: str) -> None:
    earlier = STATEMENT_LAYERS[:STATEMENT_LAYERS.index(layer)]
    prefix = "streams.analytics.statements."
    for module in imported_modules(ANALYTICS / "statements" / f"{layer}.py"):
        if module.startswith(prefix):
            assert module[len(prefix):] in earlier, f"{layer} imports {module}, a later layer"
