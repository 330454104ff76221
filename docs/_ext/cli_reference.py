"""The reference of the ``ocop`` command, generated from its parser so it cannot drift.

A page asks for it with an empty directive block::

    ```{ocop-commands}
    ```

which this extension replaces, when the page is read, with Markdown in the page's language:
the global options, then a section per command with its synopsis, every argument and option
with its help (as the parser words them in that language), and a sample of its output, from
a run of the command in the build's own process on the bundled example data (the example
sheets and one row in twenty of the example register). A sample that fails (exit code 2 or 3)
fails the build.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import re
import tempfile
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from sphinx.errors import ExtensionError

MARKER = re.compile(r"^```\{ocop-commands\}[ \t]*\n```[ \t]*$", re.MULTILINE)

WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "commands": "Các lệnh",
        "global": "Tùy chọn chung",
        "global_intro": (
            "`--lang`, `--json` và `--debug` đặt được trước hoặc sau tên lệnh; `ocop` không "
            "kèm lệnh in cách dùng và danh sách lệnh."
        ),
        "usage": "Cách dùng",
        "arguments": "Đối số và tùy chọn",
        "also": "Cùng các {{ref}}`tùy chọn chung <{anchor}>`: {names}.",
        "sample": "Ví dụ",
        "sample_data": (
            "Các ví dụ dưới đây được chạy khi dựng trang, trên dữ liệu ví dụ đi kèm thư viện: "
            "phiếu `{sheet}` (phiếu ví dụ của bộ 1) và `{register}` (cứ hai mươi dòng lấy một "
            "dòng của sổ đăng ký ví dụ, dữ liệu giả lập)."
        ),
        "cut": "… ({n} dòng nữa)",
        "exit": "Mã thoát: {code}.",
        "choices": "một trong",
        "default": "mặc định",
        "repeat": "lặp lại được",
        "required": "bắt buộc",
    },
    "en": {
        "commands": "Commands",
        "global": "Global options",
        "global_intro": (
            "`--lang`, `--json` and `--debug` go before or after the command's name; `ocop` "
            "alone prints the usage and the commands."
        ),
        "usage": "Usage",
        "arguments": "Arguments and options",
        "also": "And the {{ref}}`global options <{anchor}>`: {names}.",
        "sample": "Example",
        "sample_data": (
            "The examples below are run when the pages are built, on example data shipped with "
            "the library: the sheet `{sheet}` (the example sheet of product set 1) and "
            "`{register}` (one row in twenty of the example register, synthetic data)."
        ),
        "cut": "… ({n} more lines)",
        "exit": "Exit code: {code}.",
        "choices": "one of",
        "default": "default",
        "repeat": "repeatable",
        "required": "required",
    },
}

FILES = {"vi": ("rau-cu-qua.json", "so-dang-ky.csv"), "en": ("rau-cu-qua.json", "register.csv")}
"""The example sheet and the example register, as the samples name them."""

COMMON = ("-h", "--lang", "--json", "--debug")
"""The options every command accepts (``--help`` and the global ones)."""

MAX_LINES = 24


def samples(lang: str) -> dict[str, list[str]]:
    """The sample run of each command (``""``: the command without a name), as typed."""
    sheet, reg = FILES[lang]
    return {
        "": ["--version"],
        "demo": ["demo"],
        "score": ["score", sheet],
        "advice": ["advice", sheet, "--target", "5"],
        "sheet": ["sheet", "1", "--format", "md"],
        "rules": ["rules"],
        "report": ["report", reg, "--by", "star"],
        "validate": ["validate", reg],
        "due": ["due", reg, "--from", "01/01/2025", "--to", "31/03/2025"],
    }


def typed(argv: Sequence[str], lang: str) -> list[str]:
    """The command line as the page shows it: ``--lang en`` first on the English page."""
    return (["--lang", "en"] if lang == "en" else []) + list(argv)


@contextlib.contextmanager
def example_files(lang: str) -> Iterator[Path]:
    """A temporary folder with the example sheet and register under the sample's names."""
    sheet, reg = FILES[lang]
    data = resources.files("ocop") / "data"
    with tempfile.TemporaryDirectory(prefix="ocop-cli-") as tmp:
        folder = Path(tmp)
        (folder / sheet).write_bytes((data / "examples" / "rau-cu-qua.json").read_bytes())
        text = gzip.decompress((data / "example_register.csv.gz").read_bytes()).decode("utf-8")
        lines = text.splitlines(keepends=True)
        (folder / reg).write_text("".join([lines[0], *lines[1::20]]), encoding="utf-8")
        yield folder


def run(argv: Sequence[str], folder: Path) -> tuple[int, str]:
    """Run ``ocop argv`` in this process, in ``folder``; its exit code and standard output."""
    from ocop.cli import main

    out, err = io.StringIO(), io.StringIO()
    with (
        contextlib.chdir(folder),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        try:
            code = main(list(argv), out=out, err=err)
        except SystemExit as stop:  # --version, --help
            code = stop.code if isinstance(stop.code, int) else 0
    if code >= 2:
        raise ExtensionError(f"ocop {' '.join(argv)} exited with {code}: {err.getvalue()}")
    return code, out.getvalue()


def escape(text: str) -> str:
    """Plain text as Markdown: the characters Markdown would read escaped."""
    return re.sub(r"([\\`*_\[\]<>|{}#])", r"\\\1", text)


def inline(text: str) -> str:
    """Help text as Markdown: options (``--on``) and quoted values (``'Hạng OCOP=star'``) as
    code, so they are neither typeset (an en dash, curly quotes) nor read as Markdown."""
    parts = re.split(r"(--[\w-]+|(?<!\w)'[^'`]*'(?!\w))", text)
    return "".join(
        f"`{part.strip(chr(39))}`" if k % 2 else escape(part) for k, part in enumerate(parts)
    )


def synopsis(parser: argparse.ArgumentParser) -> str:
    """The usage line of a parser, without argparse's "usage:", wrapped at 72 columns."""
    formatter = argparse.HelpFormatter(parser.prog, width=72)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups, prefix="")
    return formatter.format_help().strip()


