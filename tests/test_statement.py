"""The November 2020 statement, computed back from a register that matches it."""

from __future__ import annotations

import datetime as dt

from ocop.report import statement
from ocop.stats import count, participation
from ocop.targets import target
from register_helpers import november_2020

AS_OF = dt.date(2020, 10, 31)

VI = (
    "Tính đến hết tháng 10/2020, cả nước có 48/63 tỉnh, thành phố đã tổ chức đánh giá, phân "
    "hạng sản phẩm OCOP; 2.169 sản phẩm được công nhận đạt từ 3 sao trở lên, đạt 90,4% mục tiêu "
    "(khoảng 2.400 sản phẩm được tiêu chuẩn hóa, Quyết định 490/QĐ-TTg). Khu vực miền Bắc có "
    "22/25 tỉnh đã đánh giá, với 1.209 sản phẩm, chiếm 55,74% tổng số sản phẩm cả nước. Trong 5 "
    "tỉnh có nhiều sản phẩm nhất có 4 tỉnh miền Bắc: Hà Nội (301), Quảng Ninh (191), Hà Giang "
    "(120), Bắc Kạn (105)."
)
EN = (
    "By the end of October 2020, 48 of 63 provinces had evaluated and classed OCOP products; "
    "2,169 products were recognised at 3 stars or more, 90.4% of the target (about 2,400 "
    "standardised products, Decision 490/QĐ-TTg). In the North, 22 of 25 provinces had "
    "evaluated, with 1,209 products, 55.74% of the national total. Four of the five provinces "
    "with the most products are in the North: Hà Nội (301), Quảng Ninh (191), Hà Giang (120), "
    "Bắc Kạn (105)."
)


def test_the_figures_come_back_exactly() -> None:
    reg = november_2020()
    assert reg.report.read == reg.report.kept == 2176
    s = statement(reg, as_of=AS_OF, target=target("490/QĐ-TTg", "products"))
    assert s.products == 2169
    assert (s.participation.provinces, s.participation.of) == (48, 63)
    assert (s.participation.north, s.participation.north_of) == (22, 25)
    assert s.north_products == 1209
    assert s.target is not None
    assert float(s.target.percent) == 2169 / 24
    assert [(name, k) for name, k, north in s.top if north] == [
        ("Hà Nội", 301),
        ("Quảng Ninh", 191),
        ("Hà Giang", 120),
        ("Bắc Kạn", 105),
    ]
    assert len(s.top) == 5


def test_the_paragraph_in_both_languages() -> None:
    s = statement(november_2020(), as_of=AS_OF, target=target("490/QĐ-TTg", "products"))
    assert s.text("vi") == VI
    assert s.text("en") == EN


def test_a_later_date_counts_the_november_products() -> None:
    reg = november_2020()
    later = statement(reg, as_of=dt.date(2020, 11, 20))
    assert later.products == 2176
    assert later.text("vi").startswith("Tính đến ngày 20/11/2020")
    assert later.text("en").startswith("By 20 November 2020")
    assert count(reg, "province", on=AS_OF)["Hà Nội"] == 301
    assert participation(reg).provinces == 48
