"""``ocop.rules.check``: the same guarantees for a rule set built in Python as for one read
from JSON; ``register`` refuses one that fails; ``same_id`` compares ids."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import ocop
from ocop.errors import RuleDataError, UsageError
from ocop.model import (
    Authority,
    AuthorityPeriod,
    Case,
    Condition,
    Criterion,
    Fault,
    FoodSafetyGate,
    Option,
    Part,
    PartSpec,
    RuleSet,
    Section,
    Sheet,
    SheetStore,
    StarBand,
    StarClass,
)
from ocop.model.policy import generic_policy


def crit(code: str, *points: int, marks: dict[int, int] | None = None, **kw: object) -> Criterion:
    marks = marks or {}
    options = tuple(
        Option(
            f"{p} điểm" if p < 100 else "nhiều", p, mark=StarClass(marks[k]) if k in marks else None
        )
        for k, p in enumerate(points)
    )
    return Criterion(code, f"Tiêu chí {code}", f"Criterion {code}", max(points), options, **kw)  # type: ignore[arg-type]


def sheet(*criteria: Criterion, maximum: int | None = None, **kw: object) -> Sheet:
    total = sum(c.maximum for c in criteria)
    section = Section("1", "Một", "One", total if maximum is None else maximum, criteria)
    return Sheet(
        "mine",
        1,
        "Phiếu",
        (Part("A", "Phần A", "Part A", total if maximum is None else maximum, (section,)),),
        **kw,  # type: ignore[arg-type]
    )


def rule_set(the_sheet: Sheet, **changes: Any) -> RuleSet:
    rs = RuleSet(
        id="mine",
        title_vi="Của tôi",
        title_en="Mine",
        signed=dt.date(2026, 1, 1),
        effective=dt.date(2026, 1, 1),
        replaced=None,
        replaced_by=None,
        parts=(PartSpec("A", "Phần A", "Part A", the_sheet.maximum),),
        bands=(
            StarBand(StarClass.ONE, 0, 5),
            StarBand(StarClass.TWO, 5, None, the_sheet.maximum),
        ),
        certificate_validity_months=12,
        authorities=(
            AuthorityPeriod(dt.date(2026, 1, 1), None, ((StarClass.TWO, Authority.PROVINCE),)),
        ),
        recognised_from=StarClass.TWO,
        official=False,
        store=SheetStore((1,), lambda n: the_sheet),
    )
    return attrs.evolve(rs, **changes)


def messages(found: list[ocop.Problem]) -> list[str]:
    return [p.message("en") for p in found]


GOOD = sheet(crit("1.1", 0, 2, 4, marks={1: 2}), crit("1.2", 1, 3))


def test_a_rule_set_built_in_python_is_checked_and_registered() -> None:
    rs = rule_set(GOOD)
    assert ocop.rules.check(rs) == []
    assert ocop.rules.check(GOOD, rule_set=rs) == []
    ocop.rules.register(rs)
    try:
        assert ocop.rules.get("mine") is rs
    finally:
        ocop.rules.unregister("mine")


def test_every_official_rule_set_passes() -> None:
    for rs in ocop.rules.all():
        assert ocop.rules.check(rs) == [], rs.id


def test_sums_and_best_options() -> None:
    bad = sheet(crit("1.1", 0, 2, 4), attrs.evolve(crit("1.2", 1, 3), maximum=4), maximum=8)
    assert messages(ocop.rules.check(bad)) == [
        "1.2: maximum 4 differs from the best option's 3 points",
    ]
    bad = sheet(crit("1.1", 0, 2, 4), crit("1.2", 1, 3), maximum=8)
    assert messages(ocop.rules.check(bad)) == [
        "1: section maximum 8 differs from the sum of its criteria 7",
    ]
    part = attrs.evolve(GOOD.parts[0], maximum=6)
    assert messages(ocop.rules.check(attrs.evolve(GOOD, parts=(part,)))) == [
        "part A: part maximum 6 differs from the sum of its sections 7",
    ]


def test_marks_levels_duplicates_and_order() -> None:
    bad = sheet(crit("1.1", 0, 2, 4, marks={1: 2, 2: 2}), crit("1.2", 1, 3, marks={0: 3}))
    rs = rule_set(bad)
    assert messages(ocop.rules.check(bad, rule_set=rs)) == [
        "1.1: the 2★ mark appears twice",
        "1.2 option 1: star mark 3 is not one of 2 (option '1 điểm')",
    ]
    bad = sheet(crit("1.1", 0, 2, 4, marks={2: 2, 1: 3}))
    assert messages(ocop.rules.check(bad)) == [
        "1.1: the 3★ mark sits on a lower option than the 2★ mark"
    ]


def test_cases_conditions_faults_gate_and_codes() -> None:
    cased = Criterion(
        "1.1",
        "Có trường hợp",
        "With cases",
        2,
        (Option("a", 2, case=1), Option("b", 2, case=3), Option("c", 1)),
        cases=(Case(1, "Một"), Case(2, "Hai")),
    )
    bad = sheet(
        cased,
        crit("1.2", 0, 1, condition=Condition("above_lowest", "9.9", "")),
        crit("1.2", 0, 1),
        crit("2.1", 0, 1),
        faults=(Fault("1", "Giả mạo", criterion="7.7"), Fault("1", "Lặp")),
        food_safety_gate=FoodSafetyGate("6.1", "6", ""),
        cases=(Case(1, "Một"), Case(4, "Bốn")),
    )
    assert messages(ocop.rules.check(bad)) == [
        "1.1 option 2: option 'b' belongs to undeclared case 3",
        "1.1: has no options (case 2)",
        "1.1: a criterion with cases has an option outside every case",
        "1.2: condition refers to missing criterion '9.9'",
        "2.1: code '2.1' is not under '1'",
        "1.2: code '1.2' is repeated",
        "fault 1: criterion '7.7' does not exist",
        "fault 1: fault id '1' is repeated",
        "food_safety_gate: criterion '6.1' does not exist",
        "food_safety_gate: section '6' does not exist",
        "cases: a criterion uses case 2, which the sheet does not declare",
        "cases: case 4 is declared by the sheet but used by no criterion",
    ]


def test_bands_authorities_and_policy() -> None:
    rs = rule_set(
        GOOD,
        bands=(StarBand(StarClass.ONE, 1, 6), StarBand(StarClass.THREE, 5, None, 99)),
        authorities=(
            AuthorityPeriod(
                dt.date(2026, 1, 1), dt.date(2025, 1, 1), ((StarClass(4), Authority.CENTRAL),)
            ),
            AuthorityPeriod(dt.date(2024, 6, 1), None, ()),
        ),
        recognised_from=StarClass.FIVE,
        policy=generic_policy(4),
        replaced=dt.date(2025, 1, 1),
    )
    assert messages(ocop.rules.checks.check_rule_set(rs, sheets=False)) == [
        "replaced: replacement date 2025-01-01 is not after the effective date 2026-01-01",
        "bands: star classes must be 1, 2, … in a row (at most 9)",
        "bands: the lowest band must start at 0 points",
        "bands: the lower bound of class 3 does not rise",
        "bands: maximum 99 differs from the sum of the parts 7",
        "recognised_from: recognised_from 5 is not a declared class",
        "policy.mark_levels: the marked classes [2, 3, 4] must be distinct classes from 2 to 3",
        "authorities[0]: the period starts on 2026-01-01, after it ends on 2025-01-01",
        "authorities[0]: class 4 is not a declared class",
        "authorities: the periods starting 2026-01-01 and 2024-06-01 overlap",
    ]


def test_register_refuses_a_rule_set_that_fails_listing_every_problem() -> None:
    bad = sheet(crit("1.1", 0, 2, 4), attrs.evolve(crit("1.2", 1, 3), maximum=4), maximum=8)
    rs = rule_set(bad, recognised_from=StarClass.FIVE)
    with pytest.raises(RuleDataError) as info:
        ocop.rules.register(rs)
    assert str(info.value).startswith("Dữ liệu quy tắc mine không hợp lệ (2 lỗi).")
    assert messages(list(info.value.problems)) == [
        "recognised_from: recognised_from 5 is not a declared class",
        "sheets[0]: 1.2: maximum 4 differs from the best option's 3 points",
    ]
    with pytest.raises(ocop.UnknownRuleSetError):
        ocop.rules.get("mine")


def test_huge_points_are_reported_not_crashed_on() -> None:
    bad = sheet(crit("1.1", 0, 10**5000))
    found = messages(ocop.rules.check(bad))
    assert found[0] == "1.1 option 2: points ~10^5000 outside 0–1000000"


def test_check_takes_a_rule_set_or_a_sheet() -> None:
    with pytest.raises(UsageError):
        ocop.rules.check("26/2026")  # type: ignore[arg-type]
    with pytest.raises(UsageError):
        ocop.rules.check(GOOD, rule_set="26/2026")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("26/2026", "26/2026/QĐ-TTg", True),
        ("qd-26-2026", "26/2026/QĐ-TTg", True),
        ("26/2026/qđ-ttg", "26-2026", True),
        ("148/QĐ-TTg", "148", True),
        ("1048/2019", "1048/QĐ-TTg", True),
        ("26/2026", "148/QĐ-TTg", False),
        ("mine", "yours", False),
        ("", "", True),
        (26, 26, False),
        (None, "26/2026", False),
    ],
)
def test_same_id(a: object, b: object, same: bool) -> None:
    assert ocop.rules.same_id(a, b) is same
    assert ocop.rules.same_id(b, a) is same


def test_a_part_code_used_twice() -> None:
    twice = attrs.evolve(GOOD, parts=(GOOD.parts[0], attrs.evolve(GOOD.parts[0], sections=())))
    found = messages(ocop.rules.check(twice))
    assert "parts: code 'A' is repeated" in found


def test_normalize_id_takes_text() -> None:
    assert ocop.rules.normalize_id("26/2026/QĐ-TTg") == "26-2026"
    with pytest.raises(UsageError):
        ocop.rules.normalize_id(26)  # type: ignore[arg-type]


def test_each_sheet_names_its_rule_set() -> None:
    rs = rule_set(attrs.evolve(GOOD, rule_set="theirs"))
    assert messages(ocop.rules.check(rs)) == [
        "sheets[0]: rule_set: the sheet belongs to rule set 'theirs', not 'mine'"
    ]
    assert ocop.rules.check(rule_set(GOOD, aliases=("other",))) == []
    assert (
        ocop.rules.check(rule_set(attrs.evolve(GOOD, rule_set="Other"), aliases=("other",))) == []
    )
