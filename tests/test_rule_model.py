"""The rule model holds the law's data and nothing else: no caches, no engine state.

Every attribute of a rule-model type is listed here with the data of the law it holds. A new
attribute fails this test until it is listed, so that tables of an engine, caches or
conveniences cannot slip into the types that describe the law. Derived indexes (built once from
the other attributes, never changed, and excluded from equality) are listed apart.
Inputs and results (``Evaluation``, ``Council``, ``Score`` …) are not rule-model types.
"""

from __future__ import annotations

import attrs
import pytest

from ocop import model
from ocop.model.sheet import FaultAlias, StopRule

LAW: dict[type, set[str]] = {
    model.RuleSet: {
        "id",  # the decision's number
        "title_vi",
        "title_en",
        "signed",
        "effective",
        "replaced",
        "replaced_by",
        "parts",  # Điều 3: parts A/B/C and their maxima
        "bands",  # Điều 3.3: star bands
        "certificate_validity_months",
        "authorities",  # who recognises each class, by period
        "recognised_from",
        "aliases",  # the usual spellings of the number
        "amendments",
        "bands_printed",
        "bands_interpretation",
        "transition",  # Điều 12
        "reevaluation",  # Điều 7.6.a
        "classification",  # Phụ lục I
        "sheets_missing_vi",  # which annex is not published
        "sheets_missing_en",
        "source",
        "checked",
        "official",
        "policy",  # the star-mark rule as read, and who recognises the top class
        "lapsed",  # the day it ceased to have effect
        "dates_source",
        "bands_derived",  # bands derived, their printed text not retrieved
        "store",  # the sheets (Phụ lục II), read on first use
    },
    model.Policy: {
        "interpretation",
        "mark_levels",
        "top_class_central",
        "potential_top",
        "other_interpretations",
        "source",
    },
    model.Interpretation: {"id", "text_vi", "text_en"},
    model.Sheet: {
        "rule_set",
        "product_set",
        "title_vi",
        "title_en",
        "parts",
        "faults",
        "disqualification_printed",
        "food_safety_gate",
        "cases",
        "corrections",
        "doubts",
        "star_mark_note",
        "source",
        "stop_rules",  # "không đánh giá các bước tiếp theo" rules, as printed
        "fault_aliases",  # fault ids of earlier data, mapped to their successors
    },
    model.Part: {"code", "label_vi", "label_en", "maximum", "sections"},
    model.Section: {"code", "label_vi", "label_en", "maximum", "criteria"},
    model.Criterion: {
        "code",
        "label_vi",
        "label_en",
        "maximum",
        "options",
        "subcriteria",
        "requirements",
        "descriptions",
        "notes",
        "condition",
        "cases",
        "yes_no",
    },
    model.Option: {"label_vi", "points", "label_en", "mark", "case", "printed"},
    model.Condition: {"kind", "criterion", "printed"},
    model.Case: {"number", "label_vi", "label_en", "note"},
    model.Fault: {"id", "label_vi", "criterion", "label_en"},
    FaultAlias: {"id", "successor", "reason"},
    StopRule: {"printed", "where", "criteria", "trigger", "note", "label_en"},
    model.FoodSafetyGate: {"criterion", "section", "printed"},
    model.Correction: {"where", "printed", "corrected", "reason", "option", "proof"},
    model.Doubt: {"where", "note"},
    model.StarBand: {"star", "lower", "upper", "maximum"},
    model.PartSpec: {"code", "label_vi", "label_en", "maximum"},
    model.AuthorityPeriod: {"start", "end", "stars", "central_body_vi", "central_body_en", "note"},
    model.Amendment: {"id", "signed", "effective", "summary_vi", "summary_en"},
    model.Transition: {
        "printed",
        "first_or_upgrade_days",
        "reevaluation_days",
        "late_reevaluation_grace_days",
    },
    model.Reevaluation: {"printed", "earliest_days", "latest_days", "decision_days"},
    model.Classification: {
        "sectors",
        "complete",
        "group_count",
        "set_count",
        "source",
        "note",
        "assumed",  # the tree is assumed, not known from the decision itself
    },
    model.Sector: {"code", "label_vi", "label_en", "groups"},
    model.Group: {"code", "label_vi", "label_en", "product_sets"},
    model.ProductSet: {
        "number",
        "label_vi",
        "label_en",
        "sector",
        "group",
        "subgroup_vi",
        "subgroup_en",
        "lead_ministries",
    },
    model.Ministry: {"label_vi", "label_en"},
}

DERIVED: dict[type, set[str]] = {
    model.Sheet: {"scorable", "_index"},  # the scorable criteria in order; criteria by code
    model.Classification: {"_by_number"},  # product sets by number
}


@pytest.mark.parametrize("cls", list(LAW), ids=lambda c: c.__name__)
def test_a_rule_model_type_holds_only_the_laws_data(cls: type) -> None:
    fields = attrs.fields(cls)
    names = {f.name for f in fields}
    derived = DERIVED.get(cls, set())
    assert names - derived == LAW[cls]
    for f in fields:
        if f.name in derived:
            assert not f.init
            assert not f.eq


@pytest.mark.parametrize("cls", list(LAW), ids=lambda c: c.__name__)
def test_a_rule_model_type_is_frozen_and_slotted(cls: type) -> None:
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__
    instance = object.__new__(cls)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(instance, next(iter(LAW[cls])), None)


def test_every_model_type_is_covered() -> None:
    exported = {getattr(model, name) for name in model.__all__}
    types = {t for t in exported if isinstance(t, type) and attrs.has(t)}
    assert types | {FaultAlias, StopRule} == set(LAW)
