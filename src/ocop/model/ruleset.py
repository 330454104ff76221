"""A rule set: one decision (with its amendments) and everything it fixes.

A rule set knows its dates, the maxima of parts A/B/C, the star bands, how long certificates are
valid, who recognises each star class in each period, the classification tree and — where the
criteria were published and are shipped here — the 26 criteria sheets::

    >>> import datetime as dt
    >>> from fractions import Fraction
    >>> import ocop
    >>> rs = ocop.rules.get("148/QĐ-TTg")
    >>> rs.effective, rs.replaced, [p.maximum for p in rs.parts]
    (datetime.date(2023, 2, 24), datetime.date(2026, 5, 22), [40, 25, 35])
    >>> rs.authority(3, dt.date(2024, 3, 1)).value, rs.authority(3, dt.date(2025, 8, 1)).value
    ('district', 'province')
    >>> rs.band(Fraction(179, 2))
    <StarClass.FOUR: 4>
"""

from __future__ import annotations

import datetime as dt
import enum
import threading
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

from attrs import Factory, field, frozen

from ocop.errors import (
    NoAuthorityError,
    OutOfRangeError,
    SheetNotAvailableError,
    UnknownProductSetError,
)
from ocop.i18n import Pair, _
from ocop.model.classification import Classification
from ocop.model.policy import Policy, generic_policy
from ocop.model.sheet import Sheet
from ocop.model.stars import StarBand, StarClass

__all__ = [
    "Amendment",
    "Authority",
    "AuthorityPeriod",
    "PartSpec",
    "Reevaluation",
    "RuleSet",
    "SheetStore",
    "Transition",
]


class Authority(enum.Enum):
    """Who recognises (and revokes) a star class: a district, a province or the central level.

    >>> import ocop
    >>> import datetime as dt
    >>> rs = ocop.rules.get("26/2026")
    >>> rs.authority(4, dt.date(2026, 6, 1)), rs.authority(5, dt.date(2026, 6, 1))
    (<Authority.PROVINCE: 'province'>, <Authority.CENTRAL: 'central'>)
    >>> ocop.Authority.CENTRAL.label("en")
    'central level (lead ministry)'
    """

    DISTRICT = "district"
    PROVINCE = "province"
    CENTRAL = "central"

    def label(self, locale: str = "vi") -> str:
        labels = {
            "district": _("UBND cấp huyện"),
            "province": _("UBND cấp tỉnh"),
            "central": _("Trung ương (Bộ chủ trì)"),
        }
        return labels[self.value].text(locale)


@frozen
class AuthorityPeriod:
    """Who recognised each star class from ``start`` to ``end`` (inclusive; ``None``: open)."""

    #: The first day of the period.
    start: dt.date
    #: The last day of the period (inclusive); ``None``: still open.
    end: dt.date | None
    #: Each star class recognised in the period, with who recognises it.
    stars: tuple[tuple[StarClass, Authority], ...]
    #: The ministry that recognises at the central level, in Vietnamese; ``None``: not named.
    central_body_vi: str | None = None
    #: The ministry in English; ``None`` when not named.
    central_body_en: str | None = None
    #: The article that sets the period and remarks on it; empty when none.
    note: str = ""

    def covers(self, on: dt.date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)


@frozen
class Amendment:
    """A decision that amends a rule set (781/QĐ-TTg amends 1048; 1489/QĐ-TTg amends 148)."""

    #: The amending decision's number (``"1489/QĐ-TTg"``).
    id: str
    #: The day the amending decision was signed.
    signed: dt.date
    #: The day it took effect.
    effective: dt.date
    #: What it changes, in Vietnamese.
    summary_vi: str
    #: What it changes, in English.
    summary_en: str


@frozen
class PartSpec:
    """Part A, B or C of a rule set: its names and maximum."""

    #: The part's letter: ``"A"``, ``"B"`` or ``"C"``.
    code: str
    #: The part's name in Vietnamese.
    label_vi: str
    #: The part's name in English.
    label_en: str
    #: The part's maximum points (A 40, B 25, C 35 in OCOP).
    maximum: int


