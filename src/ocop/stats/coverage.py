"""Which provinces have products, overall and per region ("22/25"), and series over years.

>>> from ocop.stats import participation
>>> p = participation([])
>>> (p.provinces, p.of), [(r.label_en, n, of) for r, n, of in p.by_region][:1]
((0, 63), [('Northern Midlands and Mountains', 0, 14)])
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from fractions import Fraction

from attrs import frozen

from ocop.geo.names import fold
from ocop.geo.provinces import Region, old_provinces, regions
from ocop.register.entry import Entry


@frozen
class Participation:
    """Provinces (of the 63 old ones) with at least one product.

    ``north`` is the count among the 25 northern provinces. Entries whose old province is not
    known (a merged unit named without its old province) cannot be placed on the old map and
    are counted in ``unplaced``.
    """

    #: The number of old provinces with at least one product.
    provinces: int
    #: The number of old provinces (63).
    of: int
    #: The number of northern provinces with at least one product.
    north: int
    #: The number of northern provinces (25).
    north_of: int
    #: For each region, in order: the region, its provinces with products and
    #: its provinces in all.
    by_region: tuple[tuple[Region, int, int], ...]
    #: The names of the provinces with products, in GSO code order.
    names: tuple[str, ...]
    #: The number of entries whose old province is not known; 0 when none.
    unplaced: int = 0

    def fraction(self) -> str:
        """``"48/63"``."""
        return f"{self.provinces}/{self.of}"


def participation(entries: Iterable[Entry]) -> Participation:
    """Count the old provinces with at least one product, overall, in the North and by region."""
    seen: dict[str, Entry] = {}
    unplaced = 0
    for entry in entries:
        if entry.province is None:
            unplaced += 1
        else:
            seen.setdefault(entry.province.code, entry)
    old = old_provinces()
    with_products = [p for p in old if p.code in seen]
    by_region = tuple(
        (
            region,
            sum(1 for p in with_products if p.region == region),
            sum(1 for p in old if p.region == region),
        )
        for region in regions()
    )
    return Participation(
        provinces=len(with_products),
        of=len(old),
        north=sum(1 for p in with_products if p.north),
        north_of=sum(1 for p in old if p.north),
        by_region=by_region,
        names=tuple(p.name for p in with_products),
        unplaced=unplaced,
    )


@frozen
class YearPoint:
    """Recognitions in one year and the running total up to it."""

    #: The year of recognition.
    year: int
    #: The number of recognitions in that year (0 for a year without any).
    count: int
    #: The number of recognitions up to that year, inclusive.
    cumulative: int


def cumulative(entries: Iterable[Entry]) -> tuple[tuple[YearPoint, ...], int]:
    """Recognitions per year with running totals, and the number of entries with no year."""
    years: Counter[int] = Counter()
    unknown = 0
    for entry in entries:
        if entry.year is None:
            unknown += 1
        else:
            years[entry.year] += 1
    points = []
    running = 0
    for year in range(min(years, default=0), max(years, default=-1) + 1):
        running += years[year]
        points.append(YearPoint(year, years[year], running))
    return tuple(points), unknown


@frozen
class ProducerCounts:
    """Distinct producers by type (a producer is its folded name within its current unit)."""

    #: The number of distinct producers of each type, by type code (``"HTX"``).
    by_type: dict[str, int]
    #: The number of distinct producers whose type is known: the sum of ``by_type``.
    total: int
    #: The number of entries without a producer name (not counted as producers).
    unnamed: int
    #: The number of distinct producers whose type is not known.
    untyped: int

    def share(self, code: str) -> Fraction:
        return Fraction(self.by_type.get(code, 0), self.total) if self.total else Fraction(0)


def producers(entries: Iterable[Entry]) -> ProducerCounts:
    """Count distinct producers by type; entries without a producer name or type are counted
    apart (``unnamed``, ``untyped``) rather than guessed."""
    kinds: dict[tuple[str, str], str | None] = {}
    unnamed = 0
    for entry in entries:
        if not entry.producer:
            unnamed += 1
            continue
        key = (fold(entry.producer), entry.unit_name)  # the unit is stable across 2025
        if kinds.get(key) is None:
            kinds[key] = entry.producer_type_code
    by_type = Counter(code for code in kinds.values() if code is not None)
    untyped = sum(1 for code in kinds.values() if code is None)
    return ProducerCounts(dict(by_type), sum(by_type.values()), unnamed, untyped)
