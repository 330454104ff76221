"""Fuzzing the register import: whatever the bytes, an ``OcopError`` or a correct result.

A correct result accounts for every record (``kept + rejected + skipped == read``). The default
run tries a few hundred inputs; ``OCOP_FUZZ=long pytest tests/test_register_fuzz.py`` tries
many more (for releases).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ocop.errors import OcopError
from ocop.register import read

EXAMPLES = 2_000 if os.environ.get("OCOP_FUZZ") == "long" else 60
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HEADERS = [
    "Tên sản phẩm",
    "Hạng sao",
    "Tỉnh",
    "Ngày quyết định",
    "Mã sản phẩm",
    "STT",
    "Địa chỉ",
    "Bộ sản phẩm",
    "Năm",
    "Ngành",
    "Bộ tiêu chí",
    "Loại hình chủ thể",
    "Huyện",
]
CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            "4 sao",
            "★★★",
            "Hà Nội",
            "Lâm Đồng (cũ)",
            "31/02/2024",
            "2024-06-05",
            "Tổng cộng",
            "I",
            "19-01849-1-2026",
            "huyện Châu Thành",
            "Bộ sản phẩm",
            "²",
            "9" * 60,
            "9" * 5000,
            "19-01849-1-" + "2" * 5000,
        ]
    ),
    st.text(max_size=30),
)


def _check(source: object, **options: object) -> None:
    try:
        reg = read(source, **options)  # type: ignore[arg-type]
    except OcopError:
        return
    assert reg.report.balanced, reg.report.summary("en")
    assert len(reg.entries) == reg.report.kept


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes(data: bytes) -> None:
    _check(io.BytesIO(data))


@FUZZ
@given(
    st.lists(st.sampled_from(HEADERS), min_size=1, max_size=7),
    st.lists(st.lists(CELLS, max_size=9), max_size=8),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_tables(header: list[str], rows: list[list[str]], sep: str, end: str) -> None:
    lines = [sep.join(header), *(sep.join(r) for r in rows)]
    text = end.join(lines) + end
    _check(io.StringIO(text), province="Hà Nội")
    for encoding in ("utf-8-sig", "utf-16"):
        _check(io.BytesIO(text.encode(encoding, "surrogatepass")))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@FUZZ
@given(
    st.lists(
        st.one_of(
            JSON_VALUES, st.fixed_dictionaries({"name": CELLS, "star": CELLS, "province": CELLS})
        ),
        max_size=6,
    )
)
def test_json_documents_and_lines(records: list[object]) -> None:
    _check(io.StringIO(json.dumps(records)), format="json")
    _check(io.StringIO(json.dumps({"entries": records})), format="json")
    _check(io.StringIO("\n".join(json.dumps(r) for r in records) + "\n{broken"), format="jsonl")


XLSX_CELLS = st.one_of(
    st.none(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1)),
    CELLS,
)


@settings(max_examples=max(10, EXAMPLES // 4), deadline=None)
@given(
    st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6),
    st.lists(st.lists(XLSX_CELLS, max_size=7), max_size=6),
    st.integers(min_value=0, max_value=3),
)
def test_workbooks(header: list[str], rows: list[list[object]], title_rows: int) -> None:
    import openpyxl  # type: ignore[import-untyped,unused-ignore]
    from openpyxl.utils.exceptions import (  # type: ignore[import-untyped,unused-ignore]
        IllegalCharacterError,
    )

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    try:
        for k in range(title_rows):
            sheet.append([f"DANH SÁCH {k}"])
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        data = io.BytesIO()
        book.save(data)
    except (IllegalCharacterError, ValueError, TypeError):  # not writable in a workbook
        return
    _check(io.BytesIO(data.getvalue()))
