"""Counts, shares, top-N with ties, participation, series, producers, targets and tables."""

from __future__ import annotations

import datetime as dt
import io
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocop.errors import UnknownDimensionError, UnknownLocaleError
from ocop.register import Entry, Rank, read
from ocop.report import number, percent, table
from ocop.stats import Counts, count, cumulative, participation, producers
from ocop.targets import custom, progress, target

TEXT = """Tên sản phẩm,Hạng sao,Tỉnh,Ngày quyết định,Chủ thể,Loại hình chủ thể,Bộ sản phẩm
A,3,Hà Nội,2020-03-01,HTX An,HTX,1
B,4,Hà Nội,2021-03-01,HTX An,HTX,11
C,3,Huế,2021-05-01,Công ty Bình,DN,14
D,5,Cần Thơ,2022-05-01,Hộ Chi,HKD,26
E,3,Cần Thơ,2023-02-01,Công ty Bình,DN,1
F,4,Đắk Lắk,2023-09-01,,,13
"""


def entries() -> list[Entry]:
    return list(read(io.StringIO(TEXT)))


def test_counts_by_star_and_province() -> None:
    c = count(entries(), ("province", "star"))
    assert c.total == 6
    assert c["Hà Nội", Rank.THREE] == 1
    assert c.marginal("province")["Cần Thơ"] == 2
    assert c.where("province", "Hà Nội")[Rank.FOUR] == 1
    stars = count(entries(), "star")
    assert stars.keys() == [(Rank.THREE,), (Rank.FOUR,), (Rank.FIVE,)]
    assert stars.share(Rank.THREE) == Fraction(1, 2)
    assert stars.percent(Rank.FOUR) == Fraction(100, 3)


def test_every_dimension() -> None:
    for name in (
        "star",
        "province",
        "unit",
        "region",
        "north",
        "sector",
        "group",
        "product_set",
        "producer_type",
        "year",
        "authority",
    ):
        assert count(entries(), name).total == 6
    with pytest.raises(UnknownDimensionError):
        count(entries(), "colour")
    assert count(entries(), "sector")["I"] == 4
    assert count(entries(), "north")[True] == 2
    assert count(entries(), "year")[2021] == 2


def test_top_shows_ties() -> None:
    c = count(entries(), "province")
    assert c.top(1) == [(("Cần Thơ",), 2), (("Hà Nội",), 2)]
    assert c.top(1, ties=False) == [(("Cần Thơ",), 2)]
    assert len(c.top(3)) == 4


def test_counts_on_a_date() -> None:
    all_until = count(entries(), "star", on=dt.date(2021, 12, 31))
    assert all_until.total == 3
    valid = count(entries(), "star", on=dt.date(2024, 3, 2), valid_only=True)
    assert valid.total == 4  # A (to 2023-03-01) and B (to 2024-03-01) have expired
    with pytest.raises(UnknownDimensionError):
        count(entries(), valid_only=True)


def test_undated_entries_are_excluded_on_a_date_not_dropped_silently() -> None:
    text = "Tên sản phẩm,Hạng sao,Tỉnh,Năm\nA,3,Hà Nội,2024\nB,3,Hà Nội,\nC,4,Hà Nội,2025\n"
    undated = list(read(io.StringIO(text)))
    c = count(undated, "star", on=dt.date(2025, 1, 1))
    # A: its year ended before the date, counted; B: no year; C: 2025 is not over
    assert (c.total, c.excluded, c.excluded_reason) == (1, 2, "no decision date")


def test_participation() -> None:
    p = participation(entries())
    assert (p.provinces, p.of, p.north, p.north_of) == (4, 63, 1, 25)
    assert p.fraction() == "4/63"
    assert [(r.number, n, of) for r, n, of in p.by_region] == [
        (1, 0, 14),
        (2, 1, 11),
        (3, 1, 14),
        (4, 1, 5),
        (5, 0, 6),
        (6, 1, 13),
    ]


def test_cumulative_series() -> None:
    points, unknown = cumulative(entries())
    assert [(p.year, p.count, p.cumulative) for p in points] == [
        (2020, 1, 1),
        (2021, 2, 3),
        (2022, 1, 4),
        (2023, 2, 6),
    ]
    assert unknown == 0


