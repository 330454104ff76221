"""The value types of ``ocop``: frozen, slotted ``attrs`` classes that describe the rules."""

from ocop.model.classification import Classification, Group, Ministry, ProductSet, Sector
from ocop.model.policy import Interpretation, Policy
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
    FoodSafetyGate,
    Option,
    Part,
    Section,
    Sheet,
)
from ocop.model.stars import Number, StarBand, StarClass

__all__ = [
    "Amendment",
    "Authority",
    "AuthorityPeriod",
    "Case",
    "Classification",
    "Condition",
    "Correction",
    "Criterion",
    "Doubt",
    "Fault",
    "FoodSafetyGate",
    "Group",
    "Interpretation",
    "Ministry",
    "Number",
    "Option",
    "Part",
    "PartSpec",
    "Policy",
    "ProductSet",
    "Reevaluation",
    "RuleSet",
    "Section",
    "Sector",
    "Sheet",
    "SheetStore",
    "StarBand",
    "StarClass",
    "Transition",
]
