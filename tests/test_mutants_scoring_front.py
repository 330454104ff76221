"""The front door's checks and caches, and the tables an engine builds from a sheet.

``ocop.score`` and friends: the exact words of what they refuse (not a rule set, not a sequence
of sheets, a rule set named by something other than text), a rule set given as ``rules=``
checked before use, one shared engine per rule set (the same one while it is among the last
kept, a new one once dropped, one for two threads asking at once), and a rule set registered
again under the same id scored by its new rules. The tables: options and marks of each case of
a sheet with cases (and a criterion with no option in a case), a condition on a criterion whose
lowest option scores, a mark on an option worth nothing, NOT_MET by points, the food-safety
gate (zeroed criteria, the "clean" option contradicting impurities), a group criterion answered
instead of its sub-criteria, advice that keeps, raises or cannot raise each criterion (and the
steps it counts when the search is too large), and a total below every band of an unchecked
rule set.
"""

from __future__ import annotations

import copy
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import ocop
from ocop import Evaluation
from ocop.errors import (
    EvaluationError,
    RuleDataError,
    SearchTooLargeError,
    UnknownRuleSetError,
    UsageError,
)
from ocop.model import (
    RuleSet,
    StarClass,
)
from ocop.rules import custom
from ocop.scoring import front
from scoring_helpers import large_rule_set

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "self-assessment.json"
KNOWN = "1048/QĐ-TTg, 148/QĐ-TTg, 26/2026/QĐ-TTg"


def _errors(exc: pytest.ExceptionInfo[Exception]) -> str:
    return str(exc.value)


def _official() -> ocop.Engine:
    """A fresh engine of 26/2026, so that its tables are built by the test that uses them."""
    return ocop.Engine(ocop.rules.get("26/2026"), check=False)


def _best(product_set: int) -> dict[str, int | None]:
    return {c.code: len(c.options) for c in ocop.rules.get("26/2026").sheet(product_set).scorable}


# -- the front door --------------------------------------------------------------------------


def test_a_rule_set_must_be_a_rule_set_or_its_id() -> None:
    with pytest.raises(UsageError) as caught:
        ocop.classify(5, 3)  # type: ignore[arg-type]
    assert _errors(caught) == (
        "cần một bộ quy tắc hoặc mã của nó, không phải int\nexpected a rule set or its id, not int"
    )


def test_score_many_refuses_a_string_and_what_is_not_a_sequence() -> None:
    with pytest.raises(UsageError) as caught:
        ocop.score_many("26/2026")  # type: ignore[arg-type]
    assert _errors(caught) == (
        "cần một dãy phiếu để chấm, không phải '26/2026'\n"
        "a sequence of evaluations to score is needed, not '26/2026'"
    )
    with pytest.raises(UsageError) as caught:
        ocop.score_many(5)  # type: ignore[arg-type]
    assert _errors(caught) == (
        "cần một dãy phiếu để chấm, không phải 5\n"
        "a sequence of evaluations to score is needed, not 5"
    )


def test_a_rule_set_named_by_something_other_than_text_is_unknown() -> None:
    with pytest.raises(UnknownRuleSetError) as caught:
        ocop.score_range(Evaluation(7, 1, {}))  # type: ignore[arg-type]
    assert _errors(caught) == (
        f"Không có bộ quy tắc '7'. Các bộ đã biết: {KNOWN}.\nUnknown rule set '7'. Known: {KNOWN}."
    )
    for _ in range(2):  # a list cannot be looked up, the second time either
        with pytest.raises(UnknownRuleSetError) as caught:
            ocop.score(Evaluation(["26/2026"], 1, {}))  # type: ignore[arg-type]
        assert _errors(caught) == (
            f"Không có bộ quy tắc '['26/2026']'. Các bộ đã biết: {KNOWN}.\n"
            f"Unknown rule set '['26/2026']'. Known: {KNOWN}."
        )


