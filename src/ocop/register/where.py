"""Where a register row is: its province cell, its address, its district cell, the group
heading above it, or the register's own province — read once per distinct value.

*Interpretation*: an unqualified name that is both an old province and a merged unit
("Lâm Đồng") is read by the row's date (before 1 July 2025 the old province, from that day the
unit); undated, it is refused rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from ocop.errors import AmbiguousPlaceError, OcopError, UnknownProvinceError
from ocop.geo import MERGER
from ocop.geo.addresses import parse as parse_address
from ocop.geo.places import Place, districts, place
from ocop.i18n import Message, _

_CACHE_LIMIT = 50_000


class Locator:
    """Reads the place of rows, with a bounded memory of the names and addresses seen."""

    def __init__(self, default: Place | None = None, address_engine: str = "builtin") -> None:
        self.default = default
        self.address_engine = address_engine
        self._places: dict[str, Place | Exception] = {}
        self._addresses: dict[str, Any] = {}
        self.has_province_column = True
        self.has_address_column = False

    def _place(self, text: str) -> Place:
        found = self._places.get(text)
        if found is None:
            try:
                found = place(text)
            except (UnknownProvinceError, AmbiguousPlaceError) as err:
                found = err
            if len(self._places) < _CACHE_LIMIT:
                self._places[text] = found
        if isinstance(found, Exception):
            raise found
        return found

    def _address(self, text: str) -> Any:
        found = self._addresses.get(text)
        if found is None:
            try:
                found = parse_address(text, self.address_engine)
            except (UnknownProvinceError, AmbiguousPlaceError) as err:
                found = err
            if len(self._addresses) < _CACHE_LIMIT:
                self._addresses[text] = found
        if isinstance(found, OcopError) and not isinstance(
            found, UnknownProvinceError | AmbiguousPlaceError
        ):
            raise found
        if isinstance(found, Exception):
            raise found
        return found

    def where(
        self,
        text: dict[str, str],
        decided: dt.date | None,
        year: int | None,
        context: Place | None,
        fail: Callable[[str, Message], None],
        warn: Callable[[str, Message], None],
    ) -> tuple[Place | None, str | None, str | None]:
        """The row's place: its province cell, else its address, else the group heading it
        sits under, else the register's default province."""
        commune = None
        found: Place | None = None
        raw = text.get("province")
        if raw is not None:
            try:
                found = self._place(raw)
            except (UnknownProvinceError, AmbiguousPlaceError) as err:
                fail("province", err.text)
                return None, None, None
            key = "province"
        elif (raw := text.get("address")) is not None:
            try:
                address = self._address(raw)
            except (UnknownProvinceError, AmbiguousPlaceError) as err:
                if context is None and self.default is None:
                    fail("address", _("không đọc được tỉnh từ địa chỉ: {reason}", reason=err.text))
                    return None, None, None
                warn("address", _("không đọc được tỉnh từ địa chỉ: {reason}", reason=err.text))
                found = context or self.default
                key = "address"
            else:
                found, commune, key = address.place, address.commune, "address"
        elif (raw := text.get("district")) is not None and (
            (district_place := self._district(raw, context or self.default)) is not None
        ):
            found, key = district_place, "district"
        else:
            found = context or self.default
            key = "province"
            if found is None:
                if "province" in text or self.has_province_column:
                    fail("province", _("thiếu tỉnh"))
                else:
                    fail(
                        "address" if self.has_address_column else "province",
                        _(
                            "không biết tỉnh: sổ không có cột tỉnh, dòng không có địa chỉ; hãy "
                            "cho tỉnh của sổ (province=..., dòng lệnh: --province)"
                        ),
                    )
                return None, None, None
        assert found is not None
        if found.map is None:
            before = (
                decided < MERGER
                if decided is not None
                else (year < 2025 if year is not None and year != 2025 else None)
            )
            if before is None:
                fail(
                    key,
                    _(
                        "{text} vừa là tỉnh cũ vừa là đơn vị mới sau sáp nhập; cần ngày quyết "
                        'định hoặc năm để phân biệt, hoặc ghi rõ "(cũ)" hay "(mới)"',
                        text=repr(found.unit.name),
                    ),
                )
                return None, None, None
            found = (
                Place(found.old, found.unit, "old", found.district)
                if before
                else Place(
                    found.unit.predecessors[0] if len(found.unit.predecessors) == 1 else None,
                    found.unit,
                    "new",
                    found.district,
                )
            )
        district = found.district
        if text.get("district") and district is None:
            district = text["district"]
        return found, commune, district

    def _district(self, text: str, within: Place | None) -> Place | None:
        """The place a district cell gives, when it names one district (of ``within``)."""
        found = districts(text)
        if within is not None and within.old is not None:
            found = tuple(d for d in found if d.province_code == within.old.code)
        elif within is not None:
            codes = {p.code for p in within.unit.predecessors}
            found = tuple(d for d in found if d.province_code in codes)
        if len({d.province_code for d in found}) != 1:
            return None
        old = found[0].province
        return Place(old, old.successor(), "old", found[0].full_name)
