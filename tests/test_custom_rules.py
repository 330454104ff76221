"""Rule sets of one's own: same format, same checks, same engine."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import attrs
import pytest

import ocop
from ocop.errors import EvaluationError, RuleDataError, RuleSetConflictError
from ocop.model import StarClass
from ocop.rules import custom
from ocop.scoring.samples import random_evaluation

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "self-assessment.json"


def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def problems(bundle: dict[str, Any]) -> list[str]:
    with pytest.raises(RuleDataError) as info:
        custom.load(bundle, source="mine.json")
    return [p.message("en") for p in info.value.problems]


def test_the_official_rule_set_round_trips_with_identical_scores() -> None:
    official = ocop.rules.get("26/2026")
    bundle = json.loads(json.dumps(custom.export(official), ensure_ascii=False))
    mine = custom.load(bundle, id="26/2026 copy")
    assert [s.maximum for s in mine.sheets()] == [100] * 26
    assert custom.export(mine)["sheets"] == bundle["sheets"]
    rng = random.Random(8)
    sheets = official.sheets()
    evaluations = [random_evaluation(sheets[k % 26], rng) for k in range(2600)]
    theirs = ocop.score_many(evaluations)
    ours = ocop.score_many([attrs.evolve(e, rule_set=mine.id) for e in evaluations], rules=mine)
    assert [(s.total, s.band, s.star) for s in ours] == [(s.total, s.band, s.star) for s in theirs]
    assert [dict(s.points) for s in ours] == [dict(s.points) for s in theirs]
    with pytest.raises(EvaluationError) as info:
        ocop.score(evaluations[0], rules=mine)  # an evaluation of 26/2026 under its copy
    assert [p.where for p in info.value.problems] == ["rule_set"]


def test_four_parts_and_three_classes_score_explain_and_advise() -> None:
    rs = custom.load_file(EXAMPLE)
    assert [p.code for p in rs.parts] == ["A", "B", "C", "D"]
    assert [int(b.star) for b in rs.bands] == [1, 2, 3]
    assert rs.maximum == 40
    assert rs.recognised_from == StarClass.TWO
    ev = ocop.Evaluation(rs.id, 1, {"1.1": 2, "1.2": 3, "2.1": 2, "2.2": 1, "3": 2, "4": 2})
    s = ocop.score(ev, rules=rs)
    assert (s.total, s.band, s.star, s.recognised) == (25, StarClass.TWO, StarClass.TWO, True)
    assert "A 8/10, B 7/10, C 5/10, D 5/10" in s.explain("vi")
    a = ocop.advice(s)
    assert a.target == StarClass.THREE
    assert [(u.criterion.code, u.to_position) for u in a.upgrades] == [("1.1", 3), ("3", 3)]
    top = dict(ev.answers, **{"1.1": 3, "3": 3})
    assert ocop.score(ocop.Evaluation(rs.id, 1, top), rules=rs).star == StarClass.THREE
    missed = dict(ev.answers, **{"1.1": 1})
    assert ocop.score(ocop.Evaluation(rs.id, 1, missed), rules=rs).star == StarClass.ONE
    assert ocop.classify(35, rs) == StarClass.THREE


def test_registering_and_the_command_line(tmp_path: Path) -> None:
    rs = ocop.rules.register(custom.load_file(EXAMPLE), replace=True)
    try:
        assert ocop.rules.get("vi-du-tu-danh-gia") is rs
        s = ocop.score(
            ocop.Evaluation(
                "vi-du/tu-danh-gia-htx", 1, {"1.1": 3, "1.2": 3, "2.1": 3, "2.2": 1, "3": 3, "4": 3}
            )
        )
        assert s.total == 40
        assert ocop.rules.in_force(rs.effective).official
        with pytest.raises(RuleSetConflictError):
            ocop.rules.register(custom.load_file(EXAMPLE))
    finally:
        ocop.rules.unregister(rs.id)
    with pytest.raises(RuleSetConflictError) as info:
        ocop.rules.register(custom.load(custom.export(ocop.rules.get("26/2026"))))
    assert "cannot be overwritten" in info.value.message("en")
    with pytest.raises(RuleSetConflictError):
        ocop.rules.unregister("26/2026")


def test_a_folder_like_the_package_data(tmp_path: Path) -> None:
    bundle = custom.export(ocop.rules.get("26/2026"))
    (tmp_path / "sheets").mkdir()
    meta = dict(
        bundle["ruleset"], id="folder copy", aliases=[], classification="classification.json"
    )
    (tmp_path / "ruleset.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    (tmp_path / "classification.json").write_text(
        json.dumps(bundle["classification"], ensure_ascii=False), "utf-8"
    )
    for sheet in bundle["sheets"]:
        path = tmp_path / "sheets" / f"set-{sheet['product_set']:02d}.json"
        path.write_text(json.dumps(sheet, ensure_ascii=False), "utf-8")
    rs = custom.load_file(tmp_path)
    assert rs.id == "folder copy"
    assert rs.sheet(22).section("6").maximum == 24
    assert rs.classification is not None
    assert len(rs.classification.product_sets()) == 26


# Every load-time check, with a broken file and the exact error.


def test_criterion_maximum_differs_from_its_best_option() -> None:
    b = example()
    b["sheets"][0]["parts"][0]["sections"][0]["criteria"][0]["options"][2]["points"] = 3
    assert problems(b) == [
        "mine.json: sheets[0]: 1.1: maximum 4 differs from the best option's 3 points"
    ]


def test_section_does_not_sum() -> None:
    b = example()
    b["sheets"][0]["parts"][1]["sections"][0]["points"] = 9
    assert problems(b) == [
        "mine.json: sheets[0]: 2: section maximum 9 differs from the sum of its criteria 10",
        "mine.json: sheets[0]: part B: part maximum 10 differs from the sum of its sections 9",
    ]


def test_part_does_not_match_the_declared_maximum() -> None:
    b = example()
    b["ruleset"]["parts"][3]["points"] = 12
    b["ruleset"]["bands"]["maximum"] = 42
    assert problems(b) == [
        "mine.json: sheets[0]: part D: part D is worth 10, the rule set declares 12"
    ]


def test_mark_on_a_class_that_does_not_exist() -> None:
    b = example()
    b["sheets"][0]["parts"][2]["sections"][0]["options"][2]["mark"] = 4
    assert problems(b) == [
        "mine.json: sheets[0]: 3 option 3: star mark 4 is not one of 2, 3 "
        "(option 'Kiểm nghiệm định kỳ')"
    ]


def test_bands_that_do_not_partition_the_range() -> None:
    b = example()
    b["ruleset"]["bands"]["lower_bounds"] = {"1": 0, "2": 30, "3": 20}
    assert problems(b) == ["mine.json: ruleset: bands: the lower bound of class 3 does not rise"]
    b["ruleset"]["bands"]["lower_bounds"] = {"1": 5, "2": 15, "3": 30}
    assert problems(b) == ["mine.json: ruleset: bands: the lowest band must start at 0 points"]
    b["ruleset"]["bands"]["lower_bounds"] = {"1": 0, "3": 30}
    assert problems(b) == [
        "mine.json: ruleset: bands: star classes must be 1, 2, … in a row (at most 9)"
    ]


def test_bands_maximum_differs_from_the_parts() -> None:
    b = example()
    b["ruleset"]["bands"]["maximum"] = 100
    assert problems(b) == [
        "mine.json: ruleset: bands: maximum 100 differs from the sum of the parts 40"
    ]


def test_sheets_numbered_out_of_order_and_miscounted() -> None:
    b = example()
    b["sheets"][0]["product_set"] = 2
    b["ruleset"]["sheets"]["count"] = 2
    assert problems(b) == [
        "mine.json: sheets[0]: product sets must be numbered 1, 2, …: expected 1",
        "mine.json: ruleset.sheets.count: declares 2 sheets but 1 are given",
    ]


def test_unknown_keys_and_a_wrong_format() -> None:
    b = example()
    b["sheets"][0]["parts"][3]["sections"][0]["weight"] = 1
    assert problems(b) == ["mine.json: sheets[0]: 4: unknown field 'weight'"]
    assert problems({"format": "something"}) == [
        "mine.json: format: expected format 'ocop-rule-bundle/1'"
    ]


def test_recognised_from_a_class_that_is_not_declared() -> None:
    b = example()
    b["ruleset"]["recognised_from"] = 4
    assert problems(b) == [
        "mine.json: ruleset: recognised_from: recognised_from 4 is not a declared class"
    ]


def test_every_problem_is_reported_at_once() -> None:
    b = copy.deepcopy(example())
    b["sheets"][0]["parts"][0]["sections"][0]["criteria"][0]["options"][2]["points"] = 3
    b["sheets"][0]["parts"][3]["sections"][0]["options"][1]["mark"] = 7
    assert len(problems(b)) == 2