def test_a_rule_set_given_as_rules_is_checked_first() -> None:
    bad = attrs.evolve(custom.load_file(EXAMPLE), recognised_from=StarClass.FIVE)
    with pytest.raises(RuleDataError) as caught:
        ocop.score(Evaluation(bad.id, 1, {}), rules=bad)
    assert _errors(caught) == (
        "Dữ liệu quy tắc vi-du/tu-danh-gia-htx không hợp lệ (1 lỗi).\n"
        "  - recognised_from: hạng công nhận 5 không phải một hạng đã khai báo\n"
        "Rule data vi-du/tu-danh-gia-htx is invalid (1 problem).\n"
        "  - recognised_from: recognised_from 5 is not a declared class"
    )


def _copies(base: RuleSet, n: int) -> list[RuleSet]:
    """Equal copies of ``base``: each a rule set of its own for the cache."""
    return [attrs.evolve(base) for _ in range(n)]


def test_each_rule_set_keeps_its_engine_until_enough_others_come_after_it() -> None:
    base = custom.load_file(EXAMPLE)
    kept = front._KEPT
    # Fill the cache so that it holds only rule sets of this test, oldest first.
    for rs in _copies(base, kept):
        front.engine_for(rs)
    first, other = _copies(base, 2)
    engine = front.engine_for(first)
    assert front.engine_for(other) is not engine
    assert front.engine_for(first) is engine
    assert front.engine_for(other) is front.engine_for(other)
    later = _copies(base, kept - 2)
    engines = [front.engine_for(rs) for rs in later]
    assert front.engine_for(first) is engine  # the oldest of as many as are kept
    assert [front.engine_for(rs) for rs in later] == engines
    newest = attrs.evolve(base)
    assert front.engine_for(newest) is front.engine_for(newest)
    # Registered rule sets, by their id, share the cache.
    assert front.engine_for("26/2026") is front.engine_for("26/2026/QĐ-TTg")


def test_the_oldest_engine_is_dropped_for_a_new_one() -> None:
    base = custom.load_file(EXAMPLE)
    kept = front._KEPT
    first = attrs.evolve(base)
    engine = front.engine_for(first)
    for rs in _copies(base, kept):
        front.engine_for(rs)
    again = front.engine_for(first)
    assert again is not engine
    assert again.rule_set is first


def test_two_threads_asking_at_once_share_one_engine() -> None:
    rs = attrs.evolve(custom.load_file(EXAMPLE))
    found: list[ocop.Engine] = []
    failed: list[BaseException] = []

    def ask() -> None:
        try:
            found.append(front.engine_for(rs))
        except BaseException as exc:  # pragma: no cover - what the test looks for
            failed.append(exc)

    threads = [threading.Thread(target=ask) for _ in range(2)]
    with front._lock:  # both find no engine, then wait for the lock
        for t in threads:
            t.start()
        time.sleep(0.2)
    for t in threads:
        t.join()
    assert failed == []
    assert len(found) == 2
    assert found[0] is found[1]
    assert front.engine_for(rs) is found[0]


def test_an_engine_used_again_is_dropped_first_when_it_was_built_first() -> None:
    base = custom.load_file(EXAMPLE)
    first = attrs.evolve(base)
    engine = front.engine_for(first)
    for rs in _copies(base, front._KEPT - 1):
        front.engine_for(rs)
    assert front.engine_for(first) is engine  # kept, and used again
    front.engine_for(attrs.evolve(base))  # one engine too many: the first built goes
    assert front.engine_for(first) is not engine


def test_score_many_keeps_the_rules_a_run_of_sheets_began_with() -> None:
    base = custom.load_file(EXAMPLE)
    answers: dict[str, int | None] = {"1.1": 3, "1.2": 3, "2.1": 3, "2.2": 1, "3": 3, "4": 3}
    spelling = base.id
    before = ocop.rules.register(base, replace=True)
    after: list[RuleSet] = []

    def sheets() -> Iterator[Evaluation]:
        yield Evaluation(spelling, 1, answers)
        after.append(ocop.rules.register(attrs.evolve(base), replace=True))
        yield Evaluation(spelling, 1, answers)

    try:
        scores = ocop.score_many(sheets())
        assert after[0] is not before
        assert [s.rule_set is before for s in scores] == [True, True]
        assert ocop.score_many([Evaluation(spelling, 1, answers)])[0].rule_set is after[0]
    finally:
        ocop.rules.unregister(base.id)


