"""What advice says: the upgrades of criteria that reach a target class, and why a target is
out of reach (:func:`ocop.advice` finds them; :mod:`ocop.scoring.upgrades` is the search)."""

from __future__ import annotations

from attrs import field, frozen

from ocop.i18n import Message, Pair, _, _n
from ocop.model import Criterion, Option, StarClass
from ocop.scoring.points import Points, fmt
from ocop.scoring.result import MarkCheck, Score


@frozen
class Upgrade:
    """Raise ``criterion`` from its current points to option ``to`` (print position
    ``to_position``).

    ``from_position`` is the box ticked now (print position), ``None`` when nothing is ticked
    or for a council, whose ``current`` points are the members' average; for a council the
    upgrade means every member ticks option ``to_position``.

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> best = {c.code: len(c.options) for c in sheet.scorable}
    >>> best["4.1"] = 2
    >>> plan = ocop.advice(ocop.score(ocop.Evaluation("26/2026", 1, best)), 5)
    >>> up = plan.upgrades[0]
    >>> up.criterion.code, up.from_position, up.to_position, up.gain
    ('4.1', 2, 4, 3)
    """

    #: The criterion whose answer changes.
    criterion: Criterion
    #: Its points now.
    current: Points
    #: The option to reach.
    to: Option
    #: That option's position on the printed sheet (1 first).
    to_position: int
    #: The position answered now; ``None`` when not met (or averaged by a council).
    from_position: int | None = None
    #: True when the criterion's points are a council's average.
    council: bool = False

    @property
    def gain(self) -> Points:
        return self.to.points - self.current

    @property
    def from_points(self) -> Points:
        """The points now (a council's average)."""
        return self.current

    @property
    def to_points(self) -> int:
        return self.to.points

    def explain(self, locale: str = "vi") -> str:
        """One line: the criterion, from which box and points, to which box and points.

        >>> import ocop
        >>> sheet = ocop.rules.get("26/2026").sheet(1)
        >>> crit = sheet.criterion("4.1")
        >>> u = Upgrade(crit, 2, crit.options[2], 3, from_position=2)
        >>> print(u.explain("en"))  # doctest: +ELLIPSIS
        - 4.1 Main distribution area: from option 2 (2 points) to option 3 (3 points): ...
        >>> print(Upgrade(crit, 0, crit.options[2], 3).explain("vi"))  # doctest: +ELLIPSIS
        - 4.1 ...: từ chưa chọn ô nào (0 điểm) lên phương án 3 (3 điểm): ...
        """
        start: Message
        if self.council:
            start = _n(
                "trung bình {points} điểm",
                "trung bình {points} điểm",
                1 if self.current == 1 else 2,
                points=_exact(self.current),
            )
        elif self.from_position is None:
            start = _("chưa chọn ô nào ({points})", points=_points(self.current, locale))
        else:
            start = _(
                "phương án {position} ({points})",
                position=self.from_position,
                points=_points(self.current, locale),
            )
        line = {
            "code": self.criterion.code,
            "criterion": Pair(self.criterion.label_vi, self.criterion.label_en),
            "start": start.text(locale),
            "position": self.to_position,
            "to_points": _points(self.to.points, locale),
            "option": Pair(self.to.label_vi, self.to.label_en or self.to.label_vi),
        }
        if self.council:
            return _(
                "- {code} {criterion}: từ {start} lên phương án {position} ({to_points}) "
                "cho mọi thành viên: {option}",
                **line,
            ).text(locale)
        return _(
            "- {code} {criterion}: từ {start} lên phương án {position} ({to_points}): {option}",
            **line,
        ).text(locale)


