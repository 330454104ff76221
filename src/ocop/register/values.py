"""Reading the values people write in registers: stars, dates, provinces, product sets.

Each reader returns the value or raises :class:`BadValue` with the reason in both languages.

    >>> from ocop.register.values import read_rank, read_date
    >>> [read_rank(s).value for s in ("3 sao", "4*", "★★★★★", "5 stars", "Tiềm năng 5 sao")]
    ['3', '4', '5', '5', 'potential-5']
    >>> read_date("31/10/2020"), read_date("2020-10-31")
    (datetime.date(2020, 10, 31), datetime.date(2020, 10, 31))
"""

from __future__ import annotations

import datetime as dt
import re

from ocop.geo.names import fold
from ocop.register.entry import Rank


class BadValue(Exception):  # noqa: N818 - an internal signal, turned into a RowError
    def __init__(self, vi: str, en: str) -> None:
        super().__init__(en)
        self.vi = vi
        self.en = en


_STAR = re.compile(r"^\s*(\d+)\s*(?:sao|\*|★|stars?|s)?\s*$", re.IGNORECASE)
_POTENTIAL = {"tiemnang5sao", "tiemnang5", "potential5", "potential5stars", "potential5star",
              "tn5sao"}


_SIMPLE = {"3": Rank.THREE, "4": Rank.FOUR, "5": Rank.FIVE}


def read_rank(text: str) -> Rank:
    """A register's class: 3, 4, 5 in the usual spellings, or potential 5★."""
    raw = text.strip()
    if not raw:
        raise BadValue("trống", "empty")
    if raw in _SIMPLE:
        return _SIMPLE[raw]
    if fold(raw) in _POTENTIAL:
        return Rank.POTENTIAL_FIVE
    stars = raw.replace(" ", "")
    if (stars and set(stars) <= {"★"}) or (set(stars) <= {"*"} and stars):
        number = len(stars)
    else:
        m = _STAR.match(raw)
        if m is None:
            raise BadValue(f"không đọc được hạng sao {raw!r}", f"cannot read a star class "
                           f"from {raw!r}")
        number = int(m.group(1))
    if number in (1, 2):
        raise BadValue(f"sản phẩm {number} sao không được công nhận (sổ chỉ ghi từ 3 sao)",
                       f"a {number}★ product is not recognised (a register lists 3★ and up)")
    if number not in (3, 4, 5):
        raise BadValue(f"hạng sao {number} không tồn tại (1–5)",
                       f"there is no {number}★ class (1–5)")
    return Rank(str(number))


_DATE_FORMS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), (1, 2, 3)),
    (re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$"), (3, 2, 1)),
)


def read_date(text: str) -> dt.date:
    """ISO ``2020-10-31`` or Vietnamese ``31/10/2020`` (also ``31-10-2020``, ``31.10.2020``)."""
    raw = text.strip()
    for pattern, (y, m, d) in _DATE_FORMS:
        found = pattern.match(raw)
        if found:
            try:
                return dt.date(int(found.group(y)), int(found.group(m)), int(found.group(d)))
            except ValueError:
                raise BadValue(f"ngày không tồn tại: {raw!r}",
                               f"no such date: {raw!r}") from None
    raise BadValue(f"không đọc được ngày {raw!r} (dùng 31/10/2020 hoặc 2020-10-31)",
                   f"cannot read the date {raw!r} (use 31/10/2020 or 2020-10-31)")


def read_year(text: str) -> int:
    raw = text.strip()
    if not re.fullmatch(r"\d{4}", raw) or not 2018 <= int(raw) <= 2100:
        raise BadValue(f"năm không hợp lệ: {raw!r}", f"invalid year: {raw!r}")
    return int(raw)


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
_SECTOR_SHORT = {
    "thucpham": "I", "douong": "II", "duoclieu": "III", "duoclieuvasanphamtuduoclieu": "III",
    "thucongmynghe": "IV", "hangthucongmynghe": "IV", "sinhvatcanh": "V", "dulich": "VI",
    "dichvudulich": "VI", "dichvudulichcongdongdulichsinhthaivadiemdulich": "VI",
}


def read_sector(text: str) -> str:
    """A sector of 26/2026 Phụ lục I by numeral (``III``) or name (``Dược liệu``)."""
    raw = text.strip()
    if raw.upper() in _ROMAN:
        return raw.upper()
    key = fold(raw).removeprefix("sanpham")
    if key in _SECTOR_SHORT:
        return _SECTOR_SHORT[key]
    raise BadValue(
        f"ngành {raw!r} không thuộc 6 ngành của Phụ lục I (Thực phẩm, Đồ uống, Dược liệu, Thủ "
        "công mỹ nghệ, Sinh vật cảnh, Dịch vụ du lịch); ngành theo 1048/QĐ-TTg không được quy "
        "đổi", f"sector {raw!r} is none of the six of Phụ lục I (food, drinks, herbal, "
        "handicrafts, ornamental, tourism); 1048-era sectors are not converted")