def test_a_rule_set_registered_again_under_its_id_is_scored_by_its_new_rules() -> None:
    base = custom.load_file(EXAMPLE)
    answers: dict[str, int | None] = {"1.1": 3, "1.2": 3, "2.1": 3, "2.2": 1, "3": 3, "4": 3}
    ev = Evaluation(base.id, 1, answers)
    rs = ocop.rules.register(base, replace=True)
    try:
        assert ocop.score(ev).rule_set is rs
        assert ocop.score(ev).rule_set is rs
        again = ocop.rules.register(attrs.evolve(base), replace=True)
        assert again is not rs
        assert ocop.score(ev).rule_set is again
    finally:
        ocop.rules.unregister(base.id)


# -- tables of a sheet with cases --------------------------------------------------------------


def _bundle() -> dict[str, Any]:
    """The example rule set, changed: cases 1 and 2; 1.2 has its own options and 3★ mark in
    each case; 4 has options only in case 1; 2.2 is scored only when 2.1 (lowest option worth
    1 point) is above its lowest; 3 has a 2★ mark on its option worth nothing and two options
    worth 10 points."""
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["ruleset"]["id"] = "thu/truong-hop"
    data["ruleset"]["aliases"] = []
    sheet = data["sheets"][0]
    sheet["rule_set"] = "thu/truong-hop"
    sheet["cases"] = [
        {"number": 1, "label_vi": "Tự làm", "label_en": "Own work"},
        {"number": 2, "label_vi": "Thuê ngoài", "label_en": "Outsourced"},
    ]
    a, b, c, d = sheet["parts"]
    c12 = a["sections"][0]["criteria"][1]
    c12["cases"] = {"1": "Tự làm", "2": "Thuê ngoài"}
    c12["options"] = [
        {"label_vi": "Ít", "label_en": "Few", "points": 2, "case": 1},
        {"label_vi": "Vừa", "label_en": "Some", "points": 4, "case": 1},
        {"label_vi": "Nhiều", "label_en": "Many", "points": 6, "case": 1, "mark": 3},
        {"label_vi": "Không", "label_en": "None", "points": 0, "case": 2},
        {"label_vi": "Có", "label_en": "Some", "points": 4, "case": 2, "mark": 3},
        {"label_vi": "Đủ", "label_en": "All", "points": 6, "case": 2},
    ]
    c22 = b["sections"][0]["criteria"][1]
    c22["condition"] = {"kind": "above_lowest", "criterion": "2.1", "printed": "khi bán xa"}
    s3 = c["sections"][0]
    s3["options"][0]["mark"] = 2
    s3["options"].append(
        {"label_vi": "Thuê kiểm nghiệm định kỳ", "label_en": "Hired", "points": 10}
    )
    s4 = d["sections"][0]
    s4["cases"] = {"1": "Tự làm"}
    for option in s4["options"]:
        option["case"] = 1
    return data


def _cases() -> RuleSet:
    return custom.load(_bundle())


def test_each_case_scores_its_own_options_and_marks() -> None:
    rs = _cases()
    engine = ocop.Engine(rs)
    # Case 1: 1.2 at 4 points misses its 3★ mark (6 points in case 1; 4 in case 2).
    one = engine.score(
        Evaluation(rs.id, 1, {"1.1": 3, "1.2": 2, "2.1": 3, "2.2": 1, "3": 3, "4": 3}, case=1)
    )
    assert (one.total, one.band, one.star) == (38, StarClass.THREE, StarClass.TWO)
    advice = engine.advice(one)
    assert advice.target is StarClass.THREE
    assert [(m.level, m.criterion.code, m.required.points) for m in advice.marks_missed] == [
        (StarClass.THREE, "1.2", 6)
    ]
    assert [(u.criterion.code, u.from_position, u.to_position) for u in advice.upgrades] == [
        ("1.2", 2, 3)
    ]
    # Case 2: 4 has no option, so it can only be left unmet.
    two = engine.score(
        Evaluation(rs.id, 1, {"1.1": 3, "1.2": 5, "2.1": 3, "2.2": 1, "3": 3, "4": None}, case=2)
    )
    assert (two.total, two.band, two.star) == (28, StarClass.TWO, StarClass.TWO)
    assert dict(two.points.items()) == {"1.1": 4, "1.2": 4, "2.1": 6, "2.2": 4, "3": 10, "4": 0}
    r = engine.score_range(Evaluation(rs.id, 1, {"1.2": 4}, case=2))
    assert (r.lowest, r.highest) == (0, 24)


