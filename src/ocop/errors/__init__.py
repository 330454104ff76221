"""The errors of ``ocop``: one base class, one subclass per kind of fault.

Every error carries its message in Vietnamese and in English and says *where* the fault is (a
file, a criterion code, a row). ``str(error)`` gives Vietnamese first, then English::

    >>> from ocop.errors import UnknownRuleSetError
    >>> err = UnknownRuleSetError("27/2027")
    >>> print(err.message("en"))
    Unknown rule set '27/2027'. Known: 1048/QĐ-TTg, 148/QĐ-TTg, 26/2026/QĐ-TTg.
    >>> isinstance(err, LookupError)
    True

Errors that collect several faults at once (a rule data file, an evaluation sheet) list them in
``problems``; nothing partial is returned alongside them.

The classes are defined by area (``base``, ``rules``, ``scoring``, ``places``, ``records``,
``inputs``) and all imported from here, where they belong: ``ocop.errors.UnknownRuleSetError``.
"""

from __future__ import annotations

from ocop.errors.base import (
    KNOWN_RULE_SETS as KNOWN_RULE_SETS,
)
from ocop.errors.base import (
    Locale as Locale,
)
from ocop.errors.base import (
    OcopError as OcopError,
)
from ocop.errors.base import (
    Problem as Problem,
)
from ocop.errors.base import (
    shown as shown,
)
from ocop.errors.inputs import (
    FormatError as FormatError,
)
from ocop.errors.inputs import (
    FormError as FormError,
)
from ocop.errors.inputs import (
    MissingColumnsError as MissingColumnsError,
)
from ocop.errors.inputs import (
    MissingExtraError as MissingExtraError,
)
from ocop.errors.inputs import (
    RegisterFormatError as RegisterFormatError,
)
from ocop.errors.inputs import (
    UnknownLocaleError as UnknownLocaleError,
)
from ocop.errors.inputs import (
    UsageError as UsageError,
)
from ocop.errors.places import (
    AmbiguousPlaceError as AmbiguousPlaceError,
)
from ocop.errors.places import (
    RegionUnknownError as RegionUnknownError,
)
from ocop.errors.places import (
    UnknownCommuneError as UnknownCommuneError,
)
from ocop.errors.places import (
    UnknownProvinceError as UnknownProvinceError,
)
from ocop.errors.places import (
    UnknownRegionError as UnknownRegionError,
)
from ocop.errors.places import (
    suggestion as suggestion,
)
from ocop.errors.records import (
    CertificateError as CertificateError,
)
from ocop.errors.records import (
    ProductCodeError as ProductCodeError,
)
from ocop.errors.records import (
    UnknownDimensionError as UnknownDimensionError,
)
from ocop.errors.records import (
    UnknownProducerTypeError as UnknownProducerTypeError,
)
from ocop.errors.records import (
    UnknownTargetError as UnknownTargetError,
)
from ocop.errors.rules import (
    NoAuthorityError as NoAuthorityError,
)
from ocop.errors.rules import (
    NoRuleSetForDateError as NoRuleSetForDateError,
)
from ocop.errors.rules import (
    NotFoundError as NotFoundError,
)
from ocop.errors.rules import (
    RuleDataError as RuleDataError,
)
from ocop.errors.rules import (
    RuleSetConflictError as RuleSetConflictError,
)
from ocop.errors.rules import (
    SheetNotAvailableError as SheetNotAvailableError,
)
from ocop.errors.rules import (
    UnknownProductSetError as UnknownProductSetError,
)
from ocop.errors.rules import (
    UnknownRuleSetError as UnknownRuleSetError,
)
from ocop.errors.scoring import (
    EvaluationError as EvaluationError,
)
from ocop.errors.scoring import (
    InexactNumberError as InexactNumberError,
)
from ocop.errors.scoring import (
    OutOfRangeError as OutOfRangeError,
)
from ocop.errors.scoring import (
    SearchTooLargeError as SearchTooLargeError,
)

__all__ = [
    "AmbiguousPlaceError",
    "CertificateError",
    "EvaluationError",
    "FormError",
    "FormatError",
    "InexactNumberError",
    "Locale",
    "MissingColumnsError",
    "MissingExtraError",
    "NoAuthorityError",
    "NoRuleSetForDateError",
    "NotFoundError",
    "OcopError",
    "OutOfRangeError",
    "Problem",
    "ProductCodeError",
    "RegionUnknownError",
    "RegisterFormatError",
    "RuleDataError",
    "RuleSetConflictError",
    "SearchTooLargeError",
    "SheetNotAvailableError",
    "UnknownCommuneError",
    "UnknownDimensionError",
    "UnknownLocaleError",
    "UnknownProducerTypeError",
    "UnknownProductSetError",
    "UnknownProvinceError",
    "UnknownRegionError",
    "UnknownRuleSetError",
    "UnknownTargetError",
    "UsageError",
]

# Each error says it is an ``ocop.errors`` error, wherever it is defined: in tracebacks,
# reprs, pickles and the documentation.
for _value in list(globals().values()):
    if isinstance(_value, type) and _value.__module__.startswith(__name__ + "."):
        _value.__module__ = __name__
del _value
