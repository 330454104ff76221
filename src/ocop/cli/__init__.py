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
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from ocop.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_OUTCOME, _InputError
from ocop.cli.parser import _error_data, _parser, _scan
from ocop.cli.registers import _due, _report, _validate
from ocop.cli.sheets import _advice, _demo, _rules, _score, _sheet
from ocop.errors import Locale, OcopError

__all__ = ["EXIT_BAD_INPUT", "EXIT_OK", "EXIT_OUTCOME", "main"]


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
