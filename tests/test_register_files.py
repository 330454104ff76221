"""Registers as provinces and ministries publish them (fixtures of ``tests/data/registers``,
written by ``tests/make_fixtures.py``): every row kept, rejected with its reason, or skipped
and counted."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from ocop.errors import (
    AmbiguousPlaceError,
    MissingColumnsError,
    MissingExtraError,
    OcopError,
    RegisterFormatError,
)
from ocop.register import ImportReport, read, read_mapping, stream
from ocop.register.limits import MAX_COLUMNS

DATA = Path(__file__).parent / "data" / "registers"


def records(reg_report: ImportReport) -> int:
    """Every record below the header is kept, rejected or skipped: nothing is lost."""
    report = reg_report
    assert report.balanced, report.summary("en")
    return report.read


def test_an_excel_list_with_title_rows_merged_cells_headings_and_a_total() -> None:
    reg = read(DATA / "lam-dong-2025.xlsx")
    report = reg.report
    assert (report.title_rows, report.header_row) == (4, 5)
    assert records(report) == 15
    assert (report.kept, report.rejected) == (9, [])
    assert report.skipped == {"heading": [6, 11, 15], "total": [18], "blank": [19], "footer": [20]}
    assert report.ignored_columns == ("Ghi chú",)
    by_row = {e.row: e for e in reg.entries}
    # the district cell merged down over rows 8 and 9 belongs to both
    assert by_row[9].district == "Thành phố Bảo Lộc"
    assert {e.unit_name for e in reg.entries} == {"Lâm Đồng"}
    assert [by_row[r].province_name for r in (7, 12, 16)] == ["Lâm Đồng", "Đắk Nông", "Bình Thuận"]
    assert by_row[12].commune == "xã Nam Bình"
    assert all(e.decision_date is None and e.year for e in reg.entries)


def test_a_named_sheet_and_a_missing_one() -> None:
    assert len(read(DATA / "lam-dong-2025.xlsx", sheet="Danh sách")) == 9
    with pytest.raises(RegisterFormatError) as info:
        read(DATA / "lam-dong-2025.xlsx", sheet="Sheet2")
    assert "Danh sách" in info.value.message("en")


def test_excel_without_openpyxl_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(MissingExtraError) as info:
        read(DATA / "lam-dong-2025.xlsx")
    assert "ocop[xlsx]" in info.value.message("en")


def test_unicode_text_from_excel_with_addresses_only() -> None:
    reg = read(DATA / "dak-nong-unicode.txt")
    report = reg.report
    assert records(report) == 8
    assert report.kept == 7
    assert [(e.row, e.column) for e in report.rejected] == [(9, "Địa chỉ")]
    assert "--province" in report.rejected[0].message("en")
    assert [(w.row, w.column) for w in report.warnings] == [(6, "Ngày công nhận")]  # as written
    assert {e.province_name for e in reg.entries} == {"Đắk Nông"}
    assert {e.unit_name for e in reg.entries} == {"Lâm Đồng"}
    first = reg.entries[0]
    assert (first.district, first.commune) == ("Huyện Đắk Mil", "xã Thuận An")


def test_the_same_file_with_a_default_province_keeps_the_row_without_address() -> None:
    reg = read(DATA / "dak-nong-unicode.txt", province="Đắk Nông")
    assert (reg.report.kept, reg.report.rejected) == (8, [])


def test_semicolons_bom_and_addresses_only() -> None:
    reg = read(DATA / "addresses-only.csv")
    report = reg.report
    assert records(report) == 12
    assert report.kept == 10
    reasons = {e.row: e.message("en") for e in report.rejected}
    assert set(reasons) == {12, 13}
    assert "Huyện Châu Thành (Tiền Giang)" in reasons[13]
    units = {e.name: (e.province_name, e.unit_name) for e in reg.entries}
    assert units["Nước mắm Phú Quốc"] == ("Kiên Giang", "An Giang")
    assert units["Mật ong bạc hà"] == ("Hà Giang", "Tuyên Quang")


def test_windows_1258_with_years_only_and_a_total_row() -> None:
    reg = read(DATA / "binh-thuan-cp1258.csv", province="Bình Thuận")
    report = reg.report
    assert records(report) == 6
    assert report.skipped == {"blank": [8], "total": [9]}
    assert reg.entries[0].name == "Nước mắm Phan Thiết"
    assert {(e.province_name, e.unit_name) for e in reg.entries} == {("Bình Thuận", "Lâm Đồng")}


def test_a_provincial_register_with_years_and_district_headings() -> None:
    reg = read(DATA / "provincial-years.csv", province="Thái Nguyên (cũ)")
    report = reg.report
    assert records(report) == 13
    assert (report.kept, len(report.rejected)) == (9, 0)
    assert report.skipped == {"heading": [2, 6, 11], "total": [14]}
    districts = {e.name: e.district for e in reg.entries}
    assert districts["Chè La Bằng"] == "Huyện Đại Từ"
    assert districts["Chè Tân Cương"] == "Thành phố Thái Nguyên"
    assert districts["Na Võ Nhai"] == "Huyện Võ Nhai"
    # an unknown producer type keeps its row, with a warning
    assert [(w.row, w.value) for w in report.warnings] == [(9, "cơ sở sản xuất (hộ)")]


def test_a_national_list_with_qualified_names_districts_and_its_own_header() -> None:
    with pytest.raises(RegisterFormatError) as info:
        read(DATA / "ministry-merged.csv")
    text = info.value.message("en")
    assert "Stars" in text
    assert "Ket_qua_sao'" in text
    assert "columns=" in text
    assert isinstance(info.value, MissingColumnsError)
    assert "--column" in info.value.for_command().message("en")
    reg = read(DATA / "ministry-merged.csv", columns={"Ket_qua_sao": "star"})
    report = reg.report
    assert records(report) == 13
    rejected = {e.row: e.message("en") for e in report.rejected}
    assert set(rejected) == {11, 12, 13}
    assert "decision date or year" in rejected[11]
    assert "Huyện Châu Thành (Bến Tre)" in rejected[12]
    assert "repeats row 2" in rejected[13]
    places = {e.row: (e.province_name, e.unit_name, e.district) for e in reg.entries}
    assert places[2] == ("Đắk Nông", "Lâm Đồng", None)
    assert places[3] == ("Lâm Đồng", "Lâm Đồng", None)
    assert places[4] == ("Bình Thuận", "Lâm Đồng", "Thành phố Phan Thiết")
    assert places[6] == ("Lâm Đồng", "Lâm Đồng", "Thành phố Bảo Lộc")
    assert places[9] == ("Bình Thuận", "Lâm Đồng", None)
    assert next(e for e in reg.entries if e.row == 3).province is None  # the new unit


def test_a_mapping_file(tmp_path: Path) -> None:
    as_json = tmp_path / "map.json"
    as_json.write_text(json.dumps({"Ket_qua_sao": "Hạng sao"}), encoding="utf-8")
    as_lines = tmp_path / "map.txt"
    as_lines.write_text("# my headers\nKet_qua_sao=star\n", encoding="utf-8")
    for path in (as_json, as_lines):
        reg = read(DATA / "ministry-merged.csv", columns=read_mapping(path))
        assert reg.report.kept == 10
    with pytest.raises(RegisterFormatError, match="colour"):
        read(DATA / "ministry-merged.csv", columns={"Ket_qua_sao": "colour"})


def test_an_ambiguous_default_province_is_refused_before_any_row() -> None:
    with pytest.raises(AmbiguousPlaceError) as info:
        stream(DATA / "provincial-years.csv", province="Lâm Đồng").__next__()
    assert "Lâm Đồng (cũ)" in info.value.message("en")
    assert len(read(DATA / "provincial-years.csv", province="68")) == 9


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("image.csv", b"\x89PNG\r\n\x1a\n" + bytes(100)),
        ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
        ("numbers.json", b"[1, 2, 3]"),
        ("empty.csv", b""),
        ("number.json", b"5"),
        ("text.json", b'"a register"'),
        ("object.json", b'{"a": 1}'),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)),
        ("fake.csv.gz", b"\x1f\x8b\x08\x00garbage"),
        ("fake.xlsx", b"PK\x03\x04 not a workbook"),
        ("blank.csv", b"\r\n\r\n  \r\n"),
    ],
)
def test_a_file_that_is_not_a_register(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(RegisterFormatError) as info:
        read(path)
    assert str(path) in info.value.message("en")


def test_a_truncated_gzip_is_a_format_error(tmp_path: Path) -> None:
    text = "Tên sản phẩm,Hạng sao,Tỉnh\n" + "Chè,4,Thái Nguyên\n" * 5000
    packed = gzip.compress(text.encode())
    path = tmp_path / "cut.csv.gz"
    path.write_bytes(packed[: len(packed) // 2])
    with pytest.raises(RegisterFormatError):
        read(path)


def test_a_value_over_the_limit_rejects_its_row_and_the_import_goes_on() -> None:
    text = (
        "Tên sản phẩm,Hạng sao,Tỉnh\nA,4,Hà Nội\n"
        + "B" * 200_000
        + ",4,Hà Nội\nC,"
        + "4" * 20_000
        + ",Hà Nội\nD,3,Huế\n"
    )
    reg = read(io.StringIO(text))
    assert [e.name for e in reg.entries] == ["A", "D"]
    assert reg.report.rejected_rows == (3, 4)
    assert all(len(e.message("en")) < 400 for e in reg.report.rejected)


def test_a_header_over_the_column_limit_is_a_format_error() -> None:
    header = ",".join(["Tên sản phẩm", "Hạng sao", "Tỉnh", *(f"c{k}" for k in range(MAX_COLUMNS))])
    with pytest.raises(RegisterFormatError, match=str(MAX_COLUMNS)):
        read(io.StringIO(header + "\nA,4,Hà Nội\n"))


def test_bare_carriage_returns_and_broken_quotes() -> None:
    reg = read(io.StringIO("Tên sản phẩm,Hạng sao,Tỉnh\rA,4,Hà Nội\rB,3,Huế\r"))
    assert [e.name for e in reg.entries] == ["A", "B"]


@pytest.mark.parametrize("chunk", [1, 5, 16, 16_384])
@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_lines_are_cut_alike_whatever_the_reads(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, chunk: int, end: str
) -> None:
    """Lines are cut a read at a time: a line over the limit rejects its record wherever the
    reads fall, the rows after it keep their numbers, a cell's form feed is not a line end."""
    from ocop.register import lines as line_reading
    from ocop.register import sources

    monkeypatch.setattr(sources, "MAX_LINE_CHARS", 40)
    monkeypatch.setattr(line_reading, "MAX_LINE_CHARS", 40)
    monkeypatch.setattr(line_reading, "_CHUNK", chunk)
    rows = ["Tên sản phẩm,Hạng sao,Tỉnh", "A,4,Hà Nội", "x" * 41, "B\fb,3,Huế", "C,5,Huế" * 6]
    path = tmp_path / "long.csv"
    path.write_bytes(end.join(rows).encode())
    reg = read(path)
    assert [e.name for e in reg.entries] == ["A", "B\fb"]
    assert [(e.row, e.province_name) for e in reg.entries] == [(2, "Hà Nội"), (4, "Thừa Thiên Huế")]
    assert [r.row for r in reg.report.rejected] == [3, 5]
    assert all(
        r.message("en").endswith("the line is over the limit of 40 characters")
        for r in reg.report.rejected
    )
    assert records(reg.report) == 4


