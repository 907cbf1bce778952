"""The YAML reader of the watchlist and taxonomy: libyaml's speed, PyYAML's meaning and errors."""

from __future__ import annotations

import pytest

from streams.analytics.yamlfile import load_yaml


@pytest.mark.parametrize(("text", "data"), [
    ("{a: 1, b:}", {"a": 1, "b": None}),  # (libyaml: "found unexpected ':'")
    ("%FOO bar\n---\na: 1\n", {"a": 1}),  # an unknown directive is ignored (libyaml: "found unknown directive name")
    ("a: [1, 2]\nb: {c: d}\n", {"a": [1, 2], "b": {"c": "d"}}),
])
def test_what_pyyaml_reads_is_read(text: str, data: object) -> None:
    assert load_yaml(text) == data


@pytest.mark.parametrize(("text", "error"), [
    ("a: [1, 2\n", "invalid YAML: line 2: expected ',' or ']', but got '<stream end>'"),
    ("a:\n  - b\n - c\n", "invalid YAML: line 3: expected <block end>, but found '<block sequence start>'"),
    ("a: 1\na: 2\n", "invalid YAML: line 2: key 'a' appears twice in one mapping"),
    ("a: " + "[" * 2000 + "]" * 2000 + "\n", "invalid YAML: nested too deeply"),
])
def test_a_broken_file_is_pyyamls_one_line_reason(text: str, error: str) -> None:
    with pytest.raises(ValueError) as raised:
        load_yaml(text)
    assert str(raised.value) == error
