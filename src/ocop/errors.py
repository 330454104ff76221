"""The errors of ``ocop``: one base class, one subclass per kind of fault.

Every error carries its message in Vietnamese and in English and says *where* the fault is (a
file, a criterion code, a row). ``str(error)`` gives Vietnamese first, then English::

    >>> from ocop.errors import UnknownRuleSetError
    >>> err = UnknownRuleSetError("27/2027")
    >>> print(err.message("en"))
    Unknown rule set '27/2027'. Known: 1048/QĐ-TTg, 148/QĐ-TTg, 26/2026/QĐ-TTg.
    >>> isinstance(err, LookupError)
    True

Errors that collect several faults at once (a rule data file, an evaluation sheet) list them in
``problems``; nothing partial is returned alongside them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

Locale = Literal["vi", "en"]

KNOWN_RULE_SETS = ("1048/QĐ-TTg", "148/QĐ-TTg", "26/2026/QĐ-TTg")


class Problem:
    """One fault found in some input: where it is and what is wrong, in both languages.

    ``where`` is as precise as the input allows: ``"set-04.json: 7"`` for a criterion of a rule
    data file, ``"4.1"`` for a criterion of an evaluation sheet, ``"row 12, column Hạng sao"``.
    """

    __slots__ = ("message_en", "message_vi", "where")

    def __init__(self, where: str, message_vi: str, message_en: str) -> None:
        self.where = where
        self.message_vi = message_vi
        self.message_en = message_en

    def message(self, locale: Locale = "vi") -> str:
        text = self.message_vi if locale == "vi" else self.message_en
        return f"{self.where}: {text}" if self.where else text

    def __repr__(self) -> str:
        return f"Problem({self.where!r}, {self.message_en!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.where, self.message_vi, self.message_en) == (
            other.where, other.message_vi, other.message_en)

    def __hash__(self) -> int:
        return hash((self.where, self.message_vi, self.message_en))


class OcopError(Exception):
    """Base class of every error raised by ``ocop``.

    ``message("vi")`` and ``message("en")`` give the message in one language; ``str()`` gives
    both, Vietnamese first. ``problems`` lists every fault when the error collects several.
    """

    def __init__(
        self,
        message_vi: str,
        message_en: str,
        *,
        problems: Iterable[Problem] = (),
    ) -> None:
        self.message_vi = message_vi
        self.message_en = message_en
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(str(self))

    def message(self, locale: Locale = "vi") -> str:
        """The message in ``locale`` ("vi" or "en"), with one line per problem."""
        head = self.message_vi if locale == "vi" else self.message_en
        lines = [head, *("  - " + p.message(locale) for p in self.problems)]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.message("vi") + "\n" + self.message("en")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self.message_vi, self.message_en, self.problems))


def _rebuild(
    cls: type[OcopError], vi: str, en: str, problems: Sequence[Problem]
) -> OcopError:
    err = cls.__new__(cls)
    OcopError.__init__(err, vi, en, problems=problems)
    return err


class RuleDataError(OcopError, ValueError):
    """A rule data file is malformed or inconsistent; ``problems`` names the file and criterion."""

    def __init__(self, source: str, problems: Iterable[Problem]) -> None:
        problems = tuple(problems)
        self.source = source
        super().__init__(
            f"Dữ liệu quy tắc {source} không hợp lệ ({len(problems)} lỗi).",
            f"Rule data {source} is invalid ({len(problems)} problem(s)).",
            problems=problems,
        )


class UnknownRuleSetError(OcopError, LookupError):
    """No rule set has this id or spelling."""

    def __init__(self, rule_set_id: str, known: Sequence[str] = KNOWN_RULE_SETS) -> None:
        self.rule_set_id = rule_set_id
        names = ", ".join(known)
        super().__init__(
            f"Không có bộ quy tắc '{rule_set_id}'. Các bộ đã biết: {names}.",
            f"Unknown rule set '{rule_set_id}'. Known: {names}.",
        )


class NoRuleSetForDateError(OcopError, LookupError):
    """The date is before the first OCOP rule set (1048/QĐ-TTg, effective 21 Aug 2019)."""

    def __init__(self, on: object, first: object) -> None:
        self.on = on
        super().__init__(
            f"Không có bộ quy tắc OCOP nào có hiệu lực ngày {on}; bộ đầu tiên có hiệu lực từ "
            f"{first}.",
            f"No OCOP rule set was in force on {on}; the first took effect on {first}.",
        )


class SheetNotAvailableError(OcopError, LookupError):
    """The rule set is known, but its criteria sheets are not (they were never published here)."""

    def __init__(self, rule_set_id: str, missing_vi: str, missing_en: str) -> None:
        self.rule_set_id = rule_set_id
        super().__init__(
            f"Bộ quy tắc {rule_set_id} không có phiếu đánh giá trong thư viện: thiếu {missing_vi}. "
            "Chỉ có thể phân hạng theo tổng điểm (ocop.classify).",
            f"Rule set {rule_set_id} has no criteria sheets in this library: missing "
            f"{missing_en}. Only bare totals can be classed (ocop.classify).",
        )


class UnknownProductSetError(OcopError, LookupError):
    """A product set number outside the rule set's classification."""

    def __init__(self, rule_set_id: str, number: object, count: int) -> None:
        self.number = number
        super().__init__(
            f"Bộ quy tắc {rule_set_id} không có bộ sản phẩm số {number!r} (chỉ có 1–{count}).",
            f"Rule set {rule_set_id} has no product set {number!r} (only 1–{count}).",
        )


