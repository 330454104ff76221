"""Scoring: from evaluation sheets to points and a star class.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> best = {c.code: len(c.options) for c in sheet.scorable}     # every box at its best
    >>> s = ocop.score(ocop.Evaluation("26/2026", 1, best))
    >>> s.total, s.band, s.star, s.recognised, s.potential_five
    (100, <StarClass.FIVE: 5>, <StarClass.FIVE: 5>, True, True)
    >>> low = dict(best, **{"4.1": 2})                              # 4.1 below its 4★ mark
    >>> s = ocop.score(ocop.Evaluation("26/2026", 1, low))
    >>> s.total, s.band, s.star
    (97, <StarClass.FIVE: 5>, <StarClass.THREE: 3>)

Every problem of a sheet is reported at once, each with its criterion code, and nothing partial
is returned::

    >>> bad = dict(best, **{"4.1": 9, "9.9": 1})
    >>> del bad["1.1"]
    >>> ocop.score(ocop.Evaluation("26/2026", 1, bad))
    Traceback (most recent call last):
    ...
    ocop.errors.EvaluationError: Phiếu đánh giá 26/2026/QĐ-TTg, bộ sản phẩm 1 không hợp lệ (3 lỗi).
      - 1.1: chưa trả lời
      - 4.1: không có phương án số 9 (chỉ có 1–4)
      - 9.9: không có tiêu chí 9.9 trên phiếu của bộ sản phẩm 1
    Evaluation 26/2026/QĐ-TTg, bộ sản phẩm 1 is invalid (3 problem(s)).
      - 1.1: unanswered
      - 4.1: there is no option 9 (only 1–4)
      - 9.9: criterion 9.9 is not on the sheet of product set 1
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType

from ocop.errors import EvaluationError, InexactNumberError, OutOfRangeError, Problem
from ocop.i18n import Pair, _
from ocop.model import Fault, RuleSet, Sheet, StarClass
from ocop.scoring.compiled import CompiledSheet, compiled
from ocop.scoring.evaluation import Council, Evaluation
from ocop.scoring.result import Points, Score, ScoreRange


def _rule_set(evaluation: Evaluation, rules: RuleSet | None) -> RuleSet:
    if rules is not None:
        return rules
    from ocop import rules as registry

    return registry.get(evaluation.rule_set)


def _label(rs: RuleSet, evaluation: Evaluation) -> str:
    who = f" ({evaluation.evaluator})" if evaluation.evaluator else ""
    return f"{rs.id}, bộ sản phẩm {evaluation.product_set}{who}"


def _case_problems(sheet: Sheet, case: object) -> list[Problem]:
    numbers = [c.number for c in sheet.cases]
    if numbers and case not in numbers:
        listed = ", ".join(f"{c.number} ({c.label_vi})" for c in sheet.cases)
        return [
            Problem(
                "case",
                _(
                    "phiếu này yêu cầu chọn trường hợp: {listed}",
                    listed=Pair(listed, ", ".join(str(n) for n in numbers)),
                ),
            )
        ]
    if not numbers and case is not None:
        return [Problem("case", _("phiếu này không có trường hợp để chọn"))]
    return []


def _answer_problems(cs: CompiledSheet, evaluation: Evaluation, complete: bool) -> list[Problem]:
    """Every problem with the answers, in the order the evaluator wrote them."""
    problems: list[Problem] = []
    by_points = evaluation.by == "points"
    mode_ok = evaluation.by in ("position", "points")
    if not mode_ok:
        problems.append(
            Problem("by", _("cách trả lời '{by}' không hợp lệ (position/points)", by=evaluation.by))
        )
    for code, value in evaluation.answers.items() if mode_ok else ():
        crit = cs.criteria.get(code)
        if crit is None:
            if code in cs.groups:
                subs = ", ".join(cs.groups[code])
                problems.append(
                    Problem(
                        code,
                        _("{code} được chấm qua các tiêu chí con {subs}", code=code, subs=subs),
                    )
                )
            else:
                n = cs.sheet.product_set
                problems.append(
                    Problem(
                        code,
                        _(
                            "không có tiêu chí {code} trên phiếu của bộ sản phẩm {n}",
                            code=code,
                            n=n,
                        ),
                    )
                )
            continue
        if value is None:
            continue
        if type(value) is not int:
            problems.append(
                Problem(
                    code, _("câu trả lời {value} phải là số nguyên hoặc None", value=repr(value))
                )
            )
            continue
        table = cs.by_points[code] if by_points else cs.by_position[code]
        if value in table:
            continue
        if by_points:
            listed = ", ".join(str(p) for p in sorted(k for k in table if k is not None))
            problems.append(
                Problem(
                    code,
                    _(
                        "không có phương án {value} điểm (các phương án: {listed})",
                        value=value,
                        listed=listed,
                    ),
                )
            )
        elif 1 <= value <= len(crit.options):
            other = crit.options[value - 1].case
            problems.append(
                Problem(
                    code,
                    _(
                        "phương án {value} thuộc trường hợp {other}, phiếu đã chọn "
                        "trường hợp {case}",
                        value=value,
                        other=other,
                        case=evaluation.case,
                    ),
                )
            )
        else:
            problems.append(
                Problem(
                    code,
                    _(
                        "không có phương án số {value} (chỉ có 1–{options_count})",
                        value=value,
                        options_count=len(crit.options),
                    ),
                )
            )
    table_of = cs.by_points if by_points else cs.by_position
    answers = evaluation.answers
    for code, dep, lowest in cs.conditions if mode_ok else ():
        if answers.get(code) is None:
            continue
        if dep not in answers:
            continue  # reported as unanswered, or left open by score_range
        dep_points = table_of.get(dep, {}).get(answers[dep])
        if dep_points is None:
            continue  # the dependency's own answer is wrong and already reported
        if dep_points <= lowest:
            crit = cs.criteria[code]
            assert crit.condition is not None
            problems.append(
                Problem(
                    code,
                    _(
                        "chỉ được chấm khi {dep} cao hơn phương án thấp nhất ({printed})",
                        dep=dep,
                        printed=crit.condition.printed,
                    ),
                )
            )
    if complete:
        for code in cs.codes:
            if code not in answers:
                problems.append(Problem(code, _("chưa trả lời")))
    ids = {f.id for f in cs.sheet.faults} | {a.id for a in cs.sheet.fault_aliases}
    for fault in sorted(evaluation.faults):
        if fault not in ids:
            known = ", ".join(sorted(ids)) or "—"
            problems.append(
                Problem(
                    f"fault {fault}",
                    _(
                        "phiếu không có lỗi hồ sơ mã '{fault}' (có: {known})",
                        fault=fault,
                        known=known,
                    ),
                )
            )
    if evaluation.impurities and cs.sheet.food_safety_gate is None:
        problems.append(
            Problem("impurities", _("phiếu này không có cổng an toàn thực phẩm về tạp chất"))
        )
    if evaluation.council not in ("province", "central"):
        problems.append(
            Problem(
                "council", _("cấp hội đồng '{council}' không hợp lệ", council=evaluation.council)
            )
        )
    # Criteria in sheet order first, then everything else as found.
    order = {code: k for k, code in enumerate(cs.codes)}
    return sorted(problems, key=lambda p: order.get(p.where, len(order)))


def _band(rs: RuleSet, cs: CompiledSheet, total: Points) -> StarClass:
    for lower, band in cs.bands_for(rs):
        if total >= lower:
            return band
    return rs.band(total)  # pragma: no cover - totals are never negative


def _star(band: StarClass, points: Mapping[str, Points], cs: CompiledSheet) -> StarClass:
    """The final class: the band, lowered to just below the first level with a missed mark."""
    for level, marks in cs.marks.items():
        if level > band:
            break
        for code, required in marks:
            if points[code] < required:
                return StarClass(min(band, level - 1))
    return band


def _scored(
    rs: RuleSet,
    cs: CompiledSheet,
    source: Evaluation | Council,
    points: dict[str, Points],
    disqualified: tuple[Fault, ...],
    gated: tuple[str, ...],
    evaluators: tuple[Score, ...] = (),
) -> Score:
    """The score of a sheet whose points are known: band by their total, class by the marks."""
    total = sum(points.values(), start=0)
    band = _band(rs, cs, total)
    return Score(
        rule_set=rs,
        sheet=cs.sheet,
        source=source,
        total=total,
        band=band,
        star=None if disqualified else _star(band, points, cs),
        disqualified=disqualified,
        gated=gated,
        evaluators=evaluators,
        points=MappingProxyType(points),
    )


def _score_one(evaluation: Evaluation, rs: RuleSet, sheet: Sheet | None = None) -> Score:
    if sheet is None:
        sheet = rs.sheet(evaluation.product_set)
    case = evaluation.case
    if sheet.cases or case is not None:
        problems = _case_problems(sheet, case)
        cs = compiled(sheet, case if sheet.cases else None)
    else:
        # Inlined cache hit of compiled(): the call alone costs a few per cent of the hot path.
        problems = []
        found = sheet.engine_cache.get(None)
        cs = found if isinstance(found, CompiledSheet) else compiled(sheet, None)
    by_position = evaluation.by == "position"
    table = cs.by_position if by_position else cs.by_points
    answers = evaluation.answers
    # The fast path: a clean sheet is summed straight from its answers.
    fast = (
        evaluation.typed
        and not problems
        and len(answers) == cs.n
        and not evaluation.faults
        and not evaluation.impurities
        and (by_position or evaluation.by == "points")
    )
    total: Points = 0
    if fast:
        try:
            for code, value in answers.items():
                total += table[code][value]
        except (KeyError, TypeError):
            fast = False
        else:
            for code, dep, lowest in cs.conditions:
                if answers.get(code) is not None and table[dep][answers[dep]] <= lowest:
                    fast = False
    if fast:
        band = _band(rs, cs, total)
        star = band
        fails = cs.fails_by_position if by_position else cs.fails_by_points
        for level, checks in fails.items():
            if level > star:
                break
            for code, failing in checks:
                if answers[code] in failing:
                    star = StarClass(min(band, level - 1))
                    break
            else:
                continue
            break
        return Score(rule_set=rs, sheet=sheet, source=evaluation, total=total, band=band, star=star)
    problems += _answer_problems(cs, evaluation, complete=True)
    if problems:
        raise EvaluationError(_label(rs, evaluation), problems)
    points: dict[str, Points] = {code: table[code][v] for code, v in answers.items()}
    gated: tuple[str, ...] = ()
    if evaluation.impurities:
        gated = cs.gate_zeroed
        for code in gated:
            points[code] = 0
    found = {sheet.fault_id(f) for f in evaluation.faults}
    disqualified = tuple(f for f in sheet.faults if f.id in found)
    return _scored(rs, cs, evaluation, points, disqualified, gated)


def _score_council(council: Council, rules: RuleSet | None) -> Score:
    members = council.evaluations
    if not members:
        raise EvaluationError("council", [Problem("evaluations", _("hội đồng không có phiếu nào"))])
    first = members[0]
    rs = _rule_set(first, rules)
    problems: list[Problem] = []
    for k, ev in enumerate(members[1:], 2):
        for attr in ("rule_set", "product_set", "case", "on", "council"):
            if getattr(ev, attr) != getattr(first, attr):
                problems.append(
                    Problem(
                        f"evaluation {k}",
                        _(
                            "'{attr}' = {value} khác phiếu 1 ({value2})",
                            attr=attr,
                            value=repr(getattr(ev, attr)),
                            value2=repr(getattr(first, attr)),
                        ),
                    )
                )
    if problems:
        raise EvaluationError("council", problems)
    scores: list[Score] = []
    for k, ev in enumerate(members, 1):
        try:
            scores.append(_score_one(ev, rs))
        except EvaluationError as err:
            problems.extend(Problem(f"evaluation {k}: {p.where}", p.text) for p in err.problems)
    if problems:
        raise EvaluationError("council", problems)
    n = len(scores)
    sheet = scores[0].sheet
    cs = compiled(sheet, first.case if sheet.cases else None)
    points: dict[str, Points] = {
        code: Fraction(sum(s.points[code] for s in scores), n) for code in cs.codes
    }
    faults = set().union(*(s.disqualified for s in scores))
    disqualified = tuple(f for f in sheet.faults if f in faults)
    gated = tuple(c for c in cs.codes if any(c in s.gated for s in scores))
    return _scored(rs, cs, council, points, disqualified, gated, tuple(scores))


def score(evaluation: Evaluation | Council, *, rules: RuleSet | None = None) -> Score:
    """Score one evaluator's sheet, or a council's sheets, into points and a star class.

    Every criterion must be answered (an option or ``NOT_MET``); for a sheet still being filled
    in use :func:`score_range`. ``rules`` scores against a given rule set instead of looking
    ``evaluation.rule_set`` up in the registry.

    Raises :class:`~ocop.errors.EvaluationError` listing every problem with its criterion code,
    :class:`~ocop.errors.SheetNotAvailableError` for a rule set without sheets (1048, 148), and
    :class:`~ocop.errors.UnknownRuleSetError` / :class:`~ocop.errors.UnknownProductSetError`.
    """
    if isinstance(evaluation, Council):
        return _score_council(evaluation, rules)
    return _score_one(evaluation, _rule_set(evaluation, rules))


def score_many(evaluations: Iterable[Evaluation], *, rules: RuleSet | None = None) -> list[Score]:
    """Score many sheets; the same as ``[score(e) for e in evaluations]``, with less overhead."""
    cache: dict[tuple[str, int], tuple[RuleSet, Sheet]] = {}
    out: list[Score] = []
    append = out.append
    for ev in evaluations:
        key = (ev.rule_set, ev.product_set)
        found = cache.get(key)
        if found is None:
            rs = _rule_set(ev, rules)
            found = cache[key] = (rs, rs.sheet(ev.product_set))
        append(_score_one(ev, *found))
    return out


def score_range(evaluation: Evaluation, *, rules: RuleSet | None = None) -> ScoreRange:
    """The totals and star classes an incomplete sheet can still reach.

    Unanswered criteria (left out of ``answers``) may take any of their options or none; the
    lowest and highest totals and every reachable star class are computed exactly (5.2 needs a
    story in 5.1; the food-safety gate keeps its zeros).

    >>> import ocop
    >>> r = ocop.score_range(ocop.Evaluation("26/2026", 1, {"4.1": 4}))
    >>> r.answered, r.lowest, r.highest, [int(s) for s in r.stars], len(r.missing)
    (5, 5, 100, [1, 2, 3, 4, 5], 31)
    """
    rs = _rule_set(evaluation, rules)
    sheet = rs.sheet(evaluation.product_set)
    problems = _case_problems(sheet, evaluation.case)
    cs = compiled(sheet, evaluation.case if sheet.cases else None)
    problems += _answer_problems(cs, evaluation, complete=False)
    if problems:
        raise EvaluationError(_label(rs, evaluation), problems)
    table = cs.by_points if evaluation.by == "points" else cs.by_position
    answers = evaluation.answers
    gated = set(cs.gate_zeroed) if evaluation.impurities else set()
    fixed = {code: (0 if code in gated else table[code][v]) for code, v in answers.items()}
    missing = tuple(c for c in cs.codes if c not in answers)
    levels = tuple(cs.marks)
    mark_of = {(code, level): req for level, marks in cs.marks.items() for code, req in marks}

    def fails(code: str, points: int) -> int:
        mask = 0
        for bit, level in enumerate(levels):
            req = mark_of.get((code, level))
            if req is not None and points < req:
                mask |= 1 << bit
        return mask

    def values(code: str) -> list[int]:
        if code in gated:
            return [0]
        return sorted({0, *(p for k, p in cs.by_position[code].items() if k is not None)})

    # Variables: each missing criterion, or a (dependency, conditional) pair missing together.
    variables: list[list[tuple[int, int]]] = []
    handled: set[str] = set()
    for code, dep, lowest in cs.conditions:
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
        elif dep in missing and answers.get(code) is not None:
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
    stars = set()
    for total, mask in states:
        band = rs.band(total)
        star = band
        for bit, level in enumerate(levels):
            if level <= star and mask >> bit & 1:
                star = StarClass(min(star, level - 1))
                break
        stars.add(star)
    totals = [t for t, _ in states]
    return ScoreRange(
        rule_set=rs,
        product_set=evaluation.product_set,
        answered=base,
        lowest=min(totals),
        highest=max(totals),
        stars=tuple(sorted(stars)),
        missing=missing,
    )


def classify(total: int | Fraction | Decimal, rule_set: str | RuleSet) -> StarClass:
    """The star class that a bare ``total`` falls in under ``rule_set`` (bands only).

    Works for every rule set, including 1048 and 148 whose sheets are not shipped. Star marks
    cannot be checked on a bare total: use :func:`score` for that.

    >>> from fractions import Fraction
    >>> import ocop
    >>> ocop.classify(Fraction(269, 3), "26/2026"), ocop.classify(70, "1048/QĐ-TTg")
    (<StarClass.FOUR: 4>, <StarClass.FOUR: 4>)
    """
    if isinstance(total, float):
        raise InexactNumberError(total)
    if isinstance(total, bool) or not isinstance(total, int | Fraction | Decimal):
        raise InexactNumberError(total)
    if isinstance(rule_set, str):
        from ocop import rules as registry

        rs = registry.get(rule_set)
    else:
        rs = rule_set
    if not 0 <= total <= rs.maximum:
        raise OutOfRangeError(total, rs.maximum)
    return rs.band(total)
