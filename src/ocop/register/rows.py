"""One row of a register into an :class:`~ocop.register.entry.Entry`, column by column.

Each column has its parser (:data:`PARSERS`), applied to the text of its cell; parsers of the
columns whose values repeat (stars, provinces, dates, producer types, product sets) are cached,
so a register of a million rows parses each distinct value once.

Only a bad **required** value (name, star class, province) or a repeated product code rejects
a row (and a value over ``MAX_FIELD_CHARS``). An optional value that cannot be read keeps the
row: the field is left empty and a warning records row, column, value and reason.

Each entry is classified under its own rule set: the one in force on its decision date (or
the one its *Bộ tiêu chí* column names). *Interpretation*: a rule set that ships no product-set
tree (1048/QĐ-TTg) classifies its product sets with the next rule set that does (148/QĐ-TTg,
whose tree 26/2026 keeps); an undated entry with the rule set in force on the last day of its
year, or, without a year, with the newest rule set.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from ocop import rules
from ocop.errors import AmbiguousPlaceError, OcopError, UnknownProvinceError, UnknownRegionError
from ocop.geo import MERGER
from ocop.geo.addresses import parse as parse_address
from ocop.geo.names import fold
from ocop.geo.places import Place, districts, place
from ocop.i18n import Message, _
from ocop.model import Classification
from ocop.product_codes import validate
from ocop.records import producer_type
from ocop.register.columns import COLUMNS
from ocop.register.entry import Entry
from ocop.register.limits import MAX_FIELD_CHARS
from ocop.register.report import ImportReport, RowError
from ocop.register.seen import CodeSet
from ocop.register.values import BadValue, read_date, read_rank, read_sector, read_year

HEADERS = {c.key: c.header_vi for c in COLUMNS}
_CACHE_LIMIT = 50_000


def _rule_set(text: str) -> str:
    try:
        return rules.get(text).id
    except OcopError as err:
        raise BadValue(err.text) from None


def _producer_type(text: str) -> Any:
    try:
        return producer_type(text)
    except OcopError as err:
        raise BadValue(err.text) from None


def _code(text: str) -> Any:
    try:
        return validate(text)
    except OcopError as err:
        raise BadValue(err.text) from None


PARSERS: dict[str, Callable[[str], Any]] = {
    "star": read_rank,
    "decision_date": read_date,
    "revoked_on": read_date,
    "year": read_year,
    "producer_type": _producer_type,
    "sector": read_sector,
    "rule_set": _rule_set,
    "code": _code,
}
"""The parser of each column whose text becomes a value (the others are kept as written)."""

_CACHED = ("star", "decision_date", "revoked_on", "year", "producer_type", "sector", "rule_set")


class _Cached:
    """A parser with a bounded memory of the values it has read (and the errors it gave)."""

    def __init__(self, parse: Callable[[str], Any]) -> None:
        self.parse = parse
        self.memory: dict[str, Any] = {}

    def __call__(self, text: str) -> Any:
        found = self.memory.get(text, self)
        if found is self:
            try:
                found = self.parse(text)
            except BadValue as bad:
                found = bad
            if len(self.memory) < _CACHE_LIMIT:
                self.memory[text] = found
        if isinstance(found, BadValue):
            raise found
        return found


def _tree(rule_set: str | None) -> Classification:
    ordered = rules.all()
    start = (
        0
        if rule_set is None
        else next((k for k, r in enumerate(ordered) if r.id == rule_set), len(ordered) - 1)
    )
    candidates = ordered[start:] if rule_set is not None else ordered[::-1]
    for rs in candidates:
        tree = rs.classification
        if tree is not None and tree.product_sets():
            return tree
    tree = ordered[-1].classification
    assert tree is not None
    return tree


class RowReader:
    """Reads the rows of one import into entries, filling in its report."""

    def __init__(
        self,
        report: ImportReport,
        *,
        default: Place | None = None,
        address_engine: str = "builtin",
    ) -> None:
        self.report = report
        self.default = default
        self.address_engine = address_engine
        self.codes = CodeSet()
        self.parsers = {k: _Cached(PARSERS[k]) if k in _CACHED else PARSERS[k] for k in PARSERS}
        self._places: dict[str, Place | Exception] = {}
        self._addresses: dict[str, Any] = {}
        self._in_force: dict[dt.date, str | None] = {}
        self._sets: dict[tuple[int, str], Classification] = {}
        self._set_names: dict[str, int] | None = None

    # -- values -------------------------------------------------------------------------------

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

    def _rule_set_on(self, day: dt.date) -> str | None:
        found = self._in_force.get(day, "")
        if found == "":
            found = rules.in_force(day).id if day >= rules.all()[0].effective else None
            self._in_force[day] = found
        return found

    def _set_number(self, raw: str) -> int | None:
        if raw.isdigit():
            return int(raw)
        if self._set_names is None:
            tree = _tree(None)
            names = {fold(p.label_vi): p.number for p in tree.product_sets()}
            names |= {fold(p.subgroup_vi): p.number for p in tree.product_sets() if p.subgroup_vi}
            self._set_names = names
        return self._set_names.get(fold(raw))

    # -- a row --------------------------------------------------------------------------------

    def read(self, row: int, values: dict[str, str], context: Place | None = None) -> Entry | None:
        """The entry of one row, or ``None`` when the row is rejected (reasons in the report)."""
        errors: list[RowError] = []
        warnings = self.report.warnings

        def fail(key: str, message: Message) -> None:
            errors.append(RowError(row, HEADERS[key], values.get(key), message))

        def warn(key: str, message: Message) -> None:
            warnings.append(RowError(row, HEADERS[key], values.get(key), message))

        text: dict[str, str] = {}
        for key, value in values.items():
            value = value.strip()
            if not value:
                continue
            if len(value) > MAX_FIELD_CHARS:
                fail(
                    key,
                    _(
                        "giá trị dài {length} ký tự, quá giới hạn {limit}",
                        length=len(value),
                        limit=MAX_FIELD_CHARS,
                    ),
                )
                continue
            text[key] = value
        if errors:
            for e in errors:  # do not echo huge values back
                errors[errors.index(e)] = RowError(e.row, e.column, (e.value or "")[:80], e.text)
            self.report.rejected.extend(errors)
            return None
        parsers = self.parsers

        def optional(key: str) -> Any:
            raw = text.get(key)
            if raw is None:
                return None
            try:
                return parsers[key](raw)
            except BadValue as bad:
                warn(key, bad.message)
                return None

        name = text.get("name")
        if name is None:
            fail("name", _("thiếu tên sản phẩm"))
        rank = None
        raw = text.get("star")
        if raw is None:
            fail("star", _("thiếu hạng sao"))
        else:
            try:
                rank = parsers["star"](raw)
            except BadValue as bad:
                fail("star", bad.message)
        decided = optional("decision_date")
        revoked = optional("revoked_on")
        year = optional("year")
        if year is not None and decided is not None and decided.year != year:
            warn(
                "year",
                _("năm {year} khác năm của ngày quyết định {decided}", year=year, decided=decided),
            )
        if decided is not None:
            year = decided.year
        where, commune, district = self._where(text, decided, year, context, fail, warn)
        kind = optional("producer_type")
        rule_set = optional("rule_set")
        if rule_set is None and decided is not None:
            rule_set = self._rule_set_on(decided)
        number = sector = group = None
        if (raw := text.get("product_set")) is not None:
            number = self._set_number(raw)
            tree_key = rule_set or (str(year) if year else "")
            tree = self._sets.get((0, tree_key))
            if tree is None:
                tree = _tree(
                    rule_set
                    if rule_set
                    else self._rule_set_on(dt.date(year, 12, 31))
                    if year
                    else None
                )
                self._sets[(0, tree_key)] = tree
            if number is None or not any(p.number == number for p in tree.product_sets()):
                warn(
                    "product_set", _("không có bộ sản phẩm {raw} (1–26, Phụ lục II)", raw=repr(raw))
                )
                number = None
            else:
                found = tree.product_set(number)
                sector, group = found.sector, found.group
        given = optional("sector")
        if given is not None:
            if sector is not None and given != sector:
                warn(
                    "sector",
                    _(
                        "ngành {given} không khớp bộ sản phẩm {number} (ngành {sector})",
                        given=given,
                        number=number,
                        sector=sector,
                    ),
                )
            else:
                sector = given
        code = optional("code")
        if code is not None:
            first = self.codes.first_row(code)
            if first is not None:
                fail("code", _("mã sản phẩm trùng với dòng {first}", first=first))
        if errors or name is None or rank is None or where is None:
            self.report.rejected.extend(errors)
            return None
        if code is not None:
            self.codes.add(code, row)
        region = where.old.region if where.old is not None else None
        if region is None:
            try:
                region = where.unit.region
            except UnknownRegionError:
                region = None
        return Entry(
            name=name,
            rank=rank,
            province=where.old,
            unit=where.unit,
            region=region,
            producer=text.get("producer"),
            producer_type=kind,
            product_set=number,
            sector=sector,
            group=group,
            commune=text.get("commune") or commune,
            decision_number=text.get("decision_number"),
            decision_date=decided,
            year=year,
            rule_set=rule_set,
            code=code,
            revoked_on=revoked,
            row=row,
            address=text.get("address"),
            district=district,
        )

    def _where(
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
                fail("province", _("thiếu tỉnh"))
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
