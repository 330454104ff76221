"""Registers on their edges, word for word: what is written (every column, every format, the
bytes of a gzip file), the mapping files and their errors, the values people write, the group
headings that name a place, the entries' ranks and certificates, the compact set of codes."""

from __future__ import annotations

import codecs
import copy
import datetime as dt
import gzip
import importlib.util
import io
import json
import random
import string
import sys
import types
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import openpyxl
import pytest

import ocop
from ocop.errors import (
    AmbiguousPlaceError,
    MissingColumnsError,
    MissingExtraError,
    RegisterFormatError,
    UsageError,
)
from ocop.geo.names import fold
from ocop.i18n import _
from ocop.model import Authority, RuleSet
from ocop.product_codes import ProductCode
from ocop.register import (
    Entry,
    ImportReport,
    Rank,
    Register,
    RowError,
    combine,
    read,
    sources,
    stream,
    to_dataframe,
    write,
    xlsx,
)
from ocop.register import lines as line_reading
from ocop.register.layout import header_map, heading_text, parse_pairs, read_mapping, row_kind
from ocop.register.rows import classification_for
from ocop.register.seen import CodeSet, pack
from ocop.register.values import BadValue, read_date, read_rank, read_sector, read_year
from ocop.register.xlsx import xlsx_records
from ocop.rules import custom

D = dt.date
HEAD = (
    "Tên sản phẩm,Hạng sao,Tỉnh,Xã,Chủ thể,Loại hình chủ thể,Bộ sản phẩm,Ngành,Số quyết định,"
    "Ngày quyết định,Năm,Bộ tiêu chí,Mã sản phẩm,Ngày thu hồi,Huyện,Địa chỉ\n"
)
FULL = (
    "Chè Tân Cương,4 sao,Thái Nguyên,Tân Cương,HTX Chè,HTX,2,I,123/QĐ-UBND,15/06/2020,2020,,"
    "19-01849-1-2026,01/01/2022,TP Thái Nguyên,xóm 1\n"
)
BARE = "Mật ong,tiềm năng 5 sao,Hà Giang,,,,,,,,,,,,,\n"
FULL_OUT = (
    "Chè Tân Cương,4,Thái Nguyên,Tân Cương,HTX Chè,HTX,2,I,123/QĐ-UBND,2020-06-15,2020,"
    "1048/QĐ-TTg,19-01849-1-2026,2022-01-01,TP Thái Nguyên,xóm 1\r\n"
)
BARE_OUT = "Mật ong,tiềm năng 5 sao,Hà Giang,,,,,,,,,,,,,\r\n"
FULL_JSON = {
    "name": "Chè Tân Cương",
    "star": "4",
    "province": "Thái Nguyên",
    "commune": "Tân Cương",
    "producer": "HTX Chè",
    "producer_type": "HTX",
    "product_set": "2",
    "sector": "I",
    "decision_number": "123/QĐ-UBND",
    "decision_date": "2020-06-15",
    "year": "2020",
    "rule_set": "1048/QĐ-TTg",
    "code": "19-01849-1-2026",
    "revoked_on": "2022-01-01",
    "district": "TP Thái Nguyên",
    "address": "xóm 1",
}
BARE_JSON = {"name": "Mật ong", "star": "tiềm năng 5 sao", "province": "Hà Giang"}


def _entries() -> tuple[Entry, ...]:
    reg = read(io.StringIO(HEAD + FULL + BARE))
    assert reg.report.kept == 2
    return reg.entries


# -- writing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "titles"),
    [
        ("vi", HEAD.rstrip("\n")),
        (
            "en",
            "Product,Stars,Province,Commune,Producer,Producer type,Product set,Sector,"
            "Decision number,Decision date,Year,Rule set,Product code,Revoked on,District,Address",
        ),
        (
            "keys",
            "name,star,province,commune,producer,producer_type,product_set,sector,"
            "decision_number,decision_date,year,rule_set,code,revoked_on,district,address",
        ),
    ],
)
def test_every_column_is_written_and_an_empty_one_stays_empty(headers: str, titles: str) -> None:
    out = io.StringIO()
    assert write(_entries(), out, headers=headers) == 2
    assert out.getvalue() == titles + "\r\n" + FULL_OUT + BARE_OUT


def test_json_lines_and_json_keep_the_words_as_written() -> None:
    out = io.StringIO()
    assert write(_entries(), out, format="jsonl") == 2
    text = out.getvalue()
    assert (
        text
        == (
            json.dumps(FULL_JSON, ensure_ascii=False)
            + "\n"
            + json.dumps(BARE_JSON, ensure_ascii=False)
        )
        + "\n"
    )
    assert "Chè Tân Cương" in text
    out = io.StringIO()
    assert write(_entries(), out, format="json") == 2
    document = {"format": "ocop-register/1", "entries": [FULL_JSON, BARE_JSON]}
    assert out.getvalue() == json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def test_an_open_file_is_written_in_the_format_of_its_name(tmp_path: Path) -> None:
    for name, expected in (("x.jsonl", "jsonl"), ("x.JSON", "json"), ("x.txt", "csv")):
        with (tmp_path / name).open("w", encoding="utf-8", newline="") as handle:
            write(_entries(), handle)
        text = (tmp_path / name).read_bytes().decode()
        out = io.StringIO()
        write(_entries(), out, format=expected)
        assert text == out.getvalue()
    # a stream without a name is CSV
    out = io.StringIO()
    write(_entries(), out)
    assert out.getvalue().startswith(HEAD.rstrip("\n") + "\r\n")


