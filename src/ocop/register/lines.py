"""A register's text as physical lines, read in large pieces: each line ends in ``\n``,
``\r\n`` or a bare ``\r``, a line over ``MAX_LINE_CHARS`` is replaced by a marker without being
held in memory, and a file that cannot be decoded or read is a ``RegisterFormatError`` that
says at which line (the bytes are read again, only then, to find it)."""

from __future__ import annotations

import gzip
import io
import itertools
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterator
from typing import IO, Any

from ocop.errors import RegisterFormatError
from ocop.i18n import _
from ocop.register.limits import MAX_LINE_CHARS

SAVE_AS = _(
    'hãy lưu lại bằng Excel dưới dạng "CSV UTF-8 (Comma delimited)" hoặc giữ nguyên tệp .xlsx'
)


class Text(io.TextIOWrapper):
    """The text of a byte stream, able to say where it breaks: it is read in large pieces, so
    a piece that cannot be decoded would only say that the fault lies after the lines already
    read; ``rescan``, when the bytes can be read again, counts the lines before the fault."""

    rescan: Callable[[], int | None] | None = None


def lines_before_failure(raw: IO[bytes], start: int, packed: bool, encoding: str) -> int | None:
    """The whole lines of ``raw`` (from ``start``) before it fails to decode or to read, read
    again one byte at a time (only after a failure); ``None`` when they cannot be counted."""
    try:
        raw.seek(start)
        stream: Any = gzip.GzipFile(fileobj=raw, mode="rb") if packed else raw
        text = io.TextIOWrapper(stream, encoding=encoding, newline="")
    except (OSError, ValueError):
        return None
    text._CHUNK_SIZE = 1  # type: ignore[attr-defined]  # decode byte by byte: the exact line
    count = 0
    try:
        for line in text:
            if not line.endswith(("\n", "\r")):
                break  # the last line, cut short by the fault
            count += 1
    except (UnicodeDecodeError, OSError, EOFError, zlib.error):
        pass
    finally:
        text.detach()  # the caller's stream stays open
    return count


_CHUNK = 16_384
"""The characters read at a time: the lines of each read are cut in one call to
``str.splitlines`` rather than read one by one (small enough to stay in the processor's cache)."""

_END = re.compile(r"[\r\n]")

_BREAK = re.compile(r"(?<=\n)|(?<=\r)(?!\n)")
"""Where a line ends for CSV: after ``\n``, ``\r\n`` or a bare ``\r`` (``str.splitlines`` also
cuts at ``\v``, ``\f``, ``\x1c``–``\x1e``, ``\x85``, ``\u2028`` and ``\u2029``, which a CSV
cell may hold)."""


def physical_lines(handle: IO[str], name: str, encoding: str | None) -> Iterator[str]:
    """Physical lines, each ending in ``\n``, ``\r\n`` or a bare ``\r`` (the last one perhaps
    in none), each at most ``MAX_LINE_CHARS`` without its ``\n``: a longer line is replaced by a
    marker and its record rejected, without holding it in memory."""
    return itertools.chain.from_iterable(_batches(handle, name, encoding))


def _batches(handle: IO[str], name: str, encoding: str | None) -> Iterator[list[str]]:
    """The lines of :func:`physical_lines`, a read (``_CHUNK`` characters) at a time."""
    nfc = encoding == "cp1258"
    given = 0  # lines given so far, to say where a broken file breaks
    pending = ""  # the start of a line whose end is not read yet
    dropping = False  # in a line too long, whose text is skipped up to its line end
    while True:
        chunk = _read(handle, name, encoding, given, dropping)
        if not chunk:
            if pending and not dropping:
                yield [unicodedata.normalize("NFC", pending) if nfc else pending]
            return
        if dropping and not pending:
            end = _END.search(chunk)
            if end is None:
                continue
            chunk = chunk[end.start() :]  # from the skipped line's end, cut as a line below
        text = pending + chunk if pending else chunk
        lines = text.splitlines(keepends=True)
        # the lines cut at "\n", "\r\n" and a bare "\r" only, the usual case, are as many as
        # those line ends (and one more when the text ends inside a line); else cut again
        crs = text.count("\r")
        ends = text.count("\n") + (crs and crs - text.count("\r\n"))
        if len(lines) != ends + (text[-1] not in "\r\n"):
            lines = _BREAK.split(text)
            if not lines[-1]:
                lines.pop()
        # the last line goes with the next read unless it ends in "\n" ("\r" may be the
        # first half of "\r\n")
        pending = "" if lines[-1][-1] == "\n" else lines.pop()
        if dropping and lines:  # the first line is the end of the line skipped
            del lines[0]
            dropping = False
        if len(text) > MAX_LINE_CHARS:  # a line may be too long (never in a shorter text)
            lines = [
                TOO_LONG if len(line.removesuffix("\n")) > MAX_LINE_CHARS else line
                for line in lines
            ]
            if len(pending) > MAX_LINE_CHARS:  # too long already: skipped, not kept
                lines.append(TOO_LONG)
                pending, dropping = pending[-1] if pending[-1] == "\r" else "", True
        if nfc:
            lines = [unicodedata.normalize("NFC", line) for line in lines]
        given += len(lines)
        yield lines


def _read(handle: IO[str], name: str, encoding: str | None, given: int, dropping: bool) -> str:
    """The next ``_CHUNK`` characters of ``handle``; a file that cannot be decoded or read is a
    ``RegisterFormatError`` that says after which line (or in which line too long, when it
    breaks in the part being skipped)."""
    try:
        return handle.read(_CHUNK)
    except (UnicodeDecodeError, OSError, EOFError, zlib.error) as e:
        rescan = getattr(handle, "rescan", None)
        counted = rescan() if rescan is not None else None
        if dropping:  # in the long line being skipped: the last line given
            line = given if counted is None else counted + 1
            raise RegisterFormatError(name, _("tệp hỏng ở dòng {line}", line=line)) from None
        if counted is not None:
            given = counted
        if isinstance(e, UnicodeDecodeError) and counted is not None:
            raise RegisterFormatError(
                name,
                _(
                    "không đọc được theo bảng mã {encoding} ở dòng {line}; {save_as}",
                    line=counted + 1,
                    encoding=encoding or "?",
                    save_as=SAVE_AS,
                ),
            ) from None
        if isinstance(e, UnicodeDecodeError):
            raise RegisterFormatError(
                name,
                _(
                    "không đọc được theo bảng mã {encoding} (sau dòng {line}); {save_as}",
                    line=given + 1,
                    encoding=encoding or "?",
                    save_as=SAVE_AS,
                ),
            ) from None
        raise RegisterFormatError(
            name, _("tệp hỏng ở dòng {line} ({error})", line=given + 1, error=str(e))
        ) from None


TOO_LONG = "\x00too-long\x00\n"
