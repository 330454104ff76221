"""What an incomplete sheet can still become: every reachable total and class, exactly.

Each missing criterion may take any of its options or none (5.2 only with a story in 5.1; the
food-safety gate keeps its zeros). The search keeps, for each combination of missed marks, the
set of reachable totals as a bitset, criterion by criterion, so it is exact; the class of each
state is given by the one star rule (:func:`~ocop.scoring.star_rule.star_class`). Every
official sheet fits the search budget (:data:`SEARCH_BITS`, :data:`SEARCH_STEPS`) with any
number of criteria missing; a rule set whose search would not fit gets a
:class:`~ocop.errors.SearchTooLargeError` at once instead of minutes and gigabytes.
"""

from __future__ import annotations

from attrs import field, frozen

from ocop.errors import SearchTooLargeError
from ocop.model import RuleSet, StarClass
from ocop.scoring.evaluation import Evaluation
from ocop.scoring.points import Points
from ocop.scoring.star_rule import star_class
from ocop.scoring.tables import SheetTables


@frozen
class ScoreRange:
    """What an incomplete sheet can still become (see :func:`ocop.score_range`).

    ``lowest`` and ``highest`` are the totals with every missing criterion not met or at its
    best; ``stars`` every class some way of filling the sheet reaches, found exactly.
    ``answered`` counts the criteria answered (an option or not met) and ``answered_points``
    is what those answers are worth.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> best = {c.code: len(c.options) for c in sheet.scorable}
    >>> del best["12"]
    >>> r = ocop.score_range(ocop.Evaluation("26/2026", 1, best))
    >>> r.lowest, r.highest, r.missing
    (97, 100, ('12',))
    >>> [int(s) for s in r.stars]
    [5]
    """

    #: The rule set the sheet belongs to.
    rule_set: RuleSet = field(eq=False, repr=False)
    #: The product set (1–26) of the sheet.
    product_set: int
    #: How many scorable criteria are answered (an option, or not met).
    answered: int
    #: What the answered criteria are worth.
    answered_points: Points
    #: The total with every missing criterion not met.
    lowest: Points
    #: The total with every missing criterion at its best option.
    highest: Points
    #: Every class some way of answering the missing criteria reaches, lowest first.
    stars: tuple[StarClass, ...]
    #: The codes of the criteria not yet answered, in sheet order.
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.missing


def reachable(rule_set: RuleSet, tables: SheetTables, evaluation: Evaluation) -> ScoreRange:
    """The range of a checked, incomplete evaluation (see :func:`ocop.score_range`)."""
    table = tables.by_points if evaluation.by == "points" else tables.by_position
    answers = evaluation.answers
    gated = set(tables.gate_zeroed) if evaluation.impurities else set()
    fixed = {code: (0 if code in gated else table[code][v]) for code, v in answers.items()}
    missing = tuple(c for c in tables.codes if c not in answers)
    levels = tuple(tables.marks)
    mark_of = {(code, level): req for level, marks in tables.marks.items() for code, req in marks}

    def fails(code: str, points: int) -> int:
        """The classes whose mark on ``code`` these points miss, as a bit mask."""
        mask = 0
        for bit, level in enumerate(levels):
            req = mark_of.get((code, level))
            if req is not None and points < req:
                mask |= 1 << bit
        return mask

    gate = tables.sheet.food_safety_gate
    # With impurities declared, the gate criterion cannot say the sample is clean.
    unclean = gate.criterion if gate is not None and evaluation.impurities else None

    def values(code: str) -> list[int]:
        if code in gated:
            return [0]
        clean = tables.gate_clean[0] if code == unclean else frozenset()
        return sorted(
            {
                0,
                *(
                    p
                    for k, p in tables.by_position[code].items()
                    if k is not None and k not in clean
                ),
            }
        )

    # Variables: each missing criterion, or a (dependency, conditional) pair missing together.
    variables: list[list[tuple[int, int]]] = []
    handled: set[str] = set()
    for code, dep, lowest in tables.conditions:
        if code in missing and dep in missing:
            variables.append(
                [
                    (d + c, fails(dep, d) | fails(code, c))
                    for d in values(dep)
                    for c in values(code)
                    if c == 0 or d > lowest
                ]
            )
            handled |= {code, dep}
        elif code in missing and fixed.get(dep, 0) <= lowest:
            variables.append([(0, fails(code, 0))])
            handled.add(code)
        elif dep in missing and answers.get(code):
            variables.append([(d, fails(dep, d)) for d in values(dep) if d > lowest])
            handled.add(dep)
    for code in missing:
        if code not in handled:
            variables.append([(v, fails(code, v)) for v in values(code)])
    base = sum(fixed.values())
    mask0 = 0
    for code, pts in fixed.items():
        mask0 |= fails(code, pts)
    _check_budget(rule_set, len(levels), sum(len(options) for options in variables))
    # For each combination of missed marks (a bit mask over the marked classes), the totals
    # that can come with it, as a bitset: bit t is set when the total t is reachable.
    states: dict[int, int] = {mask0: 1 << base}
    for options in variables:
        new: dict[int, int] = {}
        for mask, totals in states.items():
            for points, failed in options:
                key = mask | failed
                new[key] = new.get(key, 0) | (totals << points)
        states = new
    stars: set[StarClass] = set()
    lowest_total: int | None = None
    highest_total = 0
    bands = sorted((b.lower, b.star) for b in rule_set.bands)
    for mask, totals in states.items():
        lowest_missed = levels[(mask & -mask).bit_length() - 1] if mask else None
        low = (totals & -totals).bit_length() - 1
        lowest_total = low if lowest_total is None else min(lowest_total, low)
        highest_total = max(highest_total, totals.bit_length() - 1)
        for (lower, band), upper in zip(bands, [b[0] for b in bands[1:]] + [None], strict=True):
            window = totals >> lower
            if upper is not None:
                window &= (1 << (upper - lower)) - 1
            if window:
                stars.add(star_class(band, lowest_missed))
    assert lowest_total is not None
    return ScoreRange(
        rule_set=rule_set,
        product_set=evaluation.product_set,
        answered=len(answers),
        answered_points=base,
        lowest=lowest_total,
        highest=highest_total,
        stars=tuple(sorted(stars)),
        missing=missing,
    )


SEARCH_BITS = 1 << 24
"""The most bits the exact searches may hold at once: (maximum + 1) × the combinations of
missed marks for a range, (maximum + 1) × the changes for advice (2 MiB of bitsets)."""
SEARCH_STEPS = 1 << 20
"""The most shift-and-or steps a search may take."""


def _check_budget(rule_set: RuleSet, levels: int, options: int) -> None:
    masks = 1 << levels
    bits = (rule_set.maximum + 1) * masks
    steps = options * masks
    if bits > SEARCH_BITS or steps > SEARCH_STEPS:
        raise SearchTooLargeError(bits, steps, SEARCH_BITS, SEARCH_STEPS)
