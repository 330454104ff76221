"""A criteria sheet (*phiếu đánh giá*): parts, sections, criteria and their options.

Each of the 26 product sets of 26/2026 has one sheet of 100 points in three parts (A 40, B 25,
C 35). A part holds numbered sections (``1`` … ``17``), a section holds criteria (``4.1``) and a
criterion may be split into sub-criteria (``6.1.2``). The evaluator ticks at most one option of
each criterion that carries points directly (a *scorable* criterion); an unticked one scores 0.

Some options carry a **star mark** (``***``, ``****``, ``*****``): the minimum that a product must
reach on that criterion to be classed 3★, 4★ or 5★.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> c = sheet.criterion("4.1")
    >>> [o.points for o in c.options], c.maximum
    ([1, 2, 3, 5], 5)
    >>> {int(star): o.points for star, o in c.marks().items()}
    {3: 2, 4: 3, 5: 5}
    >>> sheet.part("C").maximum, len(sheet.scorable)
    (35, 32)
"""

from __future__ import annotations

from collections.abc import Iterator

from attrs import field, frozen

from ocop.errors import NotFoundError, shown
from ocop.i18n import _
from ocop.model.stars import StarClass


@frozen
class Option:
    """One check box of a criterion: its printed label, its points and its star mark if any.

    ``case`` is set for the two-case criteria of set 26 (1: service run by the community,
    2: tourist site or service run by an organisation or a person). ``printed`` is false for the
    single "yes" option that the library supplies for a criterion printed without options
    (such as ``2.4`` bilingual label: yes scores the criterion's points, no scores 0).

    >>> import ocop
    >>> o = ocop.rules.get("26/2026").sheet(1).criterion("4.1").options[3]
    >>> o.label_en[:50], o.points, o.mark, o.printed
    ('International market (with contracts and evidence ', 5, <StarClass.FIVE: 5>, True)
    """

    #: The option's label as printed on the sheet, in Vietnamese.
    label_vi: str
    #: The points the option scores when ticked (*điểm*).
    points: int
    #: The label in English; ``None`` when no translation is given.
    label_en: str | None = None
    #: The star class the option is the minimum for (its *dấu sao*); ``None``: unmarked.
    mark: StarClass | None = None
    #: The case (``1`` or ``2``) the option belongs to; ``None`` on a criterion without cases.
    case: int | None = None
    #: False for the "yes" option supplied for a criterion printed without options.
    printed: bool = True


@frozen
class Condition:
    """When a criterion may be scored at all.

    ``kind="above_lowest"``: only when ``criterion`` is answered above its lowest option — 5.2
    *Cấu trúc câu chuyện sản phẩm* is scored only when a product story exists (5.1 > 0).
    """

    #: How the condition is tested: ``"above_lowest"``, the only kind so far.
    kind: str
    #: The code of the criterion the condition looks at (``"5.1"``).
    criterion: str
    #: The condition as printed on the sheet; empty when none is printed.
    printed: str


@frozen
class Case:
    """One of the alternative option lists of a set-26 criterion (*Trường hợp 1/2*).

    On a criterion, ``label_vi`` is the case wording that criterion prints; on a sheet
    (:attr:`Sheet.cases`), it is a label covering every printed wording, and ``note`` records how
    it was chosen.
    """

    #: The case's number, as printed (*Trường hợp 1*, *Trường hợp 2*).
    number: int
    #: The case's wording in Vietnamese (on a sheet, one label covering every wording).
    label_vi: str
    #: The wording in English; ``None`` when no translation is given.
    label_en: str | None = None
    #: How a sheet-wide label was chosen from the printed wordings; ``None`` on a criterion.
    note: str | None = None


