"""What a product lacks for the next star: the smallest set of criterion upgrades that reaches it.

"Smallest" is exact, not a greedy guess: the fewest criteria changed, then the fewest points
added. A target class needs the total to reach its band **and** every star mark of the classes
up to the target (:func:`~ocop.scoring.star_rule.levels_to_meet`, the other face of the star
rule). The search is a layered subset-sum on bitsets; a greedy way to the target bounds the
number of changes, so only that many layers are searched. It runs on integers: a council's
averages are scaled by its number of members. :func:`ocop.advice` is the front door.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ocop.errors import EvaluationError, Problem, SearchTooLargeError, shown
from ocop.i18n import _
from ocop.model import StarClass
from ocop.scoring.advice_result import Advice, Upgrade
from ocop.scoring.points import Points
from ocop.scoring.range import SEARCH_BITS, SEARCH_STEPS
from ocop.scoring.result import MarkCheck, Score
from ocop.scoring.tables import SheetTables

Choice = tuple[int, int, tuple[tuple[str, int | None], ...]]
"""(changed criteria, gain in scaled units, the (code, option position) pairs it sets)."""

Variable = tuple[Sequence[Choice], Choice]
"""One criterion, or a conditional criterion with the one it depends on (5.2 with 5.1): its
``choices`` that meet the target's star marks, sorted by changes then gain, and its *top*, the
choice of the largest gain (with the fewest changes among equals). A plain tuple: advice makes a
few dozen for every score."""

_CLASS = {int(star): star for star in StarClass}
"""Each class by its number."""

_KEEP: Choice = (0, 0, ())
"""Keeping a criterion as it is: no change, no gain."""


def _by_changes_then_gain(choice: Choice) -> tuple[int, int]:
    return choice[0], choice[1]


def _by_gain_then_fewer(choice: Choice) -> tuple[int, int]:
    return choice[1], -choice[0]


def _variable(choices: list[Choice]) -> Variable:
    """A variable of choices in any order: sorted, and its top found."""
    choices.sort(key=_by_changes_then_gain)
    return choices, max(choices, key=_by_gain_then_fewer) if choices else _KEEP


def advise(score: Score, tables: SheetTables, target: int | None) -> Advice:
    """The advice for ``score``, searched on the engine's ``tables`` of its sheet."""
    rs = score.rule_set
    top = max(b.star for b in rs.bands)
    current = score.star if score.star is not None else score.band
    goal_in = _CLASS[min(int(current) + 1, int(top))] if target is None else target
    if isinstance(goal_in, bool) or not isinstance(goal_in, int) or not 1 <= goal_in <= top:
        raise EvaluationError(
            _("lời khuyên"),
            [
                Problem(
                    "target",
                    _(
                        "hạng mục tiêu {goal} không hợp lệ (1–{value})",
                        goal=shown(goal_in),
                        value=int(top),
                    ),
                )
            ],
        )
    goal = goal_in if goal_in.__class__ is StarClass else StarClass(goal_in)
    lower = next(b.lower for b in rs.bands if b.star == goal)
    short = max(lower - score.total, 0)
    points: dict[str, Points] = dict(score.points.items())
    missed = _missed(points, tables, goal)
    needs_central = rs.policy.top_class_central and goal == top and score.council != "central"

    def made(
        reachable: bool, already: bool, upgrades: tuple[Upgrade, ...], reason: str | None
    ) -> Advice:
        return Advice(
            score=score,
            target=goal,
            reachable=reachable,
            already=already,
            points_short=short,
            marks_missed=missed,
            upgrades=upgrades,
            needs_central=needs_central,
            reason=reason,
        )

    if score.disqualified:
        return made(False, False, (), "disqualified")
    if score.star is not None and score.star >= goal:
        return made(True, True, (), None)
    upgrades, reason = _search(score, points, tables, goal, lower)
    return made(upgrades is not None, False, upgrades or (), reason)


def _missed(
    points: Mapping[str, Points], tables: SheetTables, goal: StarClass
) -> tuple[MarkCheck, ...]:
    """The marks of the classes up to ``goal`` that ``points`` miss, by class."""
    return tuple(
        MarkCheck(level, crit, opt, points[crit.code], False)
        for level, marks in tables.mark_options.items()
        if level <= goal
        for crit, opt in marks
        if points[crit.code] < opt.points
    )


