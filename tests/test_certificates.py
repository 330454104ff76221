"""Certificates: expiry, status on boundary days, the transition grace, authorities, and the
rule set that governs a dossier."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocop.certificates import (
    Certificate,
    DossierKind,
    Status,
    add_months,
    authority,
    expiry,
    governing_rule_set,
)
from ocop.errors import CertificateError, NoRuleSetForDateError
from ocop.model import Authority

D = dt.date


@pytest.mark.parametrize(
    ("decided", "expires"),
    [
        (D(2025, 6, 19), D(2028, 6, 19)),
        (D(2024, 2, 29), D(2027, 2, 28)),  # no 29 February in 2027
        (D(2021, 2, 28), D(2024, 2, 28)),  # a leap year, but the 28th is the 28th
        (D(2023, 8, 31), D(2026, 8, 31)),
        (D(2022, 12, 31), D(2025, 12, 31)),
        (D(2023, 1, 1), D(2026, 1, 1)),
    ],
)
def test_expiry_is_36_calendar_months(decided: dt.date, expires: dt.date) -> None:
    assert expiry(decided) == expires
    assert Certificate(star=3, decision_date=decided).expiry == expires


@given(st.dates(min_value=D(2019, 8, 21), max_value=D(2060, 12, 31)), st.integers(0, 240))
def test_add_months_lands_in_the_right_month(start: dt.date, months: int) -> None:
    end = add_months(start, months)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == months
    assert end.day == start.day or (end.day < start.day and (end + dt.timedelta(days=1)).day == 1)


def test_status_on_the_boundary_days() -> None:
    cert = Certificate(star=4, decision_date=D(2026, 6, 10))
    end = cert.expiry
    assert end == D(2029, 6, 10)
    opens, closes = cert.window
    assert (opens, closes) == (D(2028, 12, 12), D(2029, 2, 10))
    day = dt.timedelta(days=1)
    assert cert.status(D(2026, 6, 9)) is Status.NOT_YET_ISSUED
    assert cert.status(D(2026, 6, 10)) is Status.VALID
    assert cert.status(opens - day) is Status.VALID
    assert cert.status(opens) is Status.WINDOW_OPEN
    assert cert.status(closes) is Status.WINDOW_OPEN
    assert cert.status(closes + day) is Status.WINDOW_MISSED
    assert cert.status(end) is Status.WINDOW_MISSED
    assert cert.status(end).valid
    assert cert.status(end + day) is Status.EXPIRED
    assert not cert.status(end + day).valid


def test_a_reevaluation_filed_in_the_window_keeps_the_status_valid() -> None:
    cert = Certificate(star=4, decision_date=D(2026, 6, 10), reevaluation_filed=D(2029, 1, 5))
    assert cert.status(D(2029, 3, 1)) is Status.VALID
    late = Certificate(star=4, decision_date=D(2026, 6, 10), reevaluation_filed=D(2029, 3, 1))
    assert late.status(D(2029, 3, 2)) is Status.WINDOW_MISSED


def test_revoked() -> None:
    cert = Certificate(
        star=3,
        decision_date=D(2026, 6, 10),
        revoked_on=D(2027, 1, 1),
        revocation_reason="vi phạm ghi nhãn",
    )
    assert cert.status(D(2026, 12, 31)) is Status.VALID
    assert cert.status(D(2027, 1, 1)) is Status.REVOKED
    assert Status.REVOKED.label("en") == "revoked"


def test_a_148_certificate_checked_after_26_2026_took_effect() -> None:
    cert = Certificate(star=4, decision_date=D(2024, 1, 15), rule_set="148/QĐ-TTg")
    assert cert.expiry == D(2027, 1, 15)
    assert cert.status(D(2026, 5, 21)) is Status.VALID
    assert cert.status(D(2026, 6, 1)) is Status.VALID  # Điều 12.1: it keeps its term
    assert cert.window == (D(2026, 7, 19), D(2026, 9, 17))
    assert cert.status(D(2026, 7, 19)) is Status.WINDOW_OPEN
    assert cert.status(D(2027, 1, 16)) is Status.EXPIRED
    assert not cert.grace_eligible


def test_no_window_before_26_2026() -> None:
    cert = Certificate(star=3, decision_date=D(2023, 3, 1), rule_set="148")
    assert cert.expiry == D(2026, 3, 1)
    assert cert.status(D(2025, 12, 1)) is Status.VALID  # within 180 days, before 26/2026
    assert cert.status(D(2026, 3, 2)) is Status.EXPIRED


def test_the_transition_grace() -> None:
    # Expires 1 Jul 2026; its window (2 Jan – 3 Mar 2026) closed before 26/2026 took effect.
    base = Certificate(star=4, decision_date=D(2023, 7, 1), rule_set="148/QĐ-TTg")
    cert = base
    assert cert.grace_eligible
    assert cert.status(D(2026, 7, 2)) is Status.EXPIRED  # nothing filed: no grace
    filed = attrs.evolve(base, reevaluation_filed=D(2026, 6, 1))
    assert filed.grace_until == D(2026, 12, 28)  # at most 180 days after expiry
    assert filed.status(D(2026, 7, 2)) is Status.GRACE
    assert filed.status(D(2026, 12, 28)) is Status.GRACE
    assert filed.status(D(2026, 12, 29)) is Status.EXPIRED
    decided = attrs.evolve(
        base, reevaluation_filed=D(2026, 6, 1), reevaluation_decided=D(2026, 8, 1)
    )
    assert decided.status(D(2026, 8, 1)) is Status.GRACE
    assert decided.status(D(2026, 8, 2)) is Status.EXPIRED


def test_no_grace_for_a_window_that_was_still_open() -> None:
    cert = Certificate(
        star=4, decision_date=D(2023, 11, 1), rule_set="148", reevaluation_filed=D(2026, 10, 1)
    )
    assert cert.window[1] >= D(2026, 5, 22)
    assert not cert.grace_eligible
    assert cert.status(cert.expiry + dt.timedelta(days=1)) is Status.EXPIRED


@pytest.mark.parametrize("star", [1, 2, 6, True])
def test_only_3_to_5_stars_get_a_certificate(star: int) -> None:
    with pytest.raises(CertificateError):
        Certificate(star=star, decision_date=D(2026, 6, 1))


@pytest.mark.parametrize(
    ("star", "day", "expected"),
    [
        (3, D(2024, 3, 1), Authority.DISTRICT),
        (3, D(2025, 8, 1), Authority.PROVINCE),
        (4, D(2024, 3, 1), Authority.PROVINCE),
        (3, D(2020, 1, 1), Authority.PROVINCE),
        (3, D(2026, 6, 1), Authority.PROVINCE),
        (5, D(2019, 8, 21), Authority.CENTRAL),
        (5, D(2024, 3, 1), Authority.CENTRAL),
        (5, D(2025, 8, 1), Authority.CENTRAL),
        (5, D(2030, 1, 1), Authority.CENTRAL),
    ],
)
def test_who_recognises_and_revokes(star: int, day: dt.date, expected: Authority) -> None:
    assert authority(star, day) is expected


def test_authority_before_any_rule_set() -> None:
    with pytest.raises(NoRuleSetForDateError):
        authority(3, D(2019, 8, 20))


@pytest.mark.parametrize(
    ("filed", "evaluated", "kind", "expected"),
    [
        (D(2026, 5, 21), D(2026, 7, 21), DossierKind.FIRST, "148/QĐ-TTg"),
        (D(2026, 5, 21), D(2026, 7, 22), DossierKind.FIRST, "26/2026/QĐ-TTg"),
        (D(2026, 5, 21), D(2026, 7, 21), DossierKind.UPGRADE, "148/QĐ-TTg"),
        (D(2026, 5, 21), D(2026, 6, 21), DossierKind.REEVALUATION, "148/QĐ-TTg"),
        (D(2026, 5, 21), D(2026, 6, 22), DossierKind.REEVALUATION, "26/2026/QĐ-TTg"),
        (D(2026, 5, 22), D(2026, 5, 30), DossierKind.FIRST, "26/2026/QĐ-TTg"),
        (D(2026, 4, 1), D(2026, 5, 10), DossierKind.FIRST, "148/QĐ-TTg"),
        (D(2023, 1, 10), D(2023, 3, 1), DossierKind.FIRST, "148/QĐ-TTg"),
    ],
)
def test_the_rule_set_that_governs_a_dossier(
    filed: dt.date, evaluated: dt.date, kind: DossierKind, expected: str
) -> None:
    assert governing_rule_set(filed, evaluated, kind).id == expected


def test_evaluated_before_filed() -> None:
    with pytest.raises(CertificateError):
        governing_rule_set(D(2026, 6, 1), D(2026, 5, 1))
