"""Points: whole numbers for one evaluator, exact fractions for a council's averages.

>>> from fractions import Fraction
>>> fmt(Fraction(269, 3)), fmt(Fraction(269, 3), "en"), fmt(Fraction(179, 2)), fmt(75)
('89,67', '89.67', '89,5', '75')
"""

from __future__ import annotations

from fractions import Fraction

from ocop.i18n import check_locale

Points = int | Fraction
"""Exact points: never a float."""


def fmt(value: Points, locale: str = "vi") -> str:
    """Points as text: ``75``, ``89,67`` (vi) / ``89.67`` (en) for an inexact average.

    The exact value is kept in the score; this is only the printed form (2 decimals).
    """
    check_locale(locale)
    if isinstance(value, int) or value.denominator == 1:
        return str(int(value))
    rounded = round(value * 100)
    whole, cents = divmod(abs(rounded), 100)
    sign = "-" if rounded < 0 else ""
    text = f"{sign}{whole}.{cents:02d}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if locale == "vi" else text
