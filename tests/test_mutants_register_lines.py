"""A register's physical lines on their edges: where a fault is placed (in a line too long, in a
text stream that cannot be read again, in a gzip file, in a stream that fails once, right after a
line end), a line too long that spans several reads, cells holding line-like control characters,
the last line without its end in UTF-8 and in cp1258, and a repeated header whose star column is
named with a digit."""

from __future__ import annotations

import gzip
import io
import unicodedata
from pathlib import Path

import pytest

from ocop.errors import RegisterFormatError
from ocop.register import lines as line_reading
from ocop.register import read, sources

HEAD = "Tên sản phẩm,Hạng sao,Tỉnh\n"
SAVE_AS_VI = (
    'hãy lưu lại bằng Excel dưới dạng "CSV UTF-8 (Comma delimited)" hoặc giữ nguyên tệp .xlsx'
)
SAVE_AS_EN = 'save it from Excel as "CSV UTF-8 (Comma delimited)", or keep the .xlsx file'


def _refused(source: object) -> str:
    with pytest.raises(RegisterFormatError) as caught:
        read(source)  # type: ignore[arg-type]
    return str(caught.value)


def _short_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_LINE_CHARS", 150)
    monkeypatch.setattr(line_reading, "MAX_LINE_CHARS", 150)


# -- a line too long that spans several reads --------------------------------------------------


def test_a_fault_inside_a_line_too_long_names_that_line(monkeypatch: pytest.MonkeyPatch) -> None:
    _short_lines(monkeypatch)
    data = (HEAD + "Chè,4,Hà Nội\n" + "y" * 40_000).encode() + b"\xff" + b"z" * 10 + b"\nCam,3,H\n"
    expected = "<stream>: tệp hỏng ở dòng 3\n<stream>: the file is broken at line 3"
    assert _refused(io.BytesIO(data)) == expected  # the bytes read again: the line counted
    # a text stream cannot be read again: the line is the last one given, the one too long
    assert _refused(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")) == expected


def test_a_line_too_long_over_several_reads_is_one_rejected_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _short_lines(monkeypatch)
    text = HEAD + "Chè,4,Hà Nội\n" + "y" * 40_000 + "\nCam,3,Hà Nội\n"
    reg = read(io.StringIO(text))
    assert [(e.name, e.row) for e in reg.entries] == [("Chè", 2), ("Cam", 4)]
    assert [(e.row, e.text.text("vi"), e.text.text("en")) for e in reg.report.rejected] == [
        (3, "dòng dài quá giới hạn 150 ký tự", "the line is over the limit of 150 characters")
    ]
    assert (reg.report.read, reg.report.balanced) == (3, True)


# -- where a fault is placed -------------------------------------------------------------------

ROWS = "".join(f"Chè {k},4,Hà Nội\n" for k in range(3000))


def test_a_text_stream_places_its_fault_after_the_lines_given() -> None:
    data = (HEAD + ROWS).encode() + b"Bad \xff,4,H\n"
    handle = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="")
    assert _refused(handle) == (
        f"<stream>: không đọc được theo bảng mã ? (sau dòng 2792); {SAVE_AS_VI}\n"
        f"<stream>: cannot be decoded as ? (after line 2792); {SAVE_AS_EN}"
    )  # the lines of the reads before the one that failed, in pieces of 16,384 characters


def test_a_cp1258_file_is_counted_in_cp1258_up_to_its_fault() -> None:
    rows = b"".join(b"M\xe2\xf2t ong %d,4,Ha Noi\n" % k for k in range(400))
    data = b"Ten san pham,Hang sao,Tinh\n" + rows + b"Bad \x81,4,H\n"
    assert _refused(io.BytesIO(data)) == (
        f"<stream>: không đọc được theo bảng mã cp1258 ở dòng 402; {SAVE_AS_VI}\n"
        f"<stream>: cannot be decoded as cp1258 at line 402; {SAVE_AS_EN}"
    )


