"""Certificates (*giấy chứng nhận*): validity, the re-evaluation window, status on a date, who
recognises and revokes, and which rule set governs a dossier.

A certificate of a 3★+ product is valid for 36 months from the decision date. The library
counts months as the Civil Code does (Bộ luật Dân sự 2015, Điều 147–148): the period ends at the
end of the day with the same number in the last month, or on that month's last day when it has
no such day. The certificate is valid through its expiry date::

    >>> import datetime as dt
    >>> from ocop.certificates import Certificate, expiry
    >>> expiry(dt.date(2025, 6, 19)), expiry(dt.date(2024, 2, 29))
    (datetime.date(2028, 6, 19), datetime.date(2027, 2, 28))
    >>> cert = Certificate(star=4, decision_date=dt.date(2025, 6, 19), rule_set="148/QĐ-TTg")
    >>> cert.status(dt.date(2027, 12, 22)).value, cert.status(dt.date(2028, 6, 20)).value
    ('window-open', 'expired')

Under 26/2026 (Điều 7.6.a) the holder files for re-evaluation *not earlier than 180 and not later
than 120 days* before expiry; the library calls that span the **window**. The days, the day the
window starts to apply (the day 26/2026 took effect) and the 180-day grace of its transition
(Điều 12.3) are the rule sets' data (:attr:`ocop.model.RuleSet.reevaluation`,
:attr:`ocop.model.RuleSet.transition`), not constants of this module::

    >>> window_rules().earliest_days, window_rules().latest_days, window_start()
    (180, 120, datetime.date(2026, 5, 22))
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum

from attrs import field, frozen

from ocop import rules
from ocop.errors import CertificateError, shown
from ocop.i18n import _
from ocop.model import Authority, Reevaluation, RuleSet, StarClass

__all__ = [
    "Certificate",
    "DossierKind",
    "Status",
    "add_months",
    "authority",
    "day",
    "expiry",
    "governing_rule_set",
    "window_rules",
    "window_start",
]


def _with_window() -> list[RuleSet]:
    return [rs for rs in rules.all() if rs.official and rs.reevaluation is not None]


def window_start() -> dt.date:
    """The first day a re-evaluation window applies: the day the first rule set that sets one
    took effect (22 May 2026, 26/2026)."""
    return _with_window()[0].effective


def window_rules(on: dt.date | None = None) -> Reevaluation:
    """The re-evaluation rule in force on ``on`` (the newest one by default): of the rule set in
    force then, or of the first rule set that set one when ``on`` is earlier."""
    found = _with_window()
    current = (
        found[-1]
        if on is None
        else next((rs for rs in reversed(found) if rs.effective <= on), found[0])
    )
    assert current.reevaluation is not None
    return current.reevaluation


def _grace() -> tuple[dt.date, int] | None:
    """The day the transition starts and its grace in days (26/2026 Điều 12.3)."""
    for rs in rules.all():
        if rs.official and rs.transition is not None:
            return rs.effective, rs.transition.late_reevaluation_grace_days
    return None


def day(value: object, what: str = "ngày") -> dt.date:
    """``value`` as a day: a ``datetime.date`` (a ``datetime`` counts by its date); anything
    else is a :class:`~ocop.errors.CertificateError` that names ``what``.

    >>> day(dt.datetime(2026, 5, 22, 9, 30))
    datetime.date(2026, 5, 22)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise CertificateError(
        _(
            "{what} phải là một ngày (datetime.date), không phải {value}",
            what=what,
            value=shown(value),
        )
    )


def _optional_day(value: object) -> dt.date | None:
    return None if value is None else day(value)


def _shift(start: dt.date, days: int) -> dt.date:
    """``start`` plus ``days`` days, within the calendar's years 1 to 9999."""
    try:
        return start + dt.timedelta(days=days)
    except OverflowError:
        raise _out_of_calendar(start) from None


def _out_of_calendar(start: dt.date) -> CertificateError:
    return CertificateError(
        _(
            "ngày {day} quá xa để tính thời hạn (lịch chỉ có năm 1 đến 9999)",
            day=start.isoformat(),
        )
    )


def add_months(start: dt.date, months: int) -> dt.date:
    """``start`` plus ``months`` calendar months, clamped to the month's last day."""
    start = day(start)
    if isinstance(months, bool) or not isinstance(months, int):
        raise CertificateError(
            _(
                "số tháng phải là số nguyên, không phải {value}",
                value=shown(months),
            )
        )
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise _out_of_calendar(start)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(start.day, last))