@frozen
class Criterion:
    """A criterion, with its options (scorable) or its sub-criteria (a group).

    ``requirements`` are the printed *Yêu cầu* preconditions, ``notes`` the *Ghi chú* / *Chú ý*
    lines, ``descriptions`` the explanatory lines printed under the label, all verbatim.

    >>> import ocop
    >>> c = ocop.rules.get("26/2026").sheet(1).criterion("4.1")
    >>> c.code, c.label_vi, c.maximum
    ('4.1', 'Khu vực phân phối chính', 5)
    >>> [o.points for o in c.options]
    [1, 2, 3, 5]
    >>> {int(star): o.points for star, o in c.marks().items()}
    {3: 2, 4: 3, 5: 5}
    """

    #: The criterion's printed number (``"4.1"``, ``"6.1.2"``, or ``"8"`` for a section).
    code: str
    #: The criterion's name as printed, in Vietnamese.
    label_vi: str
    #: The criterion's name in English.
    label_en: str
    #: The criterion's maximum points, as printed (its best option, or its sub-criteria's sum).
    maximum: int
    #: The check boxes of a scorable criterion, in printed order; empty for a group.
    options: tuple[Option, ...] = ()
    #: The sub-criteria of a group criterion, in printed order; empty if scorable.
    subcriteria: tuple[Criterion, ...] = ()
    #: The printed *Yêu cầu* preconditions, verbatim; empty when none.
    requirements: tuple[str, ...] = ()
    #: The explanatory lines printed under the label, verbatim; empty when none.
    descriptions: tuple[str, ...] = ()
    #: The printed *Ghi chú* / *Chú ý* lines, verbatim; empty when none.
    notes: tuple[str, ...] = ()
    #: When the criterion may be scored at all; ``None``: always.
    condition: Condition | None = None
    #: The alternative cases of a set-26 criterion (*Trường hợp*); empty when none.
    cases: tuple[Case, ...] = ()
    #: True for a criterion printed without options: yes scores its maximum, no 0.
    yes_no: bool = False

    @property
    def scorable(self) -> bool:
        """True when the evaluator ticks an option here (no sub-criteria)."""
        return not self.subcriteria

    def options_for(self, case: int | None = None) -> tuple[Option, ...]:
        """The options valid in ``case`` (all of them when the criterion has no cases)."""
        if not self.cases or case is None:
            return self.options
        return tuple(o for o in self.options if o.case == case)

    def marks(self, case: int | None = None) -> dict[StarClass, Option]:
        """The marked option of each star level: "at least this option" for that level."""
        return {o.mark: o for o in self.options_for(case) if o.mark is not None}

    def leaves(self) -> Iterator[Criterion]:
        """This criterion if scorable, else its scorable sub-criteria in order."""
        if self.scorable:
            yield self
        else:
            for sub in self.subcriteria:
                yield from sub.leaves()


@frozen
class Section:
    """A numbered section (``1`` TỔ CHỨC SẢN XUẤT …). A section printed with options directly,
    such as ``8`` TÍNH ĐỘC ĐÁO, holds one criterion with the section's own code.

    >>> import ocop
    >>> section = ocop.rules.get("26/2026").sheet(1).section("4")
    >>> section.label_en, section.maximum
    ('Marketing', 13)
    >>> [c.code for c in section.criteria]
    ['4.1', '4.2', '4.3']
    """

    #: The section's printed number (``"1"`` … ``"17"``).
    code: str
    #: The section's heading as printed, in Vietnamese (``"TIẾP THỊ"``).
    label_vi: str
    #: The section's heading in English.
    label_en: str
    #: The most points the section can score.
    maximum: int
    #: The section's criteria, in printed order.
    criteria: tuple[Criterion, ...]


@frozen
class Part:
    """Part A, B or C of a sheet with its maximum and sections.

    >>> import ocop
    >>> part = ocop.rules.get("26/2026").sheet(1).part("B")
    >>> part.code, part.label_en, part.maximum
    ('B', 'Marketing capability', 25)
    >>> [s.code for s in part.sections]
    ['4', '5']
    """

    #: The part's letter: ``"A"``, ``"B"`` or ``"C"``.
    code: str
    #: The part's name in Vietnamese, as the sheet prints it, else the rule set's.
    label_vi: str
    #: The part's name in English.
    label_en: str
    #: The most points the part can score (A 40, B 25, C 35 in OCOP).
    maximum: int
    #: The part's sections, in printed order.
    sections: tuple[Section, ...]


