"""One row of a product register: a recognised OCOP product and its recognition."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from attrs import field, frozen

from ocop import rules
from ocop.certificates import Certificate, authority
from ocop.errors import UsageError
from ocop.geo.provinces import OldProvince, Province, Region
from ocop.i18n import _
from ocop.model import Authority, StarClass
from ocop.product_codes import ProductCode
from ocop.records import ProducerType


class Rank(enum.Enum):
    """The class a register records: 3★, 4★, 5★, or *tiềm năng 5 sao* (potential 5★: scored 90+
    by a provincial council, awaiting the central council). Published statistics count
    potential 5★ apart from 5★, so the register keeps them apart too.

    >>> import ocop
    >>> ocop.Rank.POTENTIAL_FIVE.label("en")
    'potential 5 stars'
    >>> [r.label("vi") for r in ocop.Rank]
    ['3 sao', '4 sao', 'tiềm năng 5 sao', '5 sao']
    """

    THREE = "3"
    FOUR = "4"
    POTENTIAL_FIVE = "potential-5"
    FIVE = "5"

    @property
    def star(self) -> StarClass:
        """The star class (5 for potential 5★)."""
        return StarClass(5 if self is Rank.POTENTIAL_FIVE else int(self.value))

    @property
    def order(self) -> int:
        return list(Rank).index(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Rank):
            return NotImplemented
        return self.order < other.order

    def label(self, locale: str = "vi") -> str:
        if self is Rank.POTENTIAL_FIVE:
            return _("tiềm năng 5 sao").text(locale)
        return self.star.label(locale)

    def symbol(self, locale: str = "vi") -> str:
        """The rank as printed in tables: ``"4★"``, ``"tiềm năng 5★"`` / ``"potential 5★"``."""
        if self is Rank.POTENTIAL_FIVE:
            return _("tiềm năng 5★").text(locale)
        return self.star.symbol


class _Referable:
    """A base holding the slot for weak references, so that :class:`Entry` and its draft
    share it and have the same layout (Python lets an object change class only then)."""

    __slots__ = ("__weakref__",)


@frozen
class Entry(_Referable):
    """A recognised product as a register lists it.

    ``province`` is the old province (63-table) when the row names one, ``unit`` the current
    provincial unit it belongs to after 1 July 2025. ``region`` is the region of the old
    province — or of the unit when all its old provinces lie in one region — and ``None`` when
    it cannot be known (a merged unit spanning two regions, named without its old province).

    >>> import ocop
    >>> entry = ocop.register.example().entries[0]
    >>> entry.name, entry.rank, entry.province_name, entry.year
    ('Sản phẩm mẫu 00265', <Rank.THREE: '3'>, 'Hòa Bình', 2019)
    """

    #: The product's name, as the register writes it.
    name: str
    #: The class recognised: 3★, 4★, potential 5★ (*tiềm năng 5 sao*) or 5★.
    rank: Rank
    #: The old province (of the 63) the row names; ``None`` when it names a current unit only.
    province: OldProvince | None
    #: The current provincial unit (of the 34, from 1 July 2025) the product belongs to.
    unit: Province
    #: The socio-economic region; ``None`` when it cannot be known (see above).
    region: Region | None
    #: The producer (*chủ thể*), as written; ``None`` when the register has none.
    producer: str | None = None
    #: The kind of producer (Điều 2.3: cooperative, enterprise, household …); ``None`` if not given.
    producer_type: ProducerType | None = None
    #: The product set (1–26 of 26/2026 Phụ lục II); ``None`` when not given.
    product_set: int | None = None
    #: The sector's numeral (``I`` … ``VI``); ``None`` when not given.
    sector: str | None = None
    #: The group's code (``I.3``); ``None`` when not given.
    group: str | None = None
    #: The commune, as written; ``None`` when not given.
    commune: str | None = None
    #: The number of the recognition decision, as written; ``None`` when not given.
    decision_number: str | None = None
    #: The day of the recognition decision; ``None`` when not given.
    decision_date: dt.date | None = None
    #: The year of recognition (from the decision date when the register has no year).
    year: int | None = None
    #: The rule set the product was classed under, when the register says; ``None`` otherwise.
    rule_set: str | None = None
    #: The OCOP product code (``T-X-STT-YYYY``); ``None`` when not given.
    code: ProductCode | None = None
    #: The day the recognition was revoked; ``None`` when it was not.
    revoked_on: dt.date | None = None
    #: The row of the file the entry was read from (1 is the first line); ``None`` if built in code.
    row: int | None = None
    #: The producer's address, as written; ``None`` when not given.
    address: str | None = None
    district: str | None = None
    """The district the province was read from (a district name, or an address), if any."""
    # Derived once, so that counting millions of entries reads plain attributes.
    province_name: str = field(init=False)
    """The old province's name, or the current unit's when the old one is not known."""
    #: The current unit's name (``unit.name``), kept as a plain string for counting.
    unit_name: str = field(init=False)
    north: bool | None = field(init=False)
    """Whether the product is in "the North" (25 old provinces); ``None`` if unknown."""

    def __attrs_post_init__(self) -> None:
        name = self.province.name if self.province is not None else self.unit.name
        object.__setattr__(self, "province_name", name)
        object.__setattr__(self, "unit_name", self.unit.name)
        object.__setattr__(self, "north", None if self.region is None else self.region.north)

    @property
    def star(self) -> StarClass:
        return self.rank.star

    @property
    def producer_type_code(self) -> str | None:
        return None if self.producer_type is None else self.producer_type.code

    @property
    def authority(self) -> Authority | None:
        """Who recognised it, from the decision date and the rule set then in force (``None``
        without a date, or before the first national rule set of 21 Aug 2019)."""
        if self.decision_date is None or self.decision_date < rules.all()[0].effective:
            return None
        return authority(self.rank.star, self.decision_date)

    def certificate(self) -> Certificate:
        """The certificate of this recognition (needs a decision date).

        *Interpretation*: a recognition decided before the first national rule set (21 Aug
        2019) is given the validity of that first rule set, 1048/QĐ-TTg (36 months).
        """
        if self.decision_date is None:
            raise UsageError(
                _(
                    "sản phẩm {name} không có ngày quyết định",
                    name=repr(self.name),
                )
            )
        rule_set = self.rule_set
        if rule_set is None:
            first = rules.all()[0]
            rule_set = (
                rules.in_force(self.decision_date).id
                if self.decision_date >= first.effective
                else first.id
            )
        return Certificate(
            star=self.rank.star,
            decision_date=self.decision_date,
            rule_set=rule_set,
            decision_number=self.decision_number,
            revoked_on=self.revoked_on,
        )

    def valid_on(self, on: dt.date) -> bool:
        """True when the certificate is valid on ``on`` (False without a decision date)."""
        if self.decision_date is None:
            return False
        return self.certificate().status(on).valid


class _Draft(_Referable):
    """An :class:`Entry` being filled in: the same slots (so an object can change from one
    class to the other), none of the attrs methods, no guard against assignment."""

    __slots__ = Entry.__slots__


_new = object.__new__


def checked_entry(
    name: str,
    rank: Rank,
    province: OldProvince | None,
    unit: Province,
    region: Region | None,
    producer: str | None,
    producer_type: ProducerType | None,
    product_set: int | None,
    sector: str | None,
    group: str | None,
    commune: str | None,
    decision_number: str | None,
    decision_date: dt.date | None,
    year: int | None,
    rule_set: str | None,
    code: ProductCode | None,
    revoked_on: dt.date | None,
    row: int | None,
    address: str | None,
    district: str | None,
) -> Entry:
    """The :class:`Entry` of values an import has already read and checked, made without the
    generic constructor: the import's hot path, one call per row.

    The entry is filled as a draft, an object of the same slots without the frozen guard,
    then made an :class:`Entry`: a plain store costs a fraction of a call to a field's
    descriptor (``Entry.name.__set__``), and the import makes one entry per row. Nothing here
    can fail, so no half-made draft is ever seen. The result equals ``Entry(name, rank, ...)``
    field by field, the derived fields included (a test checks it); code outside the import
    builds entries with ``Entry(...)``.
    """
    draft: Any = _new(_Draft)
    draft.name = name
    draft.rank = rank
    draft.province = province
    draft.unit = unit
    draft.region = region
    draft.producer = producer
    draft.producer_type = producer_type
    draft.product_set = product_set
    draft.sector = sector
    draft.group = group
    draft.commune = commune
    draft.decision_number = decision_number
    draft.decision_date = decision_date
    draft.year = year
    draft.rule_set = rule_set
    draft.code = code
    draft.revoked_on = revoked_on
    draft.row = row
    draft.address = address
    draft.district = district
    draft.province_name = unit.name if province is None else province.name
    draft.unit_name = unit.name
    draft.north = None if region is None else region.north
    draft.__class__ = Entry
    entry: Entry = draft
    return entry
