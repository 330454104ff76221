"""The checks of a sheet's data, word for word: every problem a broken sheet of one's own rule
set shows when it is loaded, with where it is and its message in both languages. Each sheet is
the example rule set exported (``custom.export``), edited, and loaded again (``custom.load``):
points out of range (a negative option is named by its label, a huge number is shortened),
criteria with both options and sub-criteria or neither, missing labels, sub-criteria that do
not sum or are not under their parent, repeated codes, cases without options, marks on options
of equal points, parts that are not the rule set's or not in its order, dossier faults, old
fault ids, stop rules and the food-safety gate naming what does not exist. A sheet built in
Python is checked too: a condition of an unknown kind, and a sheet checked without parts."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from ocop.errors import Problem, RuleDataError
from ocop.model import Condition, Criterion, FoodSafetyGate, Option, Part, Section, Sheet
from ocop.rules import checks, custom

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "self-assessment.json"
WHERE = "mine.json: sheets[0]: "
_BUNDLE: dict[str, Any] = custom.export(custom.load_file(EXAMPLE))

Row = tuple[str, str, str]


def bundle() -> dict[str, Any]:
    """A fresh copy of the example rule set, exported, without the sheet's printed total (so
    that a part's points can change without it)."""
    b = copy.deepcopy(_BUNDLE)
    del b["sheets"][0]["total"]
    return b


def part(b: dict[str, Any], k: int) -> dict[str, Any]:
    found: dict[str, Any] = b["sheets"][0]["parts"][k]
    return found


def criterion(b: dict[str, Any], k: int, j: int) -> dict[str, Any]:
    """Criterion ``j`` of the first section of part ``k``."""
    found: dict[str, Any] = part(b, k)["sections"][0]["criteria"][j]
    return found


def option(label: str, points: int, **more: int) -> dict[str, Any]:
    return {"label_vi": label, "points": points, **more}


def refused(b: dict[str, Any]) -> list[Problem]:
    with pytest.raises(RuleDataError) as caught:
        custom.load(b, source="mine.json")
    return list(caught.value.problems)


def rows(problems: list[Problem]) -> list[Row]:
    return [(p.where, p.message_vi, p.message_en) for p in problems]


def found(b: dict[str, Any]) -> list[Row]:
    return rows(refused(b))


# -- points out of range ---------------------------------------------------------------------


def out_of_range() -> list[Problem]:
    b = bundle()
    criterion(b, 0, 0)["options"][0]["points"] = -500
    criterion(b, 0, 1)["options"][0]["points"] = 10**100
    criterion(b, 1, 0)["options"][0]["points"] = 10**12
    part(b, 2)["sections"][0]["options"][0]["points"] = -(10**12)
    part(b, 3)["sections"][0]["options"][2]["points"] = 1_000_000
    return refused(b)


def test_points_out_of_range_name_a_negative_option_and_shorten_a_huge_number() -> None:
    assert rows(out_of_range()) == [
        (
            WHERE + "1.1 option 1",
            "điểm âm -500 cho phương án 'Không có'",
            "negative points -500 for option 'Không có'",
        ),
        (
            WHERE + "1.2 option 1",
            "điểm ~10^100 nằm ngoài 0–1000000",
            "points ~10^100 outside 0–1000000",
        ),
        (
            WHERE + "2.1 option 1",
            "điểm 1000000000000 nằm ngoài 0–1000000",
            "points 1000000000000 outside 0–1000000",
        ),
        (
            WHERE + "3 option 1",
            "điểm âm -1000000000000 cho phương án 'Chưa kiểm nghiệm'",
            "negative points -1000000000000 for option 'Chưa kiểm nghiệm'",
        ),
        (
            WHERE + "4",
            "điểm tối đa 10 khác điểm của phương án cao nhất 1000000",
            "maximum 10 differs from the best option's 1000000 points",
        ),
    ]


def test_a_problem_carries_its_figures_as_numbers_below_a_million_millions() -> None:
    """Below 10^12 a figure is the number itself; from there on, the text the message shows."""
    params = [{k: v for k, v in p.text.params.items() if k != "case"} for p in out_of_range()]
    assert params == [
        {"points": -500, "label": "Không có"},
        {"points": "~10^100", "limit": 1_000_000},
        {"points": "1000000000000", "limit": 1_000_000},
        {"points": "-1000000000000", "label": "Chưa kiểm nghiệm"},
        {"maximum": 10, "best": 1_000_000},
    ]


