"""What an incomplete sheet can still become: every reachable total and class, exactly.

Each missing criterion may take any of its options or none (5.2 only with a story in 5.1; the
food-safety gate keeps its zeros). The search walks the distinct ``(total, marks missed)``
states, criterion by criterion, so it is exact; the class of each state is given by the one
star rule (:func:`~ocop.scoring.star_rule.star_class`).
"""

from __future__ import annotations

from ocop.model import RuleSet, StarClass
from ocop.scoring.evaluation import Evaluation
from ocop.scoring.result import ScoreRange
from ocop.scoring.star_rule import star_class
from ocop.scoring.tables import SheetTables


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

    def values(code: str) -> list[int]:
        if code in gated:
            return [0]
        return sorted({0, *(p for k, p in tables.by_position[code].items() if k is not None)})

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
    states = {(base, mask0)}
    for options in variables:
        states = {(t + p, m | f) for t, m in states for p, f in options}
    stars: set[StarClass] = set()
    for total, mask in states:
        lowest_missed = levels[(mask & -mask).bit_length() - 1] if mask else None
        stars.add(star_class(tables.band(total), lowest_missed))
    totals = [t for t, _ in states]
    return ScoreRange(
        rule_set=rule_set,
        product_set=evaluation.product_set,
        answered=len(answers),
        answered_points=base,
        lowest=min(totals),
        highest=max(totals),
        stars=tuple(sorted(stars)),
        missing=missing,
    )