@frozen
class Fault:
    """A dossier fault that stops evaluation whatever the score (*Hồ sơ bị loại khi*).

    ``criterion`` is set for disqualifications printed beside a criterion, whatever their
    wording ("Bị loại nếu …" under 1.1, "… sẽ bị loại bỏ" under 6.2). An ``id`` keeps its meaning
    for good; an id that no longer names a fault reads through :attr:`Sheet.fault_aliases`.

    >>> import ocop
    >>> fault = ocop.rules.get("26/2026").sheet(1).faults[0]
    >>> fault.id, fault.label_en
    ('1', 'Forged dossier')
    """

    #: The fault's stable id (its number in the printed list unless the data names it).
    id: str
    #: The fault as printed, in Vietnamese.
    label_vi: str
    #: The code of the criterion it is printed beside; ``None`` for the general list.
    criterion: str | None = None
    #: The fault in English; ``None`` when no translation is given.
    label_en: str | None = None


@frozen
class FaultAlias:
    """A fault id that no longer names a fault of its own (merged or removed), and the id of
    the fault that succeeds it; saved evaluations that cite ``id`` still read."""

    #: The fault id that no longer names a fault.
    id: str
    #: The id of the fault that now stands for it.
    successor: str
    #: Why the id was merged or removed; empty when not said.
    reason: str = ""


@frozen
class StopRule:
    """A printed rule that stops the evaluation ("… sẽ không đánh giá các bước tiếp theo").

    ``where`` is the level it is printed at (``"section 6"``), ``criteria`` the criteria it
    covers, ``trigger`` when it fires (``"zero_on_any"``: 0 points on any covered criterion;
    ``"printed_condition"``: a condition printed in words, not tied to an option). The scoring
    engine does not apply it: the sheets do not say what the remaining criteria then score.
    """

    #: The rule as printed, in Vietnamese.
    printed: str
    #: Where on the sheet the rule is printed (``"section 6"``).
    where: str
    #: The codes of the criteria the rule covers.
    criteria: tuple[str, ...]
    #: When the rule fires: ``"zero_on_any"`` or ``"printed_condition"``.
    trigger: str
    #: A remark on the rule; empty when none.
    note: str = ""
    #: The rule in English; ``None`` when no translation is given.
    label_en: str | None = None


@frozen
class FoodSafetyGate:
    """The sensory gate of food sheets: a sample with impurities that threaten food safety is not
    assessed further, so the other criteria of ``section`` score 0."""

    #: The code of the criterion that carries the gate (``"6.1"``, ``"6.1.1"``).
    criterion: str
    #: The code of the sensory section whose other criteria then score 0.
    section: str
    #: The gate as printed on the sheet; empty when not transcribed.
    printed: str


@frozen
class Correction:
    """A printing error of the source fixed in the data, with the reason."""

    #: Where the error is: a criterion or section code (``"1.2"``) or ``"part A"``.
    where: str
    #: What the source prints there (may be empty: a blank cell).
    printed: str
    #: The value the data uses instead, as text.
    corrected: str
    #: Why the corrected value is right, in English.
    reason: str
    #: The label of the option corrected; ``None`` when the error is not an option's.
    option: str | None = None
    #: The kind of proof: ``"sum"``, ``"option-order-and-other-sheets"``,
    #: ``"layout"`` or ``"reading"``; ``None`` when not stated.
    proof: str | None = None


@frozen
class Doubt:
    """An oddity of print that no sum can prove wrong: kept as printed, with a note."""

    #: Where the oddity is: a criterion code (``"3.1"``).
    where: str
    #: What is odd and why it is kept as printed, in English.
    note: str


