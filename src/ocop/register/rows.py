"""One row of a register into an :class:`~ocop.register.entry.Entry`, column by column.

Each column has its parser (:data:`~ocop.register.cells.PARSERS`), applied to the text of its
cell; parsers of the columns whose values repeat (stars, provinces, dates, producer types,
product sets) are cached, so a register of a million rows parses each distinct value once.

A row is read in a few dozen steps, because a register can have millions: the header decides
once where each column is (:meth:`RowReader.columns`), each parsed value is looked up by its
cell in its column's :class:`~ocop.register.cells.ParsedColumn` (a dictionary that strips and
parses a cell the first time it meets it), the text columns are stripped, and a problem becomes
a :class:`~ocop.register.report.RowError` only when there is one.

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
from typing import Any

from ocop import rules
from ocop.errors import UnknownRegionError, UsageError
from ocop.geo.names import fold
from ocop.geo.places import Place
from ocop.i18n import Message, _
from ocop.model import Classification
from ocop.register.cells import PARSERS, ParsedColumn
from ocop.register.columns import COLUMNS
from ocop.register.entry import Entry, checked_entry
from ocop.register.limits import MAX_CACHED_CELLS, MAX_FIELD_CHARS
from ocop.register.report import ImportReport, RowError
from ocop.register.seen import CodeSet
from ocop.register.values import BadValue
from ocop.register.where import Locator, before_merger

HEADERS = {c.key: c.header_vi for c in COLUMNS}
_PLAN_LIMIT = 256


_OPTIONAL = ("decision_date", "revoked_on", "year", "producer_type", "rule_set", "code", "sector")
"""The optional columns with a parser, in the order their warnings are reported."""

_KEYS = (
    "name",
    "star",
    "province",
    "address",
    "district",
    "commune",
    "producer",
    "decision_number",
    "product_set",
    *_OPTIONAL,
)
"""Every column key, in the order :meth:`RowReader.read_cells` unpacks their cell indexes."""


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
    # a rule set of one's own may have no tree: then the newest tree of any rule set (the
    # official ones always have one)
    for rs in [*candidates, *ordered[::-1]]:
        tree = rs.classification
        if tree is not None and tree.product_sets():
            return tree
    raise UsageError(
        _(
            "không bộ quy tắc nào có cây phân loại bộ sản phẩm",
        )
    )


class RowReader:
    """Reads the rows of one import into entries, filling in its report.

    :meth:`columns` tells it where each column is (once per header); :meth:`read_cells` then
    reads one row of cells, :meth:`read` one record given as ``{key: text}``.
    """

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
        self.parsed: dict[str, ParsedColumn] = {
            key: ParsedColumn(parse, unique=key == "code") for key, parse in PARSERS.items()
        }
        """The parsed values of each column with a parser, shared by every header."""
        self._parsed = tuple(self.parsed[key] for key in ("star", *_OPTIONAL))
        self.present: frozenset[str] = frozenset()
        """The column keys of the current header."""
        self.width = 0
        """The number of cells a row needs for every column of the header."""
        self.titles: dict[str, str] = {}
        """The file's own header of each column key (errors name the column as written)."""
        self._at: dict[str, int] = {}
        self._plan: tuple[int, ...] = ()
        self._plans: dict[
            tuple[str, ...], tuple[frozenset[str], dict[str, int], tuple[int, ...], int]
        ] = {}
        self._in_force: dict[dt.date, str | None] = {}
        self._sets: dict[tuple[str, str | None, int | None], tuple[Any, ...]] = {}
        self._regions: dict[str, Any] = {}
        self._set_names: dict[str, int] | None = None

    def columns(self, pairs: list[tuple[int, str]], titles: dict[str, str]) -> None:
        """Read the rows that follow with the columns ``pairs`` (the cell index of each column
        key) titled ``titles``.

        A column the header lacks gets the index ``-1``: :meth:`read_cells` appends one empty
        cell to every row, so the missing column reads as an empty cell without a test.
        """
        self.present = frozenset(key for _, key in pairs)
        self._at = {key: k for k, key in pairs}
        self._plan = tuple(self._at.get(key, -1) for key in _KEYS)
        self.width = max((k for k, _ in pairs), default=-1) + 1
        self.titles = titles

    # -- values -------------------------------------------------------------------------------

    def _issue(self, row: int, key: str, cells: list[str], message: Message) -> RowError:
        """A problem of the row ``cells`` in the column ``key``: its value is the cell's text
        (stripped), ``""`` for a blank cell, ``None`` without the column."""
        shown = cells[self._at[key]].strip() if key in self.present else None
        return RowError(row, self.titles.get(key) or HEADERS[key], shown, message)

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
        key = (raw, rule_set, year)
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
            if len(self._sets) < MAX_CACHED_CELLS:
                self._sets[key] = found
        return found

    def read(self, row: int, values: dict[str, str], context: Place | None = None) -> Entry | None:
        """The entry of a row given as ``{key: text}`` (JSON records): the keys are the
        header of this one row (the layouts met are remembered, a few hundred at most)."""
        keys = tuple(values)
        plan = self._plans.get(keys)
        if plan is None:
            self.columns(list(enumerate(keys)), {})
            if len(self._plans) < _PLAN_LIMIT:
                self._plans[keys] = (self.present, self._at, self._plan, self.width)
        else:
            self.present, self._at, self._plan, self.width = plan
            self.titles = {}
        return self.read_cells(row, list(values.values()), context)

    def _too_long(self, row: int, cells: list[str]) -> list[RowError]:
        """The errors of the values over ``MAX_FIELD_CHARS`` (by column, as the header has
        them), shown cut to 80 characters."""
        return [
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
            for key, k in self._at.items()
            if len(value := cells[k].strip()) > MAX_FIELD_CHARS
        ]

    def read_cells(self, row: int, cells: list[str], context: Place | None = None) -> Entry | None:
        """The entry of one row of cells (laid out as :meth:`columns` said), or ``None`` when
        the row is rejected (the reasons go to the report). ``cells`` is taken over: it is
        padded in place."""
        # one more cell, blank: the cell of every column the header lacks (index -1); the
        # list is the row's own (a new one per record), so it is extended in place
        missing = self.width - len(cells)
        if missing > 0:
            cells.extend([""] * missing)
        cells.append("")
        # one join tells that no value can be too long (a value is at most the whole row)
        if len("".join(cells)) > MAX_FIELD_CHARS and (errors := self._too_long(row, cells)):
            self.report.rejected.extend(errors)
            return None
        (
            at_name,
            at_star,
            at_province,
            at_address,
            at_district,
            at_commune,
            at_producer,
            at_number,
            at_set,
            at_decided,
            at_revoked,
            at_year,
            at_type,
            at_rule_set,
            at_code,
            at_sector,
        ) = self._plan
        stars, dates, revocations, years, kinds, rule_sets, codes, sectors = self._parsed
        decided = dates[cells[at_decided]]
        revoked = revocations[cells[at_revoked]]
        year = years[cells[at_year]]
        kind = kinds[cells[at_type]]
        rule_set = rule_sets[cells[at_rule_set]]
        code = codes[cells[at_code]]
        given = sectors[cells[at_sector]]
        bad = BadValue
        if (
            type(decided) is bad
            or type(revoked) is bad
            or type(year) is bad
            or type(kind) is bad
            or type(rule_set) is bad
            or type(code) is bad
            or type(given) is bad
        ):
            warnings = self.report.warnings
            values = [decided, revoked, year, kind, rule_set, code, given]
            for k, key in enumerate(_OPTIONAL):
                if type(values[k]) is bad:
                    warnings.append(self._issue(row, key, cells, values[k].message))
                    values[k] = None
            decided, revoked, year, kind, rule_set, code, given = values
        errors = []
        name = cells[at_name].strip()
        if not name:
            errors.append(self._issue(row, "name", cells, _("thiếu tên sản phẩm")))
        rank = stars[cells[at_star]]
        if rank is None:
            errors.append(self._issue(row, "star", cells, _("thiếu hạng sao")))
        elif type(rank) is bad:
            errors.append(self._issue(row, "star", cells, rank.message))
            rank = None
        if decided is not None:
            if year is not None and decided.year != year:
                self.report.warnings.append(
                    self._issue(
                        row,
                        "year",
                        cells,
                        _(
                            "năm {year} khác năm của ngày quyết định {decided}",
                            year=year,
                            decided=decided,
                        ),
                    )
                )
            year = decided.year
        located = None
        if not cells[at_district]:  # a province cell read before, on one map or by the date
            located = self.locator.plain.get(cells[at_province])
            if located is None and (before := before_merger(decided, year)) is not None:
                located = self.locator.dated.get((cells[at_province], before))
        if located is None:
            located = self.locator.where(
                cells[at_province], cells[at_address], cells[at_district], decided, year, context
            )
        where, commune, district, issue = located
        if issue is not None:
            key, message, rejects = issue
            (errors if rejects else self.report.warnings).append(
                self._issue(row, key, cells, message)
            )
        if rule_set is None and decided is not None:
            rule_set = self._in_force.get(decided, "")
            if rule_set == "":
                rule_set = self._rule_set_on(decided)
        number = sector = group = None
        if raw := cells[at_set].strip():
            number, sector, group = self._sets.get((raw, rule_set, year)) or self._classify(
                raw, rule_set, year
            )
            if number is None:
                self.report.warnings.append(
                    self._issue(
                        row,
                        "product_set",
                        cells,
                        _("không có bộ sản phẩm {raw} (1–26, Phụ lục II)", raw=repr(raw)),
                    )
                )
        if given is not None:
            if sector is not None and given != sector:
                self.report.warnings.append(
                    self._issue(
                        row,
                        "sector",
                        cells,
                        _(
                            "ngành {given} không khớp bộ sản phẩm {number} (ngành {sector})",
                            given=given,
                            number=number,
                            sector=sector,
                        ),
                    )
                )
            else:
                sector = given
        if code is not None:
            first = self.codes.first_row(code)
            if first is not None:
                errors.append(
                    self._issue(
                        row, "code", cells, _("mã sản phẩm trùng với dòng {first}", first=first)
                    )
                )
        if errors or rank is None or where is None:
            self.report.rejected.extend(errors)
            return None
        if code is not None:
            self.codes.add(code, row)
        unit = where.unit
        old = where.old
        if old is not None:
            region = old.region
        else:
            region = self._regions.get(unit.code, self)
            if region is self:
                try:
                    region = unit.region
                except UnknownRegionError:
                    region = None
                self._regions[unit.code] = region
        return checked_entry(
            name,
            rank,
            old,
            unit,
            region,
            cells[at_producer].strip() or None,
            kind,
            number,
            sector,
            group,
            cells[at_commune].strip() or commune,
            cells[at_number].strip() or None,
            decided,
            year,
            rule_set,
            code,
            revoked,
            row,
            cells[at_address].strip() or None,
            district,
        )
