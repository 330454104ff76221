"""The star rule: how a total and the star marks give a class. Stated once, here.

A total falls in a **band** (:meth:`ocop.model.RuleSet.band`). A star mark on an option is the
minimum for its class. The class is the band, lowered to just below the lowest class whose marks
are not all met::

    class = band                          if every mark of the classes up to the band is met
    class = (lowest class with a missed mark) − 1   otherwise, never above the band

So a product in the 5★ band that misses a 4★ mark is 3★, and one that misses a 3★ mark falls
below the recognised classes. Which classes carry marks is the rule set's policy
(:attr:`ocop.model.Policy.mark_levels`); how the rule is read where the law is silent is its
interpretation (:attr:`ocop.model.Policy.interpretation`), named in every result.

Scoring, councils, ranges of incomplete sheets and advice all call these two functions, so a
change of the rule is one edit:

    >>> from ocop.model import StarClass
    >>> star_class(StarClass.FIVE, None), star_class(StarClass.FIVE, StarClass.FOUR)
    (<StarClass.FIVE: 5>, <StarClass.THREE: 3>)
    >>> star_class(StarClass.TWO, StarClass.THREE)        # a 3★ mark does not matter at 2★
    <StarClass.TWO: 2>
    >>> levels_to_meet(StarClass.FOUR, (StarClass.THREE, StarClass.FOUR, StarClass.FIVE))
    (<StarClass.THREE: 3>, <StarClass.FOUR: 4>)
"""

from __future__ import annotations

from collections.abc import Iterable

from ocop.model import StarClass

__all__ = ["levels_to_meet", "star_class"]


def star_class(band: StarClass, lowest_missed: StarClass | int | None) -> StarClass:
    """The class of a total in ``band`` whose lowest class with a missed mark is
    ``lowest_missed`` (``None`` when every mark is met)."""
    if lowest_missed is None or lowest_missed > band:
        return band
    return StarClass(max(int(lowest_missed) - 1, 1))


def levels_to_meet(
    goal: StarClass | int, mark_levels: Iterable[StarClass]
) -> tuple[StarClass, ...]:
    """The classes whose marks a product must all meet to be classed ``goal``: by
    :func:`star_class`, every marked class up to ``goal``."""
    return tuple(level for level in mark_levels if level <= goal)
