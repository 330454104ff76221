"""Errors of product records: product codes, certificates, producer types, statistics, targets."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ocop.errors.base import OcopError, shown
from ocop.errors.places import suggestion
from ocop.i18n import Message, _


class ProductCodeError(OcopError, ValueError):
    """A product code that does not parse or does not validate; says which segment is wrong.

    >>> import ocop
    >>> try:
    ...     ocop.product_codes.parse("OCOP-XX")
    ... except ocop.ProductCodeError as error:
    ...     print(error.message("en"))
    Product code 'OCOP-XX': code: expected 4 segments (T-X-STT-YYYY) or 5 (T-D-X-STT-YYYY), got 2
    """

    def __init__(self, code: str, segment: str, reason: Message) -> None:
        self.code = code
        self.segment = segment
        self.reason = reason
        super().__init__(
            _(
                "Mã sản phẩm {code}: {segment}: {reason}",
                code=shown(code),
                segment=_segment_label(segment),
                reason=reason,
            )
        )


def _segment_label(segment: str) -> Message | str:
    """``segment 2 (X)`` or ``code`` (the stable names kept in the error) in words."""
    found = re.fullmatch(r"segment (\d+) \((\w+)\)", segment)
    if found:
        return _(
            "phần {number} ({letter})",
            number=int(found[1]),
            letter=found[2],
        )
    if segment == "code":
        return _("mã")
    return segment


class CertificateError(OcopError, ValueError):
    """Certificate data that cannot be right (a star below 3, an expiry before its decision).

    >>> import datetime as dt
    >>> import ocop
    >>> try:
    ...     ocop.Certificate(2, dt.date(2026, 1, 1))
    ... except ocop.CertificateError as error:
    ...     print(error.message("en"))
    only 3★–5★ products get a certificate, not 2
    """


class UnknownProducerTypeError(OcopError, ValueError):
    """A producer type that matches none of the kinds of Điều 2.3 (26/2026).

    >>> import ocop
    >>> try:
    ...     ocop.producer_type("công ty ma")
    ... except ocop.UnknownProducerTypeError as error:
    ...     print(error.message("en"))
    Producer type 'công ty ma' is not a known kind. Did you mean: Doanh nghiệp nhỏ và vừa?
    """

    def __init__(self, text: str, suggestions: Sequence[str]) -> None:
        self.text_given = text
        self.suggestions = tuple(suggestions)
        super().__init__(
            _(
                "Loại chủ thể {text} không có trong danh sách.{hint}",
                text=shown(text),
                hint=suggestion(self.suggestions),
            )
        )


class UnknownDimensionError(OcopError, ValueError):
    """A dimension that :func:`ocop.stats.count` does not know.

    >>> import ocop
    >>> try:
    ...     ocop.stats.count([], by="colour")
    ... except ocop.UnknownDimensionError as error:
    ...     print(error.message("en"))  # doctest: +NORMALIZE_WHITESPACE
    no dimension 'colour' (known: star, province, unit, district, commune, region, north, sector,
    group, product_set, producer_type, year, authority)
    """


class UnknownTargetError(OcopError, LookupError):
    """No programme target with this id and key.

    >>> import ocop
    >>> try:
    ...     ocop.targets.target("919", "nothing")
    ... except ocop.UnknownTargetError as error:
    ...     print(error.message("en"))  # doctest: +NORMALIZE_WHITESPACE
    no target 919:nothing (known: 490/QĐ-TTg:products, 919/QĐ-TTg:products, 919/QĐ-TTg:five_star,
    919/QĐ-TTg:cooperatives, 919/QĐ-TTg:smes)
    """
