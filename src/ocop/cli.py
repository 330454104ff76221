"""The ``ocop`` command, a thin layer over the library (also ``python -m ocop``).

Commands::

    ocop demo                          score the bundled example sheets, explain, advise, report
    ocop score SHEET.json              score an evaluation or a council (--json for JSON)
    ocop advice SHEET.json [--target N]
    ocop rules [ID] [--set N]          list rule sets, or print a product set's criteria
    ocop report FILE --by province,star [--format text|md|csv|json|xlsx] [--on DATE]
    ocop validate FILE                 check a register (CSV/Excel/JSON) or an evaluation
    ocop due FILE --from DATE --to DATE   certificates whose window opens/closes or expire

``report``, ``validate`` and ``due`` read registers as published: ``--column "SRC=KEY"``
(repeatable) or ``--columns FILE`` name the file's own headers, ``--province`` gives the
register's own province, ``--sheet`` a sheet of a workbook. Dates are 31/03/2026 or 2026-03-31.

``--lang vi|en`` chooses the language (Vietnamese by default); ``--rules FILE`` scores against
a rule set from a file (see :mod:`ocop.rules.custom`).

Exit codes: 0 success; 1 a rule outcome a script may act on (a product that cannot be
recognised, a target out of reach, rows rejected by ``validate``); 2 bad input (the message
goes to standard error with the file and the place of the fault).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from ocop.errors import Locale, OcopError
from ocop.i18n import Message, _

EXIT_OK, EXIT_OUTCOME, EXIT_BAD_INPUT = 0, 1, 2


def _vi(args: argparse.Namespace) -> bool:
    return bool(args.lang == "vi")


def _load_rules(args: argparse.Namespace) -> Any:
    if getattr(args, "rules", None):
        from ocop.rules.custom import load_file

        return load_file(args.rules)
    return None


def _read_document(path: str, rules: Any) -> Any:
    from ocop.convert import FormatError, loads

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise _InputError(
            path, _("không đọc được tệp ({strerror})", strerror=exc.strerror)
        ) from None
    try:
        return loads(text, rules=rules)
    except FormatError as err:
        raise _InputError(path, err) from None


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
    import ocop
    from ocop.convert import dumps

    rules = _load_rules(args)
    document = _read_document(args.sheet, rules)
    if not isinstance(document, ocop.Evaluation | ocop.Council):
        raise _InputError(args.sheet, _("cần một phiếu đánh giá hoặc hội đồng"))
    try:
        score = ocop.score(document, rules=rules)
    except OcopError as err:
        raise _InputError(args.sheet, err) from None
    if args.json:
        out.write(dumps(score, indent=1) + "\n")
    else:
        out.write(score.explain(args.lang) + "\n")
    return EXIT_OK if score.recognised else EXIT_OUTCOME


def _advice(args: argparse.Namespace, out: TextIO) -> int:
    import ocop
    from ocop.convert import dumps

    rules = _load_rules(args)
    document = _read_document(args.sheet, rules)
    try:
        result = ocop.advice(ocop.score(document, rules=rules), args.target)
    except OcopError as err:
        raise _InputError(args.sheet, err) from None
    out.write((dumps(result, indent=1) if args.json else result.explain(args.lang)) + "\n")
    return EXIT_OK if result.reachable else EXIT_OUTCOME


def _list_rule_sets(args: argparse.Namespace, out: TextIO) -> None:
    import ocop

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


def _rules(args: argparse.Namespace, out: TextIO) -> int:
    import ocop

    custom = _load_rules(args)
    if not args.id and custom is None:
        _list_rule_sets(args, out)
        return EXIT_OK
    rs = custom if custom is not None else ocop.rules.get(args.id)
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
        raise _InputError(path, _("không đọc được tệp ({strerror})", strerror=e.strerror)) from None


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
    from ocop.register.values import BadValue, read_date

    try:
        return read_date(value)
    except BadValue as bad:
        raise _InputError(flag, bad.message) from None


def _register_options(args: argparse.Namespace) -> dict[str, Any]:
    """The options of ``register.stream`` given by the command's flags."""
    from ocop.register.layout import parse_pairs, read_mapping

    columns: dict[str, str] = {}
    try:
        if args.columns:
            columns.update(read_mapping(args.columns))
        columns.update(parse_pairs(args.column or []))
    except OcopError as e:
        raise _InputError("--column", e) from None
    if args.province is not None:
        from ocop.errors import AmbiguousPlaceError
        from ocop.register.io import default_place

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
    from ocop import register, stats
    from ocop.report import table

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
        from ocop.report import rows as table_rows
        from ocop.report.output import save

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
        from ocop.report import label

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
    from ocop import register
    from ocop.report.due import due
    from ocop.report.output import render, save

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
    from ocop import register

    _vi(args)
    path = Path(args.file)
    if path.suffix == ".json":
        head = path.read_text(encoding="utf-8")
        try:
            kind = json.loads(head).get("format", "") if head.strip().startswith("{") else ""
        except json.JSONDecodeError:
            kind = ""
        if kind.startswith(("ocop-evaluation", "ocop-council", "ocop-score", "ocop-advice")):
            import ocop

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
    from importlib import resources

    import ocop
    from ocop import register, stats
    from ocop.convert import from_data
    from ocop.report import statement, table
    from ocop.targets import target

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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ocop",
        description="OCOP (Mỗi xã một sản phẩm): criteria, scoring, registers and reports.",
    )
    parser.add_argument(
        "--lang", choices=("vi", "en"), default="vi", help="language of the output (default: vi)"
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("demo", help="score the bundled examples and report on the example register")
    for name, helptext in (
        ("score", "score an evaluation or a council (JSON)"),
        ("advice", "what the next (or a given) star needs"),
    ):
        cmd = sub.add_parser(name, help=helptext)
        cmd.add_argument("sheet")
        cmd.add_argument("--json", action="store_true", help="print JSON")
        cmd.add_argument("--rules", help="a rule set file to score against")
        if name == "advice":
            cmd.add_argument("--target", type=int)
    rules = sub.add_parser("rules", help="list rule sets or print a criteria sheet")
    rules.add_argument("id", nargs="?")
    rules.add_argument("--set", type=int, dest="product_set")
    rules.add_argument("--rules", help="a rule set file")
    report = sub.add_parser("report", help="count a register")
    report.add_argument("file")
    report.add_argument("--by", default="star")
    report.add_argument("--format", choices=("text", "md", "csv", "json", "xlsx"), default="text")
    report.add_argument(
        "--on", help="count recognitions decided by this date (31/03/2026 or 2026-03-31)"
    )
    report.add_argument(
        "--valid-only", action="store_true", help="with --on, only certificates valid on that date"
    )
    report.add_argument("--output", help="write the table to this file (.xlsx, .csv, .md …)")
    validate = sub.add_parser("validate", help="check a register or an evaluation document")
    validate.add_argument("file")
    validate.add_argument("--rules", help="a rule set file")
    due_cmd = sub.add_parser("due", help="certificates due for re-evaluation or expiring")
    due_cmd.add_argument("file")
    due_cmd.add_argument("--from", dest="start", required=True, help="first day (31/03/2026)")
    due_cmd.add_argument("--to", dest="end", required=True, help="last day (31/12/2026)")
    due_cmd.add_argument("--format", choices=("text", "md", "csv", "json", "xlsx"), default="text")
    due_cmd.add_argument("--output", help="write the list to this file (.xlsx, .csv, .md …)")
    for cmd in (report, validate, due_cmd):
        cmd.add_argument(
            "--column",
            action="append",
            metavar="SRC=KEY",
            help="a header of the file and the column it is (repeatable): 'Hạng OCOP=star'",
        )
        cmd.add_argument(
            "--columns", metavar="FILE", help="a file of such mappings (JSON or lines)"
        )
        cmd.add_argument(
            "--province", help="the register's own province: 'Lâm Đồng (cũ)', 'Đắk Nông', a code"
        )
        cmd.add_argument("--sheet", help="the sheet of an Excel workbook (the first by default)")
        cmd.add_argument(
            "--addresses",
            choices=("builtin", "vietnamadminunits"),
            default="builtin",
            help="how to read provinces out of addresses",
        )
    return parser


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "demo":
            return _demo(args, out)
        if args.command == "score":
            return _score(args, out)
        if args.command == "advice":
            return _advice(args, out)
        if args.command == "report":
            return _report(args, out, err)
        if args.command == "validate":
            return _validate(args, out)
        if args.command == "due":
            return _due(args, out, err)
        if args.command == "rules":
            return _rules(args, out)
        _list_rule_sets(args, out)
        return EXIT_OK
    except _InputError as e:
        err.write(e.message(args.lang) + "\n")
        return EXIT_BAD_INPUT
    except OcopError as e:
        err.write(e.message(args.lang) + "\n")
        return EXIT_BAD_INPUT
    except ValueError as e:
        err.write(str(e) + "\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # the reader went away (ocop demo | head)
        return EXIT_OK
