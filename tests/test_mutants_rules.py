"""The registry on its edges, word for word: registering twice, replacing, the official rule
sets that cannot be overwritten or removed, the rule set in force on a day (a ``datetime``
counts by its date), and the English titles the loader gives the sheets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import ocop
from ocop.errors import NoRuleSetForDateError, RuleSetConflictError, UsageError
from ocop.rules import custom

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "self-assessment.json"
ID = "vi-du/tu-danh-gia-htx"


def test_registering_twice_and_replacing() -> None:
    first = custom.load_file(EXAMPLE)
    assert not ocop.rules.is_registered(first)
    assert ocop.rules.is_registered(ocop.rules.get("26/2026"))
    ocop.rules.register(first)
    try:
        assert ocop.rules.is_registered(first)
        with pytest.raises(RuleSetConflictError) as caught:
            ocop.rules.register(custom.load_file(EXAMPLE))
        assert str(caught.value) == (
            f"Mã '{ID}' trùng bộ quy tắc đã đăng ký {ID}; dùng replace=True để thay.\n"
            f"'{ID}' clashes with the registered rule set {ID}; pass replace=True to replace it."
        )
        second = custom.load_file(EXAMPLE)
        assert ocop.rules.register(second, replace=True) is second
        assert ocop.rules.get(ID) is second
        assert not ocop.rules.is_registered(first)
        assert ocop.rules.is_registered(second)
        assert [rs for rs in ocop.rules.all() if rs.id == ID] == [second]
    finally:
        ocop.rules.unregister(ID)
    assert all(rs.id != ID for rs in ocop.rules.all())


OFFICIAL = (
    "Không thể ghi đè bộ quy tắc chính thức 26/2026/QĐ-TTg bằng '26/2026/QĐ-TTg'.\n"
    "The official rule set 26/2026/QĐ-TTg cannot be overwritten by '26/2026/QĐ-TTg'."
)


def test_an_official_rule_set_cannot_be_removed_or_replaced() -> None:
    with pytest.raises(RuleSetConflictError) as caught:
        ocop.rules.unregister("26/2026")
    assert str(caught.value) == OFFICIAL
    copy = custom.load(custom.export(ocop.rules.get("26/2026")))
    for replace in (False, True):
        with pytest.raises(RuleSetConflictError) as caught:
            ocop.rules.register(copy, replace=replace)
        assert str(caught.value) == OFFICIAL
    assert ocop.rules.get("26/2026").official


@pytest.mark.parametrize(
    ("on", "rule_set"),
    [
        (dt.date(2019, 8, 21), "1048/QĐ-TTg"),
        (dt.date(2023, 2, 23), "1048/QĐ-TTg"),
        (dt.date(2023, 2, 24), "148/QĐ-TTg"),
        (dt.date(2026, 5, 21), "148/QĐ-TTg"),
        (dt.datetime(2026, 5, 22, 8, 30), "26/2026/QĐ-TTg"),
        (dt.date(2030, 1, 1), "26/2026/QĐ-TTg"),
    ],
)
def test_the_rule_set_in_force_on_a_day(on: dt.date, rule_set: str) -> None:
    assert ocop.rules.in_force(on).id == rule_set


def test_no_rule_set_before_the_first_or_for_what_is_not_a_day() -> None:
    with pytest.raises(NoRuleSetForDateError) as caught:
        ocop.rules.in_force(dt.date(2019, 8, 20))
    assert caught.value.message("en") == (
        "No OCOP rule set was in force on 2019-08-20; the first took effect on 2019-08-21."
    )
    with pytest.raises(UsageError) as usage:
        ocop.rules.in_force("2026-01-01")  # type: ignore[arg-type]
    assert str(usage.value) == (
        "cần một ngày (datetime.date), không phải '2026-01-01'\n"
        "expected a day (datetime.date), not '2026-01-01'"
    )


@pytest.mark.parametrize(
    ("product_set", "title"),
    [
        (1, "Fresh vegetables, tubers, fruit and nuts"),
        (26, "Community tourism, eco-tourism and tourist sites"),
    ],
)
def test_sheets_carry_the_english_titles_of_the_classification(
    product_set: int, title: str
) -> None:
    sheet = ocop.rules.get("26/2026").sheet(product_set)
    assert sheet.title_en == title
    assert sheet.product_set == product_set