def test_a_file_is_utf8_with_the_lines_as_csv_ends_them(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write(_entries(), path)
    assert path.read_bytes() == (HEAD.rstrip("\n") + "\r\n" + FULL_OUT + BARE_OUT).encode()


def test_a_gzip_file_has_no_time_stamp_and_utf8_inside(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl.gz"
    assert write(_entries(), path) == 2
    data = path.read_bytes()
    assert data[:2] == b"\x1f\x8b"
    assert data[4:8] == b"\0\0\0\0"  # mtime 0: the same data gives the same bytes
    out = io.StringIO()
    write(_entries(), out, format="jsonl")
    assert gzip.decompress(data) == out.getvalue().encode()


# -- mapping files ---------------------------------------------------------------------------


def _usage(call: Callable[[], object]) -> str:
    with pytest.raises(UsageError) as caught:
        call()
    return str(caught.value)


def test_a_mapping_file_with_a_bom_leading_spaces_and_equals_signs(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text('\ufeff  {"Hạng OCOP": "star"}', encoding="utf-8")
    assert read_mapping(path) == {"Hạng OCOP": "star"}
    path = tmp_path / "m.txt"
    path.write_text("\ufeffHạng OCOP=star\n# a comment\n\nx=y=name\n", encoding="utf-8")
    assert read_mapping(path) == {"Hạng OCOP": "star", "x=y": "name"}


def test_the_errors_of_a_mapping_file(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(" {oops", encoding="utf-8")
    assert _usage(lambda: read_mapping(path)) == (
        f"tệp ánh xạ cột {path}: JSON hỏng (Expecting property name enclosed in double "
        "quotes: line 1 column 3 (char 2))\n"
        f"column mapping file {path}: broken JSON (Expecting property name enclosed in "
        "double quotes: line 1 column 3 (char 2))"
    )
    path.write_text(' {"a": 1}', encoding="utf-8")
    assert _usage(lambda: read_mapping(path)) == (
        f"tệp ánh xạ cột {path} phải là một đối tượng JSON tên → khoá\n"
        f"the column mapping file {path} must be a JSON object header → key"
    )
    path.write_bytes(b"\xff=star")
    reason = "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
    assert _usage(lambda: read_mapping(path)) == (
        f"không đọc được tệp ánh xạ cột {path} ({reason})\n"
        f"cannot read the column mapping file {path} ({reason})"
    )


@pytest.mark.parametrize("pair", ["=b", "  =b", "a=", "ab"])
def test_a_column_mapping_needs_a_header_and_a_key(pair: str) -> None:
    assert _usage(lambda: parse_pairs([pair])) == (
        f"ánh xạ cột phải có dạng TÊN=KHOÁ, không phải {pair!r}\n"
        f"a column mapping must read HEADER=KEY, not {pair!r}"
    )


def test_a_column_mapping_splits_at_the_last_equals_sign() -> None:
    assert parse_pairs([" a = b ", "x=y=name"]) == {"a": "b", "x=y": "name"}


# -- values ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("III", "III"),
        ("iv", "IV"),
        (" vi ", "VI"),
        ("Dược liệu", "III"),
        ("Sản phẩm dược liệu", "III"),
        ("Dịch vụ du lịch", "VI"),
    ],
)
def test_a_sector_by_numeral_or_name(text: str, sector: str) -> None:
    assert read_sector(text) == sector


@pytest.mark.parametrize("text", ["VII", "dược liệu sản phẩm", "Thuỷ sản"])
def test_a_sector_outside_the_six(text: str) -> None:
    with pytest.raises(BadValue) as caught:
        read_sector(text)
    message = caught.value.message
    assert message.text("vi") == (
        f"ngành {text!r} không thuộc 6 ngành của Phụ lục I (Thực phẩm, Đồ uống, Dược liệu, "
        "Thủ công mỹ nghệ, Sinh vật cảnh, Dịch vụ du lịch); ngành theo 1048/QĐ-TTg không "
        "được quy đổi"
    )
    assert message.text("en") == (
        f"sector {text!r} is none of the six of Phụ lục I (food, drinks, herbal, handicrafts, "
        "ornamental, tourism); 1048-era sectors are not converted"
    )
    assert str(caught.value) == message.text("en")


# -- ranks -----------------------------------------------------------------------------------


def test_the_ranks_in_order_with_their_labels_and_symbols() -> None:
    assert sorted([Rank.FIVE, Rank.THREE, Rank.POTENTIAL_FIVE, Rank.FOUR]) == [
        Rank.THREE,
        Rank.FOUR,
        Rank.POTENTIAL_FIVE,
        Rank.FIVE,
    ]
    assert Rank.FOUR < Rank.POTENTIAL_FIVE
    assert not Rank.FIVE < Rank.FIVE
    assert Rank.THREE.__lt__(3) is NotImplemented
    assert [r.label() for r in Rank] == ["3 sao", "4 sao", "tiềm năng 5 sao", "5 sao"]
    assert [r.label("en") for r in Rank] == ["3 stars", "4 stars", "potential 5 stars", "5 stars"]
    assert [r.symbol() for r in Rank] == ["3★", "4★", "tiềm năng 5★", "5★"]
    assert [r.symbol("en") for r in Rank] == ["3★", "4★", "potential 5★", "5★"]
    assert [r.order for r in Rank] == [0, 1, 2, 3]


# -- entries: authority and certificate ------------------------------------------------------

DATED = (
    "Tên sản phẩm,Hạng sao,Tỉnh,Ngày quyết định,Bộ tiêu chí,Ngày thu hồi,Số quyết định\n"
    "Trước,4,Hà Nội,20/08/2019,,,\n"
    "Đầu,3,Hà Nội,21/08/2019,,,\n"
    "Không ngày,4,Hà Nội,,,,\n"
    "Thu hồi,4,Hà Nội,10/03/2022,148/QĐ-TTg,01/01/2023,12/QĐ\n"
    "Mới,5,Hà Nội,15/06/2026,,,\n"
)


def test_an_entry_s_authority_and_certificate() -> None:
    before, first, undated, revoked, new = read(io.StringIO(DATED)).entries
    assert [e.authority for e in (before, first, undated, revoked, new)] == [
        None,
        Authority.PROVINCE,
        None,
        Authority.PROVINCE,
        Authority.CENTRAL,
    ]
    # before the first national rule set: the validity of 1048/QĐ-TTg
    assert before.rule_set is None
    cert = before.certificate()
    assert (cert.star, cert.decision_date, cert.rule_set) == (4, D(2019, 8, 20), "1048/QĐ-TTg")
    assert (cert.decision_number, cert.revoked_on) == (None, None)
    assert before.valid_on(D(2022, 8, 19))
    assert not before.valid_on(D(2022, 8, 21))
    cert = revoked.certificate()
    assert (cert.star, cert.rule_set, cert.decision_number) == (4, "148/QĐ-TTg", "12/QĐ")
    assert cert.revoked_on == D(2023, 1, 1)
    assert revoked.valid_on(D(2022, 12, 31))
    assert not revoked.valid_on(D(2023, 1, 2))
    # an entry built without a rule set takes the one in force on its decision date
    for entry, rule_set in ((first, "1048/QĐ-TTg"), (new, "26/2026/QĐ-TTg")):
        bare = attrs.evolve(entry, rule_set=None)
        assert bare.certificate().rule_set == rule_set
        assert bare.certificate().star == entry.rank.star
    mid = attrs.evolve(first, rule_set=None, decision_date=D(2024, 1, 1))
    assert mid.certificate().rule_set == "148/QĐ-TTg"
    # without a date: no certificate, never valid
    assert not undated.valid_on(D(2024, 1, 1))
    with pytest.raises(UsageError) as caught:
        undated.certificate()
    assert str(caught.value) == (
        "sản phẩm 'Không ngày' không có ngày quyết định\n"
        "the product 'Không ngày' has no decision date"
    )


# -- the codes seen --------------------------------------------------------------------------


def _unpack(key: int) -> tuple[int, int, int, int, int | None]:
    """The segments back from a key: (serial, year, commune, province, district)."""
    key -= 1
    district = None
    if key % 2:
        key, district = divmod(key // 2, 1_000)
    else:
        key //= 2
    key, province = divmod(key, 100)
    key, commune = divmod(key, 100_000)
    serial, year = divmod(key, 10_000)
    return serial, year, commune, province, district


@pytest.mark.parametrize(
    "code",
    [
        ProductCode("19", "01849", 1, 2026),
        ProductCode("01", "00070", 12, 2019),
        ProductCode("83", "28780", 3, 2022, "829"),
        ProductCode("96", "99999", 92_233, 2100, "999"),
        ProductCode("01", "00000", 0, 2019, "000"),
    ],
)
def test_a_code_packs_into_one_integer_that_gives_it_back(code: ProductCode) -> None:
    key = pack(code)
    assert key is not None
    assert 0 < key < 2**64
    district = None if code.district is None else int(code.district)
    assert _unpack(key) == (
        code.serial,
        code.year,
        int(code.commune),
        int(code.province),
        district,
    )


def test_a_code_too_long_to_pack_is_kept_apart() -> None:
    long = ProductCode("19", "01849", 10**20, 2026)
    assert pack(long) is None
    assert pack(ProductCode("96", "99999", 92_234, 2100, "999")) is None  # just over 2**64
    seen = CodeSet()
    assert seen.first_row(long) is None
    seen.add(long, 7)
    seen.add(long, 9)
    assert seen.first_row(long) == 7
    assert len(seen) == 1
    assert seen.nbytes() == 1024 * 12


def test_the_set_of_codes_grows_and_keeps_every_first_row() -> None:
    seen = CodeSet()
    assert len(seen) == 0
    big = ProductCode("96", "99999", 92_233, 2100, "999")  # a key over 2**63
    seen.add(big, 1)
    codes = [ProductCode("19", "01849", k, 2026) for k in range(1, 3000)]
    for row, code in enumerate(codes, 2):
        seen.add(code, row)
        if row == 768:
            assert seen.nbytes() == 1024 * 12  # 768 codes: three quarters full
        if row == 769:
            assert seen.nbytes() == 2048 * 12
    for row, code in enumerate(codes, 2):
        seen.add(code, row + 10_000)  # a later row does not replace the first
    assert len(seen) == 3000
    assert seen.nbytes() == 4096 * 12
    assert seen.first_row(big) == 1
    assert [seen.first_row(code) for code in codes] == list(range(2, 3001))
    assert seen.first_row(ProductCode("19", "01849", 3000, 2026)) is None
    assert seen.first_row(ProductCode("19", "01849", 1, 2025)) is None
    assert seen.first_row(ProductCode("19", "01849", 1, 2026, "001")) is None
    huge = ProductCode("19", "01849", 5000, 2026)
    seen.add(huge, 2**40)
    assert seen.first_row(huge) == 0xFFFFFFFF


# -- the report of an import -----------------------------------------------------------------


def _report() -> ImportReport:
    report = ImportReport("sổ.csv", read=60, kept=5)
    report.skipped = {
        "footer": [50],
        "blank": list(range(2, 23)),
        "heading": list(range(30, 50)),
        "total": [51],
        "header": [52],
    }
    report.rejected = [
        RowError(3, "Hạng sao", "x" * 81, _("thiếu hạng sao")),
        RowError(3, None, "y" * 80, _("thiếu tên sản phẩm")),
        RowError(4, "", None, _("thiếu tỉnh")),
    ]
    report.warnings = [RowError(5, "Năm", "abc", _("năm không hợp lệ: {raw}", raw="'abc'"))]
    return report


SKIPPED = ", ".join(map(str, range(2, 22))) + ", …"
HEADINGS = ", ".join(map(str, range(30, 50)))
CUT = "x" * 77 + "…"
WHOLE = "y" * 80


def test_the_summary_of_an_import_word_for_word() -> None:
    report = _report()
    assert report.summary() == report.summary("vi")
    assert report.summary("vi").split("\n") == [
        "sổ.csv: đọc 60 dòng, giữ 5, loại 2, bỏ qua 44, cảnh báo 1.",
        f"  bỏ qua 21 dòng trống: {SKIPPED}",
        f"  bỏ qua 20 dòng tiêu đề nhóm: {HEADINGS}",
        "  bỏ qua 1 dòng tổng: 51",
        "  bỏ qua 1 dòng tiêu đề lặp lại: 52",
        "  bỏ qua 1 dòng cuối bảng (sau dòng tổng): 50",
        f"  - dòng 3, cột Hạng sao ('{CUT}'): thiếu hạng sao",
        f"  - dòng 3 ('{WHOLE}'): thiếu tên sản phẩm",
        "  - dòng 4: thiếu tỉnh",
        "  Cảnh báo (dòng vẫn được giữ):",
        "  ! dòng 5, cột Năm ('abc'): năm không hợp lệ: 'abc'",
    ]
    assert report.summary("en").split("\n") == [
        "sổ.csv: read 60 rows, kept 5, rejected 2, skipped 44, warned 1.",
        f"  skipped 21 blank rows: {SKIPPED}",
        f"  skipped 20 group heading rows: {HEADINGS}",
        "  skipped 1 total row: 51",
        "  skipped 1 repeated header row: 52",
        "  skipped 1 row below the table (after the total row): 50",
        f"  - row 3, column Hạng sao ('{CUT}'): the star class is empty",
        f"  - row 3 ('{WHOLE}'): the product name is empty",
        "  - row 4: the province is empty",
        "  Warnings (the rows are kept):",
        "  ! row 5, column Năm ('abc'): invalid year: 'abc'",
    ]
    assert report.rejected[2].message() == "dòng 4: thiếu tỉnh"
    assert report.rejected_rows == (3, 4)
    assert report.warned_rows == (5,)
    assert report.skipped_count == 44
    assert not report.balanced  # 5 + 2 + 44 != 60
    report.kept = 14
    assert report.balanced


def test_a_summary_without_warnings_or_skipped_rows() -> None:
    report = ImportReport("a.csv")
    report.skip("blank", 4)
    assert (report.read, report.skipped) == (1, {"blank": [4]})
    assert report.summary("en") == (
        "a.csv: read 1 rows, kept 0, rejected 0, skipped 1, warned 0.\n  skipped 1 blank row: 4"
    )


# -- combining registers ---------------------------------------------------------------------

COMBINE_HEAD = "Tên sản phẩm,Hạng sao,Tỉnh,Chủ thể,Mã sản phẩm\n"


def test_combining_tells_a_code_from_a_name_and_producer() -> None:
    a = read(
        io.StringIO(
            COMBINE_HEAD
            + "Chè,4,Hà Giang,,\n"
            + "Mật ong,3,Hà Giang,HTX A,19-01849-1-2026\n"
            + "Cam,3,Hà Giang,,\n"
        )
    )
    b = read(
        io.StringIO(
            COMBINE_HEAD
            + "Chè,4,Hà Giang,xxxx,\n"  # another producer: another product
            + "Chè,4,Hà Giang,,19-01849-2-2026\n"  # a code of its own: another product
            + "Mật ong,3,Hà Giang,htx b,19-01849-1-2026\n"  # the same code
            + "CAM,3,Hà Giang,,\n"  # the same name, no producer
        )
    )
    merged = combine(a, b)
    assert [(e.name, e.producer, e.row) for e in merged.entries] == [
        ("Chè", None, 2),
        ("Mật ong", "HTX A", 3),
        ("Cam", None, 4),
        ("Chè", "xxxx", 2),
        ("Chè", None, 3),
    ]
    assert merged.sources == ("<stream>", "<stream>")
    assert [(d.source, d.row, d.first_source, d.first_row, d.by) for d in merged.duplicates] == [
        ("<stream>", 4, "<stream>", 3, "code"),
        ("<stream>", 5, "<stream>", 4, "name-producer"),
    ]
    assert merged.duplicates[1].entry.name == "CAM"


def test_a_dataframe_gets_every_field(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, list[dict[str, object]]]] = []

    class Frame:
        def __init__(self, rows: list[dict[str, object]]) -> None:
            calls.append(("new", rows))

        @classmethod
        def from_records(cls, rows: list[dict[str, object]]) -> str:
            calls.append(("records", rows))
            return "pandas frame"

    for name in ("pandas", "polars"):
        module = types.ModuleType(name)
        module.DataFrame = Frame  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, name, module)
    entries = _entries()
    assert to_dataframe(entries) == "pandas frame"
    assert isinstance(to_dataframe(entries, "polars"), Frame)
    assert [kind for kind, _ in calls] == ["records", "new"]
    assert calls[0][1] == calls[1][1]
    full, bare = calls[0][1]
    assert full == {
        "name": "Chè Tân Cương",
        "star": "4",
        "province": "Thái Nguyên",
        "unit": "Thái Nguyên",
        "region": "Trung du và miền núi phía Bắc",
        "district": "TP Thái Nguyên",
        "commune": "Tân Cương",
        "producer": "HTX Chè",
        "producer_type": "HTX",
        "product_set": 2,
        "sector": "I",
        "decision_number": "123/QĐ-UBND",
        "decision_date": D(2020, 6, 15),
        "year": 2020,
        "rule_set": "1048/QĐ-TTg",
        "code": "19-01849-1-2026",
        "revoked_on": D(2022, 1, 1),
        "row": 2,
    }
    assert bare == {
        "name": "Mật ong",
        "star": "potential-5",
        "province": "Hà Giang",
        "unit": "Tuyên Quang",
        "region": "Trung du và miền núi phía Bắc",
        "district": None,
        "commune": None,
        "producer": None,
        "producer_type": None,
        "product_set": None,
        "sector": None,
        "decision_number": None,
        "decision_date": None,
        "year": None,
        "rule_set": None,
        "code": None,
        "revoked_on": None,
        "row": 3,
    }
    # a unit over two regions has none
    [unit] = read(io.StringIO("Tên sản phẩm,Hạng sao,Tỉnh\nVải,4,Lâm Đồng (mới)\n")).entries
    calls.clear()
    to_dataframe([unit])
    assert calls[0][1][0]["region"] is None


def test_a_dataframe_library_that_is_not_known_or_not_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(UsageError) as caught:
        to_dataframe([], "excel")
    assert str(caught.value) == (
        "thư viện phải là pandas hoặc polars, không phải 'excel'\n"
        "the library must be pandas or polars, not 'excel'"
    )
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError) as missing:
        to_dataframe([])
    assert str(missing.value) == (
        "Chuyển sổ sang DataFrame cần gói pandas: cài bằng pip install 'ocop[pandas]'.\n"
        "Turning a register into a DataFrame needs the package pandas: install it with pip "
        "install 'ocop[pandas]'."
    )


def _bad(read_value: Callable[[str], object], text: str) -> tuple[str, str]:
    with pytest.raises(BadValue) as caught:
        read_value(text)
    return caught.value.message.text("vi"), caught.value.message.text("en")


@pytest.mark.parametrize(
    ("text", "year"), [("2018", 2018), (" 2100 ", 2100), ("2019", 2019), ("2099", 2099)]
)
def test_a_year_between_2018_and_2100(text: str, year: int) -> None:
    assert read_year(text) == year


@pytest.mark.parametrize("text", ["2017", "2101", "abc", "20x1", "202", "20188", "0"])
def test_a_year_outside_them(text: str) -> None:
    assert _bad(read_year, text) == (f"năm không hợp lệ: {text!r}", f"invalid year: {text!r}")


