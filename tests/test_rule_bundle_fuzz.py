"""Mutated rule bundles: a ``RuleDataError`` or a correct rule set, nothing else.

Exported bundles are damaged at random (a value replaced by any JSON value — NaN, a
5,000-digit integer, a list, an object —, a key removed or added, a part of the document
copied elsewhere) and loaded. The default run tries the same few hundred bundles every time;
set ``OCOP_FUZZ_EXAMPLES`` (say ``OCOP_FUZZ_EXAMPLES=20000``) for the long, random run before a
release.
"""

from __future__ import annotations

import copy
import json
import math
import os
import sys
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import ocop
from ocop.converter import structure
from ocop.errors import FormatError, RuleDataError
from ocop.rules import custom
from ocop.rules.format import BundleDoc
from ocop.rules.migrations import upgrade

EXAMPLES = int(os.environ.get("OCOP_FUZZ_EXAMPLES", "150"))
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "self-assessment.json"
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=EXAMPLES <= 1000,  # the quick run is the same every time; the long one explores
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@cache
def bases() -> tuple[str, ...]:
    """Bundles to damage, as JSON text: the example, and two sheets of 26/2026."""
    small = custom.export(ocop.rules.get("26/2026"))
    small["sheets"] = [small["sheets"][0], small["sheets"][1]]
    small["ruleset"]["sheets"]["count"] = 2
    return (EXAMPLE.read_text(encoding="utf-8"), json.dumps(small, ensure_ascii=False))


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 200),
    st.sampled_from([5000, -5000]).map(lambda n: 10**n if n > 0 else -(10**-n)),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["", "x", "1", "A", "3", "2026-02-30", "2026-05-22", "ocop-sheet/1"]),
    st.text(max_size=5),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*path, k))
    elif isinstance(node, list):
        for k, v in enumerate(node):
            out += _paths(v, (*path, k))
    return out


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        node = node[step]
    return node


@st.composite
def mutated(draw: st.DrawFn) -> dict[str, Any]:
    bundle: dict[str, Any] = json.loads(draw(st.sampled_from(bases())))
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(bundle)
        path = draw(st.sampled_from(paths[1:]))
        parent = _get(bundle, path[:-1])
        last = path[-1]
        action = draw(st.sampled_from(["replace", "replace", "delete", "add", "copy"]))
        if action == "replace":
            parent[last] = draw(values)
        elif action == "delete":
            del parent[last]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "points", "mark", "case", "yes_no"]))] = draw(
                values
            )
        elif action == "copy":
            parent[last] = copy.deepcopy(_get(bundle, draw(st.sampled_from(paths))))
    return bundle


def _loads_or_refuses(bundle: Any) -> None:
    try:
        rs = custom.load(bundle, source="fuzz.json")
    except RuleDataError as err:
        refused = err
    else:
        assert ocop.rules.check(rs) == []
        again = custom.load(json.loads(json.dumps(custom.export(rs), ensure_ascii=False)))
        assert custom.export(again) == custom.export(rs)
        return
    assert refused.problems
    for p in refused.problems:  # every message prints in both languages
        assert p.message("vi")
        assert p.message("en")
    assert str(refused)


@FUZZ
@given(mutated())
def test_a_mutated_bundle_loads_or_is_refused(bundle: dict[str, Any]) -> None:
    _loads_or_refuses(bundle)


@FUZZ
@given(values)
def test_any_json_value_loads_or_is_refused(value: Any) -> None:
    _loads_or_refuses(value)


def test_floats_are_never_points() -> None:
    bundle = json.loads(bases()[0])
    bundle["sheets"][0]["parts"][0]["points"] = 10.0
    bundle["ruleset"]["bands"]["maximum"] = math.nan
    with pytest.raises(RuleDataError) as info:
        custom.load(bundle)
    wheres = [p.where for p in info.value.problems]
    assert "<data>: $.sheets[0].parts[0].points (A)" in wheres
    assert "<data>: $.ruleset.bands.maximum" in wheres


def _file_loads_or_is_refused(path: Path) -> None:
    try:
        rs = custom.load_file(path)
    except RuleDataError as err:
        refused = err
    else:
        assert ocop.rules.check(rs) == []
        return
    assert refused.problems
    assert str(refused)


def _dumps(value: Any) -> bytes:
    """JSON text of ``value``, 5,000-digit integers included."""
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return json.dumps(value).encode("utf-8")
    finally:
        sys.set_int_max_str_digits(limit)


@FUZZ
@given(st.binary(max_size=200) | mutated().map(_dumps))
def test_any_file_loads_or_is_refused(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bundle.json"
        path.write_bytes(content)
        _file_loads_or_is_refused(path)


@FUZZ
@given(mutated(), st.booleans())
def test_any_folder_loads_or_is_refused(bundle: dict[str, Any], broken_sheet: bool) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "sheets").mkdir()
        (folder / "ruleset.json").write_bytes(_dumps(bundle.get("ruleset")))
        sheets = bundle.get("sheets")
        for k, sheet in enumerate(sheets if isinstance(sheets, list) else [], 1):
            data = _dumps(sheet)[:-1] if broken_sheet else _dumps(sheet)
            (folder / "sheets" / f"set-{k:02d}.json").write_bytes(data)
        _file_loads_or_is_refused(folder)


def _whole_float(node: Any) -> bool:
    if isinstance(node, dict):
        return any(_whole_float(v) for v in node.values())
    if isinstance(node, list):
        return any(_whole_float(v) for v in node)
    return isinstance(node, float) and node.is_integer()


def _huge(node: Any) -> bool:
    if isinstance(node, dict):
        return any(_huge(v) for v in node.values())
    if isinstance(node, list):
        return any(_huge(v) for v in node)
    return isinstance(node, int) and node.bit_length() > 1000


@cache
def bundle_schema() -> jsonschema.Draft202012Validator:
    text = (resources.files("ocop") / "schemas" / "rule-bundle.schema.json").read_text("utf-8")
    return jsonschema.Draft202012Validator(
        json.loads(text), format_checker=jsonschema.FormatChecker()
    )


@FUZZ
@given(mutated())
def test_the_schema_and_the_reader_agree(bundle: dict[str, Any]) -> None:
    """A bundle of the current version fits the schema exactly when the converter reads it."""
    # jsonschema cannot describe a 5,000-digit integer, and JSON Schema counts 2.0 as an
    # integer, where the library refuses every float.
    assume(not _huge(bundle) and not _whole_float(bundle))
    try:
        current = upgrade(bundle, "ocop-rule-bundle")
    except FormatError:
        return
    try:
        structure(current, BundleDoc)
    except FormatError:
        read = False
    else:
        read = True
    assert bundle_schema().is_valid(current) == read
