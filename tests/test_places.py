"""Province names as registers write them: qualified by the merger, districts, addresses."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

from ocop.errors import AmbiguousPlaceError, UnknownProvinceError
from ocop.geo.addresses import parse
from ocop.geo.places import place, qualifier

FIXTURE = Path(__file__).parent / "data" / "registers" / "addresses.csv"


@pytest.mark.parametrize(
    ("text", "old", "unit", "map_"),
    [
        ("Đắk Nông (cũ)", "Đắk Nông", "Lâm Đồng", "old"),
        ("tỉnh Đắk Nông cũ", "Đắk Nông", "Lâm Đồng", "old"),
        ("Lâm Đồng (cũ)", "Lâm Đồng", "Lâm Đồng", "old"),
        ("Lâm Đồng (mới)", None, "Lâm Đồng", "new"),
        ("Lâm Đồng mới", None, "Lâm Đồng", "new"),
        ("tỉnh Lâm Đồng sau sắp xếp", None, "Lâm Đồng", "new"),
        ("Bình Thuận trước sáp nhập", "Bình Thuận", "Lâm Đồng", "old"),
        ("Hà Giang", "Hà Giang", "Tuyên Quang", "old"),
        ("Lâm Đồng", "Lâm Đồng", "Lâm Đồng", None),
        ("Hà Nội", "Hà Nội", "Hà Nội", "old"),
        ("Bảo Lộc", "Lâm Đồng", "Lâm Đồng", "old"),
        ("Phan Thiết", "Bình Thuận", "Lâm Đồng", "old"),
        ("TP Đà Lạt", "Lâm Đồng", "Lâm Đồng", "old"),
        ("huyện Đắk Song", "Đắk Nông", "Lâm Đồng", "old"),
    ],
)
def test_qualified_and_partial_names(
    text: str, old: str | None, unit: str, map_: str | None
) -> None:
    found = place(text)
    assert (found.old.name if found.old else None, found.unit.name, found.map) == (old, unit, map_)


def test_a_district_says_which_district_it_read() -> None:
    assert place("Bảo Lộc").district == "Thành phố Bảo Lộc"


def test_an_ambiguous_district_names_its_candidates() -> None:
    with pytest.raises(AmbiguousPlaceError) as info:
        place("Châu Thành")
    text = info.value.message("en")
    assert "Huyện Châu Thành (Tiền Giang)" in text
    assert "Huyện Châu Thành (Trà Vinh)" in text


def test_a_name_that_matches_nothing() -> None:
    with pytest.raises(UnknownProvinceError):
        place("Atlantis (cũ)")
    with pytest.raises(UnknownProvinceError):
        place("   ")


def test_qualifier_keeps_the_spelling() -> None:
    assert qualifier("Tỉnh Đắk Nông (cũ)") == ("Tỉnh Đắk Nông", "old")
    assert qualifier("Bình Thuận trước sáp nhập") == ("Bình Thuận", "old")


def _accuracy(engine: str) -> float:
    with FIXTURE.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 100
    right = 0
    for row in rows:
        try:
            found = parse(row["address"], engine).place
        except (UnknownProvinceError, AmbiguousPlaceError):
            continue
        right += (
            found.old is not None
            and found.old.name == row["old_province"]
            and found.unit.name == row["unit"]
        )
    return right / len(rows)


def test_the_built_in_address_reader_on_the_fixture() -> None:
    # measured: 111/111 (benchmarks/bench_addresses.py prints the figure and the misses)
    assert _accuracy("builtin") >= 0.99


@pytest.mark.skipif(
    importlib.util.find_spec("vietnamadminunits") is None, reason="ocop[addresses] not installed"
)
def test_vietnamadminunits_on_the_fixture() -> None:
    # measured: 110/111 with vietnamadminunits 1.0.4
    assert _accuracy("vietnamadminunits") >= 0.95


def test_addresses_of_the_old_map() -> None:
    a = parse("Thôn 11, xã Nam Bình, huyện Đắk Song, tỉnh Đắk Nông")
    assert (a.place.old and a.place.old.name, a.place.unit.name) == ("Đắk Nông", "Lâm Đồng")
    assert (a.place.district, a.commune) == ("Huyện Đắk Song", "xã Nam Bình")
    # a district makes the address one of the old map
    assert parse("xã Hiệp An, huyện Đức Trọng, tỉnh Lâm Đồng").place.map == "old"
    # without one, a name on both maps is for the date to decide
    assert parse("phường Xuân Hương, tỉnh Lâm Đồng").place.map is None
    assert parse("phường Xuân Hương, tỉnh Lâm Đồng (mới)").place.old is None
    with pytest.raises(AmbiguousPlaceError):
        parse("ấp 3, huyện Châu Thành")
    with pytest.raises(UnknownProvinceError):
        parse("Thôn 2, xã Tân Lập")


def test_the_address_extra_is_named_when_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from ocop.errors import MissingExtraError

    monkeypatch.setitem(sys.modules, "vietnamadminunits", None)
    with pytest.raises(MissingExtraError) as info:
        parse("xã Nam Bình, huyện Đắk Song, tỉnh Đắk Nông", "vietnamadminunits")
    assert "ocop[addresses]" in info.value.message("en")


def test_an_unknown_address_reader_is_a_usage_error() -> None:
    import io

    from ocop.errors import UsageError
    from ocop.register import read

    with pytest.raises(UsageError, match="vietnamadminunits"):
        read(io.StringIO("Tên sản phẩm,Hạng sao,Địa chỉ\n"), addresses="google")
