"""The rules of the law's data, checked on the model: :func:`check`.

A rule set is data, and data can be wrong: an option worth more than its criterion, a section
that does not add up, a star mark on a class the rule set does not mark, bands that leave a gap.
:func:`check` finds every such problem in a :class:`~ocop.model.RuleSet` or a
:class:`~ocop.model.Sheet` however it was built — read from JSON, or written in Python — and
returns them all, each with its place (a criterion code, ``bands``, ``authorities[0]``). The
loader runs it on every file it reads, and :func:`ocop.rules.register` refuses a rule set that
fails it. It never raises on bad data: that is what it reports.

    >>> import attrs
    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> ocop.rules.check(sheet)
    []
    >>> crit = sheet.criterion("4.1")
    >>> worse = attrs.evolve(crit, options=crit.options[:-1])
    >>> sec = sheet.section("4")
    >>> sec = attrs.evolve(sec, criteria=(worse, *sec.criteria[1:]))
    >>> part = attrs.evolve(sheet.part("B"), sections=(sec, *sheet.part("B").sections[1:]))
    >>> broken = attrs.evolve(sheet, parts=(sheet.parts[0], part, sheet.parts[2]))
    >>> for p in ocop.rules.check(broken):
    ...     print(p.message("en"))
    4.1: maximum 5 differs from the best option's 3 points

Bands must partition ``0 … maximum`` (classes 1, 2, … in a row, lower bounds rising from 0, the
top band ending at the rule set's maximum); authority periods must not overlap;
``recognised_from`` and the policy's marked classes must be declared classes::

    >>> rs = ocop.rules.get("148/QĐ-TTg")
    >>> bands = (attrs.evolve(rs.bands[0], lower=10), *rs.bands[1:])
    >>> [p.message("en") for p in ocop.rules.check(attrs.evolve(rs, bands=bands))]
    ['bands: the lowest band must start at 0 points']
"""

from __future__ import annotations

import itertools
from collections import Counter

from ocop.converter import brief
from ocop.errors import Problem, RuleDataError, UsageError
from ocop.i18n import Message, _
from ocop.model.classification import Classification
from ocop.model.ruleset import RuleSet
from ocop.model.sheet import Sheet
from ocop.rules.ids import normalize_id
from ocop.rules.sheet_checks import MAX_POINTS, check_sheet, unique

__all__ = [
    "MAX_POINTS",
    "belongs",
    "check",
    "check_classification",
    "check_rule_set",
    "check_sheet",
    "check_sheets",
]


def _bands(rs: RuleSet) -> list[Problem]:
    problems: list[Problem] = []

    def fail(message: Message) -> None:
        problems.append(Problem("bands", message))

    bands = rs.bands
    if [int(b.star) for b in bands] != list(range(1, len(bands) + 1)):
        fail(_("các hạng phải là 1, 2, … liên tiếp (tối đa 9)"))
    if not bands or bands[0].lower != 0:
        fail(_("hạng thấp nhất phải bắt đầu từ 0 điểm"))
    for a, b in itertools.pairwise(bands):
        if a.upper != b.lower or b.lower <= a.lower:
            fail(_("cận dưới của hạng {value} không tăng", value=int(b.star)))
    if bands:
        top = bands[-1]
        if top.upper is not None:
            fail(_("hạng cao nhất phải không có cận trên"))
        if top.maximum is not None and top.maximum != rs.maximum:
            fail(
                _(
                    "điểm tối đa {maximum} khác tổng các phần {value}",
                    maximum=brief(top.maximum, 30),
                    value=brief(rs.maximum, 30),
                )
            )
        if top.lower > rs.maximum:
            fail(_("hạng cao nhất vượt quá điểm tối đa"))
    return problems


def _authorities(rs: RuleSet, classes: int) -> list[Problem]:
    problems: list[Problem] = []
    for k, period in enumerate(rs.authorities):
        where = f"authorities[{k}]"
        if period.end is not None and period.end < period.start:
            problems.append(
                Problem(
                    where,
                    _(
                        "giai đoạn bắt đầu {start} sau ngày kết thúc {end}",
                        start=period.start,
                        end=period.end,
                    ),
                )
            )
        for star, _authority in period.stars:
            if not 1 <= int(star) <= classes:
                problems.append(
                    Problem(where, _("hạng {star} không phải một hạng đã khai báo", star=int(star)))
                )
    for a, b in itertools.pairwise(rs.authorities):
        if a.end is None or b.start <= a.end:
            problems.append(
                Problem(
                    "authorities",
                    _(
                        "các giai đoạn {start} và {start2} chồng lên nhau",
                        start=a.start,
                        start2=b.start,
                    ),
                )
            )
    return problems


