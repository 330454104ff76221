"""The ``ocop`` command, a thin layer over the library (also ``python -m ocop``).

Commands::

    ocop demo                          score the bundled example sheets, explain, advise, report
    ocop score FILE [FILE ...]         score evaluations, councils or filled forms (JSON, xlsx)
    ocop score A B C --council         score the members' files as one council
    ocop advice FILE [--target N]
    ocop sheet N [--format json|xlsx|md|html] [--output FILE] [--members K]
                                       a blank evaluation form of product set N
    ocop rules [ID] [--set N]          list rule sets, or print a product set's criteria
    ocop report FILE --by province,star [--format text|md|csv|json|xlsx] [--on DATE]
    ocop validate FILE                 check a register (CSV/Excel/JSON) or an evaluation
    ocop due FILE --from DATE --to DATE   certificates whose window opens/closes or expire

``report``, ``validate`` and ``due`` read registers as published: ``--column "SRC=KEY"``
(repeatable) or ``--columns FILE`` name the file's own headers, ``--province`` gives the
register's own province, ``--sheet`` a sheet of a workbook. Dates are 31/03/2026 or 2026-03-31.

The global options ``--lang vi|en`` (Vietnamese by default) and ``--json`` go before or after
the command; ``ocop`` alone prints the usage and the commands, ``ocop --version`` the version.
``--rules FILE`` scores against a rule set from a file (see :mod:`ocop.rules.custom`).

Exit codes: 0 success; 1 a rule outcome a script may act on (a product that cannot be
recognised, a target out of reach, rows rejected by ``validate``); 2 bad input (the message
goes to standard error with the file and the place of the fault; with ``--json`` it is a JSON
object).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn, TextIO

import ocop
from ocop import forms, register, stats
from ocop.convert import FormatError, dumps, from_data, loads, to_data
from ocop.errors import AmbiguousPlaceError, Locale, OcopError
from ocop.forms import read_council
from ocop.i18n import Message, _
from ocop.register.io import default_place
from ocop.register.layout import parse_pairs, read_mapping
from ocop.register.values import BadValue, read_date
from ocop.report import label, statement, table
from ocop.report import rows as table_rows
from ocop.report.due import due
from ocop.report.output import render, save
from ocop.rules.custom import load_file
from ocop.targets import target

EXIT_OK, EXIT_OUTCOME, EXIT_BAD_INPUT = 0, 1, 2


def _vi(args: argparse.Namespace) -> bool:
    return bool(args.lang == "vi")


def _load_rules(args: argparse.Namespace) -> Any:
    if getattr(args, "rules", None):
        return load_file(args.rules)
    return None


def _os_message(exc: OSError) -> Message:
    """What the operating system said, in the chosen language for the usual cases."""
    if isinstance(exc, FileNotFoundError):
        return _("không tìm thấy tệp")
    if isinstance(exc, IsADirectoryError):
        return _("đây là một thư mục, không phải một tệp")
    if isinstance(exc, PermissionError):
        return _("không có quyền đọc tệp")
    return _("không đọc được tệp ({strerror})", strerror=exc.strerror)


def _os_error(path: str) -> OSError:
    """The error opening ``path`` would raise (a path that is not a readable file)."""
    try:
        with open(path, "rb"):
            pass
    except OSError as exc:
        return exc
    return OSError(0, "")  # pragma: no cover - the file appeared meanwhile


def _read_document(path: str, rules: Any) -> Any:
    """An evaluation, council, score or advice document, or a filled form (JSON or xlsx)."""

    try:
        if path.lower().endswith(".xlsx"):
            return _read_form(path)
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise _InputError(path, _os_message(exc)) from None
    if text.lstrip().startswith("{") and '"ocop-form/' in text[:200]:
        return _read_form(path)
    try:
        return loads(text, rules=rules)
    except FormatError as err:
        raise _InputError(path, err) from None


def _read_form(path: str) -> Any:

    try:
        return forms.read(path)
    except forms.FormError as err:
        raise _InputError("", err) from None


class _InputError(Exception):
    def __init__(self, where: str, message: Message | OcopError) -> None:
        super().__init__(where)
        self.where = where
        self.text = message

    def message(self, locale: str) -> str:
        lang: Locale = "vi" if locale == "vi" else "en"
        body = self.text.message(lang) if isinstance(self.text, OcopError) else self.text.text(lang)
        return f"{self.where}: {body}" if self.where else body


def _score(args: argparse.Namespace, out: TextIO) -> int:

    rules = _load_rules(args)
    names = list(args.sheets)
    if args.council:
        for path in args.sheets:
            if not Path(path).is_file():
                raise _InputError(path, _os_message(_os_error(path)))
        try:  # every member file read, every problem listed under its file's name
            documents: list[Any] = [read_council(args.sheets)]
        except OcopError as err:
            raise _InputError("", err) from None
        names = [", ".join(args.sheets)]
    else:
        documents = [_read_document(path, rules) for path in args.sheets]
    for path, document in zip(names, documents, strict=True):
        if not isinstance(document, ocop.Evaluation | ocop.Council):
            raise _InputError(path, _("cần một phiếu đánh giá hoặc hội đồng"))
    scores = []
    for name, document in zip(names, documents, strict=True):
        try:
            scores.append(ocop.score(document, rules=rules))
        except OcopError as err:
            raise _InputError(name, err) from None
    if args.json and len(scores) > 1:  # several files: one JSON array of score documents
        out.write(json.dumps([to_data(s) for s in scores], ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK if all(s.recognised for s in scores) else EXIT_OUTCOME
    for k, score in enumerate(scores):
        if args.json:
            out.write(dumps(score, indent=1) + "\n")
        else:
            if len(scores) > 1:
                out.write(("\n" if k else "") + f"== {names[k]} ==\n")
            out.write(score.explain(args.lang) + "\n")
    return EXIT_OK if all(s.recognised for s in scores) else EXIT_OUTCOME


def _sheet(args: argparse.Namespace, out: TextIO) -> int:

    rule_set: Any = args.rules or "26/2026"
    if args.rules and Path(args.rules).is_file():
        rule_set = _load_rules(args)
    form = forms.blank(args.product_set, rule_set, case=args.case)
    if args.format == "xlsx" or args.output:
        if not args.output:
            raise _InputError("--output", _("tệp xlsx cần --output FILE"))
        try:
            forms.write(form, args.output, args.format, members=args.members, locale=args.lang)
        except OSError as exc:
            raise _InputError(args.output, _os_message(exc)) from None
        return EXIT_OK
    out.write(forms.render(form, args.format, locale=args.lang))
    return EXIT_OK


def _advice(args: argparse.Namespace, out: TextIO) -> int:

    rules = _load_rules(args)
    document = _read_document(args.sheet, rules)
    try:
        result = ocop.advice(ocop.score(document, rules=rules), args.target)
    except OcopError as err:
        raise _InputError(args.sheet, err) from None
    out.write((dumps(result, indent=1) if args.json else result.explain(args.lang)) + "\n")
    return EXIT_OK if result.reachable else EXIT_OUTCOME


def _list_rule_sets(args: argparse.Namespace, out: TextIO) -> None:

    _vi(args)
    out.write((_("Các bộ quy tắc OCOP").text(args.lang)) + "\n")
    for rs in ocop.rules.all():
        until = rs.replaced.isoformat() if rs.replaced else (_("nay").text(args.lang))
        parts = "/".join(str(p.maximum) for p in rs.parts)
        count = len(rs.store.numbers) if rs.store else 0
        sheets = (
            (_("{count} phiếu", count=count).text(args.lang))
            if count
            else (_("không có phiếu").text(args.lang))
        )
        lapsed = (
            _("  (hết hiệu lực sau {date})", date=rs.lapsed).text(args.lang) if rs.lapsed else ""
        )
        out.write(
            f"  {rs.id:<16} {rs.effective.isoformat()} – {until:<10}  A/B/C {parts}  {sheets}"
            f"{lapsed}\n"
        )


def _print_sheet(rs: Any, number: int, args: argparse.Namespace, out: TextIO) -> None:
    sheet = rs.sheet(number)
    vi = _vi(args)
    title = sheet.title_vi if vi else (sheet.title_en or sheet.title_vi)
    out.write(f"{sheet.rule_set} — {number}. {title}\n")
    for part in sheet.parts:
        word = _("Phần").text(args.lang)
        out.write(
            f"{word} {part.code}: {part.label_vi if vi else part.label_en} ({part.maximum})\n"
        )
        for section in part.sections:
            out.write(
                f"  {section.code}. {section.label_vi if vi else section.label_en} "
                f"({section.maximum})\n"
            )
            for crit in section.criteria:
                for leaf in [crit] if crit.code == section.code else [crit, *crit.subcriteria]:
                    if leaf.code != section.code:
                        label = leaf.label_vi if vi else leaf.label_en
                        out.write(f"    {leaf.code} {label} ({leaf.maximum})\n")
                    for k, opt in enumerate(leaf.options, 1):
                        mark = f" {'*' * opt.mark}" if opt.mark else ""
                        case_word = _("TH").text(args.lang)
                        case = f" [{case_word}{opt.case}]" if opt.case else ""
                        label = opt.label_vi if vi else (opt.label_en or opt.label_vi)
                        out.write(f"      {k}. [{opt.points}]{mark}{case} {label}\n")
    if sheet.faults:
        out.write(_("Hồ sơ bị loại khi (mã lỗi):").text(args.lang) + "\n")
        for fault in sheet.faults:
            label = fault.label_vi if vi else (fault.label_en or fault.label_vi)
            out.write(f"  [{fault.id}] {label}\n")
    gate = sheet.food_safety_gate
    if gate is not None:
        out.write(
            _(
                "Cổng an toàn thực phẩm: {criterion} (mục {section}): {printed}",
                criterion=gate.criterion,
                section=gate.section,
                printed=gate.printed,
            ).text(args.lang)
            + "\n"
        )


def _newest_with_sheets() -> str:
    """The id of the newest rule set whose sheets are shipped (``--set`` without an id)."""

    with_sheets = [rs for rs in ocop.rules.all() if rs.store]
    return max(with_sheets, key=lambda rs: rs.effective).id


def _rules(args: argparse.Namespace, out: TextIO) -> int:

    custom = _load_rules(args)
    if not args.id and custom is None and not args.product_set:
        _list_rule_sets(args, out)
        return EXIT_OK
    rs = custom if custom is not None else ocop.rules.get(args.id or _newest_with_sheets())
    if args.product_set:
        _print_sheet(rs, args.product_set, args, out)
        return EXIT_OK
    vi = _vi(args)
    out.write(f"{rs.id}: {rs.title_vi if vi else rs.title_en}\n")
    in_force = _("Hiệu lực").text(args.lang)
    out.write(f"  {in_force}: {rs.effective} – {rs.replaced or ''}\n")
    if rs.replaced:
        replaced = _("Được thay thế cho các lần đánh giá mới từ")
        out.write(f"  {replaced.text(args.lang)}: {rs.replaced}\n")
    if rs.lapsed:
        lapsed = _("Ngày cuối cùng còn hiệu lực")
        out.write(f"  {lapsed.text(args.lang)}: {rs.lapsed}\n")
    source = _("Nguồn").text(args.lang)
    out.write(f"  {source}: {rs.source}\n")
    for band in rs.bands:
        out.write(f"  {band.star.label(args.lang)}: {band.describe(args.lang)}\n")
    return EXIT_OK


@contextlib.contextmanager
def _reading(path: str) -> Iterator[None]:
    """Turn the errors of reading a file into bad-input errors naming the file."""
    try:
        yield
    except OcopError as e:
        raise _InputError("", e) from None
    except OSError as e:
        raise _InputError(path, _os_message(e)) from None


def _progress(entries: Iterator[Any], err: TextIO) -> Iterator[Any]:
    """Count rows on standard error while a long read runs, only on a terminal."""
    if not err.isatty():
        yield from entries
        return
    for k, entry in enumerate(entries, 1):
        if k % 10_000 == 0:
            err.write(f"\r{k:,} …")
            err.flush()
        yield entry
    err.write("\r")


def _date_flag(flag: str, value: str) -> dt.date:
    """A date given on the command line, in any form a register accepts."""

    try:
        return read_date(value)
    except BadValue as bad:
        raise _InputError(flag, bad.message) from None


def _register_options(args: argparse.Namespace) -> dict[str, Any]:
    """The options of ``register.stream`` given by the command's flags."""

    columns: dict[str, str] = {}
    try:
        if args.columns:
            columns.update(read_mapping(args.columns))
        columns.update(parse_pairs(args.column or []))
    except OcopError as e:
        raise _InputError("--column", e) from None
    if args.province is not None:
        try:
            default_place(args.province)
        except (AmbiguousPlaceError, OcopError) as e:
            raise _InputError("--province", e) from None
    return {
        "columns": columns,
        "province": args.province,
        "sheet": args.sheet,
        "addresses": args.addresses,
    }


