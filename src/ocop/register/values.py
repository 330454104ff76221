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
from ocop.i18n import Message, _
from ocop.register.entry import Rank


class BadValue(Exception):  # noqa: N818 - an internal signal, turned into a RowError
    def __init__(self, message: Message) -> None:
        super().__init__(message.text("en"))
        self.message = message


_STAR = re.compile(r"^\s*(\d{1,3})\s*(?:sao|\*|★|stars?|s)?\s*$", re.IGNORECASE)
_POTENTIAL = {
    "tiemnang5sao",
    "tiemnang5",
    "potential5",
    "potential5stars",
    "potential5star",
    "tn5sao",
}


_SIMPLE = {"3": Rank.THREE, "4": Rank.FOUR, "5": Rank.FIVE}


def read_rank(text: str) -> Rank:
    """A register's class: 3, 4, 5 in the usual spellings, or potential 5★."""
    raw = text.strip()
    if not raw:
        raise BadValue(_("trống"))
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
            raise BadValue(_("không đọc được hạng sao {raw}", raw=repr(raw)))
        number = int(m.group(1))
    if number in (1, 2):
        raise BadValue(
            _("sản phẩm {number} sao không được công nhận (sổ chỉ ghi từ 3 sao)", number=number)
        )
    if number not in (3, 4, 5):
        raise BadValue(_("hạng sao {number} không tồn tại (1–5)", number=number))
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
                raise BadValue(_("ngày không tồn tại: {raw}", raw=repr(raw))) from None
    raise BadValue(_("không đọc được ngày {raw} (dùng 31/10/2020 hoặc 2020-10-31)", raw=repr(raw)))


def read_year(text: str) -> int:
    raw = text.strip()
    if not re.fullmatch(r"\d{4}", raw) or not 2018 <= int(raw) <= 2100:
        raise BadValue(_("năm không hợp lệ: {raw}", raw=repr(raw)))
    return int(raw)


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
_SECTOR_SHORT = {
    "thucpham": "I",
    "douong": "II",
    "duoclieu": "III",
    "duoclieuvasanphamtuduoclieu": "III",
    "thucongmynghe": "IV",
    "hangthucongmynghe": "IV",
    "sinhvatcanh": "V",
    "dulich": "VI",
    "dichvudulich": "VI",
    "dichvudulichcongdongdulichsinhthaivadiemdulich": "VI",
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
        _(
            "ngành {raw} không thuộc 6 ngành của Phụ lục I (Thực phẩm, "
            "Đồ uống, Dược liệu, Thủ công mỹ nghệ, Sinh vật cảnh, Dịch "
            "vụ du lịch); ngành theo 1048/QĐ-TTg không được quy đổi",
            raw=repr(raw),
        )
    )