def _variables(
    score: Score,
    points: Mapping[str, Points],
    tables: SheetTables,
    goal: StarClass,
    scale: int,
) -> list[Variable]:
    """The choices of every criterion (or conditional pair) that meet the marks of ``goal``.

    A criterion that can rise no further and misses no mark takes no part.
    """
    # The marks of every class up to the goal, per criterion (SheetTables.required), scaled.
    required = tables.required[goal]
    if scale != 1:
        required = {code: req * scale for code, req in required.items()}
    gated = set(score.gated)
    if scale == 1:
        now: Mapping[str, int] = points  # type: ignore[assignment]
    else:
        now = {code: int(pts * scale) for code, pts in points.items()}
    rises = tables.rises

    def raises(code: str) -> list[tuple[int, int | None]]:
        """(final scaled points, position) for keeping or raising ``code``, rising."""
        current = now[code]
        out: list[tuple[int, int | None]] = [(current, None)]
        if code not in gated:
            out += [(p * scale, pos) for p, pos in rises[code] if p * scale > current]
        return out

    variables: list[Variable] = []
    paired: set[str] = set()
    for code, dep, lowest in tables.conditions:
        paired |= {code, dep}
        choices: list[Choice] = []
        for d_final, d_pos in raises(dep):
            for c_final, c_pos in raises(code):
                if c_pos is not None and d_final <= lowest * scale:
                    continue
                if d_final >= required.get(dep, 0) and c_final >= required.get(code, 0):
                    changed = (d_pos is not None) + (c_pos is not None)
                    gain = d_final - now[dep] + c_final - now[code]
                    choices.append((changed, gain, ((dep, d_pos), (code, c_pos))))
        variables.append(_variable(choices))
    picks = tables.rise_picks
    raises_from = tables.raises_from
    for code in tables.codes:
        if code in paired:
            continue
        current = now[code]
        need = required.get(code, 0)
        up: Sequence[Choice]
        if current >= need:  # keep it as it is, or raise it
            if code in gated:
                continue  # nothing to raise and nothing missed
            found = raises_from[code].get(current) if scale == 1 else None
            if found is None:  # points no option gives (an average): the same choices, scaled
                found = tuple(
                    (1, p * scale - current, pick) for p, pick in picks[code] if p * scale > current
                )
                found = (_KEEP, *found) if found else ()
            if not found:
                continue  # nothing to raise and nothing missed
            up = found
        elif code in gated:
            up = ()  # a mark missed that cannot be met
        else:  # raise it to the mark at least
            up = [(1, p * scale - current, pick) for p, pick in picks[code] if p * scale >= need]
        # One criterion: keep first (if allowed), then rising options, gains rising.
        variables.append((up, up[-1] if up else _KEEP))
    return variables


def _greedy_count(variables: list[Variable], deficit: int) -> int:
    """The changes of one feasible way to the target: forced changes at their best, then the
    largest gains first. The fewest changes cannot be more, so it bounds the exact search."""
    count = gained = 0
    optional: list[tuple[int, int]] = []
    for choices, (changed, gain, _assign) in variables:
        if choices[0][0]:  # keeping the criterion as it is misses a mark: it must change
            count += changed
            gained += gain
        elif gain > 0:
            optional.append((gain, -changed))
    optional.sort(reverse=True)
    for gain, fewer in optional:
        if gained >= deficit:
            break
        count -= fewer
        gained += gain
    return count


def _search(
    score: Score,
    points: Mapping[str, Points],
    tables: SheetTables,
    goal: StarClass,
    lower: int,
) -> tuple[tuple[Upgrade, ...] | None, str | None]:
    scale = max(len(score.evaluators), 1)
    variables = _variables(score, points, tables, goal, scale)
    most = steps = 0  # the largest gain in all, and the choices to weigh
    for choices, top in variables:
        if not choices:
            return None, "marks"
        most += top[1]
        steps += len(choices)
    deficit = max(int(lower * scale - score.total * scale), 0)
    if most < deficit:
        return None, "points"
    # Subset-sum on one bitset: bit (c * width + g) is set when c changes can add g points
    # (scaled). Every gain is below ``width``, so the counts never overlap; the greedy way
    # bounds the number of changes, so the counts above it are dropped.
    limit = _greedy_count(variables, deficit)
    width = most + 1
    if (limit + 1) * width > SEARCH_BITS or steps > SEARCH_STEPS:
        raise SearchTooLargeError((limit + 1) * width, steps, SEARCH_BITS, SEARCH_STEPS)
    keep = (1 << ((limit + 1) * width)) - 1
    state = 1
    history: list[int] = []
    for choices, _top in variables:
        history.append(state)
        new = 0
        for changed, gain, _assign in choices:
            new |= state << (changed * width + gain)
        state = new & keep
    window = (1 << width) - 1
    count = gain = -1
    for c in range(limit + 1):
        high = (state >> (c * width)) & window
        high >>= deficit
        if high:
            count, gain = c, deficit + (high & -high).bit_length() - 1
            break
    assert count >= 0
    picks: dict[str, int | None] = {}
    for (choices, _top), before in zip(reversed(variables), reversed(history), strict=True):
        for changed, g, assign in choices:
            c, rest = count - changed, gain - g
            if c >= 0 and rest >= 0 and before >> (c * width + rest) & 1:
                count, gain = c, rest
                picks.update(assign)
                break
        else:  # pragma: no cover - the bitset guarantees a way back
            raise AssertionError("no way back through the bitset")
    upgrades = []
    council = bool(score.evaluators)
    now = {} if council else score.positions
    place = tables.place
    for code in sorted([c for c, pos in picks.items() if pos is not None], key=place.__getitem__):
        crit = tables.criteria[code]
        pos = picks[code]
        assert pos is not None
        upgrades.append(
            Upgrade(
                crit,
                points[code],
                crit.options[pos - 1],
                pos,
                from_position=None if council else now.get(code),
                council=council,
            )
        )
    return tuple(upgrades), None  # in the sheet's order