def test_maxima_out_of_range_stop_the_sums_they_would_spoil() -> None:
    b = bundle()
    criterion(b, 0, 0)["points"] = -1
    part(b, 1)["sections"][0]["points"] = -1
    part(b, 2)["points"] = -1
    assert found(b) == [
        (WHERE + "1.1", "điểm -1 nằm ngoài 0–1000000", "points -1 outside 0–1000000"),
        (
            WHERE + "1",
            "điểm mục 10 khác tổng các tiêu chí 5",
            "section maximum 10 differs from the sum of its criteria 5",
        ),
        (WHERE + "2", "điểm -1 nằm ngoài 0–1000000", "points -1 outside 0–1000000"),
        (
            WHERE + "part B",
            "điểm phần 10 khác tổng các mục -1",
            "part maximum 10 differs from the sum of its sections -1",
        ),
        (WHERE + "part C", "điểm -1 nằm ngoài 0–1000000", "points -1 outside 0–1000000"),
        (
            WHERE + "part C",
            "phần C có -1 điểm, bộ quy tắc quy định 10",
            "part C is worth -1, the rule set declares 10",
        ),
    ]


# -- criteria --------------------------------------------------------------------------------


def test_criteria_with_both_options_and_sub_criteria_or_neither_or_without_labels() -> None:
    b = bundle()
    criterion(b, 0, 0)["subcriteria"] = [
        {"code": "1.1.1", "label_vi": "Sổ", "label_en": "Book", "points": 4, "options": []}
    ]
    del criterion(b, 0, 1)["options"]
    criterion(b, 1, 0)["label_vi"] = " "
    criterion(b, 1, 0)["label_en"] = ""
    assert found(b) == [
        (WHERE + "1.1.1", "không có phương án nào", "has no options"),
        (
            WHERE + "1.1",
            "vừa có phương án vừa có tiêu chí con",
            "has both options and sub-criteria",
        ),
        (WHERE + "1.2", "không có phương án nào", "has no options"),
        (WHERE + "2.1", "thiếu nhãn tiếng Việt", "missing Vietnamese label"),
        (WHERE + "2.1", "thiếu nhãn tiếng Anh", "missing English label"),
    ]


def sub(code: str, points: int) -> dict[str, Any]:
    return {
        "code": code,
        "label_vi": f"Mục {code}",
        "label_en": f"Item {code}",
        "points": points,
        "options": [option("Có", points)],
    }


def test_sub_criteria_that_do_not_sum_are_not_under_their_parent_or_repeat_a_code() -> None:
    b = bundle()
    del criterion(b, 0, 0)["options"]
    criterion(b, 0, 0)["subcriteria"] = [sub("1.1.1", 0), sub("9.9", 2), sub("1.1.1", 1)]
    del criterion(b, 0, 1)["options"]
    criterion(b, 0, 1)["subcriteria"] = [sub("1.2.1", 1_000_000)]
    assert found(b) == [
        (WHERE + "9.9", "mã '9.9' không thuộc '1.1'", "code '9.9' is not under '1.1'"),
        (
            WHERE + "1.1",
            "điểm tối đa 4 khác tổng các tiêu chí con 3",
            "maximum 4 differs from the sum of its sub-criteria 3",
        ),
        (
            WHERE + "1.2",
            "điểm tối đa 6 khác tổng các tiêu chí con 1000000",
            "maximum 6 differs from the sum of its sub-criteria 1000000",
        ),
        (WHERE + "1.1.1", "mã '1.1.1' bị trùng", "code '1.1.1' is repeated"),
    ]


def test_a_lone_criterion_of_a_section_under_another_code() -> None:
    b = bundle()
    section = part(b, 0)["sections"][0]
    section["criteria"] = section["criteria"][:1]
    section["criteria"][0]["code"] = "7.1"
    assert found(b) == [
        (WHERE + "7.1", "mã '7.1' không thuộc '1'", "code '7.1' is not under '1'"),
        (
            WHERE + "1",
            "điểm mục 10 khác tổng các tiêu chí 4",
            "section maximum 10 differs from the sum of its criteria 4",
        ),
    ]


