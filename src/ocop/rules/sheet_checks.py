"""The rules of a criteria sheet, checked on the model (see :func:`ocop.rules.check`).

Sums (criteria, sections, parts), best options, star marks (the classes the rule set marks,
once each, higher marks on higher options, per case), cases declared and used, conditions,
faults and the food-safety gate that name existing criteria, and codes used once.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence

from ocop.converter import brief
from ocop.errors import Problem
from ocop.i18n import Message, Pair, _
from ocop.model.ruleset import PartSpec
from ocop.model.sheet import Criterion, Option, Section, Sheet
from ocop.model.stars import StarClass

__all__ = ["MAX_POINTS", "check_sheet"]

MAX_POINTS = 1_000_000
"""The most points a criterion, option, part or band may carry."""

CONDITION_KINDS = ("above_lowest",)


def _n(value: int) -> int | str:
    """A number for a message: itself, or a short description when it is huge."""
    return value if -(10**12) < value < 10**12 else brief(value)


class _Sheet:
    """Walks one sheet, collecting problems in document order."""

    def __init__(self, sheet: Sheet, levels: Sequence[int] | None) -> None:
        self.sheet = sheet
        self.levels = None if levels is None else tuple(int(v) for v in levels)
        self.problems: list[Problem] = []

    def fail(self, where: str, message: Message) -> None:
        self.problems.append(Problem(where, message))

    def points(self, where: str, value: int, label: str | None = None) -> bool:
        if 0 <= value <= MAX_POINTS:
            return True
        if value < 0 and label is not None:
            self.fail(
                where, _("điểm âm {points} cho phương án '{label}'", points=_n(value), label=label)
            )
        else:
            self.fail(
                where, _("điểm {points} nằm ngoài 0–{limit}", points=_n(value), limit=MAX_POINTS)
            )
        return False

    def option(self, crit: Criterion, k: int, o: Option) -> None:
        where = f"{crit.code} option {k}"
        self.points(where, o.points, o.label_vi)
        if o.mark is not None and self.levels is not None and int(o.mark) not in self.levels:
            self.fail(
                where,
                _(
                    "dấu sao {mark} không thuộc các hạng {allowed} (phương án '{label}')",
                    mark=int(o.mark),
                    allowed=", ".join(str(x) for x in self.levels),
                    label=o.label_vi,
                ),
            )
        numbers = {c.number for c in crit.cases}
        if o.case is not None and o.case not in numbers:
            self.fail(
                where,
                _(
                    "phương án '{label}' thuộc trường hợp {case} chưa khai báo",
                    label=o.label_vi,
                    case=_n(o.case),
                ),
            )

    def marks(self, crit: Criterion, opts: Sequence[Option], case: Pair) -> None:
        seen: dict[StarClass, Option] = {}
        for o in opts:
            if o.mark is None or (self.levels is not None and int(o.mark) not in self.levels):
                continue
            if o.mark in seen:
                self.fail(
                    crit.code,
                    _("dấu {level} sao xuất hiện hai lần{case}", level=o.mark.value, case=case),
                )
            seen[o.mark] = o
        marked = sorted(seen)
        for lo, hi in itertools.pairwise(marked):
            if seen[lo].points > seen[hi].points:
                self.fail(
                    crit.code,
                    _(
                        "dấu {value} sao nằm trên phương án thấp hơn dấu {value2} sao",
                        value=hi.value,
                        value2=lo.value,
                    ),
                )

    def criterion(self, crit: Criterion, parent: str | None) -> None:
        code = crit.code
        if parent is not None and not code.startswith(parent + "."):
            self.fail(code, _("mã '{code}' không thuộc '{parent}'", code=code, parent=parent))
        for k, o in enumerate(crit.options, 1):
            self.option(crit, k, o)
        for sub in crit.subcriteria:
            self.criterion(sub, code)
        # Sums and marks are compared only between points in range.
        ok = self.points(code, crit.maximum) and all(
            0 <= o.points <= MAX_POINTS for o in crit.options
        )
        if crit.options and crit.subcriteria:
            self.fail(code, _("vừa có phương án vừa có tiêu chí con"))
        elif not crit.options and not crit.subcriteria:
            self.fail(code, _("không có phương án nào"))
        if crit.subcriteria and ok and all(0 <= c.maximum <= MAX_POINTS for c in crit.subcriteria):
            total = sum(s.maximum for s in crit.subcriteria)
            if total != crit.maximum:
                self.fail(
                    code,
                    _(
                        "điểm tối đa {maximum} khác tổng các tiêu chí con {total}",
                        maximum=_n(crit.maximum),
                        total=_n(total),
                    ),
                )
        numbers = sorted(c.number for c in crit.cases)
        groups: list[tuple[int | None, list[Option]]] = (
            [(c, [o for o in crit.options if o.case == c]) for c in numbers]
            if numbers
            else [(None, list(crit.options))]
        )
        for case, opts in groups if crit.options and ok else ():
            label = (
                Pair("", "") if case is None else Pair(f" (trường hợp {case})", f" (case {case})")
            )
            if not opts:
                self.fail(code, _("không có phương án{case}", case=label))
                continue
            best = max(o.points for o in opts)
            if best != crit.maximum:
                self.fail(
                    code,
                    _(
                        "điểm tối đa {maximum} khác điểm của phương án cao nhất {best}{case}",
                        maximum=_n(crit.maximum),
                        best=_n(best),
                        case=label,
                    ),
                )
            self.marks(crit, opts, label)
        if crit.cases and any(o.case is None for o in crit.options if o.printed):
            self.fail(
                code, _("tiêu chí có trường hợp nhưng có phương án không thuộc trường hợp nào")
            )
        if crit.condition is not None:
            cond = crit.condition
            if cond.kind not in CONDITION_KINDS:
                self.fail(code, _("điều kiện không hợp lệ: {cond}", cond=brief(cond.kind)))
            elif cond.criterion not in self.sheet:
                self.fail(
                    code,
                    _(
                        "điều kiện dựa vào tiêu chí '{missing}' không tồn tại",
                        missing=cond.criterion,
                    ),
                )
            elif not self.sheet.criterion(cond.criterion).scorable:
                self.fail(
                    code,
                    _(
                        "điều kiện dựa vào '{dep}', không phải tiêu chí được chấm trực tiếp",
                        dep=cond.criterion,
                    ),
                )
        if not crit.label_vi.strip():
            self.fail(code, _("thiếu nhãn tiếng Việt"))
        if not crit.label_en.strip():
            self.fail(code, _("thiếu nhãn tiếng Anh"))

    def section(self, section: Section) -> None:
        direct = len(section.criteria) == 1 and section.criteria[0].code == section.code
        for crit in section.criteria:
            self.criterion(crit, None if direct else section.code)
        total = sum(c.maximum for c in section.criteria)
        if self.points(section.code, section.maximum) and total != section.maximum:
            self.fail(
                section.code,
                _(
                    "điểm mục {value} khác tổng các tiêu chí {total}",
                    value=_n(section.maximum),
                    total=_n(total),
                ),
            )

    def codes(self) -> None:
        seen: set[str] = set()

        def see(code: str) -> None:
            if code in seen:
                self.fail(code, _("mã '{code}' bị trùng", code=code))
            seen.add(code)

        counts = Counter(p.code for p in self.sheet.parts)
        for code in sorted(c for c, n in counts.items() if n > 1):
            self.fail("parts", _("mã '{code}' bị trùng", code=code))
        for part in self.sheet.parts:
            for section in part.sections:
                see(section.code)
                for crit in section.criteria:
                    if crit.code != section.code:
                        see(crit.code)
                    stack = list(reversed(crit.subcriteria))
                    while stack:  # depth first, in document order
                        sub = stack.pop()
                        see(sub.code)
                        stack.extend(reversed(sub.subcriteria))

    def parts(self, declared: Sequence[PartSpec] | None) -> None:
        maxima = {p.code: p.maximum for p in declared or ()}
        for part in self.sheet.parts:
            for section in part.sections:
                self.section(section)
            where = f"part {part.code}"
            total = sum(s.maximum for s in part.sections)
            if self.points(where, part.maximum) and total != part.maximum:
                self.fail(
                    where,
                    _(
                        "điểm phần {value} khác tổng các mục {total}",
                        value=_n(part.maximum),
                        total=_n(total),
                    ),
                )
            if declared is None:
                continue
            if part.code not in maxima:
                self.fail(where, _("phần '{code}' không có trong bộ quy tắc", code=part.code))
            elif maxima[part.code] != part.maximum:
                self.fail(
                    where,
                    _(
                        "phần {code} có {value} điểm, bộ quy tắc quy định {declared}",
                        code=part.code,
                        value=_n(part.maximum),
                        declared=_n(maxima[part.code]),
                    ),
                )
        if declared is not None and [p.code for p in self.sheet.parts] != list(maxima):
            self.fail(
                "parts",
                _(
                    "các phần {value} khác {value2}",
                    value=brief([p.code for p in self.sheet.parts], 80),
                    value2=brief(list(maxima), 80),
                ),
            )

    def extras(self) -> None:
        sheet = self.sheet
        ids: set[str] = set()
        for fault in sheet.faults:
            if fault.id in ids:
                self.fail(f"fault {fault.id}", _("mã lỗi '{id}' bị trùng", id=fault.id))
            ids.add(fault.id)
            if fault.criterion is not None and fault.criterion not in sheet:
                self.fail(
                    f"fault {fault.id}",
                    _("tiêu chí '{criterion}' không tồn tại", criterion=fault.criterion),
                )
        for alias in sheet.fault_aliases:
            if alias.successor not in ids or alias.id in ids:
                self.fail(
                    f"fault {alias.id}",
                    _(
                        "mã lỗi cũ '{alias}' phải trỏ tới một lỗi hồ sơ của phiếu, "
                        "không phải '{fault}'",
                        alias=alias.id,
                        fault=alias.successor,
                    ),
                )
        sections = {s.code for p in sheet.parts for s in p.sections}
        for rule in sheet.stop_rules:
            for code in rule.criteria:
                if code not in sheet and code not in sections:
                    self.fail(
                        "stop_rules", _("tiêu chí '{criterion}' không tồn tại", criterion=code)
                    )
        gate = sheet.food_safety_gate
        if gate is not None:
            if gate.criterion not in sheet:
                self.fail(
                    "food_safety_gate",
                    _("tiêu chí '{criterion}' không tồn tại", criterion=gate.criterion),
                )
            elif not sheet.criterion(gate.criterion).scorable:
                self.fail(
                    "food_safety_gate",
                    _(
                        "'{criterion}' không phải tiêu chí được chấm trực tiếp",
                        criterion=gate.criterion,
                    ),
                )
            if gate.section not in sections:
                self.fail(
                    "food_safety_gate", _("mục '{section}' không tồn tại", section=gate.section)
                )
        used = {c.number for crit in sheet.scorable for c in crit.cases}
        declared = {c.number for c in sheet.cases}
        for number in sorted(used - declared):
            self.fail(
                "cases", _("tiêu chí dùng trường hợp {case} mà phiếu không khai báo", case=number)
            )
        for number in sorted(declared - used):
            self.fail(
                "cases",
                _("trường hợp {case} khai báo ở phiếu nhưng không tiêu chí nào dùng", case=number),
            )


def check_sheet(
    sheet: Sheet,
    *,
    parts: Sequence[PartSpec] | None = None,
    mark_levels: Sequence[int] | None = None,
) -> list[Problem]:
    """Every problem of ``sheet``; with ``parts`` (the rule set's) its parts must match them,
    with ``mark_levels`` its star marks must name those classes."""
    walker = _Sheet(sheet, mark_levels)
    walker.parts(parts)
    walker.codes()
    walker.extras()
    return unique(walker.problems)


def unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))
