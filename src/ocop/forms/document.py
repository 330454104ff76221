"""The ``ocop-form/1`` JSON form, described as document classes (its JSON Schema is generated
from them, ``ocop/schemas/form.schema.json``; a test checks that every blank form fits it).

A form carries the sheet in both languages beside the fields an evaluator fills in: the
product and evaluator, ``answer`` on each criterion (the position of the box ticked, 0 for
nothing ticked), ``found`` on each fault and ``impurities`` on the food-safety gate.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from attrs import frozen

__all__ = [
    "CaseDoc",
    "CriterionDoc",
    "FaultDoc",
    "FormDoc",
    "GateDoc",
    "OptionDoc",
    "TextDoc",
]


@frozen(kw_only=True)
class TextDoc:
    """A text in Vietnamese and English."""

    vi: str
    en: str


@frozen(kw_only=True)
class CaseDoc:
    """A case of a sheet with cases (set 26)."""

    number: int
    vi: str
    en: str


@frozen(kw_only=True)
class OptionDoc:
    """A box of a criterion: its position, points, the star class it marks and its case."""

    position: int
    points: int
    vi: str
    en: str | None
    stars: str | None = None
    case: int | None = None


@frozen(kw_only=True)
class CriterionDoc:
    """A criterion of the form; ``answer`` is filled in (a position, 0 for nothing ticked)."""

    code: str
    vi: str
    en: str
    options: tuple[OptionDoc, ...]
    answer: int | str | None
    condition: str | None = None


@frozen(kw_only=True)
class FaultDoc:
    """A dossier fault of the sheet; ``found`` is set when the dossier has it."""

    id: str
    vi: str
    en: str
    found: bool


@frozen(kw_only=True)
class GateDoc:
    """The food-safety gate; ``impurities`` is set when the sample has them."""

    criterion: str
    vi: str
    impurities: bool


@frozen(kw_only=True)
class FormDoc:
    """``ocop-form/1``: an evaluation form of one product set, blank or filled."""

    format: Literal["ocop-form/1"]
    instructions: TextDoc
    rule_set: str
    product_set: int
    title: TextDoc
    criteria: tuple[CriterionDoc, ...]
    faults: tuple[FaultDoc, ...]
    product: str | None = None
    product_code: str | None = None
    producer: str | None = None
    evaluator: str | None = None
    on: dt.date | str | None = None
    case: int | None = None
    printed_case: int | None = None
    cases: tuple[CaseDoc, ...] = ()
    food_safety_gate: GateDoc | None = None
