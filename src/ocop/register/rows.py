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
from ocop.errors import OcopError, UnknownRegionError
from ocop.geo.names import fold
from ocop.geo.places import Place
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
from ocop.register.where import Locator

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

_OPTIONAL = ("decision_date", "revoked_on", "year", "producer_type", "rule_set", "code", "sector")


def classification_for(rule_set: str | None) -> Classification:
    """The product-set tree an entry of ``rule_set`` is classified with (see the module
    docstring); ``None`` gives the newest tree."""
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
        self.locator = Locator(default, address_engine)
        self.codes = CodeSet()
        self.memos: dict[str, dict[str, Any]] = {k: {} for k in PARSERS}
        self.present: set[str] = set()
        self.optional: tuple[str, ...] = _OPTIONAL
        """The optional columns with a parser that this register has."""
        self.width = 0
        """The number of cells a row needs for every column of ``pairs``."""
        self.titles: dict[str, str] = {}
        """The file's own header of each column key (errors name the column as written)."""
        self._in_force: dict[dt.date, str | None] = {}
        self._sets: dict[tuple[str, str], tuple[Any, ...]] = {}
        self._regions: dict[str, Any] = {}
        self._set_names: dict[str, int] | None = None

    # -- values -------------------------------------------------------------------------------

    def _issue(
        self, row: int, text: dict[str, str], into: list[RowError]
    ) -> Callable[[str, Message], None]:
        """A function that records a problem of this row (a rejection or a warning)."""
        present, titles = self.present, self.titles

        def record(key: str, message: Message) -> None:
            shown = text.get(key, "" if key in present else None)
            into.append(RowError(row, titles.get(key) or HEADERS[key], shown, message))

        return record

    def _rule_set_on(self, day: dt.date) -> str | None:
        found = self._in_force.get(day, "")
        if found == "":
            found = rules.in_force(day).id if day >= rules.all()[0].effective else None
            self._in_force[day] = found
        return found

    def _set_number(self, raw: str) -> int | None:
        if raw.isascii() and raw.isdigit() and len(raw) <= 3:
            return int(raw)
        if self._set_names is None:
            tree = classification_for(None)
            names = {fold(p.label_vi): p.number for p in tree.product_sets()}
            names |= {fold(p.subgroup_vi): p.number for p in tree.product_sets() if p.subgroup_vi}
            self._set_names = names
        return self._set_names.get(fold(raw))

    # -- a row --------------------------------------------------------------------------------

    def _classify(self, raw: str, rule_set: str | None, year: int | None) -> tuple[Any, ...]:
        """(number, sector, group) of a product set under the entry's rule set, cached."""
        key = (raw, rule_set or (str(year) if year else ""))
        found = self._sets.get(key)
        if found is None:
            number = self._set_number(raw)
            if rule_set is None and year:
                rule_set = self._rule_set_on(dt.date(year, 12, 31))
            tree = classification_for(rule_set)
            if number is None or not any(p.number == number for p in tree.product_sets()):
                found = (None, None, None)
            else:
                ps = tree.product_set(number)
                found = (number, ps.sector, ps.group)
            if len(self._sets) < _CACHE_LIMIT:
                self._sets[key] = found
        return found

    def read(self, row: int, values: dict[str, str], context: Place | None = None) -> Entry | None:
        """The entry of a row given as ``{key: text}`` (JSON records)."""
        self.present = set(values)
        self.optional = tuple(k for k in _OPTIONAL if k in self.present)
        self.width = len(values)
        return self.read_cells(row, list(values.values()), list(enumerate(values)), context)

    def read_cells(
        self,
        row: int,
        cells: list[str],
        pairs: list[tuple[int, str]],
        context: Place | None = None,
    ) -> Entry | None:
        """The entry of one row (``pairs`` gives the cell index of each column key), or
        ``None`` when the row is rejected (the reasons go to the report)."""
        if len(cells) < self.width:
            cells = cells + [""] * (self.width - len(cells))
        text = {key: value for k, key in pairs if (value := cells[k].strip())}
        errors: list[RowError] = []
        if text and max(map(len, text.values())) > MAX_FIELD_CHARS:
            for key, value in text.items():
                if len(value) > MAX_FIELD_CHARS:
                    errors.append(
                        RowError(
                            row,
                            self.titles.get(key) or HEADERS[key],
                            value[:80],
                            _(
                                "giá trị dài {length} ký tự, quá giới hạn {limit}",
                                length=len(value),
                                limit=MAX_FIELD_CHARS,
                            ),
                        )
                    )
            self.report.rejected.extend(errors)
            return None
        fail = self._issue(row, text, errors)
        warn = self._issue(row, text, self.report.warnings)
        parsed: dict[str, Any] = {}
        memos = self.memos
        for key in self.optional:
            raw = text.get(key)
            if raw is not None:
                memo = memos[key]
                got: Any = memo.get(raw, memo)
                if got is memo:
                    try:
                        got = PARSERS[key](raw)
                    except BadValue as bad:
                        got = bad
                    if len(memo) < _CACHE_LIMIT and key != "code":
                        memo[raw] = got
                if isinstance(got, BadValue):
                    warn(key, got.message)
                else:
                    parsed[key] = got
        name = text.get("name")
        if name is None:
            fail("name", _("thiếu tên sản phẩm"))
        rank = None
        raw = text.get("star")
        if raw is None:
            fail("star", _("thiếu hạng sao"))
        else:
            memo = memos["star"]
            found = memo.get(raw, memo)
            if found is memo:
                try:
                    found = read_rank(raw)
                except BadValue as bad:
                    found = bad
                if len(memo) < _CACHE_LIMIT:
                    memo[raw] = found
            if isinstance(found, BadValue):
                fail("star", found.message)
            else:
                rank = found
        decided = parsed.get("decision_date")
        year = parsed.get("year")
        if decided is not None:
            if year is not None and decided.year != year:
                warn(
                    "year",
                    _(
                        "năm {year} khác năm của ngày quyết định {decided}",
                        year=year,
                        decided=decided,
                    ),
                )
            year = decided.year
        where, commune, district = self.locator.where(text, decided, year, context, fail, warn)
        rule_set = parsed.get("rule_set")
        if rule_set is None and decided is not None:
            rule_set = self._rule_set_on(decided)
        number = sector = group = None
        if (raw := text.get("product_set")) is not None:
            number, sector, group = self._classify(raw, rule_set, year)
            if number is None:
                warn(
                    "product_set", _("không có bộ sản phẩm {raw} (1–26, Phụ lục II)", raw=repr(raw))
                )
        given = parsed.get("sector")
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
        code = parsed.get("code")
        if code is not None:
            first = self.codes.first_row(code)
            if first is not None:
                fail("code", _("mã sản phẩm trùng với dòng {first}", first=first))
        if errors or name is None or rank is None or where is None:
            self.report.rejected.extend(errors)
            return None
        if code is not None:
            self.codes.add(code, row)
        old = where.old
        if old is not None:
            region = old.region
        else:
            code = where.unit.code
            if code not in self._regions:
                try:
                    self._regions[code] = where.unit.region
                except UnknownRegionError:
                    self._regions[code] = None
            region = self._regions[code]
        return Entry(
            name,
            rank,
            old,
            where.unit,
            region,
            text.get("producer"),
            parsed.get("producer_type"),
            number,
            sector,
            group,
            text.get("commune") or commune,
            text.get("decision_number"),
            decided,
            year,
            rule_set,
            code,
            parsed.get("revoked_on"),
            row,
            text.get("address"),
            district,
        )
