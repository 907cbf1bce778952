"""YAML configuration files (the watchlist, the taxonomy) read into plain data, with one-line errors.

PyYAML's safe loader builds no objects, but a hostile or broken file can still end a load with an exception
other than ``yaml.YAMLError`` (``RecursionError`` for deep nesting), and an alias "bomb" is cheap to load (the
aliases share one object) but exponential to print. ``load_yaml`` turns every failure into ``ValueError`` with
one line, refuses a key repeated in a mapping, and ``brief`` describes a bad value in bounded space for error
messages.

Files are parsed by libyaml when PyYAML was built with it (its wheels are): the shipped taxonomy (340 KB) loads in
0.09 s instead of 0.83 s with the pure-Python parser, which every worker start paid. A file libyaml refuses is
parsed again by the pure-Python parser, which decides: it reads a few things libyaml refuses and its errors are more
precise.
"""

from __future__ import annotations

from typing import Any, NoReturn

import yaml

__all__ = ["brief", "load_yaml"]

_BRIEF_CHARS = 60


class _NoRepeatedKeys(yaml.constructor.SafeConstructor):
    """The safe constructor that refuses a key repeated in one mapping (PyYAML keeps the last one silently: an
    official's second ``id:`` would replace the first)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":  # "<<: *defaults": merged by the base class
                continue
            key = self.construct_object(key_node, deep=deep)
            try:
                repeated = key in seen
                seen.add(key)
            except TypeError:  # an unhashable key: the base class reports it
                break
            if repeated:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {brief(key)} appears twice in one mapping", key_node.start_mark)
        return super().construct_mapping(node, deep=deep)


class _PythonLoader(_NoRepeatedKeys, yaml.SafeLoader):
    """PyYAML's own parser: the reference for what a file means and the more precise errors."""


# libyaml's parser where PyYAML has it, else the pure-Python one
_FastLoader: type = type("_FastLoader", (_NoRepeatedKeys, yaml.CSafeLoader), {}) if hasattr(yaml, "CSafeLoader") \
    else _PythonLoader


def load_yaml(text: str) -> Any:
    """The data of YAML ``text``; raises ``ValueError`` with a one-line reason (and line number when known)."""
    try:
        return yaml.load(text, Loader=_FastLoader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as exc:
        if _FastLoader is _PythonLoader or "nesting depth" in str(exc):
            _raise_one_line(exc)
    except RecursionError:
        raise ValueError("invalid YAML: nested too deeply") from None
    # libyaml refuses some files PyYAML reads ("{a: 1, b:}", a "%FOO" directive) and says less about others: the
    # pure-Python parser decides (only a broken file pays for it)
    try:
        return yaml.load(text, Loader=_PythonLoader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as exc:
        _raise_one_line(exc)
    except RecursionError:
        raise ValueError("invalid YAML: nested too deeply") from None


def _raise_one_line(exc: yaml.YAMLError) -> NoReturn:
    """Raises ``ValueError`` with the parser's reason in a line, and its line number when known."""
    mark = getattr(exc, "problem_mark", None)
    where = f"line {mark.line + 1}: " if mark is not None else ""
    # A reader error (a NUL byte, a control character) has no "problem", only its message.
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if "nesting depth" in problem:  # libyaml's own limit; the pure-Python parser recurses instead
        raise ValueError("invalid YAML: nested too deeply") from None
    raise ValueError(f"invalid YAML: {where}{problem}") from None


def brief(value: Any) -> str:
    """``value`` for an error message: a short string or number as written, anything else by its type."""
    if isinstance(value, str):
        return repr(value if len(value) <= _BRIEF_CHARS else value[:_BRIEF_CHARS] + "...")
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    return f"a {type(value).__name__}"
