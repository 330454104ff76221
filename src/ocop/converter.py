"""The one ``cattrs`` converter of the library, built on first use, strict on input.

Every JSON document of ``ocop`` — evaluations, councils, certificates, scores, advice, and the
rule data (sheets, rule sets, classifications, bundles) — is read and written by this one
converter. Input is strict: unknown keys, strings where numbers belong, floats where points
belong are errors, collected together and reported with the ``$.path`` of each field in a
:class:`~ocop.errors.FormatError`. Dates are ISO strings, exact numbers integers or strings
(``"269/3"``, ``"89.5"``), enums their values.

*Document classes* are the ``attrs`` classes of :data:`DOCUMENT_MODULES`: the converter reads
an object with exactly their keys (a field renamed in JSON says so in its metadata,
``{"key": "from"}``), and, for the rule data, writes only the fields that differ from their
defaults. This module knows no type of the scoring engine: :mod:`ocop.convert` adds the hooks of
scores and advice, so that the rule loader can use the converter without depending on scoring.

    >>> from ocop.converter import structure
    >>> from ocop.rules.format import OptionDoc
    >>> structure({"label_vi": "Có", "points": 2, "mark": 3}, OptionDoc).mark
    3
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from ocop.errors import FormatError, OcopError, Problem
from ocop.i18n import Message, _
from ocop.model import Authority, StarClass

if TYPE_CHECKING:
    import cattrs

__all__ = ["DOCUMENT_MODULES", "brief", "converter", "fraction_text", "structure", "unstructure"]

DOCUMENT_MODULES: dict[str, bool] = {"ocop.rules.format": True, "ocop.documents": False}
"""Modules whose ``attrs`` classes are documents, and whether a written document leaves out the
fields at their default (the rule data does; scores and advice show every field)."""


def brief(value: object, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters, safe for any value: a string of a million
    characters, an object whose ``repr`` fails, an integer too long for Python to write out
    (shown by its order of magnitude, in any language), nested in a list or not.

    >>> brief("x" * 100, 10), brief(10**5000), brief([1, -(10**5000)])
    ("'xxxxxxxx…", '~10^5000', '[1, -~10^5000]')
    """
    text = _repr(value, 3)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _repr(value: object, depth: int) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        digits = int(abs(value).bit_length() * 0.30103)
        return f"{'-' if value < 0 else ''}~10^{digits}"
    if isinstance(value, list | tuple) and depth > 0:
        inner = ", ".join(_repr(v, depth - 1) for v in value[:8])
        more = ", …" if len(value) > 8 else ""
        return f"[{inner}{more}]" if isinstance(value, list) else f"({inner}{more})"
    try:
        return repr(value)
    except Exception:
        return f"<{type(value).__name__}>"


class BadValue(ValueError):  # noqa: N818 - always turned into a FormatError
    """A value that does not fit its type, raised inside the hooks; carries its message in
    both languages and where it is below the field (``.4.1`` for an answer)."""

    def __init__(self, message: Message, where: str = "") -> None:
        super().__init__(message.msgid)
        self.message = message
        self.where = where


