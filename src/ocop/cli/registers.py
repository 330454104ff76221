"""The commands on registers: ``report``, ``validate`` and ``due``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

import ocop
from ocop import register, stats
from ocop.cli.common import (
    EXIT_OK,
    EXIT_OUTCOME,
    _date_flag,
    _InputError,
    _load_rules,
    _progress,
    _read_document,
    _reading,
    _vi,
)
from ocop.errors import AmbiguousPlaceError, OcopError
from ocop.i18n import _
from ocop.register.io import default_place
from ocop.register.layout import parse_pairs, read_mapping
from ocop.report import label, table
from ocop.report import rows as table_rows
from ocop.report.due import due
from ocop.report.output import render, save


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
        **report.counts(),
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
        with _reading(args.file):
            head = path.read_text(encoding="utf-8-sig")
        try:
            kind = json.loads(head).get("format", "") if head.strip().startswith("{") else ""
        except (json.JSONDecodeError, RecursionError):
            kind = ""
        if isinstance(kind, str) and kind.startswith(
            ("ocop-evaluation", "ocop-council", "ocop-score", "ocop-advice")
        ):
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
