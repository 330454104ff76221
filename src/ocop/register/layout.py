"""The layout of a table as published: where its header is, what its columns mean, and which
rows are not products (blank rows, group headings, totals, a repeated header).

The header row is the first row, within the first ``MAX_HEADER_SCAN`` rows, that names the
product column and at least one other known column; the rows above it (a title such as
"DANH SÁCH SẢN PHẨM OCOP … NĂM 2024", a date, blank rows) are counted as title rows.
Headers are matched after folding (:func:`ocop.geo.names.fold`), and a ``columns`` mapping
names the columns the library does not know by itself::

    >>> from ocop.register.layout import header_map
    >>> m = header_map(["STT", "Tên SP", "star_rating", "Địa chỉ", "Ghi chú"], {})
    >>> m.keys, m.ignored
    ([None, 'name', 'star', 'address', None], ('Ghi chú',))
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

from attrs import frozen

from ocop.errors import MissingColumnsError, RegisterFormatError, UsageError
from ocop.geo.names import fold
from ocop.i18n import Pair, _
from ocop.register.columns import COLUMNS, Column, closest, column_for, is_row_number
from ocop.register.limits import MAX_COLUMNS

_BY_KEY = {c.key: c for c in COLUMNS}


def column_named(text: str) -> Column | None:
    """A column by its key or any accepted spelling."""
    return _BY_KEY.get(text.strip()) or column_for(text)


@frozen
class HeaderMap:
    """The key of each header cell (``None`` for a column the import does not read)."""

    keys: list[str | None]
    ignored: tuple[str, ...]
    duplicated: tuple[str, ...]
    row_number: int | None
    """The index of the running-number ("STT") column, if any."""
    star: int | None = None
    """The index of the star column, if any."""

    def index(self, key: str) -> int | None:
        return self.keys.index(key) if key in self.keys else None


def mapping(columns: Mapping[str, str] | None, source: str) -> dict[str, str]:
    """Check a user's column mapping (source header → key or header) and fold its headers."""
    out: dict[str, str] = {}
    for title, target in (columns or {}).items():
        column = column_named(str(target))
        if column is None:
            known = ", ".join(c.key for c in COLUMNS)
            raise RegisterFormatError(
                source,
                _(
                    "ánh xạ cột {title}={target}: không có cột {target} (có: {known})",
                    title=str(title),
                    target=repr(target),
                    known=known,
                ),
            )
        out[fold(str(title)) or str(title)] = column.key
    return out


