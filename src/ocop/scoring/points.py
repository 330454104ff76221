"""Points: whole numbers for one evaluator, exact fractions for a council's averages.

>>> from fractions import Fraction
>>> fmt(Fraction(269, 3)), fmt(Fraction(269, 3), "en"), fmt(Fraction(179, 2)), fmt(75)
('89,67', '89.67', '89,5', '75')
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterable, Iterator, KeysView, Mapping, Sequence, ValuesView
from fractions import Fraction

from ocop.i18n import check_locale

Points = int | Fraction
"""Exact points: never a float."""


class CriterionPoints(Mapping[str, Points]):
    """The points of each scorable criterion of a score, in the order they were answered.

    A read-only mapping, stored by the score as the codes and their points side by side; the
    lookup table by code is made on first use.

    >>> points = CriterionPoints(("1.1", "1.2"), [3, 0])
    >>> points["1.1"], list(points), dict(points) == {"1.1": 3, "1.2": 0}
    (3, ['1.1', '1.2'], True)
    """

    __slots__ = ("_by_code", "_codes", "_values")

    def __init__(self, codes: Iterable[str], values: Sequence[Points]) -> None:
        self._codes = codes
        self._values = values
        self._by_code: dict[str, Points] | None = None

    def _mapping(self) -> dict[str, Points]:
        found = self._by_code
        if found is None:
            found = self._by_code = dict(zip(self._codes, self._values, strict=True))
        return found

    def __getitem__(self, code: str) -> Points:
        return self._mapping()[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._mapping())

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, code: object) -> bool:
        return code in self._mapping()

    def keys(self) -> KeysView[str]:
        return self._mapping().keys()

    def values(self) -> ValuesView[Points]:
        return self._mapping().values()

    def items(self) -> ItemsView[str, Points]:
        return self._mapping().items()

    def __repr__(self) -> str:
        return f"CriterionPoints({self._mapping()!r})"


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