def test_producers() -> None:
    pc = producers(entries())
    assert pc.by_type == {"HTX": 1, "DN": 2, "HKD": 1}
    assert pc.total == 4
    assert pc.unnamed == 1
    assert pc.share("DN") == Fraction(1, 2)


def test_targets() -> None:
    goal = target("919/QĐ-TTg", "products")
    assert (goal.at_least, goal.by) == (Fraction(10000), dt.date(2025, 12, 31))
    assert progress(goal, 17316).percent == Fraction(17316, 100)
    five = target("919", "five_star")
    assert (five.at_least, five.at_most) == (Fraction(400), Fraction(500))
    assert not progress(five, 126).met
    coop = target("919/QĐ-TTg", "cooperatives")
    assert coop.at_least == Fraction(2, 5)
    assert progress(coop, Fraction(329, 1000)).met is False
    mine = custom(
        "products", 50, by=dt.date(2026, 12, 31), text_vi="50 sản phẩm", text_en="50 products"
    )
    assert progress(mine, 60).met
    with pytest.raises(LookupError):
        target("490/QĐ-TTg", "five_star")


def test_tables() -> None:
    c = count(entries(), "star")
    assert table(c, "en", "csv").splitlines() == [
        "Stars,Products,Share",
        "3 stars,3,50.0%",
        "4 stars,2,33.3%",
        "5 stars,1,16.7%",
        "Total,6,100.0%",
    ]
    text = table(count(entries(), "region"), "en", "text", order="count")
    assert text.splitlines()[0].startswith("Region")
    assert "Mekong River Delta" in text
    md = table(count(entries(), ("sector", "north")), "vi", "md")
    assert "| I. SẢN PHẨM THỰC PHẨM | Miền Bắc | 2 | 33,3% |" in md
    assert "| VI. SẢN PHẨM DỊCH VỤ DU LỊCH CỘNG ĐỒNG" in md


@given(
    st.lists(
        st.tuples(st.sampled_from(["Hà Nội", "Huế", "Cần Thơ"]), st.sampled_from(list(Rank))),
        max_size=40,
    )
)
def test_shares_add_up(pairs: list[tuple[str, Rank]]) -> None:
    from collections import Counter

    c = Counts(("province", "star"), dict(Counter(pairs)))
    assert c.total == len(pairs)
    if pairs:
        assert sum(c.share(k) for k in c.counts) == 1
        assert sum(c.marginal("star").counts.values()) == len(pairs)


def test_number_formats() -> None:
    assert number(Fraction(269, 3), "vi", 2) == "89,67"
    assert percent(Fraction(0), "en", 0) == "0%"
    with pytest.raises(UnknownLocaleError):
        number(1, "fr")


def test_counting_by_district_and_commune() -> None:
    from pathlib import Path

    from ocop.register import read
    from ocop.stats import count

    reg = read(
        Path(__file__).parent / "data" / "registers" / "provincial-years.csv",
        province="Thái Nguyên (cũ)",
    )
    by_district = count(reg, "district")
    assert by_district["Huyện Đại Từ"] == 3
    assert by_district.total == 9
    assert count(reg, "commune")["xã Tân Cương"] == 1


def test_counting_on_a_date_places_rows_by_their_year() -> None:
    import datetime as dt
    from pathlib import Path

    from ocop.register import read
    from ocop.stats import count

    reg = read(
        Path(__file__).parent / "data" / "registers" / "provincial-years.csv",
        province="Thái Nguyên (cũ)",
    )
    mid = count(reg, "year", on=dt.date(2025, 6, 30))
    assert (mid.total, mid.excluded) == (6, 3)  # 2025 is not over; one row has no year
    end = count(reg, "year", on=dt.date(2025, 12, 31))
    assert (end.total, end.excluded) == (8, 1)
    valid = count(reg, "year", on=dt.date(2025, 12, 31), valid_only=True)
    assert (valid.total, valid.excluded) == (0, 9)  # validity needs a decision date
