"""Opening a register file as it comes: its kind, its encoding, its records.

A file is recognised by its first bytes before its name: an Excel workbook (``.xlsx``, a zip),
gzip, JSON, JSON Lines or CSV; images, PDFs and other binary files are refused with one
:class:`~ocop.errors.RegisterFormatError`. CSV text is decoded as UTF-8 (with or without
Excel's BOM), UTF-16 (Excel's "Unicode Text", with its BOM or without) or Windows-1258
(Vietnamese ANSI); a file that is none of these gets an error that says how to save it.

Every record comes out as ``(number, cells)``, numbered as the user sees it (the line where a
CSV record starts, the row of a sheet). The errors of the layers below (``csv.Error``,
``UnicodeDecodeError``, ``EOFError``, ``BadGzipFile``, ``JSONDecodeError``, ``zipfile``'s) never
reach the caller: a bad record becomes a :class:`Bad` record, a bad file a
``RegisterFormatError``.
"""

from __future__ import annotations

import codecs
import csv
import functools
import gzip
import io
import itertools
import json
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from attrs import frozen

from ocop.errors import RegisterFormatError, shown
from ocop.i18n import Message, _
from ocop.register.limits import MAX_LINE_CHARS
from ocop.register.lines import SAVE_AS, TOO_LONG, Text, lines_before_failure, physical_lines

Source = str | os.PathLike[str] | IO[str] | IO[bytes]


@frozen
class Bad:
    """A record that could not be read at all (a broken CSV quote, a JSON line that does not
    parse, a line over the size limit)."""

    value: str | None
    text: Message


Cells = list[str] | dict[str, Any] | Bad
Record = tuple[int, Cells]

_EXPECTED = _("cần một sổ đăng ký: bảng CSV, tệp Excel .xlsx, JSON hoặc JSON Lines có dòng tiêu đề")


def format_error(source: str, text: Message) -> RegisterFormatError:
    return RegisterFormatError(source, text)


@frozen
class Opened:
    """A source opened for reading: its name, kind and records."""

    name: str
    kind: str
    records: Iterator[Record]
    close: Any


def name_of(source: Source) -> str:
    if isinstance(source, str | os.PathLike):
        return str(source)
    return str(getattr(source, "name", "<stream>"))


def _kind_by_name(name: str) -> str | None:
    base = name.removesuffix(".gz").lower()
    for suffix, kind in (
        (".jsonl", "jsonl"),
        (".ndjson", "jsonl"),
        (".json", "json"),
        (".xlsx", "xlsx"),
        (".xlsm", "xlsx"),
        (".csv", "csv"),
        (".tsv", "csv"),
        (".txt", "csv"),
    ):
        if base.endswith(suffix):
            return kind
    return None


_BINARY = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"\xd0\xcf\x11\xe0", "Excel 97–2003 (.xls)"),
    (b"Rar!", "RAR"),
    (b"7z\xbc\xaf", "7z"),
)


def open_source(source: Source, fmt: str | None, sheet: str | None) -> Opened:
    """Open ``source`` and return its records; a file that is not a register is refused."""
    name = name_of(source)
    if isinstance(source, str | os.PathLike):
        try:
            raw: IO[bytes] = Path(source).open("rb")  # noqa: SIM115 - closed by the stream
        except IsADirectoryError:
            raise format_error(name, _EXPECTED) from None
        except (OSError, ValueError) as e:  # ValueError: a NUL in the path
            raise format_error(
                name,
                _("không đọc được tệp ({error})", error=getattr(e, "strerror", None) or str(e)),
            ) from None
        try:
            return _from_bytes(raw, name, fmt, sheet, raw.close)
        except BaseException:
            raw.close()
            raise
    if not callable(getattr(source, "read", None)):
        raise format_error(
            name,
            _(
                "cần đường dẫn hoặc tệp đang mở, không phải {value}",
                value=shown(source),
            ),
        )
    first = source.read(0)
    if isinstance(first, bytes):
        return _from_bytes(source, name, fmt, sheet, lambda: None)  # type: ignore[arg-type]
    return _from_text(source, name, fmt or _kind_by_name(name), lambda: None)  # type: ignore[arg-type]


def _from_bytes(
    raw: IO[bytes], name: str, fmt: str | None, sheet: str | None, close: Any
) -> Opened:
    try:
        start = raw.tell() if raw.seekable() else None
        head = raw.read(4096)
    except OSError as e:
        close()
        raise format_error(name, _("không đọc được tệp ({error})", error=str(e))) from None
    stream: Any = _Prefixed(head, raw)
    packed = head.startswith(b"\x1f\x8b")
    if packed:
        stream = gzip.GzipFile(fileobj=stream, mode="rb")
        try:
            head = stream.read(4096)
        except (OSError, EOFError, zlib.error) as e:
            close()
            raise format_error(name, _("tệp gzip hỏng ({error})", error=str(e))) from None
        stream = _Prefixed(head, stream)
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        close()
        raise format_error(name, _("tệp trống; {expected}", expected=_EXPECTED))
    if head.startswith(b"PK\x03\x04"):
        if fmt not in (None, "xlsx"):
            close()
            raise format_error(name, _EXPECTED)
        from ocop.register.xlsx import xlsx_records

        return Opened(name, "xlsx", xlsx_records(stream, name, sheet, close), close)
    for magic, what in _BINARY:
        if head.startswith(magic):
            close()
            raise format_error(
                name,
                _("tệp {what} không phải sổ đăng ký; {expected}", what=what, expected=_EXPECTED),
            )
    encoding = _encoding(head, name)
    text = Text(stream, encoding=encoding, newline="")
    if start is not None:
        text.rescan = functools.partial(lines_before_failure, raw, start, packed, encoding)
    kind = fmt or _kind_by_name(name)
    return _from_text(text, name, kind, close, encoding)


