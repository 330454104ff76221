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

from ocop.i18n import Message, Pair, _, _n


def shown(value: object) -> str:
    """``value`` as an error message shows it: its ``repr`` cut short, safe for any value
    (an integer too long to write out, an object whose ``repr`` fails).

    >>> shown(10**5000), shown("x" * 100)[-3:]
    ('~10^5000', 'xx…')
    """
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return f"{'-' if value < 0 else ''}~10^{int(abs(value).bit_length() * 0.30103)}"
    try:
        text = repr(value)
    except Exception:  # a list holding such an integer, an object whose repr fails
        text = f"<{type(value).__name__}>"
    return text if len(text) <= 60 else text[:59] + "…"


Locale = Literal["vi", "en"]

KNOWN_RULE_SETS = ("1048/QĐ-TTg", "148/QĐ-TTg", "26/2026/QĐ-TTg")


class Problem:
    """One fault found in some input: where it is and what is wrong.

    ``where`` is as precise as the input allows: ``"set-04.json: 7"`` for a criterion of a rule
    data file, ``"4.1"`` for a criterion of an evaluation sheet, ``"row 12, column Hạng sao"``.
    """

    __slots__ = ("text", "where")

    def __init__(self, where: str, text: Message) -> None:
        self.where = where
        self.text = text

    @property
    def message_vi(self) -> str:
        return self.text.text("vi")

    @property
    def message_en(self) -> str:
        return self.text.text("en")

    def message(self, locale: Locale = "vi") -> str:
        text = self.text.text(locale)
        return f"{self.where}: {text}" if self.where else text

    def __repr__(self) -> str:
        return f"Problem({self.where!r}, {self.message_en!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.where, self.text) == (other.where, other.text)

    def __hash__(self) -> int:
        return hash((self.where, self.text))


class OcopError(Exception):
    """Base class of every error raised by ``ocop``.

    ``message("vi")`` and ``message("en")`` give the message in one language; ``str()`` gives
    both, Vietnamese first. ``problems`` lists every fault when the error collects several.
    """

    def __init__(self, text: Message, *, problems: Iterable[Problem] = ()) -> None:
        self.text = text
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(str(self))

    @property
    def message_vi(self) -> str:
        return self.text.text("vi")

    @property
    def message_en(self) -> str:
        return self.text.text("en")

    def message(self, locale: Locale = "vi") -> str:
        """The message in ``locale`` ("vi" or "en"), with one line per problem."""
        lines = [self.text.text(locale), *("  - " + p.message(locale) for p in self.problems)]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.message("vi") + "\n" + self.message("en")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self.text, self.problems))


def _rebuild(cls: type[OcopError], text: Message, problems: Sequence[Problem]) -> OcopError:
    err = cls.__new__(cls)
    OcopError.__init__(err, text, problems=problems)
    return err


class RuleDataError(OcopError, ValueError):
    """A rule data file is malformed or inconsistent; ``problems`` names the file and criterion."""

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
    """No rule set has this id or spelling."""

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
    """The date is before the first OCOP rule set (1048/QĐ-TTg, effective 21 Aug 2019)."""

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
    """The rule set is known, but its criteria sheets are not (they were never published here)."""

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
    """A product set number outside the rule set's classification."""

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


class EvaluationError(OcopError, ValueError):
    """An evaluation sheet cannot be scored; ``problems`` lists every fault with its criterion."""

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
    """A float was given where points must be exact (int, Fraction or Decimal)."""

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
    """A total outside the sheet's range (0 … maximum)."""

    def __init__(self, value: object, maximum: int) -> None:
        super().__init__(
            _("Tổng điểm {value} nằm ngoài khoảng 0–{maximum}.", value=value, maximum=maximum)
        )


class SearchTooLargeError(OutOfRangeError):
    """An exact search (the range of an incomplete sheet, advice) that would not fit its
    documented budget: a rule set with very large points or very many criteria."""

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