@frozen
class Transition:
    """The transition of 26/2026 Điều 12 from the rules it replaces."""

    #: The article that sets the transition (``"Điều 12"``).
    printed: str
    #: Days from the day the new rules take effect within which a first or upgrade (*nâng hạng*)
    #: evaluation of a dossier filed before it stays under the old rules (Điều 12.2: 60).
    first_or_upgrade_days: int
    #: The same number of days for a re-evaluation (*phân hạng lại*) (Điều 12.2: 30).
    reevaluation_days: int
    #: Days after expiry a certificate whose window had closed when the new rules took effect
    #: may stay valid, once its re-evaluation is filed (Điều 12.3: 180).
    late_reevaluation_grace_days: int


@frozen
class Reevaluation:
    """When a holder files for re-evaluation (*phân hạng lại*) of a certificate, and how long a
    decision takes (26/2026 Điều 7.6.a): from ``earliest_days`` to ``latest_days`` days before
    expiry (the **window**), decided within ``decision_days`` of a complete dossier."""

    #: The article that sets the window, as printed (``"Điều 7.6.a: …"``).
    printed: str
    #: Days before expiry the window opens: filing no earlier (180).
    earliest_days: int
    #: Days before expiry the window closes: filing no later (120).
    latest_days: int
    #: Days to decide once the dossier is complete (45); ``None``: not set.
    decision_days: int | None = None


class SheetStore:
    """Loads a rule set's sheets on first use, once, safely from several threads."""

    __slots__ = ("_cache", "_known", "_load", "_lock", "numbers")

    def __init__(self, numbers: tuple[int, ...], load: Callable[[int], Sheet]) -> None:
        self.numbers = numbers
        self._known = frozenset(numbers)
        self._load = load
        self._cache: dict[int, Sheet] = {}
        self._lock = threading.Lock()

    @classmethod
    def of(cls, *sheets: Sheet) -> SheetStore:
        """The sheets of a rule set built in Python, numbered by their ``product_set``."""
        by_number = {s.product_set: s for s in sheets}
        return cls(tuple(sorted(by_number)), by_number.__getitem__)

    def get(self, rule_set_id: str, number: int) -> Sheet:
        """The sheet of product set ``number``, read on first use; an
        :class:`~ocop.errors.UnknownProductSetError` for a number the rule set does not have."""
        sheet = self._cache.get(number) if number.__class__ is int else None
        if sheet is not None:
            return sheet
        if number.__class__ is not int or number not in self._known:
            raise UnknownProductSetError(rule_set_id, number, len(self.numbers))
        with self._lock:
            sheet = self._cache.get(number)
            if sheet is None:
                sheet = self._load(number)
                self._cache[number] = sheet
        return sheet


