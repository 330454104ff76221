"""Vietnam's provinces before and after the merger of 1 July 2025, and forgiving lookups.

Until 30 June 2025 there were 63 provinces (GSO codes ``01`` Hà Nội … ``96`` Cà Mau) in six
socio-economic regions; from 1 July 2025 (Nghị quyết 202/2025/QH15) there are 34 provincial
units: 11 unchanged and 23 merged from 52 old ones. The 63-province table with regions and the
merger map ships with the library; the 34 current units and their communes come from the
``vietnam-provinces`` package, imported on first use.

    >>> from ocop import geo
    >>> geo.old_province("Ha Noi").code, geo.old_province("tỉnh Bắc Kạn").successor().name
    ('01', 'Thái Nguyên')
    >>> geo.current_province("TP HCM").name, geo.current_province("Hà Giang").name
    ('Hồ Chí Minh', 'Tuyên Quang')

Lookups forgive diacritics, case, spaces, punctuation and the prefixes *tỉnh*, *thành phố*,
*TP*; they never guess: a name that matches nothing raises
:class:`~ocop.errors.UnknownProvinceError` with the closest names.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import json
import threading
from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any, Generic, TypeVar

from attrs import frozen

from ocop.errors import (
    UnknownCommuneError,
    UnknownProvinceError,
    UnknownRegionError,
    UsageError,
    shown,
)
from ocop.geo.names import fold
from ocop.i18n import _, check_locale

MERGER = dt.date(2025, 7, 1)
"""The day the 34 provincial units took over from the 63 provinces (Nghị quyết 202/2025/QH15)."""


@frozen
class Region:
    """A socio-economic region of Nghị quyết 81/2023/QH15 (the six regions of the old map)."""

    #: The region's number in the order of Nghị quyết 81/2023/QH15 (1 … 6).
    number: int
    #: The region's name in Vietnamese (``"Trung du và miền núi phía Bắc"``).
    label_vi: str
    #: The region's name in English.
    label_en: str
    north: bool
    """True for the two regions that make up "the North" (25 provinces) in OCOP reports."""

    def label(self, locale: str = "vi") -> str:
        return self.label_vi if check_locale(locale) == "vi" else self.label_en


@frozen
class OldProvince:
    """One of the 63 provinces in force until 30 June 2025."""

    #: The two-digit GSO code (Tổng cục Thống kê): ``"01"`` Hà Nội … ``"96"`` Cà Mau.
    code: str
    #: The province's name until 30 June 2025, without *tỉnh* or *thành phố*.
    name: str
    #: The socio-economic region it lay in.
    region: Region
    #: True for the 25 provinces of "the North" in OCOP reports.
    north: bool
    #: The name of the provincial unit it joined on 1 July 2025.
    successor_name: str

    def successor(self) -> Province:
        """The provincial unit this province joined on 1 July 2025."""
        return current_province(self.successor_name)


@frozen
class Province:
    """One of the 34 provincial units from 1 July 2025 (code of Quyết định 19/2025/QĐ-TTg)."""

    #: The unit's two-digit code (Quyết định 19/2025/QĐ-TTg): ``"01"`` Hà Nội ….
    code: str
    #: The unit's short name, without *tỉnh* or *thành phố* (``"Hồ Chí Minh"``).
    name: str
    #: The unit's published name: ``"Thành phố Hà Nội"`` for a city, ``"Lâm Đồng"`` otherwise.
    full_name: str
    #: The kind of unit, in Vietnamese: ``"tỉnh"`` or ``"thành phố trung ương"``.
    kind: str
    #: The old provinces that formed it (one for the 11 unchanged units).
    predecessors: tuple[OldProvince, ...]

    @property
    def unchanged(self) -> bool:
        """True for the 11 units that kept their territory (Thừa Thiên Huế became Huế)."""
        return len(self.predecessors) == 1

    @property
    def old_regions(self) -> tuple[Region, ...]:
        """The regions of its old provinces, in order (two for the seven units that span two)."""
        seen: list[Region] = []
        for old in self.predecessors:
            if old.region not in seen:
                seen.append(old.region)
        return tuple(seen)

    @property
    def region(self) -> Region:
        """The region of its old provinces when they all lie in one.

        No official regional assignment of the new units is known, so for the seven units whose
        old provinces lie in two regions this raises :class:`~ocop.errors.UnknownRegionError`:
        count such products by region on their old province instead.
        """
        regions = self.old_regions
        if len(regions) != 1:
            raise UnknownRegionError(
                self.name, [r.label_vi for r in regions], [r.label_en for r in regions]
            )
        return regions[0]


@frozen
class Commune:
    """A commune-level unit (xã, phường, đặc khu) of a current province."""

    #: The commune's five-digit code (Quyết định 19/2025/QĐ-TTg), ``"00070"``.
    code: str
    #: The commune's full name (``"Phường Hoàn Kiếm"``).
    name: str
    #: The kind of unit, in Vietnamese: ``"xã"``, ``"phường"`` or ``"đặc khu"``.
    kind: str
    #: The two-digit code of its current province.
    province_code: str


def _data(name: str) -> str:
    return (resources.files("ocop.geo") / "data" / name).read_text(encoding="utf-8")


_META: dict[str, Any] = {}
_META_LOCK = threading.Lock()


def _meta() -> dict[str, Any]:
    if not _META:
        with _META_LOCK:
            if not _META:
                _META.update(json.loads(_data("provinces_63.json")))  # published whole
    return _META


T = TypeVar("T")


class NameIndex(dict[object, T], Generic[T]):
    """A mapping from any spelling or code to a place, filled as spellings are met.

    Lookups of a spelling already seen are a plain dict lookup; a new spelling is folded
    (:func:`~ocop.geo.names.fold`), matched, and remembered.
    """

    _CACHE_LIMIT = 100_000

    def __init__(
        self, kind: str, build: Callable[[], tuple[dict[str, T], dict[str, T], dict[str, str]]]
    ) -> None:
        super().__init__()
        self._kind = kind
        self._build = build
        self._lock = threading.Lock()
        self.kind = kind
        self._codes: dict[str, T] | None = None
        self._names: dict[str, T] = {}
        self._aliases: dict[str, str] = {}

    def _tables(self) -> tuple[dict[str, T], dict[str, T]]:
        if self._codes is None:
            with self._lock:
                if self._codes is None:
                    codes, names, aliases = self._build()
                    self._names, self._aliases = names, aliases
                    self._codes = codes
        return self._codes, self._names

    def __missing__(self, key: object) -> T:
        codes, names = self._tables()
        found: T | None = None
        if isinstance(key, int) and not isinstance(key, bool):
            found = codes.get(f"{key:02d}") if 0 <= key < 100 else None
        elif isinstance(key, str):
            text = key.strip()
            if text.isdigit():
                found = codes.get(text.zfill(2))
            else:
                folded = fold(text)
                found = names.get(self._aliases.get(folded, folded))
        if found is None:
            raise UnknownProvinceError(key, self._kind, self.suggest(key))
        if type(key) is str and len(self) < self._CACHE_LIMIT:
            self[key] = found  # only text: True, 1 and 1.0 are one dict key
        return found

    def key_of(self, text: str) -> str:
        """The folded key a spelling is matched by (aliases applied)."""
        self._tables()
        folded = fold(text)
        return self._aliases.get(folded, folded)

    def suggest(self, key: object, n: int = 3) -> list[str]:
        """The display names closest to ``key``."""
        _, names = self._tables()
        if not isinstance(key, str):
            return []
        display = {f: getattr(v, "name", str(v)) for f, v in names.items()}
        close = difflib.get_close_matches(fold(key), list(display), n=n * 2, cutoff=0.5)
        out: list[str] = []
        for f in close:
            if display[f] not in out:
                out.append(display[f])
        return out[:n]

    def values_unique(self) -> list[T]:
        """Every place of the index once, in code order."""
        codes, _ = self._tables()
        return [codes[c] for c in sorted(codes)]


_REGIONS: list[tuple[Region, ...]] = []
_REGIONS_LOCK = threading.Lock()


def regions() -> tuple[Region, ...]:
    """The six socio-economic regions, in the order of Nghị quyết 81/2023/QH15."""
    if not _REGIONS:
        with _REGIONS_LOCK:
            if not _REGIONS:
                _REGIONS.append(
                    tuple(
                        Region(k, r["vi"], r["en"], r["north"])
                        for k, r in enumerate(_meta()["regions"], 1)
                    )
                )
    return _REGIONS[0]


def _build_old() -> tuple[dict[str, OldProvince], dict[str, OldProvince], dict[str, str]]:
    by_label = {r.label_vi: r for r in regions()}
    codes: dict[str, OldProvince] = {}
    names: dict[str, OldProvince] = {}
    for row in csv.DictReader(io.StringIO(_data("provinces_63.csv"))):
        province = OldProvince(
            code=row["gso_code"],
            name=row["province"],
            region=by_label[row["region"]],
            north=row["in_north_25"] == "yes",
            successor_name=row["merged_into_2025"],
        )
        codes[province.code] = province
        names[fold(province.name)] = province
    return codes, names, dict(_meta()["aliases"]["old"])


def _short(full_name: str) -> str:
    return full_name.removeprefix("Thành phố ").removeprefix("Tỉnh ")


def _build_current() -> tuple[dict[str, Province], dict[str, Province], dict[str, str]]:
    from vietnam_provinces import Province as VNProvince

    old = OLD_PROVINCES.values_unique()
    codes: dict[str, Province] = {}
    names: dict[str, Province] = {}
    for unit in VNProvince.iter_all():
        code = f"{int(unit.code):02d}"
        short = _short(unit.name)
        predecessors = tuple(p for p in old if fold(p.successor_name) == fold(short))
        province = Province(
            code=code,
            name=short,
            full_name=unit.name,
            kind=str(unit.division_type.value),
            predecessors=predecessors,
        )
        codes[code] = province
        names[fold(short)] = province
    for p in old:  # old names lead to the unit they joined
        names.setdefault(fold(p.name), names[fold(p.successor_name)])
    return codes, names, dict(_meta()["aliases"]["current"])


OLD_PROVINCES: NameIndex[OldProvince] = NameIndex("old", _build_old)
"""Any spelling or GSO code of the 63 old provinces → :class:`OldProvince`."""

CURRENT_PROVINCES: NameIndex[Province] = NameIndex("current", _build_current)
"""Any spelling or code of the 34 current units, or an old province's name → :class:`Province`."""


