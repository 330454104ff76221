"""Reading the rows of an Excel workbook (``.xlsx``) with ``openpyxl`` (the ``ocop[xlsx]``
extra; without it a :class:`~ocop.errors.MissingExtraError` names the extra).

The workbook is read whole (up to ``MAX_FILE_BYTES_XLSX``). Cells come out as text as a person
reads them: a date cell as ``2024-06-05``, ``4.0`` as ``4``. A cell merged down over several
rows gives its value to every row of the range (a district written once for its products); a
cell merged across one row (a group heading) stays one cell.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from typing import IO, Any

from ocop.errors import MissingExtraError
from ocop.i18n import _
from ocop.register.limits import MAX_FILE_BYTES_XLSX
from ocop.register.sources import Record, format_error


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def xlsx_records(stream: IO[bytes], name: str, sheet: str | None, close: Any) -> Iterator[Record]:
    try:
        import openpyxl  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        close()
        raise MissingExtraError(_("Đọc tệp Excel (.xlsx)"), "xlsx", "openpyxl") from None
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_FILE_BYTES_XLSX:
        chunk = stream.read(1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    data = b"".join(chunks)
    if len(data) > MAX_FILE_BYTES_XLSX:
        raise format_error(
            name,
            _(
                "tệp .xlsx lớn quá giới hạn {limit} byte; hãy lưu thành CSV UTF-8",
                limit=MAX_FILE_BYTES_XLSX,
            ),
        )
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, EOFError) as e:
        raise format_error(
            name, _("không mở được tệp Excel ({error})", error=str(e)[:120])
        ) from None
    if sheet is None:
        ws = book.worksheets[0]
    elif sheet in book.sheetnames:
        ws = book[sheet]
    else:
        raise format_error(
            name,
            _(
                "không có trang tính {sheet} (có: {sheets})",
                sheet=repr(sheet),
                sheets=", ".join(book.sheetnames),
            ),
        )
    fill: dict[int, list[tuple[int, str]]] = {}
    for merged in ws.merged_cells.ranges:
        if merged.max_row > merged.min_row:  # merged down: every row of the range has the value
            value = _cell(ws.cell(merged.min_row, merged.min_col).value)
            for row in range(merged.min_row + 1, merged.max_row + 1):
                fill.setdefault(row, []).append((merged.min_col, value))
    for number, values in enumerate(ws.iter_rows(values_only=True), 1):
        cells = [_cell(v) for v in values]
        for col, value in fill.get(number, ()):
            if col <= len(cells):
                cells[col - 1] = value
        yield number, cells
