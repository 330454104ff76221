"""JSON formats: one ``cattrs`` converter for the library's types, built on first use.

Every document carries its format and version (``"format": "ocop-evaluation/2"``); documents
of an earlier version still read (:data:`EARLIER`). Input is
strict: unknown keys, strings where numbers belong and floats where points belong are errors,
reported with the path of the field in a :class:`FormatError`. Dates are ISO strings, exact
numbers are strings (``"269/3"``, ``"89.5"``) or integers, enums their values.

    >>> from ocop.convert import dumps, loads
    >>> text = '{"format": "ocop-evaluation/2", "rule_set": "26/2026", "product_set": 1, ' \\
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

EVALUATION = "ocop-evaluation/2"
COUNCIL = "ocop-council/2"
SCORE = "ocop-score/1"
ADVICE = "ocop-advice/2"
CERTIFICATE = "ocop-certificate/1"

_PRODUCT_KEYS = ("product", "product_code", "producer")
EARLIER: dict[str, tuple[str, tuple[str, ...]]] = {
    "ocop-evaluation/1": (EVALUATION, _PRODUCT_KEYS),
    "ocop-council/1": (COUNCIL, _PRODUCT_KEYS),
    "ocop-advice/1": (ADVICE, ()),
}
"""Earlier document versions that still read: format → (the current format, the keys the
earlier version did not have). Evaluations and councils 2 added the product's name, code and
producer; advice 2 names each upgrade's boxes and points (``from_position``, ``from_points``,
``to_position``, ``to_points`` instead of ``from`` and ``to_option``)."""


class FormatError(OcopError, ValueError):
    """A JSON document that does not fit its format; ``problems`` carry the field paths."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(
            _("Dữ liệu JSON không hợp lệ ({count} lỗi).", count=len(problems)), problems=problems
        )


class _Bad(ValueError):  # noqa: N818 - internal, always turned into a FormatError
    """Raised inside hooks; carries both languages."""

    def __init__(self, message: Message, where: str = "") -> None:
        super().__init__(message.text("en"))
        self.message = message
        self.where = where