def test_cases_without_options_and_best_options_short_of_the_maximum() -> None:
    b = bundle()
    criterion(b, 0, 0)["cases"] = {"1": "Một", "2": "Hai", "3": "Ba"}
    criterion(b, 0, 0)["options"] = [
        option("a", 0, case=2),
        option("b", 3, case=2),
        option("c", 4, case=3),
        option("d", 1),
    ]
    criterion(b, 0, 1)["options"][2]["points"] = 5
    assert found(b) == [
        (WHERE + "1.1", "không có phương án (trường hợp 1)", "has no options (case 1)"),
        (
            WHERE + "1.1",
            "điểm tối đa 4 khác điểm của phương án cao nhất 3 (trường hợp 2)",
            "maximum 4 differs from the best option's 3 points (case 2)",
        ),
        (
            WHERE + "1.1",
            "tiêu chí có trường hợp nhưng có phương án không thuộc trường hợp nào",
            "a criterion with cases has an option outside every case",
        ),
        (
            WHERE + "1.2",
            "điểm tối đa 6 khác điểm của phương án cao nhất 5",
            "maximum 6 differs from the best option's 5 points",
        ),
    ]


def test_two_marks_on_options_of_equal_points_are_in_order() -> None:
    b = bundle()
    criterion(b, 0, 0)["options"][1]["points"] = 4
    marks = custom.load(b).sheet(1).criterion("1.1").marks()
    assert {int(star): o.points for star, o in marks.items()} == {2: 4, 3: 4}
    criterion(b, 0, 0)["options"][2]["points"] = 3
    criterion(b, 0, 0)["points"] = 4
    assert found(b) == [
        (
            WHERE + "1.1",
            "dấu 3 sao nằm trên phương án thấp hơn dấu 2 sao",
            "the 3★ mark sits on a lower option than the 2★ mark",
        ),
    ]


# -- parts -----------------------------------------------------------------------------------


def test_a_part_the_rule_set_does_not_declare() -> None:
    b = bundle()
    b["sheets"][0]["parts"].append({"code": "E", "points": 0, "sections": []})
    assert found(b) == [
        (
            WHERE + "part E",
            "phần 'E' không có trong bộ quy tắc",
            "part 'E' is not declared by the rule set",
        ),
        (
            WHERE + "parts",
            "các phần ['A', 'B', 'C', 'D', 'E'] khác ['A', 'B', 'C', 'D']",
            "parts ['A', 'B', 'C', 'D', 'E'] differ from ['A', 'B', 'C', 'D']",
        ),
    ]


def test_parts_out_of_order_are_shown_in_eighty_characters() -> None:
    b = bundle()
    for spec in b["ruleset"]["parts"]:
        spec["code"] *= 30
    for p in b["sheets"][0]["parts"]:
        p["code"] *= 30
    b["sheets"][0]["parts"].reverse()
    d, c, b_, a = ("D" * 30, "C" * 30, "B" * 30, "A" * 30)
    ours = f"['{d}', '{c}', '{b_[:9]}…"
    theirs = f"['{a}', '{b_}', '{c[:9]}…"
    assert len(ours) == len(theirs) == 80
    assert found(b) == [
        (WHERE + "parts", f"các phần {ours} khác {theirs}", f"parts {ours} differ from {theirs}")
    ]


# -- faults, old fault ids, stop rules, the food-safety gate ---------------------------------