@frozen
class RuleSet:
    """One OCOP rule set (a decision of the Prime Minister, with its amendments).

    ``replaced`` is the day another rule set took over new evaluations; ``lapsed``, when the law
    gives one, is the last day the rule set still had effect (148/QĐ-TTg still governed some
    dossiers for 60 days after 26/2026 took effect). ``dates_source`` says where the dates come
    from; ``bands_derived`` is true when the bands were not transcribed from the printed text.

    >>> import ocop
    >>> import datetime as dt
    >>> rs = ocop.rules.get("26/2026")
    >>> rs.id, rs.effective
    ('26/2026/QĐ-TTg', datetime.date(2026, 5, 22))
    >>> [(p.code, p.maximum) for p in rs.parts]
    [('A', 40), ('B', 25), ('C', 35)]
    >>> ocop.rules.in_force(dt.date(2025, 1, 1)).id
    '148/QĐ-TTg'
    """

    #: The decision's number, the rule set's id (``"26/2026/QĐ-TTg"``).
    id: str
    #: The decision's title in Vietnamese.
    title_vi: str
    #: The decision's title in English.
    title_en: str
    #: The day the decision was signed.
    signed: dt.date
    #: The day it took effect: the first day it governs evaluations.
    effective: dt.date
    #: The day another rule set took over new evaluations; ``None``: still current.
    replaced: dt.date | None
    #: The id of the rule set that replaced it; ``None``: still current.
    replaced_by: str | None
    #: Parts A, B and C with their names and maxima, in order.
    parts: tuple[PartSpec, ...]
    #: The star bands (*hạng sao*), lowest class first.
    bands: tuple[StarBand, ...]
    #: How long a certificate is valid, in months (36).
    certificate_validity_months: int
    #: Who recognises each class (*cấp công nhận*), period by period, in date order.
    authorities: tuple[AuthorityPeriod, ...]
    #: The lowest class that is recognised and certified (3★ in OCOP).
    recognised_from: StarClass = StarClass.THREE
    #: Other names :func:`ocop.rules.get` accepts (``"26/2026"``); may be empty.
    aliases: tuple[str, ...] = ()
    #: The decisions that amend the rule set, in date order; empty when none.
    amendments: tuple[Amendment, ...] = ()
    #: The article that sets the bands, as printed; empty when not transcribed.
    bands_printed: str = ""
    #: How the bands were read or derived; ``None`` when as printed.
    bands_interpretation: str | None = None
    #: The transition from the rules it replaces; ``None`` when the law sets none.
    transition: Transition | None = None
    #: The re-evaluation window; ``None`` when the rule set sets none.
    reevaluation: Reevaluation | None = None
    #: The classification tree; ``None`` when none is shipped.
    classification: Classification | None = None
    #: The annex that would hold the sheets, in Vietnamese, when they are
    #: not shipped; ``None`` otherwise.
    sheets_missing_vi: str | None = None
    #: The same annex named in English; ``None`` when not given.
    sheets_missing_en: str | None = None
    #: The decisions and articles the data is taken from.
    source: str = ""
    #: The day the data was last checked against the source; ``None``: not recorded.
    checked: dt.date | None = None
    #: True for the rule sets shipped with the library; false for one of :mod:`ocop.rules.custom`.
    official: bool = True
    policy: Policy = field(
        default=Factory(lambda self: generic_policy(len(self.bands)), takes_self=True)
    )
    """How marks and totals give a class, and who recognises the top class
    (:mod:`ocop.model.policy`); a rule set built without one gets the generic policy."""
    #: The last day the rule set still had effect; ``None`` when the law gives none.
    lapsed: dt.date | None = None
    #: Where the dates come from and how they were counted; empty when not said.
    dates_source: str = ""
    #: True when the bands were derived, not transcribed from the printed text.
    bands_derived: bool = False
    store: SheetStore | None = field(default=None, eq=False, repr=False)
    """Where the sheets come from: read on first use (the sheets are the law's data)."""

    @property
    def sheets_available(self) -> bool:
        """True when this library can score sheets of this rule set."""
        return self.store is not None

    @property
    def maximum(self) -> int:
        return sum(p.maximum for p in self.parts)

    def in_force_on(self, on: dt.date) -> bool:
        """True when ``on`` falls between the effective date and the replacement (exclusive)."""
        return self.effective <= on and (self.replaced is None or on < self.replaced)

    def sheet(self, product_set: int) -> Sheet:
        """The criteria sheet of ``product_set`` (1 … 26), loaded on first use.

        Raises :class:`~ocop.errors.SheetNotAvailableError` for a rule set whose sheets are not
        shipped, and :class:`~ocop.errors.UnknownProductSetError` for a number out of range.
        """
        if self.store is None:
            raise SheetNotAvailableError(
                self.id,
                Pair(
                    self.sheets_missing_vi or "phụ lục bộ tiêu chí",
                    self.sheets_missing_en or "the criteria annex",
                ),
            )
        return self.store.get(self.id, product_set)

    def sheets(self) -> tuple[Sheet, ...]:
        """Every sheet of the rule set, in product-set order."""
        if self.store is None:
            self.sheet(1)  # raises SheetNotAvailableError
        assert self.store is not None
        return tuple(self.store.get(self.id, n) for n in self.store.numbers)

    def band(self, total: int | Fraction | Decimal) -> StarClass:
        """The star class whose band holds ``total`` (marks are not considered here)."""
        for b in self.bands:
            if total in b:
                return b.star
        raise OutOfRangeError(total, self.maximum)

    def authority(self, star: int, on: dt.date) -> Authority:
        """Who recognises ``star`` on date ``on`` under this rule set."""
        for period in self.authorities:
            if period.covers(on):
                for s, auth in period.stars:
                    if s == star:
                        return auth
                raise NoAuthorityError(
                    _(
                        "{star}★ không được công nhận; công nhận bắt đầu từ {first}★",
                        star=int(star),
                        first=int(self.recognised_from),
                    )
                )
        raise NoAuthorityError(
            _("{id} không quy định cấp công nhận vào ngày {on}", id=self.id, on=on)
        )
