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
    s = statement(reg, as_of=AS_OF, target=target("490/QĐ-TTg", "products"), scope="national")
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


def test_a_provincial_register_gives_a_provincial_statement_that_adds_up() -> None:
    import re
    from pathlib import Path

    from ocop.register import read
    from ocop.report.provincial import ProvincialStatement

    reg = read(
        Path(__file__).parent / "data" / "registers" / "provincial-years.csv",
        province="Thái Nguyên (cũ)",
    )
    s = statement(reg, as_of=dt.date(2025, 12, 31), goal=12)
    assert isinstance(s, ProvincialStatement)
    # every kept product is in the paragraph: counted, or said to be left out
    assert s.products + s.undated + s.pending == reg.report.kept == 9
    assert sum(k for _, k in s.by_star) == s.products
    assert sum(k for _, k in s.by_place) == s.products
    assert sum(k for _, k in s.by_year) == s.products
    vi = s.text("vi")
    assert vi.startswith("Tính đến hết tháng 12/2025, tỉnh Thái Nguyên có 8 sản phẩm OCOP")
    assert "Không tính 1 sản phẩm không có ngày công nhận." in vi
    stars = re.search(r"trở lên: (.*?);", vi)
    assert stars is not None
    assert sum(int(n) for n in re.findall(r"sao (\d+)", stars.group(1))) == 8
    places = re.search(r"Theo huyện: (.*?)\.", vi)
    assert places is not None
    assert sum(int(n) for n in re.findall(r" (\d+)(?:,|$)", places.group(1))) == 8
    assert "66,7% mục tiêu 12 sản phẩm" in vi
    en = s.text("en")
    assert "By district: Huyện Đại Từ 3, Thành phố Thái Nguyên 3, Huyện Võ Nhai 2." in en
    # in the middle of 2025, the products of 2025 cannot be placed yet: the paragraph says so
    mid = statement(reg, as_of=dt.date(2025, 6, 30))
    assert mid.products + mid.undated + mid.pending == 9
    assert "Products with only the year 2025, not yet over, not counted: 2." in mid.text("en")


def test_after_the_merger_a_national_statement_counts_the_34_units() -> None:
    from ocop.register import example

    reg = example()
    new = statement(reg, as_of=dt.date(2025, 9, 30), scope="national")
    old = statement(reg, as_of=dt.date(2025, 9, 30), scope="national", map="old")
    assert (new.participation.of, old.participation.of) == (34, 63)
    assert "34/34" in new.text("vi")
    assert "63/63" in old.text("vi")