def _import_note(report: Any, lang: str) -> str:
    return _(
        "Sổ {source}: {read} dòng, giữ {kept}, loại {rejected}, bỏ qua {skipped}, cảnh báo "
        "{warned} (xem chi tiết: ocop validate).",
        source=report.source,
        read=report.read,
        kept=report.kept,
        rejected=len(report.rejected_rows),
        skipped=report.skipped_count,
        warned=len(report.warned_rows),
    ).text(lang)


def _report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:

    by = tuple(d.strip() for d in args.by.split(",") if d.strip())
    on = _date_flag("--on", args.on) if args.on else None
    if args.valid_only and on is None:
        raise _InputError("--valid-only", _("cần --on NGÀY"))
    options = _register_options(args)
    report = register.ImportReport(args.file)
    with _reading(args.file):
        entries = register.stream(args.file, report=report, **options)
        counts = stats.count(_progress(entries, err), by, on=on, valid_only=args.valid_only)
    if args.format == "xlsx" or args.output:
        header, body = table_rows(counts, args.lang)
        if not args.output:
            raise _InputError("--format xlsx", _("cần --output TỆP.xlsx"))
        with _reading(args.output):
            save(header, body, args.output, args.format if args.format != "text" else None)
        err.write(_import_note(report, args.lang) + "\n")
        if report.rejected:
            err.write(report.summary(args.lang) + "\n")
        return EXIT_OUTCOME if report.rejected else EXIT_OK
    if args.format == "json":
        rows = [
            {
                **{n: label(n, v, args.lang) for n, v in zip(counts.by, key, strict=True)},
                "count": counts[key],
            }
            for key in counts
        ]
        out.write(
            json.dumps(
                {
                    "format": "ocop-counts/1",
                    "by": list(by),
                    "total": counts.total,
                    "rows": rows,
                    "rejected": len(report.rejected_rows),
                    "excluded": counts.excluded,
                    "warned": len(report.warned_rows),
                    "skipped": report.skipped_count,
                    "read": report.read,
                },
                ensure_ascii=False,
                indent=1,
            )
            + "\n"
        )
    else:
        out.write(table(counts, args.lang, args.format) + "\n")
        if args.format != "csv":
            if counts.excluded:
                out.write(
                    _(
                        "Không tính {count} sản phẩm không xác định được ngày công nhận đến "
                        "ngày --on.",
                        count=counts.excluded,
                    ).text(args.lang)
                    + "\n"
                )
            out.write(_import_note(report, args.lang) + "\n")
    if report.rejected or report.warnings:
        err.write(report.summary(args.lang) + "\n")
    return EXIT_OUTCOME if report.rejected else EXIT_OK


