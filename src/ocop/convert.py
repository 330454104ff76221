"""JSON formats: one ``cattrs`` converter for the library's types, built on first use.

Every document carries its format and version (``"format": "ocop-evaluation/1"``). Input is
strict: unknown keys, strings where numbers belong and floats where points belong are errors,
reported with the path of the field in a :class:`FormatError`. Dates are ISO strings, exact
numbers are strings (``"269/3"``, ``"89.5"``) or integers, enums their values.

    >>> from ocop.convert import dumps, loads
    >>> text = '{"format": "ocop-evaluation/1", "rule_set": "26/2026", "product_set": 1, ' \\
    ...        '"answers": {"4.1": 3, "2.4": null}, "on": "2026-06-01"}'
    >>> ev = loads(text)
    >>> ev.answers["4.1"], ev.on
    (3, datetime.date(2026, 6, 1))
    >>> loads(dumps(ev)) == ev
    True
    >>> loads('{"format": "ocop-evaluation/1", "rule_set": "26/2026", "product_set": "1"}')
    Traceback (most recent call last):
    ...
    ocop.convert.FormatError: Dữ liệu JSON không hợp lệ (1 lỗi).
      - $.product_set: cần số nguyên, không phải '1'
    Invalid JSON data (1 problem(s)).
      - $.product_set: expected an integer, not '1'
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ocop.errors import OcopError, Problem
from ocop.i18n import Message, _

if TYPE_CHECKING:
    import cattrs

    from ocop.scoring import Score

EVALUATION = "ocop-evaluation/1"
COUNCIL = "ocop-council/1"
SCORE = "ocop-score/1"
ADVICE = "ocop-advice/1"
CERTIFICATE = "ocop-certificate/1"


class FormatError(OcopError, ValueError):
    """A JSON document that does not fit its format; ``problems`` carry the field paths."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(
            _("Dữ liệu JSON không hợp lệ ({count} lỗi).", count=len(problems)), problems=problems
        )


