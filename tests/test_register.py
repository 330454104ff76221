"""Register import and export: bad rows reported, good rows kept, round trips lossless."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from ocop import geo
from ocop.register import (
    COLUMNS,
    Entry,
    ImportReport,
    Rank,
    RegisterFormatError,
    column_for,
    read,
    stream,
    write,
)
from ocop.register.values import read_date, read_rank

BAD = """\
Tên sản phẩm;Hạng sao;Tỉnh;Ngày quyết định;Mã sản phẩm;Loại hình chủ thể;Ghi chú
Chè Tân Cương;4 sao;Thái Nguyên;15/06/2024;19-01849-1-2026;HTX;tốt
Gạo thử;3 sao;Hà Tây;01/03/2024;;DN;
Mật ong thử;6 sao;Hà Giang;01/07/2024;;;
;3;Bắc Kạn;01/07/2024;;;
Miến thử;3 sao;Bắc Kạn;31/02/2024;;;
Chè thử;3 sao;Thái Nguyên;01/08/2026;19-01849-1-2026;HTX;
Cà phê thử;★★★★★;Đắk Lắk;10/10/2024;;Công ty TNHH;
Rượu thử;2 sao;Hà Nội;10/10/2024;;;
Bánh thử;4;Hà Nội;10/10/2024;;Hợp tác;
"""


def test_every_bad_row_is_reported_and_the_good_ones_kept() -> None:
    reg = read(io.StringIO(BAD))
    report = reg.report
    assert [e.name for e in reg.entries] == ["Chè Tân Cương", "Miến thử", "Cà phê thử", "Bánh thử"]
    assert report.read == 9
    assert report.kept == 4
    assert report.read == report.kept + len(report.rejected_rows)
    assert report.balanced
    # an optional value that cannot be read keeps its row, with a warning
    assert reg.entries[1].decision_date is None
    assert reg.entries[3].producer_type is None
    assert report.warned_rows == (6, 10)
    reasons = {(e.row, e.column): e.message("en") for e in [*report.rejected, *report.warnings]}
    assert reasons == {
        (3, "Tỉnh"): "row 3, column Tỉnh ('Hà Tây'): No province 'Hà Tây' among the 63 old "
        "provinces (until 30 Jun 2025). Did you mean: Hà Nam, Hà Tĩnh, Tây Ninh?",
        (4, "Hạng sao"): "row 4, column Hạng sao ('6 sao'): there is no 6★ class (1–5)",
        (5, "Tên sản phẩm"): "row 5, column Tên sản phẩm (''): the product name is empty",
        (6, "Ngày quyết định"): "row 6, column Ngày quyết định ('31/02/2024'): no such date: "
        "'31/02/2024'",
        (7, "Mã sản phẩm"): "row 7, column Mã sản phẩm ('19-01849-1-2026'): the product code "
        "repeats row 2",
        (9, "Hạng sao"): "row 9, column Hạng sao ('2 sao'): a 2★ product is not recognised "
        "(a register lists 3★ and up)",
        (10, "Loại hình chủ thể"): "row 10, column Loại hình chủ thể ('Hợp tác'): Producer "
        "type 'Hợp tác' is not a known kind. Did you mean: Tổ hợp "
        "tác, Hợp tác xã?",
    }
    assert report.ignored_columns == ("Ghi chú",)
    assert "dòng 4, cột Hạng sao ('6 sao')" in report.summary("vi")


def test_one_row_with_several_problems_reports_them_all() -> None:
    text = "Tên sản phẩm,Hạng sao,Tỉnh,Ngày quyết định\n,7,Atlantis,2024-13-01\n"
    reg = read(io.StringIO(text))
    assert [e.column for e in reg.report.rejected] == ["Tên sản phẩm", "Hạng sao", "Tỉnh"]
    assert [e.column for e in reg.report.warnings] == ["Ngày quyết định"]
    assert reg.report.rejected_rows == (2,)


def test_missing_required_columns() -> None:
    with pytest.raises(RegisterFormatError) as info:
        read(io.StringIO("Tên sản phẩm,Ngày\nA,2024-01-01\n"))
    assert "Stars, Province" in info.value.message("en")


def test_a_2024_register_counted_by_current_units() -> None:
    from ocop.stats import count

    text = (
        "Tên sản phẩm,Hạng sao,Tỉnh,Năm\n"
        "A,3,Bắc Kạn,2024\nB,3,Thái Nguyên,2024\nC,4,Hà Giang,2024\nD,3,Tuyên Quang,2024\n"
        "E,3,Kon Tum,2024\nF,3,Quảng Ngãi,2024\n"
    )
    reg = read(io.StringIO(text))
    units = count(reg, "unit")
    assert units["Thái Nguyên"] == 2
    assert units["Tuyên Quang"] == 2
    assert units["Quảng Ngãi"] == 2
    regions = count(reg, "region")
    by_name = {key[0].label_vi: n for key, n in regions.counts.items()}
    assert by_name == {
        "Trung du và miền núi phía Bắc": 4,
        "Tây Nguyên": 1,
        "Bắc Trung Bộ và duyên hải miền Trung": 1,
    }
    provinces = count(reg, "province")
    assert provinces["Bắc Kạn"] == 1
    assert provinces["Hà Giang"] == 1


def test_after_the_merger_a_merged_unit_has_no_region() -> None:
    from ocop.stats import count

    text = (
        "Tên sản phẩm,Hạng sao,Tỉnh,Ngày quyết định\n"
        "A,3,Quảng Ngãi,2026-08-01\nB,3,Kon Tum,2026-08-01\nC,4,Hà Giang,2026-08-01\n"
        "D,3,Tuyên Quang,2026-08-01\nE,3,Huế,2026-08-01\n"
    )
    entries = read(io.StringIO(text)).entries
    a, b, c, d, e = entries
    assert (a.province, a.unit.name, a.region) == (None, "Quảng Ngãi", None)
    assert b.province is not None
    assert b.province.name == "Kon Tum"
    assert b.region is not None
    assert b.region.label_vi == "Tây Nguyên"
    assert (c.province_name, c.unit_name) == ("Hà Giang", "Tuyên Quang")
    assert (d.province, d.unit_name, d.north) == (None, "Tuyên Quang", True)
    assert e.province is not None
    assert e.province.name == "Thừa Thiên Huế"
    assert count(entries, "region")[None] == 1


def test_an_undated_name_that_is_both_old_and_merged_is_refused() -> None:
    reg = read(
        io.StringIO("Tên sản phẩm,Hạng sao,Tỉnh\nA,3,Tuyên Quang\nB,3,Hà Giang\nC,3,Hà Nội\n")
    )
    assert [e.name for e in reg.entries] == ["B", "C"]
    assert "decision date or year is needed" in reg.report.rejected[0].message("en")


def sample() -> list[Entry]:
    text = (
        "Tên sản phẩm,Hạng sao,Tỉnh,Xã,Chủ thể,Loại hình chủ thể,Bộ sản phẩm,Ngành,"
        "Số quyết định,Ngày quyết định,Bộ tiêu chí,Mã sản phẩm,Ngày thu hồi\n"
        "Chè Tân Cương,4 sao,Thái Nguyên,Xã Tân Cương,HTX Chè,HTX,11,I,123/QĐ-UBND,"
        "2026-06-15,26/2026,19-01849-1-2026,\n"
        "Mật ong bạc hà,tiềm năng 5 sao,Hà Giang,,Công ty A,DN,Mật ong, mật khác và nông sản "
        "thực phẩm khác,,45/QĐ,2024-03-01,,02-026-00712-3-2024,2025-01-01\n"
        "Rượu thử,3,TP HCM,,Hộ B,HKD,,,,2020-05-05,,,\n"
    )
    return list(
        read(
            io.StringIO(
                text.replace(",Mật ong, mật khác", ',"Mật ong, mật khác').replace(
                    "thực phẩm khác,,45", 'thực phẩm khác",,45'
                )
            )
        )
    )


def test_sample_reads_fully() -> None:
    entries = sample()
    assert len(entries) == 3
    first, second, third = entries
    assert (first.product_set, first.sector, first.group) == (11, "I", "I.5")
    assert first.rule_set == "26/2026/QĐ-TTg"
    assert second.rank is Rank.POTENTIAL_FIVE
    assert second.product_set == 4
    assert second.rule_set == "148/QĐ-TTg"  # from the decision date
    assert second.revoked_on == dt.date(2025, 1, 1)
    assert third.province_name == "TP. Hồ Chí Minh"
    assert third.authority is not None
    assert third.authority.value == "province"


@pytest.mark.parametrize(
    ("fmt", "headers"),
    [("csv", "vi"), ("csv", "en"), ("csv", "keys"), ("json", "vi"), ("jsonl", "vi")],
)
def test_round_trip(fmt: str, headers: str) -> None:
    entries = sample()
    out = io.StringIO()
    assert write(entries, out, format=fmt, headers=headers) == 3
    out.seek(0)
    back = list(read(out, format=fmt))
    assert [attrs.evolve(e, row=None) for e in back] == [attrs.evolve(e, row=None) for e in entries]


def test_files_and_gzip(tmp_path: Path) -> None:
    entries = sample()
    for name in ("reg.csv", "reg.csv.gz", "reg.json", "reg.jsonl.gz"):
        path = tmp_path / name
        write(entries, path)
        assert [e.name for e in read(path)] == [e.name for e in entries]
    with gzip.open(tmp_path / "reg.csv.gz", "rt", encoding="utf-8") as fh:
        assert fh.readline().startswith("Tên sản phẩm,Hạng sao")
    data = json.loads((tmp_path / "reg.json").read_text(encoding="utf-8"))
    assert data["format"] == "ocop-register/1"


def test_json_records_must_be_objects() -> None:
    reg = read(
        io.StringIO('[{"name": "A", "star": 3, "province": "Hà Nội", "year": 2024}, 7]'),
        format="json",
    )
    assert len(reg.entries) == 1
    assert reg.report.rejected[0].message("en") == "row 2 ('7'): the record is not a JSON object"


def test_excel_bom_and_tabs() -> None:
    text = "\ufeffTên sản phẩm\tHạng sao\tTỉnh\tNăm\nA\t3 sao\tHà Nội\t2024\n"
    assert [e.name for e in read(io.StringIO(text))] == ["A"]


def test_streaming_keeps_a_report() -> None:
    report = ImportReport("test")
    names = [e.name for e in stream(io.StringIO(BAD), report=report)]
    assert names == ["Chè Tân Cương", "Miến thử", "Cà phê thử", "Bánh thử"]
    assert (report.read, report.kept, len(report.rejected_rows)) == (9, 4, 5)


def test_columns_fold_to_distinct_keys() -> None:
    from ocop.geo.names import fold

    seen: dict[str, str] = {}
    for column in COLUMNS:
        for spelling in (column.key, column.header_vi, column.header_en, *column.spellings):
            assert seen.setdefault(fold(spelling), column.key) == column.key, spelling
    assert column_for("Ghi chú") is None


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("3", Rank.THREE),
        ("3 sao", Rank.THREE),
        ("4*", Rank.FOUR),
        ("****", Rank.FOUR),
        ("★★★★★", Rank.FIVE),
        ("5 stars", Rank.FIVE),
        ("Tiềm năng 5 sao", Rank.POTENTIAL_FIVE),
    ],
)
def test_ranks(text: str, rank: Rank) -> None:
    assert read_rank(text) is rank


def test_dates() -> None:
    assert read_date("1/7/2025") == dt.date(2025, 7, 1)
    assert read_date("01.07.2025") == dt.date(2025, 7, 1)


def test_province_lookups_are_shared_with_geo() -> None:
    assert geo.old_province("Hà Giang").successor().name == "Tuyên Quang"


def test_an_entry_on_the_new_map_keeps_its_product_code() -> None:
    # a unit made of two old provinces has no old province: the entry still has its code
    text = (
        "Tên sản phẩm,Hạng sao,Tỉnh,Ngày quyết định,Mã sản phẩm\n"
        "Chè thử,4,Thái Nguyên,01/08/2025,19-01849-1-2026\n"
    )
    (entry,) = read(io.StringIO(text)).entries
    assert entry.province is None
    assert entry.unit_name == "Thái Nguyên"
    assert str(entry.code) == "19-01849-1-2026"


def test_blank_cells_read_as_empty_and_long_cells_outside_the_columns_are_ignored() -> None:
    from ocop.register.limits import MAX_FIELD_CHARS

    long = "x" * (MAX_FIELD_CHARS + 1)
    text = (
        "Tên sản phẩm,Hạng sao,Tỉnh,Năm,Ghi chú\n"
        f"Chè thử,  ,Hà Nội,2024,{long}\n"
        f" Gạo thử , 4 sao , Hà Nội , 2024 ,{long}\n"
        f"{long},4,Hà Nội,2024,\n"
    )
    reg = read(io.StringIO(text))
    assert [e.name for e in reg.entries] == ["Gạo thử"]
    assert reg.entries[0].year == 2024
    assert reg.entries[0].rank is Rank.FOUR
    missing, too_long = reg.report.rejected
    assert (missing.row, missing.column, missing.value) == (2, "Hạng sao", "")
    assert missing.message("en").endswith("the star class is empty")
    assert (too_long.row, too_long.column, too_long.value) == (4, "Tên sản phẩm", "x" * 80)
    assert reg.report.balanced


def test_checked_entry_equals_the_public_constructor() -> None:
    from ocop.product_codes import validate
    from ocop.register.entry import checked_entry

    old = geo.old_province("Hà Giang")
    unit = old.successor()
    values: tuple[Any, ...] = (
        "Chè thử",
        Rank.FOUR,
        old,
        unit,
        old.region,
        "HTX thử",
        None,
        6,
        "I",
        "I.3",
        "Xã thử",
        "12/QĐ-UBND",
        dt.date(2024, 5, 1),
        2024,
        "148/QĐ-TTg",
        validate("19-01849-1-2026"),
        None,
        7,
        "thôn thử",
        "Huyện thử",
    )
    fast, slow = checked_entry(*values), Entry(*values)
    assert type(fast) is Entry
    assert fast == slow
    for f in attrs.fields(Entry):
        assert getattr(fast, f.name) == getattr(slow, f.name), f.name
    assert len(attrs.fields(Entry)) == 23  # checked_entry sets every field
    new_map: tuple[Any, ...] = (*values[:2], None, unit, None, *values[5:])
    on_new_map = checked_entry(*new_map)
    assert on_new_map == Entry(*new_map)
    assert (on_new_map.province_name, on_new_map.north) == (unit.name, None)


def test_checked_entry_behaves_as_any_entry() -> None:
    """An entry made by the import (filled as a draft, then made an Entry) is frozen, equal,
    printed, pickled, weakly referenced and evolved as one made by ``Entry(...)``."""
    import pickle
    import weakref

    from ocop.register.entry import checked_entry

    old = geo.old_province("Hà Giang")
    values: tuple[Any, ...] = ("Chè thử", Rank.FOUR, old, old.successor(), old.region)
    values += (None,) * 12 + (7, None, None)
    fast, slow = checked_entry(*values), Entry(*values)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fast.name = "khác"  # type: ignore[misc]
    assert repr(fast) == repr(slow)
    assert hash(fast) == hash(slow)
    assert pickle.loads(pickle.dumps(fast)) == slow
    assert weakref.ref(fast)() is fast
    assert [f.name for f in attrs.fields(type(fast))] == [f.name for f in attrs.fields(Entry)]
    evolved = attrs.evolve(fast, name="Chè khác")
    assert (evolved.name, evolved.province_name, evolved.row) == ("Chè khác", "Hà Giang", 7)
    assert attrs.asdict(fast, recurse=False) == attrs.asdict(slow, recurse=False)