def _int(value: Any, _type: Any = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(_("cần số nguyên, không phải {value}", value=repr(value)))
    return value


def _str(value: Any, _type: Any = None) -> str:
    if not isinstance(value, str):
        raise _Bad(_("cần chuỗi, không phải {value}", value=repr(value)))
    return value


def _bool(value: Any, _type: Any = None) -> bool:
    if not isinstance(value, bool):
        raise _Bad(_("cần true/false, không phải {value}", value=repr(value)))
    return value


def _date(value: Any, _type: Any = None) -> dt.date:
    try:
        return dt.date.fromisoformat(_str(value))
    except ValueError:
        raise _Bad(_("ngày không hợp lệ {value} (dạng 2026-05-22)", value=repr(value))) from None


def _fraction(value: Any, _type: Any = None) -> Fraction:
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(value)
    if isinstance(value, str):
        try:
            return Fraction(value) if "/" in value else Fraction(Decimal(value))
        except (ValueError, ZeroDivisionError, InvalidOperation):
            pass
    raise _Bad(
        _(
            'cần số chính xác (số nguyên hoặc chuỗi như "269/3", "89.5"), không phải {value}',
            value=repr(value),
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
        raise _Bad(_("cần một danh sách, không phải {value}", value=repr(value)))
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

    from ocop.certificates import Certificate
    from ocop.model import Authority, StarClass
    from ocop.scoring import Council, Evaluation

    c = cattrs.Converter(forbid_extra_keys=True)
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
    return c


def _problems(exc: Exception) -> list[Problem]:
    import cattrs

    problems: list[Problem] = []

    def walk(err: BaseException, path: str) -> None:
        if isinstance(err, cattrs.ClassValidationError | cattrs.IterableValidationError):
            with_notes, without = err.group_exceptions()
            for sub, note in with_notes:
                name = getattr(note, "name", None)
                index = getattr(note, "index", None)
                step = (
                    f".{name}" if name is not None else f"[{index!r}]" if index is not None else ""
                )
                walk(sub, path + step)
            for sub in without:
                walk(sub, path)
            return
        if isinstance(err, cattrs.ForbiddenExtraKeysError):
            for key in sorted(err.extra_fields):
                problems.append(Problem(f"{path}.{key}", _("trường lạ")))
            return
        if isinstance(err, _Bad):
            problems.append(Problem(path + err.where, err.message))
            return
        if isinstance(err, KeyError):
            problems.append(Problem(path, _("thiếu trường bắt buộc")))
            return
        if isinstance(err, TypeError | AttributeError):
            problems.append(Problem(path, _("sai kiểu (cần một đối tượng JSON)")))
            return
        problems.append(Problem(path, _("{detail}", detail=str(err))))

    walk(exc, "$")
    return problems


def structure(data: Any, cls: type[Any]) -> Any:
    """``data`` (plain JSON values) as an instance of ``cls``; raises :class:`FormatError`."""
    import cattrs

    try:
        return converter().structure(data, cls)
    except (cattrs.BaseValidationError, _Bad, KeyError, ValueError, TypeError) as exc:
        if isinstance(exc, OcopError):
            raise
        raise FormatError(_problems(exc)) from None


# -- documents ------------------------------------------------------------------------------


def to_data(obj: Any) -> dict[str, Any]:
    """A JSON-ready document for an evaluation, council, score, advice or certificate."""
    from ocop.certificates import Certificate
    from ocop.scoring import Advice, Council, Evaluation, Score

    c = converter()
    if isinstance(obj, Evaluation):
        return {"format": EVALUATION, **_evaluation(obj)}
    if isinstance(obj, Council):
        about = {k: getattr(obj, k) for k in _PRODUCT_KEYS if getattr(obj, k) is not None}
        return {
            "format": COUNCIL,
            **about,
            "evaluations": [_evaluation(e) for e in obj.evaluations],
        }
    if isinstance(obj, Score):
        return {"format": SCORE, **score_data(obj)}
    if isinstance(obj, Advice):
        return {"format": ADVICE, **advice_data(obj)}
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
        "product": None,
        "product_code": None,
        "producer": None,
    }
    return {k: v for k, v in data.items() if k not in defaults or defaults[k] != v}


def score_data(score: Score) -> dict[str, Any]:
    """A score as JSON: its figures and the evaluation it came from."""
    source = to_data(score.source)
    return {
        "rule_set": score.rule_set.id,
        "product_set": score.product_set,
        "total": fraction_text(score.total),
        "band": int(score.band),
        "star": None if score.star is None else int(score.star),
        "recognised": score.recognised,
        "potential_five": score.potential_five,
        "authority": None if score.authority is None else score.authority.value,
        "disqualified": [f.id for f in score.disqualified],
        "gated": list(score.gated),
        "parts": {p.code: fraction_text(p.points) for p in score.parts()},
        "criteria": {code: fraction_text(v) for code, v in score.points.items()},
        "marks_missed": [
            {
                "level": int(m.level),
                "criterion": m.criterion.code,
                "required_points": m.required.points,
                "reached": fraction_text(m.reached),
            }
            for m in score.missed_marks()
        ],
        "interpretation": score.interpretation.id,
        "source": source,
    }


def advice_data(advice: Any) -> dict[str, Any]:
    return {
        "target": int(advice.target),
        "reachable": advice.reachable,
        "already": advice.already,
        "reason": advice.reason,
        "points_short": fraction_text(advice.points_short),
        "needs_central": advice.needs_central,
        "upgrades": [
            {
                "criterion": u.criterion.code,
                "from_position": u.from_position,
                "from_points": fraction_text(u.from_points),
                "to_position": u.to_position,
                "to_points": u.to_points,
            }
            for u in advice.upgrades
        ],
        "score": score_data(advice.score),
    }


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
    written = kind
    if kind in EARLIER:
        kind, added = EARLIER[kind]
        _refuse_later_keys(body, added, "$")
    if kind == EVALUATION:
        return structure(body, Evaluation)
    if kind == COUNCIL:
        return structure(_council_members(body), Council)
    if kind == CERTIFICATE:
        return structure(body, Certificate)
    if kind in (SCORE, ADVICE):
        source = from_data(
            body.get("source") if kind == SCORE else (body.get("score") or {}).get("source"),
            rules=rules,
        )
        rebuilt = score(source, rules=rules)
        stored = body if kind == SCORE else body.get("score")
        if _figures(stored) != _figures(score_data(rebuilt)):
            raise FormatError([Problem("$", _("các con số không khớp với việc chấm lại phiếu"))])
        if kind == SCORE:
            return rebuilt
        result = advice(rebuilt, body.get("target"))
        expected = advice_data(result)
        if written == "ocop-advice/1":
            expected["upgrades"] = [
                {
                    "criterion": u["criterion"],
                    "from": u["from_points"],
                    "to_option": u["to_position"],
                    "to_points": u["to_points"],
                }
                for u in expected["upgrades"]
            ]
        if {**expected, "score": _figures(expected["score"])} != {
            **body,
            "score": _figures(body.get("score")),
        }:
            raise FormatError([Problem("$", _("lời khuyên không khớp với việc tính lại"))])
        return result
    known = ", ".join((EVALUATION, COUNCIL, SCORE, ADVICE, CERTIFICATE, *EARLIER))
    raise FormatError(
        [
            Problem(
                "$.format",
                _("định dạng {kind} không được hỗ trợ (có: {known})", kind=repr(kind), known=known),
            )
        ]
    )


def _figures(score: Any) -> Any:
    """A score document without its source, which was read (in any version) to rebuild it."""
    if not isinstance(score, dict):
        return score
    return {k: v for k, v in score.items() if k != "source"}


def _refuse_later_keys(body: dict[str, Any], added: tuple[str, ...], path: str) -> None:
    later = sorted(k for k in body if k in added)
    if later:
        raise FormatError(
            [Problem(f"{path}.{k}", _("trường này chỉ có từ phiên bản sau")) for k in later]
        )


def _council_members(body: dict[str, Any]) -> dict[str, Any]:
    """A council's members as written in their own files: each may keep its ``format`` key
    (an evaluation format, current or earlier)."""
    members = body.get("evaluations")
    if not isinstance(members, list):
        return body
    out = []
    for k, member in enumerate(members):
        if isinstance(member, dict) and "format" in member:
            kind = member["format"]
            member = {key: v for key, v in member.items() if key != "format"}
            if kind in EARLIER and EARLIER[kind][0] == EVALUATION:
                _refuse_later_keys(member, EARLIER[kind][1], f"$.evaluations[{k}]")
            elif kind != EVALUATION:
                raise FormatError(
                    [
                        Problem(
                            f"$.evaluations[{k}].format",
                            _(
                                "cần một phiếu đánh giá ({kind}), không phải {value}",
                                kind=EVALUATION,
                                value=repr(kind)[:40],
                            ),
                        )
                    ]
                )
        out.append(member)
    return {**body, "evaluations": out}


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """``obj`` as a JSON document."""
    return json.dumps(to_data(obj), ensure_ascii=False, indent=indent)


def loads(text: str, *, rules: Any = None) -> Any:
    """The object of a JSON document (see :func:`from_data`); a leading UTF-8 byte order
    mark is ignored."""
    text = text.removeprefix("\ufeff")
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
