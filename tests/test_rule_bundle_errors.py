"""Bundles and files that are not well-formed: one ``RuleDataError`` with the file and the
``$.path`` of every problem, never another exception (each case here once crashed the loader)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import ocop
from ocop.errors import RuleDataError, UsageError
from ocop.rules import custom

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "self-assessment.json"


def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def problems(bundle: Any) -> list[str]:
    with pytest.raises(RuleDataError) as info:
        custom.load(bundle, source="b.json")
    return [p.message("en") for p in info.value.problems]


def damaged(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    b = example()
    change(b)
    return b


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(b: dict[str, Any]) -> None:
        node: Any = b
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value

    return change


OPTION = ["sheets", 0, "parts", 0, "sections", 0, "criteria", 0, "options", 1]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_set(["ruleset"], [1]), ["b.json: $.ruleset: expected a JSON object, not [1]"]),
        (_set(["sheets"], 5), ["b.json: $.sheets: expected a list, not 5"]),
        (
            _set(["ruleset", "bands", "maximum"], math.nan),
            ["b.json: $.ruleset.bands.maximum: expected an integer, not nan"],
        ),
        (
            _set(["ruleset", "bands", "maximum"], "40"),
            ["b.json: $.ruleset.bands.maximum: expected an integer, not '40'"],
        ),
        (
            _set(["ruleset", "authorities"], [1]),
            ["b.json: $.ruleset.authorities[0]: expected a JSON object, not 1"],
        ),
        (
            _set(["ruleset", "transition"], {"x": 1}),
            [
                "b.json: $.ruleset.transition.printed: required field missing",
                "b.json: $.ruleset.transition.previous_rules_days_first_or_upgrade: "
                "required field missing",
                "b.json: $.ruleset.transition.previous_rules_days_reevaluation: "
                "required field missing",
                "b.json: $.ruleset.transition.late_reevaluation_grace_days: required field missing",
                "b.json: $.ruleset.transition.x: unknown field",
            ],
        ),
        (
            _set([*OPTION, "case"], [1]),
            [
                "b.json: $.sheets[0].parts[0].sections[0].criteria[0].options[1].case (1.1): "
                "expected an integer, not [1]"
            ],
        ),
        (
            _set([*OPTION, "points"], 10**5000),
            ["b.json: sheets[0]: 1.1 option 2: points ~10^5000 outside 0–1000000"],
        ),
        (
            _set(["ruleset", "parts"], {"A": 10, "B": 10, "C": 10, "D": 10.5}),
            ["b.json: $.ruleset.parts[3].points: expected an integer, not 10.5"],
        ),
        (
            _set(["ruleset", "format"], "ocop-ruleset/7"),
            [
                "b.json: $.ruleset.format: version ocop-ruleset/7 is not supported yet; this "
                "release of the library reads up to ocop-ruleset/2"
            ],
        ),
    ],
)
def test_a_bundle_that_is_not_well_formed(
    change: Callable[[dict[str, Any]], None], expected: list[str]
) -> None:
    assert problems(damaged(change)) == expected


@pytest.mark.parametrize("value", [5, "bundle", [1, 2], None, {"format": 5}])
def test_a_document_that_is_not_a_bundle(value: Any) -> None:
    assert problems(value)[0].startswith("b.json: $")


def test_deep_nesting_is_refused() -> None:
    deep: Any = []
    for _ in range(100_000):
        deep = [deep]
    b = example()
    b["sheets"][0]["doubts"] = deep
    assert problems(b) == ["b.json: $: data nested too deeply (at most 40 levels)"]


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(EXAMPLE.read_text(encoding="utf-8").encode("utf-16"))
    with pytest.raises(RuleDataError) as info:
        custom.load_file(path)
    assert [p.message("en") for p in info.value.problems] == [f"{path}: the file is not UTF-8 text"]


def test_a_broken_or_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(RuleDataError) as info:
        custom.load_file(path)
    assert info.value.problems[0].message("en").startswith(f"{path}: broken JSON: ")
    with pytest.raises(RuleDataError) as info:
        custom.load_file(tmp_path / "nothing.json")
    assert [p.message("en") for p in info.value.problems] == [
        f"{tmp_path / 'nothing.json'}: no such file"
    ]


def test_a_folder_without_ruleset_json(tmp_path: Path) -> None:
    (tmp_path / "sheets").mkdir()
    with pytest.raises(RuleDataError) as info:
        custom.load_file(tmp_path)
    assert [p.message("en") for p in info.value.problems] == [
        f"{tmp_path / 'ruleset.json'}: no such file"
    ]


def test_a_folder_whose_sheet_is_broken(tmp_path: Path) -> None:
    bundle = example()
    (tmp_path / "sheets").mkdir()
    (tmp_path / "ruleset.json").write_text(json.dumps(bundle["ruleset"]), "utf-8")
    sheet = bundle["sheets"][0]
    sheet["parts"][0]["points"] = "10"
    (tmp_path / "sheets" / "set-01.json").write_text(json.dumps(sheet), "utf-8")
    with pytest.raises(RuleDataError) as info:
        custom.load_file(tmp_path)
    assert [p.message("en") for p in info.value.problems] == [
        f"{tmp_path / 'sheets' / 'set-01.json'}: $.parts[0].points (A): "
        "expected an integer, not '10'"
    ]


def test_a_renaming_id_must_be_text() -> None:
    with pytest.raises(UsageError):
        custom.load(example(), id=5)  # type: ignore[arg-type]


def test_a_well_formed_bundle_still_loads() -> None:
    rs = custom.load(example())
    assert ocop.rules.check(rs) == []


def test_a_file_with_a_5000_digit_number(tmp_path: Path) -> None:
    path = tmp_path / "long.json"
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        '"points": 4,', '"points": ' + "9" * 5000 + ",", 1
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleDataError) as info:
        custom.load_file(path)
    assert [p.message("en") for p in info.value.problems] == [
        f"{path}: number too long (5000 digits)"
    ]


def test_a_superscript_digit_is_not_a_class() -> None:
    b = example()
    b["ruleset"]["bands"]["lower_bounds"] = {"1": 0, "2": 15, "³": 30}
    assert problems(b) == [
        "b.json: ruleset: bands: star classes must be 1, 2, … in a row (at most 9)",
    ]
    b = example()
    b["ruleset"]["format"] = "ocop-ruleset/²"
    assert problems(b)[0].startswith("b.json: $.ruleset.format: format 'ocop-ruleset/²'")


def test_a_rule_set_with_too_many_sheets(tmp_path: Path) -> None:
    data = json.loads(
        (Path(ocop.__file__).parent / "rules" / "data" / "qd-148-2023" / "ruleset.json").read_text(
            encoding="utf-8"
        )
    )
    data["sheets"] = {"available": True, "count": 10**6}
    with pytest.raises(RuleDataError) as info:
        ocop.rules.loader.build_rule_set(data, "r.json", sheet_loader=lambda n: None)  # type: ignore[arg-type,return-value]
    assert [p.message("en") for p in info.value.problems] == [
        "r.json: sheets.count: sheet count 1000000 outside 0–10000"
    ]