def test_json_lines_broken_mid_stream_are_numbered_by_line() -> None:
    text = (
        '{"name": "A", "star": "4", "province": "Hà Nội"}\n'
        "\n"
        '{"name": "B", "star": \n'
        "[1, 2]\n"
        '{"name": "C", "star": "3", "province": {"x": 1}}\n'
        '{"name": "D", "star": "3", "province": "Huế"}\n'
    )
    reg = read(io.StringIO(text), format="jsonl")
    assert [e.name for e in reg.entries] == ["A", "D"]
    assert reg.report.rejected_rows == (3, 4, 5)
    assert reg.report.skipped == {"blank": [2]}
    assert reg.report.balanced


def test_extra_cells_and_duplicated_columns_are_reported() -> None:
    text = "Tên sản phẩm,Hạng sao,Tỉnh,Sản phẩm\nA,4,Hà Nội,X,extra\nB,3,Huế,,\n"
    reg = read(io.StringIO(text))
    assert reg.report.duplicated_columns == ("Sản phẩm",)
    assert [(w.row, w.value) for w in reg.report.warnings] == [(2, "extra")]
    assert len(reg) == 2


def test_encodings_are_detected(tmp_path: Path) -> None:
    text = "Tên sản phẩm;Hạng sao;Tỉnh\r\nChè Tân Cương;4 sao;Hà Nội\r\n"
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        assert [e.name for e in read(path)] == ["Chè Tân Cương"], encoding
    assert [e.name for e in read(io.BytesIO(text.encode("utf-16")))] == ["Chè Tân Cương"]


