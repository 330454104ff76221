"""From documents to the rule model, and back.

:func:`sheet`, :func:`rule_set` and :func:`classification` turn the documents of
:mod:`ocop.rules.format` into the model of :mod:`ocop.model`; they check nothing but what the
model cannot hold (a star mark of class 12, a case numbered ``"x"``, a ``total`` that the parts
do not add up to) and return those problems beside the model. Every rule of the law's data is
checked on the model, by :func:`ocop.rules.check`; :mod:`ocop.rules.export` goes the other way.

    >>> import ocop
    >>> from ocop.rules import build
    >>> from ocop.rules.export import sheet_document
    >>> official = ocop.rules.get("26/2026")
    >>> same, problems = build.sheet(sheet_document(official.sheet(1)), official.parts)
    >>> same == official.sheet(1), problems
    (True, [])
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ocop.converter import brief
from ocop.errors import Problem
from ocop.i18n import _
from ocop.model.classification import Classification
from ocop.model.policy import Interpretation, Policy, generic_policy
from ocop.model.ruleset import (
    Amendment,
    Authority,
    AuthorityPeriod,
    PartSpec,
    Reevaluation,
    RuleSet,
    SheetStore,
    Transition,
)
from ocop.model.sheet import (
    Case,
    Condition,
    Correction,
    Criterion,
    Doubt,
    Fault,
    FaultAlias,
    FoodSafetyGate,
    Option,
    Part,
    Section,
    Sheet,
    StopRule,
)
from ocop.model.stars import StarBand, StarClass
from ocop.rules import format as f
from ocop.rules.build_classification import classification, summary

MAX_SHEETS = 10_000
"""The most criteria sheets (product sets) a rule set may have."""

YES_LABEL_VI = "Có (đạt tiêu chí)"
YES_LABEL_EN = "Yes (criterion met)"

__all__ = [
    "classification",
    "rule_set",
    "sheet",
]


def _star(value: int) -> StarClass | None:
    return StarClass(value) if 1 <= value <= 9 else None


def _number(text: str) -> int | None:
    """A key that numbers a class or a case ("3"); not "³", "03x" or a 5,000-digit one."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 4 else None


# -- sheets ----------------------------------------------------------------------------------


def _option(doc: f.OptionDoc, where: str, problems: list[Problem]) -> Option:
    star = None if doc.mark is None else _star(doc.mark)
    if doc.mark is not None and star is None:
        problems.append(
            Problem(where, _("dấu sao {mark} không phải một hạng (1–9)", mark=brief(doc.mark)))
        )
    return Option(
        label_vi=doc.label_vi, points=doc.points, label_en=doc.label_en, mark=star, case=doc.case
    )


def _criterion(doc: f.CriterionDoc, problems: list[Problem]) -> Criterion:
    cases: list[Case] = []
    for k, label in doc.cases.items():
        number = _number(k)
        if number is None:
            problems.append(
                Problem(doc.code, _("trường hợp {case} không phải một số", case=brief(k, 40)))
            )
        else:
            cases.append(Case(number, label, doc.cases_en.get(k)))
    options = [_option(o, f"{doc.code} option {k}", problems) for k, o in enumerate(doc.options, 1)]
    subs = [_criterion(s, problems) for s in doc.subcriteria]
    if doc.yes_no:
        if options or subs:
            problems.append(Problem(doc.code, _("tiêu chí có/không không được có phương án")))
        options = [Option(YES_LABEL_VI, doc.points, YES_LABEL_EN, printed=False)]
    condition = None
    if doc.condition is not None:
        condition = Condition(doc.condition.kind, doc.condition.criterion, doc.condition.printed)
    return Criterion(
        code=doc.code,
        label_vi=doc.label_vi,
        label_en=doc.label_en,
        maximum=doc.points,
        options=tuple(options),
        subcriteria=tuple(subs),
        requirements=doc.requirements,
        descriptions=doc.descriptions,
        notes=doc.notes,
        condition=condition,
        cases=tuple(sorted(cases, key=lambda c: c.number)),
        yes_no=doc.yes_no,
    )


def _section(doc: f.GroupSectionDoc | f.CriterionDoc, problems: list[Problem]) -> Section:
    if isinstance(doc, f.GroupSectionDoc):
        criteria = tuple(_criterion(c, problems) for c in doc.criteria)
    else:
        criteria = (_criterion(doc, problems),)
    return Section(
        code=doc.code,
        label_vi=doc.label_vi,
        label_en=doc.label_en,
        maximum=doc.points,
        criteria=criteria,
    )


