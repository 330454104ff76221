"""Rule sets of your own, in the data format of the official ones.

A province's pre-screening sheet, a cooperative's self-assessment, a draft of the next
decision or another country's programme built the same way (points per option, parts, bands,
per-class minimum marks) can be scored, explained and advised on by the same engine. A rule set
travels as one *bundle*::

    {"format": "ocop-rule-bundle/1",
     "ruleset": {...},          # ocop-ruleset/1, as src/ocop/rules/data/*/ruleset.json
     "classification": {...},   # ocop-classification/1, or null
     "sheets": [{...}, ...]}    # ocop-sheet/1, one per product set, numbered 1, 2, …

or as a folder laid out like the package's own data (``ruleset.json``, ``classification.json``,
``sheets/set-01.json`` …). Every load-time check of the official data applies, and every
violation is reported at once with its file and location.

    >>> import ocop
    >>> from ocop.rules import custom
    >>> bundle = custom.export(ocop.rules.get("26/2026"))
    >>> bundle["format"], len(bundle["sheets"])
    ('ocop-rule-bundle/1', 26)
    >>> copy = custom.load(bundle, id="26/2026 (copy)")
    >>> copy.sheet(4).criterion("7").maximum, copy.official
    (3, False)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ocop.errors import Problem, RuleDataError
from ocop.i18n import _
from ocop.model import Classification, Criterion, RuleSet, Section, Sheet
from ocop.model.policy import Interpretation, Policy
from ocop.rules.loader import (
    CLASSIFICATION_FORMAT,
    RULESET_FORMAT,
    SHEET_FORMAT,
    _Reader,
    build_classification,
    build_rule_set,
    build_sheet,
    read_parts,
    read_policy,
)

BUNDLE_FORMAT = "ocop-rule-bundle/1"


def load(data: Mapping[str, Any], *, source: str = "<data>", id: str | None = None) -> RuleSet:
    """A rule set from a bundle (plain Python data). ``id`` renames it (to register a copy)."""
    r = _Reader(source)
    if not isinstance(data, Mapping) or data.get("format") != BUNDLE_FORMAT:
        r.fail("format", _("cần định dạng '{BUNDLE_FORMAT}'", BUNDLE_FORMAT=BUNDLE_FORMAT))
        r.done()
    r.keys(data, "", {"format", "ruleset", "sheets"}, {"classification"})
    r.done()
    meta = dict(data["ruleset"])
    if id is not None:
        meta["id"] = id
        meta["aliases"] = []
    tree = None
    if data.get("classification"):
        tree = build_classification(data["classification"], f"{source}: classification")
    return _assemble(meta, tree, list(data["sheets"]), source)


def load_file(path: str | Path) -> RuleSet:
    """A rule set from a bundle file (``.json``) or a folder laid out like the package data."""
    path = Path(path)
    if path.is_dir():
        meta = json.loads((path / "ruleset.json").read_text(encoding="utf-8"))
        tree = None
        if meta.get("classification"):
            target = path / str(meta["classification"])
            tree = build_classification(json.loads(target.read_text(encoding="utf-8")), str(target))
        folder = path / str((meta.get("sheets") or {}).get("folder", "sheets"))
        sheets = [
            json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("set-*.json"))
        ]
        return _assemble(meta, tree, sheets, str(path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RuleDataError(
            str(path), [Problem(str(path), _("không đọc được: {exc}", exc=exc))]
        ) from None
    return load(data, source=str(path))


def _assemble(
    meta: dict[str, Any], tree: Classification | None, sheet_data: list[Any], source: str
) -> RuleSet:
    r = _Reader(source)
    parts = read_parts(r, meta.get("parts"))
    r.done()
    maxima = {p.code: p.maximum for p in parts}
    labels = {p.code: (p.label_vi, p.label_en) for p in parts}
    declared = [
        int(k) for k in ((meta.get("bands") or {}).get("lower_bounds") or {}) if str(k).isdigit()
    ]
    classes = max(declared, default=5)
    r = _Reader(f"{source}: ruleset")
    policy = read_policy(r, meta.get("policy"), classes)
    r.done()
    levels = tuple(int(level) for level in policy.mark_levels)
    sheets: dict[int, Sheet] = {}
    problems: list[Problem] = []
    for k, raw in enumerate(sheet_data, 1):
        where = f"{source}: sheets[{k - 1}]"
        if isinstance(raw, dict) and raw.get("product_set") != k:
            problems.append(Problem(where, _("bộ sản phẩm phải được đánh số {k}", k=k)))
            continue
        try:
            sheets[k] = build_sheet(raw, where, maxima, part_labels=labels, mark_levels=levels)
        except RuleDataError as err:
            problems.extend(err.problems)
    count = int((meta.get("sheets") or {}).get("count", len(sheet_data)))
    if count != len(sheet_data):
        problems.append(
            Problem(
                f"{source}: ruleset.sheets.count",
                _(
                    "khai báo {count} phiếu nhưng có {sheet_data_count}",
                    count=count,
                    sheet_data_count=len(sheet_data),
                ),
            )
        )
    if problems:
        raise RuleDataError(source, problems)
    meta = {**meta, "sheets": {"available": bool(sheets), "count": len(sheets)}}
    meta.pop("classification", None)
    meta.pop("official", None)
    return build_rule_set(
        meta,
        f"{source}: ruleset",
        classification=tree,
        sheet_loader=sheets.__getitem__ if sheets else None,
        official=False,
    )


# -- export: model → data -----------------------------------------------------------------


def _criterion_data(crit: Criterion, direct_section: Section | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"code": crit.code}
    if direct_section is not None:
        item |= {"label_vi": direct_section.label_vi, "label_en": direct_section.label_en}
    else:
        item |= {"label_vi": crit.label_vi, "label_en": crit.label_en}
    item["points"] = crit.maximum
    for key in ("requirements", "descriptions", "notes"):
        if getattr(crit, key):
            item[key] = list(getattr(crit, key))
    if crit.condition is not None:
        item["condition"] = {
            "kind": crit.condition.kind,
            "criterion": crit.condition.criterion,
            "printed": crit.condition.printed,
        }
    if crit.cases:
        item["cases"] = {str(c.number): c.label_vi for c in crit.cases}
        if any(c.label_en for c in crit.cases):
            item["cases_en"] = {str(c.number): c.label_en for c in crit.cases if c.label_en}
    if crit.yes_no:
        item["yes_no"] = True
    elif crit.subcriteria:
        item["subcriteria"] = [_criterion_data(s) for s in crit.subcriteria]
    else:
        options = []
        for o in crit.options:
            opt: dict[str, Any] = {"label_vi": o.label_vi, "points": o.points}
            if o.label_en:
                opt["label_en"] = o.label_en
            if o.mark is not None:
                opt["mark"] = int(o.mark)
            if o.case is not None:
                opt["case"] = o.case
            options.append(opt)
        item["options"] = options
    return item


def sheet_data(sheet: Sheet) -> dict[str, Any]:
    """A sheet in the ``ocop-sheet/1`` format."""
    parts = []
    for part in sheet.parts:
        sections = []
        for sec in part.sections:
            if len(sec.criteria) == 1 and sec.criteria[0].code == sec.code:
                sections.append(_criterion_data(sec.criteria[0], sec))
            else:
                sections.append(
                    {
                        "code": sec.code,
                        "label_vi": sec.label_vi,
                        "label_en": sec.label_en,
                        "points": sec.maximum,
                        "criteria": [_criterion_data(c) for c in sec.criteria],
                    }
                )
        parts.append(
            {
                "code": part.code,
                "label_vi": part.label_vi,
                "label_en": part.label_en,
                "points": part.maximum,
                "sections": sections,
            }
        )
    data: dict[str, Any] = {
        "format": SHEET_FORMAT,
        "rule_set": sheet.rule_set,
        "product_set": sheet.product_set,
        "printed_title": sheet.title_vi,
        "source": sheet.source,
        "disqualification": {
            "printed": sheet.disqualification_printed,
            "faults": [
                {
                    "id": f.id,
                    "label_vi": f.label_vi,
                    **({"label_en": f.label_en} if f.label_en else {}),
                    **({"criterion": f.criterion} if f.criterion else {}),
                }
                for f in sheet.faults
            ],
            **(
                {
                    "aliases": [
                        {"id": a.id, "successor": a.successor, "reason": a.reason}
                        for a in sheet.fault_aliases
                    ]
                }
                if sheet.fault_aliases
                else {}
            ),
        },
        "food_safety_gate": None
        if sheet.food_safety_gate is None
        else {
            "criterion": sheet.food_safety_gate.criterion,
            "section": sheet.food_safety_gate.section,
            "printed": sheet.food_safety_gate.printed,
        },
        "star_mark_note": sheet.star_mark_note,
        "parts": parts,
        "total": sheet.maximum,
        "corrections": [
            {
                "where": c.where,
                "printed": c.printed,
                "corrected": c.corrected,
                "reason": c.reason,
                **({"option": c.option} if c.option else {}),
                **({"proof": c.proof} if c.proof else {}),
            }
            for c in sheet.corrections
        ],
        "doubts": [{"where": d.where, "note": d.note} for d in sheet.doubts],
    }
    if sheet.title_en:
        data["title_en"] = sheet.title_en
    if sheet.cases:
        data["cases"] = [
            {"number": c.number, "label_vi": c.label_vi}
            | ({"label_en": c.label_en} if c.label_en else {})
            | ({"note": c.note} if c.note else {})
            for c in sheet.cases
        ]
    if sheet.stop_rules:
        data["stop_rules"] = [
            {
                "printed": r.printed,
                "where": r.where,
                "criteria": list(r.criteria),
                "trigger": r.trigger,
                "note": r.note,
            }
            | ({"label_en": r.label_en} if r.label_en else {})
            for r in sheet.stop_rules
        ]
    return data


def classification_data(tree: Classification) -> dict[str, Any]:
    return {
        "format": CLASSIFICATION_FORMAT,
        "source": tree.source,
        **({"note": tree.note} if tree.note else {}),
        **({"assumed": True} if tree.assumed else {}),
        "sectors": [
            {
                "code": s.code,
                "label_vi": s.label_vi,
                "label_en": s.label_en,
                "groups": [
                    {
                        "code": g.code,
                        "label_vi": g.label_vi,
                        "label_en": g.label_en,
                        "product_sets": [
                            {
                                "number": p.number,
                                "label_vi": p.label_vi,
                                "label_en": p.label_en,
                                "subgroup_vi": p.subgroup_vi,
                                "subgroup_en": p.subgroup_en,
                                "lead_ministries": [
                                    {"vi": m.label_vi, "en": m.label_en} for m in p.lead_ministries
                                ],
                            }
                            for p in g.product_sets
                        ],
                    }
                    for g in s.groups
                ],
            }
            for s in tree.sectors
        ],
    }


def ruleset_data(rs: RuleSet) -> dict[str, Any]:
    """A rule set's own fields in the ``ocop-ruleset/1`` format (without its sheets)."""
    bands = {str(int(b.star)): b.lower for b in rs.bands}
    data: dict[str, Any] = {
        "format": RULESET_FORMAT,
        "id": rs.id,
        "aliases": list(rs.aliases),
        "title_vi": rs.title_vi,
        "title_en": rs.title_en,
        "signed": rs.signed.isoformat(),
        "effective": rs.effective.isoformat(),
        "replaced": rs.replaced.isoformat() if rs.replaced else None,
        "replaced_by": rs.replaced_by,
        "amendments": [
            {
                "id": a.id,
                "signed": a.signed.isoformat(),
                "effective": a.effective.isoformat(),
                "summary_vi": a.summary_vi,
                "summary_en": a.summary_en,
            }
            for a in rs.amendments
        ],
        "parts": [
            {"code": p.code, "label_vi": p.label_vi, "label_en": p.label_en, "points": p.maximum}
            for p in rs.parts
        ],
        "bands": {
            "printed": rs.bands_printed,
            "lower_bounds": bands,
            "maximum": rs.maximum,
            **({"interpretation": rs.bands_interpretation} if rs.bands_interpretation else {}),
        },
        "recognised_from": int(rs.recognised_from),
        "certificate_validity_months": rs.certificate_validity_months,
        "authorities": [
            {
                "from": a.start.isoformat(),
                "to": a.end.isoformat() if a.end else None,
                "stars": {str(int(s)): auth.value for s, auth in a.stars},
                **({"central_body_vi": a.central_body_vi} if a.central_body_vi else {}),
                **({"central_body_en": a.central_body_en} if a.central_body_en else {}),
                "note": a.note,
            }
            for a in rs.authorities
        ],
        "transition": None
        if rs.transition is None
        else {
            "printed": rs.transition.printed,
            "previous_rules_days_first_or_upgrade": rs.transition.first_or_upgrade_days,
            "previous_rules_days_reevaluation": rs.transition.reevaluation_days,
            "late_reevaluation_grace_days": rs.transition.late_reevaluation_grace_days,
        },
        "reevaluation": None
        if rs.reevaluation is None
        else {
            "printed": rs.reevaluation.printed,
            "earliest_days": rs.reevaluation.earliest_days,
            "latest_days": rs.reevaluation.latest_days,
            **(
                {"decision_days": rs.reevaluation.decision_days}
                if rs.reevaluation.decision_days is not None
                else {}
            ),
        },
        "sheets": {
            "available": rs.sheets_available,
            "count": len(rs.store.numbers) if rs.store else 0,
        },
        "source": rs.source,
    }
    if rs.checked:
        data["checked"] = rs.checked.isoformat()
    data["policy"] = policy_data(rs.policy)
    if rs.lapsed:
        data["lapsed"] = rs.lapsed.isoformat()
    if rs.dates_source:
        data["dates_source"] = rs.dates_source
    if rs.bands_derived:
        data["bands"]["derived"] = True
    return data


def _interpretation_data(i: Interpretation) -> dict[str, str]:
    return {"id": i.id, "text_vi": i.text_vi, "text_en": i.text_en}


def policy_data(policy: Policy) -> dict[str, Any]:
    """A rule set's policy as the ``"policy"`` object of ``ruleset.json``."""
    return {
        "interpretation": _interpretation_data(policy.interpretation),
        "other_interpretations": [_interpretation_data(i) for i in policy.other_interpretations],
        "mark_levels": [int(v) for v in policy.mark_levels],
        "top_class_central": policy.top_class_central,
        "potential_top": policy.potential_top,
        "source": policy.source,
    }


def export(rs: RuleSet) -> dict[str, Any]:
    """A rule set with its classification and sheets as one ``ocop-rule-bundle/1`` bundle."""
    tree = rs.classification
    return {
        "format": BUNDLE_FORMAT,
        "ruleset": ruleset_data(rs),
        "classification": classification_data(tree) if tree is not None and tree.complete else None,
        "sheets": [sheet_data(s) for s in rs.sheets()] if rs.sheets_available else [],
    }
