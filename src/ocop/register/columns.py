"""The documented column set of a product register, and the headers people actually use.

Every column has a key (used in JSON and in ``headers="keys"`` exports), a Vietnamese header
(the default for exports) and the spellings accepted on import, matched after folding (no
diacritics, case, spaces or punctuation)::

    >>> from ocop.register.columns import column_for
    >>> column_for("Tên sản phẩm").key, column_for("HẠNG SAO").key, column_for("Tỉnh/TP").key
    ('name', 'star', 'province')
"""

from __future__ import annotations

import difflib

from attrs import frozen

from ocop.geo.names import fold


@frozen
class Column:
    """One column of the register format."""

    #: The column's key, used in JSON and in ``headers="keys"`` exports (``"name"``).
    key: str
    #: The Vietnamese header, written by default in exports (``"Tên sản phẩm"``).
    header_vi: str
    #: The English header (``"Product"``).
    header_en: str
    #: True when a register must have the column (a province may also come from an
    #: address or the register's own province).
    required: bool
    #: The headers accepted on import, matched without diacritics, case or spaces.
    spellings: tuple[str, ...]
    #: What the column holds, in English.
    doc: str


#: The columns of a register, in the order written: key, headers read, and what each holds.
COLUMNS: tuple[Column, ...] = (
    Column(
        "name",
        "Tên sản phẩm",
        "Product",
        True,
        (
            "tên sản phẩm",
            "sản phẩm",
            "tên sản phẩm OCOP",
            "tên SP",
            "tên sản phẩm (hàng hóa)",
            "sản phẩm OCOP",
            "tên sản phẩm/dịch vụ",
            "sản phẩm/dịch vụ",
            "product",
            "product name",
            "name",
        ),
        "The product's name.",
    ),
    Column(
        "star",
        "Hạng sao",
        "Stars",
        True,
        (
            "hạng sao",
            "số sao",
            "xếp hạng",
            "hạng",
            "kết quả phân hạng",
            "phân hạng",
            "hạng OCOP",
            "hạng sao OCOP",
            "số sao đạt được",
            "xếp hạng sao",
            "số sao OCOP",
            "kết quả đánh giá",
            "kết quả xếp hạng",
            "star class",
            "star rating",
            "star",
            "stars",
            "rank",
            "rating",
        ),
        "3, 4 or 5 ('3 sao', '4*', '★★★★', '5 stars'), or 'tiềm năng 5 sao'.",
    ),
    Column(
        "province",
        "Tỉnh",
        "Province",
        True,
        (
            "tỉnh",
            "tỉnh/thành phố",
            "tỉnh/tp",
            "tỉnh thành",
            "tỉnh/thành",
            "tỉnh, thành phố",
            "địa phương",
            "province",
            "province/city",
        ),
        "An old province (before 1 Jul 2025) or a current unit, any usual spelling or code.",
    ),
    Column(
        "commune",
        "Xã",
        "Commune",
        False,
        ("xã", "xã/phường", "xã, phường", "xã/phường/thị trấn", "commune", "ward"),
        "The commune, as written.",
    ),
    Column(
        "producer",
        "Chủ thể",
        "Producer",
        False,
        (
            "chủ thể",
            "tên chủ thể",
            "chủ thể OCOP",
            "tên chủ thể sản xuất",
            "chủ thể sản xuất",
            "đơn vị/chủ thể",
            "đơn vị sản xuất",
            "producer",
            "producer name",
        ),
        "The producer's name.",
    ),
    Column(
        "producer_type",
        "Loại hình chủ thể",
        "Producer type",
        False,
        (
            "loại hình chủ thể",
            "loại hình",
            "loại hình tổ chức",
            "loại chủ thể",
            "producer type",
            "type",
        ),
        "HTX, THT, DN, TTR, HKD, HOI, HH, TTDH or their names.",
    ),
    Column(
        "product_set",
        "Bộ sản phẩm",
        "Product set",
        False,
        ("bộ sản phẩm", "bộ", "phân nhóm", "product set", "set"),
        "Number 1–26 of 26/2026 Phụ lục II, or its name.",
    ),
    Column(
        "sector",
        "Ngành",
        "Sector",
        False,
        ("ngành", "ngành hàng", "nhóm ngành", "ngành sản phẩm", "sector"),
        "Sector I–VI (Thực phẩm … Dịch vụ du lịch), by numeral or name.",
    ),
    Column(
        "decision_number",
        "Số quyết định",
        "Decision number",
        False,
        (
            "số quyết định",
            "quyết định số",
            "số qđ",
            "quyết định",
            "quyết định công nhận",
            "số quyết định công nhận",
            "decision number",
            "decision",
        ),
        "The number of the recognition decision.",
    ),
    Column(
        "decision_date",
        "Ngày quyết định",
        "Decision date",
        False,
        (
            "ngày quyết định",
            "ngày công nhận",
            "ngày qđ",
            "ngày cấp",
            "ngày ban hành",
            "ngày quyết định công nhận",
            "ngày ký",
            "decision date",
            "date",
        ),
        "ISO (2020-10-31) or Vietnamese (31/10/2020) form.",
    ),
    Column(
        "year",
        "Năm",
        "Year",
        False,
        ("năm", "năm đánh giá", "năm công nhận", "năm được công nhận", "year"),
        "Year of recognition; taken from the decision date when absent.",
    ),
    Column(
        "rule_set",
        "Bộ tiêu chí",
        "Rule set",
        False,
        ("bộ tiêu chí", "quyết định áp dụng", "căn cứ", "rule set", "rules"),
        "1048/QĐ-TTg, 148/QĐ-TTg or 26/2026/QĐ-TTg; from the decision date when absent.",
    ),
    Column(
        "code",
        "Mã sản phẩm",
        "Product code",
        False,
        ("mã sản phẩm", "mã số sản phẩm", "mã số", "mã", "product code", "code"),
        "T-X-STT-YYYY or T-D-X-STT-YYYY; must be unique in the register.",
    ),
    Column(
        "revoked_on",
        "Ngày thu hồi",
        "Revoked on",
        False,
        ("ngày thu hồi", "thu hồi", "revoked on", "revoked"),
        "Date of a revocation decision, if any.",
    ),
    Column(
        "district",
        "Huyện",
        "District",
        False,
        ("huyện", "quận/huyện", "huyện/thị xã/thành phố", "huyện, thị xã, thành phố", "district"),
        "The district (before 1 Jul 2025) as written; gives the province when there is none.",
    ),
    Column(
        "address",
        "Địa chỉ",
        "Address",
        False,
        (
            "địa chỉ",
            "địa chỉ chủ thể",
            "địa chỉ sản xuất",
            "địa chỉ liên hệ",
            "địa chỉ trụ sở",
            "address",
        ),
        "The producer's address; gives the province (and commune) when no province column.",
    ),
)

ROW_NUMBER_SPELLINGS = ("STT", "TT", "số thứ tự", "No", "No.", "#")
"""Headers of the running-number column, recognised (to tell group headings from products)
and not reported as ignored."""

_BY_SPELLING = {
    fold(s): c for c in COLUMNS for s in (c.key, c.header_vi, c.header_en, *c.spellings)
}


_ROW_NUMBER = {fold(s) for s in ROW_NUMBER_SPELLINGS}


def column_for(header: str) -> Column | None:
    """The column a header names, or ``None`` for a column the format does not know."""
    return _BY_SPELLING.get(fold(header))


def is_row_number(header: str) -> bool:
    """True for the running-number column ("STT")."""
    return fold(header) in _ROW_NUMBER


def closest(header: str, n: int = 3) -> list[str]:
    """The accepted spellings closest to ``header`` (for an error message)."""
    spellings = {fold(s): s for c in COLUMNS for s in (c.header_vi, *c.spellings)}
    found = difflib.get_close_matches(fold(header), list(spellings), n=n, cutoff=0.5)
    return [spellings[f] for f in found]
