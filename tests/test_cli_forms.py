"""The command as people type it: global options anywhere, forms out, forms and councils in."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import ocop
from forms_helpers import HEADER, answers_for, fill_json, fill_xlsx
from ocop.cli import main
from ocop.convert import to_data
from ocop.forms import blank

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "ocop" / "data" / "examples"


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_global_options_before_or_after_the_command() -> None:
    sheet = str(EXAMPLES / "rau-cu-qua.json")
    before = run("--lang", "en", "--json", "score", sheet)
    after = run("score", sheet, "--json", "--lang", "en")
    mixed = run("--json", "score", "--lang", "en", sheet)
    assert before == after == mixed
    assert json.loads(before[1])["format"] == "ocop-score/1"
    assert run("score", sheet, "--lang", "en")[1].startswith("Product set 1")


def test_help_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    for lang, words in (
        ("vi", ("cách dùng:", "phiếu đánh giá trắng")),
        ("en", ("usage:", "a blank evaluation form")),
    ):
        with pytest.raises(SystemExit) as exit_:
            main(["--lang", lang, "--help"])
        assert exit_.value.code == 0
        text = capsys.readouterr().out
        assert all(w in text for w in words)
    with pytest.raises(SystemExit):
        main(["sheet", "--help", "--lang", "en"])
    assert "member columns of an xlsx form" in capsys.readouterr().out


def test_version_and_bare_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"ocop {ocop.__version__}"
    code, out, _err = run("--lang", "en")
    assert code == 0
    assert out.startswith("usage: ocop")
    for command in ("score", "advice", "sheet", "rules", "report", "validate", "demo"):
        assert f"    {command}" in out


def test_rules_set_without_an_id_lists_faults_and_the_gate() -> None:
    code, out, _err = run("rules", "--set", "13", "--lang", "en")
    assert code == 0
    assert out.startswith("26/2026/QĐ-TTg — 13.")
    assert "Dossier disqualified when (fault ids):" in out
    assert "  [1] Forged dossier" in out
    assert "Food-safety gate: 6.1.1 (section 6)" in out


@pytest.mark.parametrize(
    ("lang", "missing", "folder"),
    [
        ("vi", "không tìm thấy tệp", "đây là một thư mục, không phải một tệp"),
        ("en", "file not found", "this is a directory, not a file"),
    ],
)
def test_system_messages_in_the_chosen_language(
    tmp_path: Path, lang: str, missing: str, folder: str
) -> None:
    assert run("--lang", lang, "score", "nope.json")[2] == f"nope.json: {missing}\n"
    assert run("--lang", lang, "score", str(tmp_path))[2] == f"{tmp_path}: {folder}\n"


def test_errors_are_json_with_json(tmp_path: Path) -> None:
    code, out, err = run("score", "nope.json", "--json", "--lang", "en")
    assert (code, out) == (2, "")
    assert json.loads(err) == {
        "error": {"where": "nope.json", "message": "nope.json: file not found", "problems": []}
    }
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "ocop-evaluation/2", "rule_set": "26/2026", "product_set": "1"}')
    data = json.loads(run("--json", "score", str(bad))[2])
    assert data["error"]["problems"][0]["where"] == "$.product_set"


def test_documents_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + (EXAMPLES / "rau-cu-qua.json").read_bytes())
    assert run("score", str(path))[0] == 0
    assert "hợp lệ" in run("validate", str(path))[1]


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_sheet_prints_a_blank_form(fmt: str) -> None:
    code, out, _err = run("sheet", "1", "--format", fmt, "--lang", "en")
    assert code == 0
    assert "4.1" in out
    if fmt == "json":
        assert json.loads(out)["format"] == "ocop-form/1"


def test_sheet_writes_an_xlsx_form_filled_and_scored(tmp_path: Path) -> None:
    path = tmp_path / "form.xlsx"
    assert run("sheet", "22", "--format", "xlsx", "--output", str(path))[0] == 0
    assert path.stat().st_size > 0
    code, _out, err = run("sheet", "22", "--format", "xlsx")
    assert code == 2
    assert "--output" in err


def test_score_filled_forms_and_a_council(tmp_path: Path) -> None:
    members = [answers_for(1, seed) for seed in (1, 2, 3)]
    a = fill_json(blank(1), members[0], tmp_path / "a.json", **HEADER | {"on": "2026-06-01"})
    b = fill_xlsx(blank(1), [members[1]], tmp_path / "b.xlsx", [HEADER])
    c = tmp_path / "c.json"
    c.write_text(
        json.dumps(to_data(ocop.Evaluation("26/2026", 1, members[2], on=HEADER["on"]))),
        encoding="utf-8",
    )
    council = ocop.Council(
        [ocop.Evaluation("26/2026/QĐ-TTg", 1, m, on=HEADER["on"]) for m in members]
    )
    expected = ocop.score(council)
    _code, out, err = run("--json", "score", str(a), str(b), str(c), "--council")
    assert err == ""
    assert json.loads(out)["total"] == to_data(expected)["total"]
    book = fill_xlsx(blank(1), members, tmp_path / "council.xlsx", [HEADER] * 3)
    _code, out, _err = run("score", str(book), "--json")
    assert json.loads(out)["total"] == to_data(expected)["total"]
    _code, out, _err = run("--json", "score", str(a), str(b))
    assert [d["source"]["format"] for d in json.loads(out)] == ["ocop-evaluation/2"] * 2
    _code, out, _err = run("--lang", "en", "score", str(a), str(b))
    assert out.count("Product set 1") == 2
    assert "Product: Cam Cao Phong" in out


def test_a_bad_form_names_its_cell_on_the_command_line(tmp_path: Path) -> None:
    path = fill_xlsx(blank(1), [answers_for(1, 4)], tmp_path / "form.xlsx")
    from forms_helpers import set_cell

    set_cell(path, "4.1", "2 điểm")
    code, _out, err = run("--lang", "en", "score", str(path))
    assert code == 2
    assert "The form form.xlsx cannot be read (1 problem)." in err
    assert "Phiếu!D" in err


@pytest.mark.parametrize(
    ("args", "vi", "en"),
    [
        (["sheet"], "thiếu đối số bắt buộc: N", "the following arguments are required: N"),
        (["sheet", "x"], "đối số N: cần số nguyên", "argument N: expected an integer"),
        (["demo", "--bogus"], "đối số không nhận ra: --bogus", "unrecognised arguments: --bogus"),
    ],
)
def test_command_line_errors_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], args: list[str], vi: str, en: str
) -> None:
    for lang, words in (("vi", vi), ("en", en)):
        with pytest.raises(SystemExit) as exit_:
            main([*args, "--lang", lang])
        assert exit_.value.code == 2
        assert words in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*args, "--json", "--lang", "en"])
    assert en in json.loads(capsys.readouterr().err)["error"]["message"]