@frozen
class Sheet:
    """The criteria sheet of one product set under one rule set.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> sheet.product_set, sheet.title_en
    (1, 'Fresh vegetables, tubers, fruit and nuts')
    >>> sheet.maximum, len(sheet.scorable)
    (100, 32)
    >>> sheet.criterion("4.1").label_en
    'Main distribution area'
    """

    #: The id of the rule set the sheet belongs to (``"26/2026/QĐ-TTg"``).
    rule_set: str
    #: The number of the product set (*bộ sản phẩm*) the sheet scores, 1 … 26.
    product_set: int
    #: The sheet's title as printed, in Vietnamese.
    title_vi: str
    #: Parts A, B and C, in order.
    parts: tuple[Part, ...]
    #: The dossier faults that disqualify (*Hồ sơ bị loại khi*); empty when none printed.
    faults: tuple[Fault, ...] = ()
    #: The printed paragraph of dossier faults; ``None`` when none.
    disqualification_printed: str | None = None
    #: The sensory gate of food sheets; ``None`` on other sheets.
    food_safety_gate: FoodSafetyGate | None = None
    #: The cases of the sheet as a whole (set 26); empty for a sheet without cases.
    cases: tuple[Case, ...] = ()
    #: The printing errors corrected in the data; empty when none.
    corrections: tuple[Correction, ...] = ()
    #: The oddities of print kept as printed; empty when none.
    doubts: tuple[Doubt, ...] = ()
    #: The printed footer that explains the star marks; ``None`` when not printed.
    star_mark_note: str | None = None
    #: Where the sheet is published (``"Quyết định 26/2026/QĐ-TTg, Phụ lục II, …"``).
    source: str = ""
    #: The title in English; ``None`` when no translation is given.
    title_en: str | None = None
    #: The printed rules that stop the evaluation (stored, not applied); may be empty.
    stop_rules: tuple[StopRule, ...] = ()
    #: Fault ids of earlier data and the faults that succeed them; may be empty.
    fault_aliases: tuple[FaultAlias, ...] = ()
    #: Every scorable criterion (one that holds options), in printed order; computed.
    scorable: tuple[Criterion, ...] = field(init=False, eq=False, repr=False)
    _index: dict[str, Criterion] = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        index: dict[str, Criterion] = {}
        scorable: list[Criterion] = []
        for part in self.parts:
            for section in part.sections:
                for crit in section.criteria:
                    index[crit.code] = crit
                    for sub in crit.subcriteria:
                        index[sub.code] = sub
                    scorable.extend(crit.leaves())
        object.__setattr__(self, "scorable", tuple(scorable))
        object.__setattr__(self, "_index", index)

    @property
    def maximum(self) -> int:
        """The sheet's total (100 for every official sheet)."""
        return sum(p.maximum for p in self.parts)

    def part(self, code: str) -> Part:
        """Part ``"A"``, ``"B"`` or ``"C"``."""
        for part in self.parts:
            if part.code == code:
                return part
        raise NotFoundError(_("phiếu không có mục {code}", code=shown(code)))

    def section(self, code: str) -> Section:
        """Section ``code`` (``"6"``)."""
        for part in self.parts:
            for section in part.sections:
                if section.code == code:
                    return section
        raise NotFoundError(_("phiếu không có mục {code}", code=shown(code)))

    def criterion(self, code: str) -> Criterion:
        """Criterion or sub-criterion ``code`` (``"4.1"``, ``"6.1.2"``, or ``"8"`` for a section
        printed with options directly)."""
        try:
            return self._index[code]
        except KeyError:
            raise NotFoundError(
                _(
                    "phiếu không có tiêu chí {code}",
                    code=shown(code),
                )
            ) from None

    def fault_id(self, fault_id: str) -> str:
        """The current id of ``fault_id``: its successor when it was merged or removed."""
        for alias in self.fault_aliases:
            if alias.id == fault_id:
                return alias.successor
        return fault_id

    def __contains__(self, code: object) -> bool:
        return code in self._index

    def star_marks(self) -> dict[StarClass, tuple[tuple[Criterion, Option], ...]]:
        """Every star mark of the sheet by level: the criterion and its minimum option."""
        out: dict[StarClass, list[tuple[Criterion, Option]]] = {}
        for crit in self.scorable:
            for opt in crit.options:
                if opt.mark is not None:
                    out.setdefault(opt.mark, []).append((crit, opt))
        return {star: tuple(out[star]) for star in sorted(out)}
