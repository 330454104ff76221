"""The paragraph of an official OCOP statement, computed from a register.

The November 2020 Northern-region review said: by the end of October 2020, 48 of 63 provinces
had evaluated; 2,169 products were recognised 3★+, 90.4 % of the 2018–2020 target; in the North
22 of 25 provinces had evaluated, holding 55.74 % of the national total; four of the five
provinces with most products were northern. :func:`statement` computes every figure of such a
paragraph from the entries and writes it in Vietnamese or English.

*Interpretation*: a province "has evaluated" when the register holds at least one recognised
product of it; a register cannot show a province that evaluated but recognised nothing.

*Interpretation* (products with a year of recognition and no decision date): such a product is
counted when its year ends on or before the date of the statement. A product that still cannot
be placed (no date and no year, or only the year of the statement, not yet over) is not counted,
and the paragraph says how many were left out ("… không tính 3 sản phẩm không có ngày công
nhận"): a statement never leaves a kept product out silently.

From 1 July 2025 a national statement counts the 34 provincial units (``map="new"``);
``map="old"`` counts the 63 old provinces. "The North" is always the 25 old provinces: no
regional assignment of the new units is known. A register whose products all lie in one unit
gives a provincial statement (:mod:`ocop.report.provincial`) unless ``scope="national"``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from fractions import Fraction
from typing import Literal, overload

from attrs import evolve, frozen

from ocop.errors import UsageError
from ocop.geo.provinces import MERGER, current_provinces
from ocop.i18n import Pair, _
from ocop.register.entry import Entry
from ocop.report.formatting import date, month_year, number, percent
from ocop.report.placing import left_out, placed
from ocop.report.provincial import ProvincialStatement, provincial
from ocop.stats.counts import count
from ocop.stats.coverage import Participation, participation
from ocop.targets import Progress, Target, progress


@frozen
class Statement:
    """The figures of a statement; :meth:`text` writes them."""

    #: The day the statement counts to: recognitions decided by then.
    as_of: dt.date
    #: The number of products counted (3★ and above), nationwide.
    products: int
    #: The provinces with products (of the 34 units when ``map`` is
    #: ``"new"``), overall, in the North and by region.
    participation: Participation
    #: The number of products counted in the 25 northern old provinces.
    north_products: int
    #: The provinces (or units) with most products, most first, ties at the cut
    #: included: the name, the number of products, and whether it is northern.
    top: tuple[tuple[str, int, bool], ...]
    #: The progress to the programme target; ``None`` when no target is given.
    target: Progress | None = None
    #: The number of products not counted: no decision date and no year.
    undated: int = 0
    #: The decimal places of the percentage of the target.
    target_decimals: int = 1
    #: The decimal places of the North's share of the products.
    share_decimals: int = 2
    year_only: int = 0
    """Products placed by their year only (counted: the year ended by the statement's date)."""
    pending: int = 0
    """Products with only the statement's own year, not yet over: not counted."""
    #: The map counted on: ``"old"`` (63 provinces) or ``"new"`` (34 units).
    map: str = "old"

    @property
    def north_share(self) -> Fraction:
        return Fraction(self.north_products, self.products) if self.products else Fraction(0)

    def text(self, locale: str = "vi") -> str:
        last_day = calendar.monthrange(self.as_of.year, self.as_of.month)[1]
        p = self.participation
        if self.as_of.day == last_day:
            when = _("Tính đến hết tháng {month}", month=month_year(self.as_of, locale))
        else:
            when = _("Tính đến ngày {day}", day=date(self.as_of, locale))
        parts = [
            _(
                "{when}, cả nước có {provinces}/{total} tỉnh, thành phố đã tổ chức đánh giá, "
                "phân hạng sản phẩm OCOP; {products} sản phẩm được công nhận đạt từ 3 sao trở "
                "lên",
                when=when,
                provinces=p.provinces,
                total=p.of,
                products=number(self.products, locale),
            ).text(locale)
        ]
        if self.target is not None:
            t = self.target.target
            parts.append(
                _(
                    ", đạt {percent} mục tiêu ({target}, Quyết định {programme})",
                    percent=percent(self.target.ratio, locale, self.target_decimals),
                    target=t.text(locale),
                    programme=t.programme,
                ).text(locale)
            )
        north_args = {
            "north": p.north,
            "north_of": p.north_of,
            "products": number(self.north_products, locale),
            "share": percent(self.north_share, locale, self.share_decimals),
        }
        if self.map == "old":
            north_text = _(
                ". Khu vực miền Bắc có {north}/{north_of} tỉnh đã đánh giá, với {products} "
                "sản phẩm, chiếm {share} tổng số sản phẩm cả nước.",
                **north_args,
            )
        else:
            north_text = _(
                ". Khu vực miền Bắc (25 tỉnh cũ) có {north}/{north_of} tỉnh cũ đã đánh giá, "
                "với {products} sản phẩm, chiếm {share} tổng số sản phẩm cả nước.",
                **north_args,
            )
        parts.append(north_text.text(locale))
        northern = [(name, k) for name, k, north in self.top if north]
        if self.top and northern:
            listed = ", ".join(f"{name} ({number(k, locale)})" for name, k in northern)
            parts.append(
                _(
                    " Trong {top} tỉnh có nhiều sản phẩm nhất có {north} tỉnh miền Bắc: {listed}.",
                    top=Pair(str(len(self.top)), _count_word(len(self.top)).lower()),
                    north=Pair(str(len(northern)), _count_word(len(northern))),
                    listed=listed,
                ).text(locale)
            )
        parts.append(left_out(self.undated, self.pending, self.as_of, locale))
        return "".join(parts)


def _count_word(n: int) -> str:
    words = ["None", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]
    return words[n] if n < len(words) else str(n)


@overload
def statement(
    entries: Iterable[Entry],
    *,
    as_of: dt.date,
    target: Target | None = ...,
    top: int = ...,
    target_decimals: int = ...,
    share_decimals: int = ...,
    map: str | None = ...,
    scope: Literal["national"],
    goal: int | None = ...,
) -> Statement: ...


@overload
def statement(
    entries: Iterable[Entry],
    *,
    as_of: dt.date,
    target: Target | None = ...,
    top: int = ...,
    target_decimals: int = ...,
    share_decimals: int = ...,
    map: str | None = ...,
    scope: Literal["provincial"],
    goal: int | None = ...,
) -> ProvincialStatement: ...


@overload
def statement(
    entries: Iterable[Entry],
    *,
    as_of: dt.date,
    target: Target | None = ...,
    top: int = ...,
    target_decimals: int = ...,
    share_decimals: int = ...,
    map: str | None = ...,
    scope: str = ...,
    goal: int | None = ...,
) -> Statement | ProvincialStatement: ...


def statement(
    entries: Iterable[Entry],
    *,
    as_of: dt.date,
    target: Target | None = None,
    top: int = 5,
    target_decimals: int = 1,
    share_decimals: int = 2,
    map: str | None = None,
    scope: str = "auto",
    goal: int | None = None,
) -> Statement | ProvincialStatement:
    """The figures of a statement as of ``as_of`` (recognitions decided by that day).

    ``map`` is ``"new"`` (34 units) or ``"old"`` (63 provinces); by default the map in force
    on ``as_of``. ``scope`` ``"auto"`` gives a provincial statement for a register of one unit
    (with ``goal``, a number of products the province aims at), ``"national"`` or
    ``"provincial"`` forces one.
    """
    if map is None:
        map = "new" if as_of >= MERGER else "old"
    if map not in ("old", "new") or scope not in ("auto", "national", "provincial"):
        raise UsageError(_("map phải là old hoặc new, scope là auto, national hoặc provincial"))
    every = list(entries)
    kept, undated, pending, year_only = placed(every, as_of)
    units = {e.unit_name for e in every}
    if scope == "provincial" or (scope == "auto" and len(units) == 1):
        return provincial(every, as_of=as_of, goal=goal, target_decimals=target_decimals)
    by_province = count(kept, "province" if map == "old" else "unit")
    if map == "old":
        north = {e.province_name for e in kept if e.north}
    else:
        south = {e.unit_name for e in kept if not e.north}
        north = {e.unit_name for e in kept} - south
    leaders = tuple((key[0], k, key[0] in north) for key, k in by_province.top(top))
    taking_part = participation(kept)
    if map == "new":
        seen = {e.unit_name for e in kept}
        taking_part = evolve(taking_part, provinces=len(seen), of=len(current_provinces()))
    return Statement(
        as_of=as_of,
        products=len(kept),
        participation=taking_part,
        north_products=sum(1 for e in kept if e.north),
        top=leaders,
        target=progress(target, len(kept)) if target is not None else None,
        undated=undated,
        target_decimals=target_decimals,
        share_decimals=share_decimals,
        year_only=year_only,
        pending=pending,
        map=map,
    )
