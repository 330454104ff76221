"""The errors of reading a filled form: every problem at once, each naming its place."""

from __future__ import annotations

from collections.abc import Iterable

from ocop.errors import OcopError, Problem
from ocop.i18n import _, _n


class FormError(OcopError, ValueError):
    """A filled form that cannot be read; ``problems`` name the cell or criterion of each fault
    and what was expected. Nothing is scored from a form with any problem."""

    def __init__(self, form: str, problems: Iterable[Problem]) -> None:
        found = list(problems)
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
        self.form = form


class MissingExtraError(OcopError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(
            _(
                "cần gói {package}: cài bằng pip install 'ocop[{extra}]'",
                package=package,
                extra=extra,
            )
        )
        self.package = package
        self.extra = extra