def expiry(decision_date: dt.date, months: int = 36) -> dt.date:
    """The last day a certificate decided on ``decision_date`` is valid."""
    return add_months(decision_date, months)


class Status(enum.Enum):
    """The state of a certificate on a date.

    >>> import ocop
    >>> import datetime as dt
    >>> cert = ocop.Certificate(3, dt.date(2026, 7, 15))
    >>> [cert.status(dt.date(y, 7, 1)) for y in (2027, 2029, 2030)]
    [<Status.VALID: 'valid'>, <Status.WINDOW_MISSED: 'window-missed'>, <Status.EXPIRED: 'expired'>]
    """

    NOT_YET_ISSUED = "not-yet-issued"
    VALID = "valid"
    WINDOW_OPEN = "window-open"
    """Valid, and the re-evaluation window (180 to 120 days before expiry) is open."""
    WINDOW_MISSED = "window-missed"
    """Still valid, but the window closed with no re-evaluation filed."""
    GRACE = "grace"
    """Past expiry but still valid under the transition of 26/2026 Điều 12.3."""
    EXPIRED = "expired"
    REVOKED = "revoked"

    @property
    def valid(self) -> bool:
        """True when the certificate may be used on that date."""
        return self in (Status.VALID, Status.WINDOW_OPEN, Status.WINDOW_MISSED, Status.GRACE)

    def label(self, locale: str = "vi") -> str:
        labels = {
            "not-yet-issued": _("chưa cấp"),
            "valid": _("còn hiệu lực"),
            "window-open": _("còn hiệu lực, đang trong thời hạn nộp hồ sơ đánh giá lại"),
            "window-missed": _("còn hiệu lực, đã quá thời hạn nộp hồ sơ đánh giá lại"),
            "grace": _("còn hiệu lực theo Điều 12 khoản 3 Quyết định 26/2026/QĐ-TTg"),
            "expired": _("hết hiệu lực"),
            "revoked": _("đã thu hồi"),
        }
        return labels[self.value].text(locale)


def _star(value: int) -> StarClass:
    if isinstance(value, bool) or not isinstance(value, int) or not 3 <= value <= 5:
        raise CertificateError(
            _(
                "chỉ sản phẩm 3–5 sao được cấp giấy chứng nhận, không phải {value}",
                value=shown(value),
            )
        )
    return StarClass(value)


@frozen
class Certificate:
    """A recognition decision and its certificate.

    ``rule_set`` is the rule set it was issued under (its validity in months applies);
    ``revoked_on`` the date of a revocation decision, if any. ``reevaluation_filed`` and
    ``reevaluation_decided`` record a re-evaluation dossier, which the window and the
    transition grace depend on.

    >>> import ocop
    >>> import datetime as dt
    >>> cert = ocop.Certificate(4, dt.date(2026, 7, 15))
    >>> cert.expiry, cert.authority
    (datetime.date(2029, 7, 15), None)
    >>> cert.status(dt.date(2027, 1, 1))
    <Status.VALID: 'valid'>
    """

    #: The class recognised (*hạng sao*): 3★, 4★ or 5★.
    star: StarClass = field(converter=_star)
    #: The day of the recognition decision; validity runs from it.
    decision_date: dt.date = field(converter=day)
    #: The id or alias of the rule set it was issued under (its validity applies).
    rule_set: str = "26/2026/QĐ-TTg"
    #: The number of the recognition decision; ``None`` when not known.
    decision_number: str | None = None
    #: Who recognised the product; ``None`` when not recorded.
    authority: Authority | None = None
    #: The day of the revocation decision (*thu hồi*); ``None``: not revoked.
    revoked_on: dt.date | None = field(default=None, converter=_optional_day)
    #: Why it was revoked, as written; ``None`` when not given.
    revocation_reason: str | None = None
    #: The day a re-evaluation dossier was filed; ``None``: none filed.
    reevaluation_filed: dt.date | None = field(default=None, converter=_optional_day)
    #: The day that re-evaluation was decided; ``None``: not yet.
    reevaluation_decided: dt.date | None = field(default=None, converter=_optional_day)

    def rules(self) -> RuleSet:
        return rules.get(self.rule_set)

    @property
    def expiry(self) -> dt.date:
        """The last day of validity: the decision date plus the rule set's months."""
        return expiry(self.decision_date, self.rules().certificate_validity_months)

    @property
    def window(self) -> tuple[dt.date, dt.date]:
        """The first and last day to file for re-evaluation (180 and 120 days before expiry
        under 26/2026): the rule in force on the expiry date (:func:`window_rules`)."""
        end = self.expiry
        rule = window_rules(end)
        return (_shift(end, -rule.earliest_days), _shift(end, -rule.latest_days))

    @property
    def grace_eligible(self) -> bool:
        """Whether the transition of 26/2026 Điều 12.3 can keep this certificate valid.

        *Interpretation*: it covers holders whose window had already closed when 26/2026 took
        effect (22 May 2026) and whose certificate had not been expired for more than 180 days
        by then, once they file for re-evaluation.
        """
        grace = _grace()
        if grace is None:
            return False
        start, days = grace
        _, close = self.window
        return close < start <= _shift(self.expiry, days)

    @property
    def grace_until(self) -> dt.date | None:
        """The last day of the transition grace: the day of the decision on the re-evaluation,
        and at most 180 days after expiry; ``None`` when the grace does not apply."""
        grace = _grace()
        if grace is None or not self.grace_eligible or self.reevaluation_filed is None:
            return None
        cap = _shift(self.expiry, grace[1])
        if self.reevaluation_decided is not None:
            return min(self.reevaluation_decided, cap)
        return cap

    def status(self, on: dt.date) -> Status:
        """The certificate's status on ``on``."""
        on = day(on, "on")
        if self.revoked_on is not None and on >= self.revoked_on:
            return Status.REVOKED
        if on < self.decision_date:
            return Status.NOT_YET_ISSUED
        end = self.expiry
        if on > end:
            grace = self.grace_until
            return Status.GRACE if grace is not None and on <= grace else Status.EXPIRED
        if on < window_start():
            return Status.VALID
        opens, closes = self.window
        if on < opens:
            return Status.VALID
        if on <= closes:
            return Status.WINDOW_OPEN
        filed = self.reevaluation_filed
        if filed is not None and opens <= filed <= closes:
            return Status.VALID
        return Status.WINDOW_MISSED


