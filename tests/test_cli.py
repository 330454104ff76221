"""The ``ocop`` command through its installed entry point, every bad-input path included."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "src" / "ocop" / "data" / "examples"
OCOP = shutil.which("ocop", path=str(Path(sys.executable).parent)) or "ocop"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [OCOP, *args], capture_output=True, text=True, input=stdin, check=False, cwd=ROOT
    )


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_demo_output_is_pinned(lang: str) -> None:
    result = run("--lang", lang, "demo")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (DATA / f"demo_{lang}.txt").read_text(encoding="utf-8")


def test_python_dash_m_is_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ocop", "--lang", "en", "rules"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "26/2026/QĐ-TTg" in result.stdout


def test_score_and_exit_codes(tmp_path: Path) -> None:
    result = run("score", str(EXAMPLES / "che-hoi-dong.json"))
    assert result.returncode == 0
    assert "Hội đồng 3 thành viên" in result.stdout
    data = json.loads(run("score", "--json", str(EXAMPLES / "rau-cu-qua.json")).stdout)
    assert (data["format"], data["total"], data["star"]) == ("ocop-score/1", 83, 3)
    low = json.loads((EXAMPLES / "rau-cu-qua.json").read_text(encoding="utf-8"))
    low["answers"] = {code: None for code in low["answers"]}
    path = tmp_path / "low.json"
    path.write_text(json.dumps(low), encoding="utf-8")
    result = run("--lang", "en", "score", str(path))
    assert result.returncode == 1  # not recognisable
    assert "not recognised" in result.stdout


def test_advice(tmp_path: Path) -> None:
    result = run("--lang", "en", "advice", str(EXAMPLES / "rau-cu-qua.json"))
    assert result.returncode == 0
    assert "To reach 4 stars" in result.stdout
    data = json.loads(
        run("advice", "--json", "--target", "5", str(EXAMPLES / "rau-cu-qua.json")).stdout
    )
    assert data["format"] == "ocop-advice/2"
    assert {"from_position", "from_points", "to_position", "to_points"} <= set(data["upgrades"][0])
    assert data["needs_central"] is True


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "malformed JSON"),
        (
            '{"format": "ocop-evaluation/2", "rule_set": "26/2026", "product_set": 1, '
            '"answers": {"1.1": "3"}}',
            "$.answers.1.1: expected an integer",
        ),
        (
            '{"format": "ocop-evaluation/2", "rule_set": "26/2026", "product_set": 1, '
            '"answers": {"1.1": 9}}',
            "1.1: there is no option 9",
        ),
        (
            '{"format": "ocop-evaluation/2", "rule_set": "148", "product_set": 1}',
            "has no criteria sheets",
        ),
        (
            '{"format": "ocop-evaluation/2", "rule_set": "99/2099", "product_set": 1}',
            "Unknown rule set",
        ),
        ('{"format": "ocop-other/1"}', "unsupported format"),
        (
            '{"format": "ocop-evaluation/2", "rule_set": "26/2026", "product_set": 1, '
            '"answers": {}, "extra": 1}',
            "$.extra: unknown field",
        ),
    ],
)
def test_bad_sheets_exit_2_with_the_file_and_place(
    tmp_path: Path, content: str, words: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    result = run("--lang", "en", "score", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert str(path) in result.stderr
    assert words in result.stderr


def test_missing_file() -> None:
    result = run("--lang", "en", "score", "no-such-file.json")
    assert result.returncode == 2
    assert "no-such-file.json: file not found" in result.stderr
    assert run("--lang", "en", "report", "no-such.csv").returncode == 2


def test_rules() -> None:
    listing = run("--lang", "en", "rules")
    assert "1048/QĐ-TTg" in listing.stdout
    assert "no sheets" in listing.stdout
    one = run("rules", "26/2026", "--set", "1")
    assert "4.1 Khu vực phân phối chính (5)" in one.stdout
    assert "[2] *** Thị trường ngoài địa bàn cấp xã" in one.stdout
    english = run("--lang", "en", "rules", "26/2026", "--set", "1")
    assert (
        "[2] *** Market beyond the commune, fewer than 5 distributors or agents" in english.stdout
    )
    bands = run("--lang", "en", "rules", "148")
    assert "4 stars: 70 to under 90 points" in bands.stdout
    unknown = run("rules", "27/2027")
    assert unknown.returncode == 2
    assert "27/2027" in unknown.stderr
    no_sheet = run("--lang", "en", "rules", "148", "--set", "1")
    assert no_sheet.returncode == 2
    assert "Appendix III" in no_sheet.stderr


def test_report_and_validate(tmp_path: Path) -> None:
    register = tmp_path / "reg.csv"
    register.write_text(
        "Tên sản phẩm,Hạng sao,Tỉnh,Năm\nA,3,Hà Nội,2024\nB,4,Hà Giang,2024\n"
        "C,6,Huế,2024\nD,3,Bắc Kạn,2024\n",
        encoding="utf-8",
    )
    result = run("--lang", "en", "report", str(register), "--by", "unit,star", "--format", "md")
    assert result.returncode == 1  # rows were rejected
    assert "| Tuyên Quang | 4 stars | 1 | 33.3% |" in result.stdout
    assert "row 4, column Hạng sao ('6')" in result.stderr
    as_json = json.loads(
        run("report", str(register), "--by", "province", "--format", "json").stdout
    )
    assert as_json["total"] == 3
    assert as_json["rejected"] == 1
    checked = run("--lang", "en", "validate", str(register))
    assert checked.returncode == 1
    assert "read 4 rows, kept 3, rejected 1" in checked.stdout
    good = run("--lang", "en", "validate", str(EXAMPLES / "du-lich-cong-dong.json"))
    assert (good.returncode, good.stdout.strip()) == (
        0,
        f"{EXAMPLES / 'du-lich-cong-dong.json'}: valid.",
    )
    bad_dim = run("--lang", "en", "report", str(register), "--by", "colour")
    assert bad_dim.returncode == 2
    assert "no dimension 'colour'" in bad_dim.stderr
    missing_column = tmp_path / "cols.csv"
    missing_column.write_text("Tên sản phẩm\nA\n", encoding="utf-8")
    result = run("--lang", "en", "validate", str(missing_column))
    assert result.returncode == 2
    assert "required columns missing: Stars, Province" in result.stderr


def test_scoring_against_a_rule_set_file() -> None:
    rules = ROOT / "examples" / "self-assessment.json"
    sheet = ROOT / "examples" / "self-assessment-sheet.json"
    result = run("--lang", "en", "score", "--rules", str(rules), str(sheet))
    assert result.returncode == 0, result.stderr
    assert "Total: 25/40 (A 8/10, B 7/10, C 5/10, D 5/10)" in result.stdout
    listing = run("rules", "--rules", str(rules), "--set", "1")
    assert "Sổ sách ghi chép" in listing.stdout
