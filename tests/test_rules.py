"""The rule-set registry: ids, dates, the older rule sets, thread safety, lazy import."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ocop
from ocop.errors import (
    NoRuleSetForDateError,
    OcopError,
    SheetNotAvailableError,
    UnknownProductSetError,
    UnknownRuleSetError,
)
from ocop.model import Authority, StarClass


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("26/2026", "26/2026/QĐ-TTg"),
        ("26/2026/QĐ-TTg", "26/2026/QĐ-TTg"),
        ("qd-26-2026", "26/2026/QĐ-TTg"),
        ("QD 26/2026/QD-TTg", "26/2026/QĐ-TTg"),
        ("148/QĐ-TTg", "148/QĐ-TTg"),
        ("148/2023", "148/QĐ-TTg"),
        ("qd-148-2023", "148/QĐ-TTg"),
        ("1048/QĐ-TTg", "1048/QĐ-TTg"),
        ("1048/2019", "1048/QĐ-TTg"),
    ],
)
def test_get_accepts_the_usual_spellings(spelling: str, expected: str) -> None:
    assert ocop.rules.get(spelling).id == expected


@pytest.mark.parametrize("bad", ["27/2027", "", "qd-999", "781/QĐ-TTg"])
def test_unknown_id_raises_a_typed_error(bad: str) -> None:
    with pytest.raises(UnknownRuleSetError) as info:
        ocop.rules.get(bad)
    assert isinstance(info.value, OcopError)
    assert "26/2026/QĐ-TTg" in info.value.message("en")


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2019, 8, 21), "1048/QĐ-TTg"),
        (dt.date(2023, 2, 23), "1048/QĐ-TTg"),
        (dt.date(2023, 2, 24), "148/QĐ-TTg"),
        (dt.date(2026, 5, 21), "148/QĐ-TTg"),
        (dt.date(2026, 5, 22), "26/2026/QĐ-TTg"),
        (dt.date(2030, 1, 1), "26/2026/QĐ-TTg"),
    ],
)
def test_in_force_on_both_sides_of_every_effective_date(day: dt.date, expected: str) -> None:
    assert ocop.rules.in_force(day).id == expected


def test_before_the_first_rule_set_is_an_error() -> None:
    with pytest.raises(NoRuleSetForDateError) as info:
        ocop.rules.in_force(dt.date(2019, 8, 20))
    assert "2019-08-21" in str(info.value)


def test_all_is_ordered_by_date() -> None:
    dates = [rs.effective for rs in ocop.rules.all()]
    assert dates == sorted(dates)


@pytest.mark.parametrize(("rule_set", "appendix"), [("148", "Phụ lục III"), ("1048", "1048")])
def test_older_rule_sets_have_no_sheets(rule_set: str, appendix: str) -> None:
    rs = ocop.rules.get(rule_set)
    assert not rs.sheets_available
    with pytest.raises(SheetNotAvailableError) as info:
        rs.sheet(1)
    assert appendix in info.value.message("vi")


def test_older_rule_sets_know_their_structure() -> None:
    old, mid = ocop.rules.get("1048"), ocop.rules.get("148")
    assert [p.maximum for p in old.parts] == [35, 25, 40]
    assert [p.maximum for p in mid.parts] == [40, 25, 35]
    assert [a.id for a in old.amendments] == ["781/QĐ-TTg"]
    assert [a.id for a in mid.amendments] == ["1489/QĐ-TTg"]
    assert old.certificate_validity_months == mid.certificate_validity_months == 36
    assert old.classification is not None
    assert not old.classification.complete
    assert len(old.classification.sectors) == 6
    assert old.classification.group_count == 16
    assert mid.classification is not None
    assert len(mid.classification.groups()) == 17
    assert old.bands_interpretation
    assert mid.bands_interpretation


@pytest.mark.parametrize(
    ("rule_set", "star", "day", "authority"),
    [
        ("148", 3, dt.date(2024, 3, 1), Authority.DISTRICT),
        ("148", 4, dt.date(2024, 3, 1), Authority.PROVINCE),
        ("148", 3, dt.date(2025, 7, 5), Authority.DISTRICT),
        ("148", 3, dt.date(2025, 7, 6), Authority.PROVINCE),
        ("148", 3, dt.date(2025, 8, 1), Authority.PROVINCE),
        ("1048", 3, dt.date(2020, 1, 1), Authority.PROVINCE),
        ("1048", 5, dt.date(2020, 1, 1), Authority.CENTRAL),
        ("148", 5, dt.date(2024, 1, 1), Authority.CENTRAL),
        ("26/2026", 5, dt.date(2026, 6, 1), Authority.CENTRAL),
        ("26/2026", 3, dt.date(2026, 6, 1), Authority.PROVINCE),
    ],
)
def test_authorities_by_period(
    rule_set: str, star: int, day: dt.date, authority: Authority
) -> None:
    assert ocop.rules.get(rule_set).authority(star, day) is authority


@pytest.mark.parametrize("n", [0, 27, -1, True])
def test_unknown_product_set(n: int) -> None:
    with pytest.raises(UnknownProductSetError):
        ocop.rules.get("26/2026").sheet(n)


@pytest.mark.parametrize("rule_set", ["1048", "148", "26/2026"])
@given(total=st.fractions(min_value=0, max_value=100))
def test_bands_partition_the_range(rule_set: str, total: Fraction) -> None:
    rs = ocop.rules.get(rule_set)
    holders = [b.star for b in rs.bands if total in b]
    assert len(holders) == 1
    assert rs.band(total) == holders[0]


@pytest.mark.parametrize(
    ("total", "star"),
    [
        (Fraction(2999, 100), 1),
        (30, 2),
        (Fraction(4999, 100), 2),
        (50, 3),
        (Fraction(139, 2), 3),
        (70, 4),
        (Fraction(8999, 100), 4),
        (90, 5),
        (100, 5),
        (0, 1),
    ],
)
def test_band_boundaries(total: Fraction, star: int) -> None:
    assert ocop.rules.get("26/2026").band(total) == StarClass(star)


def test_band_outside_the_range() -> None:
    with pytest.raises(ValueError, match="outside"):
        ocop.rules.get("26/2026").band(101)


def test_sheets_load_once_from_many_threads() -> None:
    from ocop.rules.registry import _Registry

    registry = _Registry()
    results: list[object] = []

    def work() -> None:
        results.append(registry.get("26/2026").sheet(5))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8
    assert all(r is results[0] for r in results)


@pytest.mark.parametrize(
    ("use", "not_loaded"),
    [
        (
            "",
            (
                "babel",
                "cattrs",
                "vietnam_provinces",
                "ocop.rules",
                "ocop.model",
                "ocop.geo",
                "ocop.scoring",
                "attrs",
                "attr",
            ),
        ),
        (
            "ocop.rules.get('26/2026').sheet(1)",
            ("babel", "vietnam_provinces", "ocop.scoring", "ocop.convert"),
        ),
    ],
)
def test_import_is_cheap(use: str, not_loaded: tuple[str, ...]) -> None:
    code = f"import sys, ocop\n{use}\nprint([m for m in {not_loaded!r} if m in sys.modules])\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_public_names_resolve() -> None:
    for name in ocop.__all__:
        assert hasattr(ocop, name), name
    assert ocop.NOT_MET is None
    with pytest.raises(AttributeError):
        _ = ocop.no_such_name
