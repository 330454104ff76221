"""Folding place names so that spellings people actually write find the same province.

>>> from ocop.geo.names import fold
>>> fold("Tp. Hồ Chí Minh"), fold("TP HCM"), fold("Ha Noi"), fold("tỉnh Bắc Kạn")
('hochiminh', 'hcm', 'hanoi', 'backan')
>>> fold("Thành phố Huế"), fold("Thừa Thiên - Huế"), fold("Bà Rịa – Vũng Tàu")
('hue', 'thuathienhue', 'bariavungtau')
"""

from __future__ import annotations

import re
import unicodedata

from ocop.errors import UsageError, shown
from ocop.i18n import _

_PREFIXES = (("thanh", "pho"), ("tinh",), ("tp",), ("t", "p"), ("tx",))
_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lowercase ASCII without diacritics, administrative prefixes, spaces or punctuation."""
    text = text.replace("Đ", "D").replace("đ", "d")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    words = _WORD.findall(text)
    changed = True
    while changed and words:
        changed = False
        for prefix in _PREFIXES:
            if len(words) > len(prefix) and tuple(words[: len(prefix)]) == prefix:
                words = words[len(prefix) :]
                changed = True
    return "".join(words)


def text_of(value: object) -> str:
    """``value`` when it is text; else a :class:`~ocop.errors.UsageError` (a place is named
    by text)."""
    if not isinstance(value, str):
        raise UsageError(
            _(
                "cần tên địa danh (văn bản), không phải {value}",
                value=shown(value),
            )
        )
    return value
