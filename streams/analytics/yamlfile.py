"""YAML configuration files (the watchlist, the taxonomy) read into plain data, with one-line errors.

PyYAML's ``safe_load`` builds no objects, but a hostile or broken file can still end a load with an exception
other than ``yaml.YAMLError`` (``RecursionError`` for deep nesting), and an alias "bomb" is cheap to load (the
aliases share one object) but exponential to print. ``load_yaml`` turns every failure into ``ValueError`` with
one line, and ``brief`` describes a bad value in bounded space for error messages.
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["brief", "load_yaml"]

_BRIEF_CHARS = 60


def load_yaml(text: str) -> Any:
    """The data of YAML ``text``; raises ``ValueError`` with a one-line reason (and line number when known)."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        # A reader error (a NUL byte, a control character) has no "problem", only its message.
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ValueError(f"invalid YAML: {where}{problem}") from None
    except RecursionError:
        raise ValueError("invalid YAML: nested too deeply") from None


def brief(value: Any) -> str:
    """``value`` for an error message: a short string or number as written, anything else by its type."""
    if isinstance(value, str):
        return repr(value if len(value) <= _BRIEF_CHARS else value[:_BRIEF_CHARS] + "...")
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    return f"a {type(value).__name__}"