class UnknownProvinceError(OcopError, KeyError):
    """No province matches a name or code; the closest names are suggested, nothing is guessed."""

    def __init__(self, query: object, kind: str, suggestions: Sequence[str]) -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        hint = suggestion(self.suggestions)
        if kind == "old":
            text = _(
                "Không tìm thấy tỉnh {query} trong 63 tỉnh cũ (đến 30/6/2025).{hint}",
                query=shown(query),
                hint=hint,
            )
        else:
            text = _(
                "Không tìm thấy tỉnh {query} trong 34 đơn vị hiện nay.{hint}",
                query=shown(query),
                hint=hint,
            )
        super().__init__(text)

    def __str__(self) -> str:  # KeyError would quote the message
        return OcopError.__str__(self)


def suggestion(names: Sequence[str]) -> Message | Pair:
    """ " Có phải: A, B?" — the closest names, or nothing."""
    if not names:
        return Pair("", "")
    return _(" Có phải: {names}?", names=", ".join(names))


class UnknownCommuneError(OcopError, KeyError):
    """No current commune has this code."""

    def __init__(self, code: object) -> None:
        self.code = code
        super().__init__(
            _("Không có xã/phường mã {code} (Quyết định 19/2025/QĐ-TTg).", code=shown(code))
        )

    def __str__(self) -> str:
        return OcopError.__str__(self)


class UnknownRegionError(OcopError, LookupError):
    """A current unit whose old provinces lie in two regions has no known region."""

    def __init__(self, unit: str, regions_vi: Sequence[str], regions_en: Sequence[str]) -> None:
        self.unit = unit
        self.regions = (tuple(regions_vi), tuple(regions_en))
        super().__init__(
            _(
                "{unit} gồm các tỉnh cũ thuộc hai vùng ({regions}); chưa có văn bản xếp "
                "vùng cho đơn vị mới, nên hãy thống kê theo vùng của tỉnh cũ.",
                unit=unit,
                regions=" / ".join(regions_vi),
            )
        )

    def message(self, locale: Locale = "vi") -> str:
        names = self.regions[0] if locale == "vi" else self.regions[1]
        joined = _(" và ").text(locale).join(names)
        return _(self.text.msgid, unit=self.unit, regions=joined).text(locale)


class ProductCodeError(OcopError, ValueError):
    """A product code that does not parse or does not validate; says which segment is wrong."""

    def __init__(self, code: str, segment: str, reason: Message) -> None:
        self.code = code
        self.segment = segment
        self.reason = reason
        super().__init__(
            _(
                "Mã sản phẩm {code}: {segment}: {reason}",
                code=shown(code),
                segment=segment,
                reason=reason,
            )
        )


class CertificateError(OcopError, ValueError):
    """Certificate data that cannot be right (a star below 3, an expiry before its decision)."""


class RuleSetConflictError(OcopError, ValueError):
    """Registering a rule set would overwrite another (never an official one)."""

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
    """No authority recognises this star class on this date under this rule set."""


class UsageError(OcopError, ValueError):
    """A library call with an argument outside its documented values (a locale, a format …)."""


class NotFoundError(OcopError, KeyError):
    """A part, section, criterion or product set that the sheet or tree does not have."""

    def __str__(self) -> str:
        return OcopError.__str__(self)


RegionUnknownError = UnknownRegionError
"""The earlier name of :class:`UnknownRegionError`, kept so that existing code still runs."""


class AmbiguousPlaceError(OcopError, LookupError):
    """A place name that fits several provinces or districts; the candidates are named."""

    def __init__(
        self, query: str, candidates: Sequence[str], *, hint: Message | None = None
    ) -> None:
        self.query = query
        self.candidates = tuple(candidates)
        text = _(
            "{query} không xác định được một tỉnh duy nhất: {candidates}.",
            query=shown(query),
            candidates="; ".join(self.candidates),
        )
        if hint is not None:
            text = _("{text} {hint}", text=text, hint=hint)
        super().__init__(text)

    def __str__(self) -> str:
        return OcopError.__str__(self)


