"""JSON formats: one ``cattrs`` converter for the library's types, built on first use.

Every document carries its format and version (``"format": "ocop-evaluation/2"``); documents
of an earlier version still read (:data:`EARLIER`). Input is
strict: unknown keys, strings where numbers belong and floats where points belong are errors,
reported with the path of the field in a :class:`~ocop.errors.FormatError`. The converter is
the library's one converter (:mod:`ocop.converter`), with the hooks of scores and advice.
Dates are ISO strings, exact numbers strings (``"269/3"``, ``"89.5"``) or integers, enums
their values.

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
from ocop.documents import (
    AdviceDoc,
    AdviceDocV1,
    ScoreDoc,
    advice_document,
    earlier_advice,
    score_document,
)
from ocop.errors import FormatError, Problem, UsageError
from ocop.i18n import _
from ocop.scoring import Advice, Council, Evaluation, Score, advice, score

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "ADVICE",
    "CERTIFICATE",
    "COUNCIL",
    "EARLIER",
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

#: The format an evaluation is written in (the ``format`` key of its JSON document).
EVALUATION = "ocop-evaluation/2"
#: The format of a council: the evaluations of its members.
COUNCIL = "ocop-council/2"
#: The format of a score, written with its evaluation so that reading it scores again.
SCORE = "ocop-score/1"
#: The format of advice: the score, the target class and the upgrades.
ADVICE = "ocop-advice/2"
#: The format of a certificate.
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
        about = {k: getattr(obj, k) for k in _PRODUCT_KEYS if getattr(obj, k) is not None}
        return {
            "format": COUNCIL,
            **about,
            "evaluations": [_evaluation(e) for e in obj.evaluations],
        }
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
        "product": None,
        "product_code": None,
        "producer": None,
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
    written = kind
    if isinstance(kind, str) and kind in EARLIER:
        kind, added = EARLIER[kind]
        _refuse_later_keys(body, added, "$")
    if kind == EVALUATION:
        return structure(body, Evaluation)
    if kind == COUNCIL:
        return structure(_council_members(body), Council)
    if kind == CERTIFICATE:
        return structure(body, Certificate)
    if kind in (SCORE, ADVICE):
        cls: type[ScoreDoc | AdviceDoc | AdviceDocV1] = ScoreDoc if kind == SCORE else AdviceDoc
        if written == "ocop-advice/1":
            cls = AdviceDocV1
        doc = structure(body, cls)
        stored = doc if isinstance(doc, ScoreDoc) else doc.score
        source = from_data(stored.source, rules=rules)
        rebuilt = score(source, rules=rules)
        if _figures(unstructure(stored)) != _figures(score_data(rebuilt)):
            raise FormatError([Problem("$", _("các con số không khớp với việc chấm lại phiếu"))])
        if kind == SCORE:
            return rebuilt
        assert isinstance(doc, AdviceDoc | AdviceDocV1)
        result = advice(rebuilt, doc.target)
        expected = advice_document(result, _score_document(rebuilt))
        again: Any = expected if isinstance(doc, AdviceDoc) else earlier_advice(expected)
        if _figures(unstructure(again)) != _figures(unstructure(doc)):
            raise FormatError([Problem("$", _("lời khuyên không khớp với việc tính lại"))])
        return result
    known = ", ".join((EVALUATION, COUNCIL, SCORE, ADVICE, CERTIFICATE, *EARLIER))
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


def _figures(document: Any) -> Any:
    """A score or advice document without the source of its score, which was read (in any
    version) to rebuild it."""
    if not isinstance(document, dict):
        return document
    if "score" in document:
        return {**document, "score": _figures(document["score"])}
    return {k: v for k, v in document.items() if k != "source"}


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
            if isinstance(kind, str) and kind in EARLIER and EARLIER[kind][0] == EVALUATION:
                _refuse_later_keys(member, EARLIER[kind][1], f"$.evaluations[{k}]")
            elif kind != EVALUATION:
                raise FormatError(
                    [
                        Problem(
                            f"$.evaluations[{k}].format",
                            _(
                                "cần một phiếu đánh giá ({kind}), không phải {value}",
                                kind=EVALUATION,
                                value=brief(kind),
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
    if isinstance(text, str):
        text = text.removeprefix("\ufeff")
    elif not isinstance(text, bytes | bytearray):
        raise FormatError(
            [Problem("$", _("cần văn bản JSON, không phải {kind}", kind=type(text).__name__))]
        )
    try:
        data = json.loads(text, parse_float=_no_float)
    except RecursionError:
        raise FormatError([Problem("$", _("JSON lồng nhau quá sâu"))]) from None
    except UnicodeDecodeError:
        raise FormatError([Problem("$", _("JSON không phải UTF-8"))]) from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise FormatError([Problem(where, _("JSON hỏng: {msg}", msg=exc.msg))]) from None
    except ValueError:  # a number too long for Python to read (over 4,300 digits)
        raise FormatError([Problem("$", _("JSON có một số quá dài"))]) from None
    except BadValue as bad:
        raise FormatError([Problem("$", bad.message)]) from None
    return from_data(data, rules=rules)


def _no_float(text: str) -> Any:
    raise BadValue(
        _("số thực {text} không được dùng; điểm là số nguyên hoặc chuỗi chính xác", text=text)
    )
