"""What a product lacks for the next star: the smallest set of criterion upgrades that reaches it.

"Smallest" is exact, not a greedy guess: the fewest criteria changed, then the fewest points
added. A target class needs the total to reach its band **and** every star mark of the classes
up to the target (:func:`~ocop.scoring.star_rule.levels_to_meet`, the other face of the star
rule). The search is a layered subset-sum on bitsets; a greedy way to the target bounds the
number of changes, so only that many layers are searched. It runs on integers: a council's
averages are scaled by its number of members. :func:`ocop.advice` is the front door.
"""

from __future__ import annotations

from attrs import field, frozen

from ocop.errors import EvaluationError, Problem
from ocop.i18n import Pair, _, _n
from ocop.model import Criterion, Option, StarClass
from ocop.scoring.points import Points, fmt
from ocop.scoring.result import MarkCheck, Score
from ocop.scoring.star_rule import levels_to_meet
from ocop.scoring.tables import SheetTables


@frozen
class Upgrade:
    """Raise ``criterion`` from its current points to option ``to`` (print position
    ``to_position``)."""

    criterion: Criterion
    current: Points
    to: Option
    to_position: int

    @property
    def gain(self) -> Points:
        return self.to.points - self.current


@frozen
class Advice:
    """The way to ``target`` stars from a score.

    ``reachable`` is false when no choice of answers on this sheet reaches the target (or the
    dossier is disqualified); ``reason`` then says why. ``needs_central`` is true when the rule
    set's policy has the top class recognised by a central council only and a lower council
    seeks it: that council can only propose it (*tiềm năng 5 sao* in OCOP).
    """

    score: Score = field(eq=False, repr=False)
    target: StarClass
    reachable: bool
    already: bool
    points_short: Points
    marks_missed: tuple[MarkCheck, ...]
    upgrades: tuple[Upgrade, ...]
    needs_central: bool
    reason: str | None = None

    @property
    def points_added(self) -> Points:
        return sum((u.gain for u in self.upgrades), start=0)

    def explain(self, locale: str = "vi") -> str:
        """The advice in a few lines of Vietnamese or English."""
        t = self.target.label(locale)
        if self.already:
            return _("Sản phẩm đã đạt {t}.", t=t).text(locale)
        lines = []
        if not self.reachable:
            reasons = {
                "disqualified": _("hồ sơ bị loại, phải khắc phục lỗi hồ sơ trước"),
                "points": _("tổng điểm tối đa có thể đạt trên phiếu này không đủ"),
                "marks": _(
                    "có dấu sao không thể đạt trên phiếu này (tiêu chí bị tính 0 do tạp chất)"
                ),
            }
            reason = reasons.get(self.reason or "")
            return _(
                "Không thể đạt {target}: {reason}.",
                target=t,
                reason=reason.text(locale) if reason else "",
            ).text(locale)
        lines.append(
            _(
                "Để đạt {t}: thiếu {short}, {missed}.",
                t=t,
                short=_points(self.points_short, locale),
                missed=_n(
                    "{count} dấu sao chưa đạt",
                    "{count} dấu sao chưa đạt",
                    len(self.marks_missed),
                    count=len(self.marks_missed),
                ),
            ).text(locale)
        )
        for u in self.upgrades:
            lines.append(
                _(
                    "- {code} {criterion}: từ {current} lên phương án {position} "
                    "({points} điểm): {option}",
                    code=u.criterion.code,
                    criterion=Pair(u.criterion.label_vi, u.criterion.label_en),
                    current=fmt(u.current, locale),
                    position=u.to_position,
                    points=u.to.points,
                    option=Pair(u.to.label_vi, u.to.label_en or u.to.label_vi),
                ).text(locale)
            )
        lines.append(
            _(
                "{criteria}, thêm {added}.",
                criteria=_n(
                    "{count} tiêu chí",
                    "{count} tiêu chí",
                    len(self.upgrades),
                    count=len(self.upgrades),
                ),
                added=_points(self.points_added, locale),
            ).text(locale)
        )
        if self.needs_central:
            lines.append(
                _(
                    "{t} chỉ do Hội đồng cấp trung ương công nhận; cấp tỉnh chỉ đề xuất "
                    "sản phẩm tiềm năng {t}.",
                    t=t,
                ).text(locale)
            )
        return "\n".join(lines)


def _points(value: Points, locale: str) -> str:
    """``1 point``, ``3 points``, ``5/3``-style averages as ``1.67 points``."""
    whole = value == 1
    return _n("{points} điểm", "{points} điểm", 1 if whole else 2, points=fmt(value, locale)).text(
        locale
    )


class _Variable:
    """One criterion, or a conditional criterion with the one it depends on (5.2 with 5.1).

    ``choices`` are ``(changed criteria, gain in scaled units, {code: option position})``,
    only those that meet the target's star marks, sorted by changes then gain.
    """

    __slots__ = ("best", "choices")

    def __init__(self, choices: list[tuple[int, int, dict[str, int | None]]]) -> None:
        self.choices = sorted(choices, key=lambda c: (c[0], c[1]))
        self.best = max((g for _, g, _ in choices), default=0)