@frozen
class Advice:
    """The way to ``target`` stars from a score.

    ``reachable`` is false when no choice of answers on this sheet reaches the target (or the
    dossier is disqualified); ``reason`` then says why. ``needs_central`` is true when the rule
    set's policy has the top class recognised by a central council only and a lower council
    seeks it: that council can only propose it (*tiềm năng 5 sao* in OCOP).

    >>> import ocop
    >>> sheet = ocop.rules.get("26/2026").sheet(1)
    >>> best = {c.code: len(c.options) for c in sheet.scorable}
    >>> best["4.1"] = 2
    >>> score = ocop.score(ocop.Evaluation("26/2026", 1, best))
    >>> int(score.star)
    3
    >>> plan = ocop.advice(score, 5)
    >>> plan.reachable, plan.points_short
    (True, 0)
    >>> [(u.criterion.code, u.to_position) for u in plan.upgrades]
    [('4.1', 4)]
    """

    #: The score the advice starts from.
    score: Score = field(eq=False, repr=False)
    #: The class aimed at: the one asked for, or the next one above the score's.
    target: StarClass
    #: True when some change of answers reaches ``target`` on this sheet.
    reachable: bool
    #: True when the score is already of class ``target`` or higher.
    already: bool
    #: Points missing to the target's band (0 when the band is reached).
    points_short: Points
    #: The star marks of classes up to ``target`` not yet met.
    marks_missed: tuple[MarkCheck, ...]
    #: The changes of answers that reach ``target``; empty when already there or out of reach.
    upgrades: tuple[Upgrade, ...]
    #: True when only a central council recognises ``target`` and a lower one seeks it.
    needs_central: bool
    #: Why it is out of reach: ``"disqualified"``, ``"points"`` or ``"marks"``; ``None`` if
    #: reachable.
    reason: str | None = None

    @property
    def points_added(self) -> Points:
        return sum((u.gain for u in self.upgrades), start=0)

    def explain(self, locale: str = "vi") -> str:
        """The advice in a few lines of Vietnamese or English."""
        t = self.target.label(locale)
        if self.already:
            return _("Sản phẩm đã đạt {t}.", t=t).text(locale)
        lines = []
        if not self.reachable:
            reasons = {
                "disqualified": _("hồ sơ bị loại, phải khắc phục lỗi hồ sơ trước"),
                "points": _("tổng điểm tối đa có thể đạt trên phiếu này không đủ"),
                "marks": _(
                    "có dấu sao không thể đạt trên phiếu này (tiêu chí bị tính 0 do tạp chất)"
                ),
            }
            reason = reasons.get(self.reason or "")
            return _(
                "Không thể đạt {target}: {reason}.",
                target=t,
                reason=reason.text(locale) if reason else "",
            ).text(locale)
        lines.append(
            _(
                "Để đạt {t}: thiếu {short}, {missed}.",
                t=t,
                short=_points(self.points_short, locale),
                missed=_n(
                    "{count} dấu sao chưa đạt",
                    "{count} dấu sao chưa đạt",
                    len(self.marks_missed),
                    count=len(self.marks_missed),
                ),
            ).text(locale)
        )
        lines.extend(u.explain(locale) for u in self.upgrades)
        lines.append(
            _(
                "{criteria}, thêm {added}.",
                criteria=_n(
                    "{count} tiêu chí",
                    "{count} tiêu chí",
                    len(self.upgrades),
                    count=len(self.upgrades),
                ),
                added=_points(self.points_added, locale),
            ).text(locale)
        )
        if self.needs_central:
            lines.append(
                _(
                    "{t} chỉ do Hội đồng cấp trung ương công nhận; cấp tỉnh chỉ đề xuất "
                    "sản phẩm tiềm năng {t}.",
                    t=t,
                ).text(locale)
            )
        return "\n".join(lines)


def _exact(value: Points) -> str:
    """An exact number as printed in advice: ``2``, ``5/3``."""
    if isinstance(value, int) or value.denominator == 1:
        return str(int(value))
    return f"{value.numerator}/{value.denominator}"


def _points(value: Points, locale: str) -> str:
    """``1 point``, ``3 points``, ``5/3``-style averages as ``1.67 points``."""
    whole = value == 1
    return _n("{points} điểm", "{points} điểm", 1 if whole else 2, points=fmt(value, locale)).text(
        locale
    )
