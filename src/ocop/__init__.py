"""``ocop``: the rules of Vietnam's OCOP programme (*Mỗi xã một sản phẩm*) as a library.

Importing ``ocop`` is cheap: nothing below is imported and no rule data is read until it is
used. The public API:

- ``ocop.rules`` — the rule sets (1048/2019, 148/2023, 26/2026) by id or by date, with their
  classification trees and, for 26/2026, all 26 criteria sheets.
- ``ocop.model`` — the value types (``RuleSet``, ``Sheet``, ``Criterion``, ``Option``,
  ``StarClass`` …), also importable from ``ocop`` directly.
- ``ocop.score``, ``ocop.score_range``, ``ocop.advice``, ``ocop.classify`` — the scoring
  engine (:mod:`ocop.scoring`): evaluations in, explained scores and advice out.
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
_LAZY: dict[str, str] = {
    "certificates": "",
    "errors": "",
    "geo": "",
    "model": "",
    "product_codes": "",
    "records": "",
    "register": "",
    "report": "",
    "rules": "",
    "scoring": "",
    "stats": "",
    "targets": "",
    "CertificateError": "ocop.errors",
    "ProductCodeError": "ocop.errors",
    "RegionUnknownError": "ocop.errors",
    "UnknownRegionError": "ocop.errors",
    "AmbiguousPlaceError": "ocop.errors",
    "MissingExtraError": "ocop.errors",
    "RegisterFormatError": "ocop.errors",
    "UnknownCommuneError": "ocop.errors",
    "UnknownProvinceError": "ocop.errors",
    "EvaluationError": "ocop.errors",
    "InexactNumberError": "ocop.errors",
    "NoRuleSetForDateError": "ocop.errors",
    "OcopError": "ocop.errors",
    "OutOfRangeError": "ocop.errors",
    "Problem": "ocop.errors",
    "RuleDataError": "ocop.errors",
    "SheetNotAvailableError": "ocop.errors",
    "UnknownProductSetError": "ocop.errors",
    "UnknownRuleSetError": "ocop.errors",
    "Amendment": "ocop.model",
    "Authority": "ocop.model",
    "AuthorityPeriod": "ocop.model",
    "Case": "ocop.model",
    "Classification": "ocop.model",
    "Condition": "ocop.model",
    "Correction": "ocop.model",
    "Criterion": "ocop.model",
    "Doubt": "ocop.model",
    "Fault": "ocop.model",
    "FoodSafetyGate": "ocop.model",
    "Group": "ocop.model",
    "Ministry": "ocop.model",
    "Option": "ocop.model",
    "Part": "ocop.model",
    "PartSpec": "ocop.model",
    "ProductSet": "ocop.model",
    "RuleSet": "ocop.model",
    "Section": "ocop.model",
    "Sector": "ocop.model",
    "Sheet": "ocop.model",
    "StarBand": "ocop.model",
    "StarClass": "ocop.model",
    "Transition": "ocop.model",
    "Certificate": "ocop.certificates",
    "Status": "ocop.certificates",
    "Producer": "ocop.records",
    "ProducerType": "ocop.records",
    "Product": "ocop.records",
    "producer_type": "ocop.records",
    "ProductCode": "ocop.product_codes",
    "Entry": "ocop.register",
    "Rank": "ocop.register",
    "Advice": "ocop.scoring",
    "Upgrade": "ocop.scoring",
    "advice": "ocop.scoring",
    "NOT_MET": "ocop.scoring",
    "Council": "ocop.scoring",
    "CriterionResult": "ocop.scoring",
    "Evaluation": "ocop.scoring",
    "Interpretation": "ocop.scoring",
    "MarkCheck": "ocop.scoring",
    "Score": "ocop.scoring",
    "ScoreRange": "ocop.scoring",
    "SubTotal": "ocop.scoring",
    "classify": "ocop.scoring",
    "score": "ocop.scoring",
    "score_many": "ocop.scoring",
    "score_range": "ocop.scoring",
}

__all__ = [
    "NOT_MET",
    "Advice",
    "AmbiguousPlaceError",
    "Amendment",
    "Authority",
    "AuthorityPeriod",
    "Case",
    "Certificate",
    "CertificateError",
    "Classification",
    "Condition",
    "Correction",
    "Council",
    "Criterion",
    "CriterionResult",
    "Doubt",
    "Entry",
    "Evaluation",
    "EvaluationError",
    "Fault",
    "FoodSafetyGate",
    "Group",
    "InexactNumberError",
    "Interpretation",
    "MarkCheck",
    "Ministry",
    "MissingExtraError",
    "NoRuleSetForDateError",
    "OcopError",
    "Option",
    "OutOfRangeError",
    "Part",
    "PartSpec",
    "Problem",
    "Producer",
    "ProducerType",
    "Product",
    "ProductCode",
    "ProductCodeError",
    "ProductSet",
    "Rank",
    "RegionUnknownError",
    "RegisterFormatError",
    "RuleDataError",
    "RuleSet",
    "Score",
    "ScoreRange",
    "Section",
    "Sector",
    "Sheet",
    "SheetNotAvailableError",
    "StarBand",
    "StarClass",
    "Status",
    "SubTotal",
    "Transition",
    "UnknownCommuneError",
    "UnknownProductSetError",
    "UnknownProvinceError",
    "UnknownRegionError",
    "UnknownRuleSetError",
    "Upgrade",
    "__version__",
    "advice",
    "certificates",
    "classify",
    "errors",
    "geo",
    "model",
    "producer_type",
    "product_codes",
    "records",
    "register",
    "report",
    "rules",
    "score",
    "score_many",
    "score_range",
    "scoring",
    "stats",
    "targets",
]

TYPE_CHECKING = False  # typing is not imported at run time, to keep `import ocop` cheap
if TYPE_CHECKING:
    from ocop import (
        certificates,
        errors,
        geo,
        model,
        product_codes,
        records,
        register,
        report,
        rules,
        scoring,
        stats,
        targets,
    )
    from ocop.certificates import (
        Certificate,
        Status,
    )
    from ocop.errors import (
        AmbiguousPlaceError,
        CertificateError,
        EvaluationError,
        InexactNumberError,
        MissingExtraError,
        NoRuleSetForDateError,
        OcopError,
        OutOfRangeError,
        Problem,
        ProductCodeError,
        RegionUnknownError,
        RegisterFormatError,
        RuleDataError,
        SheetNotAvailableError,
        UnknownCommuneError,
        UnknownProductSetError,
        UnknownProvinceError,
        UnknownRegionError,
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
        Doubt,
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
    from ocop.product_codes import (
        ProductCode,
    )
    from ocop.records import (
        Producer,
        ProducerType,
        Product,
        producer_type,
    )
    from ocop.register import (
        Entry,
        Rank,
    )
    from ocop.scoring import (
        NOT_MET,
        Advice,
        Council,
        CriterionResult,
        Evaluation,
        Interpretation,
        MarkCheck,
        Score,
        ScoreRange,
        SubTotal,
        Upgrade,
        advice,
        classify,
        score,
        score_many,
        score_range,
    )


def __getattr__(name: str) -> object:
    try:
        home = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'ocop' has no attribute {name!r}") from None
    value = (
        importlib.import_module(f"ocop.{name}")
        if not home
        else getattr(importlib.import_module(home), name)
    )
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
