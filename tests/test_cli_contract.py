"""The command's error contract, the same for every subcommand: 0 done, 1 a rule outcome,
2 the input as a whole cannot be used, 3 an internal error; no traceback unless ``--debug``;
with ``--json`` the error is a JSON object."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import ocop
import ocop.cli
from ocop.cli import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_OUTCOME
from ocop.rules import custom

EXAMPLE = Path(ocop.__file__).parent / "data" / "examples" / "rau-cu-qua.json"


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = ocop.cli.main(argv, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "format5.json").write_text('{"format": 5}', encoding="utf-8")
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (tmp_path / "latin1.json").write_bytes(
        '{"a": "Bà Rịa"}'.encode("latin-1", "replace").replace(b"?", b"\xe0")
    )
    (tmp_path / "norules").mkdir()
    code, score, _ = run(["score", str(EXAMPLE), "--json"])
    assert code == EXIT_OK
    (tmp_path / "score.json").write_text(score, encoding="utf-8")
    return {p.stem: str(p) for p in tmp_path.iterdir()} | {"missing": str(tmp_path / "no.json")}


CASES = [
    ("validate", "{format5}"),
    ("validate", "{missing}"),
    ("validate", "{latin1}"),
    ("score", "{deep}"),
    ("validate", "{deep}"),
    ("score", "{missing}"),
    ("score", f"{EXAMPLE}", "--rules", "{norules}"),
    ("advice", "{score}"),
    ("report", "{format5}", "--by", ","),
    ("report", "{missing}"),
    ("due", "{missing}", "--from", "1/1/2026", "--to", "31/12/2026"),
    ("due", "{format5}", "--from", "soon", "--to", "31/12/2026"),
    ("sheet", "99"),
    ("rules", "nope"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: " ".join(c))
@pytest.mark.parametrize("as_json", [False, True])
def test_bad_input_is_exit_2_without_traceback(
    case: tuple[str, ...], as_json: bool, files: dict[str, str]
) -> None:
    argv = [a.format(**files) for a in case] + (["--json"] if as_json else [])
    code, _, err = run(argv)
    assert code == EXIT_BAD_INPUT, err
    assert "Traceback" not in err
    if as_json:
        assert set(json.loads(err)["error"]) == {"where", "message", "problems"}
    else:
        assert err.strip()


def test_rule_outcome_is_exit_1(tmp_path: Path) -> None:
    register = tmp_path / "r.csv"
    register.write_text("Tên sản phẩm,Hạng sao,Tỉnh\nTrà,9,Hà Nội\nCà phê,4,Lâm Đồng\n", "utf-8")
    code, out, _ = run(["validate", str(register)])
    assert code == EXIT_OUTCOME, out


def test_an_internal_error_is_exit_3_and_asks_for_a_report(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object) -> int:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(ocop.cli, "_run", broken)
    code, _, err = run(["demo"])
    assert code == EXIT_INTERNAL
    assert "ZeroDivisionError" in err
    assert "Traceback" not in err
    code, _, err = run(["demo", "--json", "--lang", "en"])
    assert code == EXIT_INTERNAL
    assert "report" in json.loads(err)["error"]["message"]
    code, _, err = run(["demo", "--debug"])
    assert code == EXIT_INTERNAL
    assert "Traceback" in err


def test_bad_arguments_are_exit_2() -> None:
    with pytest.raises(SystemExit) as stop:
        run(["report"])
    assert stop.value.code == EXIT_BAD_INPUT


@pytest.mark.parametrize(
    "case", [CASES[0], CASES[3], CASES[6], CASES[7], CASES[8]], ids=lambda c: " ".join(c)
)
def test_as_a_subprocess(case: tuple[str, ...], files: dict[str, str]) -> None:
    argv = [a.format(**files) for a in case]
    done = subprocess.run(
        [sys.executable, "-m", "ocop", *argv], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == EXIT_BAD_INPUT, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip()


@pytest.mark.parametrize("content", [b"\xff\xfe\x00a\r\rb", b"[" * 100_000, b"9" * 5000])
def test_a_council_of_unreadable_files_is_exit_2(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "member.json"
    bad.write_bytes(content)
    code, _, err = run(["score", "--council", str(bad), str(bad)])
    assert code == EXIT_BAD_INPUT, err


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", "\x00"],
        ["score", "a\x00b.json"],
        ["report", "\x00.csv"],
        ["validate", "x.xlsx", "--columns", "\x00"],
    ],
)
def test_an_argument_with_a_nul_character_is_exit_2(argv: list[str]) -> None:
    # an operating system never passes one; a program calling main() in process may
    err = io.StringIO()
    with pytest.raises(SystemExit) as caught, contextlib.redirect_stderr(err):
        ocop.cli.main(["--lang", "en", *argv])
    assert caught.value.code == EXIT_BAD_INPUT
    assert err.getvalue().splitlines()[-1] == (
        "ocop: command-line error: an argument contains a NUL character"
    )


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        (lambda: ocop.register.read("\x00"), "cannot read the file (embedded null byte)"),
        (lambda: list(ocop.register.stream("a\x00")), "cannot read the file (embedded null byte)"),
        (lambda: ocop.forms.read("\x00.json"), "cannot read the file (embedded null byte)"),
        (lambda: ocop.forms.read("/nonexistent/form.json"), "cannot read the file (No such file"),
        (lambda: ocop.forms.read_council(["\x00"]), "cannot read the file (embedded null byte)"),
        (lambda: custom.load_file("\x00"), "cannot be read: 'embedded null byte'"),
    ],
)
def test_a_path_that_cannot_be_opened_is_a_typed_error(
    read: Callable[[], object], expected: str
) -> None:
    with pytest.raises(ocop.OcopError) as caught:
        read()
    assert expected in caught.value.message("en")