def test_a_file_in_no_known_encoding_says_how_to_save_it(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes("Tên sản phẩm,Hạng sao,Tỉnh\n".encode() + b"A\x81\x8d,4,H\x90\n")
    with pytest.raises(RegisterFormatError) as info:
        read(path)
    assert "CSV UTF-8" in info.value.message("en")


def test_every_error_of_a_stream_is_an_ocop_error(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    good = "Tên sản phẩm,Hạng sao,Tỉnh\n" + "Chè,4,Thái Nguyên\n" * 3000
    path.write_bytes(good.encode() + b"A\xff\xfe,4,H\n")
    with pytest.raises(OcopError) as info:
        read(path)
    # the header and 3,000 rows read, the fault on the next line
    assert "cannot be decoded as utf-8 at line 3002;" in info.value.message("en")


def test_the_format_page_lists_every_accepted_header() -> None:
    from ocop.register.columns import COLUMNS

    docs = Path(__file__).parent.parent / "docs"
    page = (docs / "en" / "reference" / "formats.md").read_text("utf-8")
    for column in COLUMNS:
        assert f"`{column.key}`" in page
        for spelling in (column.header_vi, column.header_en, *column.spellings):
            assert spelling.lower() in page.lower(), spelling


def test_reading_a_csv_register_imports_no_optional_package() -> None:
    import subprocess

    code = (
        "import io, sys\nfrom ocop import register\n"
        "register.read(io.StringIO('Tên sản phẩm,Hạng sao,Tỉnh\\nA,4,Hà Nội\\n'))\n"
        "print([m for m in ('openpyxl', 'vietnamadminunits', 'babel', 'cattrs') "
        "if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_missing_file_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(RegisterFormatError) as info:
        read(tmp_path / "nowhere.csv")
    assert "nowhere.csv" in info.value.message("en")
    with pytest.raises(RegisterFormatError):
        read(tmp_path)


def test_a_header_repeated_on_each_printed_page_is_skipped() -> None:
    from ocop.register import read

    header = "STT,Tên sản phẩm,Hạng sao,Tỉnh\n"
    text = header + "1,Chè,4,Hà Nội\n" + header + "2,Miến,3,Hà Nội\n"
    reg = read(io.StringIO(text))
    assert [e.name for e in reg.entries] == ["Chè", "Miến"]
    assert not reg.report.rejected
    assert reg.report.skipped == {"header": [3]}
    assert "skipped 1 repeated header row: 3" in reg.report.summary("en")


def test_json_with_a_byte_order_mark_from_a_text_stream_is_read() -> None:
    from ocop.register import read

    text = '\ufeff[{"Tên sản phẩm": "Chè", "Hạng sao": 4, "Tỉnh": "Hà Nội"}]'
    assert [e.name for e in read(io.StringIO(text)).entries] == ["Chè"]
    lines = '\ufeff{"Tên sản phẩm": "Chè", "Hạng sao": 4, "Tỉnh": "Hà Nội"}\n'
    assert [e.name for e in read(io.StringIO(lines)).entries] == ["Chè"]
