"""Every refusal of scoring, word for word in both languages: the limit on answers, answers of
the wrong kind or out of range (long values shortened), the evaluator in the label, the cases
of set 26, councils, bare totals, and arguments of the wrong type."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs
import pytest

import ocop
from ocop import Council, Evaluation
from ocop.errors import EvaluationError, OcopError
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
            "4.1: không có phương án 4 điểm (các phương án: 0, 1, 2, 3, 5)",
            "4.1: no option is worth 4 points (options: 0, 1, 2, 3, 5)",
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


S11: dict[object, int | None] = {c.code: 1 for c in ocop.rules.get(RULES).sheet(11).scorable}
S16: dict[object, int | None] = {c.code: 1 for c in ocop.rules.get(RULES).sheet(16).scorable}
COND_VI = (
    "5.2: chỉ được chấm khi 5.1 cao hơn phương án thấp nhất (Chỉ áp dụng khi có câu chuyện sản"
    " phẩm)"
)
COND_EN = "5.2: scored only when 5.1 is above its lowest option"
Z = "Z" * 40
X = "x" * 40


def _evaluation(product_set: int, answers: Mapping[Any, int | None], **kw: object) -> Evaluation:
    return Evaluation(RULES, product_set, answers, **kw)  # type: ignore[arg-type]


PROBLEMS: list[tuple[str, Callable[[], object], list[tuple[str, str]]]] = [
    (
        "a criterion scored through its sub-criteria",
        lambda: ocop.score(_evaluation(11, {**S11, "6.1": 1})),
        [
            (COND_VI, COND_EN),
            (
                "6.1: 6.1 được chấm qua các tiêu chí con 6.1.1, 6.1.2",
                "6.1: 6.1 is scored through its sub-criteria 6.1.1, 6.1.2",
            ),
        ],
    ),
    (
        "a long unknown code",
        lambda: ocop.score(_evaluation(1, {**S1, "Z" * 50: 1})),
        [
            (
                f"{Z}: không có tiêu chí {Z} trên phiếu của bộ sản phẩm 1",
                f"{Z}: criterion {Z} is not on the sheet of product set 1",
            )
        ],
    ),
    (
        "a code that is not text",
        lambda: ocop.score(_evaluation(1, {**S1, 7: 1})),
        [
            (
                "7: không có tiêu chí 7 trên phiếu của bộ sản phẩm 1",
                "7: criterion 7 is not on the sheet of product set 1",
            )
        ],
    ),
    (
        "5.2 without a story",
        lambda: ocop.score(_evaluation(1, {**S1, "5.1": None})),
        [(COND_VI, COND_EN)],
    ),
    (
        "5.2 with the lowest story",
        lambda: ocop.score(_evaluation(1, {**S1, "5.1": 1})),
        [(COND_VI, COND_EN)],
    ),
    (
        "unanswered criteria, in sheet order",
        lambda: ocop.score(_evaluation(1, {k: v for k, v in S1.items() if k not in ("1.1", "10")})),
        [("1.1: chưa trả lời", "1.1: unanswered"), ("10: chưa trả lời", "10: unanswered")],
    ),
    (
        "unknown faults, a long one shortened",
        lambda: ocop.score(_evaluation(1, S1, faults={"x" * 50, "b"})),
        [
            (
                "fault b: phiếu không có lỗi hồ sơ mã 'b' (có: 1, 2, 3, 4)",
                "fault b: the sheet has no dossier fault 'b' (known: 1, 2, 3, 4)",
            ),
            (
                f"fault {X}: phiếu không có lỗi hồ sơ mã '{X}' (có: 1, 2, 3, 4)",
                f"fault {X}: the sheet has no dossier fault '{X}' (known: 1, 2, 3, 4)",
            ),
        ],
    ),
    (
        "impurities not a bool",
        lambda: ocop.score(_evaluation(1, S1, impurities=1)),
        [
            (
                "impurities: 'impurities' phải là True hoặc False",
                "impurities: 'impurities' must be True or False",
            )
        ],
    ),
    (
        "impurities on a sheet without the gate",
        lambda: ocop.score(_evaluation(16, S16, impurities=True)),
        [
            (COND_VI, COND_EN),
            (
                "impurities: phiếu này không có cổng an toàn thực phẩm về tạp chất",
                "impurities: this sheet has no food-safety impurity gate",
            ),
        ],
    ),
    (
        "a wrong answer in a range",
        lambda: ocop.score_range(_evaluation(1, {"4.1": 9})),
        [("4.1: không có phương án số 9 (chỉ có 1–4)", "4.1: there is no option 9 (only 1–4)")],
    ),
]


@pytest.mark.parametrize(("call", "lines"), [p[1:] for p in PROBLEMS], ids=[p[0] for p in PROBLEMS])
def test_every_problem_is_listed_in_order(
    call: Callable[[], object], lines: list[tuple[str, str]]
) -> None:
    with pytest.raises(OcopError) as caught:
        call()
    problems = caught.value.problems
    assert [(p.message("vi"), p.message("en")) for p in problems] == lines


def test_problems_of_several_kinds_come_criteria_first() -> None:
    answers = {k: v for k, v in S1.items() if k != "10"}
    ev = Evaluation(RULES, 1, {**answers, "4.1": 9, "zz": 1}, council="x", evaluator="An")  # type: ignore[arg-type]
    with pytest.raises(OcopError) as caught:
        ocop.score(ev)
    assert [p.where for p in caught.value.problems] == ["4.1", "10", "zz", "council"]
    assert caught.value.message("en").startswith(
        "Evaluation 26/2026/QĐ-TTg, product set 1 ('An') is invalid (4 problems)."
    )


@pytest.mark.parametrize(("field", "value"), [("by", "boxes"), ("council", "district")])
def test_an_unknown_mode_or_council_is_named(field: str, value: str) -> None:
    with pytest.raises(OcopError) as caught:
        ocop.score(_evaluation(1, S1, **{field: value}))
    [problem] = caught.value.problems
    assert problem.where == field
    assert value in problem.message_en


def test_exactly_the_limit_of_answers_is_read() -> None:
    answers = {**S1, **{f"x{i}": 1 for i in range(MAX_ANSWERS - len(S1))}}
    assert len(answers) == MAX_ANSWERS
    with pytest.raises(EvaluationError) as caught:
        ocop.score(Evaluation(RULES, 1, answers))
    wheres = {p.where for p in caught.value.problems}
    assert "answers" not in wheres
    assert len(wheres) == MAX_ANSWERS - len(S1)


def test_a_council_with_a_member_that_is_not_a_sheet_still_checks_the_others() -> None:
    first = Evaluation(RULES, 1, S1)
    other = Evaluation(RULES, 2, S1)
    with pytest.raises(EvaluationError) as caught:
        ocop.score(Council([first, 5, other]))  # type: ignore[list-item]
    assert [p.where for p in caught.value.problems] == ["evaluation 3"]


@pytest.mark.parametrize(
    ("case", "position", "where_from"),
    [(2, 1, 1), (2, 2, 1), (1, 3, 2), (1, 4, 2)],
)
def test_the_first_and_last_box_of_the_other_case(
    case: int, position: int, where_from: int
) -> None:
    with pytest.raises(EvaluationError) as caught:
        ocop.score(Evaluation(RULES, 26, {**S26, "8": position}, case=case))
    messages = [p.message("en") for p in caught.value.problems if p.where == "8"]
    assert messages == [
        f"8: option {position} belongs to case {where_from}, the sheet declares case {case}"
    ]


@pytest.mark.parametrize(
    ("length", "shown"), [(38, "'" + "y" * 38 + "'"), (39, "'" + "y" * 36 + "...")]
)
def test_a_value_is_shown_whole_up_to_40_characters(length: int, shown: str) -> None:
    with pytest.raises(EvaluationError) as caught:
        ocop.score(_evaluation(1, {**S1, "4.1": "y" * length}))  # type: ignore[dict-item]
    [problem] = caught.value.problems
    assert problem.message("en") == f"4.1: answer {shown} must be an integer or None"


def test_unknown_faults_of_any_type_are_listed_in_text_order() -> None:
    with pytest.raises(EvaluationError) as caught:
        ocop.score(_evaluation(1, S1, faults={7, "b", "10"}))
    assert [p.where for p in caught.value.problems] == ["fault 10", "fault 7", "fault b"]
