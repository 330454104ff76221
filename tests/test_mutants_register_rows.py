"""Reading rows and recognising files, on their edges: a header repeated in capitals is
skipped, one unreadable optional value is warned about and left out whatever it is, UTF-16
without a byte-order mark is told by where its zero bytes fall, and a stream that cannot seek
is read as a file is."""

from __future__ import annotations

import gzip
import io
from typing import Any

import pytest

from ocop.errors import RegisterFormatError
from ocop.register import read
from ocop.register.io import default_place
from ocop.register.sources import _encoding


def test_a_header_repeated_in_capitals_is_skipped_as_a_header() -> None:
    header = "STT,Tên sản phẩm,Hạng sao,Tỉnh,Ngày quyết định\n"
    text = (
        header
        + "1,Trà A,3,Hà Nội,01/02/2020\n"
        + "STT,TÊN SẢN PHẨM,HẠNG SAO,TỈNH,NGÀY QUYẾT ĐỊNH\n"
        + "2,Trà B,4,Hà Nội,01/02/2020\n"
    )
    register = read(io.StringIO(text))
    report = register.report
    assert [e.name for e in register] == ["Trà A", "Trà B"]
    assert (report.read, report.kept) == (3, 2)
    assert report.skipped == {"header": [3]}
    assert report.rejected == []
    assert report.warnings == []


def test_one_unreadable_optional_value_is_warned_about_and_left_out() -> None:
    text = (
        "name,star,province,decided,revoked,year,rule_set,sector\n"
        "A,3,Hà Nội,01/02/2020,abc,,,\n"
        "B,3,Hà Nội,01/02/2020,,20x,,\n"
        "C,3,Hà Nội,01/02/2020,,,zz,\n"
        "D,3,Hà Nội,01/02/2020,,,,ngành lạ\n"
    )
    register = read(io.StringIO(text))
    report = register.report
    assert (report.read, report.kept, report.rejected) == (4, 4, [])
    assert [(w.row, w.column, w.value, w.message("en")) for w in report.warnings] == [
        (
            2,
            "revoked",
            "abc",
            "row 2, column revoked ('abc'): cannot read the date 'abc' "
            "(use 31/10/2020 or 2020-10-31)",
        ),
        (3, "year", "20x", "row 3, column year ('20x'): invalid year: '20x'"),
        (
            4,
            "rule_set",
            "zz",
            "row 4, column rule_set ('zz'): Unknown rule set 'zz'. "
            "Known: 1048/QĐ-TTg, 148/QĐ-TTg, 26/2026/QĐ-TTg.",
        ),
        (
            5,
            "sector",
            "ngành lạ",
            "row 5, column sector ('ngành lạ'): sector 'ngành lạ' is none of the six of "
            "Phụ lục I (food, drinks, herbal, handicrafts, ornamental, tourism); "
            "1048-era sectors are not converted",
        ),
    ]
    assert [w.message("vi") for w in report.warnings] == [
        "dòng 2, cột revoked ('abc'): không đọc được ngày 'abc' (dùng 31/10/2020 hoặc 2020-10-31)",
        "dòng 3, cột year ('20x'): năm không hợp lệ: '20x'",
        "dòng 4, cột rule_set ('zz'): Không có bộ quy tắc 'zz'. "
        "Các bộ đã biết: 1048/QĐ-TTg, 148/QĐ-TTg, 26/2026/QĐ-TTg.",
        "dòng 5, cột sector ('ngành lạ'): ngành 'ngành lạ' không thuộc 6 ngành của Phụ lục I "
        "(Thực phẩm, Đồ uống, Dược liệu, Thủ công mỹ nghệ, Sinh vật cảnh, Dịch vụ du lịch); "
        "ngành theo 1048/QĐ-TTg không được quy đổi",
    ]
    assert [(e.name, e.revoked_on, e.year, e.rule_set, e.sector) for e in register] == [
        ("A", None, None, None, None),
        ("B", None, None, None, None),
        ("C", None, None, None, None),
        ("D", None, None, None, None),
    ]


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        ("Đà", "utf-16-be", "utf-16-be"),  # the one zero byte is at an even place
        ("ĀAB", "utf-16-le", "utf-16-le"),  # one zero at an even place, two at odd places
        ("AĀ", "utf-16-le", "utf-16-le"),  # as many zeros at even as at odd places
    ],
)
def test_utf16_without_a_byte_order_mark_by_where_its_zero_bytes_fall(
    text: str, codec: str, expected: str
) -> None:
    assert _encoding(text.encode(codec), "x.csv") == expected


