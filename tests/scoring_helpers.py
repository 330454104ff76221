"""Helpers to build evaluations for tests, from the sheet data alone (not the engine)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import ocop
from ocop.model import (
    Criterion,
    Option,
    Part,
    PartSpec,
    RuleSet,
    Section,
    Sheet,
    SheetStore,
    StarBand,
    StarClass,
)


def best_positions(sheet: Sheet, case: int | None = None) -> dict[str, int | None]:
    """Every scorable criterion at its highest option (within ``case`` for case criteria)."""
    out: dict[str, int | None] = {}
    for crit in sheet.scorable:
        valid = [(k, o) for k, o in enumerate(crit.options, 1) if not crit.cases or o.case == case]
        out[crit.code] = max(valid, key=lambda kv: (kv[1].points, -kv[0]))[0] if valid else None
    return out


def best_points(sheet: Sheet, case: int | None = None) -> dict[str, int | None]:
    return {c.code: c.maximum for c in sheet.scorable}


def evaluation_from_case(case: dict[str, Any]) -> ocop.Evaluation:
    sheet = ocop.rules.get("26/2026").sheet(case["product_set"])
    by = case.get("by", "position")
    answers: dict[str, int | None]
    if case["base"] == "best":
        answers = (best_points if by == "points" else best_positions)(sheet, case.get("case"))
    else:
        answers = {c.code: None for c in sheet.scorable}
    answers.update(case["answers"])
    for code in case.get("drop", []):
        del answers[code]
    on = dt.date.fromisoformat(case["on"]) if case.get("on") else None
    return ocop.Evaluation(
        "26/2026",
        case["product_set"],
        answers,
        by=by,
        case=case.get("case"),
        faults=case.get("faults", []),
        impurities=case.get("impurities", False),
        on=on,
        council=case.get("council", "province"),
    )


def opt(points: int, mark: int | None = None, case: int | None = None) -> dict[str, Any]:
    """An option of a sheet document worth ``points``, with its star mark and case if any."""
    out: dict[str, Any] = {"label_vi": f"{points} điểm", "points": points}
    if mark:
        out["mark"] = mark
    if case:
        out["case"] = case
    return out


def crit(code: str, options: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    """A criterion of a sheet document, worth its best option."""
    return {
        "code": code,
        "label_vi": f"Tiêu chí {code}",
        "label_en": f"Criterion {code}",
        "points": max(o["points"] for o in options),
        "options": options,
        **extra,
    }


def mini_rule_set() -> ocop.RuleSet:
    """A small invented rule set (not law) for brute-force checks: 6 criteria, 24 points.

    Parts A 10 (1.1, 1.2), B 6 (2.1 a story, 2.2 scored only with a story), C 8 (3.1, 3.2);
    classes 1★ 0–5, 2★ 6–11, 3★ 12–16, 4★ 17–20, 5★ 21–24; marks on 1.1, 2.1 and 3.1.
    """
    sheet_data = {
        "format": "ocop-sheet/1",
        "rule_set": "mini",
        "product_set": 1,
        "printed_title": "Phiếu thử",
        "parts": [
            {
                "code": "A",
                "points": 10,
                "sections": [
                    {
                        "code": "1",
                        "label_vi": "Một",
                        "label_en": "One",
                        "points": 10,
                        "criteria": [
                            crit("1.1", [opt(1), opt(2, 3), opt(4, 4), opt(6, 5)]),
                            crit("1.2", [opt(0), opt(2), opt(4)]),
                        ],
                    }
                ],
            },
            {
                "code": "B",
                "points": 6,
                "sections": [
                    {
                        "code": "2",
                        "label_vi": "Hai",
                        "label_en": "Two",
                        "points": 6,
                        "criteria": [
                            crit("2.1", [opt(0), opt(1, 3), opt(3, 4), opt(4)]),
                            crit(
                                "2.2",
                                [opt(0), opt(1), opt(2)],
                                condition={
                                    "kind": "above_lowest",
                                    "criterion": "2.1",
                                    "printed": "story",
                                },
                            ),
                        ],
                    }
                ],
            },
            {
                "code": "C",
                "points": 8,
                "sections": [
                    {
                        "code": "3",
                        "label_vi": "Ba",
                        "label_en": "Three",
                        "points": 8,
                        "criteria": [
                            crit("3.1", [opt(0), opt(2, 4), opt(5, 5)]),
                            crit("3.2", [opt(1), opt(3)]),
                        ],
                    }
                ],
            },
        ],
    }
    return rule_set_of_sheet("mini", sheet_data, {"1": 0, "2": 6, "3": 12, "4": 17, "5": 21})


AUTHORITIES = [
    {"from": "2026-01-01", "to": None, "stars": {"3": "province", "4": "province", "5": "central"}}
]


def rule_set_of_sheet(
    rs_id: str, sheet_data: dict[str, Any], lowers: dict[str, int]
) -> ocop.RuleSet:
    """An invented rule set ``rs_id`` (not law) of one sheet document: its parts are the
    sheet's, its bands start at ``lowers`` (class: lowest total) and end at the sum of the
    parts, 3★ and 4★ recognised by the province and 5★ by the central council."""
    from ocop.rules.loader import build_rule_set, build_sheet

    parts = {p["code"]: p["points"] for p in sheet_data["parts"]}
    rs_data = {
        "format": "ocop-ruleset/1",
        "id": rs_id,
        "title_vi": "Thử",
        "title_en": "Test",
        "signed": "2026-01-01",
        "effective": "2026-01-01",
        "parts": parts,
        "bands": {"lower_bounds": lowers, "maximum": sum(parts.values())},
        "certificate_validity_months": 36,
        "authorities": AUTHORITIES,
        "sheets": {"available": True, "count": 1},
    }
    sheet = build_sheet(sheet_data, f"{rs_id}.json", parts)
    return build_rule_set(
        rs_data, f"{rs_id}-ruleset.json", sheet_loader=lambda n: sheet, official=False
    )


def large_rule_set(criteria: int, points: int, classes: int = 3, rs_id: str = "huge") -> RuleSet:
    """A rule set ``rs_id`` of one part whose criteria are worth ``points`` each, with a mark of
    every class from 2 up on each criterion (nothing, then one option per class, the last one
    worth ``points``); classes by equal shares of the total."""
    step = points // (classes - 1)
    crits = tuple(
        Criterion(
            f"1.{k}",
            f"Tiêu chí {k}",
            f"Criterion {k}",
            points,
            (
                Option("Không", 0, "No"),
                *(
                    Option(
                        f"Mức {c}", points - step * (classes - c), f"Level {c}", mark=StarClass(c)
                    )
                    for c in range(2, classes + 1)
                ),
            ),
        )
        for k in range(1, criteria + 1)
    )
    total = criteria * points
    lowers = [total * c // classes for c in range(classes)]
    sheet = Sheet(
        rule_set=rs_id,
        product_set=1,
        title_vi="Lớn",
        parts=(Part("A", "A", "A", total, (Section("1", "Một", "One", total, crits),)),),
    )
    return RuleSet(
        id=rs_id,
        title_vi="Lớn",
        title_en="Huge",
        signed=dt.date(2026, 1, 1),
        effective=dt.date(2026, 1, 1),
        replaced=None,
        replaced_by=None,
        parts=(PartSpec("A", "A", "A", total),),
        bands=tuple(
            StarBand(
                StarClass(c + 1),
                lowers[c],
                lowers[c + 1] if c + 1 < classes else None,
                None if c + 1 < classes else total,
            )
            for c in range(classes)
        ),
        certificate_validity_months=12,
        authorities=(),
        official=False,
        store=SheetStore.of(sheet),
    )