def _encoding(head: bytes, name: str) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:1024]
    if sample.count(b"\x00") * 4 >= len(sample):
        even = sample[0::2].count(b"\x00")
        odd = sample[1::2].count(b"\x00")
        return "utf-16-be" if even > odd else "utf-16-le"
    if b"\x00" in sample:
        raise format_error(
            name, _("tệp nhị phân không phải sổ đăng ký; {expected}", expected=_EXPECTED)
        )
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    try:
        head.decode("cp1258")
    except UnicodeDecodeError:
        raise format_error(
            name, _("không nhận ra bảng mã của tệp; {save_as}", save_as=SAVE_AS)
        ) from None
    return "cp1258"


class _Prefixed(io.RawIOBase):
    """A byte stream with its first bytes given back (after sniffing them)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _from_text(
    handle: IO[str], name: str, kind: str | None, close: Any, encoding: str | None = None
) -> Opened:
    lines = physical_lines(handle, name, encoding)
    head: list[str] = []
    first = ""
    for line in lines:  # the first line with text decides the kind
        head.append(line)
        if line.strip("\ufeff \t\r\n"):
            first = line
            break
    if not first:
        close()
        raise format_error(name, _("tệp trống; {expected}", expected=_EXPECTED))
    if head[0].startswith("\ufeff"):  # a byte-order mark read as text (an opened stream)
        head[0] = head[0][1:]
    rest = itertools.chain(head, lines)
    start = first.lstrip("\ufeff \t")
    if kind is None:
        kind = "json" if start.startswith("[") else "jsonl" if start.startswith("{") else "csv"
    if kind == "json" and start.startswith("{") and not _is_document(start):
        kind = "jsonl"
    if kind in ("json", "jsonl"):
        if not start.startswith(("{", "[")):
            close()
            raise format_error(name, _EXPECTED)
        records = _jsonl(rest) if kind == "jsonl" else _json(rest, name)
    elif kind == "csv":
        records = _csv(rest)
    else:
        raise format_error(name, _("định dạng {kind} không được hỗ trợ", kind=repr(kind)))
    return Opened(name, kind, records, close)


def _is_document(first_line: str) -> bool:
    """A JSON object that does not end on its first line is a document, not JSON Lines."""
    try:
        json.loads(first_line)
    except (ValueError, RecursionError):
        return True
    return False


def _csv(lines: Iterator[str]) -> Iterator[Record]:
    head = list(itertools.islice(lines, 30))
    delimiter = max(",;\t", key=lambda d: max(line.count(d) for line in head))
    reader = csv.reader(itertools.chain(head, lines), delimiter=delimiter)
    start = 1
    while True:  # a broken record ends the inner loop; the reader goes on after it
        try:
            for cells in reader:
                if cells and cells[0] == "\x00too-long\x00":
                    yield (
                        start,
                        Bad(None, _("dòng dài quá giới hạn {limit} ký tự", limit=MAX_LINE_CHARS)),
                    )
                else:
                    yield start, cells
                start = reader.line_num + 1
            return
        except csv.Error as e:
            yield start, Bad(None, _("bản ghi CSV hỏng ({error})", error=str(e)))
            start = reader.line_num + 1


def _json_problem(error: Exception, *, one_line: bool = False) -> Message:
    """What is wrong with a JSON text, in the library's words (not Python's); a JSON Lines
    record is already named by its line."""
    if isinstance(error, RecursionError):
        return _("JSON lồng nhau quá sâu")
    if one_line:
        return _("dòng JSON hỏng")
    if isinstance(error, json.JSONDecodeError):
        return _(
            "JSON hỏng ở dòng {line}, cột {column}",
            line=error.lineno,
            column=error.colno,
        )
    return _("JSON có giá trị không đọc được")


def _jsonl(lines: Iterator[str]) -> Iterator[Record]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            yield number, []
            continue
        if line == TOO_LONG:
            yield number, Bad(None, _("dòng dài quá giới hạn {limit} ký tự", limit=MAX_LINE_CHARS))
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as e:
            yield number, Bad(line.strip()[:80], _json_problem(e, one_line=True))
            continue
        yield number, _json_record(record)


def _json_record(record: object) -> Cells:
    if isinstance(record, dict):
        return record
    return Bad(repr(record)[:80], _("bản ghi không phải đối tượng JSON"))


def _json(lines: Iterator[str], name: str) -> Iterator[Record]:
    text = "".join(lines)
    if TOO_LONG in text:
        raise format_error(
            name, _("tài liệu JSON có dòng dài quá giới hạn {limit} ký tự", limit=MAX_LINE_CHARS)
        )
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as e:
        raise format_error(name, _json_problem(e)) from None
    records = data.get("entries") if isinstance(data, dict) else data
    if not isinstance(records, list) or (records and not any(isinstance(r, dict) for r in records)):
        raise format_error(
            name,
            _(
                'JSON phải là một mảng bản ghi hoặc {{"entries": [...]}}; {expected}',
                expected=_EXPECTED,
            ),
        )
    for number, record in enumerate(records, 1):
        yield number, _json_record(record)
