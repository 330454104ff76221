"""Reading and writing product registers (CSV, JSON, JSON Lines), row by row.

Every rejected row is reported with its row number, column and reason; good rows are kept;
``read == kept + rejected``. Row numbers count as a spreadsheet does: the header is row 1, the
first product row 2 (for JSON, the first record is row 1).

    >>> import io
    >>> from ocop.register import read
    >>> text = "Tên sản phẩm,Hạng sao,Tỉnh,Ngày quyết định\\n" \\
    ...        "Chè Tân Cương,4 sao,Thái Nguyên,15/06/2020\\n" \\
    ...        "Mật ong bạc hà,6 sao,Hà Giang,01/07/2020\\n"
    >>> reg = read(io.StringIO(text))
    >>> [e.name for e in reg.entries], reg.report.read, reg.report.kept
    (['Chè Tân Cương'], 2, 1)
    >>> print(reg.report.rejected[0].message("en"))
    row 3, column Hạng sao ('6 sao'): there is no 6★ class (1–5)

Large files stream: :func:`stream` yields entries one at a time, so counting a register of any
size holds one row in memory (and the set of product codes seen, to find duplicates).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gzip
import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from attrs import define, field, frozen

from ocop.errors import (
    OcopError,
    ProductCodeError,
    RegionUnknownError,
    UnknownProvinceError,
)
from ocop.geo.names import fold
from ocop.geo.provinces import OldProvince, Province
from ocop.i18n import Message, Pair, _
from ocop.register.columns import COLUMNS, column_for
from ocop.register.entry import Entry, Rank
from ocop.register.values import BadValue, read_date, read_rank, read_sector, read_year

Source = str | os.PathLike[str] | IO[str]
_HEADERS = {c.key: c.header_vi for c in COLUMNS}


@frozen
class RowError:
    """A rejected row: where (row, column), the value, and why, in both languages."""

    row: int
    column: str | None
    value: str | None
    text: Message

    def message(self, locale: str = "vi") -> str:
        where = _("dòng {row}", row=self.row).text(locale)
        if self.column:
            where += _(", cột {column}", column=self.column).text(locale)
        if self.value is not None:
            where += f" ({self.value!r})"
        return f"{where}: {self.text.text(locale)}"


class RegisterFormatError(OcopError, ValueError):
    """The file itself cannot be read as a register (no header, a required column missing)."""


@define
class ImportReport:
    """What an import did: rows read, kept and rejected (with every reason).

    A stream fills it in as it reads, so it is the one mutable record of the package."""

    source: str
    read: int = 0
    kept: int = 0
    rejected: list[RowError] = field(factory=list)
    ignored_columns: tuple[str, ...] = ()

    @property
    def rejected_rows(self) -> tuple[int, ...]:
        return tuple(sorted({e.row for e in self.rejected}))

    def summary(self, locale: str = "vi") -> str:
        n = len(self.rejected_rows)
        head = _(
            "{source}: đọc {read} dòng, giữ {kept}, loại {rejected}.",
            source=self.source,
            read=self.read,
            kept=self.kept,
            rejected=n,
        ).text(locale)
        return "\n".join([head, *("  - " + e.message(locale) for e in self.rejected)])


@frozen
class Register:
    """Entries read from a source, with the import report."""

    entries: tuple[Entry, ...]
    report: ImportReport

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


class _RowReader:
    """Turns the text values of one row into an :class:`Entry`, or its :class:`RowError` s."""

    def __init__(self) -> None:
        self.seen_codes: dict[str, int] = {}
        self._sets: dict[str, int] | None = None

    def product_sets(self) -> dict[str, int]:
        if self._sets is None:
            from ocop import rules

            tree = rules.get("26/2026").classification
            assert tree is not None
            self._sets = {fold(p.label_vi): p.number for p in tree.product_sets()}
            self._sets |= {
                fold(p.subgroup_vi): p.number for p in tree.product_sets() if p.subgroup_vi
            }
        return self._sets

    def entry(self, values: Mapping[str, str], row: int) -> Entry | list[RowError]:
        from ocop import rules
        from ocop.product_codes import validate
        from ocop.records import producer_type

        errors: list[RowError] = []

        def fail(key: str, message: Message) -> None:
            errors.append(RowError(row, _HEADERS[key], values.get(key), message))

        def text(key: str) -> str | None:
            value = values.get(key)
            return value.strip() if value is not None and value.strip() else None

        name = text("name")
        if name is None:
            fail("name", _("thiếu tên sản phẩm"))
        rank = None
        if (raw := text("star")) is None:
            fail("star", _("thiếu hạng sao"))
        else:
            try:
                rank = read_rank(raw)
            except BadValue as bad:
                fail("star", bad.message)
        decided = revoked = None
        for key in ("decision_date", "revoked_on"):
            if (raw := text(key)) is not None:
                try:
                    parsed = read_date(raw)
                except BadValue as bad:
                    fail(key, bad.message)
                else:
                    if key == "decision_date":
                        decided = parsed
                    else:
                        revoked = parsed
        year = decided.year if decided else None
        if (raw := text("year")) is not None:
            try:
                year = read_year(raw)
            except BadValue as bad:
                fail("year", bad.message)
            else:
                if decided is not None and decided.year != year:
                    fail(
                        "year",
                        _(
                            "năm {year} khác năm của ngày quyết định {decided}",
                            year=year,
                            decided=decided,
                        ),
                    )
        old = unit = region = None
        if (raw := text("province")) is None:
            fail("province", _("thiếu tỉnh"))
        else:
            try:
                old, unit = _resolve_province(raw, decided, year)
            except UnknownProvinceError as err:
                fail("province", err.text)
            except BadValue as bad:
                fail("province", bad.message)
        if unit is not None:
            if old is not None:
                region = old.region
            else:
                try:
                    region = unit.region
                except RegionUnknownError:
                    region = None
        kind = None
        if (raw := text("producer_type")) is not None:
            try:
                kind = producer_type(raw)
            except OcopError as err:
                fail("producer_type", err.text)
        number = sector = group = None
        if (raw := text("product_set")) is not None:
            number = int(raw) if raw.isdigit() else self.product_sets().get(fold(raw))
            if number is None or not 1 <= number <= 26:
                fail(
                    "product_set", _("không có bộ sản phẩm {raw} (1–26, Phụ lục II)", raw=repr(raw))
                )
                number = None
            else:
                tree = rules.get("26/2026").classification
                assert tree is not None
                found = tree.product_set(number)
                sector, group = found.sector, found.group
        if (raw := text("sector")) is not None:
            try:
                given = read_sector(raw)
            except BadValue as bad:
                fail("sector", bad.message)
            else:
                if sector is not None and given != sector:
                    fail(
                        "sector",
                        _(
                            "ngành {given} không khớp bộ sản phẩm {number} (ngành {sector})",
                            given=given,
                            number=number,
                            sector=sector,
                        ),
                    )
                sector = given
        rule_set = None
        if (raw := text("rule_set")) is not None:
            try:
                rule_set = rules.get(raw).id
            except OcopError as err:
                fail("rule_set", err.text)
        elif decided is not None and decided >= rules.all()[0].effective:
            rule_set = rules.in_force(decided).id
        # A decision before 21 Aug 2019 predates every national rule set: rule_set stays None.
        code = None
        if (raw := text("code")) is not None:
            try:
                code = validate(raw)
            except ProductCodeError as err:
                fail("code", err.text)
            else:
                key = str(code)
                first = self.seen_codes.get(key)
                if first is not None:
                    fail("code", _("mã sản phẩm trùng với dòng {first}", first=first))
                    code = None
        if errors:
            return errors
        assert name is not None
        assert rank is not None
        assert unit is not None
        if code is not None:
            self.seen_codes[str(code)] = row
        return Entry(
            name=name,
            rank=rank,
            province=old,
            unit=unit,
            region=region,
            producer=text("producer"),
            producer_type=kind,
            product_set=number,
            sector=sector,
            group=group,
            commune=text("commune"),
            decision_number=text("decision_number"),
            decision_date=decided,
            year=year,
            rule_set=rule_set,
            code=code,
            revoked_on=revoked,
            row=row,
        )


def _resolve_province(
    text: str, decided: dt.date | None, year: int | None
) -> tuple[OldProvince | None, Province]:
    """(old province or ``None``, current unit) for a province as written in a row.

    Before 1 July 2025 (by the decision date, else the year) a name is an old province. After
    it, a current unit's name is that unit, and an old province's name (Hà Giang) is that old
    province. Undated, a name that is both an old province and a merged unit is refused.
    """
    from ocop import geo

    if decided is not None:
        before: bool | None = decided < geo.MERGER
    elif year is not None and year != 2025:
        before = year < 2025
    else:
        before = None
    old: OldProvince | None = None
    new: Province | None = None
    old_error = new_error = None
    try:
        old = geo.OLD_PROVINCES[text]
    except UnknownProvinceError as err:
        old_error = err
    try:
        new = geo.CURRENT_PROVINCES[text]
    except UnknownProvinceError as err:
        new_error = err
    if before is True or (new is None and old is None):
        if old is None:
            raise (old_error if before or new_error is None else new_error)  # type: ignore[misc]
        return old, old.successor()
    assert new is not None or old is not None
    names_unit = new is not None and geo.CURRENT_PROVINCES.key_of(text) == fold(new.name)
    if (
        before is None
        and old is not None
        and new is not None
        and names_unit
        and len(new.predecessors) > 1
    ):
        raise BadValue(
            _(
                "{text} vừa là tỉnh cũ vừa là đơn vị mới sau sáp nhập; cần "
                "ngày quyết định hoặc năm để phân biệt",
                text=repr(text),
            )
        )
    if old is not None and (before is None or not names_unit):
        return old, old.successor()
    assert new is not None
    return (new.predecessors[0] if len(new.predecessors) == 1 else None), new


def _open(source: Source) -> tuple[IO[str], str, bool]:
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if path.suffix == ".gz":
            return gzip.open(path, "rt", encoding="utf-8-sig", newline=""), str(path), True
        return path.open("r", encoding="utf-8-sig", newline=""), str(path), True
    return source, getattr(source, "name", "<stream>"), False


def _format_of(name: str, fmt: str | None) -> str:
    if fmt is not None:
        return fmt
    base = name.removesuffix(".gz").lower()
    if base.endswith(".jsonl"):
        return "jsonl"
    if base.endswith(".json"):
        return "json"
    return "csv"


def _csv_rows(
    handle: IO[str], source: str, report_columns: list[str]
) -> Iterator[tuple[int, dict[str, str]]]:
    first_line = handle.readline()
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(_chain(first_line, handle), delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        raise RegisterFormatError(_("{source}: tệp trống", source=source))
    keys: list[str | None] = []
    for title in header:
        column = column_for(title) if title.strip() else None
        if column is None:
            report_columns.append(title)
        keys.append(column.key if column else None)
    _check_required(source, [k for k in keys if k])
    for number, cells in enumerate(reader, 2):
        if not any(c.strip() for c in cells):
            continue
        yield number, {k: v for k, v in zip(keys, cells, strict=False) if k is not None}


def _chain(first: str, rest: IO[str]) -> Iterator[str]:
    yield first
    yield from rest


def _check_required(source: str, keys: Iterable[str]) -> None:
    present = set(keys)
    missing = [c for c in COLUMNS if c.required and c.key not in present]
    if missing:
        names = Pair(
            ", ".join(c.header_vi for c in missing), ", ".join(c.header_en for c in missing)
        )
        raise RegisterFormatError(
            _("{source}: thiếu cột bắt buộc: {names}", source=source, names=names)
        )


def _json_rows(
    handle: IO[str], source: str, lines: bool, report_columns: list[str]
) -> Iterator[tuple[int, dict[str, str]]]:
    records: Iterable[Any]
    if lines:
        records = (json.loads(line) for line in handle if line.strip())
    else:
        data = json.load(handle)
        records = data["entries"] if isinstance(data, dict) and "entries" in data else data
    checked = False
    for number, record in enumerate(records, 1):
        if not isinstance(record, dict):
            yield number, {"__bad__": repr(record)}
            continue
        values: dict[str, str] = {}
        for title, value in record.items():
            column = column_for(title)
            if column is None:
                if title not in report_columns:
                    report_columns.append(title)
                continue
            values[column.key] = "" if value is None else str(value)
        if not checked:
            _check_required(source, values)
            checked = True
        yield number, values


def stream(
    source: Source, *, format: str | None = None, report: ImportReport | None = None
) -> Iterator[Entry]:
    """Yield the good entries of a register one at a time; rejected rows go to ``report``.

    ``format`` is ``"csv"``, ``"json"`` or ``"jsonl"`` (by default from the file name; a
    ``.gz`` suffix is read through gzip). CSV and JSON Lines stream in constant memory; a JSON
    array is parsed whole.
    """
    handle, name, owned = _open(source)
    report = report if report is not None else ImportReport(name)
    ignored: list[str] = []
    reader = _RowReader()
    kind = _format_of(name, format)
    try:
        if kind == "csv":
            rows = _csv_rows(handle, name, ignored)
        elif kind in ("json", "jsonl"):
            rows = _json_rows(handle, name, kind == "jsonl", ignored)
        else:
            raise RegisterFormatError(_("định dạng {kind} không được hỗ trợ", kind=repr(kind)))
        first = True
        for number, values in rows:
            if first:
                report.ignored_columns = tuple(ignored)
                first = False
            if "__bad__" in values:
                report.rejected.append(
                    RowError(
                        number, None, values["__bad__"], _("bản ghi không phải đối tượng JSON")
                    )
                )
                report.read += 1
                continue
            result = reader.entry(values, number)
            if isinstance(result, Entry):
                report.read += 1
                report.kept += 1
                yield result
            else:
                report.rejected.extend(result)
                report.read += 1
    finally:
        if owned:
            handle.close()


def example() -> Register:
    """The bundled example register: SYNTHETIC products whose totals follow the published
    national figures up to 30 Sep 2025 (see ``ocop/data/example_register.json``)."""
    from importlib import resources

    path = resources.files("ocop") / "data" / "example_register.csv.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8", newline="") as text:
        return read(text, format="csv")


def read(source: Source, *, format: str | None = None) -> Register:
    """Read a whole register: the good entries and the report of the rejected rows."""
    name = (
        str(source)
        if isinstance(source, str | os.PathLike)
        else getattr(source, "name", "<stream>")
    )
    report = ImportReport(name)
    entries = tuple(stream(source, format=format, report=report))
    return Register(entries, report)


def _row(entry: Entry) -> dict[str, str]:
    def date(value: dt.date | None) -> str:
        return value.isoformat() if value else ""

    return {
        "name": entry.name,
        "star": entry.rank.label("vi") if entry.rank is Rank.POTENTIAL_FIVE else entry.rank.value,
        "province": entry.province_name,
        "commune": entry.commune or "",
        "producer": entry.producer or "",
        "producer_type": entry.producer_type_code or "",
        "product_set": "" if entry.product_set is None else str(entry.product_set),
        "sector": entry.sector or "",
        "decision_number": entry.decision_number or "",
        "decision_date": date(entry.decision_date),
        "year": "" if entry.year is None else str(entry.year),
        "rule_set": entry.rule_set or "",
        "code": "" if entry.code is None else str(entry.code),
        "revoked_on": date(entry.revoked_on),
    }


def write(
    entries: Iterable[Entry],
    target: str | os.PathLike[str] | IO[str],
    *,
    format: str | None = None,
    headers: str = "vi",
) -> int:
    """Write entries as CSV (headers ``"vi"``, ``"en"`` or ``"keys"``), JSON or JSON Lines.

    Returns the number of entries written. What is written reads back to the same entries.
    """
    with contextlib.ExitStack() as stack:
        if isinstance(target, str | os.PathLike):
            path = Path(target)
            name = str(path)
            handle: IO[str]
            if path.suffix == ".gz":  # no time stamp in the header: the same data, same bytes
                raw = stack.enter_context(path.open("wb"))
                packed = stack.enter_context(gzip.GzipFile(fileobj=raw, mode="wb", mtime=0))
                handle = stack.enter_context(io.TextIOWrapper(packed, encoding="utf-8", newline=""))
            else:
                handle = stack.enter_context(path.open("w", encoding="utf-8", newline=""))
        else:
            handle, name = target, getattr(target, "name", "<stream>")
        return _write(entries, handle, _format_of(name, format), headers)


def _write(entries: Iterable[Entry], handle: IO[str], kind: str, headers: str) -> int:
    count = 0
    if kind == "csv":
        titles = {
            "vi": [c.header_vi for c in COLUMNS],
            "en": [c.header_en for c in COLUMNS],
            "keys": [c.key for c in COLUMNS],
        }[headers]
        writer = csv.writer(handle)
        writer.writerow(titles)
        for entry in entries:
            row = _row(entry)
            writer.writerow([row[c.key] for c in COLUMNS])
            count += 1
    elif kind == "jsonl":
        for entry in entries:
            handle.write(json.dumps(_compact(_row(entry)), ensure_ascii=False) + "\n")
            count += 1
    else:
        rows = [_compact(_row(e)) for e in entries]
        json.dump(
            {"format": "ocop-register/1", "entries": rows}, handle, ensure_ascii=False, indent=1
        )
        handle.write("\n")
        count = len(rows)
    return count


def _compact(row: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in row.items() if v != ""}
