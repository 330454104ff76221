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

    label_vi: str
    points: int
    label_en: str | None = None
    mark: StarClass | None = None
    case: int | None = None
    printed: bool = True


@frozen
class Condition:
    """When a criterion may be scored at all.

    ``kind="above_lowest"``: only when ``criterion`` is answered above its lowest option — 5.2
    *Cấu trúc câu chuyện sản phẩm* is scored only when a product story exists (5.1 > 0).
    """

    kind: str
    criterion: str
    printed: str


@frozen
class Case:
    """One of the alternative option lists of a set-26 criterion (*Trường hợp 1/2*).

    On a criterion, ``label_vi`` is the case wording that criterion prints; on a sheet
    (:attr:`Sheet.cases`), it is a label covering every printed wording, and ``note`` records how
    it was chosen.
    """

    number: int
    label_vi: str
    label_en: str | None = None
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

    code: str
    label_vi: str
    label_en: str
    maximum: int
    options: tuple[Option, ...] = ()
    subcriteria: tuple[Criterion, ...] = ()
    requirements: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    condition: Condition | None = None
    cases: tuple[Case, ...] = ()
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

    code: str
    label_vi: str
    label_en: str
    maximum: int
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

    code: str
    label_vi: str
    label_en: str
    maximum: int
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

    id: str
    label_vi: str
    criterion: str | None = None
    label_en: str | None = None


@frozen
class FaultAlias:
    """A fault id that no longer names a fault of its own (merged or removed), and the id of
    the fault that succeeds it; saved evaluations that cite ``id`` still read."""

    id: str
    successor: str
    reason: str = ""


@frozen
class StopRule:
    """A printed rule that stops the evaluation ("… sẽ không đánh giá các bước tiếp theo").

    ``where`` is the level it is printed at (``"section 6"``), ``criteria`` the criteria it
    covers, ``trigger`` when it fires (``"zero_on_any"``: 0 points on any covered criterion;
    ``"printed_condition"``: a condition printed in words, not tied to an option). The scoring
    engine does not apply it: the sheets do not say what the remaining criteria then score.
    """

    printed: str
    where: str
    criteria: tuple[str, ...]
    trigger: str
    note: str = ""
    label_en: str | None = None


@frozen
class FoodSafetyGate:
    """The sensory gate of food sheets: a sample with impurities that threaten food safety is not
    assessed further, so the other criteria of ``section`` score 0."""

    criterion: str
    section: str
    printed: str


@frozen
class Correction:
    """A printing error of the source fixed in the data, with the reason."""

    where: str
    printed: str
    corrected: str
    reason: str
    option: str | None = None
    proof: str | None = None


@frozen
class Doubt:
    """An oddity of print that no sum can prove wrong: kept as printed, with a note."""

    where: str
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

    rule_set: str
    product_set: int
    title_vi: str
    parts: tuple[Part, ...]
    faults: tuple[Fault, ...] = ()
    disqualification_printed: str | None = None
    food_safety_gate: FoodSafetyGate | None = None
    cases: tuple[Case, ...] = ()
    corrections: tuple[Correction, ...] = ()
    doubts: tuple[Doubt, ...] = ()
    star_mark_note: str | None = None
    source: str = ""
    title_en: str | None = None
    stop_rules: tuple[StopRule, ...] = ()
    fault_aliases: tuple[FaultAlias, ...] = ()
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
