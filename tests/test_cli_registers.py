"""The command on registers as published: column mappings, a default province, dates as
registers write them, exit codes, Excel output, the certificates due."""

from __future__ import annotations

import io
import json
from pathlib import Path

from ocop.cli import main

DATA = Path(__file__).parent / "data" / "registers"


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_mapping_on_the_command_line() -> None:
    code, _, err = run("--lang", "en", "report", str(DATA / "ministry-merged.csv"))
    assert code == 2
    assert "--column" in err
    code, out, err = run(
        "--lang",
        "en",
        "report",
        str(DATA / "ministry-merged.csv"),
        "--column",
        "Ket_qua_sao=star",
        "--by",
        "unit",
        "--on",
        "31/12/2025",
    )
    assert code == 1  # three rows are rejected
    assert "Lâm Đồng" in out
    assert "rejected 3" in out  # the table says how many rows were rejected
    assert "row 12" in err


def test_a_default_province_names_its_flag_when_ambiguous() -> None:
    code, _, err = run(
        "--lang", "en", "validate", str(DATA / "provincial-years.csv"), "--province", "Lâm Đồng"
    )
    assert code == 2
    assert err.startswith("--province: ")
    assert "Lâm Đồng (cũ)" in err
    code, out, _ = run(
        "--lang",
        "en",
        "validate",
        str(DATA / "provincial-years.csv"),
        "--province",
        "Thái Nguyên (cũ)",
    )
    assert code == 0
    assert "kept 9, rejected 0, skipped 4, warned 1" in out


def test_a_bad_date_names_the_flag() -> None:
    code, _, err = run(
        "--lang", "en", "report", str(DATA / "addresses-only.csv"), "--on", "31/02/2026"
    )
    assert code == 2
    assert err.startswith("--on: ")


def test_an_excel_workbook_in_and_out(tmp_path: Path) -> None:
    import openpyxl  # type: ignore[import-untyped,unused-ignore]

    target = tmp_path / "by-star.xlsx"
    code, _, err = run(
        "--lang",
        "en",
        "report",
        str(DATA / "lam-dong-2025.xlsx"),
        "--by",
        "province,star",
        "--output",
        str(target),
    )
    assert code == 0, err
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Province", "Stars", "Products", "Share")
    assert rows[-1][2] == 9
    code, _, err = run("report", str(DATA / "lam-dong-2025.xlsx"), "--format", "xlsx")
    assert code == 2
    assert "--output" in err


def test_json_counts_carry_the_accounting() -> None:
    code, out, _ = run(
        "report",
        str(DATA / "binh-thuan-cp1258.csv"),
        "--province",
        "Bình Thuận",
        "--format",
        "json",
    )
    assert code == 0
    data = json.loads(out)
    assert (data["read"], data["total"], data["rejected"], data["skipped"]) == (6, 4, 0, 2)


def test_certificates_due(tmp_path: Path) -> None:
    register = tmp_path / "reg.csv"
    register.write_text(
        "Tên sản phẩm,Hạng sao,Tỉnh,Ngày quyết định,Số quyết định\n"
        "Chè Tân Cương,4,Thái Nguyên,12/12/2023,2176/QĐ-UBND\n"
        "Miến dong,3,Bắc Kạn,05/06/2024,822/QĐ-UBND\n"
        "Gạo,3,Hà Nội,,\n",
        encoding="utf-8",
    )
    code, out, err = run(
        "--lang",
        "en",
        "due",
        str(register),
        "--from",
        "01/06/2026",
        "--to",
        "31/12/2026",
        "--format",
        "csv",
    )
    assert code == 0, err
    lines = out.strip().splitlines()
    assert lines[0] == "Date,Event,Product,Stars,Province,Decision number,Expires"
    assert lines[1].startswith("15 June 2026,re-evaluation window opens,Chè Tân Cương")
    assert len(lines) == 1 + 4  # three events of the first, the window opening of the second
    assert "without a decision date" in err
    target = tmp_path / "due.xlsx"
    code, _, _ = run(
        "due", str(register), "--from", "2026-06-01", "--to", "2026-12-31", "--output", str(target)
    )
    assert code == 0
    assert target.stat().st_size > 0


def test_valid_only_names_the_flag_it_needs() -> None:
    code, _, err = run("--lang", "en", "report", str(DATA / "addresses-only.csv"), "--valid-only")
    assert code == 2
    assert err.startswith("--valid-only: needs --on DATE")