def read_mapping(path: str | Path) -> dict[str, str]:
    """A mapping file: a JSON object ``{"source header": "key"}`` or lines ``SOURCE=KEY``."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, ValueError) as e:  # ValueError: undecodable, or a NUL in the path
        raise UsageError(
            _("không đọc được tệp ánh xạ cột {path} ({error})", path=str(path), error=str(e))
        ) from None
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except ValueError as e:
            raise UsageError(
                _("tệp ánh xạ cột {path}: JSON hỏng ({error})", path=str(path), error=str(e))
            ) from None
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise UsageError(
                _("tệp ánh xạ cột {path} phải là một đối tượng JSON tên → khoá", path=str(path))
            )
        return {str(k): v for k, v in data.items()}
    return parse_pairs(
        [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    )


def parse_pairs(pairs: list[str]) -> dict[str, str]:
    """``["star_rating=star", ...]`` → a mapping (the form of ``--column``)."""
    out: dict[str, str] = {}
    for pair in pairs:
        title, sep, key = pair.rpartition("=")
        if not sep or not title.strip() or not key.strip():
            raise UsageError(
                _("ánh xạ cột phải có dạng TÊN=KHOÁ, không phải {pair}", pair=repr(pair))
            )
        out[title.strip()] = key.strip()
    return out


def header_map(header: list[str], user: Mapping[str, str]) -> HeaderMap:
    keys: list[str | None] = []
    ignored: list[str] = []
    duplicated: list[str] = []
    seen: set[str] = set()
    row_number = None
    for k, title in enumerate(header):
        folded = fold(title)
        key = user.get(folded) if folded else None
        if key is None and title.strip():
            column = column_for(title)
            key = column.key if column is not None else None
            if key is None and row_number is None and is_row_number(title):
                row_number = k
                keys.append(None)
                continue
        if key is None:
            if title.strip():
                ignored.append(title)
            keys.append(None)
        elif key in seen:
            duplicated.append(title)
            keys.append(None)
        else:
            seen.add(key)
            keys.append(key)
    star = keys.index("star") if "star" in keys else None
    return HeaderMap(keys, tuple(ignored), tuple(duplicated), row_number, star)


def is_header(m: HeaderMap) -> bool:
    known = {k for k in m.keys if k}
    return "name" in known and len(known) >= 2


def check_header(source: str, header: list[str]) -> None:
    if len(header) > MAX_COLUMNS:
        raise RegisterFormatError(
            source,
            _(
                "dòng tiêu đề có {count} cột, quá giới hạn {limit}",
                count=len(header),
                limit=MAX_COLUMNS,
            ),
        )


def missing_columns(
    source: str, found: list[str], keys: set[str], province_ok: bool
) -> RegisterFormatError | None:
    """The error for a table without its required columns: lists the columns found and the
    closest accepted spellings."""
    needed = [c for c in COLUMNS if c.required and c.key not in keys]
    if province_ok:
        needed = [c for c in needed if c.key != "province"]
    if not needed:
        return None
    names = Pair(", ".join(c.header_vi for c in needed), ", ".join(c.header_en for c in needed))
    shown = [t for t in found if t.strip()][:40]
    # A hint that is a spelling of a column already found would only repeat that column.
    taken = {fold(s) for c in COLUMNS if c.key in keys for s in (c.header_vi, *c.spellings)}
    hints = sorted({s for t in shown for s in closest(t, 1) if fold(s) not in taken})
    return MissingColumnsError(source, names, shown, hints)


ROMAN = re.compile(r"^(?:[IVXLC]+|[A-Z]|[a-z]|\d+(?:\.\d+)+)[.)]?$")
"""A group numeral in a running-number column: "II.", "B)", "1.2"."""
_TOTAL = ("tong", "total", "cong", "grandtotal", "tongcong", "tongso")


TOTAL_START = ("tổng", "tong", "total", "cộng", "cong", "grand")
"""How the first text of a total row starts (lower case); other rows are never folded."""


def row_kind(cells: list[str], m: HeaderMap, header_folded: list[str]) -> str | None:
    """``"blank"``, ``"heading"``, ``"total"``, ``"header"`` or ``None`` for a product row.

    Called for every row, so the common case (a product row) is decided with few string
    operations: only a row whose first text starts like "Tổng", "Total" or "Cộng" is folded.
    The import of a table makes its first test inline (:mod:`ocop.register.io`), calling this
    only for the rows that test does not settle.
    """
    star = m.star
    star_text = cells[star].strip() if star is not None and star < len(cells) else ""
    lead = cells[0].strip() if cells else ""
    if (
        star_text
        and lead
        and not lead[:6].lower().startswith(TOTAL_START)
        and (m.row_number != 0 or lead.isdigit() or not ROMAN.match(lead))
        and (star is None or star >= len(header_folded) or fold(star_text) != header_folded[star])
    ):
        return None  # the common case: a product row with its star class
    first = ""
    count = 0
    for cell in cells:
        if cell and not cell.isspace():
            if not count:
                first = cell.strip()
            count += 1
    if not count:
        return "blank"
    if first[:6].lower().startswith(TOTAL_START):
        folded = fold(first)
        if (
            folded in _TOTAL
            or folded.startswith(("tongcong", "tongso"))
            or (folded.startswith("tong") and count <= 3 and len(folded) <= 12)
        ) and (not star_text[:1].isdigit() or count <= 3):
            return "total"
    if (
        count == len(header_folded)
        and fold(first) == header_folded[0]
        and [fold(c) for c in cells[: len(header_folded)]] == header_folded
    ):
        return "header"
    if star_text:
        return None
    number = m.row_number
    marker = cells[number].strip() if number is not None and number < len(cells) else ""
    others = count - (1 if marker else 0)
    if others == 1 and (not marker or ROMAN.match(marker)):
        return "heading"
    if marker and ROMAN.match(marker) and not marker.isdigit() and others <= 2:
        return "heading"
    return None


def heading_text(cells: list[str], m: HeaderMap) -> str:
    """The text of a group heading ("I. HUYỆN ĐỨC TRỌNG" → "HUYỆN ĐỨC TRỌNG")."""
    number = m.row_number
    texts = [c.strip() for k, c in enumerate(cells) if c.strip() and k != number]
    text = texts[0] if texts else ""
    return re.sub(r"^(?:[IVXLC]+|[A-Z]|\d+)[.)]\s+", "", text)
