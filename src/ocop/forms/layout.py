"""What a blank evaluation form holds, computed from a criteria sheet.

A :class:`Form` is the printed sheet as an evaluator meets it: the product and producer fields,
the evaluator and the date, the case question of a sheet with cases (set 26), one
:class:`FormRow` per scorable criterion with its printed options (position, points, star mark),
the disqualification list and the food-safety gate. Every format (JSON, xlsx, Markdown, HTML)
is written from it, and every filled form is read back against it.

    >>> from ocop.forms import blank
    >>> form = blank(1)
    >>> form.rule_set, form.product_set, len(form.rows)
    ('26/2026/QĐ-TTg', 1, 32)
    >>> row = form.row("4.1")
    >>> [(o.position, o.points, o.stars) for o in row.options]
    [(1, 1, ''), (2, 2, '***'), (3, 3, '****'), (4, 5, '*****')]
    >>> [f.id for f in form.faults], form.gate is not None
    (['1', '2', '3', '4'], True)
"""

from __future__ import annotations

from attrs import field, frozen

from ocop import rules as registry
from ocop.errors import UsageError
from ocop.i18n import _, check_locale
from ocop.model import Case, Fault, FoodSafetyGate, RuleSet, Sheet

FORMAT = "ocop-form/1"
"""The format of a JSON form (blank or filled)."""


@frozen
class FormOption:
    """One printed box of a criterion: its position in print order, points and star mark."""

    #: The box's place among all the criterion's printed boxes, from 1.
    position: int
    #: The points the box scores when ticked.
    points: int
    #: The box's label as printed, in Vietnamese.
    label_vi: str
    #: The label in English (the Vietnamese one when no translation is given).
    label_en: str
    #: The star class the box is the minimum for (3, 4, 5); ``None``: unmarked.
    mark: int | None = None
    #: The case (``1`` or ``2``) the box belongs to; ``None`` without cases.
    case: int | None = None
    #: False for the "yes" box of a criterion printed without options.
    printed: bool = True

    @property
    def stars(self) -> str:
        """The star mark as printed (``***``), or an empty string."""
        return "*" * self.mark if self.mark else ""

    def label(self, locale: str = "vi") -> str:
        return self.label_vi if check_locale(locale) == "vi" else self.label_en


@frozen
class FormRow:
    """One scorable criterion of the form, with the codes of its part and section."""

    #: The criterion's code (``"4.1"``).
    code: str
    #: The criterion's name as printed, in Vietnamese.
    label_vi: str
    #: The criterion's name in English.
    label_en: str
    #: The criterion's maximum points.
    maximum: int
    #: The letter of its part (``"B"``).
    part: str
    #: The code of its section (``"4"``).
    section: str
    #: The boxes printed for the criterion, in print order.
    options: tuple[FormOption, ...]
    condition: str | None = None
    """The printed condition of a criterion scored only sometimes (5.2: a product story)."""
    #: The section's heading in Vietnamese; empty when not given.
    section_vi: str = ""
    #: The section's heading in English; empty when not given.
    section_en: str = ""

    def heading(self, locale: str = "vi") -> str:
        """The heading of the row's section: ``Phần B · 4. TIẾP THỊ``."""
        part = "Phần" if check_locale(locale) == "vi" else "Part"
        name = self.section_vi if check_locale(locale) == "vi" else self.section_en
        return f"{part} {self.part} · {self.section}. {name}".rstrip(". ")

    def label(self, locale: str = "vi") -> str:
        return self.label_vi if check_locale(locale) == "vi" else self.label_en

    def option(self, position: int) -> FormOption | None:
        """The option printed at ``position`` (its place among all the criterion's boxes),
        or ``None``."""
        return next((o for o in self.options if o.position == position), None)


@frozen
class Form:
    """A blank evaluation form of one product set (see the module's description)."""

    #: The id of the rule set (``"26/2026/QĐ-TTg"``).
    rule_set: str
    #: The number of the product set (*bộ sản phẩm*) the form scores.
    product_set: int
    #: The sheet's title in Vietnamese.
    title_vi: str
    #: The sheet's title in English (the Vietnamese one when no translation is given).
    title_en: str
    #: One row per scorable criterion, in printed order.
    rows: tuple[FormRow, ...]
    #: The cases the evaluator chooses between (set 26); empty without cases.
    cases: tuple[Case, ...] = ()
    #: The dossier faults that disqualify (*Hồ sơ bị loại khi*); empty when none.
    faults: tuple[Fault, ...] = ()
    #: The food-safety gate of food sheets; ``None`` on other sheets.
    gate: FoodSafetyGate | None = None
    printed_case: int | None = None
    """The case whose options alone are printed (set 26), or ``None`` for every option."""
    #: The criteria sheet the form was made from; ``None`` for a form built without one.
    sheet: Sheet | None = field(default=None, eq=False, repr=False)

    def title(self, locale: str = "vi") -> str:
        return self.title_vi if check_locale(locale) == "vi" else self.title_en

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.rows)

    def row(self, code: str) -> FormRow:
        """The row of criterion ``code``."""
        for r in self.rows:
            if r.code == code:
                return r
        raise UsageError(_("không có tiêu chí {code} trên phiếu", code=code))


def blank(
    product_set: int, rule_set: str | RuleSet = "26/2026", *, case: int | None = None
) -> Form:
    """The blank form of ``product_set`` under ``rule_set`` (an id or a
    :class:`~ocop.model.RuleSet`). With ``case`` (set 26), only that case's options are
    printed; by default both cases are, each marked with its case."""
    rs = registry.get(rule_set) if isinstance(rule_set, str) else rule_set
    sheet = rs.sheet(product_set)
    rows = []
    for part in sheet.parts:
        for section in part.sections:
            for crit in section.criteria:
                for leaf in crit.leaves():
                    options = tuple(
                        FormOption(
                            position=k,
                            points=o.points,
                            label_vi=o.label_vi,
                            label_en=o.label_en or o.label_vi,
                            mark=int(o.mark) if o.mark is not None else None,
                            case=o.case,
                            printed=o.printed,
                        )
                        for k, o in enumerate(leaf.options, 1)
                        if case is None or not leaf.cases or o.case == case
                    )
                    rows.append(
                        FormRow(
                            code=leaf.code,
                            label_vi=leaf.label_vi,
                            label_en=leaf.label_en,
                            maximum=leaf.maximum,
                            part=part.code,
                            section=section.code,
                            options=options,
                            condition=leaf.condition.printed if leaf.condition else None,
                            section_vi=section.label_vi,
                            section_en=section.label_en,
                        )
                    )
    return Form(
        rule_set=rs.id,
        product_set=product_set,
        title_vi=sheet.title_vi,
        title_en=sheet.title_en or sheet.title_vi,
        rows=tuple(rows),
        cases=sheet.cases,
        faults=sheet.faults,
        gate=sheet.food_safety_gate,
        printed_case=case if sheet.cases else None,
        sheet=sheet,
    )
