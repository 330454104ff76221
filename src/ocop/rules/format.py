"""The rule data formats, described once: ``ocop-sheet``, ``ocop-ruleset``,
``ocop-classification`` and ``ocop-rule-bundle``.

Each JSON object of the rule data has an ``attrs`` *document* class here, field for field: its
keys are the fields (a field whose JSON key is not a Python name says so in its metadata,
``field(metadata={"key": "from"})``), its required keys the fields without a default, its value
types the type hints, its ``format`` the one version it reads. The one converter
(:mod:`ocop.converter`) reads and writes the documents with these classes (unknown keys are
errors, reported with their ``$.path``), the JSON Schemas under ``ocop/schemas/`` are generated
from them, and the loader turns them into the rule model (:mod:`ocop.rules.build`).

Adding an optional key is one line here: a field with a default (``label_en: str | None =
None``), so that every file without it reads unchanged; :mod:`ocop.rules.build` passes it to
the model and :mod:`ocop.rules.export` writes it back, and the schemas follow
(``scripts/make_schemas.py``). Removing or renaming a key, or changing its type, is a new
version of the format, with its upgrade (:mod:`ocop.rules.migrations`).

    >>> from ocop.rules.format import OptionDoc, structure_document
    >>> doc = structure_document({"label_vi": "Có", "points": 2, "mark": 3}, OptionDoc)
    >>> doc.points, doc.mark, doc.case
    (2, 3, None)
    >>> structure_document({"label_vi": "Có", "points": "2", "weight": 1}, OptionDoc)
    Traceback (most recent call last):
    ...
    ocop.errors.FormatError: Dữ liệu JSON không hợp lệ (2 lỗi).
      - $.points: cần số nguyên, không phải '2'
      - $.weight: trường lạ
    Invalid JSON data (2 problems).
      - $.points: expected an integer, not '2'
      - $.weight: unknown field

Documents name their format and version (``"format": "ocop-ruleset/2"``); an earlier version
still reads, upgraded on the way in by :mod:`ocop.rules.migrations`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final, Literal, TypeVar

import attrs
from attrs import field, frozen

from ocop.converter import structure

SHEET_FORMAT: Final = "ocop-sheet/1"
RULESET_FORMAT: Final = "ocop-ruleset/2"
CLASSIFICATION_FORMAT: Final = "ocop-classification/1"
BUNDLE_FORMAT: Final = "ocop-rule-bundle/1"

T = TypeVar("T")


# -- ocop-sheet -------------------------------------------------------------------------------


@frozen(kw_only=True)
class OptionDoc:
    """An option (check box): its label, points, and the star class it marks, if any."""

    label_vi: str
    points: int
    label_en: str | None = None
    mark: int | None = None
    case: int | None = None


@frozen(kw_only=True)
class ConditionDoc:
    """When a criterion may be scored (``above_lowest``: another criterion above its lowest)."""

    kind: Literal["above_lowest"]
    criterion: str
    printed: str = ""


@frozen(kw_only=True)
class CriterionDoc:
    """A criterion with options, sub-criteria or neither (``yes_no``); also a section printed
    with options directly (``8`` TÍNH ĐỘC ĐÁO), whose code is the section's."""

    code: str
    label_vi: str
    label_en: str
    points: int
    requirements: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    condition: ConditionDoc | None = None
    case_choice: str | None = None
    cases: dict[str, str] = field(factory=dict)
    cases_en: dict[str, str] = field(factory=dict)
    options: tuple[OptionDoc, ...] = ()
    subcriteria: tuple[CriterionDoc, ...] = ()
    yes_no: bool = False


@frozen(kw_only=True)
class GroupSectionDoc:
    """A section that holds criteria (``4`` TIẾP THỊ: 4.1, 4.2 …)."""

    code: str
    label_vi: str
    label_en: str
    points: int
    criteria: tuple[CriterionDoc, ...]
    requirements: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


SectionDoc = GroupSectionDoc | CriterionDoc
"""A section: with criteria (a :class:`GroupSectionDoc`, told by its ``criteria`` key) or
printed with options directly (a :class:`CriterionDoc`)."""


@frozen(kw_only=True)
class PartDoc:
    """A part of a sheet; its names as the sheet prints them, else the rule set's."""

    code: str
    points: int
    sections: tuple[SectionDoc, ...]
    label_vi: str | None = None
    label_en: str | None = None


