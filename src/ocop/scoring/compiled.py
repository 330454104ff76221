"""A sheet turned into lookup tables for fast scoring; built once per sheet and case, cached.

Nothing here is public: it is the scoring engine's view of a :class:`~ocop.model.Sheet`.
"""

from __future__ import annotations

import threading

from ocop.model import Criterion, RuleSet, Sheet, StarClass

_lock = threading.Lock()


class CompiledSheet:
    """Lookup tables of one sheet under one case (``None`` when the sheet has no cases)."""

    __slots__ = (
        "_bands",
        "by_points",
        "by_position",
        "case",
        "codes",
        "conditions",
        "criteria",
        "fails_by_points",
        "fails_by_position",
        "gate_zeroed",
        "groups",
        "lowest",
        "marks",
        "n",
        "sheet",
    )

    def __init__(self, sheet: Sheet, case: int | None) -> None:
        self.sheet = sheet
        self.case = case
        self._bands: tuple[object, tuple[tuple[int, StarClass], ...]] | None = None
        crits = sheet.scorable
        self.criteria: dict[str, Criterion] = {c.code: c for c in crits}
        self.codes = tuple(c.code for c in crits)
        self.n = len(self.codes)
        # code -> {position (1-based, global print order): points}, plus None -> 0 (not met).
        self.by_position: dict[str, dict[int | None, int]] = {}
        # code -> {points: points}, plus None -> 0; positions are found on demand.
        self.by_points: dict[str, dict[int | None, int]] = {}
        self.lowest: dict[str, int] = {}
        for c in crits:
            valid = [
                (k, o)
                for k, o in enumerate(c.options, 1)
                if case is None or not c.cases or o.case == case
            ]
            self.by_position[c.code] = {None: 0, **{k: o.points for k, o in valid}}
            self.by_points[c.code] = {None: 0, **{o.points: o.points for _, o in valid}}
            self.lowest[c.code] = min(o.points for _, o in valid) if valid else 0
        # level -> ((code, required points), ...)
        marks: dict[StarClass, list[tuple[str, int]]] = {}
        for c in crits:
            for level, opt in c.marks(case if c.cases else None).items():
                marks.setdefault(level, []).append((c.code, opt.points))
        self.marks: dict[StarClass, tuple[tuple[str, int], ...]] = {
            level: tuple(marks[level]) for level in sorted(marks)
        }
        # The same marks as the answers that fail them, so that a mark is checked on the answer
        # itself: level -> ((code, {failing answers}), ...), by position and by points.
        self.fails_by_position: dict[StarClass, tuple[tuple[str, frozenset[int | None]], ...]]
        self.fails_by_points: dict[StarClass, tuple[tuple[str, frozenset[int | None]], ...]]
        self.fails_by_position = {
            level: tuple(
                (code, frozenset(k for k, p in self.by_position[code].items() if p < req))
                for code, req in pairs
            )
            for level, pairs in self.marks.items()
        }
        self.fails_by_points = {
            level: tuple(
                (code, frozenset(k for k, p in self.by_points[code].items() if p < req))
                for code, req in pairs
            )
            for level, pairs in self.marks.items()
        }
        # (criterion, the criterion it depends on, that criterion's lowest points)
        self.conditions = tuple(
            (c.code, c.condition.criterion, self.lowest.get(c.condition.criterion, 0))
            for c in crits
            if c.condition is not None
        )
        gate = sheet.food_safety_gate
        self.gate_zeroed: tuple[str, ...] = ()
        if gate is not None:
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

    def bands_for(self, rs: RuleSet) -> tuple[tuple[int, StarClass], ...]:
        """The rule set's bands as ``(lower bound, class)``, highest first."""
        found = self._bands
        if found is None or found[0] is not rs:
            found = (rs, tuple(sorted(((b.lower, b.star) for b in rs.bands), reverse=True)))
            self._bands = found
        return found[1]


def compiled(sheet: Sheet, case: int | None) -> CompiledSheet:
    """The cached tables of ``sheet`` under ``case``."""
    cache = sheet.engine_cache
    found = cache.get(case)
    if found is None:
        with _lock:
            found = cache.get(case)
            if found is None:
                found = CompiledSheet(sheet, case)
                cache[case] = found
    assert isinstance(found, CompiledSheet)
    return found