def _lookup(index: NameIndex[T], query: object) -> T:
    try:
        return index[query]
    except TypeError:  # a value that cannot be a dict key: a list, a dict …
        raise UnknownProvinceError(query, index.kind, []) from None


def old_province(query: object) -> OldProvince:
    """``old_province("Bắc Kạn")``: the old province (63-table) for a name or GSO code."""
    return _lookup(OLD_PROVINCES, query)


def current_province(query: object) -> Province:
    """``current_province("TP HCM")``: the current unit for a name or code; an old province's
    name gives the unit it joined."""
    return _lookup(CURRENT_PROVINCES, query)


def old_provinces() -> tuple[OldProvince, ...]:
    """The 63 provinces in force until 30 June 2025, in GSO code order."""
    return tuple(OLD_PROVINCES.values_unique())


def current_provinces() -> tuple[Province, ...]:
    """The 34 provincial units from 1 July 2025, in code order."""
    return tuple(CURRENT_PROVINCES.values_unique())


def province(query: object, on: dt.date) -> OldProvince | Province:
    """The province meant by ``query`` on date ``on``: an old province before 1 July 2025, the
    current unit from that day (an old name then gives the unit it joined).

    >>> import datetime as dt
    >>> from ocop import geo
    >>> geo.province("Bắc Kạn", dt.date(2024, 5, 1)).name
    'Bắc Kạn'
    >>> geo.province("Bắc Kạn", dt.date(2025, 7, 1)).name
    'Thái Nguyên'
    """
    if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
        raise UsageError(_("cần một ngày, không phải {value}", value=shown(on)))
    return old_province(query) if on < MERGER else current_province(query)