@pytest.mark.parametrize("text", ["x", "2020/10/31", "31/10/20", ""])
def test_a_date_in_neither_form(text: str) -> None:
    assert _bad(read_date, text) == (
        f"không đọc được ngày {text!r} (dùng 31/10/2020 hoặc 2020-10-31)",
        f"cannot read the date {text!r} (use 31/10/2020 or 2020-10-31)",
    )


@pytest.mark.parametrize(
    ("text", "date"),
    [("31-10-2020", D(2020, 10, 31)), ("31.10.2020", D(2020, 10, 31)), ("2020-1-5", D(2020, 1, 5))],
)
def test_the_forms_of_a_date(text: str, date: dt.date) -> None:
    assert read_date(text) == date


# -- product sets under each rule set --------------------------------------------------------

OTHER = "thu/khac"
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "self-assessment.json"


@pytest.fixture(scope="module")
def other_rule_set() -> RuleSet:
    """A rule set newer than the official ones whose tree puts product set 2 in group I.2
    (the official trees have it in I.1)."""
    doc = copy.deepcopy(custom.export(ocop.rules.get("26/2026")))
    doc["ruleset"].update(id=OTHER, aliases=[], signed="2026-06-01", effective="2026-06-01")
    for sheet in doc["sheets"]:
        sheet["rule_set"] = OTHER
    groups = doc["classification"]["sectors"][0]["groups"]
    groups[1]["product_sets"].insert(0, groups[0]["product_sets"].pop(1))
    return custom.load(doc)


@pytest.fixture
def other_tree(other_rule_set: RuleSet) -> Iterator[None]:
    """The rule set above, registered for one test."""
    ocop.rules.register(other_rule_set)
    try:
        yield
    finally:
        ocop.rules.unregister(OTHER)


@pytest.mark.parametrize(
    ("rule_set", "group"),
    [
        (None, "I.2"),  # the newest tree
        (OTHER, "I.2"),
        ("148/QĐ-TTg", "I.1"),
        ("1048/QĐ-TTg", "I.1"),  # no tree of its own: the next one's
        ("26/2026/QĐ-TTg", "I.1"),
        ("không có", "I.2"),  # an unknown one: the newest
    ],
)
@pytest.mark.usefixtures("other_tree")
def test_the_tree_of_each_rule_set(rule_set: str | None, group: str) -> None:
    tree = classification_for(rule_set)
    assert len(tree.product_sets()) == 26
    assert tree.product_set(2).group == group


@pytest.mark.usefixtures("other_tree")
def test_an_entry_s_product_set_under_its_rule_set_year_or_date() -> None:
    text = (
        "Tên sản phẩm,Hạng sao,Tỉnh,Bộ sản phẩm,Bộ tiêu chí,Năm,Ngày quyết định\n"
        f"A,4,Hà Nội,2,{OTHER},,\n"
        "B,4,Hà Nội,2,,2026,\n"  # the rule set in force at the end of 2026
        "C,4,Hà Nội,2,,,\n"  # no date: the newest tree
        "D,4,Hà Nội,2,,2018,\n"  # before any rule set: the newest tree
        "E,4,Hà Nội,2,,2020,\n"
        "F,4,Hà Nội,2,148/QĐ-TTg,,\n"
        "G,4,Hà Nội,2,,,21/08/2019\n"
        "H,4,Hà Nội,2,,,21/08/2019\n"
        "I,4,Hà Nội,2,,,20/08/2019\n"
        "J,4,Hà Nội,0002,,,\n"
        "K,4,Hà Nội,Gia vị khác,,,\n"
        "L,4,Hà Nội,Sản phẩm cà phê ca cao,,,\n"
        "M,4,Hà Nội,27,,,\n"
        "N,4,Hà Nội,100,,,\n"
    )
    reg = read(io.StringIO(text))
    assert [(e.name, e.product_set, e.sector, e.group, e.rule_set) for e in reg.entries] == [
        ("A", 2, "I", "I.2", OTHER),
        ("B", 2, "I", "I.1", None),
        ("C", 2, "I", "I.2", None),
        ("D", 2, "I", "I.2", None),
        ("E", 2, "I", "I.1", None),
        ("F", 2, "I", "I.1", "148/QĐ-TTg"),
        ("G", 2, "I", "I.1", "1048/QĐ-TTg"),
        ("H", 2, "I", "I.1", "1048/QĐ-TTg"),
        ("I", 2, "I", "I.1", None),  # its year, 2019: 1048/QĐ-TTg at the end of it
        ("J", None, None, None, None),
        ("K", 10, "I", "I.4", None),
        ("L", 13, "I", "I.6", None),
        ("M", None, None, None, None),
        ("N", None, None, None, None),
    ]
    assert [e.message("en") for e in reg.report.warnings] == [
        f"row {row}, column Bộ sản phẩm ({raw!r}): no product set {raw!r} (1–26, Phụ lục II)"
        for row, raw in ((11, "0002"), (14, "27"), (15, "100"))
    ]


# -- Excel workbooks -------------------------------------------------------------------------


def _workbook() -> bytes:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Đầu"
    first["A1"] = "x"
    sheet = book.create_sheet("Sổ 2024")
    for row in (
        ["STT", "Tên sản phẩm", "Hạng sao", "Ngày", "Huyện"],
        ["I", "HUYỆN A", None, None, None],
        [1, "Chè", 4.0, dt.datetime(2024, 6, 5, 13, 30), "Đức Trọng"],
        [2, "Cà phê", 3.5, D(2024, 6, 6), None],
        [3, "Mắc ca", "=1+1", None, None],
        [4, "Rượu", 5, None, "Lâm Hà"],
    ):
        sheet.append(row)
    sheet.merge_cells("B2:E2")  # across one row: stays one cell
    sheet.merge_cells("E3:E5")  # down three rows, in the last column
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _format_error(data: bytes, sheet: str | None = None) -> str:
    with pytest.raises(RegisterFormatError) as caught:
        list(xlsx_records(io.BytesIO(data), "s.xlsx", sheet, lambda: None))
    return str(caught.value)


def test_the_cells_of_a_sheet_as_a_person_reads_them() -> None:
    data = _workbook()
    assert list(xlsx_records(io.BytesIO(data), "s.xlsx", "Sổ 2024", lambda: None)) == [
        (1, ["STT", "Tên sản phẩm", "Hạng sao", "Ngày", "Huyện"]),
        (2, ["I", "HUYỆN A", "", "", ""]),
        (3, ["1", "Chè", "4", "2024-06-05", "Đức Trọng"]),
        (4, ["2", "Cà phê", "3.5", "2024-06-06", "Đức Trọng"]),
        (5, ["3", "Mắc ca", "", "", "Đức Trọng"]),  # a formula never computed: no value
        (6, ["4", "Rượu", "5", "", "Lâm Hà"]),
    ]
    assert list(xlsx_records(io.BytesIO(data), "s.xlsx", None, lambda: None)) == [(1, ["x"])]


def test_the_errors_of_a_workbook(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _workbook()
    assert _format_error(data, "Không có") == (
        "s.xlsx: không có trang tính 'Không có' (có: Đầu, Sổ 2024)\n"
        "s.xlsx: no sheet 'Không có' (there are: Đầu, Sổ 2024)"
    )
    assert _format_error(b"PK\x03\x04 not a zip") == (
        "s.xlsx: không mở được tệp Excel (File is not a zip file)\n"
        "s.xlsx: cannot open the Excel file (File is not a zip file)"
    )
    # a long reason is cut at 120 characters
    types_xml = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Override PartName="/xl/' + "a" * 150 + '.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
        'main+xml"/></Types>'
    )
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("[Content_Types].xml", types_xml)
    reason = ("\"There is no item named 'xl/" + "a" * 150)[:120]
    assert _format_error(packed.getvalue()).endswith(f"cannot open the Excel file ({reason})")
    monkeypatch.setattr(xlsx, "MAX_FILE_BYTES_XLSX", len(data) - 1)
    assert _format_error(data) == (
        f"s.xlsx: tệp .xlsx lớn quá giới hạn {len(data) - 1} byte; hãy lưu thành CSV UTF-8\n"
        f"s.xlsx: the .xlsx file is over the limit of {len(data) - 1} bytes; save it as CSV UTF-8"
    )
    monkeypatch.setattr(xlsx, "MAX_FILE_BYTES_XLSX", len(data))
    assert len(list(xlsx_records(io.BytesIO(data), "s.xlsx", None, lambda: None))) == 1


def test_reading_a_workbook_without_openpyxl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    closed: list[bool] = []
    with pytest.raises(MissingExtraError) as caught:
        next(xlsx_records(io.BytesIO(b""), "s.xlsx", None, lambda: closed.append(True)))
    assert closed == [True]
    assert str(caught.value) == (
        "Đọc tệp Excel (.xlsx) cần gói openpyxl: cài bằng pip install 'ocop[xlsx]'.\n"
        "Reading Excel files (.xlsx) needs the package openpyxl: install it with pip install "
        "'ocop[xlsx]'."
    )


# -- the layout of a table -------------------------------------------------------------------

H1 = ["STT", "Tên sản phẩm", "Hạng sao", "Tỉnh"]
H2 = ["Tên sản phẩm", "Hạng sao", "Tỉnh", "STT"]
H3 = ["Tên sản phẩm", "Tỉnh", "Hạng sao"]
H4 = ["Tổng hợp", "Tên sản phẩm", "Hạng sao", "Tỉnh"]  # a first column that reads like a total


@pytest.mark.parametrize(
    ("header", "cells", "kind"),
    [
        (H1, ["1", "Chè", "4", "Hà Nội"], None),
        (H1, ["", "", "", ""], "blank"),
        (H1, [], "blank"),
        (H1, [" ", "\t", "", ""], "blank"),
        (H1, ["I", "HUYỆN A", "", ""], "heading"),
        (H1, ["I.", "HUYỆN A", "", ""], "heading"),
        (H1, ["1.2", "Xã B", "", ""], "heading"),
        (H1, ["", "", "4", ""], None),
        (H1, ["1", "Chè"], None),
        (H1, ["I", "HUYỆN A"], "heading"),
        (H1, ["", "Tổng cộng", "25", ""], "total"),
        (H1, ["Tổng cộng", "", "", ""], "total"),
        (H1, ["", "Tổng số sản phẩm OCOP", "25", ""], "total"),
        (H1, ["", "Tổng", "", ""], "total"),
        (H1, ["", "Tổng hợp Lâm Đồng", "4", "Hà Nội"], None),
        (H1, ["", "Tổng Đà", "4", "Hà Nội"], "total"),
        (H1, ["", "Tổng Đà", "4", "Hà Nội", "x"], None),
        (H1, ["Cộng", "", "7", ""], "total"),
        (H1, ["", "Tổng cộng", "25", "Hà Nội", "x", "y"], None),
        (H1, ["", "Tổng cộng", "", "a", "b", "c"], "total"),
        (H1, ["TỔNG CỘNG", "", "25", ""], "total"),
        (H1, ["II", "Chè", "4", "Hà Nội"], None),
        (H1, ["II", "HUYỆN A", "Ghi chú", ""], None),
        (H1, ["1", "HUYỆN A", "x", ""], None),
        (H1, ["A", "x", "y", "z"], None),
        (H1, ["I", "A", "B", "C"], None),
        (H1, ["", "HUYỆN A", "", ""], "heading"),
        (H1, ["", "Tổng hợp", "", ""], "total"),
        (H1, ["", "Tổngcộngxyzabcdef", "a", "b"], "total"),
        (H1, ["", "Tổng ab cd ef gh", "", ""], "total"),
        (H1, ["", "Tổng ab", "", "x", "y"], "total"),
        (H1, ["", "Tong ABCDEFGHIJ", "4", ""], None),
        (H1, ["", "Total", "4 sao", ""], "total"),
        (H1, ["", "Tổng", "4", "a", "b"], None),
        (H1, ["", "Tổng", "x4", "a", "b"], "total"),
        (H1, ["", "Grand total", "12", ""], "total"),
        (H1, ["STT", "Tên sản phẩm", "Hạng sao", "Tỉnh"], "header"),  # on each printed page
        (H1, ["STT", "Tên sản phẩm", "", "Tỉnh"], None),
        (H1, ["STT", "Tên sản phẩm", "", "Tỉnh", "x"], None),
        (H1, ["x", "Tên sản phẩm", "", "Tỉnh"], "heading"),
        (H1, ["STT", "Tên sản phẩm", "", "Tỉnhh"], None),
        (H2, ["Chè", "4", "Hà Nội", "1"], None),
        (H2, ["HUYỆN A", "", "", "I"], "heading"),
        (H2, ["HUYỆN A", "", ""], "heading"),
        (H2, ["Tổng cộng", "25", "", ""], "total"),
        (H2, ["I", "Chè", "4", ""], None),
        (H2, ["HUYỆN A", "", "Lâm Đồng", "II"], "heading"),
        (H2, ["HUYỆN A", "x", "Lâm Đồng", "II"], None),
        (H3, ["Chè", "Hà Nội", "4"], None),
        (H3, ["HUYỆN A", "", ""], "heading"),
        (H3, ["HUYỆN A", "Lâm Đồng", ""], None),
        (H3, ["I. HUYỆN A", "", ""], "heading"),
        (H3, ["Tổng cộng", "", "30"], "total"),
        (H3, ["Tên sản phẩm", "Tỉnh", ""], None),
        (H3, ["Tên sản phẩm", "Tỉnh", "", "x"], None),
        (H4, ["Tổng hợp", "Tên sản phẩm", "Hạng sao", "Tỉnh"], "header"),
        (H4, ["Tổng hợp", "Chè", "4", "Hà Nội"], None),
        (H4, ["Tổng hợp", "Tên sản phẩm", "Hạng sao"], "total"),
        (H4, ["tong hop", "ten san pham", "HẠNG SAO", "tinh"], "header"),
    ],
)
def test_the_kind_of_each_row(header: list[str], cells: list[str], kind: str | None) -> None:
    m = header_map(header, {})
    assert row_kind(cells, m, [fold(h) for h in header]) == kind


