"""Statistics over product registers: counts, shares, top-N, participation, series.

Every function takes any iterable of :class:`~ocop.register.Entry`, a stream included.
"""

from ocop.stats.counts import DIMENSIONS, Counts, Dimension, count, dimension
from ocop.stats.coverage import (
    Participation,
    ProducerCounts,
    YearPoint,
    cumulative,
    participation,
    producers,
)

__all__ = [
    "DIMENSIONS",
    "Counts",
    "Dimension",
    "Participation",
    "ProducerCounts",
    "YearPoint",
    "count",
    "cumulative",
    "dimension",
    "participation",
    "producers",
]
