"""Where a register row is: its province cell, its address, its district cell, the group
heading above it, or the register's own province — read once per distinct value.

*Interpretation*: an unqualified name that is both an old province and a merged unit
("Lâm Đồng") is read by the row's date (before 1 July 2025 the old province, from that day the
unit); undated, it is refused rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeAlias

from ocop.errors import AmbiguousPlaceError, OcopError, UnknownProvinceError
from ocop.geo import MERGER
from ocop.geo.addresses import parse as parse_address
from ocop.geo.places import Place, districts, place
from ocop.i18n import Message, _
from ocop.register.limits import MAX_CACHED_CELLS

Issue: TypeAlias = tuple[str, Message, bool]
"""A problem with a row's place: the column key, the message, and whether it rejects the row."""
Located: TypeAlias = tuple[Place | None, str | None, str | None, Issue | None]
"""Where a row is: the place, the commune and district read with it, and the problem found."""


def before_merger(decided: dt.date | None, year: int | None) -> bool | None:
    """Whether a row dated ``decided`` (or of ``year``) precedes the merger of 1 July 2025;
    ``None`` when it cannot tell (undated, or of 2025 without a day)."""
    if decided is not None:
        return decided < MERGER
    return year < 2025 if year is not None and year != 2025 else None


class Locator:
    """Reads the place of rows, with a bounded memory of the names and addresses seen."""

    def __init__(self, default: Place | None = None, address_engine: str = "builtin") -> None:
        self.default = default
        self.address_engine = address_engine
        self._places: dict[str, Place | Exception] = {}
        self._addresses: dict[str, Any] = {}
        self.plain: dict[str, Located] = {}
        """What :meth:`where` gives for a province cell (as read) that names one place on one
        map, whatever the row's date, when the row has no district cell."""
        self.dated: dict[tuple[str, bool], Located] = {}
        """The same for a province cell that names a place on both maps, by whether the row
        is dated before the merger (see :func:`before_merger`)."""
        self.has_province_column = True
        self.has_address_column = False

    def _place(self, text: str) -> Place:
        found = self._places.get(text)
        if found is None:
            try:
                found = place(text)
            except (UnknownProvinceError, AmbiguousPlaceError) as err:
                found = err
            if len(self._places) < MAX_CACHED_CELLS:
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
            if len(self._addresses) < MAX_CACHED_CELLS:
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
        province: str,
        address: str,
        district: str,
        decided: dt.date | None,
        year: int | None,
        context: Place | None,
    ) -> Located:
        """The row's place: its province cell, else its address, else the group heading it
        sits under, else the register's default province.

        The cells are given as read (``""`` when the register has no such column). Returns
        the place (``None`` when the row must be rejected), the commune and district read with
        it, and the problem found, if any: ``(column key, message, rejects)``. A row has at most
        one: every rejection ends the reading, and the one warning (an address that names no
        province) falls back on a place that is never ambiguous (a group heading or the
        register's own province), so no rejection follows.
        """
        cell = province
        province, address, district = province.strip(), address.strip(), district.strip()
        commune = None
        found: Place | None = None
        warning: Issue | None = None
        if province:
            seen = self._places.get(province)
            if type(seen) is Place:
                found = seen
            else:
                try:
                    found = self._place(province)
                except (UnknownProvinceError, AmbiguousPlaceError) as err:
                    return None, None, None, ("province", err.text, True)
            before = None
            if found.map is None:
                before = before_merger(decided, year)
                if before is not None:  # read by the row's date
                    found = self._on_map(found, before)
            if found.map is not None:  # the common case, decided in a few steps
                near = found.district
                if len(self.plain) + len(self.dated) < MAX_CACHED_CELLS:
                    if before is None:
                        self.plain[cell] = (found, None, near, None)
                    else:
                        self.dated[cell, before] = (found, None, near, None)
                return found, None, near if near is not None else district or None, None
            key = "province"
        elif address:
            try:
                parsed = self._address(address)
            except (UnknownProvinceError, AmbiguousPlaceError) as err:
                reason = _("không đọc được tỉnh từ địa chỉ: {reason}", reason=err.text)
                if context is None and self.default is None:
                    return None, None, None, ("address", reason, True)
                found, key, warning = context or self.default, "address", ("address", reason, False)
            else:
                found, commune, key = parsed.place, parsed.commune, "address"
        elif district and (
            (district_place := self._district(district, context or self.default)) is not None
        ):
            found, key = district_place, "district"
        else:
            found = context or self.default
            key = "province"
            if found is None:
                if self.has_province_column:
                    return None, None, None, ("province", _("thiếu tỉnh"), True)
                return (
                    None,
                    None,
                    None,
                    (
                        "address" if self.has_address_column else "province",
                        _(
                            "không biết tỉnh: sổ không có cột tỉnh, dòng không có địa chỉ; hãy "
                            "cho tỉnh của sổ (province=..., dòng lệnh: --province)"
                        ),
                        True,
                    ),
                )
        assert found is not None
        if found.map is None:
            before = before_merger(decided, year)
            if before is None:
                return (
                    None,
                    None,
                    None,
                    (
                        key,
                        _(
                            "{text} vừa là tỉnh cũ vừa là đơn vị mới sau sáp nhập; cần ngày "
                            'quyết định hoặc năm để phân biệt, hoặc ghi rõ "(cũ)" hay "(mới)"',
                            text=repr(found.unit.name),
                        ),
                        True,
                    ),
                )
            found = self._on_map(found, before)
        near = found.district
        return found, commune, near if near is not None else district or None, warning

    @staticmethod
    def _on_map(found: Place, before: bool) -> Place:
        """A name on both maps read as the old province (``before`` the merger) or the unit."""
        if before:
            return Place(found.old, found.unit, "old", found.district)
        return Place(
            found.unit.predecessors[0] if len(found.unit.predecessors) == 1 else None,
            found.unit,
            "new",
            found.district,
        )

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
