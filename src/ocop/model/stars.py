"""Star classes (*hạng sao*) and the bands of points that give them.

An OCOP product is classed from 1★ to 5★ by its total points. The bands are half-open
intervals: under 26/2026 (Điều 3.3) 4★ is "from 70 to under 90", so 89.99 is 4★ and 90 is 5★::

    >>> from fractions import Fraction
    >>> from ocop.model import StarBand, StarClass
    >>> four = StarBand(StarClass.FOUR, lower=70, upper=90)
    >>> Fraction(8999, 100) in four, 90 in four
    (True, False)
    >>> StarClass.FOUR.label("vi"), StarClass.FOUR.label("en")
    ('4 sao', '4 stars')
"""

from __future__ import annotations

import enum
from decimal import Decimal
from fractions import Fraction

from attrs import frozen

from ocop.i18n import _, _n

Number = int | Fraction | Decimal
"""Exact numbers used for points and averages; floats are never used in results."""


class StarClass(enum.IntEnum):
    """A star class, 1★ to 5★ in OCOP. Compares and sorts as the integer it names.

    Classes 6 to 9 exist only for rule sets of other programmes that declare more classes
    (see :mod:`ocop.rules.custom`); no OCOP rule set uses them.

    >>> import ocop
    >>> star = ocop.classify(72, "26/2026")
    >>> star, int(star), str(star)
    (<StarClass.FOUR: 4>, 4, '4')
    >>> star >= ocop.StarClass.THREE
    True
    """

    ONE = 1
    TWO = 2
    THREE = 3
    FOUR = 4
    FIVE = 5
    SIX = 6
    SEVEN = 7
    EIGHT = 8
    NINE = 9

    def label(self, locale: str = "vi") -> str:
        """``"3 sao"`` in Vietnamese, ``"3 stars"`` in English (``"1 star"`` for one)."""
        return _n("{n} sao", "{n} sao", self.value, n=self.value).text(locale)

    @property
    def symbol(self) -> str:
        """The class as printed in reports: ``"3★"``."""
        return f"{self.value}★"


@frozen
class StarBand:
    """The points that give one star class: ``lower <= total < upper``.

    ``upper`` is ``None`` for the top band, which runs to the sheet's maximum inclusive
    (``maximum`` holds that end, so that ``101 in band`` is false).

    >>> import ocop
    >>> band = ocop.rules.get("26/2026").bands[3]
    >>> band.star, band.lower, band.upper
    (<StarClass.FOUR: 4>, 70, 90)
    >>> 70 in band, 90 in band
    (True, False)
    """

    #: The star class (*hạng sao*) the band gives.
    star: StarClass
    #: The lowest total in the band, inclusive, in points.
    lower: int
    #: The total where the next band starts, exclusive; ``None`` for the top band.
    upper: int | None
    #: The top band's end, inclusive (the sheet's maximum); ``None`` for other bands.
    maximum: int | None = None

    def __contains__(self, total: object) -> bool:
        if not isinstance(total, int | Fraction | Decimal):
            return False
        if total < self.lower:
            return False
        if self.upper is not None:
            return bool(total < self.upper)
        return self.maximum is None or bool(total <= self.maximum)

    def describe(self, locale: str = "vi") -> str:
        """The band in words: ``"từ 70 đến dưới 90 điểm"`` / ``"70 to under 90 points"``."""
        if self.upper is None:
            return _("từ {lower} đến {top} điểm", lower=self.lower, top=self.maximum).text(locale)
        if self.lower == 0:
            return _("dưới {upper} điểm", upper=self.upper).text(locale)
        return _("từ {lower} đến dưới {upper} điểm", lower=self.lower, upper=self.upper).text(
            locale
        )