def test_a_condition_on_a_criterion_whose_lowest_option_scores() -> None:
    rs = _cases()
    engine = ocop.Engine(rs)
    answers: dict[str, int | None] = {"1.1": 3, "1.2": 3, "2.1": 1, "2.2": 1, "3": 3, "4": 3}
    with pytest.raises(EvaluationError) as caught:
        engine.score(Evaluation(rs.id, 1, answers, case=1))
    assert _errors(caught) == (
        "Phiếu đánh giá thu/truong-hop, bộ sản phẩm 1 không hợp lệ (1 lỗi).\n"
        "  - 2.2: chỉ được chấm khi 2.1 cao hơn phương án thấp nhất (khi bán xa)\n"
        "Evaluation thu/truong-hop, product set 1 is invalid (1 problem).\n"
        "  - 2.2: scored only when 2.1 is above its lowest option"
    )
    r = engine.score_range(Evaluation(rs.id, 1, {"2.1": 1}, case=1))
    assert (r.lowest, r.highest) == (1, 31)


def test_a_mark_on_an_option_worth_nothing_needs_nothing() -> None:
    rs = _cases()
    engine = ocop.Engine(rs)
    low = engine.score(
        Evaluation(rs.id, 1, {"1.1": 2, "1.2": 1, "2.1": 2, "2.2": 1, "3": None, "4": 1}, case=1)
    )
    assert (low.total, low.band, low.star) == (11, StarClass.ONE, StarClass.ONE)
    advice = engine.advice(low)
    assert (advice.target, advice.reachable, advice.points_short) == (StarClass.TWO, True, 4)
    assert [(u.criterion.code, u.from_position, u.to_position) for u in advice.upgrades] == [
        ("1.2", 1, 3)
    ]


def test_advice_raises_to_the_first_option_of_the_points_it_needs() -> None:
    rs = _cases()
    engine = ocop.Engine(rs)
    s = engine.score(
        Evaluation(
            rs.id, 1, {"1.1": 3, "1.2": 6, "2.1": 3, "2.2": None, "3": None, "4": None}, case=2
        )
    )
    assert (s.total, s.band, s.star) == (16, StarClass.TWO, StarClass.TWO)
    advice = engine.advice(s)
    assert (advice.target, advice.reachable, advice.points_short) == (StarClass.THREE, True, 14)
    assert [(u.criterion.code, u.from_position, u.to_position) for u in advice.upgrades] == [
        ("2.2", None, 1),
        ("3", None, 3),
    ]


# -- tables of the official sheets -------------------------------------------------------------


def test_not_met_by_points_scores_nothing() -> None:
    engine = _official()
    sheet = engine.rule_set.sheet(1)
    points: dict[str, int | None] = {c.code: c.maximum for c in sheet.scorable}
    s = engine.score(Evaluation("26/2026", 1, dict(points, **{"4.1": None}), by="points"))
    assert (s.total, s.band, s.star) == (95, StarClass.FIVE, StarClass.TWO)
    s = engine.score(Evaluation("26/2026", 1, dict(points, **{"4.1": 0}), by="points"))
    assert (s.total, s.band, s.star) == (95, StarClass.FIVE, StarClass.TWO)


