"""Provinces before and after 1 July 2025, regions, communes and forgiving lookups."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from ocop import geo
from ocop.errors import OcopError, UnknownCommuneError, UnknownProvinceError, UnknownRegionError

SPANNING = {"Phú Thọ", "Bắc Ninh", "Quảng Ngãi", "Gia Lai", "Lâm Đồng", "Đắk Lắk", "Tây Ninh"}


def test_63_old_provinces_and_34_current_units() -> None:
    assert len(geo.old_provinces()) == 63
    assert len(geo.current_provinces()) == 34
    assert len({p.code for p in geo.old_provinces()}) == 63


def test_every_old_province_maps_to_exactly_one_new_unit() -> None:
    units = {u.code: u for u in geo.current_provinces()}
    for old in geo.old_provinces():
        successor = old.successor()
        assert successor.code in units
        holders = [u for u in units.values() if old in u.predecessors]
        assert holders == [successor]


def test_every_new_unit_has_an_old_province_and_11_are_unchanged() -> None:
    units = geo.current_provinces()
    assert all(u.predecessors for u in units)
    assert sum(len(u.predecessors) for u in units) == 63
    unchanged = [u for u in units if u.unchanged]
    assert len(unchanged) == 11
    assert sum(1 for u in units if not u.unchanged) == 23
    assert sum(len(u.predecessors) for u in units if not u.unchanged) == 52
    for unit in unchanged:
        (old,) = unit.predecessors
        assert old.successor() == unit
        assert geo.current_province(old.name) == unit
    assert {u.name for u in unchanged} == {
        "Hà Nội",
        "Huế",
        "Lai Châu",
        "Điện Biên",
        "Sơn La",
        "Lạng Sơn",
        "Quảng Ninh",
        "Thanh Hóa",
        "Nghệ An",
        "Hà Tĩnh",
        "Cao Bằng",
    }


def test_regions_and_the_north() -> None:
    sizes = Counter(p.region.number for p in geo.old_provinces())
    assert [sizes[r.number] for r in geo.regions()] == [14, 11, 14, 5, 6, 13]
    north = [p for p in geo.old_provinces() if p.north]
    assert len(north) == 25
    assert all(p.region.north for p in north)
    assert {r.label_en for r in geo.regions() if r.north} == {
        "Northern Midlands and Mountains",
        "Red River Delta",
    }


def test_units_spanning_two_regions_have_no_invented_region() -> None:
    spanning = {u.name for u in geo.current_provinces() if len(u.old_regions) > 1}
    assert spanning == SPANNING
    with pytest.raises(UnknownRegionError) as info:
        _ = geo.current_province("Gia Lai").region
    assert isinstance(info.value, OcopError)
    assert "no official region is known" in info.value.message("en")
    assert "Tây Nguyên" in info.value.message("vi")
    assert geo.current_province("Thái Nguyên").region.label_vi == "Trung du và miền núi phía Bắc"


@pytest.mark.parametrize(
    ("spelling", "old", "current"),
    [
        ("TP HCM", "TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("Tp. Hồ Chí Minh", "TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("Ha Noi", "Hà Nội", "Hà Nội"),
        ("HÀ NỘI", "Hà Nội", "Hà Nội"),
        ("tỉnh Bắc Kạn", "Bắc Kạn", "Thái Nguyên"),
        ("Thừa Thiên Huế", "Thừa Thiên Huế", "Huế"),
        ("Thừa Thiên - Huế", "Thừa Thiên Huế", "Huế"),
        ("Huế", "Thừa Thiên Huế", "Huế"),
        ("Hà Giang", "Hà Giang", "Tuyên Quang"),
        ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        ("Dak Lak", "Đắk Lắk", "Đắk Lắk"),
        ("06", "Bắc Kạn", "Thái Nguyên"),
        (6, "Bắc Kạn", "Thái Nguyên"),
    ],
)
def test_forgiving_lookups(spelling: str | int, old: str, current: str) -> None:
    assert geo.old_province(spelling).name == old
    if not isinstance(spelling, int) and not str(spelling).isdigit():
        assert geo.current_province(spelling).name == current
    assert geo.old_province(spelling).successor().name == current


def test_current_codes_come_from_the_current_table() -> None:
    assert geo.current_province("04").name == "Cao Bằng"
    assert geo.current_province(79).name == "Hồ Chí Minh"
    with pytest.raises(UnknownProvinceError):
        geo.current_province("06")  # Bắc Kạn's old code is no current unit


def test_resolving_as_of_a_date() -> None:
    before, after = dt.date(2025, 6, 30), dt.date(2025, 7, 1)
    assert isinstance(geo.province("Bắc Kạn", before), geo.OldProvince)
    assert geo.province("Bắc Kạn", before).name == "Bắc Kạn"
    assert isinstance(geo.province("Bắc Kạn", after), geo.Province)
    assert geo.province("Bắc Kạn", after).name == "Thái Nguyên"
    assert geo.province("Huế", before).name == "Thừa Thiên Huế"
    assert geo.province("Huế", after).name == "Huế"


@pytest.mark.parametrize(
    ("bad", "suggested"),
    [("Bac Kanh", "Bắc Kạn"), ("Ha Tay", None), ("Quang Nam Da Nang", None), ("", None)],
)
def test_unknown_names_suggest_and_never_guess(bad: str, suggested: str | None) -> None:
    with pytest.raises(UnknownProvinceError) as info:
        geo.old_province(bad)
    assert isinstance(info.value, KeyError)
    if suggested:
        assert info.value.suggestions[0] == suggested
        assert f"Did you mean: {suggested}" in info.value.message("en")
        assert f"Có phải: {suggested}" in info.value.message("vi")


def test_repeated_lookups_use_the_cache() -> None:
    first = geo.old_province("Tỉnh  Lào Cai ")
    assert geo.OLD_PROVINCES["Tỉnh  Lào Cai "] is first
    assert "Tỉnh  Lào Cai " in geo.OLD_PROVINCES


def test_communes() -> None:
    assert len(geo.communes()) == 3321
    assert geo.commune("00070").name == "Phường Hoàn Kiếm"
    assert all(c.province_code == "01" for c in geo.communes("01"))
    assert len(geo.communes("01")) > 100
    with pytest.raises(UnknownCommuneError):
        geo.commune("99999")


def test_fold() -> None:
    assert geo.fold("Thành phố Cần Thơ") == geo.fold("can tho") == "cantho"
    assert geo.fold("Tỉnh Đồng Tháp") == "dongthap"
