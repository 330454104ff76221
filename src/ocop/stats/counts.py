"""Counting a register: by any combination of dimensions, with exact shares and top-N.

>>> from ocop.stats import Counts
>>> c = Counts(("province",), {("Hà Nội",): 3, ("Huế",): 1, ("Cần Thơ",): 1})
>>> c.total, c["Hà Nội"], c.share("Hà Nội")
(5, 3, Fraction(3, 5))
>>> c.top(2)                       # ties at the cut are all shown
[(('Hà Nội',), 3), (('Cần Thơ',), 1), (('Huế',), 1)]
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from fractions import Fraction
from operator import attrgetter
from typing import Any

from attrs import field, frozen

from ocop.errors import UnknownDimensionError, shown
from ocop.geo.names import fold
from ocop.i18n import Message, _
from ocop.register.entry import Entry

Key = tuple[Any, ...]


@frozen
class Dimension:
    """A way to group entries: the attribute read and its names."""

    #: The name ``count(by=…)`` takes (``"province"``).
    name: str
    #: The attribute of :class:`~ocop.Entry` it reads (``"province_name"``).
    attribute: str
    #: Its heading in tables, in both languages (``"Tỉnh"`` / ``"Province"``).
    title: Message

    def label(self, locale: str = "vi") -> str:
        return self.title.text(locale)


#: The dimensions ``count(by=…)`` knows, by name: star, province, unit, region, sector …
DIMENSIONS: dict[str, Dimension] = {
    d.name: d
    for d in (
        Dimension("star", "rank", _("Hạng sao")),
        Dimension("province", "province_name", _("Tỉnh")),
        Dimension("unit", "unit_name", _("Tỉnh (từ 1/7/2025)")),
        Dimension("district", "district", _("Huyện")),
        Dimension("commune", "commune", _("Xã")),
        Dimension("region", "region", _("Vùng")),
        Dimension("north", "north", _("Miền Bắc")),
        Dimension("sector", "sector", _("Ngành")),
        Dimension("group", "group", _("Nhóm")),
        Dimension("product_set", "product_set", _("Bộ sản phẩm")),
        Dimension("producer_type", "producer_type_code", _("Loại hình chủ thể")),
        Dimension("year", "year", _("Năm")),
        Dimension("authority", "authority", _("Cấp công nhận")),
    )
}


def dimension(name: str) -> Dimension:
    try:
        return DIMENSIONS[name]
    except (KeyError, TypeError):
        known = ", ".join(DIMENSIONS)
        raise UnknownDimensionError(
            _("không có chiều thống kê {name} (có: {known})", name=shown(name), known=known)
        ) from None


def _sort_key(value: object) -> tuple[int, Any]:
    if value is None:
        return (2, "")
    if isinstance(value, bool):
        return (0, not value)
    number = getattr(value, "number", None)
    if isinstance(number, int):
        return (0, number)
    order = getattr(value, "order", None)
    if isinstance(order, int):
        return (0, order)
    if isinstance(value, int):
        return (0, value)
    text = str(value)
    return (1, (fold(text), text))  # Vietnamese names sort as their letters, Đ with D


@frozen
class Counts:
    """Counts of entries keyed by a tuple of dimension values.

    ``excluded`` counts entries left out because a date or a dimension could not be read for
    them (for example no decision date when counting on a date), with ``excluded_reason``.
    """

    #: The names of the dimensions counted by, in the order of each key's values.
    by: tuple[str, ...]
    #: The number of entries for each key: a tuple of one value per dimension of ``by``.
    counts: Mapping[Key, int]
    #: The number of entries left out because they could not be placed; 0 when none.
    excluded: int = 0
    #: Why they were left out (``"no decision date"``); ``None`` when none was.
    excluded_reason: str | None = None
    #: The number of entries counted: the sum of ``counts``; computed.
    total: int = field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "total", sum(self.counts.values()))

    def _key(self, key: object) -> Key:
        return key if isinstance(key, tuple) else (key,)

    def __getitem__(self, key: object) -> int:
        return self.counts.get(self._key(key), 0)

    def __iter__(self) -> Any:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.counts)

    def keys(self) -> list[Key]:
        """Keys in natural order (stars, regions and years by number, names alphabetically)."""
        return sorted(self.counts, key=lambda k: tuple(_sort_key(v) for v in k))

    def share(self, key: object) -> Fraction:
        """The exact share of ``key`` in the total (0 for an empty count)."""
        return Fraction(self[key], self.total) if self.total else Fraction(0)

    def percent(self, key: object) -> Fraction:
        return self.share(key) * 100

    def most_common(self) -> list[tuple[Key, int]]:
        """All keys, most entries first; ties in natural order."""
        order = {k: i for i, k in enumerate(self.keys())}
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], order[kv[0]]))

    def top(self, n: int, *, ties: bool = True) -> list[tuple[Key, int]]:
        """The ``n`` keys with most entries; with ``ties`` every key tied with the n-th too."""
        ranked = self.most_common()
        if not ties or len(ranked) <= n:
            return ranked[:n]
        cut = ranked[n - 1][1]
        return [kv for kv in ranked if kv[1] >= cut]

    def marginal(self, name: str) -> Counts:
        """The counts summed over every other dimension."""
        index = self.by.index(name)
        out: Counter[Key] = Counter()
        for key, value in self.counts.items():
            out[(key[index],)] += value
        return Counts((name,), dict(out), self.excluded, self.excluded_reason)

    def where(self, name: str, value: object) -> Counts:
        """The counts of the keys whose dimension ``name`` equals ``value`` (that dimension
        dropped)."""
        index = self.by.index(name)
        rest = tuple(b for i, b in enumerate(self.by) if i != index)
        out: dict[Key, int] = {}
        for key, count in self.counts.items():
            if key[index] == value:
                short = key[:index] + key[index + 1 :]
                out[short] = out.get(short, 0) + count
        return Counts(rest, out)


def last_year_ended(on: dt.date) -> int:
    """The last year that has ended by ``on`` (``on``'s own year when ``on`` is 31 December).

    *Interpretation*: an entry with a year of recognition and no decision date is placed by
    its year: it counts on a date by which its year has ended.
    """
    return on.year if (on.month, on.day) == (12, 31) else on.year - 1


def _on_date(
    entries: Iterable[Entry], on: dt.date, valid_only: bool, skipped: list[int]
) -> Iterable[Entry]:
    year_over = last_year_ended(on)
    for entry in entries:
        decided = entry.decision_date
        if decided is None:
            year = entry.year
            if year is not None and year <= year_over and not valid_only:
                yield entry  # placed by its year
            elif year is None or year <= on.year:
                skipped[0] += 1  # cannot be placed (or its validity checked) on that date
            continue
        if decided > on:
            continue
        if valid_only and not entry.valid_on(on):
            continue
        yield entry


def count(
    entries: Iterable[Entry],
    by: str | Iterable[str] = ("star",),
    *,
    on: dt.date | None = None,
    valid_only: bool = False,
) -> Counts:
    """Count entries by one or more dimensions (``"star"``, ``"province"``, ``"unit"``,
    ``"district"``, ``"commune"``, ``"region"``, ``"north"``, ``"sector"``, ``"group"``,
    ``"product_set"``, ``"producer_type"``, ``"year"``, ``"authority"``).

    With ``on``, only recognitions decided by that date count (an entry with only a year when
    that year has ended by then, see :func:`last_year_ended`); with ``valid_only`` as well, only
    certificates still valid on that date. Entries that cannot be placed on that date are left
    out and counted in ``excluded``. ``entries`` may be any iterable, a stream included.
    """
    if not isinstance(by, str | Iterable):
        raise UnknownDimensionError(
            _("cần tên các chiều thống kê, không phải {value}", value=shown(by))
        )
    names = (by,) if isinstance(by, str) else tuple(by)
    dims = [dimension(n) for n in names]
    if not dims:
        raise UnknownDimensionError(_("cần ít nhất một chiều thống kê"))
    skipped = [0]
    source: Iterable[Entry] = entries
    if on is not None:
        source = _on_date(entries, on, valid_only, skipped)
    elif valid_only:
        raise UnknownDimensionError(_("valid_only cần ngày (on=...)"))
    getter: Callable[[Entry], Any] = attrgetter(*(d.attribute for d in dims))
    counter = Counter(map(getter, source))
    counts = dict(counter) if len(dims) > 1 else {(k,): v for k, v in counter.items()}
    reason = "no decision date" if skipped[0] else None
    return Counts(names, counts, skipped[0], reason)
