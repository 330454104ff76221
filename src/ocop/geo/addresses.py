"""Reading the province, district and commune out of an address as registers write it.

Addresses written before 1 July 2025 name the old province, district and commune: "Thôn 11, xã
Nam Bình, huyện Đắk Song, tỉnh Đắk Nông". :func:`parse` reads them from the right: the first
part that names a province (qualified or not) gives the old province and the current unit
(through the published merger list); a district part confirms it or, when no province is
written, gives it (when the district name is unique); a part that starts with *xã*, *phường*,
*thị trấn* or *đặc khu* is the commune::

    >>> from ocop.geo.addresses import parse
    >>> a = parse("Thôn 11, xã Nam Bình, huyện Đắk Song, tỉnh Đắk Nông")
    >>> a.place.old.name, a.place.unit.name, a.place.district, a.commune
    ('Đắk Nông', 'Lâm Đồng', 'Huyện Đắk Song', 'xã Nam Bình')

An address that names a district is of the old map, so "tỉnh Lâm Đồng" after a district is the
old province; without one, a name on both maps is left for the date to decide
(``place.map`` is ``None``).

``engine="vietnamadminunits"`` uses that package's parser of the 63-province map instead (the
``ocop[addresses]`` extra); it never calls its geocoder, which would use the network. The
accuracy of both on the test fixture is given in the documentation.
"""

from __future__ import annotations

import re

from attrs import frozen

from ocop.errors import AmbiguousPlaceError, MissingExtraError, UnknownProvinceError, UsageError
from ocop.geo.names import fold, text_of
from ocop.geo.places import District, Place, districts, qualifier
from ocop.geo.provinces import CURRENT_PROVINCES, OLD_PROVINCES
from ocop.i18n import _


@frozen
class Address:
    """What an address says: its place (province, unit, district) and its commune."""

    #: The address as written.
    text: str
    #: The province, current unit and district the address names.
    place: Place
    #: The commune part as written (``"xã Nam Bình"``); ``None`` when none is found.
    commune: str | None = None


_SPLIT = re.compile(r"\s*(?:,|;|\s-\s|\s–\s|\n)\s*")
_COMMUNE = re.compile(
    r"^(?:xã|xa|phường|phuong|p\.|thị trấn|thi tran|tt\.?|đặc khu)\s*", re.IGNORECASE
)
_DISTRICT = re.compile(
    r"^(?:huyện|huyen|h\.|quận|quan|q\.|thị xã|thi xa|tx\.?|thành phố|thanh pho|tp\.?)\s*",
    re.IGNORECASE,
)
_PROVINCE = re.compile(r"^(?:tỉnh|tinh|t\.|thành phố|thanh pho|tp\.?)\s*", re.IGNORECASE)
_COUNTRY = {"vietnam", "vn"}


def _province(part: str) -> Place | None:
    """The province a part names (with its qualifier), or ``None``."""
    name, qualified = qualifier(part)
    name = _PROVINCE.sub("", name) if fold(name) not in ("hochiminh", "hcm") else name
    if not name.strip() or not fold(name):
        return None
    try:
        old = OLD_PROVINCES[name]
    except UnknownProvinceError:
        old = None
    try:
        unit = CURRENT_PROVINCES[name]
    except UnknownProvinceError:
        unit_named = None
    else:
        unit_named = unit if CURRENT_PROVINCES.key_of(name) == fold(unit.name) else None
    if old is None and unit_named is None:
        return None
    if qualified == "new" or (old is None and unit_named is not None):
        assert unit_named is not None or old is not None
        unit = unit_named if unit_named is not None else old.successor()  # type: ignore[union-attr]
        only = unit.predecessors[0] if len(unit.predecessors) == 1 else None
        return Place(only, unit, "new")
    assert old is not None
    if qualified == "old" or unit_named is None or len(unit_named.predecessors) == 1:
        return Place(old, old.successor(), "old")
    return Place(old, unit_named, None)


def _district(part: str) -> tuple[District, ...]:
    if _COMMUNE.match(part) and not _DISTRICT.match(part):
        return ()
    return districts(part)


def parse(text: str, engine: str = "builtin") -> Address:
    """The place an address names. Raises :class:`~ocop.errors.UnknownProvinceError` when it
    names no province or district, :class:`~ocop.errors.AmbiguousPlaceError` when it names
    only a district found in several provinces."""
    text = text_of(text)
    if engine == "vietnamadminunits":
        return _parse_vau(text)
    if engine != "builtin":
        raise UsageError(
            _(
                "cách đọc địa chỉ phải là builtin hoặc vietnamadminunits, không phải {engine}",
                engine=repr(engine),
            )
        )
    parts = [p for p in _SPLIT.split(text.strip()) if p and fold(p) not in _COUNTRY]
    found: Place | None = None
    at = len(parts)
    for k in range(len(parts) - 1, -1, -1):
        if _COMMUNE.match(parts[k]) and not _PROVINCE.match(parts[k]):
            continue
        found = _province(parts[k])
        if found is not None:
            at = k
            break
    district: District | None = None
    for k in range(at - 1, -1, -1):
        candidates = _district(parts[k])
        if found is not None and found.old is not None:
            candidates = tuple(d for d in candidates if d.province_code == found.old.code)
        elif found is not None:
            codes = {p.code for p in found.unit.predecessors}
            candidates = tuple(d for d in candidates if d.province_code in codes)
        if len({d.province_code for d in candidates}) == 1:
            district = candidates[0]
            break
        if found is None and candidates:
            names = [f"{d.full_name} ({d.province.name})" for d in candidates]
            raise AmbiguousPlaceError(text, names)
    commune = next((p for p in parts if _COMMUNE.match(p)), None)
    if district is not None:
        old = district.province
        return Address(text, Place(old, old.successor(), "old", district.full_name), commune)
    if found is None:
        raise UnknownProvinceError(text, "old", [])
    return Address(text, found, commune)


def _parse_vau(text: str) -> Address:
    try:
        from vietnamadminunits import parse_address  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        raise MissingExtraError(
            _("Đọc địa chỉ bằng vietnamadminunits"), "addresses", "vietnamadminunits"
        ) from None
    try:
        unit = parse_address(text, mode="LEGACY", keep_street=False, level=3)
    except Exception:
        raise UnknownProvinceError(text, "old", []) from None
    name = getattr(unit, "short_province", None) or getattr(unit, "province", None)
    if not name:
        raise UnknownProvinceError(text, "old", [])
    old = OLD_PROVINCES[name]
    district = getattr(unit, "district", None)
    ward = getattr(unit, "ward", None)
    return Address(text, Place(old, old.successor(), "old", district or None), ward or None)
