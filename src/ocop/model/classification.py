"""The classification tree: sectors (*sản phẩm*) → groups (*nhóm*) → product sets (*bộ sản phẩm*).

Under 26/2026 (Phụ lục I) and 148 there are 6 sectors, 17 groups and 26 product sets; each
product set has one criteria sheet::

    >>> import ocop
    >>> tree = ocop.rules.get("26/2026").classification
    >>> len(tree.sectors), len(tree.groups()), len(tree.product_sets())
    (6, 17, 26)
    >>> ps = tree.product_set(13)
    >>> ps.label_vi, ps.sector, ps.group
    ('Sản phẩm cà phê, ca cao', 'I', 'I.6')
"""

from __future__ import annotations

from attrs import field, frozen

from ocop.errors import NotFoundError, shown
from ocop.i18n import _


@frozen
class Ministry:
    """A lead ministry (*cơ quan chủ trì quản lý*) of a product set."""

    #: The ministry's name in Vietnamese (``"Bộ Nông nghiệp và Môi trường"``).
    label_vi: str
    #: The ministry's name in English.
    label_en: str


@frozen
class ProductSet:
    """One of the product sets, numbered in the order of the criteria sheets (1 … 26).

    >>> import ocop
    >>> ps = ocop.rules.get("26/2026").classification.product_set(22)
    >>> ps.number, ps.label_en, ps.group
    (22, 'Textiles and garments', 'IV.2')
    """

    #: The product set's number, in the order of the criteria sheets (1 … 26).
    number: int
    #: The product set's name in Vietnamese.
    label_vi: str
    #: The product set's name in English.
    label_en: str
    #: The code of its sector (``"I"``).
    sector: str
    #: The code of its group (``"I.6"``).
    group: str
    #: The subgroup it belongs to, in Vietnamese; ``None`` when none.
    subgroup_vi: str | None = None
    #: The subgroup in English; ``None`` when none.
    subgroup_en: str | None = None
    #: The lead ministries (*cơ quan chủ trì quản lý*); empty when not given.
    lead_ministries: tuple[Ministry, ...] = ()


@frozen
class Group:
    """A group (*nhóm*) of a sector, coded ``"I.3"``.

    >>> import ocop
    >>> group = ocop.rules.get("26/2026").classification.groups()[0]
    >>> group.code, group.label_en
    ('I.1', 'Fresh food')
    """

    #: The group's code: its sector's numeral and its number (``"I.3"``).
    code: str
    #: The group's name in Vietnamese.
    label_vi: str
    #: The group's name in English.
    label_en: str
    #: The group's product sets, in number order.
    product_sets: tuple[ProductSet, ...]


@frozen
class Sector:
    """A sector, coded by its Roman numeral (``"I"`` food … ``"VI"`` tourism).

    >>> import ocop
    >>> sector = ocop.rules.get("26/2026").classification.sectors[0]
    >>> sector.code, sector.label_en
    ('I', 'Food')
    """

    #: The sector's Roman numeral (``"I"`` … ``"VI"``).
    code: str
    #: The sector's name in Vietnamese (``"Thực phẩm"``).
    label_vi: str
    #: The sector's name in English.
    label_en: str
    #: The sector's groups; empty when only the sector is known (1048).
    groups: tuple[Group, ...]


@frozen
class Classification:
    """A rule set's classification tree.

    ``complete`` is false when only part of the tree is known (1048: its sectors only); the
    declared counts of groups and product sets are kept in ``group_count`` and ``set_count``.

    >>> import ocop
    >>> tree = ocop.rules.get("26/2026").classification
    >>> tree.set_count, tree.group_count
    (26, 17)
    >>> [s.code for s in tree.sectors]
    ['I', 'II', 'III', 'IV', 'V', 'VI']
    """

    #: The sectors, in order.
    sectors: tuple[Sector, ...]
    #: False when only part of the tree is known (1048: its sectors only).
    complete: bool = True
    #: The number of groups declared; ``None`` when not known.
    group_count: int | None = None
    #: The number of product sets declared; ``None`` when not known.
    set_count: int | None = None
    #: Where the tree is published (``"… Phụ lục I"``); empty when not said.
    source: str = ""
    #: A remark on how the tree was obtained; ``None`` when none.
    note: str | None = None
    #: True when the tree is assumed from another rule set's (148 takes 26/2026's).
    assumed: bool = False
    _by_number: dict[int, ProductSet] = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_number", {p.number: p for p in self.product_sets()})

    def groups(self) -> tuple[Group, ...]:
        return tuple(g for s in self.sectors for g in s.groups)

    def product_sets(self) -> tuple[ProductSet, ...]:
        return tuple(p for g in self.groups() for p in g.product_sets)

    def product_set(self, number: int) -> ProductSet:
        """Product set ``number``; ``KeyError`` when there is none."""
        try:
            return self._by_number[number]
        except KeyError:
            raise NotFoundError(_("không có bộ sản phẩm {number}", number=shown(number))) from None

    def sector(self, code: str) -> Sector:
        for s in self.sectors:
            if s.code == code:
                return s
        raise NotFoundError(_("không có ngành {code}", code=shown(code)))