def sheet(doc: f.SheetDoc, parts: Sequence[PartSpec] = ()) -> tuple[Sheet, list[Problem]]:
    """The :class:`~ocop.model.Sheet` of a document; parts take their names from ``parts``."""
    problems: list[Problem] = []
    names = {p.code: (p.label_vi, p.label_en) for p in parts}
    built: list[Part] = []
    for part in doc.parts:
        vi, en = names.get(part.code, (f"Phần {part.code}", f"Part {part.code}"))
        vi, en = part.label_vi or vi, part.label_en or en
        sections = tuple(_section(s, problems) for s in part.sections)
        built.append(Part(part.code, vi, en, part.points, sections))
    total = sum(p.maximum for p in built)
    if doc.total is not None and doc.total != total:
        problems.append(
            Problem(
                "total",
                _(
                    "tổng {total} khác tổng các phần {value}",
                    total=brief(doc.total),
                    value=brief(total),
                ),
            )
        )
    disq = doc.disqualification or f.DisqualificationDoc()
    faults = tuple(
        Fault(
            id=x.id if x.id is not None else str(k),
            label_vi=x.label_vi,
            criterion=x.criterion,
            label_en=x.label_en,
        )
        for k, x in enumerate(disq.faults, 1)
    )
    aliases = tuple(FaultAlias(a.id, a.successor, a.reason) for a in disq.aliases)
    stop_rules = tuple(
        StopRule(
            printed=r.printed,
            where=r.where,
            criteria=r.criteria,
            trigger=r.trigger,
            note=r.note,
            label_en=r.label_en,
        )
        for r in doc.stop_rules
    )
    gate = None
    if doc.food_safety_gate is not None:
        g = doc.food_safety_gate
        gate = FoodSafetyGate(criterion=g.criterion, section=g.section, printed=g.printed)
    cases: dict[int, Case] = {}
    for built_part in built:
        for built_section in built_part.sections:
            for crit in built_section.criteria:
                for leaf in crit.leaves():
                    for case in leaf.cases:
                        cases.setdefault(case.number, case)
    if doc.cases:  # the sheet names its cases as a whole
        cases = {c.number: Case(c.number, c.label_vi, c.label_en, c.note) for c in doc.cases}
    return (
        Sheet(
            rule_set=doc.rule_set,
            product_set=doc.product_set,
            title_vi=doc.printed_title,
            title_en=doc.title_en,
            parts=tuple(built),
            faults=faults,
            disqualification_printed=disq.printed,
            food_safety_gate=gate,
            cases=tuple(cases[k] for k in sorted(cases)),
            corrections=tuple(
                Correction(c.where, c.printed, str(c.corrected), c.reason, c.option, c.proof)
                for c in doc.corrections
            ),
            stop_rules=stop_rules,
            fault_aliases=aliases,
            doubts=tuple(Doubt(d.where, d.note) for d in doc.doubts),
            star_mark_note=doc.star_mark_note,
            source=doc.source,
        ),
        problems,
    )


# -- rule sets -------------------------------------------------------------------------------


def _bands(doc: f.BandsDoc, problems: list[Problem]) -> tuple[StarBand, ...]:
    lowers: list[tuple[int, int]] = []
    for k, lower in doc.lower_bounds.items():
        number = _number(k)
        if number is None or _star(number) is None:
            problems.append(Problem("bands", _("các hạng phải là 1, 2, … liên tiếp (tối đa 9)")))
        else:
            lowers.append((number, lower))
    lowers.sort()
    bands = []
    for i, (star, lower) in enumerate(lowers):
        upper = lowers[i + 1][1] if i + 1 < len(lowers) else None
        top = doc.maximum if upper is None else None
        bands.append(StarBand(StarClass(star), lower, upper, top))
    return tuple(bands)


def _authority(doc: f.AuthorityDoc, where: str, problems: list[Problem]) -> AuthorityPeriod:
    stars: list[tuple[StarClass, Authority]] = []
    for k, value in doc.stars.items():
        number = _number(k)
        star = None if number is None else _star(number)
        if star is None:
            problems.append(
                Problem(where, _("cơ quan công nhận không hợp lệ: {exc}", exc=brief(k, 40)))
            )
        else:
            stars.append((star, Authority(value)))
    return AuthorityPeriod(
        doc.start, doc.end, tuple(stars), doc.central_body_vi, doc.central_body_en, doc.note
    )


