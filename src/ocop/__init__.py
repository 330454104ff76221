"""``ocop``: the rules of Vietnam's OCOP programme (*Mỗi xã một sản phẩm*) as a library.

Importing ``ocop`` is cheap: nothing below is imported and no rule data is read until it is
used. The public API:

- ``ocop.rules`` — the rule sets (1048/2019, 148/2023, 26/2026) by id or by date, with their
  classification trees and, for 26/2026, all 26 criteria sheets.
- ``ocop.model`` — the value types (``RuleSet``, ``Sheet``, ``Criterion``, ``Option``,
  ``StarClass`` …), also importable from ``ocop`` directly.
- ``ocop.errors`` — ``OcopError`` and its subclasses.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(22)
    >>> sheet.section("6").maximum
    24
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# Public name -> the module that defines it. Nothing is imported until a name is used.
_LAZY = {
    "errors": "", "model": "", "rules": "",
    **dict.fromkeys(
        ["NoRuleSetForDateError", "OcopError", "Problem", "RuleDataError",
         "SheetNotAvailableError", "UnknownProductSetError", "UnknownRuleSetError"],
        "ocop.errors"),
    **dict.fromkeys(
        ["Amendment", "Authority", "AuthorityPeriod", "Case", "Classification", "Condition",
         "Correction", "Criterion", "Fault", "FoodSafetyGate", "Group", "Ministry", "Option",
         "Part", "PartSpec", "ProductSet", "RuleSet", "Section", "Sector", "Sheet", "StarBand",
         "StarClass", "Transition"],
        "ocop.model"),
}

__all__ = [
    "Amendment",
    "Authority",
    "AuthorityPeriod",
    "Case",
    "Classification",
    "Condition",
    "Correction",
    "Criterion",
    "Fault",
    "FoodSafetyGate",
    "Group",
    "Ministry",
    "NoRuleSetForDateError",
    "OcopError",
    "Option",
    "Part",
    "PartSpec",
    "Problem",
    "ProductSet",
    "RuleDataError",
    "RuleSet",
    "Section",
    "Sector",
    "Sheet",
    "SheetNotAvailableError",
    "StarBand",
    "StarClass",
    "Transition",
    "UnknownProductSetError",
    "UnknownRuleSetError",
    "__version__",
    "errors",
    "model",
    "rules",
]

TYPE_CHECKING = False  # typing is not imported at run time, to keep `import ocop` cheap
if TYPE_CHECKING:
    from ocop import errors, model, rules
    from ocop.errors import (
        NoRuleSetForDateError,
        OcopError,
        Problem,
        RuleDataError,
        SheetNotAvailableError,
        UnknownProductSetError,
        UnknownRuleSetError,
    )
    from ocop.model import (
        Amendment,
        Authority,
        AuthorityPeriod,
        Case,
        Classification,
        Condition,
        Correction,
        Criterion,
        Fault,
        FoodSafetyGate,
        Group,
        Ministry,
        Option,
        Part,
        PartSpec,
        ProductSet,
        RuleSet,
        Section,
        Sector,
        Sheet,
        StarBand,
        StarClass,
        Transition,
    )


def __getattr__(name: str) -> object:
    try:
        home = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'ocop' has no attribute {name!r}") from None
    value = (importlib.import_module(f"ocop.{name}") if not home
             else getattr(importlib.import_module(home), name))
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
