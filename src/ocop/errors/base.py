"""The base of every error: ``OcopError``, with its message in two languages, and ``Problem``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from ocop.i18n import Message


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


class _InTwoLanguages:
    """The message of a problem or an error, read in either language."""

    __slots__ = ()
    text: Message

    @property
    def message_vi(self) -> str:
        return self.text.text("vi")

    @property
    def message_en(self) -> str:
        return self.text.text("en")


class Problem(_InTwoLanguages):
    """One fault found in some input: where it is and what is wrong.

    ``where`` is as precise as the input allows: ``"set-04.json: 7"`` for a criterion of a rule
    data file, ``"4.1"`` for a criterion of an evaluation sheet, ``"row 12, column Hạng sao"``.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> answers = {c.code: 1 for c in sheet.scorable}
    >>> answers["4.1"] = 9
    >>> try:
    ...     ocop.score(ocop.Evaluation("26/2026", 1, answers))
    ... except ocop.EvaluationError as error:
    ...     problem = error.problems[0]
    >>> problem.where, problem.message("en")
    ('4.1', '4.1: there is no option 9 (only 1–4)')
    """

    __slots__ = ("text", "where")

    def __init__(self, where: str, text: Message) -> None:
        self.where = where
        self.text = text

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


class OcopError(_InTwoLanguages, Exception):
    """Base class of every error raised by ``ocop``.

    ``message("vi")`` and ``message("en")`` give the message in one language; ``str()`` gives
    both, Vietnamese first. ``problems`` lists every fault when the error collects several.

    >>> import ocop
    >>> try:
    ...     ocop.rules.get("99/2099")
    ... except ocop.OcopError as error:
    ...     print(type(error).__name__)
    ...     print(error.message("vi"))
    ...     print(error.message("en"))
    UnknownRuleSetError
    Không có bộ quy tắc '99/2099'. Các bộ đã biết: 1048/QĐ-TTg, 148/QĐ-TTg, 26/2026/QĐ-TTg.
    Unknown rule set '99/2099'. Known: 1048/QĐ-TTg, 148/QĐ-TTg, 26/2026/QĐ-TTg.
    """

    def __init__(self, text: Message, *, problems: Iterable[Problem] = ()) -> None:
        self.text = text
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(str(self))

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
