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

Exit codes, the same for every command:

* 0 done (warnings allowed);
* 1 done, with a rule outcome a script may act on (a product that cannot be recognised, a
  target out of reach, some or all rows rejected);
* 2 the input as a whole cannot be used (bad arguments, a missing or unreadable file, a file
  that is not a register, not a sheet, not a rule set);
* 3 an internal error: a fault of ``ocop`` itself, with a message asking to report it.

Errors go to standard error, with the file and the place of the fault, without a traceback
unless ``--debug`` is given; with ``--json`` an error is a JSON object
``{"error": {"where": ..., "message": ..., "problems": [...]}}``.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Sequence
from typing import TextIO

from ocop.cli.common import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_OUTCOME, _InputError
from ocop.cli.parser import _error_data, _parser, _scan
from ocop.cli.registers import _due, _report, _validate
from ocop.cli.sheets import _advice, _demo, _rules, _score, _sheet
from ocop.errors import Locale, OcopError
from ocop.i18n import _

__all__ = ["EXIT_BAD_INPUT", "EXIT_INTERNAL", "EXIT_OK", "EXIT_OUTCOME", "main"]


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    lang, as_json = _scan(argv)
    parser = _parser(lang, as_json)
    if any("\x00" in arg for arg in argv):  # no file name or value holds one
        parser.error(_("một tham số chứa ký tự NUL").text(lang))
    args = parser.parse_args(argv)
    try:
        return _run(args, parser, out, err)
    except BrokenPipeError:  # the reader went away (ocop demo | head)
        return EXIT_OK
    except Exception as e:  # a fault of ocop itself: say so, ask for a report
        if args.debug:
            traceback.print_exc(file=err)
        text = _(
            "lỗi nội bộ của ocop ({kind}: {detail}); xin báo lỗi này cho người phát triển, "
            "kèm lệnh đã chạy (thêm --debug để xem vết ngăn xếp)",
            kind=type(e).__name__,
            detail=str(e)[:200],
        )
        _fail(args, err, "", text.text(args.lang), None)
        return EXIT_INTERNAL


def _run(
    args: argparse.Namespace, parser: argparse.ArgumentParser, out: TextIO, err: TextIO
) -> int:
    """Run the command; bad input becomes exit code 2 with its message."""
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
    except RecursionError:
        _fail(args, err, "", _("dữ liệu lồng nhau quá sâu").text(args.lang), None)
        return EXIT_BAD_INPUT


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
