"""The statement of one province: its products by star, by district (or commune) and by year,
and its progress to a goal the province sets itself.

Every kept product is in the paragraph: the figures by star, by district and by year each add
up to the number of products counted, and the products that cannot be placed in time are said
in the paragraph itself::

    >>> import datetime as dt, io
    >>> from ocop.register import read
    >>> from ocop.report import statement
    >>> text = ("Tên sản phẩm,Hạng sao,Huyện,Năm\\n"
    ...         "Chè La Bằng,4,Đại Từ,2023\\nChè Hoàng Nông,3,Đại Từ,2024\\n"
    ...         "Na Võ Nhai,3,Võ Nhai,2025\\nGạo Định Hóa,3,Định Hóa,\\n")
    >>> reg = read(io.StringIO(text), province="Thái Nguyên (cũ)")
    >>> s = statement(reg, as_of=dt.date(2025, 6, 30), goal=10)
    >>> import textwrap
    >>> print(textwrap.fill(s.text("vi"), 90))
    Tính đến hết tháng 06/2025, tỉnh Thái Nguyên có 2 sản phẩm OCOP được công nhận đạt từ 3
    sao trở lên: 4 sao 1, 3 sao 1; đạt 20,0% mục tiêu 10 sản phẩm. Theo huyện: Huyện Đại Từ 2.
    Theo năm công nhận: 2023: 1, 2024: 1. Không tính 1 sản phẩm không có ngày công nhận. Không
    tính 1 sản phẩm chỉ ghi năm 2025 (năm chưa kết thúc).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Iterable
from fractions import Fraction

from attrs import frozen

from ocop.i18n import _
from ocop.register.entry import Entry, Rank
from ocop.report.formatting import date, month_year, number, percent
from ocop.report.placing import left_out, placed


@frozen
class ProvincialStatement:
    """The figures of one province's statement; :meth:`text` writes them."""

    #: The day the statement counts to: recognitions decided by then.
    as_of: dt.date
    #: The province's name (the old one when every entry has it, else the
    #: current units' names).
    province: str
    #: The number of products counted (3★ and above).
    products: int
    #: The number of products of each rank, highest first.
    by_star: tuple[tuple[Rank, int], ...]
    #: The number of products in each district (or commune), most first;
    #: ``None`` for those whose place is not known, last.
    by_place: tuple[tuple[str | None, int], ...]
    place_kind: str
    """``"district"`` or ``"commune"``: what :attr:`by_place` counts by."""
    #: The number of products recognised in each year, in year order.
    by_year: tuple[tuple[int, int], ...]
    #: The number of products not counted: no decision date and no year.
    undated: int = 0
    #: The number not counted: only the statement's own year, not yet over.
    pending: int = 0
    #: The number counted by their year only (the year ended by then).
    year_only: int = 0
    #: The number of products the province aims at; ``None`` (or 0): no goal.
    goal: int | None = None
    #: The decimal places of the percentage of the goal.
    target_decimals: int = 1

    @property
    def goal_ratio(self) -> Fraction | None:
        return None if not self.goal else Fraction(self.products, self.goal)

    def text(self, locale: str = "vi") -> str:
        last_day = calendar.monthrange(self.as_of.year, self.as_of.month)[1]
        if self.as_of.day == last_day:
            when = _("Tính đến hết tháng {month}", month=month_year(self.as_of, locale))
        else:
            when = _("Tính đến ngày {day}", day=date(self.as_of, locale))
        stars = ", ".join(f"{r.label(locale)} {number(k, locale)}" for r, k in self.by_star)
        parts = [
            _(
                "{when}, tỉnh {province} có {products} sản phẩm OCOP được công nhận đạt từ 3 "
                "sao trở lên",
                when=when,
                province=self.province,
                products=number(self.products, locale),
            ).text(locale)
        ]
        if stars:
            parts.append(": " + stars)
        ratio = self.goal_ratio
        if ratio is not None and self.goal is not None:
            parts.append(
                _(
                    "; đạt {percent} mục tiêu {goal} sản phẩm",
                    percent=percent(ratio, locale, self.target_decimals),
                    goal=number(self.goal, locale),
                ).text(locale)
            )
        parts.append(".")
        unknown = _("(không rõ)").text(locale)
        if self.by_place:
            listed = ", ".join(f"{p or unknown} {number(k, locale)}" for p, k in self.by_place)
            title = _("Theo huyện") if self.place_kind == "district" else _("Theo xã")
            parts.append(f" {title.text(locale)}: {listed}.")
        if self.by_year:
            listed = ", ".join(f"{y}: {number(k, locale)}" for y, k in self.by_year)
            title = _("Theo năm công nhận")
            parts.append(f" {title.text(locale)}: {listed}.")
        parts.append(left_out(self.undated, self.pending, self.as_of, locale))
        return "".join(parts)


def provincial(
    entries: Iterable[Entry],
    *,
    as_of: dt.date,
    goal: int | None = None,
    target_decimals: int = 1,
) -> ProvincialStatement:
    """The statement of the province the entries lie in (the old province when they all share
    one, else their current unit)."""
    every = list(entries)
    kept, undated, pending, year_only = placed(every, as_of)
    olds = {e.province_name for e in every if e.province is not None}
    units = {e.unit_name for e in every}
    if len(olds) == 1 and all(e.province is not None for e in every):
        name = next(iter(olds))
    else:
        name = ", ".join(sorted(units))
    stars = Counter(e.rank for e in kept)
    kind = "district" if any(e.district for e in kept) else "commune"
    places = Counter(e.district if kind == "district" else e.commune for e in kept)
    years = Counter(e.year for e in kept if e.year is not None)
    return ProvincialStatement(
        as_of=as_of,
        province=name,
        products=len(kept),
        by_star=tuple(sorted(stars.items(), key=lambda kv: kv[0], reverse=True)),
        by_place=tuple(sorted(places.items(), key=lambda kv: (kv[0] is None, -kv[1], kv[0] or ""))),
        place_kind=kind,
        by_year=tuple(sorted(years.items())),
        undated=undated,
        pending=pending,
        year_only=year_only,
        goal=goal,
        target_decimals=target_decimals,
    )
