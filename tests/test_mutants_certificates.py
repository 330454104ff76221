"""Certificates on their edges: the exact messages of each error, the calendar's bounds, the
first day a window applies, filing on the window's first and last day, a dossier evaluated the
day it is filed, and the status labels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from ocop import certificates
from ocop.certificates import (
    Certificate,
    Status,
    add_months,
    authority,
    day,
    governing_rule_set,
    window_rules,
    window_start,
)
from ocop.errors import CertificateError

D = dt.date
LONG = "x" * 60


def _error(call: Callable[[], object]) -> CertificateError:
    with pytest.raises(CertificateError) as caught:
        call()
    return caught.value


@pytest.mark.parametrize(
    ("call", "vi", "en"),
    [
        (
            lambda: day("x"),
            "ngày phải là một ngày (datetime.date), không phải 'x'",
            "ngày must be a day (datetime.date), not 'x'",
        ),
        (
            lambda: day(LONG, "hạn"),
            f"hạn phải là một ngày (datetime.date), không phải '{'x' * 58}…",
            f"hạn must be a day (datetime.date), not '{'x' * 58}…",
        ),
        (
            lambda: Certificate(star=4, decision_date=D(2025, 1, 1)).status("x"),  # type: ignore[arg-type]
            "on phải là một ngày (datetime.date), không phải 'x'",
            "on must be a day (datetime.date), not 'x'",
        ),
        (
            lambda: authority(3, 20260101),  # type: ignore[arg-type]
            "on phải là một ngày (datetime.date), không phải 20260101",
            "on must be a day (datetime.date), not 20260101",
        ),
        (
            lambda: governing_rule_set(1, D(2026, 6, 1)),  # type: ignore[arg-type]
            "filed phải là một ngày (datetime.date), không phải 1",
            "filed must be a day (datetime.date), not 1",
        ),
        (
            lambda: governing_rule_set(D(2026, 6, 1), 2),  # type: ignore[arg-type]
            "evaluated phải là một ngày (datetime.date), không phải 2",
            "evaluated must be a day (datetime.date), not 2",
        ),
        (
            lambda: add_months(D(2020, 1, 1), LONG),  # type: ignore[arg-type]
            f"số tháng phải là số nguyên, không phải '{'x' * 58}…",
            f"the number of months must be a whole number, not '{'x' * 58}…",
        ),
        (
            lambda: add_months(D(9999, 12, 1), 1),
            "ngày 9999-12-01 quá xa để tính thời hạn (lịch chỉ có năm 1 đến 9999)",
            "the day 9999-12-01 is too far off to count a period from"
            " (the calendar has years 1 to 9999)",
        ),
        (
            lambda: Certificate(star=5, decision_date=D(9999, 12, 1), rule_set="148/QĐ-TTg").window,
            "ngày 9999-12-01 quá xa để tính thời hạn (lịch chỉ có năm 1 đến 9999)",
            "the day 9999-12-01 is too far off to count a period from"
            " (the calendar has years 1 to 9999)",
        ),
        (
            lambda: Certificate(star=2, decision_date=D(2020, 1, 1)),
            "chỉ sản phẩm 3–5 sao được cấp giấy chứng nhận, không phải 2",
            "only 3★–5★ products get a certificate, not 2",
        ),
        (
            lambda: governing_rule_set(D(2026, 6, 2), D(2026, 6, 1)),
            "ngày đánh giá trước ngày nộp hồ sơ",
            "the evaluation date is before the filing date",
        ),
        (
            lambda: governing_rule_set(D(2026, 6, 1), D(2026, 6, 1), LONG),
            f"loại hồ sơ '{'x' * 58}… không hợp lệ (first, upgrade, reevaluation)",
            f"unknown kind of dossier '{'x' * 58}… (first, upgrade, reevaluation)",
        ),
    ],
)
def test_error_messages_are_exact(call: Callable[[], object], vi: str, en: str) -> None:
    error = _error(call)
    assert (error.message("vi"), error.message("en")) == (vi, en)


def test_the_window_day_past_the_calendar_is_an_error() -> None:
    cert = Certificate(star=4, decision_date=D(9996, 12, 31), rule_set="148/QĐ-TTg")
    assert cert.expiry == D(9999, 12, 31)
    error = _error(lambda: certificates._shift(D(9999, 12, 31), 1))
    assert "9999-12-31" in error.message("en")


@pytest.mark.parametrize(
    ("start", "months", "result"),
    [
        (D(1, 1, 31), 0, D(1, 1, 31)),  # the calendar's first year
        (D(2, 1, 31), -12, D(1, 1, 31)),
        (D(9999, 12, 1), 0, D(9999, 12, 1)),  # and its last
        (D(9998, 12, 31), 12, D(9999, 12, 31)),
    ],
)
def test_add_months_reaches_both_ends_of_the_calendar(
    start: dt.date, months: int, result: dt.date
) -> None:
    assert add_months(start, months) == result


@pytest.mark.parametrize(("start", "months"), [(D(1, 1, 31), -1), (D(9999, 12, 1), 1)])
def test_add_months_past_the_calendar_is_a_certificate_error(start: dt.date, months: int) -> None:
    _error(lambda: add_months(start, months))


def test_window_rules_default_to_the_newest() -> None:
    rule = window_rules()
    assert (rule.earliest_days, rule.latest_days) == (180, 120)
    assert window_rules(window_start()) == rule
    assert window_rules(D(2020, 1, 1)) == rule  # before any: the first that set one


# A certificate of 148 decided on 1 October 2023 expires on 1 October 2026: its window runs
# from 4 April to 3 June 2026, across the day a window first applies (22 May 2026).
ACROSS = Certificate(star=4, decision_date=D(2023, 10, 1), rule_set="148/QĐ-TTg")


def test_the_window_applies_from_its_first_day() -> None:
    assert ACROSS.window == (D(2026, 4, 4), D(2026, 6, 3))
    assert ACROSS.status(window_start() - dt.timedelta(days=1)) is Status.VALID
    assert ACROSS.status(window_start()) is Status.WINDOW_OPEN


CERT = Certificate(star=3, decision_date=D(2026, 6, 1))  # expires 1 June 2029
OPENS, CLOSES = CERT.window


@pytest.mark.parametrize(
    ("filed", "after_the_window"),
    [
        (None, Status.WINDOW_MISSED),
        (OPENS - dt.timedelta(days=1), Status.WINDOW_MISSED),
        (OPENS, Status.VALID),
        (CLOSES, Status.VALID),
        (CLOSES + dt.timedelta(days=1), Status.WINDOW_MISSED),
    ],
)
def test_filing_on_the_window_first_and_last_day_counts(
    filed: dt.date | None, after_the_window: Status
) -> None:
    cert = Certificate(star=3, decision_date=D(2026, 6, 1), reevaluation_filed=filed)
    assert cert.status(CLOSES + dt.timedelta(days=1)) is after_the_window
    assert cert.status(CLOSES) is Status.WINDOW_OPEN
    assert cert.status(OPENS) is Status.WINDOW_OPEN
    assert cert.status(OPENS - dt.timedelta(days=1)) is Status.VALID


def test_a_dossier_evaluated_the_day_it_is_filed() -> None:
    assert governing_rule_set(D(2026, 5, 1), D(2026, 5, 1)).id == "148/QĐ-TTg"
    assert governing_rule_set(D(2026, 6, 1), D(2026, 6, 1)).id == "26/2026/QĐ-TTg"


@pytest.mark.parametrize(
    ("status", "vi", "en"),
    [
        (Status.NOT_YET_ISSUED, "chưa cấp", "not yet issued"),
        (Status.VALID, "còn hiệu lực", "valid"),
        (
            Status.WINDOW_OPEN,
            "còn hiệu lực, đang trong thời hạn nộp hồ sơ đánh giá lại",
            "valid, re-evaluation window open",
        ),
        (
            Status.WINDOW_MISSED,
            "còn hiệu lực, đã quá thời hạn nộp hồ sơ đánh giá lại",
            "valid, re-evaluation window missed",
        ),
        (
            Status.GRACE,
            "còn hiệu lực theo Điều 12 khoản 3 Quyết định 26/2026/QĐ-TTg",
            "valid under Article 12(3) of Decision 26/2026/QĐ-TTg",
        ),
        (Status.EXPIRED, "hết hiệu lực", "expired"),
        (Status.REVOKED, "đã thu hồi", "revoked"),
    ],
)
def test_status_labels(status: Status, vi: str, en: str) -> None:
    assert (status.label(), status.label("vi"), status.label("en")) == (vi, vi, en)
