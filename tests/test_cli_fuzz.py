"""The command under random arguments: whatever is typed, it ends with 0, 1 or 2, never with an
internal error (3) or a traceback.

The arguments are drawn from the command's own parser (every command, every option it takes)
with values from a pool of real-shaped and broken inputs: evaluations, councils, filled forms,
registers as provinces publish them, files that are none of these, missing paths, odd dates and
numbers.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ocop
import ocop.cli
from ocop.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_OUTCOME
from ocop.cli.parser import _parser

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(ocop.__file__).parent / "data" / "examples"


def _commands() -> dict[str, list[argparse.Action]]:
    parser = _parser("en", False)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {
        name: [a for a in command._actions if not isinstance(a, argparse._HelpAction)]
        for name, command in sub.choices.items()
        if name != "demo"  # the demo reads the whole example register: tested on its own
    }


COMMANDS = _commands()


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    tmp = tmp_path_factory.mktemp("fuzz")
    (tmp / "empty.csv").write_bytes(b"")
    (tmp / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp / "numbers.json").write_text("[1, 2, 3]", encoding="utf-8")
    (tmp / "nested.json").write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    (tmp / "half.csv").write_text("Tên sản phẩm,Hạng sao\nMiến dong,", encoding="utf-8")
    (tmp / "dir").mkdir()
    files = [
        EXAMPLES / "rau-cu-qua.json",
        EXAMPLES / "che-hoi-dong.json",
        DATA / "forms" / "hoi-dong-bo-11.xlsx",
        DATA / "registers" / "binh-thuan-cp1258.csv",
        DATA / "registers" / "provincial-years.csv",
        DATA / "registers" / "lam-dong-2025.xlsx",
        *tmp.iterdir(),
        tmp / "missing.json",
    ]
    return [str(f) for f in files]


WORDS = st.sampled_from(
    [
        "",
        "0",
        "1",
        "3",
        "26",
        "27",
        "-1",
        "4.1",
        "26/2026",
        "148",
        "nope",
        "province,star",
        "star",
        ",",
        "1/1/2026",
        "31/12/2026",
        "2026-02-30",
        "vi",
        "en",
        "fr",
        "md",
        "html",
        "xlsx",
        "json",
        "csv",
        "∞",
        "Đắk Nông (cũ)",
        "10" * 40,
    ]
)


@st.composite
def argv(draw: st.DrawFn, pool: list[str]) -> list[str]:
    """A command line: mostly well formed (the positionals given, an option's value among its
    choices), so that the command gets past its parser and reads the inputs."""
    noise = st.one_of(WORDS, st.text(max_size=12))

    def value(action: argparse.Action, files: bool) -> str:
        if action.choices and draw(st.integers(0, 9)) < 8:
            return str(draw(st.sampled_from(sorted(map(str, action.choices)))))
        if files and draw(st.integers(0, 9)) < 8:
            return draw(st.sampled_from(pool))
        return draw(noise)

    name = draw(st.sampled_from(sorted(COMMANDS)))
    actions = COMMANDS[name]
    args = [name]
    for action in actions:
        if not action.option_strings and draw(st.integers(0, 9)) < 9:
            count = 2 if action.nargs in ("+", "*") and draw(st.booleans()) else 1
            args += [value(action, files=True) for _ in range(count)]
    options = [a for a in actions if a.option_strings]
    for action in draw(st.lists(st.sampled_from(options), max_size=3)) if options else []:
        args.append(draw(st.sampled_from(action.option_strings)))
        if action.nargs != 0:
            args.append(value(action, files=draw(st.booleans())))
    if draw(st.booleans()):
        args.insert(draw(st.integers(0, len(args))), "--json")
    if draw(st.booleans()):
        args += ["--lang", draw(st.sampled_from(["vi", "en"]))]
    return args


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_arguments_end_in_a_documented_exit_code(
    pool: list[str], tmp_path: Path, data: st.DataObject, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # any file the command writes lands here
    args = data.draw(argv(pool))
    out, err = io.StringIO(), io.StringIO()
    try:
        code = ocop.cli.main(args, out=out, err=err)
    except SystemExit as stop:  # argparse: --help, --version, a bad argument
        code = int(stop.code or 0)
    assert code in (EXIT_OK, EXIT_OUTCOME, EXIT_BAD_INPUT), (args, err.getvalue())
    assert "Traceback" not in err.getvalue(), args
