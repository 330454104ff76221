"""The command line as people type it: the global options before or after the command, help
and argparse's complaints in Vietnamese or English."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import ocop
from ocop.cli.common import EXIT_BAD_INPUT
from ocop.i18n import Message, _


class _Parser(argparse.ArgumentParser):
    """argparse with its own words in the chosen language, and errors as JSON with --json."""

    lang = "vi"
    as_json = False

    def format_help(self) -> str:
        return _localise(super().format_help(), self.lang)

    def format_usage(self) -> str:
        return _localise(super().format_usage(), self.lang)

    def error(self, message: str) -> NoReturn:
        text = _("lỗi trong dòng lệnh: {detail}", detail=_argparse_message(message))
        if self.as_json:
            self._print_message(
                json.dumps(_error_data("", text.text(self.lang)), ensure_ascii=False) + "\n",
                sys.stderr,
            )
        else:
            self.print_usage(sys.stderr)
            self._print_message(f"{self.prog}: {text.text(self.lang)}\n", sys.stderr)
        self.exit(EXIT_BAD_INPUT)


_ARGPARSE_MESSAGES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], Message]], ...] = (
    (
        re.compile(r"the following arguments are required: (?P<names>.*)"),
        lambda m: _(
            "thiếu đối số bắt buộc: {names}",
            names=m["names"],
        ),
    ),
    (
        re.compile(
            r"argument (?P<arg>\S+): invalid choice: (?P<value>.*) \(choose from (?P<c>.*)\)"
        ),
        lambda m: _(
            "đối số {arg}: lựa chọn {value} không hợp lệ (chọn trong {choices})",
            arg=m["arg"],
            value=m["value"],
            choices=m["c"],
        ),
    ),
    (
        re.compile(r"argument (?P<arg>\S+): invalid int value: (?P<value>.*)"),
        lambda m: _(
            "đối số {arg}: cần số nguyên, không phải {value}",
            arg=m["arg"],
            value=m["value"],
        ),
    ),
    (
        re.compile(r"argument (?P<arg>\S+): expected one argument"),
        lambda m: _("đối số {arg}: cần một giá trị", arg=m["arg"]),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<args>.*)"),
        lambda m: _("đối số không nhận ra: {args}", args=m["args"]),
    ),
)


def _argparse_message(message: str) -> Message | str:
    """argparse's usual complaints through the catalogs; any other as argparse words it."""
    for pattern, word in _ARGPARSE_MESSAGES:
        found = pattern.fullmatch(message)
        if found:
            return word(found)
    return message


def _localise(text: str, lang: str) -> str:
    """argparse's own headings in the chosen language."""
    if lang != "vi":
        return text
    for en, vi in (
        ("usage:", "cách dùng:"),
        ("positional arguments:", "đối số:"),
        ("options:", "tùy chọn:"),
    ):
        text = text.replace(en, vi)
    return text


def _error_data(where: str, message: str, problems: list[dict[str, str]] | None = None) -> Any:
    return {"error": {"where": where or None, "message": message, "problems": problems or []}}


def _scan(argv: Sequence[str]) -> tuple[str, bool]:
    """The global --lang and --json wherever they are typed (to word the help and errors)."""
    lang, as_json = "vi", False
    for k, arg in enumerate(argv):
        if arg == "--lang" and k + 1 < len(argv) and argv[k + 1] in ("vi", "en"):
            lang = argv[k + 1]
        elif arg.startswith("--lang=") and arg[7:] in ("vi", "en"):
            lang = arg[7:]
        elif arg == "--json":
            as_json = True
    return lang, as_json


