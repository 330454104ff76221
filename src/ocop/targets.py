"""Programme targets with their sources, and progress against them.

>>> from ocop.targets import target, progress
>>> goal = target("490/QĐ-TTg", "products")
>>> p = progress(goal, 2169)
>>> p.ratio, p.met
(Fraction(723, 800), False)
>>> progress(target("919/QĐ-TTg", "products"), 17316).met
True

A target printed as a range (919/QĐ-TTg: 400–500 products of 5 stars) is stored as one, with
both bounds; progress says whether a value reached the range, lies in it or went beyond it:

>>> five = target("919", "five_star")
>>> five.range
(Fraction(400, 1), Fraction(500, 1))
>>> [(p.met, p.in_range, p.exceeded) for p in (progress(five, n) for n in (126, 450, 520))]
[(False, False, False), (True, True, False), (True, False, True)]
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from decimal import Decimal
from fractions import Fraction
from importlib import resources

from attrs import frozen

from ocop.errors import UnknownTargetError
from ocop.i18n import _, check_locale
from ocop.rules import normalize_id

__all__ = [
    "Progress",
    "Target",
    "custom",
    "progress",
    "target",
    "targets",
]


@frozen
class Target:
    """One target of a programme decision.

    ``at_most`` is set for a target printed as a range (400–500 5★): ``at_least`` and ``at_most``
    are then its bounds, and :attr:`range` gives both.
    """

    #: The id of the programme decision (``"919/QĐ-TTg"``), or ``"custom"``.
    programme: str
    #: The target's key within its programme (``"products"``, ``"five_star"`` …).
    key: str
    #: What is counted: ``"products_3star_plus"``, ``"products_5star"`` or
    #: ``"producer_share:HTX"`` (the share of producers of a type); a custom target's key.
    measure: str
    #: The value to reach (the lower bound of a range); a share as a fraction of 1.
    at_least: Fraction
    #: The day by which the target is to be reached.
    by: dt.date
    #: The target as the decision words it, in Vietnamese.
    text_vi: str
    #: The target in English.
    text_en: str
    #: The decision and date it comes from; ``"user"`` for a custom target.
    source: str
    #: The upper bound of a target printed as a range; ``None`` otherwise.
    at_most: Fraction | None = None
    #: True when the decision gives the number as approximate (*khoảng*).
    approximate: bool = False

    def text(self, locale: str = "vi") -> str:
        return self.text_vi if check_locale(locale) == "vi" else self.text_en

    @property
    def range(self) -> tuple[Fraction, Fraction] | None:
        """``(at_least, at_most)`` for a target printed as a range, else ``None``."""
        return None if self.at_most is None else (self.at_least, self.at_most)


@frozen
class Progress:
    """A value against a target: the exact ratio to its (lower) bound and whether it is met."""

    #: The target measured against.
    target: Target
    #: The value reached, exactly (a count, or a share as a fraction of 1).
    value: Fraction

    @property
    def ratio(self) -> Fraction:
        return self.value / self.target.at_least

    @property
    def percent(self) -> Fraction:
        return self.ratio * 100

    @property
    def met(self) -> bool:
        """True when the value reached the target (the lower bound of a range)."""
        return self.value >= self.target.at_least

    @property
    def in_range(self) -> bool:
        """True when the value lies within a range target, bounds included (``False`` for a
        target that is not a range)."""
        bounds = self.target.range
        return bounds is not None and bounds[0] <= self.value <= bounds[1]

    @property
    def exceeded(self) -> bool:
        """True when the value is above the upper bound of a range target."""
        return self.target.at_most is not None and self.value > self.target.at_most


_TARGETS: list[Target] = []
_LOCK = threading.Lock()


def targets() -> tuple[Target, ...]:
    """Every known programme target (490/QĐ-TTg, 919/QĐ-TTg)."""
    if not _TARGETS:
        with _LOCK:
            if not _TARGETS:
                raw = json.loads(
                    (resources.files("ocop") / "data" / "targets.json").read_text(encoding="utf-8")
                )
                built: list[Target] = []
                for prog in raw["programmes"]:
                    for t in prog["targets"]:
                        if "range" in t:
                            t = {**t, "at_least": t["range"][0], "at_most": t["range"][1]}
                        built.append(
                            Target(
                                programme=prog["id"],
                                key=t["key"],
                                measure=t["measure"],
                                at_least=Fraction(Decimal(str(t["at_least"]))),
                                by=dt.date.fromisoformat(t["by"]),
                                text_vi=t["text_vi"],
                                text_en=t["text_en"],
                                source=prog["source"],
                                at_most=(
                                    Fraction(Decimal(str(t["at_most"]))) if "at_most" in t else None
                                ),
                                approximate=bool(t.get("approximate", False)),
                            )
                        )
                _TARGETS.extend(built)  # published whole
    return tuple(_TARGETS)


def target(programme: str, key: str) -> Target:
    """The target ``key`` (``"products"``, ``"five_star"``, ``"cooperatives"``, ``"smes"``) of
    a programme decision (``"490/QĐ-TTg"``, ``"919/QĐ-TTg"``; also ``"490"``, ``"919"``)."""
    wanted = normalize_id(programme)
    for t in targets():
        if normalize_id(t.programme) == wanted and t.key == key:
            return t
    known = ", ".join(f"{t.programme}:{t.key}" for t in targets())
    raise UnknownTargetError(
        _(
            "không có mục tiêu {programme}:{key} (có: {known})",
            programme=programme,
            key=key,
            known=known,
        )
    )


def custom(
    key: str, at_least: int | Fraction | Decimal, *, by: dt.date, text_vi: str, text_en: str
) -> Target:
    """A user-given target (a province's own plan, for instance)."""
    return Target(
        programme="custom",
        key=key,
        measure=key,
        at_least=Fraction(at_least),
        by=by,
        text_vi=text_vi,
        text_en=text_en,
        source="user",
    )


def progress(goal: Target, value: int | Fraction | Decimal) -> Progress:
    """``value`` measured against ``goal``."""
    return Progress(goal, Fraction(value))