def test_a_heading_s_numbering_is_dropped() -> None:
    m = header_map(H3, {})
    assert heading_text(["I. HUYỆN ĐẮK MIL", "", ""], m) == "HUYỆN ĐẮK MIL"
    assert heading_text(["", "B) Xã A", ""], m) == "Xã A"
    assert heading_text(["", "b) Xã A", ""], m) == "b) Xã A"
    assert heading_text(["12. Xã B", "", ""], m) == "Xã B"
    assert heading_text(["i. HUYỆN A", "", ""], m) == "i. HUYỆN A"
    assert heading_text(["IV.HUYỆN A", "", ""], m) == "IV.HUYỆN A"
    m = header_map(H1, {})
    assert heading_text(["II", "HUYỆN A", "", ""], m) == "HUYỆN A"


def test_rows_below_the_total_are_a_footer_unless_they_have_a_class() -> None:
    text = (
        "Tên sản phẩm,Hạng sao,Tỉnh\n"
        "Chè,4,Hà Nội\n"
        "Tổng cộng,1,\n"
        "Người lập biểu,,Trưởng phòng\n"
        "Cam,3,Hà Nội\n"
        "Ký tên,,Hà Nội\n"
    )
    reg = read(io.StringIO(text))
    assert [e.name for e in reg.entries] == ["Chè", "Cam"]
    assert reg.report.skipped == {"total": [3], "footer": [4, 6]}


def _padded(first: str, last: str, size: int) -> str:
    """A heading of ``size`` characters: spaces, folded away, between two words."""
    return first + " " * (size - len(first) - len(last)) + last


def test_a_heading_gives_the_place_of_the_rows_below_it() -> None:
    text = (
        "Tên sản phẩm,Hạng sao,Tỉnh\n"
        "I. HUYỆN ĐẮK MIL,,\n"  # a district: its old province
        "Cà phê,4,\n"
        "LÂM ĐỒNG,,\n"  # on both maps: not a place, the heading above still holds
        "Mắc ca,4,\n"
        f"{_padded('ĐẮK', 'NÔNG', 79)},,\n"
        "Tiêu,3,\n"
        f"{_padded('HÀ', 'NỘI', 79)},,\n"
        "Chè,3,\n"
        f"{_padded('ĐẮK', 'NÔNG', 80)},,\n"
        "Sầu riêng,3,\n"
        f"{_padded('HÀ', 'NỘI', 80)},,\n"
        "Gạo,3,\n"
        f"{_padded('ĐẮK', 'NÔNG', 81)},,\n"  # over 80 characters: not read
        "Bơ,3,\n"
    )
    reg = read(io.StringIO(text))
    assert reg.report.rejected == []
    assert [(e.name, e.province_name, e.unit_name, e.district) for e in reg.entries] == [
        ("Cà phê", "Đắk Nông", "Lâm Đồng", "Huyện Đắk Mil"),
        ("Mắc ca", "Đắk Nông", "Lâm Đồng", "Huyện Đắk Mil"),
        ("Tiêu", "Đắk Nông", "Lâm Đồng", None),
        ("Chè", "Hà Nội", "Hà Nội", None),
        ("Sầu riêng", "Đắk Nông", "Lâm Đồng", None),
        ("Gạo", "Hà Nội", "Hà Nội", None),
        ("Bơ", "Hà Nội", "Hà Nội", None),
    ]


def test_a_heading_on_both_maps_leaves_a_row_without_a_place() -> None:
    text = "Tên sản phẩm,Hạng sao,Tỉnh,Ngày quyết định\nLÂM ĐỒNG,,,\nMắc ca,4,,01/03/2024\n"
    reg = read(io.StringIO(text))
    assert reg.entries == ()
    assert [e.message("en") for e in reg.report.rejected] == [
        "row 3, column Tỉnh (''): the province is empty"
    ]


# -- JSON and JSON Lines, broken ---------------------------------------------------------------

GOOD = '{"name": "Chè", "star": 4, "province": "Hà Giang"}'
EXPECTED_VI = "cần một sổ đăng ký: bảng CSV, tệp Excel .xlsx, JSON hoặc JSON Lines có dòng tiêu đề"
EXPECTED_EN = (
    "expected a register: a CSV table, an Excel .xlsx file, JSON or JSON Lines, with a header row"
)


def _json_error(text: str) -> str:
    with pytest.raises(RegisterFormatError) as caught:
        read(io.StringIO(text), format="json")
    return str(caught.value)


def test_the_bad_records_of_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_LINE_CHARS", 150)
    monkeypatch.setattr(line_reading, "MAX_LINE_CHARS", 150)
    broken = '{"name": "' + "x" * 90 + '", "star": }'
    array = "[" + ", ".join(["1"] * 40) + "]"
    lines = [GOOD, "", broken, array, '{"name": "' + "y" * 200 + '"}', GOOD]
    reg = read(io.StringIO("\n".join(lines) + "\n"), format="jsonl")
    assert (len(reg.entries), reg.report.read, reg.report.skipped) == (2, 6, {"blank": [2]})
    assert [(e.row, e.column, e.value) for e in reg.report.rejected] == [
        (3, None, broken[:80]),
        (4, None, array[:80]),
        (5, None, None),
    ]
    assert [(e.text.text("vi"), e.text.text("en")) for e in reg.report.rejected] == [
        ("dòng JSON hỏng", "broken JSON line"),
        ("bản ghi không phải đối tượng JSON", "the record is not a JSON object"),
        ("dòng dài quá giới hạn 150 ký tự", "the line is over the limit of 150 characters"),
    ]


def test_json_lines_read_as_a_json_file() -> None:
    reg = read(io.StringIO(GOOD + "\n" + GOOD + "\n"), format="json")
    assert len(reg.entries) == 2


