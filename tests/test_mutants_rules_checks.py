"""The checks of a whole rule set and the upgrade of older documents, word for word: bands that
touch or overrun the maximum, authority periods that meet on a day, repeated part codes, a
replacement on the effective day, a negative validity, a rule set without bands, a
classification numbered out of order, the sheets of a rule set (one that fails to load, one
filed under the wrong number, marks and parts measured against the rule set), what
:func:`ocop.rules.check` refuses; and the documents :func:`~ocop.rules.migrations.upgrade`
gives back (version 1 parts, a bundle's documents, formats and versions it refuses, the
deepest nesting it reads)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import attrs
import pytest

import ocop
from ocop.errors import FormatError, Problem, RuleDataError, UsageError
from ocop.i18n import _
from ocop.model import RuleSet, Sheet
from ocop.model.classification import Classification, Group, ProductSet, Sector
from ocop.model.ruleset import SheetStore
from ocop.rules import check, checks, migrations
from ocop.rules.migrations import CURRENT, MAX_DEPTH, UPGRADES, upgrade, upgrade_contents

Row = tuple[str, str, str]

#: A number of 40 digits: longer than the 30 characters a check shows of it.
BIG = 10**39 + 7


def described(problems: Sequence[Problem]) -> list[Row]:
    """Each problem as its place and its text in both languages."""
    return [(p.where, p.text.text("vi"), p.text.text("en")) for p in problems]


def rule_set_148() -> RuleSet:
    return ocop.rules.get("148/QĐ-TTg")


# --- bands -----------------------------------------------------------------------------------


def test_a_band_that_does_not_rise_above_the_one_below() -> None:
    rs = rule_set_148()
    b = rs.bands
    flat = (attrs.evolve(b[0], upper=0), attrs.evolve(b[1], lower=0), *b[2:])
    assert described(check(attrs.evolve(rs, bands=flat))) == [
        ("bands", "cận dưới của hạng 2 không tăng", "the lower bound of class 2 does not rise")
    ]


def test_a_top_band_may_start_at_the_maximum_but_not_above_it() -> None:
    rs = rule_set_148()
    b = rs.bands
    at = (*b[:3], attrs.evolve(b[3], upper=100), attrs.evolve(b[4], lower=100))
    assert check(attrs.evolve(rs, bands=at)) == []
    above = (*b[:3], attrs.evolve(b[3], upper=110), attrs.evolve(b[4], lower=110))
    assert described(check(attrs.evolve(rs, bands=above))) == [
        ("bands", "hạng cao nhất vượt quá điểm tối đa", "the top band starts above the maximum")
    ]


def test_a_top_band_with_an_upper_bound() -> None:
    rs = rule_set_148()
    bands = (*rs.bands[:-1], attrs.evolve(rs.bands[-1], upper=200))
    assert described(check(attrs.evolve(rs, bands=bands))) == [
        ("bands", "hạng cao nhất phải không có cận trên", "the top band must have no upper bound")
    ]


def test_a_top_band_maximum_other_than_the_parts_shows_both_cut_to_30_characters() -> None:
    rs = rule_set_148()
    parts = (*rs.parts[:2], attrs.evolve(rs.parts[2], maximum=BIG))
    bands = (*rs.bands[:-1], attrs.evolve(rs.bands[-1], maximum=3 * BIG))
    assert described(check(attrs.evolve(rs, parts=parts, bands=bands))) == [
        (
            "bands",
            "điểm tối đa 30000000000000000000000000000… khác tổng các phần "
            "10000000000000000000000000000…",
            "maximum 30000000000000000000000000000… differs from the sum of the parts "
            "10000000000000000000000000000…",
        )
    ]


# --- authorities -----------------------------------------------------------------------------


def test_a_period_of_one_day_with_class_one_that_meets_the_next_on_that_day() -> None:
    rs = rule_set_148()
    first, second = rs.authorities
    one = (ocop.StarClass.ONE, first.stars[0][1])
    periods = (
        attrs.evolve(first, end=first.start, stars=(one, *first.stars)),
        attrs.evolve(second, start=first.start),
    )
    assert described(check(attrs.evolve(rs, authorities=periods))) == [
        (
            "authorities",
            "các giai đoạn 2023-02-24 và 2023-02-24 chồng lên nhau",
            "the periods starting 2023-02-24 and 2023-02-24 overlap",
        )
    ]


def test_periods_that_follow_each_other_day_by_day_do_not_overlap() -> None:
    rs = rule_set_148()
    first, second = rs.authorities
    periods = (
        attrs.evolve(first, end=dt.date(2023, 3, 1)),
        attrs.evolve(second, start=dt.date(2023, 3, 2), end=dt.date(2023, 3, 2)),
    )
    assert check(attrs.evolve(rs, authorities=periods)) == []


# --- the rule set itself ---------------------------------------------------------------------


def test_repeated_parts_a_replacement_on_the_effective_day_and_a_negative_validity() -> None:
    rs = rule_set_148()
    a, b, c = rs.parts
    broken = attrs.evolve(
        rs, parts=(a, b, a, b, c), replaced=rs.effective, certificate_validity_months=-BIG
    )
    assert described(check(broken)) == [
        ("parts", "mã 'A' bị trùng", "code 'A' is repeated"),
        ("parts", "mã 'B' bị trùng", "code 'B' is repeated"),
        (
            "replaced",
            "ngày thay thế 2023-02-24 không sau ngày hiệu lực 2023-02-24",
            "replacement date 2023-02-24 is not after the effective date 2023-02-24",
        ),
        (
            "certificate_validity_months",
            "thời hạn -1000000000000000000000000000… tháng âm",
            "validity of -1000000000000000000000000000… months is negative",
        ),
        (
            "bands",
            "điểm tối đa 100 khác tổng các phần 165",
            "maximum 100 differs from the sum of the parts 165",
        ),
    ]


def test_a_validity_of_zero_months_and_recognition_from_class_one_are_allowed() -> None:
    rs = rule_set_148()
    changed = attrs.evolve(rs, certificate_validity_months=0, recognised_from=ocop.StarClass.ONE)
    assert check(changed) == []


def _undeclared(period: int, *stars: int) -> list[Row]:
    return [
        (
            f"authorities[{period}]",
            f"hạng {star} không phải một hạng đã khai báo",
            f"class {star} is not a declared class",
        )
        for star in stars
    ]


def test_a_rule_set_without_bands_declares_no_class() -> None:
    rs = attrs.evolve(rule_set_148(), bands=(), recognised_from=ocop.StarClass.TWO)
    assert described(check(rs)) == [
        (
            "bands",
            "hạng thấp nhất phải bắt đầu từ 0 điểm",
            "the lowest band must start at 0 points",
        ),
        (
            "recognised_from",
            "hạng công nhận 2 không phải một hạng đã khai báo",
            "recognised_from 2 is not a declared class",
        ),
        (
            "policy.mark_levels",
            "các hạng mang dấu [3, 4, 5] phải là các hạng khác nhau từ 2 đến 0",
            "the marked classes [3, 4, 5] must be distinct classes from 2 to 0",
        ),
        *_undeclared(0, 3, 4, 5),
        *_undeclared(1, 3, 4, 5),
    ]


def test_a_rule_set_of_one_class_cannot_recognise_from_class_two() -> None:
    rs = rule_set_148()
    one = attrs.evolve(rs.bands[-1], star=ocop.StarClass.ONE, lower=0)
    changed = attrs.evolve(
        rs,
        bands=(one,),
        recognised_from=ocop.StarClass.TWO,
        policy=attrs.evolve(rs.policy, mark_levels=()),
    )
    assert described(check(changed)) == [
        (
            "recognised_from",
            "hạng công nhận 2 không phải một hạng đã khai báo",
            "recognised_from 2 is not a declared class",
        ),
        *_undeclared(0, 3, 4, 5),
        *_undeclared(1, 3, 4, 5),
    ]


# --- the classification ----------------------------------------------------------------------


def tree(numbers: Sequence[int], *, complete: bool = True) -> Classification:
    sets = tuple(ProductSet(n, f"Bộ {n}", f"Set {n}", "I", "I.1") for n in numbers)
    group = Group("I.1", "Nhóm", "Group", sets)
    return Classification((Sector("I", "Thực phẩm", "Food", (group,)),), complete=complete)


def test_a_complete_tree_numbered_out_of_order() -> None:
    assert described(checks.check_classification(tree([1, 3]))) == [
        (
            "product_sets",
            "số bộ sản phẩm không liên tục: [1, 3]",
            "product set numbers are not 1…n in order: [1, 3]",
        )
    ]
    assert checks.check_classification(tree([1, 2])) == []


def test_an_incomplete_tree_is_not_held_to_its_numbers() -> None:
    assert checks.check_classification(tree([1, 3], complete=False)) == []


def test_product_set_numbers_are_shown_to_120_characters() -> None:
    numbers = [10**20 + k for k in range(9)]
    shown = ", ".join(str(n) for n in numbers[:5]) + ", 100…"
    assert described(checks.check_classification(tree(numbers))) == [
        (
            "product_sets",
            f"số bộ sản phẩm không liên tục: [{shown}",
            f"product set numbers are not 1…n in order: [{shown}",
        )
    ]


def test_the_classification_is_checked_after_the_rest_of_the_rule_set() -> None:
    rs = attrs.evolve(rule_set_148(), classification=tree([2]), certificate_validity_months=-1)
    assert described(check(rs)) == [
        (
            "certificate_validity_months",
            "thời hạn -1 tháng âm",
            "validity of -1 months is negative",
        ),
        (
            "product_sets",
            "số bộ sản phẩm không liên tục: [2]",
            "product set numbers are not 1…n in order: [2]",
        ),
    ]


# --- the sheets of a rule set ----------------------------------------------------------------


def _mark(where: str, sheet: Sheet, code: str, number: int) -> Row:
    label = sheet.criterion(code).options[number - 1].label_vi
    return (
        f"{where}: {code} option {number}",
        f"dấu sao 5 không thuộc các hạng 3, 4 (phương án '{label}')",
        f"star mark 5 is not one of 3, 4 (option '{label}')",
    )


def _part_c(where: str) -> Row:
    return (
        f"{where}part C",
        "phần C có 35 điểm, bộ quy tắc quy định 30",
        "part C is worth 35, the rule set declares 30",
    )


LOAD_FAULT = Problem("set-02.json: 4.1", _("mã '{code}' bị trùng", code="4.1"))


def rule_set_with_odd_sheets() -> tuple[RuleSet, Sheet, Sheet]:
    """26/2026 whose policy marks only 3 and 4, whose part C is worth 30, whose sheet 2 fails
    to load and whose sheets 3 and 4 are sheets 1 and 3."""
    r26 = ocop.rules.get("26/2026")
    s1, s3 = r26.sheet(1), r26.sheet(3)
    sheets = {1: s1, 3: s1, 4: s3}

    def load(number: int) -> Sheet:
        if number == 2:
            raise RuleDataError("set-02.json", [LOAD_FAULT])
        return sheets[number]

    rs = attrs.evolve(
        r26,
        store=SheetStore((1, 2, 3, 4), load),
        policy=attrs.evolve(r26.policy, mark_levels=(3, 4)),
        parts=(*r26.parts[:2], attrs.evolve(r26.parts[2], maximum=30)),
        bands=(*r26.bands[:-1], attrs.evolve(r26.bands[-1], maximum=95)),
    )
    return rs, s1, s3


def _sheet_one(where: str, s1: Sheet) -> list[Row]:
    return [
        _mark(where, s1, "1.3", 3),
        _mark(where, s1, "1.5", 4),
        _mark(where, s1, "4.1", 4),
        _part_c(f"{where}: "),
    ]


def test_each_sheet_of_a_rule_set_is_checked_against_it_in_its_place() -> None:
    rs, s1, s3 = rule_set_with_odd_sheets()
    assert described(check(rs)) == [
        *_sheet_one("sheets[0]", s1),
        ("set-02.json: 4.1", "mã '4.1' bị trùng", "code '4.1' is repeated"),
        (
            "sheets[2]",
            "bộ sản phẩm phải được đánh số 3",
            "product sets must be numbered 1, 2, …: expected 3",
        ),
        *_sheet_one("sheets[2]", s1),
        (
            "sheets[3]",
            "bộ sản phẩm phải được đánh số 4",
            "product sets must be numbered 1, 2, …: expected 4",
        ),
        _mark("sheets[3]", s3, "1.3", 3),
        _mark("sheets[3]", s3, "1.5", 4),
        _mark("sheets[3]", s3, "4.1", 4),
        _mark("sheets[3]", s3, "6.3", 4),
        _mark("sheets[3]", s3, "6.4", 4),
        _mark("sheets[3]", s3, "8", 4),
        _part_c("sheets[3]: "),
    ]


def test_a_rule_set_without_sheets_has_no_sheet_to_check() -> None:
    assert checks.check_sheets(rule_set_148()) == []


def test_a_sheet_checked_with_a_rule_set_meets_its_parts_and_marks() -> None:
    rs, s1, _s3 = rule_set_with_odd_sheets()
    assert described(check(s1, rule_set=rs)) == [
        (where.removeprefix("x: "), vi, en) for where, vi, en in _sheet_one("x", s1)
    ]


@pytest.mark.parametrize(
    ("target", "rule_set", "kind"),
    [("sheet", "26/2026", "str"), (42, None, "int")],
)
def test_check_refuses_what_is_not_a_rule_set_or_a_sheet(
    target: object, rule_set: object, kind: str
) -> None:
    what = ocop.rules.get("26/2026").sheet(1) if target == "sheet" else target
    with pytest.raises(UsageError) as caught:
        check(what, rule_set=rule_set)  # type: ignore[arg-type]
    assert str(caught.value) == (
        f"check() cần một RuleSet hoặc Sheet, không phải {kind}\n"
        f"check() takes a RuleSet or a Sheet, not {kind}"
    )


# --- upgrading older documents ---------------------------------------------------------------


def refused(doc: Any, expected: str | None = None, path: str = "$") -> list[Row]:
    with pytest.raises(FormatError) as caught:
        upgrade(doc, expected, path=path)
    return described(caught.value.problems)


def test_version_1_parts_take_ocop_names_or_a_generic_one() -> None:
    doc = {"format": "ocop-ruleset/1", "id": "x", "parts": {"A": 40, "D": 5}}
    assert upgrade(doc) == {
        "format": "ocop-ruleset/2",
        "id": "x",
        "parts": [
            {
                "code": "A",
                "label_vi": "Sản phẩm và sức mạnh cộng đồng",
                "label_en": "Product and community strength",
                "points": 40,
            },
            {"code": "D", "label_vi": "Phần D", "label_en": "Part D", "points": 5},
        ],
    }


def test_upgrades_apply_in_turn_up_to_the_current_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def to_3(doc: dict[str, Any]) -> dict[str, Any]:
        return {**doc, "format": "ocop-ruleset/3", "three": True}

    monkeypatch.setitem(CURRENT, "ocop-ruleset", 3)
    monkeypatch.setitem(UPGRADES, ("ocop-ruleset", 2), to_3)
    assert upgrade({"format": "ocop-ruleset/1", "parts": []}) == {
        "format": "ocop-ruleset/3",
        "parts": [],
        "three": True,
    }


def test_a_document_of_any_known_format_reads_without_a_name_expected() -> None:
    assert upgrade({"format": "ocop-sheet/1", "x": 1}) == {"format": "ocop-sheet/1", "x": 1}
    assert refused({"format": "nope/1"}) == [
        (
            "$.format",
            "định dạng 'nope/1' không được hỗ trợ (cần ocop-sheet/1, ocop-ruleset/2, "
            "ocop-classification/1, ocop-rule-bundle/1)",
            "format 'nope/1' is not supported (expected ocop-sheet/1, ocop-ruleset/2, "
            "ocop-classification/1, ocop-rule-bundle/1)",
        )
    ]


def test_a_version_of_four_digits_is_too_new_and_one_of_five_is_no_version() -> None:
    assert refused({"format": "ocop-sheet/1000"}) == [
        (
            "$.format",
            "phiên bản ocop-sheet/1000 chưa được hỗ trợ; phiên bản này của thư viện đọc đến "
            "ocop-sheet/1",
            "version ocop-sheet/1000 is not supported yet; this release of the library reads "
            "up to ocop-sheet/1",
        )
    ]
    assert refused({"format": "ocop-sheet/10000"}, "ocop-sheet") == [
        (
            "$.format",
            "định dạng 'ocop-sheet/10000' không được hỗ trợ (cần ocop-sheet/1)",
            "format 'ocop-sheet/10000' is not supported (expected ocop-sheet/1)",
        )
    ]


def nested(depth: int, *, lists: bool) -> dict[str, Any]:
    """A sheet document whose deepest value is ``depth`` levels down (the document is 1)."""
    leaf: Any = 0
    for _k in range(depth - 2):
        leaf = [leaf] if lists else {"k": leaf}
    return {"format": "ocop-sheet/1", "x": leaf}


TOO_DEEP = [
    (
        "$",
        f"dữ liệu lồng nhau quá sâu (tối đa {MAX_DEPTH} tầng)",
        f"data nested too deeply (at most {MAX_DEPTH} levels)",
    )
]


@pytest.mark.parametrize("lists", [False, True])
def test_a_document_nested_40_deep_reads_and_41_deep_does_not(lists: bool) -> None:
    deepest = nested(MAX_DEPTH, lists=lists)
    assert upgrade(deepest) == deepest
    assert refused(nested(MAX_DEPTH + 1, lists=lists)) == TOO_DEEP


BUNDLE: dict[str, Any] = {
    "format": "ocop-rule-bundle/1",
    "ruleset": {"format": "ocop-ruleset/1", "parts": {"B": 25}},
    "classification": {"format": "ocop-classification/2"},
    "sheets": [{"format": "ocop-sheet/1"}, {"format": "ocop-ruleset/2"}],
}

BUNDLE_FAULTS = [
    (
        "classification.format",
        "phiên bản ocop-classification/2 chưa được hỗ trợ; phiên bản này của thư viện đọc đến "
        "ocop-classification/1",
        "version ocop-classification/2 is not supported yet; this release of the library reads "
        "up to ocop-classification/1",
    ),
    (
        "sheets[1].format",
        "định dạng 'ocop-ruleset/2' không được hỗ trợ (cần ocop-sheet/1)",
        "format 'ocop-ruleset/2' is not supported (expected ocop-sheet/1)",
    ),
]


def test_a_bundle_upgrades_its_documents_and_keeps_those_it_cannot_in_place() -> None:
    out, problems = upgrade_contents(BUNDLE)
    assert out == {
        "format": "ocop-rule-bundle/1",
        "ruleset": {
            "format": "ocop-ruleset/2",
            "parts": [
                {
                    "code": "B",
                    "label_vi": "Khả năng tiếp thị",
                    "label_en": "Marketing capability",
                    "points": 25,
                }
            ],
        },
        "classification": {"format": "ocop-classification/2"},
        "sheets": [{"format": "ocop-sheet/1"}, {"format": "ocop-ruleset/2"}],
    }
    assert described(problems) == [(f"$.{w}", vi, en) for w, vi, en in BUNDLE_FAULTS]


@pytest.mark.parametrize("path", ["$", "$.bundles[0]"])
def test_upgrading_a_bundle_refuses_its_documents_at_their_place(path: str) -> None:
    assert refused(BUNDLE, path=path) == [(f"{path}.{w}", vi, en) for w, vi, en in BUNDLE_FAULTS]


def test_a_bundle_upgrades_its_rule_set_and_refuses_a_sheet_in_its_place() -> None:
    doc = {"format": "ocop-rule-bundle/1", "ruleset": {"format": "ocop-ruleset/1"}}
    assert upgrade(doc) == {
        "format": "ocop-rule-bundle/1",
        "ruleset": {"format": "ocop-ruleset/2"},
    }
    assert migrations.upgrade(doc, nested=False) == doc
    wrong = {"format": "ocop-rule-bundle/1", "ruleset": {"format": "ocop-sheet/1"}, "sheets": []}
    assert refused(wrong) == [
        (
            "$.ruleset.format",
            "định dạng 'ocop-sheet/1' không được hỗ trợ (cần ocop-ruleset/2)",
            "format 'ocop-sheet/1' is not supported (expected ocop-ruleset/2)",
        )
    ]
