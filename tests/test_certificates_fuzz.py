"""Certificates under any input: a typed error or a correct result, nothing else."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import ocop
from ocop.certificates import Certificate, Status, authority, expiry, governing_rule_set

days = st.dates() | st.datetimes()
anything = st.none() | st.integers() | st.text(max_size=5) | st.floats() | st.booleans()


@given(
    star=st.integers(-2, 7) | anything,
    decided=days | anything,
    on=days | anything,
    rule_set=st.sampled_from(["26/2026", "148/QĐ-TTg", "1048/QĐ-TTg", "nope"]),
)
def test_a_certificate_is_read_or_refused(
    star: object, decided: object, on: object, rule_set: str
) -> None:
    try:
        cert = Certificate(star=star, decision_date=decided, rule_set=rule_set)  # type: ignore[arg-type]
        status = cert.status(on)  # type: ignore[arg-type]
    except ocop.OcopError:
        return
    assert isinstance(status, Status)
    if status.valid:
        assert isinstance(on, dt.date)
        assert cert.decision_date <= (on.date() if isinstance(on, dt.datetime) else on)


@given(start=days | anything, months=st.integers(-(10**6), 10**6) | anything)
def test_expiry_is_a_day_or_refused(start: object, months: object) -> None:
    try:
        end = expiry(start, months)  # type: ignore[arg-type]
    except ocop.OcopError:
        return
    assert isinstance(end, dt.date)


@given(
    filed=days | anything,
    evaluated=days | anything,
    kind=st.sampled_from(["first", "upgrade", "reevaluation", "other"]) | anything,
)
def test_the_governing_rule_set_is_found_or_refused(
    filed: object, evaluated: object, kind: object
) -> None:
    try:
        rs = governing_rule_set(filed, evaluated, kind)  # type: ignore[arg-type]
    except ocop.OcopError:
        return
    assert rs.official


@given(star=st.integers(0, 6) | anything, on=days | anything)
def test_an_authority_is_found_or_refused(star: object, on: object) -> None:
    try:
        found = authority(star, on)  # type: ignore[arg-type]
    except ocop.OcopError:
        return
    assert isinstance(found, ocop.Authority)