class EvaluationError(OcopError, ValueError):
    """An evaluation sheet cannot be scored; ``problems`` lists every fault with its criterion."""

    def __init__(self, what: str, problems: Iterable[Problem]) -> None:
        problems = tuple(problems)
        super().__init__(
            f"Phiếu đánh giá {what} không hợp lệ ({len(problems)} lỗi).",
            f"Evaluation {what} is invalid ({len(problems)} problem(s)).",
            problems=problems,
        )


class InexactNumberError(OcopError, TypeError):
    """A float was given where points must be exact (int, Fraction or Decimal)."""

    def __init__(self, value: object) -> None:
        super().__init__(
            f"Điểm phải là số chính xác (int, Fraction hoặc Decimal), không phải {value!r}; "
            f"dùng Decimal('{value}').",
            f"Points must be exact (int, Fraction or Decimal), not {value!r}; use "
            f"Decimal('{value}').",
        )


class OutOfRangeError(OcopError, ValueError):
    """A total outside the sheet's range (0 … maximum)."""

    def __init__(self, value: object, maximum: int) -> None:
        super().__init__(
            f"Tổng điểm {value} nằm ngoài khoảng 0–{maximum}.",
            f"Total {value} is outside 0–{maximum}.",
        )


class UnknownProvinceError(OcopError, KeyError):
    """No province matches a name or code; the closest names are suggested, nothing is guessed."""

    def __init__(self, query: object, kind: str, suggestions: Sequence[str]) -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        table_vi = "63 tỉnh cũ (đến 30/6/2025)" if kind == "old" else "34 đơn vị hiện nay"
        table_en = ("the 63 old provinces (until 30 Jun 2025)" if kind == "old"
                    else "the 34 current units")
        hint_vi = f" Có phải: {', '.join(suggestions)}?" if suggestions else ""
        hint_en = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"Không tìm thấy tỉnh {query!r} trong {table_vi}.{hint_vi}",
                         f"No province {query!r} among {table_en}.{hint_en}")

    def __str__(self) -> str:  # KeyError would quote the message
        return OcopError.__str__(self)


class UnknownCommuneError(OcopError, KeyError):
    """No current commune has this code."""

    def __init__(self, code: object) -> None:
        self.code = code
        super().__init__(f"Không có xã/phường mã {code!r} (Quyết định 19/2025/QĐ-TTg).",
                         f"No commune has the code {code!r} (Decision 19/2025/QĐ-TTg).")

    def __str__(self) -> str:
        return OcopError.__str__(self)


class RegionUnknownError(OcopError, LookupError):
    """A current unit whose old provinces lie in two regions has no known region."""

    def __init__(self, unit: str, regions_vi: Sequence[str], regions_en: Sequence[str]) -> None:
        joined = " và ".join(regions_vi)
        joined_en = " and ".join(regions_en)
        super().__init__(
            f"{unit} gồm các tỉnh cũ thuộc hai vùng ({joined}); chưa có văn bản xếp vùng cho "
            "đơn vị mới, nên hãy thống kê theo vùng của tỉnh cũ.",
            f"{unit} joins old provinces of two regions ({joined_en}); no official region is "
            "known for the new unit, so count by the region of the old province.",
        )


class ProductCodeError(OcopError, ValueError):
    """A product code that does not parse or does not validate; says which segment is wrong."""

    def __init__(self, code: str, segment: str, message_vi: str, message_en: str) -> None:
        self.code = code
        self.segment = segment
        super().__init__(f"Mã sản phẩm {code!r}: {segment}: {message_vi}",
                         f"Product code {code!r}: {segment}: {message_en}")


class CertificateError(OcopError, ValueError):
    """Certificate data that cannot be right (a star below 3, an expiry before its decision)."""


class RuleSetConflictError(OcopError, ValueError):
    """Registering a rule set would overwrite another (never an official one)."""

    def __init__(self, new: str, taken: str, *, official: bool) -> None:
        if official:
            super().__init__(f"Không thể ghi đè bộ quy tắc chính thức {taken} bằng {new!r}.",
                             f"The official rule set {taken} cannot be overwritten by {new!r}.")
        else:
            super().__init__(f"Mã {new!r} trùng bộ quy tắc đã đăng ký {taken}; dùng "
                             "replace=True để thay.",
                             f"{new!r} clashes with the registered rule set {taken}; pass "
                             "replace=True to replace it.")