def check_classification(tree: Classification) -> list[Problem]:
    """A complete tree numbers its product sets 1, 2, … in order."""
    if not tree.complete:
        return []
    numbers = [p.number for p in tree.product_sets()]
    if numbers != list(range(1, len(numbers) + 1)):
        return [
            Problem(
                "product_sets",
                _("số bộ sản phẩm không liên tục: {numbers}", numbers=brief(numbers, 120)),
            )
        ]
    return []


def check_rule_set(rs: RuleSet, *, sheets: bool = True) -> list[Problem]:
    """Every problem of ``rs``; with ``sheets``, of each of its sheets too (``sheets[0]: 4.1``)."""
    problems: list[Problem] = []
    counts = Counter(p.code for p in rs.parts)
    for code in sorted(c for c, n in counts.items() if n > 1):
        problems.append(Problem("parts", _("mã '{code}' bị trùng", code=code)))
    if rs.replaced is not None and rs.replaced <= rs.effective:
        problems.append(
            Problem(
                "replaced",
                _(
                    "ngày thay thế {replaced} không sau ngày hiệu lực {effective}",
                    replaced=rs.replaced,
                    effective=rs.effective,
                ),
            )
        )
    if rs.certificate_validity_months < 0:
        problems.append(
            Problem(
                "certificate_validity_months",
                _("thời hạn {value} tháng âm", value=brief(rs.certificate_validity_months, 30)),
            )
        )
    problems += _bands(rs)
    classes = max((int(b.star) for b in rs.bands), default=0)
    if not 1 <= int(rs.recognised_from) <= max(classes, 1):
        problems.append(
            Problem(
                "recognised_from",
                _(
                    "hạng công nhận {recognised} không phải một hạng đã khai báo",
                    recognised=int(rs.recognised_from),
                ),
            )
        )
    levels = [int(v) for v in rs.policy.mark_levels]
    if len(set(levels)) != len(levels) or not all(2 <= v <= classes for v in levels):
        problems.append(
            Problem(
                "policy.mark_levels",
                _(
                    "các hạng mang dấu {levels} phải là các hạng khác nhau từ 2 đến {classes}",
                    levels=brief(levels, 80),
                    classes=classes,
                ),
            )
        )
    problems += _authorities(rs, classes)
    if rs.classification is not None:
        problems += check_classification(rs.classification)
    if sheets and rs.store is not None:
        problems += check_sheets(rs)
    return unique(problems)


def belongs(sheet: Sheet, rs: RuleSet, where: str = "") -> list[Problem]:
    """A sheet names the rule set it belongs to: its id or one of its aliases."""
    names = {normalize_id(n) for n in (rs.id, *rs.aliases)}
    if normalize_id(sheet.rule_set) in names:
        return []
    return [
        Problem(
            f"{where}: rule_set" if where else "rule_set",
            _(
                "phiếu thuộc bộ quy tắc {theirs}, không phải {ours}",
                theirs=brief(sheet.rule_set),
                ours=brief(rs.id),
            ),
        )
    ]


def check_sheets(rs: RuleSet) -> list[Problem]:
    """Every problem of each sheet of ``rs``, located as ``sheets[0]: 4.1``."""
    levels = [int(v) for v in rs.policy.mark_levels]
    problems: list[Problem] = []
    for number in rs.store.numbers if rs.store is not None else ():
        where = f"sheets[{number - 1}]"
        try:
            sheet = rs.sheet(number)
        except RuleDataError as err:
            problems.extend(err.problems)
            continue
        if sheet.product_set != number:
            problems.append(Problem(where, _("bộ sản phẩm phải được đánh số {k}", k=number)))
        problems += belongs(sheet, rs, where)
        for p in check_sheet(sheet, parts=rs.parts, mark_levels=levels):
            problems.append(Problem(f"{where}: {p.where}", p.text))
    return problems


def check(rule_set_or_sheet: RuleSet | Sheet, *, rule_set: RuleSet | None = None) -> list[Problem]:
    """Every problem of a rule set (its sheets included) or of one sheet, however it was built.

    A sheet checked on its own is checked for itself (sums, best options, marks in order, cases,
    references, codes); with ``rule_set`` its parts must also match the rule set's and its star
    marks name only the classes that the rule set's policy marks. An empty list means no problem.
    """
    target = rule_set_or_sheet
    if rule_set is not None and not isinstance(rule_set, RuleSet):
        raise UsageError(
            _("check() cần một RuleSet hoặc Sheet, không phải {kind}", kind=type(rule_set).__name__)
        )
    if isinstance(target, RuleSet):
        return check_rule_set(target)
    if isinstance(target, Sheet):
        if rule_set is None:
            return check_sheet(target)
        levels = [int(v) for v in rule_set.policy.mark_levels]
        return check_sheet(target, parts=rule_set.parts, mark_levels=levels)
    raise UsageError(
        _("check() cần một RuleSet hoặc Sheet, không phải {kind}", kind=type(target).__name__)
    )
