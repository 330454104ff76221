"""Numbers, percentages and dates in Vietnamese or English, through babel (imported on use).

Precision is always chosen by the caller: babel's default Vietnamese percent pattern has no
decimals and would print 90,4 % as "90%".

    >>> from fractions import Fraction
    >>> from ocop.report.formatting import number, percent
    >>> number(2169, "vi"), number(2169, "en")
    ('2.169', '2,169')
    >>> percent(Fraction(2169, 2400), "vi", 1), percent(Fraction(1209, 2169), "en", 2)
    ('90,4%', '55.74%')
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, localcontext
from fractions import Fraction

from ocop.i18n import LOCALES, check_locale

__all__ = ["LOCALES", "date", "month_year", "number", "percent"]

_locale = check_locale


def _decimal(value: Fraction | Decimal | int) -> Decimal:
    if isinstance(value, Fraction):
        with localcontext() as ctx:
            ctx.prec = 40
            return Decimal(value.numerator) / Decimal(value.denominator)
    return Decimal(value)


def number(value: int | Fraction | Decimal, locale: str = "vi", decimals: int = 0) -> str:
    """A number with the locale's grouping and decimal marks."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return str(format_decimal(_decimal(value), format=pattern, locale=_locale(locale)))


def percent(share: Fraction | Decimal | int, locale: str = "vi", decimals: int = 1) -> str:
    """A share (0.904) as a percentage with ``decimals`` places ("90,4%" / "90.4%")."""
    from babel.numbers import format_percent

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    return str(format_percent(_decimal(share), format=pattern, locale=_locale(locale)))


def month_year(day: dt.date, locale: str = "vi") -> str:
    """``"10/2020"`` in Vietnamese, ``"October 2020"`` in English."""
    from babel.dates import format_date

    pattern = "MM/yyyy" if locale == "vi" else "MMMM yyyy"
    return str(format_date(day, format=pattern, locale=_locale(locale)))


def date(day: dt.date, locale: str = "vi") -> str:
    """``"31/10/2020"`` in Vietnamese, ``"31 October 2020"`` in English."""
    from babel.dates import format_date

    pattern = "dd/MM/yyyy" if locale == "vi" else "d MMMM yyyy"
    return str(format_date(day, format=pattern, locale=_locale(locale)))