def authority(star: int, on: dt.date) -> Authority:
    """Who recognises — and revokes — ``star`` on date ``on``, under the rule set then in force.

    >>> import datetime as dt
    >>> authority(3, dt.date(2024, 3, 1)).value, authority(3, dt.date(2025, 8, 1)).value
    ('district', 'province')
    """
    on = day(on, "on")
    return rules.in_force(on).authority(_star(star), on)


class DossierKind(enum.Enum):
    """Why a dossier is filed: first evaluation, upgrade (*nâng hạng*) or re-evaluation."""

    FIRST = "first"
    UPGRADE = "upgrade"
    REEVALUATION = "reevaluation"


def governing_rule_set(
    filed: dt.date, evaluated: dt.date, kind: DossierKind | str = DossierKind.FIRST
) -> RuleSet:
    """The rule set a dossier is evaluated under.

    26/2026 Điều 12.2: a dossier filed before 22 May 2026 and not yet evaluated stays under the
    rules of 2021–2025 (148 with 1489) if its evaluation is completed within 60 days of that
    date (first-time and upgrade) or 30 days (re-evaluation). *Interpretation*: an evaluation
    completed later falls under 26/2026, since the older rules have lapsed by then.

    >>> import datetime as dt
    >>> governing_rule_set(dt.date(2026, 5, 1), dt.date(2026, 7, 21)).id
    '148/QĐ-TTg'
    >>> governing_rule_set(dt.date(2026, 5, 1), dt.date(2026, 6, 22), "reevaluation").id
    '26/2026/QĐ-TTg'
    """
    filed, evaluated = day(filed, "filed"), day(evaluated, "evaluated")
    try:
        kind = DossierKind(kind)
    except ValueError:
        raise CertificateError(
            _(
                "loại hồ sơ {kind} không hợp lệ (first, upgrade, reevaluation)",
                kind=shown(kind),
            )
        ) from None
    if evaluated < filed:
        raise CertificateError(_("ngày đánh giá trước ngày nộp hồ sơ"))
    current = rules.in_force(evaluated)
    transition = current.transition
    if transition is None or filed >= current.effective:
        return current
    days = (
        transition.reevaluation_days
        if kind is DossierKind.REEVALUATION
        else transition.first_or_upgrade_days
    )
    # Counting as the Civil Code does (Điều 147): the first day is not counted, so 60 days from
    # 22 May 2026 end on 21 July 2026.
    if evaluated <= current.effective + dt.timedelta(days=days):
        return rules.in_force(current.effective - dt.timedelta(days=1))
    return current
