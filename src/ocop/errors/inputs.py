"""Errors of inputs as a whole: files, registers, forms, JSON, languages, optional extras."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ocop.errors.base import OcopError, Problem, shown
from ocop.i18n import Message, Pair, _, _n


class UsageError(OcopError, ValueError):
    """A library call with an argument outside its documented values (a locale, a format …).

    >>> import ocop
    >>> try:
    ...     ocop.rules.normalize_id(42)
    ... except ocop.UsageError as error:
    ...     print(error.message("en"))
    a rule set id must be a string, not 42
    """


class MissingExtraError(OcopError, ImportError):
    """A feature needs an optional dependency that is not installed; names the extra to add.

    >>> import ocop
    >>> issubclass(ocop.MissingExtraError, ImportError)
    True
    """

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
    the file.

    >>> import io
    >>> import ocop
    >>> try:
    ...     ocop.register.read(io.StringIO(""))
    ... except ocop.RegisterFormatError as error:
    ...     print(error.message("en"))  # doctest: +NORMALIZE_WHITESPACE
    <stream>: the file is empty; expected a register: a CSV table, an Excel .xlsx file, JSON or JSON
    Lines, with a header row
    """

    def __init__(self, source: str, text: Message) -> None:
        self.source = source
        super().__init__(_("{source}: {text}", source=source, text=text))


class MissingColumnsError(RegisterFormatError):
    """A register without a required column: names what is missing, the columns the file has
    and the closest accepted headers, and how to name a column of one's own (``columns=`` in
    Python, ``--column`` on the command line: :meth:`for_command`).

    >>> import io
    >>> import ocop
    >>> try:
    ...     ocop.register.read(io.StringIO("a,b\\n1,2\\n"))
    ... except ocop.MissingColumnsError as error:
    ...     print(error.message("en"))  # doctest: +NORMALIZE_WHITESPACE
    <stream>: required columns missing: Product, Stars, Province. Columns in the file: 'a', 'b'.
    Closest: bộ, xã. Use columns={"header": "key"} to name a column.
    """

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
    """A language other than Vietnamese (``"vi"``) and English (``"en"``).

    >>> import ocop
    >>> try:
    ...     ocop.i18n.check_locale("fr")
    ... except ocop.UnknownLocaleError as error:
    ...     print(error.message("en"))
    Unsupported language 'fr' (available: vi, en).
    """

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
    (``$.parts[0].points``). Also importable as ``ocop.convert.FormatError``.

    >>> import ocop
    >>> try:
    ...     ocop.convert.loads('{"format": "ocop-evaluation/1"}')
    ... except ocop.FormatError as error:
    ...     print(error.message("en"))
    Invalid JSON data (2 problems).
      - $.rule_set: required field missing
      - $.product_set: required field missing
    """

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


class FormError(OcopError, ValueError):
    """A filled form that cannot be read; ``problems`` name the cell or criterion of each fault
    and what was expected. Nothing is scored from a form with any problem.

    >>> import ocop
    >>> try:
    ...     ocop.forms.read_data({"format": "ocop-form/1"})
    ... except ocop.FormError as error:
    ...     print(error.message("en"))
    The form form.json cannot be read (1 problem).
      - $.product_set: expected an integer, not None
    """

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
