"""Errors of scoring: an evaluation that cannot be scored, inexact or out-of-range points."""

from __future__ import annotations

from collections.abc import Iterable

from ocop.errors.base import OcopError, Problem, shown
from ocop.i18n import Message, Pair, _, _n


class EvaluationError(OcopError, ValueError):
    """An evaluation sheet cannot be scored; ``problems`` lists every fault with its criterion.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> answers = {c.code: 1 for c in sheet.scorable}
    >>> answers["4.1"] = 9
    >>> try:
    ...     ocop.score(ocop.Evaluation("26/2026", 1, answers))
    ... except ocop.EvaluationError as error:
    ...     print(error.message("en"))
    Evaluation 26/2026/QĐ-TTg, product set 1 is invalid (2 problems).
      - 4.1: there is no option 9 (only 1–4)
      - 5.2: scored only when 5.1 is above its lowest option
    """

    def __init__(self, what: str | Message | Pair, problems: Iterable[Problem]) -> None:
        problems = tuple(problems)
        self.what = what
        super().__init__(
            _n(
                "Phiếu đánh giá {what} không hợp lệ ({count} lỗi).",
                "Phiếu đánh giá {what} không hợp lệ ({count} lỗi).",
                len(problems),
                what=what,
                count=len(problems),
            ),
            problems=problems,
        )


class InexactNumberError(OcopError, TypeError):
    """A float was given where points must be exact (int, Fraction or Decimal).

    >>> import ocop
    >>> try:
    ...     ocop.classify(50.5, "26/2026")
    ... except ocop.InexactNumberError as error:
    ...     print(error.message("en"))
    Points must be exact (int, Fraction or Decimal), not 50.5; use Decimal('50.5').
    """

    def __init__(self, value: object) -> None:
        super().__init__(
            _(
                "Điểm phải là số chính xác (int, Fraction hoặc Decimal), không phải "
                "{value}; dùng Decimal('{plain}').",
                value=shown(value),
                plain=value,
            )
        )


class OutOfRangeError(OcopError, ValueError):
    """A total outside the sheet's range (0 … maximum).

    >>> import ocop
    >>> try:
    ...     ocop.classify(101, "26/2026")
    ... except ocop.OutOfRangeError as error:
    ...     print(error.message("en"))
    Total 101 is outside 0–100.
    """

    def __init__(self, value: object, maximum: int) -> None:
        super().__init__(
            _("Tổng điểm {value} nằm ngoài khoảng 0–{maximum}.", value=value, maximum=maximum)
        )


class SearchTooLargeError(OutOfRangeError):
    """An exact search (the range of an incomplete sheet, advice) that would not fit its
    documented budget: a rule set with very large points or very many criteria.

    >>> import ocop
    >>> issubclass(ocop.SearchTooLargeError, ocop.OutOfRangeError)
    True
    """

    def __init__(self, bits: int, steps: int, max_bits: int, max_steps: int) -> None:
        self.bits = bits
        self.steps = steps
        OcopError.__init__(
            self,
            _(
                "Phép tìm chính xác cần {bits} bit và {steps} bước, vượt giới hạn "
                "{max_bits} bit và {max_steps} bước; bộ quy tắc này có điểm quá lớn hoặc "
                "quá nhiều tiêu chí để tìm.",
                bits=bits,
                steps=steps,
                max_bits=max_bits,
                max_steps=max_steps,
            ),
        )
