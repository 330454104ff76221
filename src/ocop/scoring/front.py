"""The front door: ``ocop.score`` and friends, each backed by the engine of its rule set.

The registry's rule sets each get one :class:`~ocop.scoring.Engine`, built on first use; a rule
set passed as ``rules=`` gets one too. At most 32 engines are kept: past that, the one built
first is dropped (and built again if its rule set comes back). Use an
:class:`~ocop.scoring.Engine` of your own to hold the tables yourself.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from decimal import Decimal
from fractions import Fraction

from ocop import rules
from ocop.converter import brief
from ocop.errors import UnknownRuleSetError, UsageError, shown
from ocop.i18n import _
from ocop.model import RuleSet, StarClass
from ocop.scoring.advice_result import Advice
from ocop.scoring.engine import Engine, in_batches
from ocop.scoring.evaluation import Council, Evaluation
from ocop.scoring.range import ScoreRange
from ocop.scoring.result import Score

__all__ = ["advice", "classify", "engine_for", "score", "score_many", "score_range"]

_KEPT = 32  # engines kept for rule sets outside the registry
_SPELLINGS_KEPT = 256  # spellings of registered rule sets remembered with their engine
_lock = threading.Lock()
_engines: OrderedDict[int, Engine] = OrderedDict()
_by_spelling: dict[str, Engine] = {}
_by_spelling_generation = [-1]


def engine_for(rule_set: RuleSet | str) -> Engine:
    """The shared engine of ``rule_set`` (an id or spelling of a registered rule set, or a
    :class:`~ocop.model.RuleSet`)."""
    if isinstance(rule_set, str):
        rs = rules.get(rule_set)
        registered = True
    elif isinstance(rule_set, RuleSet):
        rs = rule_set
        registered = False
    else:
        raise UsageError(
            _("cần một bộ quy tắc hoặc mã của nó, không phải {kind}", kind=type(rule_set).__name__)
        )
    key = id(rs)
    found = _engines.get(key)
    if found is not None and found.rule_set is rs:
        return found
    with _lock:
        found = _engines.get(key)
        if found is None or found.rule_set is not rs:
            found = Engine(rs, check=not (registered or rules.is_registered(rs)))
            _engines[key] = found
            while len(_engines) > _KEPT:
                _engines.popitem(last=False)
        else:
            _engines.move_to_end(key)
    return found


def _rule_set_of(evaluation: object) -> str:
    if isinstance(evaluation, Council):
        first = evaluation.evaluations[0] if evaluation.evaluations else None
        if first is None:
            return "26/2026"  # an empty council is refused by the engine, whatever the rules
        evaluation = first
    if not isinstance(evaluation, Evaluation):
        raise UsageError(
            _(
                "cần một Evaluation hoặc Council, không phải {kind}",
                kind=type(evaluation).__name__,
            )
        )
    spelling = evaluation.rule_set
    if not isinstance(spelling, str):
        raise UnknownRuleSetError(shown(spelling))
    return spelling


def score(evaluation: Evaluation | Council, *, rules: RuleSet | None = None) -> Score:
    """Score one evaluator's sheet, or a council's sheets, into points and a star class.

    Every criterion must be answered (an option or ``NOT_MET``); for a sheet still being filled
    in use :func:`score_range`. ``rules`` scores with a given rule set instead of looking
    ``evaluation.rule_set`` up in the registry; the evaluation must name that rule set.

    Raises :class:`~ocop.errors.EvaluationError` listing every problem with its criterion code,
    :class:`~ocop.errors.SheetNotAvailableError` for a rule set without sheets (1048, 148), and
    :class:`~ocop.errors.UnknownRuleSetError` / :class:`~ocop.errors.UnknownProductSetError`.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> best = {c.code: len(c.options) for c in sheet.scorable}
    >>> ocop.score(ocop.Evaluation("26/2026", 1, best)).star
    <StarClass.FIVE: 5>
    """
    if rules is None and evaluation.__class__ is Evaluation:
        return _engine_of_spelling(evaluation.rule_set).score_one(evaluation)
    return engine_for(rules if rules is not None else _rule_set_of(evaluation)).score(evaluation)


def _engine_of_spelling(spelling: object) -> Engine:
    """The engine of a registered rule set by the spelling an evaluation gives, remembered
    while the registry does not change."""
    if spelling.__class__ is str:
        if _by_spelling_generation[0] == rules.generation():
            found = _by_spelling.get(spelling)
            if found is not None:
                return found
        else:
            with _lock:
                _by_spelling.clear()
                _by_spelling_generation[0] = rules.generation()
    if not isinstance(spelling, str):
        raise UnknownRuleSetError(brief(spelling))
    engine = engine_for(spelling)
    if len(_by_spelling) < _SPELLINGS_KEPT:
        _by_spelling[spelling] = engine
    return engine


def score_many(evaluations: Iterable[Evaluation], *, rules: RuleSet | None = None) -> list[Score]:
    """Score many sheets; the same as ``[score(e) for e in evaluations]``, with less overhead
    (in batches that spare the cycle collector: :func:`ocop.scoring.engine.in_batches`).

    The engine of a rule set is looked up when its spelling first appears in a run of sheets
    and kept for that run: a rule set registered again (``replace=True``) while the sheets are
    still being read scores the rest of that run by the rules it had when the run began.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> best = {c.code: len(c.options) for c in sheet.scorable}
    >>> low = dict(best, **{"4.1": 1})                 # 4.1 below its 3★ mark
    >>> evaluations = [ocop.Evaluation("26/2026", 1, best), ocop.Evaluation("26/2026", 1, low)]
    >>> [(s.total, int(s.star)) for s in ocop.score_many(evaluations)]
    [(100, 5), (96, 2)]
    """
    if not isinstance(evaluations, Iterable) or isinstance(evaluations, str | bytes):
        raise UsageError(
            _(
                "cần một dãy phiếu để chấm, không phải {value}",
                value=shown(evaluations),
            )
        )
    if rules is not None:
        return engine_for(rules).score_many(evaluations)

    def fill(batch: Iterator[Evaluation], out: list[Score]) -> None:
        append = out.append
        last: object = None
        one = None
        for ev in batch:
            spelling = ev.rule_set if ev.__class__ is Evaluation else None
            if one is None or spelling is None or spelling is not last:
                one = engine_for(_rule_set_of(ev)).score_one
                last = spelling
            append(one(ev))

    return in_batches(evaluations, fill)


def score_range(evaluation: Evaluation, *, rules: RuleSet | None = None) -> ScoreRange:
    """The totals and star classes an incomplete sheet can still reach.

    Unanswered criteria (left out of ``answers``) may take any of their options or none; the
    lowest and highest totals and every reachable star class are computed exactly (5.2 needs a
    story in 5.1; the food-safety gate keeps its zeros).

    >>> import ocop
    >>> r = ocop.score_range(ocop.Evaluation("26/2026", 1, {"4.1": 4}))
    >>> r.answered, r.answered_points, r.lowest, r.highest, len(r.missing)
    (1, 5, 5, 100, 31)
    >>> [int(s) for s in r.stars]
    [1, 2, 3, 4, 5]
    """
    if isinstance(evaluation, Council):
        raise UsageError(_("khoảng điểm chỉ tính cho phiếu của một người chấm"))
    engine = engine_for(rules if rules is not None else _rule_set_of(evaluation))
    return engine.score_range(evaluation)


def advice(score: Score, target: int | None = None) -> Advice:
    """What it takes for ``score`` to reach ``target`` stars (default: the next star).

    Returns an :class:`~ocop.scoring.Advice` with the points short, the star marks missed and
    the smallest set of upgrades (fewest criteria, then fewest points); ``reachable`` is false,
    with a ``reason``, when the sheet cannot get there.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> answers = {c.code: len(c.options) for c in sheet.scorable}
    >>> answers.update({"4.1": 2, "6.3": 1, "1.4": 1})      # 4.1 below its 4★ mark
    >>> s = ocop.score(ocop.Evaluation("26/2026", 1, answers))
    >>> s.total, s.band, s.star
    (92, <StarClass.FIVE: 5>, <StarClass.THREE: 3>)
    >>> a = ocop.advice(s)
    >>> a.target, a.reachable, [(u.criterion.code, u.to_position) for u in a.upgrades]
    (<StarClass.FOUR: 4>, True, [('4.1', 3)])
    """
    if not isinstance(score, Score):
        raise UsageError(_("cần một Score, không phải {kind}", kind=type(score).__name__))
    return engine_for(score.rule_set).advice(score, target)


def classify(total: int | Fraction | Decimal, rule_set: str | RuleSet) -> StarClass:
    """The star class that a bare ``total`` falls in under ``rule_set`` (bands only).

    Works for every rule set, including 1048 and 148 whose sheets are not shipped. Star marks
    cannot be checked on a bare total: use :func:`score` for that.

    >>> from fractions import Fraction
    >>> import ocop
    >>> ocop.classify(Fraction(269, 3), "26/2026"), ocop.classify(70, "1048/QĐ-TTg")
    (<StarClass.FOUR: 4>, <StarClass.FOUR: 4>)
    """
    return engine_for(rule_set).classify(total)