def test_a_case_accepts_only_its_own_options() -> None:
    engine = _official()
    answers = dict(_best(26), **{"8": 2, "9": 2, "15": 2})
    assert engine.score(Evaluation("26/2026", 26, answers, case=1)).total == 100
    with pytest.raises(EvaluationError) as caught:
        engine.score(Evaluation("26/2026", 26, dict(answers, **{"8": 4}), case=1))
    assert _errors(caught) == (
        "Phiếu đánh giá 26/2026/QĐ-TTg, bộ sản phẩm 26 không hợp lệ (1 lỗi).\n"
        "  - 8: phương án 4 thuộc trường hợp 2, phiếu đã chọn trường hợp 1\n"
        "Evaluation 26/2026/QĐ-TTg, product set 26 is invalid (1 problem).\n"
        "  - 8: option 4 belongs to case 2, the sheet declares case 1"
    )


CLEAN = (
    "Phiếu đánh giá 26/2026/QĐ-TTg, bộ sản phẩm 2 không hợp lệ (1 lỗi).\n"
    '  - 6.1: mẫu được khai là có tạp chất nguy hại, nhưng 6.1 chọn phương án "Sạch, không phát '
    'hiện tạp chất"\n'
    "Evaluation 26/2026/QĐ-TTg, product set 2 is invalid (1 problem).\n"
    '  - 6.1: the sample is declared to have harmful impurities, but 6.1 is answered "Clean, no '
    'impurities found"'
)


def test_impurities_zero_the_rest_of_the_sensory_section() -> None:
    engine = _official()
    s = engine.score(Evaluation("26/2026", 2, dict(_best(2), **{"6.1": 1}), impurities=True))
    assert (s.total, s.band, s.star) == (86, StarClass.FOUR, StarClass.THREE)
    assert s.gated == ("6.2", "6.3", "6.4")
    assert [s.points[c] for c in ("6.1", "6.2", "6.3", "6.4")] == [1, 0, 0, 0]


def test_impurities_contradict_the_clean_option_by_position_and_by_points() -> None:
    engine = _official()
    with pytest.raises(EvaluationError) as caught:
        engine.score(Evaluation("26/2026", 2, _best(2), impurities=True))
    assert _errors(caught) == CLEAN
    points: dict[str, int | None] = {c.code: c.maximum for c in engine.rule_set.sheet(2).scorable}
    with pytest.raises(EvaluationError) as caught:
        engine.score(Evaluation("26/2026", 2, points, impurities=True, by="points"))
    assert _errors(caught) == CLEAN
    s = engine.score(Evaluation("26/2026", 2, dict(_best(2), **{"6.1": 2}), impurities=True))
    assert s.total == 87


def test_a_group_is_answered_through_its_sub_criteria() -> None:
    engine = _official()
    with pytest.raises(EvaluationError) as caught:
        engine.score(Evaluation("26/2026", 11, dict(_best(11), **{"6.1": 1})))
    assert _errors(caught) == (
        "Phiếu đánh giá 26/2026/QĐ-TTg, bộ sản phẩm 11 không hợp lệ (1 lỗi).\n"
        "  - 6.1: 6.1 được chấm qua các tiêu chí con 6.1.1, 6.1.2\n"
        "Evaluation 26/2026/QĐ-TTg, product set 11 is invalid (1 problem).\n"
        "  - 6.1: 6.1 is scored through its sub-criteria 6.1.1, 6.1.2"
    )


def _upgrades(advice: ocop.Advice) -> list[tuple[str, int | None, int]]:
    return [(u.criterion.code, u.from_position, u.to_position) for u in advice.upgrades]


def test_advice_keeps_or_raises_each_criterion_on_a_sheet_with_cases() -> None:
    engine = _official()
    changes: dict[str, int | None] = {
        "1.1": None, "1.3": 1, "2.1": None, "3.1": 1, "3.3": 1, "4.1": None, "4.2": 2,
        "4.4": 2, "5.1": 2, "5.2": 1, "5.3": None, "6": 2, "10": None, "12": 2, "13": 2,
        "14": 2, "8": 4, "9": 4, "15": 4,
    }  # fmt: skip
    s = engine.score(Evaluation("26/2026", 26, dict(_best(26), **changes), case=2))
    assert (s.total, s.band, s.star) == (62, StarClass.THREE, StarClass.THREE)
    four = engine.advice(s, 4)
    assert (four.reachable, four.points_short) == (True, 8)
    assert _upgrades(four) == [("1.1", None, 2), ("2.1", None, 3)]
    five = engine.advice(s, 5)
    assert (five.reachable, five.points_short) == (True, 28)
    assert _upgrades(five) == [
        ("1.1", None, 2), ("1.3", 1, 4), ("2.1", None, 3), ("3.1", 1, 3), ("3.3", 1, 3),
        ("4.1", None, 3), ("4.4", 2, 4), ("5.1", 2, 3), ("10", None, 3),
    ]  # fmt: skip


