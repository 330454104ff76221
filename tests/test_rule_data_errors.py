"""Broken rule data is rejected at load time with the file and the criterion named."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import pytest

from ocop.errors import RuleDataError
from ocop.rules.loader import build_rule_set, build_sheet

PARTS = {"A": 40, "B": 25, "C": 35}


def official(n: int) -> dict[str, Any]:
    path = resources.files("ocop.rules") / "data" / "qd-26-2026" / "sheets" / f"set-{n:02d}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def criterion(data: dict[str, Any], code: str) -> dict[str, Any]:
    for part in data["parts"]:
        for sec in part["sections"]:
            if sec["code"] == code:
                return sec  # type: ignore[no-any-return]
            for crit in sec.get("criteria", []):
                if crit["code"] == code:
                    return crit  # type: ignore[no-any-return]
                for sub in crit.get("subcriteria", []):
                    if sub["code"] == code:
                        return sub  # type: ignore[no-any-return]
    raise KeyError(code)


def problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(RuleDataError) as info:
        build_sheet(data, "set-01.json", PARTS)
    return [p.message("en") for p in info.value.problems]


def test_the_official_data_loads() -> None:
    build_sheet(official(1), "set-01.json", PARTS)


def test_option_points_that_break_the_maximum() -> None:
    data = official(1)
    criterion(data, "4.1")["options"][-1]["points"] = 4
    assert problems(data) == ["set-01.json: 4.1: maximum 5 differs from the best option's 4 points"]


def test_section_whose_sum_is_wrong() -> None:
    data = official(1)
    criterion(data, "4")["points"] = 14
    assert problems(data) == [
        "set-01.json: 4: section maximum 14 differs from the sum of its criteria 13",
        "set-01.json: part B: part maximum 25 differs from the sum of its sections 26",
    ]


def test_part_that_differs_from_the_rule_set() -> None:
    data = official(1)
    with pytest.raises(RuleDataError) as info:
        build_sheet(data, "set-01.json", {"A": 35, "B": 25, "C": 40})
    messages = [p.message("en") for p in info.value.problems]
    assert "set-01.json: part A: part A is worth 40, the rule set declares 35" in messages
    assert "set-01.json: part C: part C is worth 35, the rule set declares 40" in messages


def test_invalid_star_mark() -> None:
    data = official(1)
    criterion(data, "4.1")["options"][0]["mark"] = 6
    assert problems(data) == [
        "set-01.json: 4.1 option 1: star mark 6 is not one of 3, 4, 5 "
        "(option 'Thị trường trong địa bàn cấp xã')"
    ]


def test_marks_out_of_order() -> None:
    data = official(1)
    opts = criterion(data, "4.1")["options"]
    opts[1]["mark"], opts[3]["mark"] = 5, 3
    assert problems(data) == [
        "set-01.json: 4.1: the 4★ mark sits on a lower option than the 3★ mark",
        "set-01.json: 4.1: the 5★ mark sits on a lower option than the 4★ mark",
    ]


def test_mark_repeated() -> None:
    data = official(1)
    opts = criterion(data, "4.1")["options"]
    opts[0]["mark"] = 3
    assert problems(data) == ["set-01.json: 4.1: the 3★ mark appears twice"]


def test_option_in_a_missing_case() -> None:
    data = official(26)
    criterion(data, "8")["options"][0]["case"] = 3
    with pytest.raises(RuleDataError) as info:
        build_sheet(data, "set-26.json", PARTS)
    assert any("undeclared case 3" in p.message("en") for p in info.value.problems)


def test_unknown_key_and_missing_label() -> None:
    data = official(1)
    crit = criterion(data, "1.1")
    crit["weight"] = 2
    del crit["label_en"]
    assert problems(data) == [
        "set-01.json: $.parts[0].sections[0].criteria[0].label_en (1.1): required field missing",
        "set-01.json: $.parts[0].sections[0].criteria[0].weight (1.1): unknown field",
    ]


def test_condition_on_a_missing_criterion() -> None:
    data = official(1)
    criterion(data, "5.2")["condition"]["criterion"] = "5.9"
    assert problems(data) == ["set-01.json: 5.2: condition refers to missing criterion '5.9'"]


def test_every_problem_is_reported_at_once() -> None:
    data = official(1)
    criterion(data, "4.1")["options"][-1]["points"] = 4
    criterion(data, "6.2")["options"][0]["points"] = -1
    found = problems(data)
    assert len(found) >= 2
    assert any(p.startswith("set-01.json: 4.1") for p in found)
    assert any(p.startswith("set-01.json: 6.2 option 1") for p in found)


def test_error_message_in_both_languages() -> None:
    data = official(1)
    criterion(data, "4")["points"] = 14
    with pytest.raises(RuleDataError) as info:
        build_sheet(data, "set-01.json", PARTS)
    text = str(info.value)
    assert "Dữ liệu quy tắc set-01.json không hợp lệ" in text
    assert "Rule data set-01.json is invalid" in text
    assert "set-01.json: 4: điểm mục 14 khác tổng các tiêu chí 13" in text


def ruleset() -> dict[str, Any]:
    path = resources.files("ocop.rules") / "data" / "qd-148-2023" / "ruleset.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_bands_that_do_not_partition() -> None:
    data = ruleset()
    data["bands"]["lower_bounds"]["4"] = 40
    with pytest.raises(RuleDataError) as info:
        build_rule_set(data, "ruleset.json")
    assert any("does not rise" in p.message("en") for p in info.value.problems)


def test_bands_not_starting_at_zero() -> None:
    data = ruleset()
    data["bands"]["lower_bounds"]["1"] = 10
    with pytest.raises(RuleDataError) as info:
        build_rule_set(data, "ruleset.json")
    assert [p.message("en") for p in info.value.problems] == [
        "ruleset.json: bands: the lowest band must start at 0 points"
    ]


def test_overlapping_authority_periods() -> None:
    data = ruleset()
    data["authorities"][0]["to"] = "2025-12-31"
    with pytest.raises(RuleDataError) as info:
        build_rule_set(data, "ruleset.json")
    assert any("overlap" in p.message("en") for p in info.value.problems)


def test_bad_date() -> None:
    data = copy.deepcopy(ruleset())
    data["effective"] = "2023-02-30"
    with pytest.raises(RuleDataError) as info:
        build_rule_set(data, "ruleset.json")
    assert [p.message("en") for p in info.value.problems] == [
        "ruleset.json: $.effective: invalid date '2023-02-30' (use 2026-05-22)"
    ]
