"""The ``ocop`` command, a thin layer over the library.

``ocop`` (or ``ocop rules``) lists the rule sets with their dates and whether their criteria
sheets are available; ``ocop rules ID --set N`` prints one sheet's criteria.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ocop.errors import OcopError


def _list_rule_sets(lang: str) -> None:
    import ocop

    vi = lang == "vi"
    print("Các bộ quy tắc OCOP" if vi else "OCOP rule sets")
    for rs in ocop.rules.all():
        until = rs.replaced.isoformat() if rs.replaced else ("nay" if vi else "now")
        parts = "/".join(str(p.maximum) for p in rs.parts)
        if rs.sheets_available:
            sheets = (f"{len(rs.store.numbers) if rs.store else 0} phiếu" if vi
                      else f"{len(rs.store.numbers) if rs.store else 0} sheets")
        else:
            sheets = "không có phiếu" if vi else "no sheets"
        print(f"  {rs.id:<16} {rs.effective.isoformat()} – {until:<10}  A/B/C {parts}  {sheets}")


def _print_sheet(rule_set_id: str, number: int, lang: str) -> None:
    import ocop

    sheet = ocop.rules.get(rule_set_id).sheet(number)
    vi = lang == "vi"
    print(f"{sheet.rule_set} — {number}. {sheet.title_vi if vi else sheet.title_en}")
    for part in sheet.parts:
        print(f"{'Phần' if vi else 'Part'} {part.code}: "
              f"{part.label_vi if vi else part.label_en} ({part.maximum})")
        for section in part.sections:
            print(f"  {section.code}. {section.label_vi if vi else section.label_en} "
                  f"({section.maximum})")
            for crit in section.criteria:
                for leaf in ([crit] if crit.code == section.code else [crit, *crit.subcriteria]):
                    if leaf.code != section.code:
                        print(f"    {leaf.code} {leaf.label_vi if vi else leaf.label_en} "
                              f"({leaf.maximum})")
                    for k, opt in enumerate(leaf.options, 1):
                        mark = f" {'*' * opt.mark}" if opt.mark else ""
                        case = f" [TH{opt.case}]" if opt.case else ""
                        print(f"      {k}. [{opt.points}]{mark}{case} {opt.label_vi}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ocop", description="OCOP rules (Mỗi xã một sản phẩm)")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    sub = parser.add_subparsers(dest="command")
    rules = sub.add_parser("rules", help="list rule sets or print a criteria sheet")
    rules.add_argument("id", nargs="?")
    rules.add_argument("--set", type=int, dest="product_set")
    args = parser.parse_args(argv)
    try:
        if args.command == "rules" and args.id and args.product_set:
            _print_sheet(args.id, args.product_set, args.lang)
        elif args.command == "rules" and args.id:
            import ocop

            rs = ocop.rules.get(args.id)
            print(f"{rs.id}: {rs.title_vi if args.lang == 'vi' else rs.title_en}")
            print(f"  {rs.effective} – {rs.replaced or ''}  {rs.source}")
        else:
            _list_rule_sets(args.lang)
    except OcopError as err:
        print(err.message(args.lang), file=sys.stderr)
        return 2
    return 0