class _Pipe(io.RawIOBase):
    """Bytes that can be read once, in order, as from a pipe: no seeking, no position."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._data.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _long_register(rows: int) -> bytes:
    lines = ["Tên sản phẩm,Hạng sao,Tỉnh,Ngày quyết định"]
    lines += [f"Sản phẩm số {k},3,Hà Nội,01/02/2020" for k in range(rows)]
    return ("\r\n".join(lines) + "\r\n").encode()


@pytest.mark.parametrize("packed", [False, True])
def test_a_long_file_from_a_stream_that_cannot_seek(packed: bool) -> None:
    data = _long_register(3000)  # about 120 kB: many reads past the sniffed head
    assert len(data) > 100_000
    pipe = io.BufferedReader(_Pipe(gzip.compress(data, mtime=0) if packed else data))
    assert not pipe.seekable()
    register = read(pipe)
    assert (register.report.read, register.report.kept) == (3000, 3000)
    assert [e.name for e in register][-1] == "Sản phẩm số 2999"


def test_a_fault_in_utf16_past_the_first_pieces_names_its_line() -> None:
    lines = ["Tên sản phẩm,Hạng sao,Tỉnh,Ngày quyết định"]
    lines += [f"Sản phẩm số {k},3,Hà Nội,01/02/2020" for k in range(2000)]
    data = ("\r\n".join(lines) + "\r\n").encode("utf-16")
    data += b"\x00\xd8" + "X,3,Hà Nội,01/02/2020\r\n".encode("utf-16-le")  # a lone surrogate
    with pytest.raises(RegisterFormatError) as caught:
        read(io.BytesIO(data))
    assert caught.value.message("vi") == (
        "<stream>: không đọc được theo bảng mã utf-16 ở dòng 2002; hãy lưu lại bằng Excel "
        'dưới dạng "CSV UTF-8 (Comma delimited)" hoặc giữ nguyên tệp .xlsx'
    )
    assert caught.value.message("en") == (
        "<stream>: cannot be decoded as utf-16 at line 2002; save it from Excel as "
        '"CSV UTF-8 (Comma delimited)", or keep the .xlsx file'
    )


def test_a_district_cell_is_kept_after_a_row_of_the_same_province_without_one() -> None:
    text = (
        "name,star,province,district,decided\n"
        "A,3,Đắk Nông,,01/02/2020\n"
        "B,3,Đắk Nông,Đắk Mil,01/02/2020\n"
        "C,3,Đắk Nông,,01/02/2020\n"
    )
    register = read(io.StringIO(text))
    assert (register.report.warnings, register.report.rejected) == ([], [])
    assert [(e.name, e.district) for e in register] == [("A", None), ("B", "Đắk Mil"), ("C", None)]
    assert [e.province.name if e.province else None for e in register] == ["Đắk Nông"] * 3


@pytest.mark.parametrize("packed", [False, True])
def test_the_encoding_is_told_by_the_first_4096_bytes_only(packed: bool) -> None:
    head = "Tên sản phẩm,Hạng sao,Tỉnh,Ngày quyết định\r\n".encode()
    row = b"Tra,3,Ha Noi,01/02/2020\r\n"
    body = head + row * ((4096 - len(head)) // len(row))
    body += b"x" * (4096 - len(body) - 2) + b"\r\n"
    assert len(body) == 4096
    data = body + b"\xff,3,Ha Noi,01/02/2020\r\n"  # byte 4097: not UTF-8
    with pytest.raises(RegisterFormatError) as caught:
        read(io.BytesIO(gzip.compress(data, mtime=0) if packed else data))
    assert caught.value.message("en") == (
        "<stream>: cannot be decoded as utf-8 at line 164; save it from Excel as "
        '"CSV UTF-8 (Comma delimited)", or keep the .xlsx file'
    )


def test_an_unknown_register_province_is_named_as_the_province_option() -> None:
    with pytest.raises(RegisterFormatError) as caught:
        default_place("Không Có")
    assert caught.value.message("en") == (
        "province: No province 'Không Có' among the 63 old provinces (until 30 Jun 2025). "
        "Did you mean: Đắk Nông, Vĩnh Long, Khánh Hòa?"
    )
    assert caught.value.message("vi") == (
        "province: Không tìm thấy tỉnh 'Không Có' trong 63 tỉnh cũ (đến 30/6/2025). "
        "Có phải: Đắk Nông, Vĩnh Long, Khánh Hòa?"
    )