def brief(value: object, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters, safe for any value (an integer of 5,000
    digits, a string of a million characters, an object whose ``repr`` fails)."""
    try:
        if isinstance(value, int) and value.bit_length() > 4 * limit:
            digits = int(value.bit_length() * 0.30103)
            return f"<{'-' if value < 0 else ''}integer of about {digits} digits>"
        text = repr(value)
    except Exception:
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Bad(ValueError):  # noqa: N818 - internal, always turned into a FormatError
    """Raised inside hooks; carries both languages."""

    def __init__(self, message: Message, where: str = "") -> None:
        super().__init__(message.msgid)
        self.message = message
        self.where = where


def _int(value: Any, _type: Any = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(_("cần số nguyên, không phải {value}", value=brief(value)))
    return value


def _str(value: Any, _type: Any = None) -> str:
    if not isinstance(value, str):
        raise _Bad(_("cần chuỗi, không phải {value}", value=brief(value)))
    return value


def _bool(value: Any, _type: Any = None) -> bool:
    if not isinstance(value, bool):
        raise _Bad(_("cần true/false, không phải {value}", value=brief(value)))
    return value


def _date(value: Any, _type: Any = None) -> dt.date:
    try:
        return dt.date.fromisoformat(_str(value))
    except ValueError:
        raise _Bad(_("ngày không hợp lệ {value} (dạng 2026-05-22)", value=brief(value))) from None


def _fraction(value: Any, _type: Any = None) -> Fraction:
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(value)
    if isinstance(value, str) and len(value) <= 100:
        try:
            return Fraction(value) if "/" in value else Fraction(Decimal(value))
        except (ValueError, ZeroDivisionError, InvalidOperation):
            pass
    raise _Bad(
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
        raise _Bad(_("câu trả lời phải là một đối tượng {{mã: phương án}}"))
    out: dict[str, int | None] = {}
    for code, answer in value.items():
        try:
            out[code] = None if answer is None else _int(answer)
        except _Bad as bad:
            raise _Bad(bad.message, f".{code}") from None
    return out


def _ids(value: Any, _type: Any = None) -> frozenset[str]:
    if not isinstance(value, list):
        raise _Bad(_("cần một danh sách, không phải {value}", value=brief(value)))
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

    from ocop import documents
    from ocop.certificates import Certificate
    from ocop.convert_hooks import register_document_hooks, register_strict_hooks
    from ocop.model import Authority, StarClass
    from ocop.rules import format as rule_format
    from ocop.scoring import Advice, Council, Evaluation, Score

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
    for cls in (Evaluation, Council, Certificate):
        c.register_structure_hook(
            cls, cattrs.gen.make_dict_structure_fn(cls, c, _cattrs_forbid_extra_keys=True)
        )
    register_strict_hooks(c, _Bad)
    register_document_hooks(
        c, _Bad, rule_format.DOCUMENT_CLASSES, unions=rule_format.UNIONS, omit_defaults=True
    )
    register_document_hooks(c, _Bad, documents.DOCUMENT_CLASSES, omit_defaults=False)
    c.register_unstructure_hook_func(
        lambda t: t is Score, lambda s: c.unstructure(documents.score_document(s))
    )
    c.register_unstructure_hook_func(
        lambda t: t is Advice, lambda a: c.unstructure(documents.advice_document(a))
    )
    return c


def _problems(exc: BaseException) -> list[Problem]:
    import attrs
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
        if isinstance(err, _Bad):
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
        _Bad,
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


def to_data(obj: Any) -> dict[str, Any]:
    """A JSON-ready document for an evaluation, council, score, advice or certificate."""
    from ocop.certificates import Certificate
    from ocop.scoring import Advice, Council, Evaluation, Score

    c = converter()
    if isinstance(obj, Evaluation):
        return {"format": EVALUATION, **_evaluation(obj)}
    if isinstance(obj, Council):
        return {"format": COUNCIL, "evaluations": [_evaluation(e) for e in obj.evaluations]}
    if isinstance(obj, Score):
        return {"format": SCORE, **c.unstructure(obj)}
    if isinstance(obj, Advice):
        return {"format": ADVICE, **c.unstructure(obj)}
    if isinstance(obj, Certificate):
        return {"format": CERTIFICATE, **c.unstructure(obj)}
    from ocop.errors import UsageError

    raise UsageError(_("không có định dạng JSON cho {kind}", kind=type(obj).__name__))


def _evaluation(ev: Any) -> dict[str, Any]:
    data: dict[str, Any] = converter().unstructure(ev)
    defaults: dict[str, Any] = {
        "by": "position",
        "case": None,
        "faults": [],
        "impurities": False,
        "on": None,
        "council": "province",
        "evaluator": None,
    }
    return {k: v for k, v in data.items() if k not in defaults or defaults[k] != v}


def score_data(score: Score) -> dict[str, Any]:
    """A score as JSON (without its ``format``): its figures and the evaluation it came from."""
    data: dict[str, Any] = converter().unstructure(score)
    return data


def advice_data(advice: Any) -> dict[str, Any]:
    """An advice as JSON (without its ``format``), with the score it advises on."""
    data: dict[str, Any] = converter().unstructure(advice)
    return data


def from_data(data: Any, *, rules: Any = None) -> Any:
    """The object a document describes, by its ``format``.

    A score or advice document is rebuilt by scoring its source again; figures that disagree
    with the rules are an error (a document cannot smuggle in a wrong star).
    """
    from ocop.certificates import Certificate
    from ocop.scoring import Council, Evaluation, advice, score

    if not isinstance(data, dict):
        raise FormatError([Problem("$", _("cần một đối tượng JSON"))])
    kind = data.get("format")
    body = {k: v for k, v in data.items() if k != "format"}
    if kind == EVALUATION:
        return structure(body, Evaluation)
    if kind == COUNCIL:
        return structure(body, Council)
    if kind == CERTIFICATE:
        return structure(body, Certificate)
    if kind in (SCORE, ADVICE):
        from ocop.documents import AdviceDoc, ScoreDoc

        doc = structure(body, ScoreDoc if kind == SCORE else AdviceDoc)
        stored = doc if isinstance(doc, ScoreDoc) else doc.score
        source = from_data(stored.source, rules=rules)
        rebuilt = score(source, rules=rules)
        if unstructure(stored) != score_data(rebuilt):
            raise FormatError([Problem("$", _("các con số không khớp với việc chấm lại phiếu"))])
        if kind == SCORE:
            return rebuilt
        result = advice(rebuilt, doc.target)
        if advice_data(result) != unstructure(doc):
            raise FormatError([Problem("$", _("lời khuyên không khớp với việc tính lại"))])
        return result
    known = ", ".join((EVALUATION, COUNCIL, SCORE, ADVICE, CERTIFICATE))
    raise FormatError(
        [
            Problem(
                "$.format",
                _("định dạng {kind} không được hỗ trợ (có: {known})", kind=repr(kind), known=known),
            )
        ]
    )


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """``obj`` as a JSON document."""
    return json.dumps(to_data(obj), ensure_ascii=False, indent=indent)


def loads(text: str, *, rules: Any = None) -> Any:
    """The object of a JSON document (see :func:`from_data`)."""
    try:
        data = json.loads(text, parse_float=_no_float)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise FormatError([Problem(where, _("JSON hỏng: {msg}", msg=exc.msg))]) from None
    except _Bad as bad:
        raise FormatError([Problem("$", bad.message)]) from None
    return from_data(data, rules=rules)


def _no_float(text: str) -> Any:
    raise _Bad(
        _("số thực {text} không được dùng; điểm là số nguyên hoặc chuỗi chính xác", text=text)
    )
