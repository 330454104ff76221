"""Placing register entries in time for a statement, and saying what could not be placed.

*Interpretation*: an entry with a decision date is counted when it was decided on or before
the statement's date; one with only a year when that year ends on or before it. An entry with
neither, or with only the statement's own unfinished year, is not counted, and the paragraph
says how many.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ocop.i18n import _
from ocop.register.entry import Entry
from ocop.report.formatting import number
from ocop.stats.counts import last_year_ended


def left_out(undated: int, pending: int, as_of: dt.date, locale: str) -> str:
    """The sentence on the products a statement could not place in time (empty when none)."""
    out = ""
    if undated:
        out += _(
            " Không tính {count} sản phẩm không có ngày công nhận.",
            count=number(undated, locale),
        ).text(locale)
    if pending:
        out += _(
            " Không tính {count} sản phẩm chỉ ghi năm {year} (năm chưa kết thúc).",
            count=number(pending, locale),
            year=as_of.year,
        ).text(locale)
    return out


def placed(entries: Iterable[Entry], as_of: dt.date) -> tuple[list[Entry], int, int, int]:
    """The entries recognised by ``as_of``; the counts of year-only entries counted, of
    undated ones and of those with only the unfinished year of ``as_of``."""
    kept: list[Entry] = []
    undated = pending = year_only = 0
    year_over = last_year_ended(as_of)
    for entry in entries:
        if entry.decision_date is not None:
            if entry.decision_date <= as_of:
                kept.append(entry)
        elif entry.year is None:
            undated += 1
        elif entry.year <= year_over:
            kept.append(entry)
            year_only += 1
        elif entry.year == as_of.year:
            pending += 1
    return kept, undated, pending, year_only
