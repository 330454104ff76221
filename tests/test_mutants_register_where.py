"""Where a register row is and how its cells are read, pinned exactly: a name on both maps read
through an address by the row's date or year (and refused undated), the commune of a row placed
by its district cell or by the register's province (none), a lookup's error turned into the
cell's bad value word for word, and what a parsed column remembers (the blank cell, each cell
read once, up to its bound, and not the values of a column whose values are all different)."""

from __future__ import annotations

import io

import pytest

from ocop.records import producer_type
from ocop.register import cells, read
from ocop.register.cells import ParsedColumn, _cell_reader
from ocop.register.values import BadValue, read_year

BOTH_MAPS_VI = (
    "'Lâm Đồng' vừa là tỉnh cũ vừa là đơn vị mới sau sáp nhập; cần ngày quyết định hoặc năm "
    'để phân biệt, hoặc ghi rõ "(cũ)" hay "(mới)"'
)


def test_an_address_on_both_maps_is_read_by_the_date_or_the_year() -> None:
    text = (
        "Tên sản phẩm,Hạng sao,Ngày quyết định,Năm,Địa chỉ\n"
        'A,4,01/03/2024,,"thôn 1, tỉnh Lâm Đồng"\n'
        'B,4,15/08/2025,,"thôn 2, tỉnh Lâm Đồng"\n'
        'C,4,,2024,"thôn 3, tỉnh Lâm Đồng"\n'
        'D,4,,2026,"thôn 4, tỉnh Lâm Đồng"\n'
        'E,4,,,"thôn 5, tỉnh Lâm Đồng"\n'
    )
    reg = read(io.StringIO(text))
    assert [
        (
            e.name,
            None if e.province is None else e.province.code,
            e.unit.code,
            e.province_name,
            e.unit_name,
            e.commune,
            e.district,
        )
        for e in reg.entries
    ] == [
        ("A", "68", "68", "Lâm Đồng", "Lâm Đồng", None, None),
        ("B", None, "68", "Lâm Đồng", "Lâm Đồng", None, None),
        ("C", "68", "68", "Lâm Đồng", "Lâm Đồng", None, None),
        ("D", None, "68", "Lâm Đồng", "Lâm Đồng", None, None),
    ]
    assert [(e.row, e.column, e.value) for e in reg.report.rejected] == [
        (6, "Địa chỉ", "thôn 5, tỉnh Lâm Đồng")
    ]
    assert reg.report.rejected[0].text.text("vi") == BOTH_MAPS_VI
    assert reg.report.warnings == []


def test_a_row_placed_by_its_district_or_the_register_has_no_commune() -> None:
    text = "Tên sản phẩm,Hạng sao,Tỉnh,Huyện\nA,4,,Đồng Văn\nB,4,,\n"
    reg = read(io.StringIO(text), province="Hà Giang")
    assert [(e.name, e.province_name, e.unit_name, e.commune, e.district) for e in reg.entries] == [
        ("A", "Hà Giang", "Tuyên Quang", None, "Huyện Đồng Văn"),
        ("B", "Hà Giang", "Tuyên Quang", None, None),
    ]
    assert reg.report.rejected == []
    assert reg.report.warnings == []


def test_a_lookup_error_becomes_the_bad_value_of_the_cell() -> None:
    reader = _cell_reader(producer_type)
    assert reader("HTX") is producer_type("HTX")
    with pytest.raises(BadValue) as caught:
        reader("xyz")
    assert caught.value.message.text("vi") == "Loại chủ thể 'xyz' không có trong danh sách."
    assert caught.value.message.text("en") == "Producer type 'xyz' is not a known kind."


def test_an_unknown_producer_type_is_a_warning_in_both_languages() -> None:
    text = "Tên sản phẩm,Hạng sao,Tỉnh,Loại hình chủ thể\nA,4,Hà Giang,xyz\n"
    reg = read(io.StringIO(text))
    [entry] = reg.entries
    assert entry.producer_type is None
    assert [(w.row, w.column, w.value) for w in reg.report.warnings] == [
        (2, "Loại hình chủ thể", "xyz")
    ]
    assert reg.report.warnings[0].text.text("vi") == (
        "Loại chủ thể 'xyz' không có trong danh sách."
    )
    assert reg.report.warnings[0].text.text("en") == "Producer type 'xyz' is not a known kind."


def test_a_parsed_column_reads_each_cell_once_and_knows_only_the_blank_cell() -> None:
    column = ParsedColumn(read_year)
    assert dict(column) == {"": None}
    assert column[" 2024 "] == 2024
    bad = column["XXXX"]
    assert isinstance(bad, BadValue)
    assert bad.message.text("en") == "invalid year: 'XXXX'"
    assert column["  "] is None
    assert dict(column) == {"": None, " 2024 ": 2024, "XXXX": bad, "  ": None}


def test_a_column_of_distinct_values_remembers_only_blank_and_bad_cells() -> None:
    column = ParsedColumn(read_year, unique=True)
    assert column["2024"] == 2024
    bad = column["20x4"]
    assert isinstance(bad, BadValue)
    assert column[" "] is None
    assert dict(column) == {"": None, "20x4": bad, " ": None}


def test_a_parsed_column_remembers_up_to_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cells, "MAX_CACHED_CELLS", 3)
    column = ParsedColumn(read_year)
    assert [column[str(year)] for year in range(2020, 2025)] == [2020, 2021, 2022, 2023, 2024]
    assert dict(column) == {"": None, "2020": 2020, "2021": 2021}