def option_name(action: argparse.Action) -> str:
    """How an argument or option is typed: ``--format {json,md}``, ``FILE [FILE ...]``."""
    formatter = argparse.HelpFormatter("ocop")
    if not action.option_strings:
        metavar = action.metavar if isinstance(action.metavar, str) else action.dest
        return formatter._format_args(action, metavar)
    if action.nargs == 0:
        return ", ".join(action.option_strings)
    value = formatter._format_args(action, action.dest.upper())
    return ", ".join(f"{name} {value}" for name in action.option_strings)


def option_help(action: argparse.Action, words: dict[str, str]) -> str:
    """The help of an argument or option, with its choices, default and repetition."""
    parts = [inline(action.help)] if action.help and action.help != argparse.SUPPRESS else []
    notes = []
    if action.required and action.option_strings:
        notes.append(words["required"])
    if action.choices is not None and action.metavar is None and not action.option_strings:
        notes.append(words["choices"] + " " + ", ".join(f"`{c}`" for c in action.choices))
    if (
        action.option_strings
        and action.nargs != 0
        and action.default not in (None, argparse.SUPPRESS)
        and not (action.help and "(" in action.help)
    ):
        notes.append(f"{words['default']}: `{action.default}`")
    if isinstance(action, argparse._AppendAction) and words["repeat"] not in (action.help or ""):
        notes.append(words["repeat"])
    if notes:
        parts.append("(" + "; ".join(notes) + ")")
    return " ".join(parts) or "—"


def definition(actions: Sequence[argparse.Action], words: dict[str, str]) -> list[str]:
    """A definition list of arguments and options."""
    lines = []
    for action in actions:
        lines += [f"`{option_name(action)}`", f": {option_help(action, words)}", ""]
    return lines


def sample(argv: Sequence[str], lang: str, folder: Path) -> list[str]:
    """A console block: the command as typed and its output, cut after ``MAX_LINES`` lines."""
    words = WORDS[lang]
    shown = typed(argv, lang)
    code, output = run(shown, folder)
    lines = output.rstrip("\n").splitlines()
    if len(lines) > MAX_LINES + 2:
        lines = [*lines[:MAX_LINES], words["cut"].format(n=len(lines) - MAX_LINES)]
    block = ["````console", "$ ocop " + " ".join(quote(a) for a in shown), *lines, "````", ""]
    if code:
        block += [words["exit"].format(code=code), ""]
    return block


def quote(arg: str) -> str:
    """An argument as a shell reads it."""
    return arg if re.fullmatch(r"[\w./:,=+-]+", arg) else "'" + arg.replace("'", "'\\''") + "'"


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The commands of the parser, in the order they were added."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def commands_markdown(lang: str) -> str:
    """The whole generated reference, in Markdown, in ``lang``."""
    from ocop.cli.parser import _parser

    words = WORDS[lang]
    parser = _parser(lang)
    sheet, reg = FILES[lang]
    runs = samples(lang)
    global_anchor = "ocop-global-options"
    lines = [f"## {words['commands']}", ""]
    lines += [words["sample_data"].format(sheet=sheet, register=reg), ""]
    with example_files(lang) as folder:
        lines += [f"({global_anchor})=", f"### {words['global']}", ""]
        lines += [escape(parser.description or ""), ""]
        lines += [f"**{words['usage']}**", "", "```text", synopsis(parser), "```", ""]
        lines += [words["global_intro"], ""]
        own = [a for a in parser._actions if not isinstance(a, argparse._SubParsersAction)]
        lines += definition(own, words)
        lines += [f"**{words['sample']}**", "", *sample(runs[""], lang, folder)]
        for name, command in subcommands(parser).items():
            lines += [f"### `ocop {name}`", "", escape(command.description or ""), ""]
            lines += [f"**{words['usage']}**", "", "```text", synopsis(command), "```", ""]
            mine = [a for a in command._actions if not set(a.option_strings) & set(COMMON)]
            if mine:
                lines += [f"**{words['arguments']}**", "", *definition(mine, words)]
            common = ", ".join(f"`{n}`" for n in COMMON)
            lines += [words["also"].format(anchor=global_anchor, names=common), ""]
            if name not in runs:
                raise ExtensionError(f"the command ocop {name} has no sample run in {__name__}")
            lines += [f"**{words['sample']}**", "", *sample(runs[name], lang, folder)]
    return "\n".join(lines)


def _source_read(app: Any, docname: str, source: list[str]) -> None:
    if not MARKER.search(source[0]):
        return
    language = app.config.language if app.config.language in WORDS else "en"
    text = commands_markdown(language)
    source[0] = MARKER.sub(lambda _: text, source[0], count=1)


def setup(app: Any) -> dict[str, Any]:
    app.connect("source-read", _source_read)
    return {"parallel_read_safe": True, "version": "1"}
