"""Every refusal of scoring, word for word in both languages: the limit on answers, answers of
the wrong kind or out of range (long values shortened), the evaluator in the label, the cases
of set 26, councils, bare totals, and arguments of the wrong type."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import pytest

import ocop
from ocop import Council, Evaluation
from ocop.errors import OcopError
from ocop.scoring.engine import MAX_ANSWERS, Engine
from ocop.scoring.front import engine_for

RULES = "26/2026"
S1: dict[str, int | None] = {
    c.code: len(c.options) for c in ocop.rules.get(RULES).sheet(1).scorable
}
S26: dict[str, int | None] = {c.code: 1 for c in ocop.rules.get(RULES).sheet(26).scorable}
_T1 = engine_for(RULES).tables(1)
P1: dict[str, int | None] = {
    c: max(int(v) for k, v in _T1.by_points[c].items() if k is not None) for c in _T1.codes
}
HEAD_VI = "Phiếu đánh giá 26/2026/QĐ-TTg, bộ sản phẩm 1 không hợp lệ (1 lỗi).\n  - "
HEAD_EN = "\nEvaluation 26/2026/QĐ-TTg, product set 1 is invalid (1 problem).\n  - "
HEAD26_VI = HEAD_VI.replace("bộ sản phẩm 1", "bộ sản phẩm 26")
HEAD26_EN = HEAD_EN.replace("product set 1", "product set 26")
CASES_VI = (
    "case: phiếu này yêu cầu chọn trường hợp: 1 (Dịch vụ du lịch do cộng đồng cung cấp), 2"
    " (Điểm dịch vụ du lịch hoặc dịch vụ du lịch do tổ chức, cá nhân cung cấp)"
)
CASES_EN = "case: this sheet needs the case to be declared: 1, 2"
LONG = "'" + "y" * 36 + "..."


def _one(vi: str, en: str, head: tuple[str, str] = (HEAD_VI, HEAD_EN)) -> str:
    return head[0] + vi + head[1] + en


ERRORS: list[tuple[str, Callable[[], object], str]] = [
    (
        "too many answers",
        lambda: ocop.score(Evaluation(RULES, 1, {f"x{i}": 1 for i in range(MAX_ANSWERS + 1)})),
        _one(
            "answers: 10001 câu trả lời, vượt giới hạn 10000 của một phiếu",
            "answers: 10001 answers, over the limit of 10000 for one sheet",
        ),
    ),
    (
        "a text answer",
        lambda: ocop.score(Evaluation(RULES, 1, dict(S1, **{"4.1": "3"}))),
        _one(
            "4.1: câu trả lời '3' phải là số nguyên hoặc None",
            "4.1: answer '3' must be an integer or None",
        ),
    ),
    (
        "a long answer",
        lambda: ocop.score(Evaluation(RULES, 1, dict(S1, **{"4.1": "y" * 60}))),
        _one(
            f"4.1: câu trả lời {LONG} phải là số nguyên hoặc None",
            f"4.1: answer {LONG} must be an integer or None",
        ),
    ),
    (
        "no option of those points",
        lambda: ocop.score(Evaluation(RULES, 1, dict(P1, **{"4.1": 4}), by="points")),
        _one(
            "4.1: không có phương án 4 điểm (các phương án: 1, 2, 3, 5)",
            "4.1: no option is worth 4 points (options: 1, 2, 3, 5)",
        ),
    ),
    (
        "position 0",
        lambda: ocop.score(Evaluation(RULES, 1, dict(S1, **{"4.1": 0}))),
        _one("4.1: không có phương án số 0 (chỉ có 1–4)", "4.1: there is no option 0 (only 1–4)"),
    ),
    (
        "the evaluator named",
        lambda: ocop.score(
            Evaluation(RULES, 1, dict(S1, **{"4.1": 5}), evaluator="Bà " + "N" * 50)
        ),
        "Phiếu đánh giá 26/2026/QĐ-TTg, bộ sản phẩm 1 ('Bà NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN...)"
        " không hợp lệ (1 lỗi).\n  - 4.1: không có phương án số 5 (chỉ có 1–4)\nEvaluation"
        " 26/2026/QĐ-TTg, product set 1 ('Bà NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN...) is invalid"
        " (1 problem).\n  - 4.1: there is no option 5 (only 1–4)",
    ),
    (
        "an unknown fault",
        lambda: ocop.score(Evaluation(RULES, 1, P1, by="points", faults={"99"})),
        _one(
            "fault 99: phiếu không có lỗi hồ sơ mã '99' (có: 1, 2, 3, 4)",
            "fault 99: the sheet has no dossier fault '99' (known: 1, 2, 3, 4)",
        ),
    ),
    (
        "no case on set 26",
        lambda: ocop.score(Evaluation(RULES, 26, S26)),
        _one(CASES_VI, CASES_EN, (HEAD26_VI, HEAD26_EN)),
    ),
    (
        "an unknown case on set 26",
        lambda: ocop.score(Evaluation(RULES, 26, S26, case=7)),
        _one(CASES_VI, CASES_EN, (HEAD26_VI, HEAD26_EN)),
    ),
    (
        "no case, for a range",
        lambda: ocop.score_range(Evaluation(RULES, 26, {})),
        _one(CASES_VI, CASES_EN, (HEAD26_VI, HEAD26_EN)),
    ),
    (
        "a case on a sheet without cases",
        lambda: ocop.score(Evaluation(RULES, 1, S1, case=1)),
        _one(
            "case: phiếu này không có trường hợp để chọn",
            "case: this sheet has no cases to choose from",
        ),
    ),
    (
        "an option of the other case",
        lambda: ocop.score(Evaluation(RULES, 26, dict(S26, **{"8": 3}), case=1)),
        _one(
            "8: phương án 3 thuộc trường hợp 2, phiếu đã chọn trường hợp 1",
            "8: option 3 belongs to case 2, the sheet declares case 1",
            (HEAD26_VI, HEAD26_EN),
        ),
    ),
    (
        "another rule set",
        lambda: ocop.score(
            Evaluation(RULES, 1, P1, by="points"), rules=ocop.rules.get("148/QĐ-TTg")
        ),
        "Phiếu đánh giá 26/2026, bộ sản phẩm 1 không hợp lệ (1 lỗi).\n  - rule_set: phiếu thuộc"
        " bộ quy tắc '26/2026', không chấm được theo 148/QĐ-TTg\nEvaluation 26/2026, product"
        " set 1 is invalid (1 problem).\n  - rule_set: the sheet belongs to rule set '26/2026'"
        " and cannot be scored under 148/QĐ-TTg",
    ),
    (
        "an empty council",
        lambda: ocop.score(Council([])),
        "Phiếu đánh giá hội đồng không hợp lệ (1 lỗi).\n  - evaluations: hội đồng không có"
        " phiếu nào\nEvaluation council is invalid (1 problem).\n  - evaluations: the council"
        " has no evaluations",
    ),
    (
        "a council's range",
        lambda: ocop.score_range(Council([Evaluation(RULES, 1, S1)])),  # type: ignore[arg-type]
        "khoảng điểm chỉ tính cho phiếu của một người chấm\na range is computed for one"
        " evaluator's sheet only",
    ),
    (
        "an engine of no rule set",
        lambda: Engine(5),  # type: ignore[arg-type]
        "Engine cần một RuleSet, không phải int\nEngine needs a RuleSet, not int",
    ),
    (
        "advice on no score",
        lambda: ocop.advice(5),  # type: ignore[arg-type]
        "cần một Score, không phải int\nexpected a Score, not int",
    ),
    (
        "advice from the wrong engine",
        lambda: Engine(attrs.evolve(ocop.rules.get(RULES)), check=False).advice(
            ocop.score(Evaluation(RULES, 1, S1))
        ),
        "điểm này được chấm theo 26/2026/QĐ-TTg, không phải 26/2026/QĐ-TTg\nthis score was"
        " made under 26/2026/QĐ-TTg, not 26/2026/QĐ-TTg",
    ),
    (
        "a total over the maximum",
        lambda: ocop.classify(101, RULES),
        "Tổng điểm 101 nằm ngoài khoảng 0–100.\nTotal 101 is outside 0–100.",
    ),
    (
        "a total below 0",
        lambda: ocop.classify(-1, RULES),
        "Tổng điểm -1 nằm ngoài khoảng 0–100.\nTotal -1 is outside 0–100.",
    ),
    (
        "an inexact total",
        lambda: ocop.classify(float("nan"), RULES),  # type: ignore[arg-type]
        "Điểm phải là số chính xác (int, Fraction hoặc Decimal), không phải nan; dùng"
        " Decimal('nan').\nPoints must be exact (int, Fraction or Decimal), not nan; use"
        " Decimal('nan').",
    ),
]


@pytest.mark.parametrize(("call", "text"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_scoring_refuses_with_these_words(call: Callable[[], object], text: str) -> None:
    with pytest.raises(OcopError) as caught:
        call()
    assert str(caught.value) == text
