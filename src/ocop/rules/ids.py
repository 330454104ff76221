"""Rule-set ids in their usual spellings: "26/2026", "26/2026/QĐ-TTg" and "qd-26-2026" are one
id. :func:`normalize_id` gives the key they share; :func:`ocop.rules.same_id` also knows the
aliases of the known rule sets."""

from __future__ import annotations

import re
import unicodedata

from ocop.converter import brief
from ocop.errors import UsageError
from ocop.i18n import _

__all__ = ["normalize_id"]

_IGNORED_TOKENS = {"qd", "ttg", "quyet", "dinh", "so"}


def normalize_id(text: str) -> str:
    """The lookup key of a rule-set spelling: diacritics, case and punctuation do not matter.

    >>> normalize_id("26/2026/QĐ-TTg"), normalize_id("qd-26-2026"), normalize_id("148/QĐ-TTg")
    ('26-2026', '26-2026', '148')

    Anything but a string is a :class:`~ocop.errors.UsageError`.
    """
    if not isinstance(text, str):
        raise UsageError(_("mã bộ quy tắc phải là chuỗi, không phải {value}", value=brief(text)))
    text = text.replace("Đ", "D").replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    tokens = [t for t in re.findall(r"[a-z0-9]+", text.lower()) if t not in _IGNORED_TOKENS]
    return "-".join(tokens)
