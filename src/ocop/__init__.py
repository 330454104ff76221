"""``ocop``: the rules of Vietnam's OCOP programme (*Mỗi xã một sản phẩm*) as a library.

Importing ``ocop`` is cheap: nothing below is imported and no rule data is read until it is
used. The public API, all reachable from here:

- ``ocop.rules`` — the rule sets (1048/2019, 148/2023, 26/2026) by id or by date, with their
  classification trees and, for 26/2026, all 26 criteria sheets; ``ocop.rules.check`` checks
  any rule set, however it was built.
- ``ocop.score``, ``ocop.score_many``, ``ocop.score_range``, ``ocop.advice``,
  ``ocop.classify`` — the front door of the scoring engine; ``ocop.Engine`` is the engine
  itself, one per rule set, for projects that hold their own.
- the rule model (``RuleSet``, ``Sheet``, ``Criterion``, ``Option``, ``StarClass`` …), the
  inputs (``Evaluation``, ``Council``) and the results (``Score``, ``Advice`` …).
- ``ocop.register``, ``ocop.stats``, ``ocop.report``, ``ocop.certificates``, ``ocop.geo`` —
  registers of products, their statistics and reports, certificates and provinces.
- ``ocop.convert`` — the JSON documents; ``ocop.errors`` — ``OcopError`` and its subclasses.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(22)
    >>> sheet.section("6").maximum
    24
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# The one table of public names: name -> the module that defines it ("" for a module of its
# own). Nothing is imported until a name is used. ``__all__`` is built from it; the imports
# for type checkers below repeat it, and a test checks that they agree.
_PUBLIC: dict[str, str] = {
    # modules
    "certificates": "",
    "convert": "",
    "errors": "",
    "forms": "",
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
    # scoring
    "score": "ocop.scoring",
    "score_many": "ocop.scoring",
    "score_range": "ocop.scoring",
    "advice": "ocop.scoring",
    "classify": "ocop.scoring",
    "Engine": "ocop.scoring",
    "Evaluation": "ocop.scoring",
    "Council": "ocop.scoring",
    "NOT_MET": "ocop.scoring",
    "Score": "ocop.scoring",
    "ScoreRange": "ocop.scoring",
    "Advice": "ocop.scoring",
    "Upgrade": "ocop.scoring",
    "CriterionResult": "ocop.scoring",
    "MarkCheck": "ocop.scoring",
    "SubTotal": "ocop.scoring",
    # the rule model
    "RuleSet": "ocop.model",
    "Sheet": "ocop.model",
    "Part": "ocop.model",
    "Section": "ocop.model",
    "Criterion": "ocop.model",
    "Option": "ocop.model",
    "Fault": "ocop.model",
    "StarClass": "ocop.model",
    "StarBand": "ocop.model",
    "Policy": "ocop.model",
    "Interpretation": "ocop.model",
    "Authority": "ocop.model",
    "Classification": "ocop.model",
    "Sector": "ocop.model",
    "Group": "ocop.model",
    "ProductSet": "ocop.model",
    # registers
    "Entry": "ocop.register",
    "Rank": "ocop.register",
    # producers
    "ProducerType": "ocop.records",
    "producer_type": "ocop.records",
    # product codes
    "ProductCode": "ocop.product_codes",
    # certificates
    "Certificate": "ocop.certificates",
    "Status": "ocop.certificates",
    # errors
    "OcopError": "ocop.errors",
    "MissingColumnsError": "ocop.errors",
    "UnknownTargetError": "ocop.errors",
    "UnknownProducerTypeError": "ocop.errors",
    "UnknownDimensionError": "ocop.errors",
    "FormError": "ocop.errors",
    "Problem": "ocop.errors",
    "CertificateError": "ocop.errors",
    "EvaluationError": "ocop.errors",
    "FormatError": "ocop.errors",
    "InexactNumberError": "ocop.errors",
    "NoAuthorityError": "ocop.errors",
    "NoRuleSetForDateError": "ocop.errors",
    "NotFoundError": "ocop.errors",
    "OutOfRangeError": "ocop.errors",
    "ProductCodeError": "ocop.errors",
    "RegionUnknownError": "ocop.errors",
    "UnknownRegionError": "ocop.errors",
    "AmbiguousPlaceError": "ocop.errors",
    "MissingExtraError": "ocop.errors",
    "RegisterFormatError": "ocop.errors",
    "RuleDataError": "ocop.errors",
    "RuleSetConflictError": "ocop.errors",
    "SearchTooLargeError": "ocop.errors",
    "SheetNotAvailableError": "ocop.errors",
    "UnknownCommuneError": "ocop.errors",
    "UnknownLocaleError": "ocop.errors",
    "UnknownProductSetError": "ocop.errors",
    "UnknownProvinceError": "ocop.errors",
    "UnknownRuleSetError": "ocop.errors",
    "UsageError": "ocop.errors",
}

__all__ = sorted(_PUBLIC)

if TYPE_CHECKING:
    from ocop import (
        certificates as certificates,
    )
    from ocop import (
        convert as convert,
    )
    from ocop import (
        errors as errors,
    )
    from ocop import (
        forms as forms,
    )
    from ocop import (
        geo as geo,
    )
    from ocop import (
        model as model,
    )
    from ocop import (
        product_codes as product_codes,
    )
    from ocop import (
        records as records,
    )
    from ocop import (
        register as register,
    )
    from ocop import (
        report as report,
    )
    from ocop import (
        rules as rules,
    )
    from ocop import (
        scoring as scoring,
    )
    from ocop import (
        stats as stats,
    )
    from ocop import (
        targets as targets,
    )
    from ocop.certificates import (
        Certificate as Certificate,
    )
    from ocop.certificates import (
        Status as Status,
    )
    from ocop.errors import (
        AmbiguousPlaceError as AmbiguousPlaceError,
    )
    from ocop.errors import (
        CertificateError as CertificateError,
    )
    from ocop.errors import (
        EvaluationError as EvaluationError,
    )
    from ocop.errors import (
        FormatError as FormatError,
    )
    from ocop.errors import (
        FormError as FormError,
    )
    from ocop.errors import (
        InexactNumberError as InexactNumberError,
    )
    from ocop.errors import (
        MissingColumnsError as MissingColumnsError,
    )
    from ocop.errors import (
        MissingExtraError as MissingExtraError,
    )
    from ocop.errors import (
        NoAuthorityError as NoAuthorityError,
    )
    from ocop.errors import (
        NoRuleSetForDateError as NoRuleSetForDateError,
    )
    from ocop.errors import (
        NotFoundError as NotFoundError,
    )
    from ocop.errors import (
        OcopError as OcopError,
    )
    from ocop.errors import (
        OutOfRangeError as OutOfRangeError,
    )
    from ocop.errors import (
        Problem as Problem,
    )
    from ocop.errors import (
        ProductCodeError as ProductCodeError,
    )
    from ocop.errors import (
        RegionUnknownError as RegionUnknownError,
    )
    from ocop.errors import (
        RegisterFormatError as RegisterFormatError,
    )
    from ocop.errors import (
        RuleDataError as RuleDataError,
    )
    from ocop.errors import (
        RuleSetConflictError as RuleSetConflictError,
    )
    from ocop.errors import (
        SearchTooLargeError as SearchTooLargeError,
    )
    from ocop.errors import (
        SheetNotAvailableError as SheetNotAvailableError,
    )
    from ocop.errors import (
        UnknownCommuneError as UnknownCommuneError,
    )
    from ocop.errors import (
        UnknownDimensionError as UnknownDimensionError,
    )
    from ocop.errors import (
        UnknownLocaleError as UnknownLocaleError,
    )
    from ocop.errors import (
        UnknownProducerTypeError as UnknownProducerTypeError,
    )
    from ocop.errors import (
        UnknownProductSetError as UnknownProductSetError,
    )
    from ocop.errors import (
        UnknownProvinceError as UnknownProvinceError,
    )
    from ocop.errors import (
        UnknownRegionError as UnknownRegionError,
    )
    from ocop.errors import (
        UnknownRuleSetError as UnknownRuleSetError,
    )
    from ocop.errors import (
        UnknownTargetError as UnknownTargetError,
    )
    from ocop.errors import (
        UsageError as UsageError,
    )
    from ocop.model import (
        Authority as Authority,
    )
    from ocop.model import (
        Classification as Classification,
    )
    from ocop.model import (
        Criterion as Criterion,
    )
    from ocop.model import (
        Fault as Fault,
    )
    from ocop.model import (
        Group as Group,
    )
    from ocop.model import (
        Interpretation as Interpretation,
    )
    from ocop.model import (
        Option as Option,
    )
    from ocop.model import (
        Part as Part,
    )
    from ocop.model import (
        Policy as Policy,
    )
    from ocop.model import (
        ProductSet as ProductSet,
    )
    from ocop.model import (
        RuleSet as RuleSet,
    )
    from ocop.model import (
        Section as Section,
    )
    from ocop.model import (
        Sector as Sector,
    )
    from ocop.model import (
        Sheet as Sheet,
    )
    from ocop.model import (
        StarBand as StarBand,
    )
    from ocop.model import (
        StarClass as StarClass,
    )
    from ocop.product_codes import (
        ProductCode as ProductCode,
    )
    from ocop.records import (
        ProducerType as ProducerType,
    )
    from ocop.records import (
        producer_type as producer_type,
    )
    from ocop.register import (
        Entry as Entry,
    )
    from ocop.register import (
        Rank as Rank,
    )
    from ocop.scoring import (
        NOT_MET as NOT_MET,
    )
    from ocop.scoring import (
        Advice as Advice,
    )
    from ocop.scoring import (
        Council as Council,
    )
    from ocop.scoring import (
        CriterionResult as CriterionResult,
    )
    from ocop.scoring import (
        Engine as Engine,
    )
    from ocop.scoring import (
        Evaluation as Evaluation,
    )
    from ocop.scoring import (
        MarkCheck as MarkCheck,
    )
    from ocop.scoring import (
        Score as Score,
    )
    from ocop.scoring import (
        ScoreRange as ScoreRange,
    )
    from ocop.scoring import (
        SubTotal as SubTotal,
    )
    from ocop.scoring import (
        Upgrade as Upgrade,
    )
    from ocop.scoring import (
        advice as advice,
    )
    from ocop.scoring import (
        classify as classify,
    )
    from ocop.scoring import (
        score as score,
    )
    from ocop.scoring import (
        score_many as score_many,
    )
    from ocop.scoring import (
        score_range as score_range,
    )


def __getattr__(name: str) -> object:
    try:
        home = _PUBLIC[name]
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
    return sorted({*globals(), *_PUBLIC})
