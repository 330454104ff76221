"""A rule set exported to a bundle, key for key: every field of the rule set, its
classification (a whole tree or only a summary) and its sheets is written back as it was read,
a section printed with options directly is written as one criterion under the section's names,
the bands' maximum is the top band's, a rule set without sheets writes none; and rule-set ids
that are not strings are refused in both languages."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest

import ocop
from ocop.errors import RuleDataError, UsageError
from ocop.rules import custom
from ocop.rules.ids import normalize_id

RULESET: dict[str, Any] = {
    "format": "ocop-ruleset/2",
    "id": "thu/xuat-day-du",
    "aliases": ["thu-xuat", "xuat/2026"],
    "title_vi": "Bộ quy tắc thử xuất đầy đủ",
    "title_en": "A full export test rule set",
    "signed": "2026-01-02",
    "effective": "2026-01-05",
    "replaced": "2027-03-04",
    "replaced_by": "thu/ke-tiep",
    "lapsed": "2027-06-07",
    "dates_source": "Ngày tự đặt",
    "amendments": [
        {
            "id": "sua/1",
            "signed": "2026-02-03",
            "effective": "2026-02-10",
            "summary_vi": "Sửa lần một",
            "summary_en": "First amendment",
        }
    ],
    "parts": [
        {"code": "A", "label_vi": "Phần A", "label_en": "Part A", "points": 10},
        {"code": "B", "label_vi": "Phần B", "label_en": "Part B", "points": 6},
    ],
    "bands": {
        "lower_bounds": {"1": 0, "2": 5, "3": 10},
        "maximum": 16,
        "printed": "Hạng 1 dưới 5; hạng 2 từ 5; hạng 3 từ 10",
        "interpretation": "Đọc như in",
        "derived": True,
    },
    "recognised_from": 2,
    "certificate_validity_months": 24,
    "authorities": [
        {
            "from": "2026-01-05",
            "to": "2026-12-31",
            "stars": {"2": "district", "3": "central"},
            "central_body_vi": "Bộ thử",
            "central_body_en": "Test ministry",
            "note": "Giai đoạn một",
        }
    ],
    "transition": {
        "printed": "Điều 9",
        "previous_rules_days_first_or_upgrade": 11,
        "previous_rules_days_reevaluation": 12,
        "late_reevaluation_grace_days": 13,
    },
    "reevaluation": {
        "printed": "Điều 8",
        "earliest_days": 90,
        "latest_days": 30,
        "decision_days": 15,
    },
    "sheets": {"available": True, "count": 1},
    "policy": {
        "interpretation": {"id": "thu/1", "text_vi": "Cách đọc", "text_en": "A reading"},
        "other_interpretations": [{"id": "thu/2", "text_vi": "Cách khác", "text_en": "Another"}],
        "mark_levels": [2, 3],
        "top_class_central": True,
        "potential_top": True,
        "source": "Chính sách tự đặt",
    },
    "source": "Nguồn thử",
    "checked": "2026-03-01",
}

CLASSIFICATION: dict[str, Any] = {
    "format": "ocop-classification/1",
    "sectors": [
        {
            "code": "I",
            "label_vi": "Ngành một",
            "label_en": "Sector one",
            "groups": [
                {
                    "code": "I.1",
                    "label_vi": "Nhóm một",
                    "label_en": "Group one",
                    "product_sets": [
                        {
                            "number": 1,
                            "label_vi": "Bộ một",
                            "label_en": "Set one",
                            "subgroup_vi": "Phân nhóm",
                            "subgroup_en": "Subgroup",
                            "lead_ministries": [{"vi": "Bộ thử", "en": "Test ministry"}],
                        }
                    ],
                }
            ],
        }
    ],
    "source": "Phụ lục thử",
    "note": "Cây tự đặt",
    "assumed": True,
}

SHEET: dict[str, Any] = {
    "format": "ocop-sheet/1",
    "rule_set": "thu/xuat-day-du",
    "product_set": 1,
    "printed_title": "Phiếu thử",
    "title_en": "Test sheet",
    "source": "Phiếu tự đặt",
    "parts": [
        {
            "code": "A",
            "label_vi": "Phần A của phiếu",
            "label_en": "The sheet's part A",
            "points": 10,
            "sections": [
                {
                    "code": "1",
                    "label_vi": "Mục một",
                    "label_en": "Section one",
                    "points": 6,
                    "criteria": [
                        {
                            "code": "1.1",
                            "label_vi": "Tiêu chí một",
                            "label_en": "Criterion one",
                            "points": 4,
                            "requirements": ["Yêu cầu"],
                            "descriptions": ["Mô tả"],
                            "notes": ["Ghi chú"],
                            "subcriteria": [
                                {
                                    "code": "1.1.1",
                                    "label_vi": "Con một",
                                    "label_en": "Sub one",
                                    "points": 2,
                                    "options": [
                                        {"label_vi": "Không", "points": 0},
                                        {
                                            "label_vi": "Có",
                                            "points": 2,
                                            "label_en": "Yes",
                                            "mark": 2,
                                        },
                                    ],
                                },
                                {
                                    "code": "1.1.2",
                                    "label_vi": "Con hai",
                                    "label_en": "Sub two",
                                    "points": 2,
                                    "yes_no": True,
                                },
                            ],
                        },
                        {
                            "code": "1.2",
                            "label_vi": "Tiêu chí hai",
                            "label_en": "Criterion two",
                            "points": 2,
                            "condition": {
                                "kind": "above_lowest",
                                "criterion": "1.1.1",
                                "printed": "nếu 1.1.1 đạt",
                            },
                            "options": [
                                {"label_vi": "Thấp", "points": 0},
                                {"label_vi": "Cao", "points": 2, "mark": 3},
                            ],
                        },
                    ],
                },
                {
                    "code": "2",
                    "label_vi": "Mục hai",
                    "label_en": "Section two",
                    "points": 4,
                    "cases": {"1": "Trường hợp một", "2": "Trường hợp hai"},
                    "cases_en": {"1": "Case one"},
                    "options": [
                        {"label_vi": "Một thấp", "points": 0, "case": 1},
                        {"label_vi": "Một cao", "points": 4, "case": 1, "label_en": "One high"},
                        {"label_vi": "Hai", "points": 4, "case": 2},
                    ],
                },
            ],
        },
        {
            "code": "B",
            "label_vi": "Phần B của phiếu",
            "label_en": "The sheet's part B",
            "points": 6,
            "sections": [
                {
                    "code": "3",
                    "label_vi": "Mục ba",
                    "label_en": "Section three",
                    "points": 6,
                    "criteria": [
                        {
                            "code": "3.1",
                            "label_vi": "Tiêu chí ba",
                            "label_en": "Criterion three",
                            "points": 6,
                            "options": [
                                {"label_vi": "Ít", "points": 1},
                                {"label_vi": "Nhiều", "points": 6},
                            ],
                        },
                    ],
                },
            ],
        },
    ],
    "disqualification": {
        "printed": "Hồ sơ bị loại khi",
        "faults": [
            {
                "label_vi": "Thiếu giấy",
                "id": "thieu-giay",
                "criterion": "3.1",
                "label_en": "No paper",
            },
            {"label_vi": "Sai tên", "id": "sai-ten"},
        ],
        "aliases": [{"id": "cu", "successor": "sai-ten", "reason": "Đổi tên"}],
    },
    "food_safety_gate": {"criterion": "1.2", "section": "1", "printed": "Cổng an toàn"},
    "star_mark_note": "Dấu sao",
    "total": 16,
    "corrections": [
        {
            "where": "1.2",
            "printed": "3",
            "corrected": "2",
            "reason": "In sai",
            "option": "Cao",
            "proof": "Tổng",
        }
    ],
    "doubts": [{"where": "3.1", "note": "Lạ"}],
    "cases": [
        {"number": 1, "label_vi": "Trường hợp một", "label_en": "Case one", "note": "Ghi chú một"},
        {"number": 2, "label_vi": "Trường hợp hai"},
    ],
    "stop_rules": [
        {
            "printed": "Dừng",
            "where": "Phần A",
            "criteria": ["1.2"],
            "trigger": "lowest",
            "note": "Không áp dụng",
            "label_en": "Stop",
        }
    ],
}


def full_bundle() -> dict[str, Any]:
    """A bundle that sets every key the export writes to a value that is not its default."""
    return {
        "format": "ocop-rule-bundle/1",
        "ruleset": copy.deepcopy(RULESET),
        "classification": copy.deepcopy(CLASSIFICATION),
        "sheets": [copy.deepcopy(SHEET)],
    }


SUMMARY: dict[str, Any] = {
    "sectors_vi": ["Ngành một", "Ngành hai"],
    "sectors_en": ["Sector one", "Sector two"],
    "groups": 3,
    "product_sets": 4,
    "note": "Chỉ biết các ngành",
}


def summary_bundle(summary: dict[str, Any] = SUMMARY) -> dict[str, Any]:
    """A bundle whose classification is only a summary, without sheets."""
    ruleset = copy.deepcopy(RULESET)
    ruleset["sheets"] = {"available": False, "missing": "Phụ lục thiếu", "missing_en": "No annex"}
    ruleset["classification_summary"] = copy.deepcopy(summary)
    return {"format": "ocop-rule-bundle/1", "ruleset": ruleset, "sheets": []}


def test_every_field_of_a_bundle_is_exported_as_it_was_written() -> None:
    rs = custom.load(full_bundle())
    exported = custom.export(rs)
    assert exported == full_bundle()
    assert custom.export(custom.load(exported)) == exported


def test_a_summary_classification_is_exported_as_a_summary_without_sheets() -> None:
    rs = custom.load(summary_bundle())
    assert rs.classification is not None
    assert not rs.classification.complete
    assert not rs.sheets_available
    exported = custom.export(rs)
    assert exported == summary_bundle()
    assert "classification" not in exported
    assert exported["ruleset"]["classification_summary"] == SUMMARY
    assert custom.export(custom.load(exported)) == exported


def test_a_summary_of_no_groups_and_no_product_sets_counts_zero() -> None:
    empty = {"sectors_vi": [], "sectors_en": [], "groups": 0, "product_sets": 0}
    exported = custom.export(custom.load(summary_bundle(empty)))
    assert exported["ruleset"]["classification_summary"] == empty
    assert exported == summary_bundle(empty)


def test_1048_exports_its_summary_and_no_sheets() -> None:
    exported = custom.export(ocop.rules.get("1048"))
    assert exported["format"] == "ocop-rule-bundle/1"
    assert "classification" not in exported
    assert exported["sheets"] == []
    ruleset = exported["ruleset"]
    assert ruleset["sheets"] == {
        "available": False,
        "missing": "Phụ lục Bộ tiêu chí đánh giá, phân hạng sản phẩm của Quyết định 1048/QĐ-TTg "
        "(và các yêu cầu tối thiểu của Quyết định 781/QĐ-TTg)",
        "missing_en": "The criteria annex of Decision 1048/QĐ-TTg "
        "(and the per-star minimums of Decision 781/QĐ-TTg)",
    }
    summary = ruleset["classification_summary"]
    assert {k: v for k, v in summary.items() if k != "note"} == {
        "sectors_vi": [
            "Thực phẩm",
            "Đồ uống",
            "Thảo dược",
            "Vải và may mặc",
            "Lưu niệm - nội thất - trang trí",
            "Dịch vụ du lịch nông thôn, bán hàng",
        ],
        "sectors_en": [
            "Food",
            "Drinks",
            "Herbal products",
            "Textiles and garments",
            "Souvenirs, furnishings and decoration",
            "Rural tourism services and sales",
        ],
        "groups": 16,
        "product_sets": 26,
    }
    tree = ocop.rules.get("1048").classification
    assert tree is not None
    assert summary["note"] == tree.note
    assert summary["note"].startswith("Only the six sectors and the counts of groups")
    assert custom.export(custom.load(exported)) == exported


def test_a_section_holding_only_a_criterion_of_its_code_is_exported_as_that_criterion() -> None:
    data = full_bundle()
    section = data["sheets"][0]["parts"][1]["sections"][0]
    section["criteria"][0]["code"] = "3"
    data["sheets"][0]["disqualification"]["faults"][0]["criterion"] = "3"
    rs = custom.load(data)
    criterion = rs.sheet(1).parts[1].sections[0].criteria[0]
    assert (criterion.code, criterion.label_vi, criterion.label_en) == (
        "3",
        "Tiêu chí ba",
        "Criterion three",
    )
    exported = custom.export(rs)
    assert exported["sheets"][0]["parts"][1]["sections"] == [
        {
            "code": "3",
            "label_vi": "Mục ba",
            "label_en": "Section three",
            "points": 6,
            "options": [{"label_vi": "Ít", "points": 1}, {"label_vi": "Nhiều", "points": 6}],
        }
    ]
    again = custom.export(custom.load(exported))
    assert again == exported


def test_one_band_is_exported_with_the_rule_sets_maximum() -> None:
    data = summary_bundle()
    data["ruleset"]["bands"] = {"lower_bounds": {"1": 0}, "maximum": 16}
    data["ruleset"]["recognised_from"] = 1
    data["ruleset"]["authorities"][0]["stars"] = {"1": "province"}
    del data["ruleset"]["policy"]
    exported = custom.export(custom.load(data))
    assert exported["ruleset"]["bands"] == {"lower_bounds": {"1": 0}, "maximum": 16}
    assert exported["ruleset"]["recognised_from"] == 1


def test_the_bands_maximum_is_the_top_bands_even_when_the_parts_no_longer_add_up() -> None:
    rs = custom.load(summary_bundle())
    short = attrs.evolve(rs, parts=rs.parts[:1])
    assert short.maximum == 10
    exported = custom.export(short)
    assert exported["ruleset"]["bands"]["maximum"] == 16
    with pytest.raises(RuleDataError) as caught:
        custom.load(exported)
    assert str(caught.value) == (
        "Dữ liệu quy tắc <data> không hợp lệ (1 lỗi).\n"
        "  - <data>: ruleset: bands: điểm tối đa 16 khác tổng các phần 10\n"
        "Rule data <data> is invalid (1 problem).\n"
        "  - <data>: ruleset: bands: maximum 16 differs from the sum of the parts 10"
    )


def test_a_rule_set_without_bands_exports_the_sum_of_its_parts() -> None:
    rs = attrs.evolve(custom.load(summary_bundle()), bands=())
    assert custom.export(rs)["ruleset"]["bands"] == {
        "lower_bounds": {},
        "maximum": 16,
        "printed": "Hạng 1 dưới 5; hạng 2 từ 5; hạng 3 từ 10",
        "interpretation": "Đọc như in",
        "derived": True,
    }


@pytest.mark.parametrize(("value", "shown"), [(26, "26"), (None, "None"), (b"26", "b'26'")])
def test_a_rule_set_id_that_is_not_a_string_is_refused(value: object, shown: str) -> None:
    with pytest.raises(UsageError) as caught:
        normalize_id(value)  # type: ignore[arg-type]
    assert str(caught.value) == (
        f"mã bộ quy tắc phải là chuỗi, không phải {shown}\n"
        f"a rule set id must be a string, not {shown}"
    )
    assert caught.value.message("en") == f"a rule set id must be a string, not {shown}"


@pytest.mark.parametrize(
    ("spelling", "key"),
    [("26/2026/QĐ-TTg", "26-2026"), ("qd-26-2026", "26-2026"), ("Số 5/đt", "5-dt"), ("ĐẶC", "dac")],
)
def test_rule_set_spellings_share_a_key(spelling: str, key: str) -> None:
    assert normalize_id(spelling) == key
