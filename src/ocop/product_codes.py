"""Product codes (*mã số sản phẩm*) printed on the OCOP evaluation sheet.

Under Decision 26/2026/QĐ-TTg a product's code is ``T-X-STT-YYYY``: the province code ``T`` and
the commune code ``X`` of Quyết định 19/2025/QĐ-TTg, a serial number ``STT`` kept by the commune,
and the evaluation year. Before the 2025 reform codes carried a district segment as well:
``T-D-X-STT-YYYY`` (``83-829-28780-3-2022``: Bến Tre, district 829, commune 28780, product 3,
evaluated in 2022).

    >>> from ocop.product_codes import parse
    >>> code = parse("83-829-28780-3-2022")
    >>> code.era, code.province, code.district, code.commune, code.serial, code.year
    ('district', '83', '829', '28780', 3, 2022)
    >>> str(parse("01 - 00070 - 12 - 2026"))
    '01-00070-12-2026'

``parse`` checks the form; ``validate`` also checks the codes against the tables (the current
units and communes from ``vietnam-provinces``, the 63 old provinces for district-era codes) and
``is_valid`` answers without raising.

    >>> from ocop.product_codes import validate, is_valid
    >>> validate("01-00070-12-2026").commune
    '00070'
    >>> is_valid("01-00071-12-2026"), is_valid("01-0070-12-2026")
    (False, False)
"""

from __future__ import annotations

import re

from attrs import frozen

from ocop import geo
from ocop.errors import ProductCodeError, UnknownCommuneError, UnknownProvinceError, shown
from ocop.i18n import _

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "ProductCode",
    "is_valid",
    "parse",
    "validate",
]

_SEPARATORS = re.compile(r"\s*[-–—./]\s*")
FIRST_YEAR = 2019
"""OCOP classing under a national rule set began in 2019 (1048/QĐ-TTg)."""
LAST_YEAR = 2100
"""The last evaluation year a code may carry; a later year is a typing mistake."""


@frozen
class ProductCode:
    """A parsed product code. ``era`` is ``"current"`` (T-X-STT-YYYY) or ``"district"``.

    >>> from ocop.product_codes import parse
    >>> code = parse("01-00070-12-2026")
    >>> code.era, code.province, code.commune, code.serial, code.year
    ('current', '01', '00070', 12, 2026)
    >>> str(code)
    '01-00070-12-2026'
    """

    #: The province code ``T``: two digits (an old GSO code in a district-era code).
    province: str
    #: The commune code ``X``: five digits.
    commune: str
    #: The serial number ``STT`` kept by the commune.
    serial: int
    #: The evaluation year ``YYYY``.
    year: int
    #: The district code ``D`` (three digits) of a district-era code; ``None``
    #: in a current code.
    district: str | None = None

    @property
    def era(self) -> str:
        return "current" if self.district is None else "district"

    def __str__(self) -> str:
        parts = [self.province, self.commune, str(self.serial), str(self.year)]
        if self.district is not None:
            parts.insert(1, self.district)
        return "-".join(parts)


_SEGMENTS = {
    "current": (
        ("T", "province", 2),
        ("X", "commune", 5),
        ("STT", "serial", 0),
        ("YYYY", "year", 4),
    ),
    "district": (
        ("T", "province", 2),
        ("D", "district", 3),
        ("X", "commune", 5),
        ("STT", "serial", 0),
        ("YYYY", "year", 4),
    ),
}
_NAMES = {
    "province": _("mã tỉnh"),
    "district": _("mã huyện"),
    "commune": _("mã xã"),
    "serial": _("số thứ tự"),
    "year": _("năm đánh giá"),
}


def parse(text: str) -> ProductCode:
    """Read a product code in either form; raises :class:`~ocop.errors.ProductCodeError`
    naming the segment that is wrong."""
    if not isinstance(text, str) or not text.strip():
        raise ProductCodeError(
            text if isinstance(text, str) else shown(text), "code", _("mã trống")
        )
    raw = text.strip()
    pieces = _SEPARATORS.split(raw)
    if len(pieces) == 4:
        era = "current"
    elif len(pieces) == 5:
        era = "district"
    else:
        raise ProductCodeError(
            raw,
            "code",
            _(
                "cần 4 phần (T-X-STT-YYYY) hoặc 5 phần (T-D-X-STT-YYYY), có {pieces_count}",
                pieces_count=len(pieces),
            ),
        )
    values: dict[str, str] = {}
    for k, ((letter, name, width), piece) in enumerate(zip(_SEGMENTS[era], pieces, strict=True), 1):
        where = f"segment {k} ({letter})"
        if not piece.isdigit() or not piece.isascii():
            raise ProductCodeError(
                raw,
                where,
                _("{segment} '{piece}' phải là chữ số", segment=_NAMES[name], piece=piece),
            )
        if width and len(piece) != width:
            raise ProductCodeError(
                raw,
                where,
                _(
                    "{segment} '{piece}' phải có {width} chữ số",
                    segment=_NAMES[name],
                    piece=piece,
                    width=width,
                ),
            )
        values[name] = piece
    serial, year = int(values["serial"]), int(values["year"])
    if serial < 1:
        raise ProductCodeError(raw, f"segment {len(pieces) - 1} (STT)", _("số thứ tự phải từ 1"))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ProductCodeError(
            raw,
            f"segment {len(pieces)} (YYYY)",
            _(
                "năm {year} ngoài khoảng {FIRST_YEAR}–{LAST_YEAR}",
                year=year,
                FIRST_YEAR=FIRST_YEAR,
                LAST_YEAR=LAST_YEAR,
            ),
        )
    return ProductCode(
        province=values["province"],
        commune=values["commune"],
        serial=serial,
        year=year,
        district=values.get("district"),
    )


def validate(text: str) -> ProductCode:
    """Parse and check the codes against the tables.

    A current code needs a current province and a commune of that province; a district-era
    code needs one of the 63 old provinces (districts and old communes are not tabled here,
    so only their form is checked).
    """
    code = parse(text)
    raw = text.strip()
    if code.district is not None:
        try:
            geo.OLD_PROVINCES[code.province]
        except UnknownProvinceError:
            raise ProductCodeError(
                raw, "segment 1 (T)", _("không có tỉnh cũ mã {province}", province=code.province)
            ) from None
        return code
    try:
        unit = geo.CURRENT_PROVINCES[code.province]
    except UnknownProvinceError:
        raise ProductCodeError(
            raw,
            "segment 1 (T)",
            _("không có tỉnh mã {province} trong 34 đơn vị hiện nay", province=code.province),
        ) from None
    try:
        place = geo.commune(code.commune)
    except UnknownCommuneError:
        raise ProductCodeError(
            raw, "segment 2 (X)", _("không có xã mã {commune}", commune=code.commune)
        ) from None
    if place.province_code != unit.code:
        raise ProductCodeError(
            raw,
            "segment 2 (X)",
            _(
                "xã {commune} ({name}) không thuộc {name2}",
                commune=code.commune,
                name=place.name,
                name2=unit.name,
            ),
        )
    return code


def is_valid(text: str) -> bool:
    """True when :func:`validate` accepts ``text``; never raises."""
    try:
        validate(text)
    except ProductCodeError:
        return False
    return True
