"""Building the rule model from its documents, word for word: every problem that building
reports for a bad sheet or rule set (where it is, and its whole message in both languages),
the bounds of star classes and case numbers, the defaults a sheet fills in (part names, fault
ids, the yes/no option, the cases named by its criteria), a classification given only as a
summary (sectors I to X), and every field a rule set document passes to its model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

import attrs

import ocop
from ocop.errors import Problem
from ocop.model.classification import Ministry, ProductSet, Sector
from ocop.model.policy import Interpretation
from ocop.model.ruleset import (
    Amendment,
    Authority,
    AuthorityPeriod,
    PartSpec,
    Reevaluation,
    Transition,
)
from ocop.model.sheet import Case, Option, Sheet
from ocop.model.stars import StarBand, StarClass
from ocop.rules import build
from ocop.rules import format as f
from ocop.rules.export import ruleset_document

Recogniser = Literal["district", "province", "central"]


def _said(problems: Sequence[Problem]) -> list[tuple[str, str, str]]:
    return [(p.where, p.message("vi"), p.message("en")) for p in problems]


def _option(points: int, mark: int | None = None) -> f.OptionDoc:
    return f.OptionDoc(label_vi=f"{points} điểm", points=points, mark=mark)


def _bad_sheet() -> f.SheetDoc:
    first = f.CriterionDoc(
        code="1.1",
        label_vi="Một",
        label_en="One",
        points=5,
        cases={"1": "một", "x": "y", "1000": "nghìn", "10000": "z", "k" * 45: "w"},
        cases_en={"1": "one"},
        options=(_option(0), _option(5, 9), _option(5, 10), _option(1, 0)),
    )
    sub = f.CriterionDoc(
        code="2.1.1",
        label_vi="s",
        label_en="S",
        points=1,
        cases={"²": "q", "2": "hai", "1": "khác"},
    )
    second = f.CriterionDoc(
        code="2.1",
        label_vi="Hai",
        label_en="Two",
        points=1,
        subcriteria=(sub,),
    )
    with_options = f.CriterionDoc(
        code="3", label_vi="c", label_en="C", points=2, yes_no=True, options=(_option(2),)
    )
    with_subs = f.CriterionDoc(
        code="4", label_vi="d", label_en="D", points=2, yes_no=True, subcriteria=(sub,)
    )
    return f.SheetDoc(
        format="ocop-sheet/1",
        rule_set="r",
        product_set=1,
        printed_title="t",
        parts=(
            f.PartDoc(
                code="A",
                points=7,
                sections=(
                    f.GroupSectionDoc(
                        code="1", label_vi="S1", label_en="S1", points=6, criteria=(first,)
                    ),
                    f.GroupSectionDoc(
                        code="2", label_vi="S2", label_en="S2", points=1, criteria=(second,)
                    ),
                ),
            ),
            f.PartDoc(code="B", points=2, sections=(with_options,)),
            f.PartDoc(code="Z", points=2, sections=(with_subs,), label_en="Zed"),
        ),
        total=12,
        disqualification=f.DisqualificationDoc(
            faults=(
                f.FaultDoc(label_vi="l1"),
                f.FaultDoc(label_vi="l2", id="own"),
                f.FaultDoc(label_vi="l3"),
            )
        ),
    )


SPECS = (PartSpec("A", "Phần Một", "Part One", 7), PartSpec("B", "Phần Hai", "Part Two", 2))


def _built() -> tuple[Sheet, list[Problem]]:
    return build.sheet(_bad_sheet(), SPECS)


def test_every_problem_of_a_bad_sheet_word_for_word() -> None:
    _, problems = _built()
    sub = (
        "2.1.1",
        "2.1.1: trường hợp '²' không phải một số",
        "2.1.1: case '²' is not a number",
    )
    assert _said(problems) == [
        ("1.1", "1.1: trường hợp 'x' không phải một số", "1.1: case 'x' is not a number"),
        (
            "1.1",
            "1.1: trường hợp '10000' không phải một số",
            "1.1: case '10000' is not a number",
        ),
        (
            "1.1",
            "1.1: trường hợp '" + "k" * 38 + "… không phải một số",
            "1.1: case '" + "k" * 38 + "… is not a number",
        ),
        (
            "1.1 option 3",
            "1.1 option 3: dấu sao 10 không phải một hạng (1–9)",
            "1.1 option 3: star mark 10 is not a class (1–9)",
        ),
        (
            "1.1 option 4",
            "1.1 option 4: dấu sao 0 không phải một hạng (1–9)",
            "1.1 option 4: star mark 0 is not a class (1–9)",
        ),
        sub,
        (
            "3",
            "3: tiêu chí có/không không được có phương án",
            "3: a yes/no criterion cannot list options",
        ),
        sub,
        (
            "4",
            "4: tiêu chí có/không không được có phương án",
            "4: a yes/no criterion cannot list options",
        ),
        (
            "total",
            "total: tổng 12 khác tổng các phần 11",
            "total: total 12 differs from the sum of the parts 11",
        ),
    ]


def test_marks_from_one_to_nine_and_cases_of_up_to_four_digits() -> None:
    sheet, _ = _built()
    first = sheet.parts[0].sections[0].criteria[0]
    assert [o.mark for o in first.options] == [None, StarClass.NINE, None, None]
    assert first.cases == (Case(1, "một", "one"), Case(1000, "nghìn", None))


def test_a_yes_no_criterion_has_one_unprinted_option() -> None:
    sheet, _ = _built()
    yes = Option("Có (đạt tiêu chí)", 2, "Yes (criterion met)", printed=False)
    for part in sheet.parts[1:]:
        (criterion,) = part.sections[0].criteria
        assert criterion.options == (yes,)
        assert criterion.options[0].printed is False


def test_part_names_from_the_sheet_then_the_rule_set_then_the_code() -> None:
    sheet, _ = _built()
    assert [(p.code, p.label_vi, p.label_en) for p in sheet.parts] == [
        ("A", "Phần Một", "Part One"),
        ("B", "Phần Hai", "Part Two"),
        ("Z", "Phần Z", "Zed"),
    ]


def test_faults_without_an_id_are_numbered_from_one() -> None:
    sheet, _ = _built()
    assert [x.id for x in sheet.faults] == ["1", "own", "3"]


def test_the_sheet_takes_each_case_from_the_first_criterion_naming_it() -> None:
    sheet, _ = _built()
    assert sheet.cases == (
        Case(1, "một", "one"),
        Case(2, "hai", None),
        Case(1000, "nghìn", None),
    )


# -- rule sets -------------------------------------------------------------------------------


def _doc(rule_set: str) -> f.RuleSetDoc:
    return ruleset_document(ocop.rules.get(rule_set))


def test_a_rule_set_document_gives_every_field_to_its_model() -> None:
    rs, problems = build.rule_set(_doc("148/QĐ-TTg"))
    assert problems == []
    assert rs.official is True
    assert rs.sheets_available is False
    assert rs.store is None
    assert (rs.replaced, rs.replaced_by, rs.lapsed) == (
        dt.date(2026, 5, 22),
        "26/2026/QĐ-TTg",
        dt.date(2026, 7, 21),
    )
    assert rs.bands_interpretation is not None
    assert rs.bands_interpretation.startswith("Derived, not transcribed: the printed band text")
    assert rs.dates_source.startswith("Signed 24/02/2023, as 26/2026 Điều 11.2 cites it")
    assert rs.bands_derived is True
    assert rs.sheets_missing_vi == (
        "Phụ lục III của Quyết định 148/QĐ-TTg (Bộ tiêu chí đánh giá, phân hạng sản phẩm)"
    )
    assert rs.sheets_missing_en == "Appendix III of Decision 148/QĐ-TTg (the criteria sheets)"
    assert rs.checked == dt.date(2026, 11, 28)
    assert rs.source == (
        "Quyết định 148/QĐ-TTg ngày 24/02/2023; Quyết định 1489/QĐ-TTg ngày 06/7/2025"
    )
    assert rs.amendments == (
        Amendment(
            "1489/QĐ-TTg",
            dt.date(2025, 7, 6),
            dt.date(2025, 7, 6),
            "Sửa đổi quy trình: bỏ cấp huyện; UBND cấp tỉnh công nhận 3 sao và 4 sao.",
            "Procedure only: the district level is removed; the province recognises 3★ and 4★.",
        ),
    )
    assert [(a.central_body_vi, a.central_body_en) for a in rs.authorities] == [
        ("Bộ Nông nghiệp và Phát triển nông thôn", "Ministry of Agriculture and Rural Development"),
        ("Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment"),
    ]


def test_the_transition_reevaluation_and_policy_of_a_document() -> None:
    official = ocop.rules.get("26/2026")
    rs, problems = build.rule_set(_doc("26/2026"), sheet_loader=official.sheet, official=False)
    assert problems == []
    assert rs.official is False
    assert rs.sheets_available is True
    assert rs.transition == Transition("Điều 12", 60, 30, 180)
    assert rs.bands_printed == (
        "Điều 3.3: 5 sao từ 90 đến 100; 4 sao từ 70 đến dưới 90; 3 sao từ 50 đến dưới 70; "
        "2 sao từ 30 đến dưới 50; 1 sao dưới 30"
    )
    assert rs.reevaluation is not None
    assert rs.reevaluation.printed.startswith("Điều 7.6.a: nộp hồ sơ đề nghị phân hạng lại")
    assert rs.reevaluation == Reevaluation(rs.reevaluation.printed, 180, 120, 45)
    assert rs.policy.mark_levels == (3, 4, 5)
    assert (rs.policy.top_class_central, rs.policy.potential_top) == (True, True)
    assert [i.id for i in rs.policy.other_interpretations] == ["ocop.food-safety-gate/1"]
    assert rs.policy.source.startswith("Star marks: footer of every criteria sheet")


def test_every_problem_of_a_bad_rule_set_word_for_word() -> None:
    stars: dict[str, Recogniser] = {
        "x": "central",
        "3": "province",
        "10": "central",
        "0": "district",
        "y" * 50: "central",
    }
    doc = attrs.evolve(
        _doc("148/QĐ-TTg"),
        recognised_from=12,
        bands=f.BandsDoc(lower_bounds={"1": 0}, maximum=100),
        policy=None,
        authorities=(
            f.AuthorityDoc(
                start=dt.date(2020, 1, 1),
                stars=stars,
                central_body_vi="Bộ",
                central_body_en="Ministry",
                note="n",
            ),
        ),
        sheets=f.SheetsDoc(available=True, count=3),
        classification_summary=f.ClassificationSummaryDoc(
            sectors_vi=tuple("abcdefghijk"),
            sectors_en=tuple("ABCDEFGHIJ"),
            groups=3,
            product_sets=4,
            note="n",
        ),
    )
    rs, problems = build.rule_set(doc)

    def authority(key: str) -> tuple[str, str, str]:
        return (
            "authorities[0]",
            f"authorities[0]: cơ quan công nhận không hợp lệ: {key}",
            f"authorities[0]: invalid authority: {key}",
        )

    assert _said(problems) == [
        (
            "recognised_from",
            "recognised_from: hạng công nhận 12 không phải một hạng đã khai báo",
            "recognised_from: recognised_from 12 is not a declared class",
        ),
        (
            "classification_summary",
            "classification_summary: số tên ngành tiếng Việt và tiếng Anh khác nhau",
            "classification_summary: the Vietnamese and English sector names differ in number",
        ),
        (
            "classification_summary",
            "classification_summary: tối đa 10 ngành (I đến X), có 11",
            "classification_summary: at most 10 sectors (I to X), not 11",
        ),
        (
            "sheets",
            "sheets: bộ quy tắc khai báo có phiếu nhưng không nạp được",
            "sheets: the rule set declares sheets but none can be loaded",
        ),
        authority("'x'"),
        authority("'10'"),
        authority("'0'"),
        authority("'" + "y" * 38 + "…"),
    ]
    assert rs.recognised_from is StarClass.ONE
    assert rs.policy.mark_levels == ()
    assert rs.authorities == (
        AuthorityPeriod(
            dt.date(2020, 1, 1),
            None,
            ((StarClass.THREE, Authority.PROVINCE),),
            "Bộ",
            "Ministry",
            "n",
        ),
    )
    assert rs.classification is not None
    assert rs.classification.sectors == tuple(
        Sector(code=roman, label_vi=vi, label_en=vi.upper(), groups=())
        for roman, vi in zip(
            ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"), "abcdefghij", strict=True
        )
    )
    assert rs.classification.complete is False
    assert (rs.classification.group_count, rs.classification.set_count) == (3, 4)
    assert rs.classification.note == "n"


def test_a_classification_given_is_kept_over_the_summary() -> None:
    doc = _doc("1048/QĐ-TTg")
    given = ocop.rules.get("26/2026").classification
    assert given is not None
    rs, problems = build.rule_set(doc, classification=given)
    assert problems == []
    assert rs.classification is given
    summary, _ = build.rule_set(doc)
    assert summary.classification is not None
    assert [s.code for s in summary.classification.sectors] == ["I", "II", "III", "IV", "V", "VI"]
    assert summary.classification.complete is False


def test_a_summary_names_at_most_ten_sectors_none_dropped() -> None:
    def built(count: int) -> tuple[list[str], list[tuple[str, str, str]]]:
        summary = f.ClassificationSummaryDoc(
            sectors_vi=tuple(f"ngành {k}" for k in range(count)),
            sectors_en=tuple(f"sector {k}" for k in range(count)),
            groups=3,
            product_sets=4,
            note="n",
        )
        doc = attrs.evolve(_doc("1048/QĐ-TTg"), classification_summary=summary)
        rs, problems = build.rule_set(doc)
        assert rs.classification is not None
        return [s.code for s in rs.classification.sectors], _said(problems)

    ten = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    assert built(10) == (ten, [])
    assert built(11) == (
        ten,
        [
            (
                "classification_summary",
                "classification_summary: tối đa 10 ngành (I đến X), có 11",
                "classification_summary: at most 10 sectors (I to X), not 11",
            )
        ],
    )


def test_the_marked_classes_must_be_classes() -> None:
    big = 10**20
    policy = _doc("148/QĐ-TTg").policy
    assert policy is not None
    doc = attrs.evolve(
        _doc("148/QĐ-TTg"),
        bands=f.BandsDoc(lower_bounds={}, maximum=100),
        policy=attrs.evolve(policy, mark_levels=(3, 10, *[big] * 8)),
    )
    rs, problems = build.rule_set(doc)
    levels = "[3, 10, " + ", ".join([str(big)] * 6)
    levels = levels[:79] + "…"
    assert _said(problems) == [
        (
            "policy.mark_levels",
            f"policy.mark_levels: các hạng mang dấu {levels} phải là các hạng khác nhau từ 2 đến 1",
            f"policy.mark_levels: the marked classes {levels} must be distinct classes from 2 to 1",
        )
    ]
    assert rs.policy.mark_levels == ()
    assert rs.bands == ()


def test_without_a_policy_marks_may_name_any_class_from_two() -> None:
    for lower_bounds, levels in (({}, ()), ({"1": 0}, ()), ({"1": 0, "2": 50}, (2,))):
        doc = attrs.evolve(
            _doc("148/QĐ-TTg"),
            bands=f.BandsDoc(lower_bounds=lower_bounds, maximum=100),
            policy=None,
        )
        rs, problems = build.rule_set(doc)
        assert problems == []
        assert rs.policy.mark_levels == levels
    assert rs.bands == (
        StarBand(StarClass.ONE, 0, 50, None),
        StarBand(StarClass.TWO, 50, None, 100),
    )


def test_the_number_of_sheets_from_zero_to_ten_thousand() -> None:
    sheet = ocop.rules.get("26/2026").sheet
    doc = _doc("26/2026")
    for count in (0, build.MAX_SHEETS):
        rs, problems = build.rule_set(
            attrs.evolve(doc, sheets=f.SheetsDoc(available=True, count=count)),
            sheet_loader=sheet,
        )
        assert problems == []
        assert rs.sheets_available is True
    rs, problems = build.rule_set(
        attrs.evolve(doc, sheets=f.SheetsDoc(available=True, count=build.MAX_SHEETS + 1)),
        sheet_loader=sheet,
    )
    assert _said(problems) == [
        (
            "sheets.count",
            "sheets.count: số phiếu 10001 nằm ngoài 0–10000",
            "sheets.count: sheet count 10001 outside 0–10000",
        )
    ]
    assert rs.sheets_available is False


# -- classification --------------------------------------------------------------------------


def test_a_classification_document_gives_every_field_to_its_model() -> None:
    doc = f.ClassificationDoc(
        format="ocop-classification/1",
        sectors=(
            f.SectorDoc(
                code="I",
                label_vi="Ngành",
                label_en="Sector",
                groups=(
                    f.GroupDoc(
                        code="I.1",
                        label_vi="Nhóm",
                        label_en="Group",
                        product_sets=(
                            f.ProductSetDoc(
                                number=1,
                                label_vi="Bộ",
                                label_en="Set",
                                subgroup_vi="Phân nhóm",
                                subgroup_en="Subgroup",
                                lead_ministries=(f.MinistryDoc(vi="Bộ X", en="Ministry X"),),
                            ),
                            f.ProductSetDoc(number=2, label_vi="Hai", label_en="Two"),
                        ),
                    ),
                ),
            ),
        ),
        source="Phụ lục I",
        note="ghi chú",
        assumed=True,
    )
    tree = build.classification(doc)
    assert tree.product_sets() == (
        ProductSet(
            number=1,
            label_vi="Bộ",
            label_en="Set",
            sector="I",
            group="I.1",
            subgroup_vi="Phân nhóm",
            subgroup_en="Subgroup",
            lead_ministries=(Ministry("Bộ X", "Ministry X"),),
        ),
        ProductSet(number=2, label_vi="Hai", label_en="Two", sector="I", group="I.1"),
    )
    assert (tree.group_count, tree.set_count, tree.source, tree.note, tree.assumed) == (
        1,
        2,
        "Phụ lục I",
        "ghi chú",
        True,
    )
    assert tree.complete is True


def test_interpretations_of_the_official_policy() -> None:
    rs, _ = build.rule_set(_doc("148/QĐ-TTg"))
    assert rs.policy.other_interpretations == (
        Interpretation(
            "ocop.bands-half-open/1",
            "Khoảng điểm in dưới dạng số nguyên (70–89) được áp dụng như khoảng nửa mở của "
            "Quyết định 26/2026 (từ 70 đến dưới 90) với cùng các ngưỡng.",
            "Integer ranges as printed (70–89) are applied as the half-open intervals of "
            "Decision 26/2026 (70 to under 90) with the same cut-offs.",
        ),
    )