_COMMUNES: dict[str, Commune] = {}
_COMMUNE_LOCK = threading.Lock()


def _communes() -> Mapping[str, Commune]:
    if not _COMMUNES:
        with _COMMUNE_LOCK:
            if not _COMMUNES:
                from vietnam_provinces import Ward

                built: dict[str, Commune] = {}
                for ward in Ward.iter_all():
                    code = f"{int(ward.code):05d}"
                    built[code] = Commune(
                        code,
                        ward.name,
                        str(ward.division_type.value),
                        f"{int(ward.province_code):02d}",
                    )
                _COMMUNES.update(built)  # published whole
    return _COMMUNES


def commune(code: str | int) -> Commune:
    """A current commune by its five-digit code (Quyết định 19/2025/QĐ-TTg).

    >>> from ocop import geo
    >>> geo.commune("00070").name, geo.commune(70).province_code
    ('Phường Hoàn Kiếm', '01')
    """
    if isinstance(code, int) and not isinstance(code, bool):
        key = f"{code:05d}" if 0 <= code < 100_000 else ""
    else:
        key = code.strip().zfill(5) if isinstance(code, str) else ""
    found = _communes().get(key)
    if found is None:
        raise UnknownCommuneError(code)
    return found


def communes(province_code: str | None = None) -> tuple[Commune, ...]:
    """Every current commune, or those of one province, in code order."""
    found = _communes().values()
    if province_code is not None:
        found = [c for c in found if c.province_code == province_code]  # type: ignore[assignment]
    return tuple(sorted(found, key=lambda c: c.code))
