"""Errors of the rule data and the rule sets: unknown ids, dates, sheets and product sets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ocop.errors.base import KNOWN_RULE_SETS, OcopError, Problem, shown
from ocop.i18n import Message, Pair, _, _n


class RuleDataError(OcopError, ValueError):
    """A rule data file is malformed or inconsistent; ``problems`` names the file and criterion.

    >>> import ocop
    >>> from ocop.rules import custom
    >>> try:
    ...     custom.load({"format": "ocop-rule-bundle/1"})
    ... except ocop.RuleDataError as error:
    ...     print(error.message("en"))
    Rule data <data> is invalid (2 problems).
      - <data>: $.ruleset: expected a JSON object, not None
      - <data>: $.sheets: required field missing
    """

    def __init__(self, source: str, problems: Iterable[Problem]) -> None:
        problems = tuple(problems)
        self.source = source
        super().__init__(
            _n(
                "Dữ liệu quy tắc {source} không hợp lệ ({count} lỗi).",
                "Dữ liệu quy tắc {source} không hợp lệ ({count} lỗi).",
                len(problems),
                source=source,
                count=len(problems),
            ),
            problems=problems,
        )


class UnknownRuleSetError(OcopError, LookupError):
    """No rule set has this id or spelling.

    >>> import ocop
    >>> try:
    ...     ocop.rules.get("99/2099")
    ... except ocop.UnknownRuleSetError as error:
    ...     print(error.message("en"))
    Unknown rule set '99/2099'. Known: 1048/QĐ-TTg, 148/QĐ-TTg, 26/2026/QĐ-TTg.
    """

    def __init__(self, rule_set_id: str, known: Sequence[str] = KNOWN_RULE_SETS) -> None:
        self.rule_set_id = rule_set_id
        super().__init__(
            _(
                "Không có bộ quy tắc '{id}'. Các bộ đã biết: {known}.",
                id=rule_set_id,
                known=", ".join(known),
            )
        )


class NoRuleSetForDateError(OcopError, LookupError):
    """The date is before the first OCOP rule set (1048/QĐ-TTg, effective 21 Aug 2019).

    >>> import datetime as dt
    >>> import ocop
    >>> try:
    ...     ocop.rules.in_force(dt.date(2018, 1, 1))
    ... except ocop.NoRuleSetForDateError as error:
    ...     print(error.message("en"))
    No OCOP rule set was in force on 2018-01-01; the first took effect on 2019-08-21.
    """

    def __init__(self, on: object, first: object) -> None:
        self.on = on
        super().__init__(
            _(
                "Không có bộ quy tắc OCOP nào có hiệu lực ngày {on}; bộ đầu tiên có "
                "hiệu lực từ {first}.",
                on=on,
                first=first,
            )
        )


class SheetNotAvailableError(OcopError, LookupError):
    """The rule set is known, but its criteria sheets are not (they were never published here).

    >>> import ocop
    >>> try:
    ...     ocop.rules.get("1048/2019").sheet(1)
    ... except ocop.SheetNotAvailableError as error:
    ...     print(error.message("en"))  # doctest: +NORMALIZE_WHITESPACE
    Rule set 1048/QĐ-TTg has no criteria sheets in this library: missing The criteria annex of
    Decision 1048/QĐ-TTg (and the per-star minimums of Decision 781/QĐ-TTg). Only bare totals can be
    classed (ocop.classify).
    """

    def __init__(self, rule_set_id: str, missing: Message | Pair) -> None:
        self.rule_set_id = rule_set_id
        super().__init__(
            _(
                "Bộ quy tắc {id} không có phiếu đánh giá trong thư viện: thiếu "
                "{missing}. Chỉ có thể phân hạng theo tổng điểm (ocop.classify).",
                id=rule_set_id,
                missing=missing,
            )
        )


class UnknownProductSetError(OcopError, LookupError):
    """A product set number outside the rule set's classification.

    >>> import ocop
    >>> try:
    ...     ocop.rules.get("26/2026").sheet(27)
    ... except ocop.UnknownProductSetError as error:
    ...     print(error.message("en"))
    Rule set 26/2026/QĐ-TTg has no product set 27 (only 1–26).
    """

    def __init__(self, rule_set_id: str, number: object, count: int) -> None:
        self.number = number
        super().__init__(
            _(
                "Bộ quy tắc {id} không có bộ sản phẩm số {number} (chỉ có 1–{count}).",
                id=rule_set_id,
                number=shown(number),
                count=count,
            )
        )


class RuleSetConflictError(OcopError, ValueError):
    """Registering a rule set would overwrite another (never an official one).

    >>> import attrs
    >>> import ocop
    >>> try:
    ...     ocop.rules.register(attrs.evolve(ocop.rules.get("26/2026"), official=False))
    ... except ocop.RuleSetConflictError as error:
    ...     print(error.message("en"))
    The official rule set 26/2026/QĐ-TTg cannot be overwritten by '26/2026/QĐ-TTg'.
    """

    def __init__(self, new: str, taken: str, *, official: bool) -> None:
        if official:
            super().__init__(
                _(
                    "Không thể ghi đè bộ quy tắc chính thức {taken} bằng {new}.",
                    taken=taken,
                    new=shown(new),
                )
            )
        else:
            super().__init__(
                _(
                    "Mã {new} trùng bộ quy tắc đã đăng ký {taken}; dùng replace=True để thay.",
                    taken=taken,
                    new=shown(new),
                )
            )


class NoAuthorityError(OcopError, LookupError):
    """No authority recognises this star class on this date under this rule set.

    >>> import datetime as dt
    >>> import ocop
    >>> try:
    ...     ocop.rules.get("26/2026").authority(2, dt.date(2026, 6, 1))
    ... except ocop.NoAuthorityError as error:
    ...     print(error.message("en"))
    2★ is not recognised; recognition starts at 3★
    """


class NotFoundError(OcopError, KeyError):
    """A part, section, criterion or product set that the sheet or tree does not have.

    >>> import ocop
    >>> try:
    ...     ocop.rules.get("26/2026").sheet(1).criterion("99")
    ... except ocop.NotFoundError as error:
    ...     print(error.message("en"))
    the sheet has no criterion '99'
    """

    def __str__(self) -> str:
        return OcopError.__str__(self)
