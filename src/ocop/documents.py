"""The output documents, described once: ``ocop-score/1`` and ``ocop-advice/2``.

A :class:`~ocop.scoring.Score` or an :class:`~ocop.scoring.Advice` is written as the document
classes below (what a score *shows*: its figures, the marks it missed, the evaluation it came
from), through the one converter of :mod:`ocop.convert`; the JSON Schemas of both documents are
generated from these classes. Exact numbers are integers or ``"n/d"`` strings.

    >>> import ocop
    >>> from ocop.convert import to_data
    >>> from ocop.documents import score_document
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> ev = ocop.Evaluation("26/2026", 1, {c.code: len(c.options) for c in sheet.scorable})
    >>> doc = score_document(ocop.score(ev), to_data(ev))
    >>> doc.total, doc.star, doc.recognised, doc.marks_missed
    (Fraction(100, 1), 5, True, ())
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any, Literal

from attrs import field, frozen

if TYPE_CHECKING:
    from ocop.scoring import Advice, Score

__all__ = [
    "AdviceDoc",
    "AdviceDocV1",
    "MarkMissedDoc",
    "ScoreDoc",
    "UpgradeDoc",
    "UpgradeDocV1",
    "advice_document",
    "earlier_advice",
    "score_document",
]

SOURCE_SCHEMA = {
    "anyOf": [{"$ref": "evaluation.schema.json"}, {"$ref": "council.schema.json"}],
    "description": "The evaluation or council document the score came from.",
}


@frozen(kw_only=True)
class MarkMissedDoc:
    """A star mark that the score does not meet."""

    level: int
    criterion: str
    required_points: int
    reached: Fraction


@frozen(kw_only=True)
class ScoreDoc:
    """A score: the figures, the class, and the evaluation (or council) it came from."""

    rule_set: str
    product_set: int
    total: Fraction
    band: int
    star: int | None
    recognised: bool
    potential_five: bool
    authority: Literal["district", "province", "central"] | None
    disqualified: tuple[str, ...]
    gated: tuple[str, ...]
    parts: dict[str, Fraction]
    criteria: dict[str, Fraction]
    marks_missed: tuple[MarkMissedDoc, ...]
    interpretation: str
    source: dict[str, Any] = field(metadata={"schema": SOURCE_SCHEMA})


@frozen(kw_only=True)
class UpgradeDoc:
    """One improvement of an advice: from the box ticked (``from_position``, ``None`` for a
    council's average or nothing ticked, worth ``from_points``) to the box ``to_position``
    (worth ``to_points``) on a criterion."""

    criterion: str
    from_position: int | None
    from_points: Fraction
    to_position: int
    to_points: int


@frozen(kw_only=True)
class AdviceDoc:
    """``ocop-advice/2``: what a score needs to reach ``target``."""

    target: int
    reachable: bool
    already: bool
    reason: str | None
    points_short: Fraction
    needs_central: bool
    upgrades: tuple[UpgradeDoc, ...]
    score: ScoreDoc


@frozen(kw_only=True)
class UpgradeDocV1:
    """An upgrade of ``ocop-advice/1``: tick ``to_option`` (worth ``to_points``)."""

    criterion: str
    current: Fraction = field(metadata={"key": "from"})
    to_option: int
    to_points: int


@frozen(kw_only=True)
class AdviceDocV1:
    """``ocop-advice/1``, which still reads: its upgrades name only the box to tick."""

    target: int
    reachable: bool
    already: bool
    reason: str | None
    points_short: Fraction
    needs_central: bool
    upgrades: tuple[UpgradeDocV1, ...]
    score: ScoreDoc


def earlier_advice(doc: AdviceDoc) -> AdviceDocV1:
    """The same advice as ``ocop-advice/1`` would write it."""
    return AdviceDocV1(
        target=doc.target,
        reachable=doc.reachable,
        already=doc.already,
        reason=doc.reason,
        points_short=doc.points_short,
        needs_central=doc.needs_central,
        upgrades=tuple(
            UpgradeDocV1(
                criterion=u.criterion,
                current=u.from_points,
                to_option=u.to_position,
                to_points=u.to_points,
            )
            for u in doc.upgrades
        ),
        score=doc.score,
    )


def score_document(score: Score, source: dict[str, Any]) -> ScoreDoc:
    """The document of ``score``; ``source`` is the document of the evaluation or council it
    came from (:func:`ocop.convert.to_data`)."""
    return ScoreDoc(
        rule_set=score.rule_set.id,
        product_set=score.product_set,
        total=Fraction(score.total),
        band=int(score.band),
        star=None if score.star is None else int(score.star),
        recognised=score.recognised,
        potential_five=score.potential_five,
        authority=None if score.authority is None else score.authority.value,
        disqualified=tuple(f.id for f in score.disqualified),
        gated=tuple(score.gated),
        parts={p.code: Fraction(p.points) for p in score.parts()},
        criteria={code: Fraction(v) for code, v in score.points.items()},
        marks_missed=tuple(
            MarkMissedDoc(
                level=int(m.level),
                criterion=m.criterion.code,
                required_points=m.required.points,
                reached=Fraction(m.reached),
            )
            for m in score.missed_marks()
        ),
        interpretation=score.interpretation.id,
        source=source,
    )


def advice_document(advice: Advice, score: ScoreDoc) -> AdviceDoc:
    """The document of ``advice``, with the document of the score it advises on."""
    return AdviceDoc(
        target=int(advice.target),
        reachable=advice.reachable,
        already=advice.already,
        reason=advice.reason,
        points_short=Fraction(advice.points_short),
        needs_central=advice.needs_central,
        upgrades=tuple(
            UpgradeDoc(
                criterion=u.criterion.code,
                from_position=u.from_position,
                from_points=Fraction(u.from_points),
                to_position=u.to_position,
                to_points=u.to_points,
            )
            for u in advice.upgrades
        ),
        score=score,
    )