def _interpretation(doc: f.InterpretationDoc) -> Interpretation:
    return Interpretation(doc.id, doc.text_vi, doc.text_en)


def _policy(doc: f.PolicyDoc | None, classes: int, problems: list[Problem]) -> Policy:
    if doc is None:
        return generic_policy(max(classes, 1))
    levels = doc.mark_levels
    if not all(_star(v) is not None for v in levels):
        problems.append(
            Problem(
                "policy.mark_levels",
                _(
                    "các hạng mang dấu {levels} phải là các hạng khác nhau từ 2 đến {classes}",
                    levels=brief(list(levels), 80),
                    classes=classes,
                ),
            )
        )
        levels = ()
    return Policy(
        interpretation=_interpretation(doc.interpretation),
        mark_levels=levels,
        top_class_central=doc.top_class_central,
        potential_top=doc.potential_top,
        other_interpretations=tuple(_interpretation(i) for i in doc.other_interpretations),
        source=doc.source,
    )


def rule_set(
    doc: f.RuleSetDoc,
    *,
    classification: Classification | None = None,
    sheet_loader: Callable[[int], Sheet] | None = None,
    official: bool = True,
) -> tuple[RuleSet, list[Problem]]:
    """The :class:`~ocop.model.RuleSet` of a document; its sheets come from ``sheet_loader``
    (product set number → sheet), read on first use."""
    problems: list[Problem] = []
    bands = _bands(doc.bands, problems)
    recognised = _star(doc.recognised_from)
    if recognised is None:
        problems.append(
            Problem(
                "recognised_from",
                _(
                    "hạng công nhận {recognised} không phải một hạng đã khai báo",
                    recognised=brief(doc.recognised_from),
                ),
            )
        )
    if classification is None and doc.classification_summary is not None:
        classification = summary(doc.classification_summary, problems)
    store = None
    if doc.sheets.available:
        if sheet_loader is None:
            problems.append(
                Problem("sheets", _("bộ quy tắc khai báo có phiếu nhưng không nạp được"))
            )
        elif not 0 <= doc.sheets.count <= MAX_SHEETS:
            problems.append(
                Problem(
                    "sheets.count",
                    _(
                        "số phiếu {count} nằm ngoài 0–{limit}",
                        count=brief(doc.sheets.count),
                        limit=MAX_SHEETS,
                    ),
                )
            )
        else:
            store = SheetStore(tuple(range(1, doc.sheets.count + 1)), sheet_loader)
    rs = RuleSet(
        id=doc.id,
        title_vi=doc.title_vi,
        title_en=doc.title_en,
        signed=doc.signed,
        effective=doc.effective,
        replaced=doc.replaced,
        replaced_by=doc.replaced_by,
        lapsed=doc.lapsed,
        dates_source=doc.dates_source,
        bands_derived=doc.bands.derived,
        parts=tuple(PartSpec(p.code, p.label_vi, p.label_en, p.points) for p in doc.parts),
        bands=bands,
        certificate_validity_months=doc.certificate_validity_months,
        authorities=tuple(
            _authority(a, f"authorities[{k}]", problems) for k, a in enumerate(doc.authorities)
        ),
        recognised_from=recognised or StarClass.ONE,
        aliases=doc.aliases,
        amendments=tuple(
            Amendment(a.id, a.signed, a.effective, a.summary_vi, a.summary_en)
            for a in doc.amendments
        ),
        bands_printed=doc.bands.printed,
        bands_interpretation=doc.bands.interpretation,
        transition=None
        if doc.transition is None
        else Transition(
            doc.transition.printed,
            doc.transition.previous_rules_days_first_or_upgrade,
            doc.transition.previous_rules_days_reevaluation,
            doc.transition.late_reevaluation_grace_days,
        ),
        reevaluation=None
        if doc.reevaluation is None
        else Reevaluation(
            doc.reevaluation.printed,
            doc.reevaluation.earliest_days,
            doc.reevaluation.latest_days,
            doc.reevaluation.decision_days,
        ),
        classification=classification,
        sheets_missing_vi=doc.sheets.missing,
        sheets_missing_en=doc.sheets.missing_en,
        source=doc.source,
        checked=doc.checked,
        official=official,
        policy=_policy(doc.policy, max((int(b.star) for b in bands), default=1), problems),
        store=store,
    )
    return rs, problems