def _due(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:

    start = _date_flag("--from", args.start)
    end = _date_flag("--to", args.end)
    report = register.ImportReport(args.file)
    with _reading(args.file):
        result = due(
            register.stream(args.file, report=report, **_register_options(args)), start, end
        )
    header, body = result.rows(args.lang)
    if args.output:
        with _reading(args.output):
            save(header, body, args.output, None if args.format == "text" else args.format)
    elif args.format == "xlsx":
        raise _InputError("--format xlsx", _("cần --output TỆP.xlsx"))
    else:
        out.write(render(header, body, args.format))
    err.write(_import_note(report, args.lang) + "\n")
    if result.undated:
        err.write(
            _(
                "{count} sản phẩm không có ngày quyết định nên không xác định được hạn.",
                count=result.undated,
            ).text(args.lang)
            + "\n"
        )
    if report.rejected:
        err.write(report.summary(args.lang) + "\n")
    return EXIT_OUTCOME if report.rejected else EXIT_OK


def _validate(args: argparse.Namespace, out: TextIO) -> int:

    _vi(args)
    path = Path(args.file)
    if path.suffix == ".json":
        head = path.read_text(encoding="utf-8-sig")
        try:
            kind = json.loads(head).get("format", "") if head.strip().startswith("{") else ""
        except json.JSONDecodeError:
            kind = ""
        if kind.startswith(("ocop-evaluation", "ocop-council", "ocop-score", "ocop-advice")):
            document = _read_document(args.file, _load_rules(args))
            if isinstance(document, ocop.Evaluation | ocop.Council):
                try:
                    ocop.score(document, rules=_load_rules(args))
                except OcopError as e:
                    raise _InputError(args.file, e) from None
            out.write((_("{file}: hợp lệ.", file=args.file).text(args.lang)) + "\n")
            return EXIT_OK
    options = _register_options(args)
    with _reading(args.file):
        result = register.read(args.file, **options)
    out.write(result.report.summary(args.lang) + "\n")
    return EXIT_OUTCOME if result.report.rejected else EXIT_OK


def _demo(args: argparse.Namespace, out: TextIO) -> int:

    _vi(args)
    folder = resources.files("ocop") / "data" / "examples"
    names = ["rau-cu-qua.json", "che-hoi-dong.json", "du-lich-cong-dong.json"]
    documents = [from_data(json.loads((folder / n).read_text(encoding="utf-8"))) for n in names]
    scores = [ocop.score(d) for d in documents]

    def rule(title: str) -> None:
        out.write(f"\n== {title} ==\n")

    rule(_("Chấm các phiếu ví dụ").text(args.lang))
    for name, s in zip(names, scores, strict=True):
        star = s.star.label(args.lang) if s.star else "—"
        total = ocop.report.number(s.total, args.lang, 0 if s.total == int(s.total) else 2)
        set_word = _("bộ").text(args.lang)
        out.write(f"  {name:<24} {set_word} {s.product_set:>2}  {total:>6}  {star}\n")
    rule(_("Giải thích phiếu đầu tiên").text(args.lang))
    out.write(scores[0].explain(args.lang) + "\n")
    rule(_("Để lên hạng tiếp theo").text(args.lang))
    out.write(ocop.advice(scores[0]).explain(args.lang) + "\n")
    example = register.example()
    rule(_("Sổ đăng ký ví dụ (dữ liệu giả lập)").text(args.lang))
    summary = statement(
        example, as_of=dt.date(2025, 9, 30), target=target("919/QĐ-TTg", "products")
    )
    out.write(summary.text(args.lang) + "\n\n")
    out.write(table(stats.count(example, "star"), args.lang) + "\n\n")
    out.write(table(stats.count(example, "region"), args.lang, order="count") + "\n")
    return EXIT_OK


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


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    lang, as_json = _scan(argv)
    parser = _parser(lang, as_json)
    args = parser.parse_args(argv)
    try:
        if args.command == "demo":
            return _demo(args, out)
        if args.command == "score":
            return _score(args, out)
        if args.command == "advice":
            return _advice(args, out)
        if args.command == "sheet":
            return _sheet(args, out)
        if args.command == "report":
            return _report(args, out, err)
        if args.command == "validate":
            return _validate(args, out)
        if args.command == "due":
            return _due(args, out, err)
        if args.command == "rules":
            return _rules(args, out)
        out.write(parser.format_help())
        return EXIT_OK
    except _InputError as e:
        _fail(args, err, e.where, e.message(args.lang), e.text)
        return EXIT_BAD_INPUT
    except OcopError as e:
        _fail(args, err, "", e.message(args.lang), e)
        return EXIT_BAD_INPUT
    except ValueError as e:
        _fail(args, err, "", str(e), None)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # the reader went away (ocop demo | head)
        return EXIT_OK


def _fail(args: argparse.Namespace, err: TextIO, where: str, message: str, cause: object) -> None:
    """Write an error: its text, or with ``--json`` a JSON object with its problems."""
    if not args.json:
        err.write(message + "\n")
        return
    lang: Locale = "vi" if args.lang == "vi" else "en"
    problems = [
        {"where": p.where, "message": p.message(lang)}
        for p in (cause.problems if isinstance(cause, OcopError) else ())
    ]
    err.write(json.dumps(_error_data(where, message, problems), ensure_ascii=False) + "\n")
