"""The scoring engine: one object per rule set that owns every table it scores with.

An :class:`Engine` is built from a :class:`~ocop.model.RuleSet` (official, loaded from a bundle,
or built in Python). It checks the rule set once (:func:`ocop.rules.check`) and refuses one that
fails, listing every problem; then it scores sheets, councils and incomplete sheets, gives
advice and classifies bare totals. It builds the lookup tables of a sheet on first use and keeps
them (one per product set and case, so the cache is bounded by the rule set itself), and it is
safe to share between threads. The rule set itself is never changed::

    >>> import ocop
    >>> engine = ocop.Engine(ocop.rules.get("26/2026"))
    >>> sheet = engine.rule_set.sheet(1)
    >>> best = {c.code: len(c.options) for c in sheet.scorable}     # every box at its best
    >>> s = engine.score(ocop.Evaluation("26/2026", 1, best))
    >>> s.total, s.band, s.star, s.recognised, s.potential_top
    (100, <StarClass.FIVE: 5>, <StarClass.FIVE: 5>, True, True)
    >>> low = dict(best, **{"4.1": 2})                              # 4.1 below its 4★ mark
    >>> s = engine.score(ocop.Evaluation("26/2026", 1, low))
    >>> s.total, s.band, s.star
    (97, <StarClass.FIVE: 5>, <StarClass.THREE: 3>)

Every problem of a sheet is reported at once, each with its criterion code, and nothing partial
is returned::

    >>> bad = dict(best, **{"4.1": 9, "9.9": 1})
    >>> del bad["1.1"]
    >>> engine.score(ocop.Evaluation("26/2026", 1, bad))
    Traceback (most recent call last):
    ...
    ocop.errors.EvaluationError: Phiếu đánh giá 26/2026/QĐ-TTg, bộ sản phẩm 1 không hợp lệ (3 lỗi).
      - 1.1: chưa trả lời
      - 4.1: không có phương án số 9 (chỉ có 1–4)
      - 9.9: không có tiêu chí 9.9 trên phiếu của bộ sản phẩm 1
    Evaluation 26/2026/QĐ-TTg, product set 1 is invalid (3 problems).
      - 1.1: unanswered
      - 4.1: there is no option 9 (only 1–4)
      - 9.9: criterion 9.9 is not on the sheet of product set 1

The convenient functions :func:`ocop.score`, :func:`ocop.score_many`, :func:`ocop.score_range`,
:func:`ocop.advice` and :func:`ocop.classify` use one engine per rule set behind the scenes.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from decimal import Decimal
from fractions import Fraction
from itertools import islice
from operator import getitem

from ocop import rules
from ocop.errors import (
    EvaluationError,
    InexactNumberError,
    OutOfRangeError,
    Problem,
    RuleDataError,
    UsageError,
    shown,
)
from ocop.i18n import _
from ocop.model import Fault, RuleSet, Sheet, StarClass
from ocop.scoring.advice_result import Advice
from ocop.scoring.evaluation import Council, Evaluation
from ocop.scoring.points import Points
from ocop.scoring.range import ScoreRange, reachable
from ocop.scoring.result import Score, plain_score
from ocop.scoring.star_rule import star_class
from ocop.scoring.tables import SheetTables
from ocop.scoring.upgrades import advise
from ocop.scoring.validate import answer_problems, case_problems, label

__all__ = ["Engine"]

_contains = frozenset.__contains__
_SPELLINGS_KEPT = 64  # accepted spellings of the rule set's id remembered per engine
MAX_ANSWERS = 10_000
"""The most answers one evaluation may carry (a sheet of the law has a few dozen)."""
BATCH = 4096
"""Sheets scored in a batch, between two turns of Python's cycle collector (see
:func:`in_batches`)."""


def in_batches(
    evaluations: Iterable[Evaluation], fill: Callable[[Iterator[Evaluation], list[Score]], None]
) -> list[Score]:
    """The scores ``fill`` appends for ``evaluations``, taken :data:`BATCH` at a time with
    Python's cycle collector held during each batch: the batch scoring of
    :meth:`Engine.score_many` and :func:`ocop.score_many`.

    Why hold the collector? It counts allocations: by default every 700 new container objects
    it scans the young ones, and every hundred or so of those scans, once the survivors reach a
    quarter of the old objects, it scans *every* object of the program. A
    :class:`~ocop.scoring.result.Score` is such a container (every instance of a class with
    slots is) and a batch keeps every one, so 100,000 sheets used to cost one or two scans of
    the caller's whole heap, up to half again the time to score them, spent proving that scores
    are alive. Held during a batch, the collector takes its turn when the next batch begins: it
    scans the batch's scores once, as young objects, as its small scans would have, and a scan
    of the whole heap can come only once in about 120 batches (half a million sheets). Nothing
    is hidden from it: scores that the caller keeps are old objects like any other, counted for
    its later scans.

    Threads: the collector's switch is global, so a batch holds it only when it is on, and turns
    it back on, in ``finally``, however the batch ends. Batches of several threads may overlap
    in any order: one that found it off leaves it alone, one that turned it off turns it on, so
    it ends as it began, and other threads' garbage cycles wait one batch at most. A program
    that turns the collector off from *another* thread while a batch is being scored may find
    it on again when that batch ends; it should turn it off before scoring, or score with
    :meth:`Engine.score_one`, which never touches it.
    """
    out: list[Score] = []
    rest = iter(evaluations)
    while True:
        before = len(out)
        # Made while the collector runs: a new object is when it takes its turn, if one is due.
        batch = islice(rest, BATCH)
        held = gc.isenabled()
        if held:
            gc.disable()
        try:
            fill(batch, out)
        finally:
            if held:
                gc.enable()
        if len(out) - before < BATCH:
            return out


class Engine:
    """Scores evaluations under one rule set; owns the tables and caches it needs.

    ``check=False`` skips :func:`ocop.rules.check` for a rule set already checked (the
    registry's rule sets are checked when they are loaded or registered).

    >>> import ocop
    >>> engine = ocop.Engine(ocop.rules.get("26/2026"))
    >>> sheet = engine.rule_set.sheet(22)
    >>> answers = {c.code: len(c.options) for c in sheet.scorable}
    >>> result = engine.score(ocop.Evaluation("26/2026", 22, answers))
    >>> result.total, result.star
    (100, <StarClass.FIVE: 5>)
    >>> engine.classify(72)
    <StarClass.FOUR: 4>
    """

    __slots__ = ("_keys", "_lock", "_plain", "_rule_set", "_spellings", "_tables")

    def __init__(self, rule_set: RuleSet, *, check: bool = True) -> None:
        if not isinstance(rule_set, RuleSet):
            raise UsageError(
                _("Engine cần một RuleSet, không phải {kind}", kind=type(rule_set).__name__)
            )
        if check:
            problems = rules.check(rule_set)
            if problems:
                raise RuleDataError(rule_set.id, problems)
        self._rule_set = rule_set
        self._keys = frozenset(rules.normalize_id(s) for s in (rule_set.id, *rule_set.aliases))
        self._spellings: set[str] = {rule_set.id, *rule_set.aliases}
        self._tables: dict[tuple[int, int | None], SheetTables] = {}
        self._plain: dict[int, SheetTables] = {}  # sheets without cases, by product set
        self._lock = threading.Lock()

    @property
    def rule_set(self) -> RuleSet:
        """The rule set this engine scores with."""
        return self._rule_set

    def __repr__(self) -> str:
        rule_set = getattr(self, "_rule_set", None)
        return f"Engine({rule_set.id if rule_set is not None else None!r})"

    # -- tables ---------------------------------------------------------------------------

    def tables(self, product_set: int, case: int | None = None) -> SheetTables:
        """The lookup tables of a sheet under a case, built once. ``case`` must be valid for
        the sheet (checked by the callers), so the cache never grows past the rule set."""
        key = (product_set, case)
        found = self._tables.get(key)
        if found is None:
            sheet = self._rule_set.sheet(product_set)
            with self._lock:
                found = self._tables.get(key)
                if found is None:
                    found = SheetTables(self._rule_set, sheet, case)
                    self._tables[key] = found
                    if not sheet.cases:
                        self._plain[product_set] = found
        return found

    def _check_id(self, evaluation: Evaluation) -> None:
        spelling = evaluation.rule_set
        if isinstance(spelling, str) and spelling in self._spellings:
            return
        if not isinstance(spelling, str) or rules.normalize_id(spelling) not in self._keys:
            raise EvaluationError(
                label(str(spelling)[:40], evaluation),
                [
                    Problem(
                        "rule_set",
                        _(
                            "phiếu thuộc bộ quy tắc {theirs}, không chấm được theo {ours}",
                            theirs=shown(spelling),
                            ours=self._rule_set.id,
                        ),
                    )
                ],
            )
        if len(self._spellings) < _SPELLINGS_KEPT:
            self._spellings.add(spelling)

    def _sheet_and_tables(
        self, evaluation: Evaluation, complete: bool = True
    ) -> tuple[Sheet, SheetTables]:
        if not isinstance(evaluation, Evaluation):
            raise UsageError(
                _(
                    "cần một Evaluation hoặc Council, không phải {kind}",
                    kind=type(evaluation).__name__,
                )
            )
        self._check_id(evaluation)
        answers = evaluation.answers
        if len(answers) > MAX_ANSWERS:
            raise EvaluationError(
                label(self._rule_set.id, evaluation),
                [
                    Problem(
                        "answers",
                        _(
                            "{count} câu trả lời, vượt giới hạn {limit} của một phiếu",
                            count=len(answers),
                            limit=MAX_ANSWERS,
                        ),
                    )
                ],
            )
        sheet = self._rule_set.sheet(evaluation.product_set)
        case = evaluation.case
        if sheet.cases or case is not None:
            problems = case_problems(sheet, case)
            if problems:
                tables = self.tables(evaluation.product_set, None)
                problems += answer_problems(tables, evaluation, complete=complete)
                raise EvaluationError(label(self._rule_set.id, evaluation), problems)
        return sheet, self.tables(evaluation.product_set, case if sheet.cases else None)

    # -- scoring --------------------------------------------------------------------------

    def score(self, evaluation: Evaluation | Council) -> Score:
        """Score one evaluator's sheet, or a council's sheets, into points and a class.

        Every criterion must be answered (an option or ``NOT_MET``); for a sheet still being
        filled in use :meth:`score_range`. Raises :class:`~ocop.errors.EvaluationError` listing
        every problem with its criterion code.
        """
        if isinstance(evaluation, Council):
            return self._score_council(evaluation)
        return self.score_one(evaluation)

    def score_many(self, evaluations: Iterable[Evaluation]) -> list[Score]:
        """Score many sheets: the same as ``[engine.score_one(e) for e in evaluations]``, in
        batches that spare the cycle collector (:func:`in_batches`)."""
        score = self.score_one

        def fill(batch: Iterator[Evaluation], out: list[Score]) -> None:
            out.extend(map(score, batch))

        return in_batches(evaluations, fill)

    def score_one(self, evaluation: Evaluation) -> Score:
        """Score one evaluator's sheet: :meth:`score` without the council case."""
        # The fast path: a plain, complete sheet is summed straight from its answers.
        if evaluation.__class__ is Evaluation and evaluation.plain:
            case = evaluation.case
            if case is None:
                tables = self._plain.get(evaluation.product_set)
            else:  # only the cases of sheets with cases, once checked, are kept
                tables = self._tables.get((evaluation.product_set, case))
            answers = evaluation.answers
            if tables is not None and evaluation.rule_set in self._spellings:
                by_position = evaluation.by == "position"
                table = tables.by_position if by_position else tables.by_points
                codes = tables.codes
                point_codes: Collection[str] = codes
                try:
                    if tuple(answers) == codes:  # every criterion, in the sheet's order
                        in_order = (
                            tables.positions_in_order if by_position else tables.points_in_order
                        )
                        total: int = sum(map(getitem, in_order, answers.values()))
                    elif len(answers) == tables.n:  # in another order, or other codes
                        total = sum([table[c][v] for c, v in answers.items()])
                        point_codes = answers
                    else:
                        return self._score_checked(evaluation)
                    for code, dep, lowest in tables.conditions:
                        if answers[code] and table[dep][answers[dep]] <= lowest:
                            return self._score_checked(evaluation)
                except KeyError:
                    return self._score_checked(evaluation)
                try:
                    band = tables.band_of[total]
                except IndexError:
                    band = tables.band(total)
                star = band  # the star rule with no mark missed; else star_class decides
                for level, marked, failing in (
                    tables.fails_by_position if by_position else tables.fails_by_points
                ):
                    if level > band:
                        break
                    if any(map(_contains, failing, map(answers.__getitem__, marked))):
                        star = star_class(band, level)
                        break
                # The points of each criterion are read again from the answers if asked for.
                return plain_score(
                    self._rule_set, tables.sheet, evaluation, total, band, star, point_codes
                )
        return self._score_checked(evaluation)

    def _score_checked(self, evaluation: Evaluation) -> Score:
        _sheet, tables = self._sheet_and_tables(evaluation)
        table = tables.by_position if evaluation.by == "position" else tables.by_points
        answers = evaluation.answers
        problems = answer_problems(tables, evaluation, complete=True)
        if problems:
            raise EvaluationError(label(self._rule_set.id, evaluation), problems)
        points: dict[str, Points] = {code: table[code][v] for code, v in answers.items()}
        gated: tuple[str, ...] = ()
        if evaluation.impurities:
            gated = tables.gate_zeroed
            for code in gated:
                points[code] = 0
        cited = {tables.sheet.fault_id(f) for f in evaluation.faults}
        disqualified = tuple(f for f in tables.sheet.faults if f.id in cited)
        return self._scored(tables, evaluation, points, disqualified, gated)

    def _scored(
        self,
        tables: SheetTables,
        source: Evaluation | Council,
        points: dict[str, Points],
        disqualified: tuple[Fault, ...],
        gated: tuple[str, ...],
        evaluators: tuple[Score, ...] = (),
    ) -> Score:
        """The score of a sheet whose points are known: band by their total, class by the
        marks (:func:`~ocop.scoring.star_rule.star_class`)."""
        total = sum(points.values(), start=0)
        band = tables.band(total)
        star = None if disqualified else star_class(band, tables.lowest_missed(points, band))
        return Score(
            rule_set=self._rule_set,
            sheet=tables.sheet,
            source=source,
            total=total,
            band=band,
            star=star,
            disqualified=disqualified,
            gated=gated,
            evaluators=evaluators,
            point_codes=tuple(points),
            point_values=tuple(points.values()),
        )

    def _score_council(self, council: Council) -> Score:
        members = council.evaluations
        if not members:
            raise EvaluationError(
                _("hội đồng"), [Problem("evaluations", _("hội đồng không có phiếu nào"))]
            )
        first = members[0]
        problems: list[Problem] = []
        for k, ev in enumerate(members[1:], 2):
            if not isinstance(ev, Evaluation):
                continue  # reported when it is scored
            for attr in ("rule_set", "product_set", "case", "on", "council"):
                if getattr(ev, attr) != getattr(first, attr):
                    problems.append(
                        Problem(
                            f"evaluation {k}",
                            _(
                                "'{attr}' = {value} khác phiếu 1 ({value2})",
                                attr=attr,
                                value=shown(getattr(ev, attr)),
                                value2=shown(getattr(first, attr)),
                            ),
                        )
                    )
        if problems:
            raise EvaluationError(_("hội đồng"), problems)
        scores: list[Score] = []
        for k, ev in enumerate(members, 1):
            try:
                scores.append(self.score_one(ev))
            except EvaluationError as err:
                problems.extend(Problem(f"evaluation {k}: {p.where}", p.text) for p in err.problems)
        if problems:
            raise EvaluationError(_("hội đồng"), problems)
        n = len(scores)
        sheet = scores[0].sheet
        tables = self.tables(sheet.product_set, first.case if sheet.cases else None)
        points: dict[str, Points] = {
            code: Fraction(sum(s.points[code] for s in scores), n) for code in tables.codes
        }
        faults = set().union(*(s.disqualified for s in scores))
        disqualified = tuple(f for f in sheet.faults if f in faults)
        gated = tuple(c for c in tables.codes if any(c in s.gated for s in scores))
        return self._scored(tables, council, points, disqualified, gated, tuple(scores))

    def score_range(self, evaluation: Evaluation) -> ScoreRange:
        """The totals and classes an incomplete sheet can still reach (see
        :func:`ocop.score_range`)."""
        _sheet, tables = self._sheet_and_tables(evaluation, complete=False)
        problems = answer_problems(tables, evaluation, complete=False)
        if problems:
            raise EvaluationError(label(self._rule_set.id, evaluation), problems)
        return reachable(self._rule_set, tables, evaluation)

    def advice(self, score: Score, target: int | None = None) -> Advice:
        """What ``score`` needs to reach ``target`` stars (default: the next class); see
        :func:`ocop.advice`."""
        if not isinstance(score, Score):
            raise UsageError(_("cần một Score, không phải {kind}", kind=type(score).__name__))
        if score.rule_set is not self._rule_set:
            raise UsageError(
                _(
                    "điểm này được chấm theo {theirs}, không phải {ours}",
                    theirs=score.rule_set.id,
                    ours=self._rule_set.id,
                )
            )
        case = score.case if score.sheet.cases else None
        return advise(score, self.tables(score.product_set, case), target)

    def classify(self, total: int | Fraction | Decimal) -> StarClass:
        """The class a bare ``total`` falls in (bands only; marks need a sheet)."""
        if isinstance(total, bool) or not isinstance(total, int | Fraction | Decimal):
            raise InexactNumberError(total)
        if isinstance(total, Decimal) and not total.is_finite():
            raise InexactNumberError(total)
        rs = self._rule_set
        if not 0 <= total <= rs.maximum:
            raise OutOfRangeError(total, rs.maximum)
        return rs.band(total)