@frozen(kw_only=True)
class FaultDoc:
    """A dossier fault (*Hồ sơ bị loại khi*); ``criterion`` when printed beside one."""

    label_vi: str
    id: str | None = None
    criterion: str | None = None
    label_en: str | None = None


@frozen(kw_only=True)
class FaultAliasDoc:
    """A fault id of earlier data that still reads, mapped to the fault that succeeds it."""

    id: str
    successor: str
    reason: str = ""


@frozen(kw_only=True)
class DisqualificationDoc:
    """The printed list of dossier faults."""

    printed: str | None = None
    faults: tuple[FaultDoc, ...] = ()
    aliases: tuple[FaultAliasDoc, ...] = ()
    note: str | None = None


@frozen(kw_only=True)
class FoodSafetyGateDoc:
    """The sensory gate of food sheets."""

    criterion: str
    section: str
    printed: str = ""


@frozen(kw_only=True)
class CorrectionDoc:
    """A printing error fixed in the data, with the reason."""

    where: str
    printed: str
    corrected: str | int
    reason: str
    option: str | None = None
    proof: str | None = None


@frozen(kw_only=True)
class DoubtDoc:
    """An oddity of print kept as printed."""

    where: str
    note: str


@frozen(kw_only=True)
class CaseDoc:
    """One case of a sheet with cases (set 26), as the sheet as a whole names it."""

    number: int
    label_vi: str
    label_en: str | None = None
    note: str | None = None


@frozen(kw_only=True)
class StopRuleDoc:
    """A printed rule that stops the evaluation (stored, not applied)."""

    printed: str
    where: str
    criteria: tuple[str, ...]
    trigger: str
    note: str = ""
    label_en: str | None = None


@frozen(kw_only=True)
class SheetDoc:
    """``ocop-sheet/1``: the criteria sheet of one product set."""

    format: Literal["ocop-sheet/1"]
    rule_set: str
    product_set: int
    printed_title: str
    parts: tuple[PartDoc, ...]
    title_en: str | None = None
    source: str = ""
    disqualification: DisqualificationDoc | None = None
    food_safety_gate: FoodSafetyGateDoc | None = None
    star_mark_note: str | None = None
    total: int | None = None
    corrections: tuple[CorrectionDoc, ...] = ()
    doubts: tuple[DoubtDoc, ...] = ()
    cases: tuple[CaseDoc, ...] = ()
    stop_rules: tuple[StopRuleDoc, ...] = ()


# -- ocop-classification ---------------------------------------------------------------------


@frozen(kw_only=True)
class MinistryDoc:
    vi: str
    en: str


@frozen(kw_only=True)
class ProductSetDoc:
    number: int
    label_vi: str
    label_en: str
    subgroup_vi: str | None = None
    subgroup_en: str | None = None
    lead_ministries: tuple[MinistryDoc, ...] = ()


@frozen(kw_only=True)
class GroupDoc:
    code: str
    label_vi: str
    label_en: str
    product_sets: tuple[ProductSetDoc, ...]


@frozen(kw_only=True)
class SectorDoc:
    code: str
    label_vi: str
    label_en: str
    groups: tuple[GroupDoc, ...]


@frozen(kw_only=True)
class ClassificationDoc:
    """``ocop-classification/1``: sectors → groups → product sets."""

    format: Literal["ocop-classification/1"]
    sectors: tuple[SectorDoc, ...]
    rule_set: str | None = None
    source: str = ""
    note: str | None = None
    assumed: bool = False


# -- ocop-ruleset ----------------------------------------------------------------------------


@frozen(kw_only=True)
class PartSpecDoc:
    """A part of the rule set: its names and maximum."""

    code: str
    label_vi: str
    label_en: str
    points: int


@frozen(kw_only=True)
class BandsDoc:
    """The star bands: the lower bound of each class (``{"1": 0, "2": 30, …}``)."""

    lower_bounds: dict[str, int]
    maximum: int
    printed: str = ""
    interpretation: str | None = None
    half_open_as_printed: bool | None = None
    derived: bool = False


