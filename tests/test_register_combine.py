"""Several registers combined, with duplicates found and reported; entries as DataFrames."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

import pytest

from ocop.errors import MissingExtraError, UsageError
from ocop.register import combine, read, to_dataframe

DATA = Path(__file__).parent / "data" / "registers"


def test_the_registers_of_merged_provinces_combined() -> None:
    lam_dong = read(DATA / "lam-dong-2025.xlsx")
    dak_nong = read(DATA / "dak-nong-unicode.txt")
    binh_thuan = read(DATA / "binh-thuan-cp1258.csv", province="Bình Thuận")
    ministry = read(DATA / "ministry-merged.csv", columns={"Ket_qua_sao": "star"})
    merged = combine(lam_dong, dak_nong, binh_thuan, ministry)
    total = sum(len(r) for r in (lam_dong, dak_nong, binh_thuan, ministry))
    assert len(merged.entries) + len(merged.duplicates) == total
    found = {(d.entry.name, d.by, d.first_source.rsplit("/", 1)[-1]) for d in merged.duplicates}
    # the same product and producer in the Lâm Đồng list and in the ministry's list
    assert ("Atiso Đà Lạt", "name-producer", "lam-dong-2025.xlsx") not in found
    assert ("Nước mắm Phan Thiết", "name-producer", "lam-dong-2025.xlsx") in found
    assert all(d.row is not None and d.first_row is not None for d in merged.duplicates)


def test_duplicates_by_code_first() -> None:
    head = "Tên sản phẩm,Hạng sao,Tỉnh,Mã sản phẩm,Ngày quyết định\n"
    a = read(io.StringIO(head + "Chè A,4,Thái Nguyên,19-01849-1-2026,2026-06-01\n"))
    b = read(io.StringIO(head + "Chè A khác tên,4,Thái Nguyên,19-01849-1-2026,2026-06-01\n"))
    merged = combine(a, b)
    assert [(d.by, d.row, d.first_row) for d in merged.duplicates] == [("code", 2, 2)]


def test_a_dataframe_library_that_is_missing_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    reg = read(DATA / "lam-dong-2025.xlsx")
    monkeypatch.setitem(sys.modules, "polars", None)
    with pytest.raises(MissingExtraError, match="polars"):
        to_dataframe(reg.entries, "polars")
    with pytest.raises(UsageError):
        to_dataframe(reg.entries, "excel")


@pytest.mark.skipif(importlib.util.find_spec("pandas") is None, reason="pandas not installed")
def test_a_pandas_dataframe() -> None:  # pragma: no cover - runs where pandas is installed
    frame = to_dataframe(read(DATA / "lam-dong-2025.xlsx").entries)
    assert len(frame) == 9
    assert set(frame["unit"]) == {"Lâm Đồng"}


def test_the_reproductions_of_the_hardening_issue() -> None:
    """Each one a typed error or a correct result (no ValueError, csv.Error, TypeError …)."""
    head = "Tên sản phẩm,Hạng sao,Tỉnh,Bộ sản phẩm,Mã sản phẩm\n"
    reg = read(
        io.StringIO(
            head
            + "A,3,Hà Nội,²,\nB,9"
            + "9" * 5000
            + ",Hà Nội,,\n"
            + "C,3,Hà Nội,,"
            + "1" * 5000
            + "\n"
        )
    )
    assert [e.name for e in reg.entries] == ["A", "C"]
    assert reg.report.warned_rows == (2, 4)
    assert reg.report.rejected_rows == (3,)
    assert reg.report.balanced


def test_the_rows_handed_to_a_dataframe_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """The library is stood in for: the rows it receives are what any version would get."""
    import types

    received: dict[str, object] = {}

    class Frame:
        def __init__(self, rows: list[dict[str, object]]) -> None:
            received["rows"] = rows

        @classmethod
        def from_records(cls, rows: list[dict[str, object]]) -> Frame:
            return cls(rows)

    for name in ("pandas", "polars"):
        module = types.ModuleType(name)
        module.DataFrame = Frame  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, name, module)
        frame = to_dataframe(read(DATA / "lam-dong-2025.xlsx").entries, name)
        assert isinstance(frame, Frame)
        rows = received["rows"]
        assert isinstance(rows, list)
        assert len(rows) == 9
        assert rows[0]["unit"] == "Lâm Đồng"
        assert rows[0]["star"] == "4"
        assert rows[0]["district"] == "Thành phố Đà Lạt"