@pytest.mark.parametrize("pad", ["", "x"])
def test_a_fault_right_after_a_line_end_is_on_the_next_line(pad: str) -> None:
    prefix = (HEAD + f"Chè{pad},4,Hà Nội\n" + ROWS[:20_000]).encode()
    prefix = prefix[: prefix.rindex(b"\n") + 1]
    lines = prefix.count(b"\n")
    data = prefix + b"\xff,4,H\n"
    assert _refused(io.BytesIO(data)) == (
        f"<stream>: không đọc được theo bảng mã utf-8 ở dòng {lines + 1}; {SAVE_AS_VI}\n"
        f"<stream>: cannot be decoded as utf-8 at line {lines + 1}; {SAVE_AS_EN}"
    )


def test_a_fault_in_a_gzip_file_opened_for_appending(tmp_path: Path) -> None:
    path = tmp_path / "sổ.csv.gz"
    rows = "".join(f"Chè {k},4,Hà Nội\n" for k in range(400))
    path.write_bytes(gzip.compress((HEAD + rows).encode() + b"Bad \xff,4,H\n", mtime=0))
    size = path.stat().st_size
    with path.open("a+b") as handle:
        handle.seek(0)
        assert _refused(handle) == (
            f"{path}: không đọc được theo bảng mã utf-8 ở dòng 402; {SAVE_AS_VI}\n"
            f"{path}: cannot be decoded as utf-8 at line 402; {SAVE_AS_EN}"
        )
    assert path.stat().st_size == size  # the file is only read


class _FailingOnce(io.BytesIO):
    """A stream whose read fails once past ``at`` (a network drive that drops a request)."""

    def __init__(self, data: bytes, at: int) -> None:
        super().__init__(data)
        self.at = at
        self.failed = False

    def read(self, size: int | None = -1) -> bytes:
        if not self.failed and self.tell() >= self.at:
            self.failed = True
            raise OSError("the network dropped the request")
        return super().read(size)


def test_a_read_that_fails_once_is_placed_after_the_whole_lines_read_again() -> None:
    data = (HEAD + ROWS + "Cam,3,Hà Nội").encode()  # the last line without its end
    assert _refused(_FailingOnce(data, 30_000)) == (
        "<stream>: tệp hỏng ở dòng 3002 (the network dropped the request)\n"
        "<stream>: the file is broken at line 3002 (the network dropped the request)"
    )


# -- what a line holds -------------------------------------------------------------------------


def test_vertical_tabs_and_form_feeds_stay_in_their_cell() -> None:
    reg = read(io.StringIO("Tên sản phẩm,Hạng sao,Tỉnh\r\nChè\v1\f2,4,Hà Nội"))
    assert [(e.name, e.row) for e in reg.entries] == [("Chè\v1\f2", 2)]
    assert (reg.report.read, reg.report.rejected) == (1, [])


def test_a_last_line_without_its_end_keeps_its_utf8_text_as_written() -> None:
    decomposed = unicodedata.normalize("NFD", "Mật ong")
    reg = read(io.BytesIO((HEAD + decomposed + ",4,Hà Nội").encode()))
    assert [e.name for e in reg.entries] == [decomposed]


def test_a_last_line_without_its_end_is_composed_in_cp1258() -> None:
    data = b"Ten san pham,Hang sao,Tinh\nM\xe2\xf2t ong,4,Ha Noi\nM\xe2\xf2t ong,3,Ha Noi"
    names = [e.name for e in read(io.BytesIO(data)).entries]
    assert names == ["Mật ong", "Mật ong"]
    assert [unicodedata.is_normalized("NFC", name) for name in names] == [True, True]
    assert [len(name) for name in names] == [7, 7]


# -- a repeated header -------------------------------------------------------------------------


def test_a_repeated_header_whose_star_column_starts_with_a_digit_is_skipped() -> None:
    text = "Tên sản phẩm,5 hạng,Tỉnh\nChè,4,Hà Giang\nTên sản phẩm,5 hạng,Tỉnh\nMiến,3,Hà Giang\n"
    reg = read(io.StringIO(text), columns={"5 hạng": "star"})
    assert [(e.name, e.row) for e in reg.entries] == [("Chè", 2), ("Miến", 4)]
    assert (reg.report.skipped, reg.report.rejected) == ({"header": [3]}, [])
    assert reg.report.summary("en").split("\n") == [
        "<stream>: read 3 rows, kept 2, rejected 0, skipped 1, warned 0.",
        "  skipped 1 repeated header row: 3",
    ]
