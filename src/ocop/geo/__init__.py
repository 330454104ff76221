"""Geography: the 63 old provinces, the 34 current units, regions, and forgiving lookups.

See :mod:`ocop.geo.provinces` for the details. The region of a product is always taken from its
old province: no official regional assignment of the units formed on 1 July 2025 is known.
"""

from ocop.geo.names import fold
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
    "Commune",
    "OldProvince",
    "Province",
    "Region",
    "commune",
    "communes",
    "current_province",
    "current_provinces",
    "fold",
    "old_province",
    "old_provinces",
    "province",
    "regions",
]
