"""Advice and points as they are written out: the exact text of advice in both languages (a
small gap, the target reached, a disqualified dossier, a mark held at 0 by the impurity gate,
a long way to go), singular and plural points, and how fractions of points are printed."""

from __future__ import annotations

from fractions import Fraction

import pytest

import ocop
from ocop import Evaluation
from ocop.scoring.points import Points, fmt

RULES = "26/2026"
SHEET = ocop.rules.get(RULES).sheet(1)
BEST: dict[str, int | None] = {c.code: len(c.options) for c in SHEET.scorable}


def _advice_text(locale: str | None, target: int | None = None, **evaluation: object) -> str:
    changes = evaluation.pop("answers", {})
    assert isinstance(changes, dict)
    score = ocop.score(Evaluation(RULES, 1, {**BEST, **changes}, **evaluation))  # type: ignore[arg-type]
    advice = ocop.advice(score, target)
    return advice.explain() if locale is None else advice.explain(locale)


SMALL_GAP = {"4.1": 2, "6.3": 1, "1.4": 1}


@pytest.mark.parametrize(
    ("locale", "target", "evaluation", "text"),
    [
        (
            "vi",
            None,
            {"answers": SMALL_GAP},
            "Để đạt 4 sao: thiếu 0 điểm, 1 dấu sao chưa đạt.\n"
            "- 4.1 Khu vực phân phối chính: từ phương án 2 (2 điểm) lên phương án 3 (3 điểm): "
            "Thị trường ngoài địa bàn cấp xã, có ≥ 5 đại diện/đại lý phân phối\n"
            "1 tiêu chí, thêm 1 điểm.",
        ),
        (
            "en",
            None,
            {"answers": SMALL_GAP},
            "To reach 4 stars: 0 points short, 1 star mark missed.\n"
            "- 4.1 Main distribution area: from option 2 (2 points) to option 3 (3 points): "
            "Market beyond the commune, 5 or more distributors or agents\n"
            "1 criterion, 1 point added.",
        ),
        ("vi", None, {}, "Sản phẩm đã đạt 5 sao."),
        ("en", None, {}, "The product already reaches 5 stars."),
        (
            "vi",
            None,
            {"faults": {"1"}},
            "Không thể đạt 5 sao: hồ sơ bị loại, phải khắc phục lỗi hồ sơ trước.",
        ),
        (
            "en",
            None,
            {"faults": {"1"}},
            "5 stars cannot be reached: the dossier is disqualified; its faults must be fixed"
            " first.",
        ),
        (
            "vi",
            5,
            {"impurities": True},
            "Không thể đạt 5 sao: có dấu sao không thể đạt trên phiếu này (tiêu chí bị tính 0"
            " do tạp chất).",
        ),
        (
            "en",
            5,
            {"impurities": True},
            "5 stars cannot be reached: a star mark cannot be met on this sheet (a criterion is"
            " held at 0 by the impurity gate).",
        ),
    ],
)
def test_advice_text_is_exact(
    locale: str, target: int | None, evaluation: dict[str, object], text: str
) -> None:
    assert _advice_text(locale, target, **dict(evaluation)) == text
    if locale == "vi":  # Vietnamese is the default
        assert _advice_text(None, target, **dict(evaluation)) == text


def test_advice_from_nothing_lists_each_upgrade_and_counts_in_the_plural() -> None:
    nothing: dict[str, int | None] = dict.fromkeys(BEST)
    for locale, first, one, last in [
        (
            "vi",
            "Để đạt 3 sao: thiếu 50 điểm, 7 dấu sao chưa đạt.",
            "- 6.2 Màu sắc, độ chín: từ chưa chọn ô nào (0 điểm) lên phương án 5 (4 điểm): "
            "Rất phù hợp",
            "12 tiêu chí, thêm 50 điểm.",
        ),
        (
            "en",
            "To reach 3 stars: 50 points short, 7 star marks missed.",
            "- 6.2 Colour and ripeness: from nothing ticked (0 points) to option 5 (4 points): "
            "Very suitable",
            "12 criteria, 50 points added.",
        ),
    ]:
        lines = _advice_text(locale, 3, answers=nothing).split("\n")
        assert (lines[0], lines[-1], len(lines)) == (first, last, 14)
        assert one in lines
        assert [line.split(" ")[1] for line in lines[1:-1]] == [
            "1.1", "2.2", "2.3", "3.5", "4.1", "4.3", "5.1", "5.3", "6.2", "8", "9", "10",
        ]  # fmt: skip


@pytest.mark.parametrize(
    ("value", "vi", "en"),
    [
        (5, "5", "5"),
        (0, "0", "0"),
        (Fraction(6, 2), "3", "3"),
        (Fraction(10, 3), "3,33", "3.33"),
        (Fraction(5, 2), "2,5", "2.5"),
        (Fraction(1, 200), "0", "0"),
        (Fraction(-1, 3), "-0,33", "-0.33"),
        (Fraction(-7, 2), "-3,5", "-3.5"),
        (Fraction(201, 2), "100,5", "100.5"),
        (Fraction(1001, 10), "100,1", "100.1"),
    ],
)
def test_points_are_printed_with_two_decimals_at_most(value: Points, vi: str, en: str) -> None:
    assert (fmt(value), fmt(value, "vi"), fmt(value, "en")) == (vi, vi, en)
