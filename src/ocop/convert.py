"""JSON formats: one ``cattrs`` converter for the library's types, built on first use.

Every document carries its format and version (``"format": "ocop-evaluation/1"``). Input is
strict: unknown keys, strings where numbers belong and floats where points belong are errors,
reported with the path of the field in a :class:`~ocop.errors.FormatError`. The converter is
the library's one converter (:mod:`ocop.converter`), with the hooks of scores and advice.
Dates are ISO strings, exact numbers strings (``"269/3"``, ``"89.5"``) or integers, enums
their values.

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
    ocop.errors.FormatError: Dữ liệu JSON không hợp lệ (1 lỗi).
      - $.product_set: cần số nguyên, không phải '1'
    Invalid JSON data (1 problem).
      - $.product_set: expected an integer, not '1'
"""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, Any

from ocop import converter as core
from ocop.certificates import Certificate
from ocop.converter import BadValue, brief, fraction_text, structure, unstructure
from ocop.documents import AdviceDoc, ScoreDoc, advice_document, score_document
from ocop.errors import FormatError, Problem, UsageError
from ocop.i18n import _
from ocop.scoring import Advice, Council, Evaluation, Score, advice, score

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "ADVICE",
    "CERTIFICATE",
    "COUNCIL",
    "EVALUATION",
    "SCORE",
    "FormatError",
    "brief",
    "converter",
    "dumps",
    "fraction_text",
    "from_data",
    "loads",
    "structure",
    "to_data",
    "unstructure",
]

EVALUATION = "ocop-evaluation/1"
COUNCIL = "ocop-council/1"
SCORE = "ocop-score/1"
ADVICE = "ocop-advice/1"
CERTIFICATE = "ocop-certificate/1"

_lock = threading.Lock()
_ready = False


def converter() -> cattrs.Converter:
    """The library's one ``cattrs`` converter, with the hooks that write scores and advice."""
    global _ready
    c = core.converter()
    if not _ready:
        with _lock:
            if not _ready:
                c.register_unstructure_hook_func(
                    lambda t: t is Score, lambda s: c.unstructure(_score_document(s))
                )
                c.register_unstructure_hook_func(
                    lambda t: t is Advice,
                    lambda a: c.unstructure(advice_document(a, _score_document(a.score))),
                )
                _ready = True
    return c


def _score_document(result: Score) -> ScoreDoc:
    return score_document(result, to_data(result.source))


def to_data(obj: Any) -> dict[str, Any]:
    """A JSON-ready document for an evaluation, council, score, advice or certificate."""
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
                _(
                    "định dạng {kind} không được hỗ trợ (có: {known})",
                    kind=brief(kind),
                    known=known,
                ),
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
    except BadValue as bad:
        raise FormatError([Problem("$", bad.message)]) from None
    return from_data(data, rules=rules)


def _no_float(text: str) -> Any:
    raise BadValue(
        _("số thực {text} không được dùng; điểm là số nguyên hoặc chuỗi chính xác", text=text)
    )