def _parser(lang: str = "vi", as_json: bool = False) -> argparse.ArgumentParser:
    """The command's parser; each command's options are added where the command is, so a new
    option is one line there. ``--lang`` and ``--json`` are accepted before or after the
    command."""

    def h(message: Message) -> str:
        return message.text(lang)

    def make(**kwargs: Any) -> _Parser:
        parser = _Parser(add_help=False, **kwargs)
        parser.lang, parser.as_json = lang, as_json
        return parser

    def common(parser: argparse.ArgumentParser, top: bool) -> None:
        # On the commands the defaults are suppressed, so a value typed before the command
        # is not overwritten.
        parser.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=h(_("in trợ giúp này rồi thoát")),
        )
        parser.add_argument(
            "--lang",
            choices=("vi", "en"),
            default="vi" if top else argparse.SUPPRESS,
            help=h(_("ngôn ngữ của kết quả (mặc định: vi)")),
        )
        parser.add_argument(
            "--json",
            action="store_true",
            default=False if top else argparse.SUPPRESS,
            help=h(_("in JSON (kết quả và lỗi)")),
        )
        parser.add_argument(
            "--debug",
            action="store_true",
            default=False if top else argparse.SUPPRESS,
            help=h(
                _(
                    "khi có lỗi nội bộ, in cả vết ngăn xếp (traceback)",
                )
            ),
        )

    parser = make(
        prog="ocop",
        description=h(
            _(
                "OCOP (Mỗi xã một sản phẩm): tiêu chí, chấm điểm, sổ đăng ký và báo cáo.",
            )
        ),
    )
    common(parser, top=True)
    parser.add_argument(
        "--version",
        action="version",
        version=f"ocop {ocop.__version__}",
        help=h(_("in phiên bản rồi thoát")),
    )
    sub = parser.add_subparsers(
        dest="command", title=h(_("các lệnh")), metavar="COMMAND", parser_class=_Parser
    )

    def command(name: str, helptext: Message) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=h(helptext), description=h(helptext), add_help=False)
        assert isinstance(cmd, _Parser)
        cmd.lang, cmd.as_json = lang, as_json
        common(cmd, top=False)
        return cmd

    rules_file = h(_("tệp bộ quy tắc để chấm theo"))
    command("demo", _("chấm các phiếu ví dụ và báo cáo sổ đăng ký ví dụ"))

    score = command("score", _("chấm phiếu, hội đồng hoặc phiếu đã điền (JSON, xlsx)"))
    score.add_argument(
        "sheets",
        nargs="+",
        metavar="FILE",
        help=h(_("phiếu, hội đồng, phiếu đã điền (JSON) hoặc bảng tính xlsx")),
    )
    score.add_argument(
        "--council",
        action="store_true",
        help=h(_("chấm các tệp như một hội đồng (mỗi tệp một thành viên)")),
    )
    score.add_argument("--rules", help=rules_file)

    advice = command("advice", _("hạng sao tiếp theo (hoặc một hạng) cần gì"))
    advice.add_argument("sheet", metavar="FILE", help=h(_("phiếu hoặc hội đồng")))
    advice.add_argument("--target", type=int, help=h(_("hạng mục tiêu (1–5)")))
    advice.add_argument("--rules", help=rules_file)

    sheet = command("sheet", _("phiếu đánh giá trắng của một bộ sản phẩm"))
    sheet.add_argument("product_set", type=int, metavar="N", help=h(_("số bộ sản phẩm")))
    sheet.add_argument(
        "--format",
        choices=("json", "xlsx", "md", "html"),
        default="md",
        help=h(_("định dạng (mặc định: md)")),
    )
    sheet.add_argument("--output", "-o", help=h(_("tệp để ghi")))
    sheet.add_argument(
        "--members", type=int, default=1, help=h(_("số cột thành viên của tệp xlsx"))
    )
    sheet.add_argument("--case", type=int, help=h(_("chỉ in trường hợp này (bộ 26)")))
    sheet.add_argument("--rules", help=h(_("mã hoặc tệp bộ quy tắc (mặc định: 26/2026)")))

    rules = command("rules", _("liệt kê bộ quy tắc hoặc in một phiếu tiêu chí"))
    rules.add_argument(
        "id", nargs="?", help=h(_("mã bộ quy tắc (mặc định với --set: bộ mới nhất có phiếu)"))
    )
    rules.add_argument("--set", type=int, dest="product_set", help=h(_("bộ sản phẩm cần in")))
    rules.add_argument("--rules", help=h(_("tệp bộ quy tắc")))

    formats = ("text", "md", "csv", "json", "xlsx")
    report = command("report", _("đếm một sổ đăng ký"))
    report.add_argument("file", help=h(_("sổ đăng ký (CSV, Excel, JSON, JSON Lines)")))
    report.add_argument("--by", default="star", help=h(_("các chiều đếm, cách nhau bởi dấu phẩy")))
    report.add_argument("--format", choices=formats, default="text")
    report.add_argument(
        "--on",
        help=h(
            _(
                "đếm các lần công nhận đến ngày này (31/03/2026 hoặc 2026-03-31)",
            )
        ),
    )
    report.add_argument(
        "--valid-only",
        action="store_true",
        help=h(_("với --on, chỉ giấy chứng nhận còn hiệu lực ngày đó")),
    )
    report.add_argument(
        "--output",
        help=h(_("ghi bảng vào tệp này (.xlsx, .csv, .md …)")),
    )

    validate = command("validate", _("kiểm tra sổ đăng ký hoặc tài liệu phiếu đánh giá"))
    validate.add_argument("file", help=h(_("sổ đăng ký hoặc tài liệu JSON")))
    validate.add_argument("--rules", help=h(_("tệp bộ quy tắc")))

    due_cmd = command(
        "due",
        _(
            "giấy chứng nhận đến hạn đánh giá lại hoặc hết hạn",
        ),
    )
    due_cmd.add_argument("file", help=h(_("sổ đăng ký (CSV, Excel, JSON, JSON Lines)")))
    due_cmd.add_argument("--from", dest="start", required=True, help=h(_("ngày đầu (31/03/2026)")))
    due_cmd.add_argument("--to", dest="end", required=True, help=h(_("ngày cuối (31/12/2026)")))
    due_cmd.add_argument("--format", choices=formats, default="text")
    due_cmd.add_argument(
        "--output",
        help=h(_("ghi danh sách vào tệp này (.xlsx, .csv, .md …)")),
    )
    for cmd in (report, validate, due_cmd):
        cmd.add_argument(
            "--column",
            action="append",
            metavar="SRC=KEY",
            help=h(
                _(
                    "một tiêu đề của tệp và cột mà nó là (lặp lại được): 'Hạng OCOP=star'",
                )
            ),
        )
        cmd.add_argument(
            "--columns",
            metavar="FILE",
            help=h(_("một tệp các cặp như vậy (JSON hoặc từng dòng)")),
        )
        cmd.add_argument(
            "--province",
            help=h(
                _(
                    "tỉnh của chính sổ đăng ký: 'Lâm Đồng (cũ)', 'Đắk Nông', một mã",
                )
            ),
        )
        cmd.add_argument(
            "--sheet",
            help=h(_("trang tính của tệp Excel (mặc định: trang đầu)")),
        )
        cmd.add_argument(
            "--addresses",
            choices=("builtin", "vietnamadminunits"),
            default="builtin",
            help=h(_("cách đọc tỉnh từ địa chỉ")),
        )
    return parser
