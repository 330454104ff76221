"""A sheet turned into lookup tables for fast scoring.

Nothing here is public, and nothing here is cached: an :class:`~ocop.scoring.Engine` builds the
tables of a sheet and case once and keeps them. The law's types (:class:`~ocop.model.Sheet` …)
never hold them.
"""

from __future__ import annotations

from collections.abc import Mapping

from ocop.model import Criterion, Option, RuleSet, Sheet, StarClass
from ocop.scoring.points import Points
from ocop.scoring.star_rule import levels_to_meet

_BAND_TABLE_LIMIT = 1000

Picks = tuple[tuple[str, int | None], ...]
"""The (criterion, option position) pairs a choice of advice sets."""

Fails = tuple[tuple[StarClass, tuple[str, ...], tuple[frozenset[int | None], ...]], ...]
"""Per marked class, rising: the criteria with a mark of that class and, for each, the answers
that miss it."""


class SheetTables:
    """Lookup tables of one sheet under one case (``None`` when the sheet has no cases)."""

    __slots__ = (
        "band_of",
        "bands",
        "by_points",
        "by_position",
        "case",
        "codes",
        "conditions",
        "criteria",
        "fails_by_points",
        "fails_by_position",
        "gate_clean",
        "gate_zeroed",
        "groups",
        "lowest",
        "mark_options",
        "marks",
        "n",
        "place",
        "points_in_order",
        "positions_in_order",
        "raises_from",
        "required",
        "rise_picks",
        "rises",
        "sheet",
    )

    def __init__(self, rule_set: RuleSet, sheet: Sheet, case: int | None) -> None:
        self.sheet = sheet
        self.case = case
        # (lower bound, class), highest first.
        self.bands: tuple[tuple[int, StarClass], ...] = tuple(
            sorted(((b.lower, b.star) for b in rule_set.bands), reverse=True)
        )
        # The band of each whole total from 0 to the maximum, by index (for sheets of usual
        # size; a larger total is looked up in the bands).
        self.band_of: tuple[StarClass, ...] = tuple(
            self.band(total) for total in range(min(rule_set.maximum, _BAND_TABLE_LIMIT) + 1)
        )
        crits = sheet.scorable
        self.criteria: dict[str, Criterion] = {c.code: c for c in crits}
        self.codes = tuple(c.code for c in crits)
        self.n = len(self.codes)
        self.place = {code: k for k, code in enumerate(self.codes)}  # code -> its place
        # code -> {position (1-based, global print order): points}, plus None -> 0 (not met).
        self.by_position: dict[str, dict[int | None, int]] = {}
        # code -> {points: points}, plus None -> 0.
        self.by_points: dict[str, dict[int | None, int]] = {}
        self.lowest: dict[str, int] = {}
        for c in crits:
            valid = [
                (k, o)
                for k, o in enumerate(c.options, 1)
                if case is None or not c.cases or o.case == case
            ]
            self.by_position[c.code] = {None: 0, **{k: o.points for k, o in valid}}
            # By points, 0 is "nothing ticked" too, even where no option is worth 0.
            self.by_points[c.code] = {None: 0, 0: 0, **{o.points: o.points for _, o in valid}}
            self.lowest[c.code] = min(o.points for _, o in valid) if valid else 0
        # The same tables in the sheet's order, for answers given in that order (the usual
        # case): then the points are looked up without the codes.
        self.positions_in_order = tuple(self.by_position[code] for code in self.codes)
        self.points_in_order = tuple(self.by_points[code] for code in self.codes)
        # class -> ((code, required points), ...), classes rising.
        marks: dict[StarClass, list[tuple[str, int]]] = {}
        for c in crits:
            for level, opt in c.marks(case if c.cases else None).items():
                marks.setdefault(level, []).append((c.code, opt.points))
        self.marks: dict[StarClass, tuple[tuple[str, int], ...]] = {
            level: tuple(marks[level]) for level in sorted(marks)
        }
        # For each class, the points each criterion needs for the marks of that class and the
        # classes below it (the star rule: every marked class up to the goal).
        self.required: dict[StarClass, dict[str, int]] = {}
        for goal in StarClass:
            need: dict[str, int] = {}
            for level in levels_to_meet(goal, self.marks):
                for code, req in self.marks[level]:
                    need[code] = max(need.get(code, 0), req)
            self.required[goal] = need
        # The same marks with their criterion and minimum option, for explanations.
        options: dict[StarClass, list[tuple[Criterion, Option]]] = {}
        for c in crits:
            for level, opt in c.marks(case if c.cases else None).items():
                options.setdefault(level, []).append((c, opt))
        self.mark_options: dict[StarClass, tuple[tuple[Criterion, Option], ...]] = {
            level: tuple(options[level]) for level in sorted(options)
        }
        # code -> the distinct points of its options, rising, each with its first position.
        self.rises: dict[str, tuple[tuple[int, int], ...]] = {}
        for code, table in self.by_position.items():
            firsts: dict[int, int] = {}
            for pos, pts in table.items():
                if pos is not None and pts not in firsts:
                    firsts[pts] = pos
            self.rises[code] = tuple(sorted(firsts.items()))
        # The same rises with the (code, position) pick each one makes, for advice.
        self.rise_picks: dict[str, tuple[tuple[int, Picks], ...]] = {
            code: tuple((pts, ((code, pos),)) for pts, pos in rises)
            for code, rises in self.rises.items()
        }
        # For advice: from each points a criterion can have (nothing ticked or an option), the
        # choices of keeping it or raising it to a higher option, as (changes, gain, picks);
        # empty when it can rise no further.
        self.raises_from: dict[str, dict[int, tuple[tuple[int, int, Picks], ...]]] = {
            code: {
                now: (
                    ((0, 0, ()), *((1, p - now, pick) for p, pick in picks if p > now))
                    if picks and picks[-1][0] > now
                    else ()
                )
                for now in {0, *(p for p, _ in picks)}
            }
            for code, picks in self.rise_picks.items()
        }
        # The same marks as the answers that miss them, so that a mark is checked on the answer
        # itself: ((class, ((code, {answers that miss}), ...)), ...), by position and by points.
        self.fails_by_position: Fails = self._fails(self.by_position)
        self.fails_by_points: Fails = self._fails(self.by_points)
        # (criterion, the criterion it depends on, that criterion's lowest points)
        self.conditions = tuple(
            (c.code, c.condition.criterion, self.lowest.get(c.condition.criterion, 0))
            for c in crits
            if c.condition is not None
        )
        gate = sheet.food_safety_gate
        self.gate_zeroed: tuple[str, ...] = ()
        # The gate criterion's "clean" options (printed "Sạch, ..."), by position and by points:
        # an answer that says the sample is clean contradicts declared impurities.
        self.gate_clean: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
        if gate is not None:
            gate_crit = self.criteria.get(gate.criterion)
            if gate_crit is not None:
                clean = [
                    (k, o.points)
                    for k, o in enumerate(gate_crit.options, 1)
                    if o.label_vi.lower().startswith("sạch")
                ]
                self.gate_clean = (
                    frozenset(k for k, _ in clean),
                    frozenset(p for _, p in clean),
                )
            section = sheet.section(gate.section)
            self.gate_zeroed = tuple(
                leaf.code
                for crit in section.criteria
                for leaf in crit.leaves()
                if leaf.code != gate.criterion
            )
        self.groups: dict[str, tuple[str, ...]] = {
            crit.code: tuple(x.code for x in crit.leaves())
            for part in sheet.parts
            for section in part.sections
            for crit in section.criteria
            if crit.subcriteria
        }

    def _fails(self, table: dict[str, dict[int | None, int]]) -> Fails:
        return tuple(
            (
                level,
                tuple(code for code, _ in pairs),
                tuple(
                    frozenset(k for k, p in table[code].items() if p < req) for code, req in pairs
                ),
            )
            for level, pairs in self.marks.items()
        )

    def band(self, total: Points) -> StarClass:
        """The class whose band holds ``total`` (totals are never negative)."""
        for lower, star in self.bands:
            if total >= lower:
                return star
        return self.bands[-1][1]  # pragma: no cover - the lowest band starts at 0

    def lowest_missed(self, points: Mapping[str, Points], up_to: StarClass) -> StarClass | None:
        """The lowest class up to ``up_to`` with a mark that ``points`` misses."""
        for level, pairs in self.marks.items():
            if level > up_to:
                break
            for code, required in pairs:
                if points[code] < required:
                    return level
        return None
