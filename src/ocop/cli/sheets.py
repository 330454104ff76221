"""The commands on sheets: ``score``, ``advice``, ``sheet``, ``rules`` and ``demo``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

import ocop
from ocop import forms, register, stats
from ocop.cli.common import (
    EXIT_OK,
    EXIT_OUTCOME,
    _InputError,
    _load_rules,
    _os_error,
    _os_message,
    _read_document,
    _vi,
)
from ocop.convert import dumps, from_data, to_data
from ocop.errors import OcopError
from ocop.forms import read_council
from ocop.i18n import _
from ocop.report import statement, table
from ocop.targets import target


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