def test_faults_old_ids_stop_rules_and_the_gate_name_what_exists() -> None:
    b = bundle()
    sheet = b["sheets"][0]
    sheet["disqualification"] = {
        "faults": [
            {"label_vi": "Thiếu giấy", "id": "f1"},
            {"label_vi": "Sai giấy", "id": "f1", "criterion": "9.9"},
        ],
        "aliases": [
            {"id": "old", "successor": "f1"},
            {"id": "f1", "successor": "f1"},
            {"id": "old2", "successor": "nope"},
        ],
    }
    sheet["stop_rules"] = [
        {"printed": "Dừng", "where": "1", "criteria": ["1.1", "2", "9.9", "8"], "trigger": "0"}
    ]
    sheet["food_safety_gate"] = {"criterion": "9.1", "section": "9"}
    missing = "tiêu chí '{0}' không tồn tại", "criterion '{0}' does not exist"
    assert found(b) == [
        (WHERE + "fault f1", "mã lỗi 'f1' bị trùng", "fault id 'f1' is repeated"),
        (WHERE + "fault f1", missing[0].format("9.9"), missing[1].format("9.9")),
        (
            WHERE + "fault f1",
            "mã lỗi cũ 'f1' phải trỏ tới một lỗi hồ sơ của phiếu, không phải 'f1'",
            "old fault id 'f1' must point to a fault of the sheet, not 'f1'",
        ),
        (
            WHERE + "fault old2",
            "mã lỗi cũ 'old2' phải trỏ tới một lỗi hồ sơ của phiếu, không phải 'nope'",
            "old fault id 'old2' must point to a fault of the sheet, not 'nope'",
        ),
        (WHERE + "stop_rules", missing[0].format("9.9"), missing[1].format("9.9")),
        (WHERE + "stop_rules", missing[0].format("8"), missing[1].format("8")),
        (WHERE + "food_safety_gate", missing[0].format("9.1"), missing[1].format("9.1")),
        (WHERE + "food_safety_gate", "mục '9' không tồn tại", "section '9' does not exist"),
    ]


# -- a sheet built in Python -----------------------------------------------------------------


def test_a_condition_of_an_unknown_kind_and_a_sheet_checked_without_parts() -> None:
    odd = "kind " * 20
    first = Criterion(
        "1.1",
        "Sổ",
        "Book",
        2,
        options=(Option("Không", 0), Option("Có", 2)),
        condition=Condition(odd, "1.2", ""),
    )
    second = Criterion("2.1", "Kênh", "Channel", 3, options=(Option("Chợ", 1),))
    sheet = Sheet(
        rule_set="mine",
        product_set=1,
        title_vi="Phiếu",
        parts=(
            Part("A", "Phần A", "Part A", 2, (Section("1", "Bộ máy", "Management", 2, (first,)),)),
            Part("B", "Phần B", "Part B", 3, (Section("2", "Bán", "Sales", 3, (second,)),)),
        ),
    )
    shown = repr(odd)[:59] + "…"
    assert rows(checks.check_sheet(sheet)) == [
        ("1.1", f"điều kiện không hợp lệ: {shown}", f"invalid condition: {shown}"),
        (
            "2.1",
            "điểm tối đa 3 khác điểm của phương án cao nhất 1",
            "maximum 3 differs from the best option's 1 points",
        ),
    ]


def test_a_condition_must_look_at_a_criterion_answered_directly() -> None:
    # 1.1 is a group scored through its sub-criteria: it is never answered itself, so a
    # condition on it could not be tested the same way by scoring and by its range.
    group = Criterion(
        "1.1",
        "Sổ",
        "Books",
        4,
        subcriteria=(
            Criterion(
                "1.1.1", "Sổ thu", "Income", 2, options=(Option("Không", 0), Option("Có", 2))
            ),
            Criterion("1.1.2", "Sổ chi", "Costs", 2, options=(Option("Không", 0), Option("Có", 2))),
        ),
    )
    on = {
        dep: Criterion(
            "1.2",
            "Kế hoạch",
            "Plan",
            2,
            options=(Option("Không", 0), Option("Có", 2)),
            condition=Condition("above_lowest", dep, ""),
        )
        for dep in ("1.1", "1.1.1")
    }

    def sheet(dep: str, gate: str = "1.1.1") -> Sheet:
        section = Section("1", "Bộ máy", "Management", 6, (group, on[dep]))
        return Sheet(
            rule_set="mine",
            product_set=1,
            title_vi="Phiếu",
            parts=(Part("A", "Phần A", "Part A", 6, (section,)),),
            food_safety_gate=FoodSafetyGate(gate, "1", ""),
        )

    assert rows(checks.check_sheet(sheet("1.1.1"))) == []
    assert rows(checks.check_sheet(sheet("1.1"))) == [
        (
            "1.2",
            "điều kiện dựa vào '1.1', không phải tiêu chí được chấm trực tiếp",
            "the condition depends on '1.1', which is not a criterion answered directly",
        )
    ]
    # The same for the food-safety gate, whose criterion's own options say "clean".
    assert rows(checks.check_sheet(sheet("1.1.1", gate="1.1"))) == [
        (
            "food_safety_gate",
            "'1.1' không phải tiêu chí được chấm trực tiếp",
            "'1.1' is not a criterion answered directly",
        )
    ]
