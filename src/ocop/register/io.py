"""Reading product registers as they are published: CSV, Excel, JSON, JSON Lines, row by row.

Every record of the file is accounted for (``kept + rejected + skipped == read``, see
:mod:`ocop.register.report`); rejected rows are reported with row, column, value and reason;
good rows are kept. Rows are numbered as the user sees them (the CSV line, the sheet row).

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

Registers as provinces publish them read the same way: a title above the header, an ``STT``
column, group headings and a total row (skipped and counted), no province column (give
``province=`` or read it from an ``Địa chỉ`` column), headers in their own words
(``columns={"Hạng OCOP": "star"}``)::

    >>> text = "DANH SÁCH SẢN PHẨM OCOP NĂM 2024\\n\\nSTT;Tên SP;Phân hạng;Năm công nhận\\n" \\
    ...        "I;HUYỆN ĐỨC TRỌNG;;\\n1;Cà phê Cầu Đất;4 sao;2024\\n;Tổng cộng;1;\\n"
    >>> reg = read(io.StringIO(text), province="Lâm Đồng (cũ)")
    >>> e = reg.entries[0]
    >>> e.name, e.province_name, e.unit_name, e.district, reg.report.skipped
    ('Cà phê Cầu Đất', 'Lâm Đồng', 'Lâm Đồng', 'Huyện Đức Trọng', {'heading': [4], 'total': [6]})

Large files stream: :func:`stream` yields entries one at a time, so counting a register of any
size holds one row in memory (and a compact key per product code, to find duplicates).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator, Mapping
from importlib import resources

from attrs import frozen

from ocop.errors import AmbiguousPlaceError, RegisterFormatError, UnknownProvinceError
from ocop.geo.addresses import parse as parse_address
from ocop.geo.names import fold
from ocop.geo.places import Place, districts, place
from ocop.i18n import _
from ocop.register.entry import Entry
from ocop.register.layout import (
    ROMAN,
    TOTAL_START,
    HeaderMap,
    check_header,
    header_map,
    heading_text,
    is_header,
    mapping,
    missing_columns,
    row_kind,
)
from ocop.register.limits import MAX_COLUMNS, MAX_HEADER_SCAN
from ocop.register.report import ImportReport, RowError
from ocop.register.rows import RowReader
from ocop.register.sources import Bad, Opened, Record, Source, name_of, open_source


@frozen
class Register:
    """Entries read from a source, with the import report."""

    #: The entries kept, in the order read.
    entries: tuple[Entry, ...]
    #: The accounting of the import: records kept, rejected and skipped.
    report: ImportReport

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def default_place(text: str | None, source: str = "province") -> Place | None:
    """The register-wide province: it must say which map it means when the name is on both."""
    if text is None:
        return None
    try:
        found = place(text)
    except (UnknownProvinceError, AmbiguousPlaceError) as err:
        raise RegisterFormatError(source, err.text) from None
    if found.map is None:
        raise AmbiguousPlaceError(
            text,
            [f"{found.unit.name} (cũ)", f"{found.unit.name} (mới)"],
            hint=_('Tỉnh mặc định của cả sổ phải ghi rõ "(cũ)" hay "(mới)", hoặc ghi mã tỉnh.'),
        )
    return found


def stream(
    source: Source,
    *,
    format: str | None = None,
    report: ImportReport | None = None,
    columns: Mapping[str, str] | None = None,
    province: str | None = None,
    sheet: str | None = None,
    addresses: str = "builtin",
) -> Iterator[Entry]:
    """Yield the good entries of a register one at a time; the accounting goes to ``report``.

    ``format`` is ``"csv"``, ``"xlsx"``, ``"json"`` or ``"jsonl"`` (by default from the file's
    first bytes and its name; ``.gz`` is read through gzip). ``columns`` maps the file's own
    headers to column keys (``{"star_rating": "star"}``); ``province`` is the register's own
    province when it has no province column (``"Lâm Đồng (cũ)"``, ``"Đắk Nông"``, a GSO
    code); ``sheet`` names the sheet of a workbook (the first by default); ``addresses`` is
    ``"builtin"`` or ``"vietnamadminunits"`` (the ``ocop[addresses]`` extra).
    """
    name = name_of(source)
    report = report if report is not None else ImportReport(name)
    if addresses not in ("builtin", "vietnamadminunits"):
        parse_address("", addresses)  # the error that lists the choices
    user = mapping(columns, name)
    default = default_place(province, name)
    opened = open_source(source, format, sheet)
    try:
        yield from _entries(
            opened, report, user, RowReader(report, default=default, address_engine=addresses)
        )
    finally:
        opened.close()


def _entries(
    opened: Opened, report: ImportReport, user: dict[str, str], reader: RowReader
) -> Iterator[Entry]:
    if opened.kind in ("json", "jsonl"):
        yield from _json_entries(opened, report, user, reader)
        return
    records = opened.records
    m, header, header_row = _find_header(opened, records, report, user, reader.default is not None)
    report.header_row = header_row
    report.ignored_columns = m.ignored
    report.duplicated_columns = m.duplicated
    folded = [fold(h) for h in header]
    width = len(header)
    pairs = [(k, key) for k, key in enumerate(m.keys) if key is not None]
    reader.columns(pairs, {key: header[k].strip() for k, key in pairs})
    reader.locator.has_province_column = "province" in reader.present
    reader.locator.has_address_column = "address" in reader.present
    context: Place | None = None
    star = m.index("star")
    header_star = folded[star] if star is not None and star < width else None
    # A star cell starting with a digit is a class, not the header repeated, unless the
    # header of that column starts with a digit too.
    digit_is_a_class = not (header_star or "")[:1].isdigit()
    after_total = False
    read_cells = reader.read_cells
    numbered = m.row_number == 0
    for number, cells in records:
        if not isinstance(cells, list):
            assert isinstance(cells, Bad)
            report.read += 1
            report.rejected.append(RowError(number, None, cells.value, cells.text))
            continue
        # the first test of row_kind, inline: a product row with its star class and a first
        # cell that neither starts like a total nor is a group numeral
        count = len(cells)
        if (
            star is not None
            and star < count
            and (star_text := cells[star].strip())
            # the header repeated (each printed page has it), in any case or accents
            and ((digit_is_a_class and star_text[:1].isdigit()) or fold(star_text) != header_star)
            and (lead := cells[0].strip())
            and not lead[:6].lower().startswith(TOTAL_START)
            and (not numbered or lead.isdigit() or not ROMAN.match(lead))
        ):
            kind = None
        else:
            kind = row_kind(cells, m, folded)
        if (
            kind is None
            and after_total
            and (star is None or star >= count or not cells[star].strip())
        ):
            kind = "footer"
        if kind is not None:
            after_total = after_total or kind == "total"
            report.skip(kind, number)
            if kind == "heading":
                context = _heading_place(heading_text(cells, m)) or context
            continue
        report.read += 1
        if count > width:  # (a header has at most MAX_COLUMNS cells: a row over it is wider)
            if count > MAX_COLUMNS:
                report.rejected.append(
                    RowError(
                        number,
                        None,
                        None,
                        _(
                            "dòng có {count} ô, quá giới hạn {limit}",
                            count=count,
                            limit=MAX_COLUMNS,
                        ),
                    )
                )
                continue
            if extra := [c for c in cells[width:] if c.strip()]:
                report.warnings.append(
                    RowError(
                        number,
                        None,
                        "; ".join(extra)[:80],
                        _("{count} ô ngoài các cột của dòng tiêu đề bị bỏ qua", count=len(extra)),
                    )
                )
        entry = read_cells(number, cells, context)
        if entry is not None:
            report.kept += 1
            yield entry


_DISTRICT_KIND = re.compile(r"^(?:huyện|quận|thị xã|thành phố|tp\.?|tx\.?)\s", re.IGNORECASE)


def _heading_place(text: str) -> Place | None:
    """The place a group heading names ("ĐẮK NÔNG CŨ", "HUYỆN ĐỨC TRỌNG"), if it names one."""
    if not text or len(text) > 80:
        return None
    if _DISTRICT_KIND.match(text):
        # "HUYỆN ĐỨC TRỌNG", "THÀNH PHỐ THÁI NGUYÊN": a district, when one has that name
        found_districts = districts(text)
        if len({d.province_code for d in found_districts}) == 1:
            d = found_districts[0]
            return Place(d.province, d.province.successor(), "old", d.full_name)
    try:
        found = place(text)
    except (UnknownProvinceError, AmbiguousPlaceError):
        return None
    return found if found.map is not None else None


def _find_header(
    opened: Opened,
    records: Iterator[Record],
    report: ImportReport,
    user: dict[str, str],
    province_ok: bool,
) -> tuple[HeaderMap, list[str], int]:
    best: list[str] = []
    best_keys: set[str] = set()
    for count, (number, cells) in enumerate(records):
        if count >= MAX_HEADER_SCAN:
            break
        if isinstance(cells, Bad) or not isinstance(cells, list):
            report.title_rows += 1
            continue
        check_header(opened.name, cells)
        m = header_map(cells, user)
        if is_header(m):
            keys = {k for k in m.keys if k}
            error = missing_columns(opened.name, cells, keys, province_ok or "address" in keys)
            if error is not None:
                raise error
            return m, cells, number
        report.title_rows += 1
        keys = {k for k in m.keys if k}
        if (len(keys), sum(1 for c in cells if c.strip())) > (
            len(best_keys),
            sum(1 for c in best if c.strip()),
        ):
            best, best_keys = cells, keys
    error = missing_columns(opened.name, best, best_keys, province_ok or "address" in best_keys)
    raise error or RegisterFormatError(opened.name, _("không tìm thấy dòng tiêu đề"))


def _json_entries(
    opened: Opened, report: ImportReport, user: dict[str, str], reader: RowReader
) -> Iterator[Entry]:
    keys: dict[str, str | None] = {}
    checked = False
    ignored: list[str] = []
    for number, record in opened.records:
        if isinstance(record, list):  # a blank line of JSON Lines
            report.skip("blank", number)
            continue
        report.read += 1
        if isinstance(record, Bad):
            report.rejected.append(RowError(number, None, record.value, record.text))
            continue
        assert isinstance(record, dict)
        values: dict[str, str] = {}
        bad = None
        for title, value in record.items():
            key = keys.get(title, "")
            if key == "":
                m = header_map([str(title)], user)
                key = m.keys[0]
                if key is None and title not in ignored and len(ignored) < MAX_COLUMNS:
                    ignored.append(title)
                if len(keys) < MAX_COLUMNS * 10:
                    keys[title] = key
            if key is None:
                continue
            if isinstance(value, dict | list):
                bad = RowError(
                    number, str(title), repr(value)[:80], _("giá trị không phải chữ hay số")
                )
                continue
            values[key] = "" if value is None else str(value)
        if not checked:
            present = {k for k in keys.values() if k}
            error = missing_columns(
                opened.name,
                list(record),
                present,
                reader.default is not None or "address" in present,
            )
            if error is not None:
                raise error
            checked = True
        report.ignored_columns = tuple(ignored)
        if bad is not None:
            report.rejected.append(bad)
            continue
        entry = reader.read(number, values)
        if entry is not None:
            report.kept += 1
            yield entry


def example() -> Register:
    """The bundled example register: SYNTHETIC products whose totals follow the published
    national figures up to 30 Sep 2025 (see ``ocop/data/example_register.json``)."""
    path = resources.files("ocop") / "data" / "example_register.csv.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8", newline="") as text:
        return read(text, format="csv")


def read(
    source: Source,
    *,
    format: str | None = None,
    columns: Mapping[str, str] | None = None,
    province: str | None = None,
    sheet: str | None = None,
    addresses: str = "builtin",
) -> Register:
    """Read a whole register: the good entries and the report (the options of :func:`stream`)."""
    report = ImportReport(name_of(source))
    entries = tuple(
        stream(
            source,
            format=format,
            report=report,
            columns=columns,
            province=province,
            sheet=sheet,
            addresses=addresses,
        )
    )
    return Register(entries, report)