class MissingExtraError(OcopError, ImportError):
    """A feature needs an optional dependency that is not installed; names the extra to add."""

    def __init__(self, feature: Message | str, extra: str, package: str) -> None:
        self.feature = feature
        self.extra = extra
        self.package = package
        super().__init__(
            _(
                "{feature} cần gói {package}: cài bằng pip install 'ocop[{extra}]'.",
                feature=feature,
                package=package,
                extra=extra,
            )
        )


class RegisterFormatError(OcopError, ValueError):
    """A file that cannot be read as a register as a whole (not a table, no header row, a
    required column missing, an unreadable encoding, a header over a limit). ``source`` names
    the file."""

    def __init__(self, source: str, text: Message) -> None:
        self.source = source
        super().__init__(_("{source}: {text}", source=source, text=text))


class MissingColumnsError(RegisterFormatError):
    """A register without a required column: names what is missing, the columns the file has
    and the closest accepted headers, and how to name a column of one's own (``columns=`` in
    Python, ``--column`` on the command line: :meth:`for_command`)."""

    def __init__(
        self,
        source: str,
        missing: Pair,
        found: Sequence[str],
        close: Sequence[str],
        *,
        command: bool = False,
    ) -> None:
        self.missing = missing
        self.found = tuple(found)
        self.close = tuple(close)
        how = (
            _(
                'Dùng --column "TÊN=KHOÁ" để chỉ cột.',
            )
            if command
            else _(
                "Dùng columns={example} để chỉ cột.",
                example=Pair('{"tên cột": "khoá"}', '{"header": "key"}'),
            )
        )
        super().__init__(
            source,
            _(
                "thiếu cột bắt buộc: {names}. Các cột có trong tệp: {found}.{hint} {how}",
                names=missing,
                found=", ".join(repr(t) for t in self.found) or "—",
                hint=_(" Gần giống: {close}.", close=", ".join(self.close))
                if self.close
                else Pair("", ""),
                how=how,
            ),
        )

    def for_command(self) -> MissingColumnsError:
        """The same error, worded for the command line (``--column``)."""
        return MissingColumnsError(self.source, self.missing, self.found, self.close, command=True)


class UnknownLocaleError(OcopError, ValueError):
    """A language other than Vietnamese (``"vi"``) and English (``"en"``)."""

    def __init__(self, locale: object) -> None:
        self.locale = locale
        super().__init__(
            _(
                "Ngôn ngữ {locale} không được hỗ trợ (có: vi, en).",
                locale=shown(locale),
            )
        )


class FormatError(OcopError, ValueError):
    """A JSON document that does not fit its format; ``problems`` carry the field paths
    (``$.parts[0].points``). Also importable as ``ocop.convert.FormatError``."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        problems = tuple(problems)
        super().__init__(
            _n(
                "Dữ liệu JSON không hợp lệ ({count} lỗi).",
                "Dữ liệu JSON không hợp lệ ({count} lỗi).",
                len(problems),
                count=len(problems),
            ),
            problems=problems,
        )


class UnknownProducerTypeError(OcopError, ValueError):
    """A producer type that matches none of the kinds of Điều 2.3 (26/2026)."""

    def __init__(self, text: str, suggestions: Sequence[str]) -> None:
        self.text_given = text
        self.suggestions = tuple(suggestions)
        super().__init__(
            _(
                "Loại chủ thể {text} không có trong danh sách.{hint}",
                text=shown(text),
                hint=suggestion(self.suggestions),
            )
        )


class UnknownDimensionError(OcopError, ValueError):
    """A dimension that :func:`ocop.stats.count` does not know."""


class UnknownTargetError(OcopError, LookupError):
    """No programme target with this id and key."""


class FormError(OcopError, ValueError):
    """A filled form that cannot be read; ``problems`` name the cell or criterion of each fault
    and what was expected. Nothing is scored from a form with any problem."""

    def __init__(self, form: str, problems: Iterable[Problem]) -> None:
        found = list(problems)
        self.form = form
        super().__init__(
            _n(
                "Phiếu {form} không đọc được ({count} lỗi).",
                "Phiếu {form} không đọc được ({count} lỗi).",
                len(found),
                form=form,
                count=len(found),
            ),
            problems=found,
        )
