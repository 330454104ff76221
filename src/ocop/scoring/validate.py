"""Every problem of an evaluation, found at once and named by its criterion.

The engine calls these checks when a sheet is not a clean, complete one; nothing here scores.
"""

from __future__ import annotations

from ocop.errors import Problem, shown
from ocop.i18n import Message, Pair, _
from ocop.model import Sheet
from ocop.scoring.evaluation import Evaluation
from ocop.scoring.tables import SheetTables

MODES = ("position", "points")
COUNCILS = ("province", "central")


def _short(value: object) -> str:
    try:
        text = repr(value)
    except ValueError:  # an integer too long to write out
        text = shown(value)
    return text if len(text) <= 40 else text[:37] + "..."


def label(rule_set_id: str, evaluation: Evaluation) -> Message:
    """How an error names the sheet: rule set, product set and evaluator."""
    who = f" ({_short(evaluation.evaluator)})" if evaluation.evaluator else ""
    return _(
        "{id}, bộ sản phẩm {n}{who}",
        id=rule_set_id,
        n=_short(evaluation.product_set),
        who=who,
    )


def case_problems(sheet: Sheet, case: object) -> list[Problem]:
    """The case chosen on a sheet with cases (set 26), or none on a sheet without."""
    numbers = [c.number for c in sheet.cases]
    if numbers and (case.__class__ is not int or case not in numbers):
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


def _answer_problem(tables: SheetTables, evaluation: Evaluation, code: str) -> Problem | None:
    value = evaluation.answers[code]
    crit = tables.criteria[code]
    if value is None:
        return None
    if type(value) is not int:
        return Problem(
            code, _("câu trả lời {value} phải là số nguyên hoặc None", value=_short(value))
        )
    by_points = evaluation.by == "points"
    table = tables.by_points[code] if by_points else tables.by_position[code]
    if value in table:
        return None
    if by_points:
        listed = ", ".join(str(p) for p in sorted(k for k in table if k is not None))
        return Problem(
            code,
            _(
                "không có phương án {value} điểm (các phương án: {listed})",
                value=_short(value),
                listed=listed,
            ),
        )
    if 1 <= value <= len(crit.options):
        return Problem(
            code,
            _(
                "phương án {value} thuộc trường hợp {other}, phiếu đã chọn trường hợp {case}",
                value=value,
                other=crit.options[value - 1].case,
                case=_short(evaluation.case),
            ),
        )
    return Problem(
        code,
        _(
            "không có phương án số {value} (chỉ có 1–{options_count})",
            value=_short(value),
            options_count=len(crit.options),
        ),
    )


def _unknown_code(tables: SheetTables, code: object) -> Problem:
    where = _short(code) if not isinstance(code, str) else code[:40]
    if code in tables.groups:
        subs = ", ".join(tables.groups[str(code)])
        return Problem(
            where, _("{code} được chấm qua các tiêu chí con {subs}", code=where, subs=subs)
        )
    return Problem(
        where,
        _(
            "không có tiêu chí {code} trên phiếu của bộ sản phẩm {n}",
            code=where,
            n=tables.sheet.product_set,
        ),
    )


def answer_problems(tables: SheetTables, evaluation: Evaluation, complete: bool) -> list[Problem]:
    """Every problem with the answers, criteria in sheet order first."""
    problems: list[Problem] = []
    mode_ok = evaluation.by in MODES
    if not mode_ok:
        problems.append(
            Problem(
                "by",
                _(
                    "cách trả lời {by} không hợp lệ (position/points)",
                    by=_short(evaluation.by),
                ),
            )
        )
    answers = evaluation.answers
    for code in answers if mode_ok else ():
        if code not in tables.criteria:
            problems.append(_unknown_code(tables, code))
            continue
        found = _answer_problem(tables, evaluation, code)
        if found is not None:
            problems.append(found)
    table_of = tables.by_points if evaluation.by == "points" else tables.by_position
    for code, dep, lowest in tables.conditions if mode_ok else ():
        if not answers.get(code) or dep not in answers:
            continue  # not met (None, or 0 by points), unanswered, or left open by score_range
        dep_points = table_of.get(dep, {}).get(answers[dep])
        if dep_points is None:
            continue  # the dependency's own answer is wrong and already reported
        if dep_points <= lowest:
            condition = tables.criteria[code].condition
            assert condition is not None
            problems.append(
                Problem(
                    code,
                    _(
                        "chỉ được chấm khi {dep} cao hơn phương án thấp nhất{printed}",
                        dep=dep,
                        printed=Pair(f" ({condition.printed})", ""),
                    ),
                )
            )
    if complete:
        problems.extend(Problem(c, _("chưa trả lời")) for c in tables.codes if c not in answers)
    problems.extend(_dossier_problems(tables, evaluation))
    order = {code: k for k, code in enumerate(tables.codes)}
    return sorted(problems, key=lambda p: order.get(p.where, len(order)))


def _gate_contradiction(tables: SheetTables, evaluation: Evaluation) -> list[Problem]:
    """Impurities declared, yet the gate criterion answered with its "clean" option."""
    gate = tables.sheet.food_safety_gate
    assert gate is not None
    code = gate.criterion
    value = evaluation.answers.get(code)
    by_points = evaluation.by == "points"
    clean = tables.gate_clean[1 if by_points else 0]
    if value.__class__ is not int or value not in clean:
        return []
    crit = tables.criteria[code]
    option = next(
        o for k, o in enumerate(crit.options, 1) if (o.points if by_points else k) == value
    )
    return [
        Problem(
            code,
            _(
                'mẫu được khai là có tạp chất nguy hại, nhưng {code} chọn phương án "{option}"',
                code=code,
                option=Pair(option.label_vi, option.label_en or option.label_vi),
            ),
        )
    ]


def _dossier_problems(tables: SheetTables, evaluation: Evaluation) -> list[Problem]:
    problems: list[Problem] = []
    ids = {f.id for f in tables.sheet.faults} | {a.id for a in tables.sheet.fault_aliases}
    for fault in sorted(evaluation.faults, key=str):
        if fault not in ids:
            known = ", ".join(sorted(ids)) or "—"
            shown = fault[:40] if isinstance(fault, str) else _short(fault)
            problems.append(
                Problem(
                    f"fault {shown}",
                    _(
                        "phiếu không có lỗi hồ sơ mã '{fault}' (có: {known})",
                        fault=shown,
                        known=known,
                    ),
                )
            )
    if evaluation.impurities is not False and evaluation.impurities is not True:
        problems.append(
            Problem(
                "impurities",
                _("'{name}' phải là True hoặc False", name="impurities"),
            )
        )
    elif evaluation.impurities and tables.sheet.food_safety_gate is None:
        problems.append(
            Problem("impurities", _("phiếu này không có cổng an toàn thực phẩm về tạp chất"))
        )
    elif evaluation.impurities:
        problems.extend(_gate_contradiction(tables, evaluation))
    if evaluation.council not in COUNCILS:
        problems.append(
            Problem(
                "council",
                _("cấp hội đồng {council} không hợp lệ", council=_short(evaluation.council)),
            )
        )
    return problems