def _int(value: Any, _type: Any = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadValue(_("cần số nguyên, không phải {value}", value=brief(value)))
    return value


def _str(value: Any, _type: Any = None) -> str:
    if not isinstance(value, str):
        raise BadValue(_("cần chuỗi, không phải {value}", value=brief(value)))
    return value


def _bool(value: Any, _type: Any = None) -> bool:
    if not isinstance(value, bool):
        raise BadValue(_("cần true/false, không phải {value}", value=brief(value)))
    return value


def _date(value: Any, _type: Any = None) -> dt.date:
    try:
        return dt.date.fromisoformat(_str(value))
    except ValueError:
        raise BadValue(
            _("ngày không hợp lệ {value} (dạng 2026-05-22)", value=brief(value))
        ) from None


def _fraction(value: Any, _type: Any = None) -> Fraction:
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(value)
    if isinstance(value, str) and len(value) <= 100:
        try:
            return Fraction(value) if "/" in value else Fraction(Decimal(value))
        except (ValueError, ZeroDivisionError, InvalidOperation):
            pass
    raise BadValue(
        _(
            'cần số chính xác (số nguyên hoặc chuỗi như "269/3", "89.5"), không phải {value}',
            value=brief(value),
        )
    )


def fraction_text(value: int | Fraction) -> int | str:
    """An exact number for JSON: an ``int`` when whole, else ``"n/d"``."""
    if isinstance(value, int) or value.denominator == 1:
        return int(value)
    return f"{value.numerator}/{value.denominator}"


def _answers(value: Any, _type: Any = None) -> Mapping[str, int | None]:
    if not isinstance(value, dict):
        raise BadValue(_("câu trả lời phải là một đối tượng {{mã: phương án}}"))
    out: dict[str, int | None] = {}
    for code, answer in value.items():
        try:
            out[code] = None if answer is None else _int(answer)
        except BadValue as bad:
            raise BadValue(bad.message, f".{code}") from None
    return out


def _ids(value: Any, _type: Any = None) -> frozenset[str]:
    if not isinstance(value, list):
        raise BadValue(_("cần một danh sách, không phải {value}", value=brief(value)))
    return frozenset(_str(x) for x in value)


_lock = threading.Lock()
_converter: cattrs.Converter | None = None


def converter() -> cattrs.Converter:
    """The library's one ``cattrs`` converter (built on first use)."""
    global _converter
    if _converter is None:
        with _lock:
            if _converter is None:
                _converter = _build()
    return _converter


def _build() -> cattrs.Converter:
    import cattrs

    from ocop.convert_hooks import register_document_hooks, register_strict_hooks

    c = cattrs.Converter(forbid_extra_keys=True, unstruct_collection_overrides={tuple: list})
    c.register_structure_hook(int, _int)
    c.register_structure_hook(str, _str)
    c.register_structure_hook(bool, _bool)
    c.register_structure_hook(dt.date, _date)
    c.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    c.register_structure_hook(Fraction, _fraction)
    c.register_unstructure_hook(Fraction, fraction_text)
    c.register_structure_hook(Decimal, lambda v, _t: Decimal(_str(v)))
    c.register_unstructure_hook(Decimal, str)
    c.register_structure_hook_func(lambda t: t == frozenset[str], _ids)
    c.register_unstructure_hook_func(lambda t: t == frozenset[str], sorted)
    c.register_structure_hook_func(lambda t: t == Mapping[str, int | None], _answers)
    c.register_unstructure_hook_func(lambda t: t == Mapping[str, int | None], dict)
    c.register_structure_hook(StarClass, lambda v, _t: StarClass(_int(v)))
    c.register_unstructure_hook(StarClass, int)
    c.register_unstructure_hook(Authority, lambda a: a.value)
    c.register_structure_hook(Authority, lambda v, _t: Authority(_str(v)))

    def structure_star(value: Any, _t: Any) -> StarClass:
        return StarClass(_int(value))

    c.register_structure_hook(
        StarClass | None, lambda v, _t: None if v is None else structure_star(v, _t)
    )
    register_strict_hooks(c)
    register_document_hooks(c, DOCUMENT_MODULES)
    return c


def _problems(exc: BaseException) -> list[Problem]:
    import cattrs

    problems: list[Problem] = []

    def walk(err: BaseException, path: str) -> None:
        if isinstance(err, cattrs.ClassValidationError | cattrs.IterableValidationError):
            keys: dict[str, str] = {}
            cl = getattr(err, "cl", None)
            if (
                isinstance(err, cattrs.ClassValidationError)
                and isinstance(cl, type)
                and attrs.has(cl)
            ):
                keys = {f.name: f.metadata.get("key", f.name) for f in attrs.fields(cl)}
            with_notes, without = err.group_exceptions()
            for sub, note in with_notes:
                name = getattr(note, "name", None)
                index = getattr(note, "index", None)
                step = (
                    f".{keys.get(name, name)}"
                    if name is not None
                    else f"[{brief(index)}]"
                    if index is not None
                    else ""
                )
                walk(sub, path + step)
            for sub in without:
                walk(sub, path)
            return
        if isinstance(err, cattrs.ForbiddenExtraKeysError):
            for key in sorted(err.extra_fields, key=str):
                name = key if isinstance(key, str) and len(key) <= 40 else brief(key, 40)
                problems.append(Problem(f"{path}.{name}", _("trường lạ")))
            return
        if isinstance(err, BadValue):
            problems.append(Problem(path + err.where, err.message))
            return
        if isinstance(err, KeyError):
            problems.append(Problem(path, _("thiếu trường bắt buộc")))
            return
        if isinstance(err, RecursionError):
            problems.append(Problem(path, _("dữ liệu lồng nhau quá sâu")))
            return
        if isinstance(err, TypeError | AttributeError):
            problems.append(Problem(path, _("sai kiểu (cần một đối tượng JSON)")))
            return
        problems.append(Problem(path, _("{detail}", detail=brief(str(err), 200))))

    walk(exc, "$")
    return problems


def structure(data: Any, cls: Any) -> Any:
    """``data`` (plain JSON values) as an instance of ``cls``; raises :class:`FormatError`."""
    import cattrs

    try:
        return converter().structure(data, cls)
    except (
        cattrs.BaseValidationError,
        BadValue,
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
        RecursionError,
    ) as exc:
        if isinstance(exc, OcopError):
            raise
        try:
            problems = _problems(exc)
        except RecursionError:
            problems = [Problem("$", _("dữ liệu lồng nhau quá sâu"))]
        raise FormatError(problems) from None


def unstructure(obj: Any) -> Any:
    """``obj`` as plain JSON values, through the one converter."""
    return converter().unstructure(obj)


# -- documents ------------------------------------------------------------------------------
