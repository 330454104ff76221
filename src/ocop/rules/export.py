"""From the rule model to documents: what :func:`ocop.rules.custom.export` writes.

Each function returns a document of :mod:`ocop.rules.format`, in the current version of its
format; :func:`ocop.converter.unstructure` turns it into plain JSON values (fields at their
default are left out).

    >>> import ocop
    >>> from ocop.converter import unstructure
    >>> from ocop.rules.export import ruleset_document
    >>> data = unstructure(ruleset_document(ocop.rules.get("26/2026")))
    >>> data["format"], [p["points"] for p in data["parts"]]
    ('ocop-ruleset/2', [40, 25, 35])
"""

from __future__ import annotations

from ocop.model.classification import Classification
from ocop.model.policy import Interpretation, Policy
from ocop.model.ruleset import RuleSet
from ocop.model.sheet import Criterion, Section, Sheet
from ocop.rules import format as f
from ocop.rules.format import BUNDLE_FORMAT, CLASSIFICATION_FORMAT, RULESET_FORMAT, SHEET_FORMAT

__all__ = [
    "bundle_document",
    "classification_document",
    "policy_document",
    "ruleset_document",
    "sheet_document",
]


def _criterion_document(crit: Criterion, section: Section | None = None) -> f.CriterionDoc:
    labels = section if section is not None else crit
    yes_no = crit.yes_no
    return f.CriterionDoc(
        code=crit.code,
        label_vi=labels.label_vi,
        label_en=labels.label_en,
        points=crit.maximum,
        requirements=crit.requirements,
        descriptions=crit.descriptions,
        notes=crit.notes,
        condition=None
        if crit.condition is None
        else f.ConditionDoc(
            kind="above_lowest", criterion=crit.condition.criterion, printed=crit.condition.printed
        ),
        cases={str(c.number): c.label_vi for c in crit.cases},
        cases_en={str(c.number): c.label_en for c in crit.cases if c.label_en},
        options=()
        if yes_no
        else tuple(
            f.OptionDoc(
                label_vi=o.label_vi,
                points=o.points,
                label_en=o.label_en or None,
                mark=None if o.mark is None else int(o.mark),
                case=o.case,
            )
            for o in crit.options
        ),
        subcriteria=tuple(_criterion_document(s) for s in crit.subcriteria),
        yes_no=yes_no,
    )


def _section_document(sec: Section) -> f.GroupSectionDoc | f.CriterionDoc:
    if len(sec.criteria) == 1 and sec.criteria[0].code == sec.code:
        return _criterion_document(sec.criteria[0], sec)
    return f.GroupSectionDoc(
        code=sec.code,
        label_vi=sec.label_vi,
        label_en=sec.label_en,
        points=sec.maximum,
        criteria=tuple(_criterion_document(c) for c in sec.criteria),
    )


def sheet_document(s: Sheet) -> f.SheetDoc:
    """The ``ocop-sheet`` document of a sheet."""
    return f.SheetDoc(
        format=SHEET_FORMAT,
        rule_set=s.rule_set,
        product_set=s.product_set,
        printed_title=s.title_vi,
        title_en=s.title_en,
        source=s.source,
        parts=tuple(
            f.PartDoc(
                code=p.code,
                label_vi=p.label_vi,
                label_en=p.label_en,
                points=p.maximum,
                sections=tuple(_section_document(sec) for sec in p.sections),
            )
            for p in s.parts
        ),
        disqualification=f.DisqualificationDoc(
            printed=s.disqualification_printed,
            faults=tuple(
                f.FaultDoc(id=x.id, label_vi=x.label_vi, criterion=x.criterion, label_en=x.label_en)
                for x in s.faults
            ),
            aliases=tuple(
                f.FaultAliasDoc(id=a.id, successor=a.successor, reason=a.reason)
                for a in s.fault_aliases
            ),
        ),
        food_safety_gate=None
        if s.food_safety_gate is None
        else f.FoodSafetyGateDoc(
            criterion=s.food_safety_gate.criterion,
            section=s.food_safety_gate.section,
            printed=s.food_safety_gate.printed,
        ),
        star_mark_note=s.star_mark_note,
        total=s.maximum,
        corrections=tuple(
            f.CorrectionDoc(
                where=c.where,
                printed=c.printed,
                corrected=c.corrected,
                reason=c.reason,
                option=c.option,
                proof=c.proof,
            )
            for c in s.corrections
        ),
        doubts=tuple(f.DoubtDoc(where=d.where, note=d.note) for d in s.doubts),
        cases=tuple(
            f.CaseDoc(number=c.number, label_vi=c.label_vi, label_en=c.label_en, note=c.note)
            for c in s.cases
        ),
        stop_rules=tuple(
            f.StopRuleDoc(
                printed=r.printed,
                where=r.where,
                criteria=r.criteria,
                trigger=r.trigger,
                note=r.note,
                label_en=r.label_en,
            )
            for r in s.stop_rules
        ),
    )