@frozen(kw_only=True)
class AuthorityDoc:
    """Who recognises each class (``{"3": "province", …}``) from ``from`` to ``to``."""

    start: dt.date = field(metadata={"key": "from"})
    end: dt.date | None = field(default=None, metadata={"key": "to"})
    stars: dict[str, Literal["district", "province", "central"]]
    central_body_vi: str | None = None
    central_body_en: str | None = None
    note: str = ""


@frozen(kw_only=True)
class AmendmentDoc:
    id: str
    signed: dt.date
    effective: dt.date
    summary_vi: str
    summary_en: str


@frozen(kw_only=True)
class TransitionDoc:
    printed: str
    previous_rules_days_first_or_upgrade: int
    previous_rules_days_reevaluation: int
    late_reevaluation_grace_days: int


@frozen(kw_only=True)
class ReevaluationDoc:
    """When a certificate's holder files for re-evaluation: days before expiry."""

    printed: str
    earliest_days: int
    latest_days: int
    decision_days: int | None = None


@frozen(kw_only=True)
class SheetsDoc:
    """Whether the criteria sheets are shipped, where, and how many."""

    available: bool
    count: int = 0
    folder: str = "sheets"
    missing: str | None = None
    missing_en: str | None = None


@frozen(kw_only=True)
class ClassificationSummaryDoc:
    """A partial classification: the sectors' names and the counts (1048)."""

    sectors_vi: tuple[str, ...]
    sectors_en: tuple[str, ...]
    groups: int
    product_sets: int
    note: str | None = None


@frozen(kw_only=True)
class InterpretationDoc:
    id: str
    text_vi: str
    text_en: str


@frozen(kw_only=True)
class PolicyDoc:
    """The rule set's reading of its star marks and who recognises the top class."""

    interpretation: InterpretationDoc
    mark_levels: tuple[int, ...]
    top_class_central: bool = False
    potential_top: bool = False
    other_interpretations: tuple[InterpretationDoc, ...] = ()
    source: str = ""


@frozen(kw_only=True)
class RuleSetDoc:
    """``ocop-ruleset/2``: one rule set (``ruleset.json``), without its sheets.

    Version 2 names every part in ``parts`` (a list); version 1 also allowed ``{"A": 40, …}``.
    """

    format: Literal["ocop-ruleset/2"]
    id: str
    title_vi: str
    title_en: str
    signed: dt.date
    effective: dt.date
    parts: tuple[PartSpecDoc, ...]
    bands: BandsDoc
    certificate_validity_months: int
    authorities: tuple[AuthorityDoc, ...]
    sheets: SheetsDoc
    aliases: tuple[str, ...] = ()
    replaced: dt.date | None = None
    replaced_by: str | None = None
    lapsed: dt.date | None = None
    dates_source: str = ""
    amendments: tuple[AmendmentDoc, ...] = ()
    recognised_from: int = 3
    transition: TransitionDoc | None = None
    reevaluation: ReevaluationDoc | None = None
    classification: str | None = None
    classification_note: str | None = None
    classification_summary: ClassificationSummaryDoc | None = None
    policy: PolicyDoc | None = None
    source: str = ""
    checked: dt.date | None = None


# -- ocop-rule-bundle ------------------------------------------------------------------------


@frozen(kw_only=True)
class BundleDoc:
    """``ocop-rule-bundle/1``: a rule set with its classification and sheets in one document."""

    format: Literal["ocop-rule-bundle/1"]
    ruleset: RuleSetDoc
    sheets: tuple[SheetDoc, ...]
    classification: ClassificationDoc | None = None


DOCUMENT_CLASSES: tuple[type[Any], ...] = tuple(
    cls for name, cls in sorted(globals().items()) if name.endswith("Doc") and attrs.has(cls)
)
"""Every document class of the rule data."""

DOCUMENTS: dict[str, type[Any]] = {
    "ocop-sheet": SheetDoc,
    "ocop-ruleset": RuleSetDoc,
    "ocop-classification": ClassificationDoc,
    "ocop-rule-bundle": BundleDoc,
}
"""The document class of each format name."""


def structure_document(data: Any, cls: type[T]) -> T:
    """``data`` (plain JSON values) as a document of class ``cls``: every unknown key, missing
    key and wrong type at once in a :class:`~ocop.errors.FormatError`, with its ``$.path``.
    The ``format`` is not read here (see :func:`ocop.rules.migrations.upgrade`)."""
    result: T = structure(data, cls)
    return result
