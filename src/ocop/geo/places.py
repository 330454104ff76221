"""Province names as registers write them: qualified by the merger, or given as a district.

After the merger of 1 July 2025 people write which map they mean: "Đắk Nông (cũ)",
"tỉnh Đắk Nông cũ", "Lâm Đồng (mới)", "tỉnh Lâm Đồng sau sắp xếp", "Bình Thuận trước sáp
nhập". Before it, many registers name a district or a city where a province is expected
("Bảo Lộc", "Phan Thiết", "Đà Lạt"). :func:`place` reads all of these without a date:

    >>> from ocop.geo.places import place
    >>> p = place("Đắk Nông (cũ)")
    >>> p.old.name, p.unit.name, p.map
    ('Đắk Nông', 'Lâm Đồng', 'old')
    >>> p = place("tỉnh Lâm Đồng sau sắp xếp")
    >>> p.old is None, p.unit.name, p.map
    (True, 'Lâm Đồng', 'new')
    >>> p = place("Bảo Lộc")
    >>> p.old.name, p.unit.name, p.district
    ('Lâm Đồng', 'Lâm Đồng', 'Thành phố Bảo Lộc')

A name that is a district of several provinces ("Châu Thành") is an
:class:`~ocop.errors.AmbiguousPlaceError` that names the candidates; a name that matches nothing
is an :class:`~ocop.errors.UnknownProvinceError` with the closest names. An unqualified name
that is both an old province and a merged unit ("Lâm Đồng") has ``map`` ``None``: the caller
decides by date, or refuses.

The district list (696 districts of the 63-province map, GSO codes) ships in
``ocop/geo/data/districts_63.csv`` with its source.
"""

from __future__ import annotations

import csv
import io
import re
import threading
import unicodedata
from importlib import resources

from attrs import frozen

from ocop.errors import AmbiguousPlaceError, UnknownProvinceError
from ocop.geo.names import fold, text_of
from ocop.geo.provinces import (
    CURRENT_PROVINCES,
    OLD_PROVINCES,
    OldProvince,
    Province,
)


@frozen
class District:
    """A district (*huyện*, *quận*, *thị xã*, *thành phố* thuộc tỉnh) of the 63-province map."""

    #: The district's three-digit GSO code (``"001"``).
    code: str
    #: The kind of district: ``"Huyện"``, ``"Quận"``, ``"Thị xã"`` or ``"Thành phố"``.
    kind: str
    #: The district's name, without its kind (``"Bảo Lộc"``).
    name: str
    #: The two-digit GSO code of its old province.
    province_code: str

    @property
    def full_name(self) -> str:
        return f"{self.kind} {self.name}"

    @property
    def province(self) -> OldProvince:
        return OLD_PROVINCES[self.province_code]


@frozen
class Place:
    """A province as a register wrote it.

    ``old`` is the old province when known, ``unit`` the current unit. ``map`` is ``"old"`` or
    ``"new"`` when the text said which map it means (a qualifier, a district, a name that is
    only on one map), ``None`` when a name is on both and the text does not say.
    ``district`` is the full name of the district the province was read from, if any.
    """

    #: The old province (63-province map); ``None`` when the text does not tell which.
    old: OldProvince | None
    #: The current provincial unit (34-unit map).
    unit: Province
    #: ``"old"`` or ``"new"``: the map the text means; ``None`` when it does not say.
    map: str | None
    #: The full name of the district the place was read from; ``None`` when none.
    district: str | None = None


_OLD_WORDS = (("cu",), ("truoc", "sap", "nhap"), ("truoc", "sap", "xep"), ("truoc", "sat", "nhap"))
_NEW_WORDS = (("moi",), ("sau", "sap", "nhap"), ("sau", "sap", "xep"), ("sau", "sat", "nhap"))
_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    text = text.replace("Đ", "D").replace("đ", "d")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _WORD.findall(text)


def qualifier(text: str) -> tuple[str, str | None]:
    """Split a trailing qualifier off a name: ``("Đắk Nông", "old")`` for "Đắk Nông (cũ)".

    >>> qualifier("tỉnh Lâm Đồng (mới)"), qualifier("Hà Giang")
    (('tỉnh Lâm Đồng', 'new'), ('Hà Giang', None))
    """
    words = _words(text)
    for kind, options in (("old", _OLD_WORDS), ("new", _NEW_WORDS)):
        for tail in options:
            if len(words) > len(tail) and tuple(words[-len(tail) :]) == tail:
                # cut as many words off the original text, keeping its spelling
                kept = text
                for _ in tail:
                    kept = re.sub(r"[\s(),\-–]*[^\s(),\-–]+[\s(),\-–]*$", "", kept)
                return kept.strip(), kind
    return text.strip(), None


