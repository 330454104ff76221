"""Geography: the 63 old provinces, the 34 current units, regions, and forgiving lookups.

See :mod:`ocop.geo.provinces` for the details. The region of a product is always taken from its
old province: no official regional assignment of the units formed on 1 July 2025 is known.
"""

from ocop.geo.addresses import Address
from ocop.geo.addresses import parse as parse_address
from ocop.geo.names import fold
from ocop.geo.places import District, Place, districts, place
from ocop.geo.provinces import (
    CURRENT_PROVINCES,
    MERGER,
    OLD_PROVINCES,
    Commune,
    OldProvince,
    Province,
    Region,
    commune,
    communes,
    current_province,
    current_provinces,
    old_province,
    old_provinces,
    province,
    regions,
)

__all__ = [
    "CURRENT_PROVINCES",
    "MERGER",
    "OLD_PROVINCES",
    "Address",
    "Commune",
    "District",
    "OldProvince",
    "Place",
    "Province",
    "Region",
    "commune",
    "communes",
    "current_province",
    "current_provinces",
    "districts",
    "fold",
    "old_province",
    "old_provinces",
    "parse_address",
    "place",
    "province",
    "regions",
]