def test_a_broken_json_document(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _json_error('[{"name": "Chè",\n "star": }]') == (
        "<stream>: JSON hỏng ở dòng 2, cột 10\n<stream>: broken JSON at line 2, column 10"
    )
    for text in ('{\n "entries": 5\n}', "[1, 2]"):
        assert _json_error(text) == (
            '<stream>: JSON phải là một mảng bản ghi hoặc {"entries": [...]}; '
            f"{EXPECTED_VI}\n"
            f'<stream>: the JSON must be an array of records or {{"entries": [...]}}; {EXPECTED_EN}'
        )
    assert _json_error('[{"name": 1' + "1" * 5000 + "}]") == (
        "<stream>: JSON có giá trị không đọc được\n<stream>: JSON with a value that cannot be read"
    )
    monkeypatch.setattr(sources, "MAX_LINE_CHARS", 150)
    monkeypatch.setattr(line_reading, "MAX_LINE_CHARS", 150)
    assert _json_error("[\n" + GOOD + ',\n{"name": "' + "y" * 200 + '"}]') == (
        "<stream>: tài liệu JSON có dòng dài quá giới hạn 150 ký tự\n"
        "<stream>: the JSON document has a line over the limit of 150 characters"
    )


def test_json_nested_too_deeply() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    assert _json_error(deep) == (
        "<stream>: JSON lồng nhau quá sâu\n<stream>: JSON nested too deeply"
    )
    reg = read(io.StringIO(deep), format="jsonl")
    [bad] = reg.report.rejected
    assert (bad.row, bad.value) == (1, "[" * 80)
    assert (bad.text.text("vi"), bad.text.text("en")) == (
        "JSON lồng nhau quá sâu",
        "JSON nested too deeply",
    )


def _json_register(records: list[dict[str, object]], province: str | None = None) -> Register:
    text = json.dumps(records, ensure_ascii=False)
    return read(io.StringIO(text), format="json", province=province)


def test_the_records_of_a_json_register() -> None:
    many = [1] * 40
    reg = _json_register(
        [
            {"Ghi chú": "x", "name": "Chè", "star": 4, "province": "Hà Giang", "Note 2": "y"},
            {"name": "Cam", "star": 3, "province": None, "Ghi chú": "z"},
            {"name": "Bưởi", "star": {"a": "b"}, "province": "Hà Giang", "producer": many},
            {"name": "Mận", "star": "4", "province": "Hà Giang", "year": 2024},
        ]
    )
    assert [(e.name, e.rank, e.year) for e in reg.entries] == [
        ("Chè", Rank.FOUR, None),
        ("Mận", Rank.FOUR, 2024),
    ]
    assert reg.report.ignored_columns == ("Ghi chú", "Note 2")
    assert [(e.row, e.column, e.value) for e in reg.report.rejected] == [
        (2, "Tỉnh", ""),
        (3, "producer", repr(many)[:80]),  # the last value that is not text or a number
    ]
    assert [e.text.text("en") for e in reg.report.rejected] == [
        "the province is empty",
        "the value is not text or a number",
    ]
    assert reg.report.rejected[1].text.text("vi") == "giá trị không phải chữ hay số"


def test_a_json_register_without_a_province_column() -> None:
    [entry] = _json_register([{"name": "Chè", "star": 4}], province="Hà Giang").entries
    assert (entry.province_name, entry.unit_name) == ("Hà Giang", "Tuyên Quang")
    address = "xã Lũng Cú, huyện Đồng Văn, tỉnh Hà Giang"
    [entry] = _json_register([{"name": "Chè", "star": 4, "address": address}]).entries
    assert (entry.province_name, entry.unit_name) == ("Hà Giang", "Tuyên Quang")
    with pytest.raises(MissingColumnsError) as caught:
        _json_register([{"name": "Chè", "star": 4}])
    assert caught.value.message("en") == (
        "<stream>: required columns missing: Province. Columns in the file: 'name', 'star'. "
        'Use columns={"header": "key"} to name a column.'
    )


def test_a_json_register_lists_at_most_a_thousand_ignored_columns() -> None:
    record: dict[str, object] = {f"cột {k}": k for k in range(1_001)}
    record |= {"name": "Chè", "star": 4, "province": "Hà Giang"}
    reg = _json_register([record, {"name": "Cam", "star": 3, "province": "Hà Giang"}])
    assert len(reg.entries) == 2
    assert reg.report.ignored_columns == tuple(f"cột {k}" for k in range(1_000))


# -- where a row is ----------------------------------------------------------------------------

DISTRICTS = "Tên sản phẩm,Hạng sao,Huyện\nA,4,Đắk Mil\nB,4,Bảo Lâm\nC,4,Đức Trọng\nD,4,\n"


def _places(reg: Register) -> list[tuple[str, str, str, str | None]]:
    return [(e.name, e.province_name, e.unit_name, e.district) for e in reg.entries]


def test_a_district_within_the_register_s_unit_or_old_province() -> None:
    # within the unit: any of its old provinces ("Bảo Lâm" is also in Cao Bằng)
    reg = read(io.StringIO(DISTRICTS), province="Lâm Đồng (mới)")
    assert reg.report.rejected == reg.report.warnings == []
    assert _places(reg) == [
        ("A", "Đắk Nông", "Lâm Đồng", "Huyện Đắk Mil"),
        ("B", "Lâm Đồng", "Lâm Đồng", "Huyện Bảo Lâm"),
        ("C", "Lâm Đồng", "Lâm Đồng", "Huyện Đức Trọng"),
        ("D", "Lâm Đồng", "Lâm Đồng", None),
    ]
    # within an old province: a district of another one keeps the register's province
    reg = read(io.StringIO(DISTRICTS), province="Đắk Nông")
    assert _places(reg) == [
        ("A", "Đắk Nông", "Lâm Đồng", "Huyện Đắk Mil"),
        ("B", "Đắk Nông", "Lâm Đồng", "Bảo Lâm"),
        ("C", "Đắk Nông", "Lâm Đồng", "Đức Trọng"),
        ("D", "Đắk Nông", "Lâm Đồng", None),
    ]


def test_a_district_of_one_province_only_gives_the_place() -> None:
    text = "Tên sản phẩm,Hạng sao,Huyện,Địa chỉ\nA,4,Đắk Mil,\nB,4,Bảo Lâm,\nC,4,,\n"
    reg = read(io.StringIO(text))
    assert _places(reg) == [("A", "Đắk Nông", "Lâm Đồng", "Huyện Đắk Mil")]
    reason = (
        "no province: the register has no province column and the row no address; give the "
        "register's own province (province=..., command line: --province)"
    )
    assert [e.message("en") for e in reg.report.rejected] == [
        f"row 3, column Địa chỉ (''): {reason}",
        f"row 4, column Địa chỉ (''): {reason}",
    ]


# -- files that are not registers --------------------------------------------------------------

SMALL = "Tên sản phẩm,Hạng sao,Tỉnh\nMật ong,4,Hà Nội\n"
EXPECTED = f"{EXPECTED_VI}\n<stream>: {EXPECTED_EN}"


def _refused(source: object, **options: str) -> str:
    with pytest.raises(RegisterFormatError) as caught:
        read(source, **options)  # type: ignore[arg-type]
    return str(caught.value)


@pytest.mark.parametrize(
    ("data", "vi", "en"),
    [
        (b"", "tệp trống; ", "the file is empty; "),
        (b" \r\n\xef\xbb\xbf", "tệp trống; ", "the file is empty; "),
        (b"%PDF-1.4 x", "tệp PDF không phải sổ đăng ký; ", "this PDF file is not a register; "),
        (b"\x89PNG x", "tệp PNG không phải sổ đăng ký; ", "this PNG file is not a register; "),
        (
            b"\xff\xd8\xff x",
            "tệp JPEG không phải sổ đăng ký; ",
            "this JPEG file is not a register; ",
        ),
        (b"GIF89a x", "tệp GIF không phải sổ đăng ký; ", "this GIF file is not a register; "),
        (b"Rar! x", "tệp RAR không phải sổ đăng ký; ", "this RAR file is not a register; "),
        (b"7z\xbc\xaf x", "tệp 7z không phải sổ đăng ký; ", "this 7z file is not a register; "),
        (
            b"\xd0\xcf\x11\xe0 x",
            "tệp Excel 97–2003 (.xls) không phải sổ đăng ký; ",
            "this Excel 97–2003 (.xls) file is not a register; ",
        ),
        (
            b"ab\x00cd" + b"x" * 100,
            "tệp nhị phân không phải sổ đăng ký; ",
            "a binary file is not a register; ",
        ),
    ],
)
def test_bytes_that_are_not_a_register(data: bytes, vi: str, en: str) -> None:
    assert _refused(io.BytesIO(data)) == f"<stream>: {vi}{EXPECTED_VI}\n<stream>: {en}{EXPECTED_EN}"


def test_sources_that_cannot_be_read(tmp_path: Path) -> None:
    assert _refused(tmp_path) == f"{tmp_path}: {EXPECTED_VI}\n{tmp_path}: {EXPECTED_EN}"
    missing = tmp_path / "none.csv"
    assert _refused(missing) == (
        f"{missing}: không đọc được tệp (No such file or directory)\n"
        f"{missing}: cannot read the file (No such file or directory)"
    )
    assert _refused(12) == (
        "<stream>: cần đường dẫn hoặc tệp đang mở, không phải 12\n"
        "<stream>: a path or an open file is needed, not 12"
    )
    assert _refused(io.BytesIO(b"PK\x03\x04 x"), format="csv") == f"<stream>: {EXPECTED}"
    assert _refused(io.StringIO("abc\n"), format="json") == f"<stream>: {EXPECTED}"
    assert _refused(io.StringIO("\n\n  \n")) == (
        f"<stream>: tệp trống; {EXPECTED_VI}\n<stream>: the file is empty; {EXPECTED_EN}"
    )
    assert _refused(io.StringIO(SMALL), format="xml") == (
        "<stream>: định dạng 'xml' không được hỗ trợ\n<stream>: unsupported format 'xml'"
    )


def test_broken_gzip() -> None:
    cut = gzip.compress(SMALL.encode())[:-10]
    reason = "Compressed file ended before the end-of-stream marker was reached"
    assert _refused(io.BytesIO(cut)) == (
        f"<stream>: tệp gzip hỏng ({reason})\n<stream>: broken gzip file ({reason})"
    )
    assert _refused(io.BytesIO(b"\x1f\x8bxxxxxxxxx")) == (
        "<stream>: tệp gzip hỏng (Unknown compression method)\n"
        "<stream>: broken gzip file (Unknown compression method)"
    )


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258(text: str) -> bytes:
    """Vietnamese ANSI as Windows writes it: a letter with its shape, then the tone mark."""
    out = b""
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += (base + tones).encode("cp1258")
    return out


@pytest.mark.parametrize(
    "data",
    [
        SMALL.encode("utf-16"),
        SMALL.encode("utf-16-le"),
        SMALL.encode("utf-16-be"),
        codecs.BOM_UTF8 + SMALL.encode(),
        _cp1258(SMALL),
        gzip.compress(_cp1258(SMALL)),
        SMALL.replace("\n", "\r").encode(),
    ],
)
def test_the_encodings_and_line_ends_of_a_table(data: bytes) -> None:
    reg = read(io.BytesIO(data))
    assert reg.report.rejected == []
    assert [(e.name, e.rank, e.province_name) for e in reg.entries] == [
        ("Mật ong", Rank.FOUR, "Hà Nội")
    ]


def test_the_options_of_a_read_checked_first() -> None:
    with pytest.raises(AmbiguousPlaceError) as ambiguous:
        read(io.StringIO(SMALL), province="Lâm Đồng")
    assert str(ambiguous.value) == (
        "'Lâm Đồng' không xác định được một tỉnh duy nhất: Lâm Đồng (cũ); Lâm Đồng (mới). "
        'Tỉnh mặc định của cả sổ phải ghi rõ "(cũ)" hay "(mới)", hoặc ghi mã tỉnh.\n'
        "'Lâm Đồng' does not name one province: Lâm Đồng (cũ); Lâm Đồng (mới). The "
        'register\'s default province must say "(cũ)" (old) or "(mới)" (new), or be given as '
        "a code."
    )
    assert _refused(io.StringIO(SMALL), province="Atlantis") == (
        "<stream>: Không tìm thấy tỉnh 'Atlantis' trong 63 tỉnh cũ (đến 30/6/2025). Có phải: "
        "Gia Lai, Tây Ninh, Lạng Sơn?\n"
        "<stream>: No province 'Atlantis' among the 63 old provinces (until 30 Jun 2025). Did "
        "you mean: Gia Lai, Tây Ninh, Lạng Sơn?"
    )
    keys = (
        "name, star, province, commune, producer, producer_type, product_set, sector, "
        "decision_number, decision_date, year, rule_set, code, revoked_on, district, address"
    )
    assert _refused(io.StringIO(SMALL), columns={"x": "nope"}) == (  # type: ignore[arg-type]
        f"<stream>: ánh xạ cột x='nope': không có cột 'nope' (có: {keys})\n"
        f"<stream>: column mapping x='nope': there is no column 'nope' (there are: {keys})"
    )
    with pytest.raises(UsageError) as engine:
        read(io.StringIO(SMALL), addresses="google")
    assert str(engine.value) == (
        "cách đọc địa chỉ phải là builtin hoặc vietnamadminunits, không phải 'google'\n"
        "the address reader must be builtin or vietnamadminunits, not 'google'"
    )


def test_a_mapping_names_a_column_by_its_key_or_a_header() -> None:
    text = "Sản phẩm OCOP,Xếp loại,Nơi\nMật ong,4,Hà Nội\n"
    for columns in (
        {"Xếp loại": "star", "Nơi": " province "},
        {"xep loai": "Hạng sao", "NƠI": "Tỉnh"},
    ):
        [entry] = read(io.StringIO(text), columns=columns).entries
        assert (entry.name, entry.rank, entry.province_name) == ("Mật ong", Rank.FOUR, "Hà Nội")


def test_a_table_without_its_columns_or_its_header() -> None:
    assert _refused(io.StringIO("Tên sản phẩm,Tỉnh\nChè,Hà Nội\n")) == (
        "<stream>: thiếu cột bắt buộc: Hạng sao. Các cột có trong tệp: 'Tên sản phẩm', 'Tỉnh'. "
        'Dùng columns={"tên cột": "khoá"} để chỉ cột.\n'
        "<stream>: required columns missing: Stars. Columns in the file: 'Tên sản phẩm', "
        '\'Tỉnh\'. Use columns={"header": "key"} to name a column.'
    )
    assert _refused(io.StringIO("a,b\n" * 40)) == (
        "<stream>: thiếu cột bắt buộc: Tên sản phẩm, Hạng sao, Tỉnh. Các cột có trong tệp: "
        "'a', 'b'. Gần giống: bộ, xã. Dùng columns={\"tên cột\": \"khoá\"} để chỉ cột.\n"
        "<stream>: required columns missing: Product, Stars, Province. Columns in the file: "
        "'a', 'b'. Closest: bộ, xã. Use columns={\"header\": \"key\"} to name a column."
    )
    wide = ",".join(["Tên sản phẩm", "Hạng sao"] + ["x"] * 1_000) + "\n"
    assert _refused(io.StringIO(wide)) == (
        "<stream>: dòng tiêu đề có 1002 cột, quá giới hạn 1000\n"
        "<stream>: the header row has 1002 columns, over the limit of 1000"
    )


def _utf16_with_nuls(nuls: int) -> bytes:
    """A UTF-16-LE table whose first 1024 bytes hold exactly ``nuls`` zero bytes (an ASCII
    letter has one, "ạ" none)."""
    start = SMALL + "Quả "
    done = start.encode("utf-16-le")
    units = (1024 - len(done)) // 2
    needed = nuls - done.count(b"\x00")
    data = (start + "ạ" * (units - needed) + "a" * needed + ",3,Hà Nội\n").encode("utf-16-le")
    assert data[:1024].count(b"\x00") == nuls
    return data


def test_utf16_without_a_bom_is_a_quarter_of_zero_bytes() -> None:
    reg = read(io.BytesIO(_utf16_with_nuls(256)))
    assert [e.name[:6] for e in reg.entries] == ["Mật on", "Quả ạạ"]
    assert _refused(io.BytesIO(_utf16_with_nuls(230))) == (
        f"<stream>: tệp nhị phân không phải sổ đăng ký; {EXPECTED_VI}\n"
        f"<stream>: a binary file is not a register; {EXPECTED_EN}"
    )


def test_a_zero_byte_past_the_first_kilobyte_is_text() -> None:
    start = (SMALL + "Quả ").encode()
    filler = b"x" * (1024 - len(start))
    data = start + filler + b"\x00y,3," + "Hà Nội\n".encode()
    assert data.index(b"\x00") == 1024
    reg = read(io.BytesIO(data))
    assert [e.name for e in reg.entries] == ["Mật ong", "Quả " + "x" * len(filler) + "\x00y"]


# -- a row into an entry -----------------------------------------------------------------------

ROWS_HEAD = (
    "Tên sản phẩm,Hạng sao,Tỉnh,Năm,Ngày quyết định,Bộ sản phẩm,Ngành,Mã sản phẩm,"
    "Loại hình chủ thể,Bộ tiêu chí,Ngày thu hồi,Địa chỉ,Xã\n"
)
ADDRESS = "xã Lũng Cú, huyện Đồng Văn, tỉnh Hà Giang"
ROWS = [
    "Chè,4,Hà Nội",  # a short row: the missing cells are empty
    "Cam,3,Hà Giang,2019,15/06/2020,1,I,,,,,,",  # the year is the decision date's
    "Bưởi,3,Hà Giang,,,1,II,,,,,,",  # the sector is the product set's
    "Mận,3,Hà Giang,,,,III,,,,,,",  # a sector alone is kept
    "Dứa,x,Hà Giang,,,,,19-01849-1-2026,,,,,",  # rejected: its code is not taken
    "Na,4,Hà Giang,,,,,19-01849-1-2026,HTX,148/QĐ-TTg,,,",
    "Ổi,4,Hà Giang,,,,,19-01849-1-2026,,,,,",  # the same code: rejected
    "Vải,4,Lâm Đồng (mới),,,,,,,,,,",  # a unit over two regions: no region
    "Vú sữa,4,Lâm Đồng (mới),,,,,,,,,,",
    "Sen,5,Đồng Tháp,2024,,,,,XYZ,abc,32/13/2024,,",  # optional values that cannot be read
    ",,,,,,,,,,,,",
    f'Táo,4,,,,,,,,,,"{ADDRESS}",',  # the place and the commune from the address
    f'Lê,4,,,,,,,,,,"{ADDRESS}",Xã khác',  # the commune column first
    "Mơ,4,,,,,,,,,,,",
    "Quýt,3,Tuyên Quang (mới),,,,,,,,,,",  # a unit in one region
    "Hồng,3,Tuyên Quang (mới),,,,,,,,,,",
]


def test_every_field_of_a_row_and_every_reason() -> None:
    reg = read(io.StringIO(ROWS_HEAD + "\n".join(ROWS) + "\n"))
    entries = {e.name: e for e in reg.entries}
    assert list(entries) == [
        "Chè", "Cam", "Bưởi", "Mận", "Na", "Vải", "Vú sữa", "Sen", "Táo", "Lê", "Quýt", "Hồng"
    ]  # fmt: skip
    fields = [
        (
            e.rank.value,
            e.province_name,
            e.unit_name,
            None if e.region is None else e.region.number,
            e.year,
            e.decision_date,
            e.rule_set,
            e.product_set,
            e.sector,
            e.group,
            e.producer_type_code,
            e.commune,
            e.address,
            e.district,
            e.row,
        )
        for e in reg.entries
    ]
    hg = ("Hà Giang", "Tuyên Quang", 1)
    assert fields == [
        ("4", "Hà Nội", "Hà Nội", 2, None, None, None, None, None, None, None, None, None, None, 2),
        ("3", *hg, 2020, D(2020, 6, 15), "1048/QĐ-TTg", 1, "I", "I.1", *[None] * 4, 3),
        ("3", *hg, None, None, None, 1, "I", "I.1", *[None] * 4, 4),
        ("3", *hg, None, None, None, None, "III", *[None] * 5, 5),
        ("4", *hg, None, None, "148/QĐ-TTg", None, None, None, "HTX", None, None, None, 7),
        ("4", "Lâm Đồng", "Lâm Đồng", None, *[None] * 10, 9),
        ("4", "Lâm Đồng", "Lâm Đồng", None, *[None] * 10, 10),
        ("5", "Đồng Tháp", "Đồng Tháp", 6, 2024, *[None] * 9, 11),
        ("4", *hg, *[None] * 7, "xã Lũng Cú", ADDRESS, "Huyện Đồng Văn", 13),
        ("4", *hg, *[None] * 7, "Xã khác", ADDRESS, "Huyện Đồng Văn", 14),
        ("3", "Tuyên Quang", "Tuyên Quang", 1, *[None] * 10, 16),
        ("3", "Tuyên Quang", "Tuyên Quang", 1, *[None] * 10, 17),
    ]
    assert [str(entries[n].code) for n in ("Na",)] == ["19-01849-1-2026"]
    assert [entries[n].code for n in ("Chè", "Cam", "Sen", "Táo")] == [None] * 4
    assert [(e.row, e.column, e.value, e.text.text("en")) for e in reg.report.rejected] == [
        (6, "Hạng sao", "x", "cannot read a star class from 'x'"),
        (8, "Mã sản phẩm", "19-01849-1-2026", "the product code repeats row 7"),
        (15, "Tỉnh", "", "the province is empty"),
    ]
    assert [(e.row, e.column, e.value, e.text.text("en")) for e in reg.report.warnings] == [
        (3, "Năm", "2019", "year 2019 differs from the decision date 2020-06-15"),
        (4, "Ngành", "II", "sector II does not match product set 1 (sector I)"),
        (11, "Ngày thu hồi", "32/13/2024", "no such date: '32/13/2024'"),
        (11, "Loại hình chủ thể", "XYZ", "Producer type 'XYZ' is not a known kind."),
        (
            11,
            "Bộ tiêu chí",
            "abc",
            "Unknown rule set 'abc'. Known: 1048/QĐ-TTg, 148/QĐ-TTg, 26/2026/QĐ-TTg.",
        ),
    ]
    assert [e.text.text("vi") for e in reg.report.warnings[:2]] == [
        "năm 2019 khác năm của ngày quyết định 2020-06-15",
        "ngành II không khớp bộ sản phẩm 1 (ngành I)",
    ]
    assert reg.report.rejected[1].text.text("vi") == "mã sản phẩm trùng với dòng 7"
    assert reg.report.skipped == {"blank": [12]}


def test_a_value_over_the_limit_rejects_its_row() -> None:
    head = "Tên sản phẩm,Hạng sao,Tỉnh,Chủ thể\n"
    at_limit = "a" * 10_000
    over = "b" * 10_001
    text = head + f"{at_limit},4,Hà Nội,\nChè,4,Hà Nội,{over}\n{over},{over},Hà Nội,x\n"
    reg = read(io.StringIO(text))
    assert [e.name for e in reg.entries] == [at_limit]
    assert [(e.row, e.column, e.value) for e in reg.report.rejected] == [
        (3, "Chủ thể", "b" * 80),
        (4, "Tên sản phẩm", "b" * 80),
        (4, "Hạng sao", "b" * 80),
    ]
    assert reg.report.rejected[0].text.text("vi") == "giá trị dài 10001 ký tự, quá giới hạn 10000"
    assert reg.report.rejected[0].text.text("en") == (
        "the value is 10001 characters long, over the limit of 10000"
    )


BOTH_MAPS = (
    "'Lâm Đồng' vừa là tỉnh cũ vừa là đơn vị mới sau sáp nhập; cần ngày quyết định hoặc năm để "
    'phân biệt, hoặc ghi rõ "(cũ)" hay "(mới)"',
    "'Lâm Đồng' is both an old province and a merged unit; a decision date or year is needed "
    'to tell them apart, or write "(cũ)" (old) or "(mới)" (new)',
)


def test_a_name_on_both_maps_is_read_by_the_row_s_date_or_year() -> None:
    text = (
        "Tên sản phẩm,Hạng sao,Tỉnh,Ngày quyết định,Năm,Huyện\n"
        "A,4,Lâm Đồng,30/06/2025,,\n"
        "B,4,Lâm Đồng,01/07/2025,,\n"
        "C,4,Lâm Đồng,,2024,\n"
        "D,4,Lâm Đồng,,2025,\n"  # the year of the merger: undecided
        "E,4,Lâm Đồng,,2026,\n"
        "F,4,Lâm Đồng,,,\n"
        "G,4,Hà Nội,,2026,Ba Vì\n"  # a unit of one old province: that province
        "H,4,Hà Nội,,2020,\n"
    )
    reg = read(io.StringIO(text))
    assert [
        (e.name, None if e.province is None else e.province.name, e.unit_name, e.district)
        for e in reg.entries
    ] == [
        ("A", "Lâm Đồng", "Lâm Đồng", None),
        ("B", None, "Lâm Đồng", None),
        ("C", "Lâm Đồng", "Lâm Đồng", None),
        ("E", None, "Lâm Đồng", None),
        ("G", "Hà Nội", "Hà Nội", "Ba Vì"),
        ("H", "Hà Nội", "Hà Nội", None),
    ]
    assert [(e.row, e.column, e.value) for e in reg.report.rejected] == [
        (5, "Tỉnh", "Lâm Đồng"),
        (7, "Tỉnh", "Lâm Đồng"),
    ]
    for error in reg.report.rejected:
        assert (error.text.text("vi"), error.text.text("en")) == BOTH_MAPS


UNREAD = (
    "không đọc được tỉnh từ địa chỉ: Không tìm thấy tỉnh 'số 1, phố X' trong 63 tỉnh cũ (đến "
    "30/6/2025).",
    "cannot read the province from the address: No province 'số 1, phố X' among the 63 old "
    "provinces (until 30 Jun 2025).",
)


def test_an_address_without_a_province() -> None:
    text = 'Tên sản phẩm,Hạng sao,Địa chỉ\nA,4,"số 1, phố X"\nB,4,\n'
    # the register's province stands in, with a warning
    reg = read(io.StringIO(text), province="Hà Giang")
    assert _places(reg) == [
        ("A", "Hà Giang", "Tuyên Quang", None),
        ("B", "Hà Giang", "Tuyên Quang", None),
    ]
    [warning] = reg.report.warnings
    assert (warning.row, warning.column, warning.value) == (2, "Địa chỉ", "số 1, phố X")
    assert (warning.text.text("vi"), warning.text.text("en")) == UNREAD
    # so does the group heading above it
    text = 'STT,Tên sản phẩm,Hạng sao,Địa chỉ\nI,ĐẮK NÔNG,,\n1,A,4,"số 1, phố X"\n'
    reg = read(io.StringIO(text))
    assert _places(reg) == [("A", "Đắk Nông", "Lâm Đồng", None)]
    assert [(w.row, w.text.text("en")) for w in reg.report.warnings] == [(3, UNREAD[1])]
    # with neither, the row is rejected
    text = f'Tên sản phẩm,Hạng sao,Địa chỉ\nA,4,"số 1, phố X"\nB,4,"{ADDRESS}"\n'
    reg = read(io.StringIO(text))
    assert [(e.name, e.district, e.commune) for e in reg.entries] == [
        ("B", "Huyện Đồng Văn", "xã Lũng Cú")
    ]
    [error] = reg.report.rejected
    assert (error.row, error.column, error.value) == (2, "Địa chỉ", "số 1, phố X")
    assert (error.text.text("vi"), error.text.text("en")) == UNREAD


def test_the_delimiter_is_read_from_the_first_thirty_lines() -> None:
    rows = [f"Chè {k},4,Hà Nội" for k in range(28)]
    text = (
        "Tên sản phẩm,Hạng sao,Tỉnh\n"
        "XXXXXXXXXXXXXXXXX,4,Hà Nội\n"  # more X than commas
        + "\n".join(rows)
        + '\n"a;b;c;d;e;f;g;h;i;j;k",3,Hà Nội\n'  # line 31: more semicolons than commas
        + 'Lớn,"'
        + "y" * 140_000  # longer than the csv module's field limit
        + '",x\nCam,3,Hà Nội\n'
    )
    reg = read(io.StringIO(text))
    assert reg.report.header_row == 1
    assert [(e.name, e.row) for e in reg.entries[:1] + reg.entries[-2:]] == [
        ("XXXXXXXXXXXXXXXXX", 2),
        ("a;b;c;d;e;f;g;h;i;j;k", 31),
        ("Cam", 33),
    ]
    [bad] = reg.report.rejected
    assert (bad.row, bad.column, bad.value) == (32, None, None)
    reason = "field larger than field limit (131072)"
    assert bad.text.text("vi") == f"bản ghi CSV hỏng ({reason})"
    assert bad.text.text("en") == f"broken CSV record ({reason})"


@pytest.mark.skipif(
    importlib.util.find_spec("vietnamadminunits") is None, reason="ocop[addresses] not installed"
)
def test_addresses_read_by_the_chosen_reader() -> None:
    text = 'Tên sản phẩm,Hạng sao,Địa chỉ\nA,4,"Lũng Cú, Đồng Văn, Hà Giang"\n'
    [builtin] = read(io.StringIO(text)).entries
    [other] = read(io.StringIO(text), addresses="vietnamadminunits").entries
    assert (builtin.province_name, builtin.commune) == ("Hà Giang", None)
    assert (other.province_name, other.commune) == ("Hà Giang", "Xã Lũng Cú")


# -- a file's kind by its name -----------------------------------------------------------------

DOCUMENT = json.dumps([{"name": "Chè", "star": 4, "province": "Hà Nội"}], ensure_ascii=False)
DOCUMENT = DOCUMENT.replace("[", "[\n").replace("]", "\n]")  # three lines


@pytest.mark.parametrize("name", ["a.csv", "a.tsv", "a.txt"])
def test_a_name_that_says_csv_is_read_as_csv(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(DOCUMENT, encoding="utf-8")
    with pytest.raises(MissingColumnsError) as caught:
        read(path)
    assert caught.value.message("en").startswith(f"{path}: required columns missing:")


@pytest.mark.parametrize("name", ["a.jsonl", "a.ndjson", "a.JSONL", "a.jsonl.gz", "a.ndjson.gz"])
def test_a_name_that_says_json_lines_is_read_line_by_line(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    data = DOCUMENT.encode()
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    reg = read(path)  # the object on line 2 is a record; the brackets are broken lines
    assert [(e.name, e.row) for e in reg.entries] == [("Chè", 2)]
    assert [(e.row, e.text.text("en")) for e in reg.report.rejected] == [
        (1, "broken JSON line"),
        (3, "broken JSON line"),
    ]
    assert [(e.name, e.row) for e in read(path, format="json").entries] == [("Chè", 1)]


@pytest.mark.parametrize("name", ["a.xlsx", "a.xlsm", "B.XLSX"])
def test_a_name_that_says_excel_needs_a_workbook(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(SMALL, encoding="utf-8")
    assert _refused(path) == (
        f"{path}: định dạng 'xlsx' không được hỗ trợ\n{path}: unsupported format 'xlsx'"
    )


def test_a_workbook_read_as_one_and_named_in_its_errors(tmp_path: Path) -> None:
    data = _workbook()
    reg = read(io.BytesIO(data), format="xlsx", sheet="Sổ 2024", province="Lâm Đồng (cũ)")
    assert [e.name for e in reg.entries] == ["Chè", "Rượu"]  # 3.5 stars: rejected
    path = tmp_path / "s.xlsx"
    path.write_bytes(data)
    with pytest.raises(MissingColumnsError) as caught:
        read(path)  # the first sheet has no header
    assert caught.value.message("en").startswith(f"{path}: required columns missing:")


def test_bytes_that_cannot_be_read() -> None:
    class Broken(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            if size:
                raise OSError("boom")
            return b""

    assert _refused(Broken()) == (
        "<stream>: không đọc được tệp (boom)\n<stream>: cannot read the file (boom)"
    )
    assert _refused(io.BytesIO(b"\x00\x00\x00\x00")) == (
        f"<stream>: tệp trống; {EXPECTED_VI}\n<stream>: the file is empty; {EXPECTED_EN}"
    )
    assert "Columns in the file: 'XX'." in _refused(io.BytesIO(b"XX"))


def test_bytes_keep_a_line_break_inside_a_value_and_are_read_past_the_first_buffer() -> None:
    data = 'Tên sản phẩm,Hạng sao,Tỉnh\r\n"Chè\r\nngon",4,Hà Nội\r\n'.encode()
    assert [e.name for e in read(io.BytesIO(data)).entries] == ["Chè\r\nngon"]
    rows = "".join(f"Chè {k},4,Hà Nội\n" for k in range(1_000))
    data = ("Tên sản phẩm,Hạng sao,Tỉnh\n" + rows).encode()
    assert len(data) > 16_384
    reg = read(io.BytesIO(data))
    assert [e.name for e in reg.entries] == [f"Chè {k}" for k in range(1_000)]


def test_a_record_without_a_province_key_names_the_column_without_a_value() -> None:
    reg = _json_register([{"name": "A", "star": 4, "province": "Hà Nội"}, {"name": "B", "star": 4}])
    assert [e.message("en") for e in reg.report.rejected] == [
        "row 2, column Tỉnh: the province is empty"
    ]


def test_an_encoding_that_is_not_recognised() -> None:
    assert _refused(io.BytesIO(b"Ten,\x81\x8d\n")) == (
        "<stream>: không nhận ra bảng mã của tệp; hãy lưu lại bằng Excel dưới dạng "
        '"CSV UTF-8 (Comma delimited)" hoặc giữ nguyên tệp .xlsx\n'
        "<stream>: the file's encoding is not recognised; save it from Excel as "
        '"CSV UTF-8 (Comma delimited)", or keep the .xlsx file'
    )


def test_utf8_cut_mid_letter_by_the_first_four_kilobytes() -> None:
    head = SMALL.encode() + b"Ch"
    data = head + b"x" * (4095 - len(head)) + "ộ,4,Hà Nội\n".encode()
    assert data[4095:4096] == "ộ".encode()[:1]
    reg = read(io.BytesIO(data))
    assert [e.name[-3:] for e in reg.entries] == ["ong", "xxộ"]


def test_a_csv_line_over_the_limit_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_LINE_CHARS", 150)
    monkeypatch.setattr(line_reading, "MAX_LINE_CHARS", 150)
    reg = read(
        io.StringIO("Tên sản phẩm,Hạng sao,Tỉnh\n" + "x" * 200 + ",4,Hà Nội\nChè,4,Hà Nội\n")
    )
    assert [(e.name, e.row) for e in reg.entries] == [("Chè", 3)]
    [bad] = reg.report.rejected
    assert (bad.row, bad.column, bad.value) == (2, None, None)
    assert (bad.text.text("vi"), bad.text.text("en")) == (
        "dòng dài quá giới hạn 150 ký tự",
        "the line is over the limit of 150 characters",
    )


@pytest.mark.parametrize(
    ("cells", "kind"),
    [
        (["", "Tổng abcdefghi", "", ""], "heading"),  # "tong…" of 13 letters: not a total
        (["", "Tổng abcdefgh", "", ""], "total"),  # of 12: a total
        (["", "Tổng cộng", "4a", "x", "y"], None),  # a class that starts with a digit
        (["", "Tổng cộng", "a4", "x", "y"], "total"),
        (["I", "A", "", "C", "D"], None),  # a numbering and three more texts
        (["I", "A", "", "C"], "heading"),  # and two
    ],
)
def test_the_bounds_of_a_total_and_a_heading(cells: list[str], kind: str | None) -> None:
    assert row_kind(cells, header_map(H1, {}), [fold(h) for h in H1]) == kind


def test_the_newest_tree_is_looked_for_newest_first(other_rule_set: RuleSet) -> None:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["ruleset"].update(signed="2027-01-01", effective="2027-01-01")  # newer, without a tree
    example = custom.load(doc)
    ocop.rules.register(other_rule_set)
    ocop.rules.register(example)
    try:
        assert [r.id for r in ocop.rules.all()][-2:] == [OTHER, example.id]
        assert classification_for(None).product_set(2).group == "I.2"
    finally:
        ocop.rules.unregister(example.id)
        ocop.rules.unregister(OTHER)


def test_the_closest_headers_go_down_to_half_alike() -> None:
    # "ghichu" and "diachichuthe" are 53 % alike; "Tên sản phẩm" is found, so never a hint
    with pytest.raises(MissingColumnsError) as caught:
        read(io.StringIO("Tên sản phẩm,Ghi chú\nA,b\n"))
    assert caught.value.message("en") == (
        "<stream>: required columns missing: Stars, Province. Columns in the file: "
        "'Tên sản phẩm', 'Ghi chú'. Closest: địa chỉ chủ thể. Use "
        'columns={"header": "key"} to name a column.'
    )


def test_a_hint_never_names_a_column_already_found() -> None:
    # "Tên SP" is read as the product's name; its own spelling is no hint for what is missing
    with pytest.raises(MissingColumnsError) as caught:
        read(io.StringIO("Tên SP,Ten san pham moi\nA,b\n"))
    assert caught.value.close == ()


def test_an_address_on_both_maps_is_refused_under_its_own_column() -> None:
    text = (
        'Tên sản phẩm,Hạng sao,Địa chỉ\nA,4,"thôn 1, tỉnh Lâm Đồng"\nB,,"thôn 1, tỉnh Đắk Nông"\n'
    )
    reg = read(io.StringIO(text))
    assert reg.entries == ()
    assert [(e.row, e.column, e.value) for e in reg.report.rejected] == [
        (2, "Địa chỉ", "thôn 1, tỉnh Lâm Đồng"),
        (3, "Hạng sao", ""),
    ]
    assert reg.report.rejected[0].text.text("en") == BOTH_MAPS[1]
    assert [e.text.text("vi") for e in reg.report.rejected][1:] == ["thiếu hạng sao"]
    assert [e.text.text("en") for e in reg.report.rejected][1:] == ["the star class is empty"]


@pytest.mark.parametrize(
    ("text", "rank"),
    [("★ ★ ★", Rank.THREE), ("* * * *", Rank.FOUR), (" 5 ", Rank.FIVE), ("4 SAO", Rank.FOUR)],
)
def test_a_class_written_with_spaces(text: str, rank: Rank) -> None:
    assert read_rank(text) is rank


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("  ", "trống", "empty"),
        (
            "1 sao",
            "sản phẩm 1 sao không được công nhận (sổ chỉ ghi từ 3 sao)",
            "a 1★ product is not recognised (a register lists 3★ and up)",
        ),
        (
            "2",
            "sản phẩm 2 sao không được công nhận (sổ chỉ ghi từ 3 sao)",
            "a 2★ product is not recognised (a register lists 3★ and up)",
        ),
        ("6", "hạng sao 6 không tồn tại (1–5)", "there is no 6★ class (1–5)"),
    ],
)
def test_a_class_that_is_not_recognised(text: str, vi: str, en: str) -> None:
    assert _bad(read_rank, text) == (vi, en)


def test_only_the_values_over_the_limit_are_named_under_the_file_s_headers() -> None:
    text = f"Tên SP,Hạng sao,Tỉnh,Chủ thể\n{'a' * 10_000},4,Hà Nội,{'b' * 10_001}\n"
    reg = read(io.StringIO(text))
    assert [(e.row, e.column, e.value) for e in reg.report.rejected] == [(2, "Chủ thể", "b" * 80)]
    text = f"Tên SP,Hạng sao,Tỉnh\n{'b' * 10_001},4,Hà Nội\n"
    assert [e.column for e in read(io.StringIO(text)).report.rejected] == ["Tên SP"]


def test_bytes_that_stop_decoding_part_way() -> None:
    rows = "".join(f"Chè {k},4,Hà Nội\n" for k in range(300))
    data = ("Tên sản phẩm,Hạng sao,Tỉnh\n" + rows).encode() + b"Bad \xff\xfe,4,H\n"
    assert _refused(io.BytesIO(data)) == (
        "<stream>: không đọc được theo bảng mã utf-8 ở dòng 302; hãy lưu lại bằng Excel "
        'dưới dạng "CSV UTF-8 (Comma delimited)" hoặc giữ nguyên tệp .xlsx\n'
        "<stream>: cannot be decoded as utf-8 at line 302; save it from Excel as "
        '"CSV UTF-8 (Comma delimited)", or keep the .xlsx file'
    )  # the header, 300 rows, then the line that breaks


def test_a_gzip_file_cut_part_way() -> None:
    letters = random.Random(7)
    rows = "".join(
        "".join(letters.choice(string.ascii_lowercase) for _ in range(40)) + ",4,Hà Nội\n"
        for _ in range(500)
    )
    packed = gzip.compress(("Tên sản phẩm,Hạng sao,Tỉnh\n" + rows).encode(), mtime=0)
    reason = "Compressed file ended before the end-of-stream marker was reached"
    cut = packed[: len(packed) * 6 // 10]
    readable = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(cut)
    broken = readable.count(b"\n") + 1  # the whole lines before the cut, then the broken one
    assert 100 < broken < 400
    assert _refused(io.BytesIO(cut)) == (
        f"<stream>: tệp hỏng ở dòng {broken} ({reason})\n"
        f"<stream>: the file is broken at line {broken} ({reason})"
    )


# -- a text's kind by its first line, its lines and its header --------------------------------

ONE = '{"name": "Chè", "star": 4, "province": "Hà Nội"}'


def test_a_text_s_kind_is_read_from_its_first_line() -> None:
    for text in (f"[{ONE}]", f"  [{ONE}]", f"{ONE}\n"):
        assert [(e.name, e.row) for e in read(io.StringIO(text)).entries] == [("Chè", 1)]
    # a BOM before the bracket (as a text stream gives it): still JSON, the BOM left out
    for text in (f"\ufeff[{ONE}]", f"\ufeff\n[{ONE}]"):
        assert [e.name for e in read(io.StringIO(text)).entries] == ["Chè"]


def test_bare_carriage_returns_end_lines() -> None:
    reg = read(io.StringIO("Tên sản phẩm,Hạng sao,Tỉnh\rChè,4,Hà Nội\nCam,3,Hà Nội\n"))
    assert [(e.name, e.row) for e in reg.entries] == [("Chè", 2), ("Cam", 3)]
    reg = read(io.StringIO("Tên sản phẩm,Hạng sao,Tỉnh\nChè,4,Hà Nội\rA\nCam,3,Hà Nội\n"))
    assert [(e.name, e.row) for e in reg.entries] == [("Chè", 2), ("Cam", 4)]
    assert reg.report.skipped == {"heading": [3]}


def test_utf8_text_is_kept_as_written() -> None:
    decomposed = unicodedata.normalize("NFD", "Mật ong")
    data = ("Tên sản phẩm,Hạng sao,Tỉnh\n" + decomposed + ",4,Hà Nội\n").encode()
    assert [e.name for e in read(io.BytesIO(data)).entries] == [decomposed]


def test_a_text_file_opened_with_the_wrong_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(SMALL, encoding="utf-8")
    with path.open(encoding="ascii") as handle:
        assert _refused(handle) == (
            f"{path}: không đọc được theo bảng mã ? (sau dòng 1); hãy lưu lại bằng Excel dưới "
            'dạng "CSV UTF-8 (Comma delimited)" hoặc giữ nguyên tệp .xlsx\n'
            f"{path}: cannot be decoded as ? (after line 1); save it from Excel as "
            '"CSV UTF-8 (Comma delimited)", or keep the .xlsx file'
        )


def test_a_line_of_the_limit_and_one_over_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_LINE_CHARS", 150)
    monkeypatch.setattr(line_reading, "MAX_LINE_CHARS", 150)
    end = ",4,Hà Nội"
    at = "x" * (150 - len(end)) + end
    over = "y" * (151 - len(end)) + end
    text = f"Tên sản phẩm,Hạng sao,Tỉnh\n{at}\n{over}\nCam,3,Hà Nội\n{at}"
    reg = read(io.StringIO(text))
    assert [(e.name[:1], e.row) for e in reg.entries] == [("x", 2), ("C", 4), ("x", 5)]
    assert [(e.row, e.text.text("en")) for e in reg.report.rejected] == [
        (3, "the line is over the limit of 150 characters")
    ]
    # a title line over the limit is a title row
    reg = read(io.StringIO("TITLE " + "z" * 200 + "\nDANH SÁCH\n" + SMALL))
    assert (reg.report.title_rows, reg.report.header_row) == (2, 3)
    assert [(e.name, e.row) for e in reg.entries] == [("Mật ong", 4)]


def test_the_header_is_the_first_row_naming_the_product_and_another_column() -> None:
    reg = read(io.StringIO("Hạng sao,Tỉnh\n" + SMALL))
    assert (reg.report.title_rows, reg.report.header_row) == (1, 2)
    reg = read(io.StringIO("Tên sản phẩm,Hạng sao\nChè,4\n"), province="Hà Giang")
    assert (reg.report.header_row, [e.name for e in reg.entries]) == (1, ["Chè"])
    reg = read(io.StringIO("\n" * 29 + SMALL))
    assert (reg.report.title_rows, reg.report.header_row) == (29, 30)
    wide = ",".join(["Tên sản phẩm", "Hạng sao"] + ["x"] * 998)  # 1000 columns: the limit
    assert len(read(io.StringIO(wide + "\nChè,4\n"), province="Hà Giang").entries) == 1


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("\n" * 30 + SMALL, "—"),  # the header is looked for in the first 30 rows
        ("a,b,c\nd,e\n", "'a', 'b', 'c'"),  # the row with the most text
        ("a,b\nc,d\n", "'a', 'b'"),  # the first of two alike
        ("a\nb,c\n", "'b', 'c'"),
    ],
)
def test_a_table_without_a_header_shows_its_likeliest_row(text: str, found: str) -> None:
    with pytest.raises(MissingColumnsError) as caught:
        read(io.StringIO(text))
    assert caught.value.message("en").startswith(
        f"<stream>: required columns missing: Product, Stars, Province. Columns in the file: "
        f"{found}."
    )


def test_a_likeliest_row_with_an_address_needs_no_province() -> None:
    with pytest.raises(MissingColumnsError) as caught:
        read(io.StringIO("Hạng sao,Địa chỉ\nx,y\n"))
    assert caught.value.message("en") == (
        "<stream>: required columns missing: Product. Columns in the file: 'Hạng sao', "
        '\'Địa chỉ\'. Use columns={"header": "key"} to name a column.'
    )


def test_a_row_over_the_column_limit_and_cells_beyond_the_header() -> None:
    wide = "Chè,4,Hà Nội," + ",".join(["x"] * 999)  # 1002 cells
    extra = "Cam,3,Hà Nội," + "a" * 50 + ",," + "b" * 50
    text = f"Tên sản phẩm,Hạng sao,Tỉnh\n{wide}\n{extra}\nBưởi,3,Hà Nội\n"
    reg = read(io.StringIO(text))
    assert [e.name for e in reg.entries] == ["Cam", "Bưởi"]
    assert (reg.report.read, reg.report.balanced) == (3, True)
    [wide_row] = reg.report.rejected
    assert (wide_row.row, wide_row.column, wide_row.value) == (2, None, None)
    assert (wide_row.text.text("vi"), wide_row.text.text("en")) == (
        "dòng có 1002 ô, quá giới hạn 1000",
        "the row has 1002 cells, over the limit of 1000",
    )
    [beyond] = reg.report.warnings
    assert (beyond.row, beyond.column, beyond.value) == (3, None, ("a" * 50 + "; " + "b" * 50)[:80])
    assert (beyond.text.text("vi"), beyond.text.text("en")) == (
        "2 ô ngoài các cột của dòng tiêu đề bị bỏ qua",
        "2 cells beyond the header's columns ignored",
    )


def test_a_short_row_below_the_total_is_a_footer() -> None:
    reg = read(
        io.StringIO("Tên sản phẩm,Tỉnh,Hạng sao\nChè,Hà Nội,4\nTổng cộng,,1\nKý tên,Giám đốc\n")
    )
    assert reg.report.skipped == {"total": [3], "footer": [4]}


def test_bad_records_count_as_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_LINE_CHARS", 150)
    monkeypatch.setattr(line_reading, "MAX_LINE_CHARS", 150)
    reg = read(io.StringIO(SMALL + "z" * 200 + "\nCam,3,Hà Nội\n"))
    assert (reg.report.read, reg.report.kept, reg.report.rejected_rows) == (3, 2, (3,))


def test_a_mapping_of_an_empty_header_maps_nothing() -> None:
    reg = read(
        io.StringIO("Tên sản phẩm,Hạng sao,Tỉnh,\nChè,4,Hà Nội,HTX\n"), columns={"": "producer"}
    )
    assert [(e.name, e.producer) for e in reg.entries] == [("Chè", None)]


def test_an_error_shows_forty_of_the_file_s_columns() -> None:
    with pytest.raises(MissingColumnsError) as caught:
        read(io.StringIO(",".join(f"c{k}" for k in range(45)) + "\n"))
    shown = ", ".join(f"'c{k}'" for k in range(40))
    assert caught.value.message("en") == (
        "<stream>: required columns missing: Product, Stars, Province. Columns in the file: "
        f'{shown}. Use columns={{"header": "key"}} to name a column.'
    )


def test_an_open_file_and_a_path_give_their_name(tmp_path: Path) -> None:
    path = tmp_path / "sổ.csv"
    path.write_text(SMALL, encoding="utf-8")
    with path.open(encoding="utf-8", newline="") as handle:
        assert read(handle).report.source == str(path)
    with path.open("rb") as raw:
        assert read(raw).report.source == str(path)
    assert _refused(path, province="Atlantis").startswith(f"{path}: Không tìm thấy tỉnh 'Atlantis'")
    assert [e.name for e in stream(io.StringIO(SMALL))] == ["Mật ong"]


def test_a_row_number_past_four_billion_is_kept_as_the_largest() -> None:
    seen = CodeSet()
    code = ProductCode("19", "01849", 1, 2026)
    seen.add(code, 2**40)
    assert seen.first_row(code) == 0xFFFFFFFF


def _undecodable(first: str) -> bytes:
    rows = "".join(f"Chè {k},4,Hà Nội\n" for k in range(300))
    return (first + rows).encode() + b"Bad \xff\xfe,4,H\n"


def test_lines_are_counted_through_split_and_over_long_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    line = "cannot be decoded as utf-8 at line {}"
    message = _refused(io.BytesIO(_undecodable("Tên sản phẩm,Hạng sao,Tỉnh\r")))
    assert line.format(302) in message  # the header (a bare "\r"), 300 rows, then the fault
    monkeypatch.setattr(sources, "MAX_LINE_CHARS", 150)
    monkeypatch.setattr(line_reading, "MAX_LINE_CHARS", 150)
    message = _refused(io.BytesIO(_undecodable("x" * 200 + "\nTên sản phẩm,Hạng sao,Tỉnh\n")))
    assert line.format(303) in message  # a line too long still counts as a line
    # bytes that cannot be decoded in the part of a long line that is dropped
    data = (SMALL + "y" * 9_000).encode() + b"\xff\xfe" + b"z" * 100 + b"\nCam,3,H\n"
    assert "cannot be decoded as utf-8 at line 3;" in _refused(io.BytesIO(data))
    # two title lines over the limit
    reg = read(io.StringIO("A" * 200 + "\n" + "B" * 200 + "\n" + SMALL))
    assert (reg.report.title_rows, reg.report.header_row) == (2, 3)


def test_a_row_of_exactly_the_column_limit_is_read() -> None:
    row = "Chè,4,Hà Nội," + ",".join(["x"] * 997)  # 1000 cells
    reg = read(io.StringIO("Tên sản phẩm,Hạng sao,Tỉnh\n" + row + "\n"))
    assert [e.name for e in reg.entries] == ["Chè"]
    assert [w.text.text("en") for w in reg.report.warnings] == [
        "997 cells beyond the header's columns ignored"
    ]


def test_a_first_line_starting_with_x_is_a_table() -> None:
    reg = read(io.StringIO("X[1],Tên sản phẩm,Hạng sao,Tỉnh\n,Chè,4,Hà Nội\n"))
    assert [e.name for e in reg.entries] == ["Chè"]


def test_a_large_whole_number_in_a_sheet_is_written_out() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["a", 4.0, 1e20, 2.5])
    out = io.BytesIO()
    book.save(out)
    records = list(xlsx_records(io.BytesIO(out.getvalue()), "x", None, lambda: None))
    assert records == [(1, ["a", "4", "100000000000000000000", "2.5"])]


def test_lines_split_at_bare_carriage_returns_are_counted(tmp_path: Path) -> None:
    rows = "".join(f"Chè {k},4,Hà Nội\n" for k in range(1_000))
    path = tmp_path / "a.csv"
    data = ("Tên sản phẩm,Hạng sao,Tỉnh\rChè,4,Hà Nội\n" + rows).encode() + b"Bad \xff\xfe,4,H\n"
    path.write_bytes(data)
    with path.open(encoding="utf-8", newline="\n") as handle:  # lines end at "\n" only
        # a text stream cannot be read again: the fault is placed after the lines read
        assert "cannot be decoded as ? (after line 1)" in _refused(handle)


def test_a_rule_set_without_a_tree_is_classified_with_the_newest_tree() -> None:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["ruleset"].update(signed="2027-01-01", effective="2027-01-01")  # newest, without a tree
    example = custom.load(doc)
    ocop.rules.register(example)
    try:
        assert example.classification is None or not example.classification.product_sets()
        assert classification_for(example.id) is ocop.rules.get("26/2026").classification
        text = f"Tên sản phẩm,Hạng sao,Tỉnh,Bộ sản phẩm,Bộ tiêu chí\nA,4,Hà Nội,2,{example.id}\n"
        (entry,) = read(io.StringIO(text)).entries
        assert entry.product_set == 2
    finally:
        ocop.rules.unregister(example.id)
