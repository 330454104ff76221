"""Errors of places: provinces, communes and regions that are unknown or ambiguous."""

from __future__ import annotations

from collections.abc import Sequence

from ocop.errors.base import Locale, OcopError, shown
from ocop.i18n import Message, Pair, _


class UnknownProvinceError(OcopError, KeyError):
    """No province matches a name or code; the closest names are suggested, nothing is guessed.

    >>> import datetime as dt
    >>> import ocop
    >>> try:
    ...     ocop.geo.province("Hà Nội Mới", on=dt.date(2026, 1, 1))
    ... except ocop.UnknownProvinceError as error:
    ...     print(error.message("en"))  # doctest: +NORMALIZE_WHITESPACE
    No province 'Hà Nội Mới' among the 34 current units. Did you mean: Hà Nội, Ninh Bình, Hồ Chí
    Minh?
    """

    def __init__(self, query: object, kind: str, suggestions: Sequence[str]) -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        hint = suggestion(self.suggestions)
        if kind == "old":
            text = _(
                "Không tìm thấy tỉnh {query} trong 63 tỉnh cũ (đến 30/6/2025).{hint}",
                query=shown(query),
                hint=hint,
            )
        else:
            text = _(
                "Không tìm thấy tỉnh {query} trong 34 đơn vị hiện nay.{hint}",
                query=shown(query),
                hint=hint,
            )
        super().__init__(text)

    def __str__(self) -> str:  # KeyError would quote the message
        return OcopError.__str__(self)


def suggestion(names: Sequence[str]) -> Message | Pair:
    """ " Có phải: A, B?" — the closest names, or nothing."""
    if not names:
        return Pair("", "")
    return _(" Có phải: {names}?", names=", ".join(names))


class UnknownCommuneError(OcopError, KeyError):
    """No current commune has this code.

    >>> import ocop
    >>> try:
    ...     ocop.geo.commune("99999")
    ... except ocop.UnknownCommuneError as error:
    ...     print(error.message("en"))
    No commune has the code '99999' (Decision 19/2025/QĐ-TTg).
    """

    def __init__(self, code: object) -> None:
        self.code = code
        super().__init__(
            _("Không có xã/phường mã {code} (Quyết định 19/2025/QĐ-TTg).", code=shown(code))
        )

    def __str__(self) -> str:
        return OcopError.__str__(self)


class UnknownRegionError(OcopError, LookupError):
    """A current unit whose old provinces lie in two regions has no known region.

    >>> import datetime as dt
    >>> import ocop
    >>> try:
    ...     ocop.geo.province("Bắc Ninh", on=dt.date(2026, 1, 1)).region
    ... except ocop.UnknownRegionError as error:
    ...     print(error.message("en"))  # doctest: +NORMALIZE_WHITESPACE
    Bắc Ninh joins old provinces of two regions (Northern Midlands and Mountains and Red River
    Delta); no official region is known for the new unit, so count by the region of the old
    province.
    """

    def __init__(self, unit: str, regions_vi: Sequence[str], regions_en: Sequence[str]) -> None:
        self.unit = unit
        self.regions = (tuple(regions_vi), tuple(regions_en))
        super().__init__(
            _(
                "{unit} gồm các tỉnh cũ thuộc hai vùng ({regions}); chưa có văn bản xếp "
                "vùng cho đơn vị mới, nên hãy thống kê theo vùng của tỉnh cũ.",
                unit=unit,
                regions=" / ".join(regions_vi),
            )
        )

    def message(self, locale: Locale = "vi") -> str:
        names = self.regions[0] if locale == "vi" else self.regions[1]
        joined = _(" và ").text(locale).join(names)
        return _(self.text.msgid, unit=self.unit, regions=joined).text(locale)


RegionUnknownError = UnknownRegionError
"""The earlier name of :class:`UnknownRegionError`, kept so that existing code still runs."""


class AmbiguousPlaceError(OcopError, LookupError):
    """A place name that fits several provinces or districts; the candidates are named.

    >>> import ocop
    >>> try:
    ...     ocop.geo.place("Châu Thành")
    ... except ocop.AmbiguousPlaceError as error:
    ...     print(error.message("en")[:59])
    'Châu Thành' does not name one province: Huyện Châu Thành (
    """

    def __init__(
        self, query: str, candidates: Sequence[str], *, hint: Message | None = None
    ) -> None:
        self.query = query
        self.candidates = tuple(candidates)
        text = _(
            "{query} không xác định được một tỉnh duy nhất: {candidates}.",
            query=shown(query),
            candidates="; ".join(self.candidates),
        )
        if hint is not None:
            text = _("{text} {hint}", text=text, hint=hint)
        super().__init__(text)

    def __str__(self) -> str:
        return OcopError.__str__(self)