def test_advice_to_five_stars_with_marks_and_points_missing() -> None:
    engine = _official()
    changes: dict[str, int | None] = {
        "1.5": 2, "2.1": None, "3.1": 2, "3.4": None, "3.5": 2, "4.1": 1, "4.3": 1,
        "5.2": None, "6.1": 1, "6.2": None, "8": 1, "10": 1, "11": None, "12": 2,
    }  # fmt: skip
    s = engine.score(Evaluation("26/2026", 1, dict(_best(1), **changes)))
    assert (s.total, s.band, s.star) == (62, StarClass.THREE, StarClass.TWO)
    assert _upgrades(engine.advice(s, 3)) == [("4.1", 1, 2)]
    five = engine.advice(s, 5)
    assert (five.reachable, five.points_short) == (True, 28)
    assert _upgrades(five) == [
        ("1.5", 2, 4), ("2.1", None, 3), ("3.4", None, 2), ("4.1", 1, 4), ("4.3", 1, 5),
        ("6.1", 1, 3), ("6.2", None, 4), ("8", 1, 4), ("10", 1, 2),
    ]  # fmt: skip


def test_advice_counts_no_step_for_a_criterion_that_cannot_rise() -> None:
    engine = ocop.Engine(large_rule_set(40, 25_000, rs_id="lon"))
    # 10 criteria at their best, 10 at half, 20 at nothing.
    answers: dict[str, int | None] = {
        f"1.{k}": 3 if k <= 10 else 2 if k <= 20 else 1 for k in range(1, 41)
    }
    s = engine.score(Evaluation("lon", 1, answers))
    assert (s.total, s.star) == (375_000, StarClass.ONE)
    with pytest.raises(SearchTooLargeError) as caught:
        engine.advice(s, 3)
    assert _errors(caught) == (
        "Phép tìm chính xác cần 19375031 bit và 30 bước, vượt giới hạn 16777216 bit và 1048576 "
        "bước; bộ quy tắc này có điểm quá lớn hoặc quá nhiều tiêu chí để tìm.\n"
        "The exact search needs 19375031 bits and 30 steps, over the limits of 16777216 bits and "
        "1048576 steps; this rule set has points too large or too many criteria to search."
    )
    # 10 at half, which meets the 2★ mark: kept or raised to all, never "raised" to half.
    half: dict[str, int | None] = {f"1.{k}": 2 if k <= 10 else 1 for k in range(1, 41)}
    s = engine.score(Evaluation("lon", 1, half))
    with pytest.raises(SearchTooLargeError) as caught:
        engine.advice(s, 2)
    assert _errors(caught).startswith(
        "Phép tìm chính xác cần 27125031 bit và 80 bước, vượt giới hạn 16777216 bit và 1048576 "
        "bước;"
    )


def test_a_total_below_every_band_of_an_unchecked_rule_set_is_in_the_lowest_class() -> None:
    rs = large_rule_set(3, 10, rs_id="lon")
    low, *rest = rs.bands
    unchecked = attrs.evolve(rs, bands=(attrs.evolve(low, lower=5), *rest))
    engine = ocop.Engine(unchecked, check=False)
    s = engine.score(Evaluation("lon", 1, {"1.1": 1, "1.2": 1, "1.3": 2}))
    assert (s.total, s.band) == (5, StarClass.ONE)
    s = engine.score(Evaluation("lon", 1, {"1.1": 1, "1.2": 1, "1.3": 1}))
    assert (s.total, s.band, s.star) == (0, StarClass.ONE, StarClass.ONE)