def advise(score: Score, tables: SheetTables, target: int | None) -> Advice:
    """The advice for ``score``, searched on the engine's ``tables`` of its sheet."""
    rs = score.rule_set
    top = max(b.star for b in rs.bands)
    current = score.star if score.star is not None else score.band
    goal_in = StarClass(min(int(current) + 1, int(top))) if target is None else target
    if isinstance(goal_in, bool) or not isinstance(goal_in, int) or not 1 <= goal_in <= top:
        raise EvaluationError(
            _("lời khuyên"),
            [
                Problem(
                    "target",
                    _(
                        "hạng mục tiêu {goal} không hợp lệ (1–{value})",
                        goal=repr(goal_in)[:40],
                        value=int(top),
                    ),
                )
            ],
        )
    goal = StarClass(goal_in)
    lower = next(b.lower for b in rs.bands if b.star == goal)
    short = max(lower - score.total, 0)
    missed = score.missed_marks(up_to=int(goal))
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
    upgrades, reason = _search(score, tables, goal, lower)
    return made(upgrades is not None, False, upgrades or (), reason)


def _variables(score: Score, tables: SheetTables, goal: StarClass, scale: int) -> list[_Variable]:
    """The choices of every criterion (or conditional pair) that meet the marks of ``goal``."""
    required: dict[str, int] = {}
    for level in levels_to_meet(goal, tables.marks):
        for code, req in tables.marks[level]:
            required[code] = max(required.get(code, 0), req * scale)
    gated = set(score.gated)
    points = score.points
    now = {code: int(points[code] * scale) for code in tables.codes}

    def raises(code: str) -> list[tuple[int, int | None]]:
        """(final scaled points, position) for keeping or raising ``code``."""
        out: list[tuple[int, int | None]] = [(now[code], None)]
        if code in gated:
            return out
        seen: set[int] = set()
        for pos, pts in tables.by_position[code].items():
            if pos is not None and pts * scale > now[code] and pts not in seen:
                seen.add(pts)
                out.append((pts * scale, pos))
        return out

    variables: list[_Variable] = []
    paired: set[str] = set()
    for code, dep, lowest in tables.conditions:
        paired |= {code, dep}
        choices = []
        for d_final, d_pos in raises(dep):
            for c_final, c_pos in raises(code):
                if c_pos is not None and d_final <= lowest * scale:
                    continue
                if d_final >= required.get(dep, 0) and c_final >= required.get(code, 0):
                    changed = (d_pos is not None) + (c_pos is not None)
                    gain = d_final - now[dep] + c_final - now[code]
                    choices.append((changed, gain, {dep: d_pos, code: c_pos}))
        variables.append(_Variable(choices))
    for code in tables.codes:
        if code not in paired:
            need = required.get(code, 0)
            variables.append(
                _Variable(
                    [
                        (pos is not None, final - now[code], {code: pos})
                        for final, pos in raises(code)
                        if final >= need
                    ]
                )
            )
    return variables


def _greedy_count(variables: list[_Variable], deficit: int) -> int:
    """The changes of one feasible way to the target: forced changes at their best, then the
    largest gains first. The fewest changes cannot be more, so it bounds the exact search."""
    count = gained = 0
    optional: list[tuple[int, int]] = []
    for var in variables:
        first_changed, _g, _a = var.choices[0]
        if first_changed:  # keeping the criterion as it is misses a mark: it must change
            changed, gain, _a = max(var.choices, key=lambda c: (c[1], -c[0]))
            count += changed
            gained += gain
        elif var.best > 0:
            changed, gain, _a = max(var.choices, key=lambda c: (c[1], -c[0]))
            optional.append((gain, changed))
    optional.sort(reverse=True)
    for gain, changed in optional:
        if gained >= deficit:
            break
        count += changed
        gained += gain
    return count


def _search(
    score: Score, tables: SheetTables, goal: StarClass, lower: int
) -> tuple[tuple[Upgrade, ...] | None, str | None]:
    scale = max(len(score.evaluators), 1)
    variables = _variables(score, tables, goal, scale)
    if any(not v.choices for v in variables):
        return None, "marks"
    now_total = int(score.total * scale)
    deficit = max(lower * scale - now_total, 0)
    if sum(v.best for v in variables) < deficit:
        return None, "points"
    # Layered subset-sum on bitsets: layers[c] has bit g set when c changes can add g. The
    # greedy way bounds the number of changes, so only that many layers are kept.
    limit = _greedy_count(variables, deficit)
    history: list[list[int]] = []
    layers = [1] + [0] * limit
    for var in variables:
        history.append(layers)
        new = [0] * (limit + 1)
        for changed, gain, _assign in var.choices:
            for c in range(limit + 1 - changed):
                found = layers[c]
                if found:
                    new[c + changed] |= found << gain
        layers = new
    best: tuple[int, int] | None = None
    for c, mask in enumerate(layers):
        high = mask >> deficit
        if high:
            best = (c, deficit + ((high & -high).bit_length() - 1))
            break
    assert best is not None
    count, gain = best
    picks: dict[str, int | None] = {}
    for var, before in zip(reversed(variables), reversed(history), strict=True):
        for changed, g, assign in var.choices:
            if count - changed >= 0 and gain - g >= 0 and before[count - changed] >> (gain - g) & 1:
                count, gain = count - changed, gain - g
                picks.update(assign)
                break
        else:  # pragma: no cover - the layers guarantee a way back
            raise AssertionError("no way back through the layers")
    upgrades = []
    for crit in tables.sheet.scorable:
        pos = picks.get(crit.code)
        if pos is not None:
            upgrades.append(Upgrade(crit, score.points[crit.code], crit.options[pos - 1], pos))
    return tuple(upgrades), None