_DISTRICTS: dict[str, tuple[District, ...]] = {}
_LOCK = threading.Lock()


def _district_index() -> dict[str, tuple[District, ...]]:
    if not _DISTRICTS:
        with _LOCK:
            if not _DISTRICTS:
                text = (resources.files("ocop.geo") / "data" / "districts_63.csv").read_text(
                    encoding="utf-8"
                )
                lines = [line for line in text.splitlines() if not line.startswith("#")]
                found: dict[str, list[District]] = {}
                for row in csv.DictReader(io.StringIO("\n".join(lines))):
                    d = District(
                        row["district_code"], row["kind"], row["name"], row["province_code"]
                    )
                    for key in {fold(d.name), fold(d.full_name)}:
                        found.setdefault(key, []).append(d)
                _DISTRICTS.update({k: tuple(v) for k, v in found.items()})  # published whole
    return _DISTRICTS


def districts(name: str) -> tuple[District, ...]:
    """The districts of the 63-province map called ``name`` (with or without its kind).

    >>> [d.province.name for d in districts("Đà Lạt")], len(districts("Châu Thành")) > 5
    (['Lâm Đồng'], True)
    """
    words = _words(text_of(name))
    for prefix in (
        ("huyen",),
        ("quan",),
        ("thi", "xa"),
        ("tx",),
        ("thanh", "pho"),
        ("tp",),
        ("h",),
        ("q",),
    ):
        if len(words) > len(prefix) and tuple(words[: len(prefix)]) == prefix:
            found = _district_index().get("".join(words[len(prefix) :]), ())
            kind = {
                "huyen": "Huyện",
                "h": "Huyện",
                "quan": "Quận",
                "q": "Quận",
                "thi": "Thị xã",
                "tx": "Thị xã",
            }.get(prefix[0], "Thành phố")
            return tuple(d for d in found if d.kind == kind) or found
    return _district_index().get("".join(words), ())


def _unit_named(text: str) -> Province | None:
    try:
        unit = CURRENT_PROVINCES[text]
    except UnknownProvinceError:
        return None
    return unit if CURRENT_PROVINCES.key_of(text) == fold(unit.name) else None


def place(text: str) -> Place:
    """Read a province as written, qualified or not, or a district standing for it."""
    name, qualified = qualifier(text_of(text))
    if not name:
        raise UnknownProvinceError(text, "old", [])
    old: OldProvince | None
    try:
        old = OLD_PROVINCES[name]
    except UnknownProvinceError:
        old = None
    unit = _unit_named(name)
    if qualified == "old":
        if old is None:
            return _district_place(name, text, OLD_PROVINCES.suggest(name))
        return Place(old, old.successor(), "old")
    if qualified == "new":
        if unit is None:
            if old is not None:  # "Hà Giang (mới)": the unit it joined
                return Place(None, old.successor(), "new")
            raise UnknownProvinceError(name, "current", CURRENT_PROVINCES.suggest(name))
        return Place(_only_predecessor(unit), unit, "new")
    if old is not None and unit is not None:
        if len(unit.predecessors) == 1:
            return Place(old, unit, "old")
        return Place(old, unit, None)
    if old is not None:
        return Place(old, old.successor(), "old")
    if unit is not None:
        return Place(_only_predecessor(unit), unit, "new")
    return _district_place(name, text, OLD_PROVINCES.suggest(name))


def _only_predecessor(unit: Province) -> OldProvince | None:
    return unit.predecessors[0] if len(unit.predecessors) == 1 else None


def _district_place(name: str, text: str, suggestions: list[str]) -> Place:
    found = districts(name)
    provinces = {d.province_code for d in found}
    if len(provinces) == 1:
        district = found[0]
        old = district.province
        return Place(old, old.successor(), "old", district.full_name)
    if found:
        candidates = [f"{d.full_name} ({d.province.name})" for d in found]
        raise AmbiguousPlaceError(text, candidates)
    raise UnknownProvinceError(text, "old", suggestions)
