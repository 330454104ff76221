"""The certificates due in a period: whose re-evaluation window opens or closes, or which
expire, between two dates — the list an officer works from.

Each entry's certificate follows its own rule set (its validity in months; the window of
26/2026 Điều 7.6.a, 180 to 120 days before expiry, applies from the day the first rule set
that sets one took effect, 22 May 2026: :func:`ocop.certificates.window_start`). Revoked
certificates and entries without a decision date are not due, and are counted apart::

    >>> import datetime as dt, io
    >>> from ocop.register import read
    >>> from ocop.report.due import due
    >>> text = ("Tên sản phẩm,Hạng sao,Tỉnh,Ngày quyết định\\n"
    ...         "Chè Tân Cương,4,Thái Nguyên,2023-12-12\\nMiến dong,3,Bắc Kạn,\\n")
    >>> d = due(read(io.StringIO(text)), dt.date(2026, 6, 1), dt.date(2026, 12, 31))
    >>> for item in d.items:
    ...     print(item.on, item.event, item.entry.name)
    2026-06-15 window-opens Chè Tân Cương
    2026-08-14 window-closes Chè Tân Cương
    2026-12-12 expires Chè Tân Cương
    >>> d.undated
    1
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from attrs import frozen

from ocop.certificates import window_start
from ocop.errors import OcopError, UsageError
from ocop.i18n import Message, _
from ocop.register.entry import Entry
from ocop.report.formatting import date

EVENTS: dict[str, Message] = {
    "window-opens": _("mở thời hạn nộp hồ sơ phân hạng lại"),
    "window-closes": _("hết thời hạn nộp hồ sơ phân hạng lại"),
    "expires": _("giấy chứng nhận hết hiệu lực"),
}


@frozen
class DueItem:
    """One event of one certificate in the period."""

    #: The register entry whose certificate the event belongs to.
    entry: Entry
    event: str
    """``"window-opens"``, ``"window-closes"`` or ``"expires"``."""
    #: The day of the event.
    on: dt.date
    #: The last day the certificate is valid.
    expiry: dt.date

    def label(self, locale: str = "vi") -> str:
        return EVENTS[self.event].text(locale)


@frozen
class Due:
    """The events of a period, in date order, and the entries that could not be placed."""

    #: The first day of the period, included.
    start: dt.date
    #: The last day of the period, included.
    end: dt.date
    #: The events of the period, in date order (then by register row).
    items: tuple[DueItem, ...]
    #: The number of entries left out: no decision date, or no certificate can be made of them.
    undated: int
    #: The number of entries left out: revoked on or before the period's last day.
    revoked: int

    def rows(self, locale: str = "vi") -> tuple[list[str], list[list[str]]]:
        """Header and rows of the report as a table."""
        header = [
            _("Ngày").text(locale),
            _("Việc").text(locale),
            _("Tên sản phẩm").text(locale),
            _("Hạng sao").text(locale),
            _("Tỉnh").text(locale),
            _("Số quyết định").text(locale),
            _("Hết hiệu lực").text(locale),
        ]
        body = [
            [
                date(i.on, locale),
                i.label(locale),
                i.entry.name,
                i.entry.rank.label(locale),
                i.entry.province_name,
                i.entry.decision_number or "",
                date(i.expiry, locale),
            ]
            for i in self.items
        ]
        return header, body


def due(entries: Iterable[Entry], start: dt.date, end: dt.date) -> Due:
    """The window openings and closings and the expiries between ``start`` and ``end``
    (both included)."""
    if end < start:
        raise UsageError(
            _(
                "ngày cuối {end} trước ngày đầu {start}",
                end=end.isoformat(),
                start=start.isoformat(),
            )
        )
    items: list[DueItem] = []
    undated = revoked = 0
    rules_from = window_start()
    for entry in entries:
        if entry.decision_date is None:
            undated += 1
            continue
        try:
            cert = entry.certificate()
            expiry = cert.expiry
            opens, closes = cert.window
        except OcopError:
            undated += 1
            continue
        if entry.revoked_on is not None and entry.revoked_on <= end:
            revoked += 1
            continue
        for event, day in (("window-opens", opens), ("window-closes", closes), ("expires", expiry)):
            if event != "expires" and day < rules_from:
                continue
            if start <= day <= end:
                items.append(DueItem(entry, event, day, expiry))
    items.sort(key=lambda i: (i.on, i.entry.row or 0, i.event))
    return Due(start, end, tuple(items), undated, revoked)
