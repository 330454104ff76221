"""What the commands share: reading files and documents, the words of the system's
messages, exit codes."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from ocop import forms
from ocop.convert import FormatError, loads
from ocop.errors import Locale, MissingColumnsError, OcopError
from ocop.i18n import Message, _
from ocop.register.values import BadValue, read_date
from ocop.rules.custom import load_file

EXIT_OK, EXIT_OUTCOME, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


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


_NOT_UTF8 = _("tệp không phải văn bản UTF-8")


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
    except UnicodeDecodeError:
        raise _InputError(path, _NOT_UTF8) from None
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


@contextlib.contextmanager
def _reading(path: str) -> Iterator[None]:
    """Turn the errors of reading a file into bad-input errors naming the file."""
    try:
        yield
    except MissingColumnsError as e:
        raise _InputError("", e.for_command()) from None
    except OcopError as e:
        raise _InputError("", e) from None
    except OSError as e:
        raise _InputError(path, _os_message(e)) from None
    except UnicodeDecodeError:
        raise _InputError(path, _NOT_UTF8) from None


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
