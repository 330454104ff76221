"""The paragraph of an official OCOP statement, computed from a register.

The November 2020 Northern-region review said: by the end of October 2020, 48 of 63 provinces
had evaluated; 2,169 products were recognised 3★+, 90.4 % of the 2018–2020 target; in the North
22 of 25 provinces had evaluated, holding 55.74 % of the national total; four of the five
provinces with most products were northern. :func:`statement` computes every figure of such a
paragraph from the entries and writes it in Vietnamese or English.

*Interpretation*: a province "has evaluated" when the register holds at least one recognised
product of it; a register cannot show a province that evaluated but recognised nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

from attrs import frozen

from ocop.i18n import Pair, _
from ocop.register.entry import Entry
from ocop.report.formatting import date, month_year, number, percent
from ocop.stats.counts import count
from ocop.stats.coverage import Participation, participation
from ocop.targets import Progress, Target, progress


@frozen
class Statement:
    """The figures of a statement; :meth:`text` writes them."""

    as_of: dt.date
    products: int
    participation: Participation
    north_products: int
    top: tuple[tuple[str, int, bool], ...]
    target: Progress | None = None
    undated: int = 0
    target_decimals: int = 1
    share_decimals: int = 2

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
        parts.append(
            _(
                ". Khu vực miền Bắc có {north}/{north_of} tỉnh đã đánh giá, với {products} "
                "sản phẩm, chiếm {share} tổng số sản phẩm cả nước.",
                north=p.north,
                north_of=p.north_of,
                products=number(self.north_products, locale),
                share=percent(self.north_share, locale, self.share_decimals),
            ).text(locale)
        )
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
        return "".join(parts)


def _count_word(n: int) -> str:
    words = ["None", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]
    return words[n] if n < len(words) else str(n)


def statement(
    entries: Iterable[Entry],
    *,
    as_of: dt.date,
    target: Target | None = None,
    top: int = 5,
    target_decimals: int = 1,
    share_decimals: int = 2,
) -> Statement:
    """The figures of a statement as of ``as_of`` (recognitions decided by that day).

    Entries without a decision date cannot be placed in time: they are left out and counted
    in ``Statement.undated``.
    """
    kept: list[Entry] = []
    undated = 0
    for entry in entries:
        if entry.decision_date is None:
            undated += 1
        elif entry.decision_date <= as_of:
            kept.append(entry)
    by_province = count(kept, "province")
    north = {e.province_name for e in kept if e.north}
    leaders = tuple((key[0], k, key[0] in north) for key, k in by_province.top(top))
    return Statement(
        as_of=as_of,
        products=len(kept),
        participation=participation(kept),
        north_products=sum(1 for e in kept if e.north),
        top=leaders,
        target=progress(target, len(kept)) if target is not None else None,
        undated=undated,
        target_decimals=target_decimals,
        share_decimals=share_decimals,
    )