def classification_document(tree: Classification) -> f.ClassificationDoc:
    """The ``ocop-classification`` document of a complete tree."""
    return f.ClassificationDoc(
        format=CLASSIFICATION_FORMAT,
        source=tree.source,
        note=tree.note,
        assumed=tree.assumed,
        sectors=tuple(
            f.SectorDoc(
                code=s.code,
                label_vi=s.label_vi,
                label_en=s.label_en,
                groups=tuple(
                    f.GroupDoc(
                        code=g.code,
                        label_vi=g.label_vi,
                        label_en=g.label_en,
                        product_sets=tuple(
                            f.ProductSetDoc(
                                number=p.number,
                                label_vi=p.label_vi,
                                label_en=p.label_en,
                                subgroup_vi=p.subgroup_vi,
                                subgroup_en=p.subgroup_en,
                                lead_ministries=tuple(
                                    f.MinistryDoc(vi=m.label_vi, en=m.label_en)
                                    for m in p.lead_ministries
                                ),
                            )
                            for p in g.product_sets
                        ),
                    )
                    for g in s.groups
                ),
            )
            for s in tree.sectors
        ),
    )


def _interpretation_document(i: Interpretation) -> f.InterpretationDoc:
    return f.InterpretationDoc(id=i.id, text_vi=i.text_vi, text_en=i.text_en)


def policy_document(policy: Policy) -> f.PolicyDoc:
    """A rule set's policy as the ``"policy"`` object of ``ruleset.json``."""
    return f.PolicyDoc(
        interpretation=_interpretation_document(policy.interpretation),
        other_interpretations=tuple(
            _interpretation_document(i) for i in policy.other_interpretations
        ),
        mark_levels=tuple(int(v) for v in policy.mark_levels),
        top_class_central=policy.top_class_central,
        potential_top=policy.potential_top,
        source=policy.source,
    )


def _summary_document(tree: Classification) -> f.ClassificationSummaryDoc:
    return f.ClassificationSummaryDoc(
        sectors_vi=tuple(s.label_vi for s in tree.sectors),
        sectors_en=tuple(s.label_en for s in tree.sectors),
        groups=tree.group_count or 0,
        product_sets=tree.set_count or 0,
        note=tree.note,
    )


def ruleset_document(rs: RuleSet) -> f.RuleSetDoc:
    """A rule set's own fields as an ``ocop-ruleset`` document (its sheets apart)."""
    tree = rs.classification
    top = rs.bands[-1].maximum if rs.bands else None
    return f.RuleSetDoc(
        format=RULESET_FORMAT,
        id=rs.id,
        aliases=rs.aliases,
        title_vi=rs.title_vi,
        title_en=rs.title_en,
        signed=rs.signed,
        effective=rs.effective,
        replaced=rs.replaced,
        replaced_by=rs.replaced_by,
        lapsed=rs.lapsed,
        dates_source=rs.dates_source,
        amendments=tuple(
            f.AmendmentDoc(
                id=a.id,
                signed=a.signed,
                effective=a.effective,
                summary_vi=a.summary_vi,
                summary_en=a.summary_en,
            )
            for a in rs.amendments
        ),
        parts=tuple(
            f.PartSpecDoc(code=p.code, label_vi=p.label_vi, label_en=p.label_en, points=p.maximum)
            for p in rs.parts
        ),
        bands=f.BandsDoc(
            printed=rs.bands_printed,
            lower_bounds={str(int(b.star)): b.lower for b in rs.bands},
            maximum=rs.maximum if top is None else top,
            interpretation=rs.bands_interpretation,
            derived=rs.bands_derived,
        ),
        recognised_from=int(rs.recognised_from),
        certificate_validity_months=rs.certificate_validity_months,
        authorities=tuple(
            f.AuthorityDoc(
                start=a.start,
                end=a.end,
                stars={str(int(s)): auth.value for s, auth in a.stars},
                central_body_vi=a.central_body_vi,
                central_body_en=a.central_body_en,
                note=a.note,
            )
            for a in rs.authorities
        ),
        transition=None
        if rs.transition is None
        else f.TransitionDoc(
            printed=rs.transition.printed,
            previous_rules_days_first_or_upgrade=rs.transition.first_or_upgrade_days,
            previous_rules_days_reevaluation=rs.transition.reevaluation_days,
            late_reevaluation_grace_days=rs.transition.late_reevaluation_grace_days,
        ),
        reevaluation=None
        if rs.reevaluation is None
        else f.ReevaluationDoc(
            printed=rs.reevaluation.printed,
            earliest_days=rs.reevaluation.earliest_days,
            latest_days=rs.reevaluation.latest_days,
            decision_days=rs.reevaluation.decision_days,
        ),
        classification_summary=None if tree is None or tree.complete else _summary_document(tree),
        sheets=f.SheetsDoc(
            available=rs.sheets_available,
            count=len(rs.store.numbers) if rs.store else 0,
            missing=rs.sheets_missing_vi,
            missing_en=rs.sheets_missing_en,
        ),
        policy=policy_document(rs.policy),
        source=rs.source,
        checked=rs.checked,
    )


def bundle_document(rs: RuleSet) -> f.BundleDoc:
    """A rule set with its classification and sheets as one ``ocop-rule-bundle`` document."""
    tree = rs.classification
    return f.BundleDoc(
        format=BUNDLE_FORMAT,
        ruleset=ruleset_document(rs),
        classification=classification_document(tree)
        if tree is not None and tree.complete
        else None,
        sheets=tuple(sheet_document(s) for s in rs.sheets()) if rs.sheets_available else (),
    )
