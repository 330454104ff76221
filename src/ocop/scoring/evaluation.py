"""What an evaluator fills in: the input of :func:`ocop.score`.

An :class:`Evaluation` is one evaluator's sheet for one product: the rule set, the product set,
and for each scorable criterion the option ticked. Options are named by their **position** on the
printed sheet (1 for the first box, counting every box of the criterion in print order, both cases
of a set-26 criterion included) or, with ``by="points"``, by their **points**. ``None``
(:data:`NOT_MET`) says "nothing ticked" (0 points); a criterion left out of ``answers`` is
*unanswered*, which :func:`ocop.score` refuses and :func:`ocop.score_range` turns into a range.

With ``by="points"``, an answer of ``0`` also means "nothing ticked", as evaluators' spreadsheets
record it, even on a criterion none of whose options is worth 0; and on ``5.2`` it is accepted
when there is no product story (5.1 at its lowest option):

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> points = {c.code: 0 for c in sheet.scorable}
    >>> ocop.score(Evaluation("26/2026", 1, points, by="points")).total
    0

    >>> from ocop import Evaluation, NOT_MET
    >>> ev = Evaluation("26/2026", 1, {"4.1": 3, "2.4": NOT_MET})
    >>> ev.answers["4.1"], ev.answers["2.4"] is None
    (3, True)

A :class:`Council` groups the evaluations of several members of a council for one product; its
score is the exact average of their totals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Literal

import attrs
from attrs import field, frozen

from ocop.errors import EvaluationError, Problem, shown
from ocop.i18n import _

_ANSWER_TYPES = {int, type(None)}

NOT_MET: None = None
"""The answer "nothing ticked": the criterion scores 0. (Unanswered is a missing key.)"""

AnswerMode = Literal["position", "points"]
CouncilLevel = Literal["province", "central"]


def _freeze(answers: Mapping[str, int | None]) -> Mapping[str, int | None]:
    if answers.__class__ is dict:
        return MappingProxyType(answers.copy())
    if isinstance(answers, Mapping):
        try:
            return MappingProxyType(dict(answers))
        except TypeError:
            pass
    raise EvaluationError(
        _("phiếu"),
        [
            Problem(
                "answers",
                _(
                    "câu trả lời phải là một bảng {{mã: phương án}}, không phải {value}",
                    value=shown(answers),
                ),
            )
        ],
    )


_NO_FAULTS: frozenset[str] = frozenset()


def _fault_ids(ids: Iterable[str]) -> frozenset[str]:
    if ids.__class__ is frozenset:
        return ids
    if not isinstance(ids, str):
        try:
            return frozenset(ids)
        except TypeError:
            pass
    raise EvaluationError(
        _("phiếu"),
        [
            Problem(
                "faults",
                _(
                    "lỗi hồ sơ phải là một danh sách mã, không phải {value}",
                    value=shown(ids),
                ),
            )
        ],
    )


class _Referable:
    """A base holding the slot for weak references, so that :class:`Evaluation` and its draft
    share it and have the same layout (Python lets an object change class only then)."""

    __slots__ = ("__weakref__",)


@frozen(init=False)
class Evaluation(_Referable):
    """One evaluator's sheet for one product.

    - ``answers``: criterion code → option position (1-based) or points (``by="points"``), or
      ``None`` for "not met". Only scorable criteria take answers (``6.1.1``, not ``6.1``).
    - ``case``: for set 26, which case applies (1: service run by the community; 2: tourist site
      or service run by an organisation or a person). Required on sheets with cases.
    - ``faults``: ids of the sheet's disqualification faults found in the dossier
      (:attr:`ocop.model.Sheet.faults`); any fault stops the evaluation whatever the score.
    - ``impurities``: the sample has impurities that threaten food safety (the sensory gate of
      food sheets); the other criteria of the sensory section then score 0.
    - ``on``: the evaluation date, which decides who recognises the result.
    - ``council``: the level of the council, ``"province"`` (default) or ``"central"``.
    - ``evaluator``, ``product``, ``product_code``, ``producer``: who filled the sheet and which
      product it is about (the product's name, its OCOP code, its producer). Optional; they do
      not change the score and are shown in explanations.

    >>> ev = Evaluation("26/2026", 1, product="Cam Cao Phong", producer="HTX Cam Cao Phong")
    >>> ev.product, ev.product_code is None
    ('Cam Cao Phong', True)
    """

    #: The id (any usual spelling) of the rule set the sheet was filled under, e.g. ``26/2026``.
    rule_set: str
    #: The product set (1–26 under 26/2026) whose sheet was filled.
    product_set: int
    #: The answer of each scorable criterion by code: an option position (or points), or
    #: ``NOT_MET``.
    answers: Mapping[str, int | None] = field(converter=_freeze, factory=dict)
    #: How answers are given: ``"position"`` of the box on the printed sheet (1 first) or
    #: ``"points"``.
    by: AnswerMode = "position"
    #: For a sheet with cases (set 26): the case that applies (1 or 2); ``None`` otherwise.
    case: int | None = None
    #: The ids of the dossier faults found (the sheet's disqualification list); empty when none.
    faults: frozenset[str] = field(converter=_fault_ids, factory=frozenset)
    #: True when the food-safety test found impurities: the gated criteria score 0.
    impurities: bool = False
    #: The day of the evaluation; ``None`` when not given (dates are then not checked).
    on: dt.date | None = None
    #: Who evaluates: ``"province"`` or ``"central"`` (the central council recognises 5★).
    council: CouncilLevel = "province"
    #: The evaluator's name, as written on the sheet; ``None`` when not given.
    evaluator: str | None = None
    #: The product's name; ``None`` when not given.
    product: str | None = None
    #: The product's OCOP code (``T-X-STT-YYYY``); ``None`` when not given.
    product_code: str | None = None
    #: The producer (*chủ thể*) of the product; ``None`` when not given.
    producer: str | None = None
    plain: bool = field(init=False, eq=False, repr=False)
    """True for the common sheet the engine scores straight away: the rule set a string, the
    product set and case whole numbers, every answer an ``int`` or ``None`` by position or by
    points, no fault, no impurities and a known council (checked once, here; the engine checks
    everything else, and everything on any other sheet)."""

    def __init__(
        self,
        rule_set: str,
        product_set: int,
        answers: Mapping[str, int | None] | None = None,
        by: AnswerMode = "position",
        case: int | None = None,
        faults: Iterable[str] = _NO_FAULTS,
        impurities: bool = False,
        on: dt.date | None = None,
        council: CouncilLevel = "province",
        evaluator: str | None = None,
        product: str | None = None,
        product_code: str | None = None,
        producer: str | None = None,
    ) -> None:
        # Written by hand (the fields as attrs declares them) so that building a sheet stays
        # cheap beside scoring it; every argument is kept as given, checks are the engine's.
        # A dict of answers and a frozenset of faults, the usual arguments, are taken in line.
        if answers.__class__ is dict:
            copied: Mapping[str, int | None] = answers.copy()
            frozen_answers: Mapping[str, int | None] = MappingProxyType(copied)
        else:
            frozen_answers = _freeze({} if answers is None else answers)
            copied = frozen_answers
        fault_ids = faults if faults.__class__ is frozenset else _fault_ids(faults)
        plain = (
            (case is None or case.__class__ is int)
            and not fault_ids
            and impurities is False
            and rule_set.__class__ is str
            and product_set.__class__ is int
            and (by == "position" or by == "points")
            and (council == "province" or council == "central")
            and _ANSWER_TYPES.issuperset(map(type, copied.values()))
        )
        if self.__class__ is not Evaluation:  # a subclass, whose layout may differ
            values = (rule_set, product_set, frozen_answers, by, case, fault_ids, impurities, on)
            given = (*values, council, evaluator, product, product_code, producer, plain)
            for setter, value in zip(_SETTERS, given, strict=True):
                setter(self, value)
            return
        # Filled as a draft, the same slots without the frozen guard, then made an Evaluation
        # again: a plain store costs a fraction of a call to a field's descriptor, and building
        # must stay cheap beside scoring. Nothing here can fail, so no half-made draft is seen.
        _set_class(self, _Draft)
        draft: Any = self
        draft.rule_set = rule_set
        draft.product_set = product_set
        draft.answers = frozen_answers
        draft.by = by
        draft.case = case
        draft.faults = fault_ids
        draft.impurities = impurities
        draft.on = on
        draft.council = council
        draft.evaluator = evaluator
        draft.product = product
        draft.product_code = product_code
        draft.producer = producer
        draft.plain = plain
        draft.__class__ = Evaluation


class _Draft(_Referable):
    """An :class:`Evaluation` being filled in: the same slots (so an object can change from one
    class to the other), none of the attrs methods, no guard against assignment."""

    __slots__ = Evaluation.__slots__


_set_class = object.__dict__["__class__"].__set__
_SETTERS = tuple(getattr(Evaluation, f.name).__set__ for f in attrs.fields(Evaluation))


def _tuple(evaluations: Iterable[Evaluation]) -> tuple[Evaluation, ...]:
    try:
        return tuple(evaluations)
    except TypeError:
        raise EvaluationError(
            _("hội đồng"),
            [
                Problem(
                    "evaluations",
                    _(
                        "cần một danh sách phiếu, không phải {value}",
                        value=shown(evaluations),
                    ),
                )
            ],
        ) from None


@frozen
class Council:
    """The evaluations of a council's members for one product (same rule set, set and case).

    The council's total is the exact average of the members' totals; a star mark is checked on
    the members' average points for that criterion (see :mod:`ocop.scoring.interpretation`).
    ``product``, ``product_code`` and ``producer`` name the product, as on an
    :class:`Evaluation`; when the council leaves them out, its members' sheets may carry them.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> best = {c.code: len(c.options) for c in sheet.scorable}
    >>> low = dict(best, **{"4.1": 1})
    >>> members = [ocop.Evaluation("26/2026", 1, best), ocop.Evaluation("26/2026", 1, low)]
    >>> council = ocop.Council(members)
    >>> score = ocop.score(council)
    >>> score.total, score.star
    (Fraction(98, 1), <StarClass.FOUR: 4>)
    >>> [(member.total, int(member.star)) for member in score.evaluators]
    [(100, 5), (96, 2)]
    """

    #: The members' evaluations of one product: same rule set, product set and case.
    evaluations: tuple[Evaluation, ...] = field(converter=_tuple)
    #: The product's name; ``None`` when not given.
    product: str | None = None
    #: The product's OCOP code; ``None`` when not given.
    product_code: str | None = None
    #: The producer (*chủ thể*) of the product; ``None`` when not given.
    producer: str | None = None

    def about(self) -> tuple[str | None, str | None, str | None]:
        """The product's name, code and producer: the council's own, else its first member's
        that names them."""
        found = [self.product, self.product_code, self.producer]
        for ev in self.evaluations:
            if not isinstance(ev, Evaluation):
                continue
            for k, value in enumerate((ev.product, ev.product_code, ev.producer)):
                if found[k] is None:
                    found[k] = value
        return found[0], found[1], found[2]
