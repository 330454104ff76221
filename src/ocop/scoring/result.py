"""The result of scoring: an immutable :class:`Score` that can explain itself.

A score stores what it shows: the total, the band the total falls in, the final class after the
star marks are checked (:mod:`ocop.scoring.star_rule`), and the points of every scorable
criterion. Those points are stored as computed, except on the engine's fast path for a plain
sheet: there they are read from the sheet's options by the evaluation's answers the first time
they are asked for, and kept. The evaluation and the sheet are immutable, so these are the
points the engine summed; a score of a plain sheet is then one small object, cheap to make and
cheap for Python's cycle collector to walk past when many are kept. Sections, parts and mark
checks are derived from the points and the sheet; nothing is read back from the engine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from types import MappingProxyType

import attrs
from attrs import field, frozen

from ocop.model import (
    Authority,
    Criterion,
    Fault,
    Interpretation,
    Option,
    RuleSet,
    Sheet,
    StarClass,
)
from ocop.scoring.evaluation import Council, Evaluation
from ocop.scoring.explain import explain
from ocop.scoring.points import CriterionPoints, Points


@frozen
class SubTotal:
    """Points and maximum of a section or a part.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> best = {c.code: len(c.options) for c in sheet.scorable}
    >>> score = ocop.score(ocop.Evaluation("26/2026", 1, best))
    >>> a = score.parts()[0]
    >>> a.code, a.points, a.maximum
    ('A', 40, 40)
    """

    #: The part (``A``) or section (``4``) code.
    code: str
    #: The points scored there: an ``int``, or an exact ``Fraction`` for a council.
    points: Points
    #: The most points the part or section can give.
    maximum: int


@frozen
class CriterionResult:
    """One scorable criterion in a score: the answer, its points and the maximum.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> best = {c.code: len(c.options) for c in sheet.scorable}
    >>> score = ocop.score(ocop.Evaluation("26/2026", 1, best))
    >>> first = score.criteria()[0]
    >>> first.code, first.position, first.points
    ('1.1', 3, 3)
    >>> first.option.label_en
    'Grown in the commune: 75% to 100%'
    """

    #: The scorable criterion of the sheet.
    criterion: Criterion
    #: Its points: those of the option ticked, 0 when not met, the members' average for a council.
    points: Points
    position: int | None
    """The option ticked (1-based print position); ``None`` when not met or averaged."""
    gated: bool = False
    """True when the food-safety gate set this criterion to 0."""

    @property
    def code(self) -> str:
        return self.criterion.code

    @property
    def option(self) -> Option | None:
        return None if self.position is None else self.criterion.options[self.position - 1]


@frozen
class MarkCheck:
    """One star mark checked: level, criterion, the minimum option and what was reached.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> best = {c.code: len(c.options) for c in sheet.scorable}
    >>> best["4.1"] = 2
    >>> score = ocop.score(ocop.Evaluation("26/2026", 1, best))
    >>> score.total, score.star
    (97, <StarClass.THREE: 3>)
    >>> miss = score.missed_marks()[0]
    >>> miss.criterion.code, int(miss.level), miss.required.points, miss.reached
    ('4.1', 4, 3, 2)
    >>> miss.met
    False
    """

    #: The class whose mark this is (3★, 4★ or 5★).
    level: StarClass
    #: The criterion that carries the mark.
    criterion: Criterion
    #: The option that carries the mark: the minimum to reach for this class.
    required: Option
    #: The points the criterion scored (a council's average for a council).
    reached: Points
    #: True when ``reached`` is at least the points of ``required``.
    met: bool

    @property
    def required_position(self) -> int:
        return self.criterion.options.index(self.required) + 1


@frozen(eq=False, repr=False)
class Score:
    """The immutable result of :func:`ocop.score`.

    ``total`` is an ``int`` for one evaluator and an exact ``Fraction`` for a council.
    ``band`` is the class the total alone gives; ``star`` the final class after the star marks
    (``None`` when the dossier is disqualified). The points of every scorable criterion (the
    members' averages for a council) are :attr:`point_codes` and :attr:`point_values` side by
    side, read as the mapping :attr:`points`. ``source`` is the evaluation (or council) that
    was scored; ``evaluators`` holds the members' own scores for a council.

    ``point_values`` may be given as ``None`` for a plain evaluation (one evaluator, no fault,
    no impurities): the points are then those of the options its answers name, read when first
    asked for (see :func:`plain_score`).

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> best = {c.code: len(c.options) for c in sheet.scorable}
    >>> score = ocop.score(ocop.Evaluation("26/2026", 1, best))
    >>> score.total, score.star, score.maximum
    (100, <StarClass.FIVE: 5>, 100)
    >>> [(p.code, p.points) for p in score.parts()]
    [('A', 40), ('B', 25), ('C', 35)]
    >>> score.recognised
    True
    """

    #: The rule set the evaluation was scored under.
    rule_set: RuleSet
    #: The criteria sheet of the evaluation's product set.
    sheet: Sheet
    #: The evaluation, or council, that was scored (scoring it again gives this score).
    source: Evaluation | Council
    #: The total points out of ``maximum``: an ``int``, or an exact ``Fraction`` for a council.
    total: Points
    #: The class whose score band holds ``total``, before the star marks are checked.
    band: StarClass
    #: The class after the star marks: the final class; ``None`` when the dossier is disqualified.
    star: StarClass | None
    #: The codes of the scorable criteria, in sheet order (the keys of :attr:`points`).
    point_codes: Collection[str]
    #: Their points in the same order; ``None`` when read from a plain evaluation's answers.
    _point_values: Sequence[Points] | None = field(alias="point_values")
    #: The dossier faults found, each a reason to disqualify; empty when none.
    disqualified: tuple[Fault, ...] = ()
    #: The criteria set to 0 by the food-safety gate (impurities found); empty when none.
    gated: tuple[str, ...] = ()
    #: For a council, the score of each member's evaluation; empty for one evaluator.
    evaluators: tuple[Score, ...] = ()
    #: The points by criterion code, built from the two sequences when first read.
    _points: CriterionPoints | None = field(init=False, default=None)

    @property
    def point_values(self) -> Sequence[Points]:
        """The points of each criterion of :attr:`point_codes`, in the same order."""
        found = self._point_values
        if found is None:
            found = _answered_points(self.sheet, self.source, self.point_codes)
            _set_values(self, found)
        return found

    @property
    def points(self) -> Mapping[str, Points]:
        """Points of every scorable criterion (members' averages for a council)."""
        found = self._points
        if found is None:
            found = CriterionPoints(self.point_codes, self.point_values)
            _set_points(self, found)
        return found

    def __repr__(self) -> str:
        star = "disqualified" if self.star is None else self.star.symbol
        return (
            f"Score({self.rule_set.id}, set {self.product_set}, total={self.total}, "
            f"band={self.band.symbol}, star={star})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Score):
            return NotImplemented
        return self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]

    def _key(self) -> tuple[object, ...]:
        return (
            self.rule_set.id,
            self.product_set,
            self.case,
            self.total,
            self.band,
            self.star,
            self.disqualified,
            self.gated,
            dict(self.points),
        )

    @property
    def interpretation(self) -> Interpretation:
        """The reading of the star rule this score applies: the rule set's
        (:attr:`ocop.model.Policy.interpretation`)."""
        return self.rule_set.policy.interpretation

    @property
    def _first(self) -> Evaluation:
        source = self.source
        return source if isinstance(source, Evaluation) else source.evaluations[0]

    @property
    def product_set(self) -> int:
        return self.sheet.product_set

    @property
    def case(self) -> int | None:
        return self._first.case

    @property
    def on(self) -> dt.date | None:
        return self._first.on

    @property
    def council(self) -> str:
        return self._first.council

    @property
    def rule_set_id(self) -> str:
        return self.rule_set.id

    @property
    def maximum(self) -> int:
        return self.sheet.maximum

    @property
    def positions(self) -> Mapping[str, int | None]:
        """The option ticked for each criterion (print position; ``None``: not met). Empty for
        a council, whose points are averages."""
        if not isinstance(self.source, Evaluation):
            return MappingProxyType({})
        ev = self.source
        if ev.by == "position":
            return ev.answers
        out: dict[str, int | None] = {}
        for code, value in ev.answers.items():
            crit = self.sheet.criterion(code)
            out[code] = next(
                (
                    k
                    for k, o in enumerate(crit.options, 1)
                    if value is not None
                    and o.points == value
                    and (not crit.cases or o.case == ev.case)
                ),
                None,  # not met: None, or 0 where no option is worth 0
            )
        return MappingProxyType(out)

    @property
    def recognised(self) -> bool:
        """True when the final class can be recognised (3★ and above, not disqualified)."""
        return self.star is not None and self.star >= self.rule_set.recognised_from

    @property
    def potential_top(self) -> bool:
        """A lower council's top class under a policy with a *potential* top class
        (*tiềm năng 5 sao* in OCOP), to be decided by the central council."""
        policy = self.rule_set.policy
        return (
            policy.potential_top
            and self.star is not None
            and self.star == max(b.star for b in self.rule_set.bands)
            and self.council != "central"
        )

    @property
    def potential_five(self) -> bool:
        """OCOP's name for :attr:`potential_top`: a provincial council's 5★, *tiềm năng 5 sao*."""
        return self.potential_top

    @property
    def authority(self) -> Authority | None:
        """Who recognises this result on ``on`` (``None`` without a date or below 3★)."""
        if self.on is None or not self.recognised or self.star is None:
            return None
        if not any(p.covers(self.on) for p in self.rule_set.authorities):
            return None  # a rule set of one's own may name no authorities
        return self.rule_set.authority(self.star, self.on)

    # -- derived views ------------------------------------------------------------------------

    def criteria(self) -> tuple[CriterionResult, ...]:
        """Every scorable criterion in sheet order with its answer and points."""
        gated = set(self.gated)
        positions = self.positions
        return tuple(
            CriterionResult(c, self.points[c.code], positions.get(c.code), c.code in gated)
            for c in self.sheet.scorable
        )

    def sections(self) -> tuple[SubTotal, ...]:
        out = []
        for part in self.sheet.parts:
            for section in part.sections:
                pts = sum(
                    (self.points[leaf.code] for crit in section.criteria for leaf in crit.leaves()),
                    start=0,
                )
                out.append(SubTotal(section.code, pts, section.maximum))
        return tuple(out)

    def parts(self) -> tuple[SubTotal, ...]:
        out = []
        for part in self.sheet.parts:
            pts = sum(
                (
                    self.points[leaf.code]
                    for section in part.sections
                    for crit in section.criteria
                    for leaf in crit.leaves()
                ),
                start=0,
            )
            out.append(SubTotal(part.code, pts, part.maximum))
        return tuple(out)

    def mark_checks(self, *, missed_only: bool = False) -> tuple[MarkCheck, ...]:
        """Every star mark of the sheet, checked on this score's points, by class."""
        out = []
        points = self.points
        for crit in self.sheet.scorable:
            case = self.case if crit.cases else None
            reached = points[crit.code]
            for level, opt in crit.marks(case).items():
                met = reached >= opt.points
                if not (missed_only and met):
                    out.append(MarkCheck(level, crit, opt, reached, met))
        return tuple(sorted(out, key=lambda m: m.level))

    def missed_marks(self, up_to: int | None = None) -> tuple[MarkCheck, ...]:
        """The marks not met, of classes up to ``up_to`` (all of them by default)."""
        return tuple(
            m for m in self.mark_checks(missed_only=True) if up_to is None or m.level <= up_to
        )

    def explain(self, locale: str = "vi") -> str:
        """A short text: totals, band, marks missed, the class and the interpretation used."""
        return explain(self, locale)


(
    _set_rule_set,
    _set_sheet,
    _set_source,
    _set_total,
    _set_band,
    _set_star,
    _set_codes,
    _set_values,
    _set_disqualified,
    _set_gated,
    _set_evaluators,
    _set_points,
) = (getattr(Score, f.name).__set__ for f in attrs.fields(Score))


def plain_score(
    rule_set: RuleSet,
    sheet: Sheet,
    source: Evaluation,
    total: int,
    band: StarClass,
    star: StarClass,
    point_codes: Collection[str],
) -> Score:
    """The :class:`Score` of a plain sheet (no fault, no gate, one evaluator), made without
    the generic constructor: the scoring engine's hot path. It equals
    ``Score(rule_set, sheet, source, total, band, star, point_codes, None)``, field by field (a
    test checks it): the points of the criteria are read from the answers when first asked for
    (:func:`_answered_points`), so that a score is one object and nothing more."""
    score: Score = object.__new__(Score)
    _set_rule_set(score, rule_set)
    _set_sheet(score, sheet)
    _set_source(score, source)
    _set_total(score, total)
    _set_band(score, band)
    _set_star(score, star)
    _set_codes(score, point_codes)
    _set_values(score, None)
    _set_disqualified(score, ())
    _set_gated(score, ())
    _set_evaluators(score, ())
    _set_points(score, None)
    return score


def _answered_points(
    sheet: Sheet, source: Evaluation | Council, codes: Collection[str]
) -> tuple[Points, ...]:
    """The points of the options a plain evaluation's answers name, for ``codes``: by position,
    the option at that place of the printed sheet (counting every box of the criterion); by
    points, the points themselves; nothing ticked, 0. These are the engine's lookup tables
    (:class:`~ocop.scoring.tables.SheetTables`) read the long way, for answers it has checked.
    """
    if not isinstance(source, Evaluation):
        raise TypeError("only a plain evaluation's score has its points left to read")
    answers = source.answers
    if source.by == "points":
        return tuple([answers[code] or 0 for code in codes])
    out: list[Points] = []
    for crit, code in zip(sheet.scorable, codes, strict=True):  # the sheet's order, usually
        if crit.code != code:
            crit = sheet.criterion(code)
        position = answers[code]
        out.append(0 if position is None else crit.options[position - 1].points)
    return tuple(out)
