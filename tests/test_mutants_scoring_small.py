"""Small corners of scoring, pinned exactly: the product line of an explanation, a score's
repr, the marks of a criterion with cases, a score built by hand with points left to read, the
points mapping, random sample answers within a case, the class under a missed 2★ mark, the
exact problems of invalid sheets (answer mode, the impurity gate by position and by points, a
council level, a fault on a sheet without faults, two conditional criteria), the range of a
sheet with two conditions, and the edges of the exact searches' budget."""

from __future__ import annotations

import random
from typing import Any

import attrs
import pytest

import ocop
from ocop import Council, Evaluation
from ocop.errors import RuleDataError, SearchTooLargeError
from ocop.model import PartSpec, StarClass
from ocop.scoring.points import CriterionPoints
from ocop.scoring.range import SEARCH_BITS, SEARCH_STEPS, _check_budget
from ocop.scoring.result import Score
from ocop.scoring.samples import random_answers, random_evaluation
from ocop.scoring.star_rule import star_class
from scoring_helpers import crit as _crit
from scoring_helpers import opt as _opt
from scoring_helpers import rule_set_of_sheet as _rule_set

RULES = "26/2026"
SHEET = ocop.rules.get(RULES).sheet(1)
BEST: dict[str, int | None] = {c.code: len(c.options) for c in SHEET.scorable}


def _part(code: str, criteria: list[dict[str, Any]]) -> dict[str, Any]:
    total = sum(c["points"] for c in criteria)
    section = {
        "code": str(ord(code) - 64),
        "label_vi": code,
        "label_en": code,
        "points": total,
        "criteria": criteria,
    }
    return {"code": code, "points": total, "sections": [section]}


def _story(on: str) -> dict[str, Any]:
    return {"condition": {"kind": "above_lowest", "criterion": on, "printed": "có"}}


def duo_rule_set() -> ocop.RuleSet:
    """An invented rule set (not law) with two conditional criteria, 12 points.

    1.1 (0, 3 with the 4★ mark, 4), 1.2 scored only above 1.1's lowest (0, 1 with the 3★ mark,
    2), 1.3 (0, 1, 2); 2.1 (0, 2), 2.2 scored only above 2.1's lowest (0, 2); bands 1★ 0–1,
    2★ 2–3, 3★ 4–5, 4★ 6–8, 5★ 9–12. No dossier faults.
    """
    sheet_data = {
        "format": "ocop-sheet/1",
        "rule_set": "duo",
        "product_set": 1,
        "printed_title": "Phiếu đôi",
        "parts": [
            _part(
                "A",
                [
                    _crit("1.1", [_opt(0), _opt(3, 4), _opt(4)]),
                    _crit("1.2", [_opt(0), _opt(1, 3), _opt(2)], **_story("1.1")),
                    _crit("1.3", [_opt(0), _opt(1), _opt(2)]),
                ],
            ),
            _part(
                "B",
                [
                    _crit("2.1", [_opt(0), _opt(2)]),
                    _crit("2.2", [_opt(0), _opt(2)], **_story("2.1")),
                ],
            ),
        ],
    }
    return _rule_set("duo", sheet_data, {"1": 0, "2": 2, "3": 4, "4": 6, "5": 9})


def cased_rule_set() -> ocop.RuleSet:
    """An invented rule set (not law) whose criterion 1.1 has two cases, each with its own 3★
    mark: case 1 options 0, 2 (marked), 3; case 2 options 0, 1, 3 (marked). 1.2: 0 or 3."""
    crits = [
        _crit(
            "1.1",
            [
                *(_opt(0, None, 1), _opt(2, 3, 1), _opt(3, None, 1)),
                *(_opt(0, None, 2), _opt(1, None, 2), _opt(3, 3, 2)),
            ],
            case_choice="Chọn một",
            cases={"1": "Một", "2": "Hai"},
            cases_en={"1": "One", "2": "Two"},
        ),
        _crit("1.2", [_opt(0), _opt(3)]),
    ]
    sheet_data = {
        "format": "ocop-sheet/1",
        "rule_set": "cased",
        "product_set": 1,
        "printed_title": "Phiếu",
        "cases": [
            {"number": 1, "label_vi": "Một", "label_en": "One"},
            {"number": 2, "label_vi": "Hai", "label_en": "Two"},
        ],
        "parts": [_part("A", crits)],
    }
    return _rule_set("cased", sheet_data, {"1": 0, "2": 1, "3": 2, "4": 4, "5": 5})


DUO = ocop.Engine(duo_rule_set())


def _problems(engine: ocop.Engine, evaluation: Evaluation) -> list[tuple[str, str, str]]:
    with pytest.raises(ocop.EvaluationError) as caught:
        engine.score(evaluation)
    return [(p.where, p.message("vi"), p.message("en")) for p in caught.value.problems]


# -- explain -----------------------------------------------------------------------------------


def test_explain_names_the_product_its_code_and_its_producer_in_both_languages() -> None:
    score = ocop.score(
        Evaluation(
            RULES, 1, BEST, product="Chè Tân Cương", product_code="TN-01", producer="HTX Chè"
        )
    )
    assert score.explain("vi").splitlines()[:3] == [
        "Bộ sản phẩm 1 (Rau, củ, quả, hạt tươi), 26/2026/QĐ-TTg.",
        "Sản phẩm: Chè Tân Cương, mã TN-01, chủ thể: HTX Chè.",
        "Tổng điểm: 100/100 (A 40/40, B 25/25, C 35/35): khoảng điểm 5 sao (từ 90 đến 100 điểm).",
    ]
    assert score.explain("en").splitlines()[:3] == [
        "Product set 1 (Fresh vegetables, tubers, fruit and nuts) under 26/2026/QĐ-TTg.",
        "Product: Chè Tân Cương, code TN-01, producer: HTX Chè.",
        "Total: 100/100 (A 40/40, B 25/25, C 35/35): the band of 5 stars (90 to 100 points).",
    ]


def test_explain_names_a_council_product_alone_when_it_gives_no_code_nor_producer() -> None:
    lower = dict(BEST, **{"4.1": 2})
    council = Council(
        [Evaluation(RULES, 1, BEST), Evaluation(RULES, 1, BEST), Evaluation(RULES, 1, lower)],
        product="Mật ong",
    )
    assert ocop.score(council).explain("en").splitlines()[1:3] == [
        "Product: Mật ong.",
        "Council of 3: 100, 100, 97; the exact average is used.",
    ]


def _by_hand(real: Score, point_values: Any, **more: Any) -> Score:
    """A score built by hand from ``real``'s fields, with the points and members given."""
    return Score(
        real.rule_set,
        real.sheet,
        real.source,
        real.total,
        real.band,
        real.star,
        real.point_codes,
        point_values,
        **more,
    )


def test_explain_prints_a_member_average_in_the_reader_language() -> None:
    # A score built by hand may list a council's score among its members.
    lower = dict(BEST, **{"4.1": 2})
    real = ocop.score(Council([Evaluation(RULES, 1, BEST), Evaluation(RULES, 1, lower)]))
    hand = _by_hand(real, real.point_values, evaluators=(real,))
    assert hand.explain("en").splitlines()[1] == "Council of 1: 98.5; the exact average is used."
    assert hand.explain("vi").splitlines()[1] == (
        "Hội đồng 1 thành viên: 98,5; điểm trung bình chính xác."
    )


# -- result ------------------------------------------------------------------------------------


def test_a_score_repr_shows_the_class_or_that_the_dossier_is_disqualified() -> None:
    assert repr(ocop.score(Evaluation(RULES, 1, BEST))) == (
        "Score(26/2026/QĐ-TTg, set 1, total=100, band=5★, star=5★)"
    )
    fault = SHEET.faults[0].id
    assert repr(ocop.score(Evaluation(RULES, 1, BEST, faults=[fault]))) == (
        "Score(26/2026/QĐ-TTg, set 1, total=100, band=5★, star=disqualified)"
    )


def test_mark_checks_read_the_marks_of_the_case_chosen() -> None:
    engine = ocop.Engine(cased_rule_set())
    first = engine.score(Evaluation("cased", 1, {"1.1": 2, "1.2": 2}, case=1))
    second = engine.score(Evaluation("cased", 1, {"1.1": 5, "1.2": 2}, case=2))
    found = [
        [(int(m.level), m.criterion.code, m.required_position, m.reached, m.met) for m in checks]
        for checks in (first.mark_checks(), second.mark_checks())
    ]
    assert found == [[(3, "1.1", 2, 2, True)], [(3, "1.1", 6, 1, False)]]
    assert (first.total, first.star, second.total, second.star) == (
        5,
        StarClass.FIVE,
        4,
        StarClass.TWO,
    )


def test_a_council_score_built_without_its_points_cannot_read_them_from_answers() -> None:
    lower = dict(BEST, **{"4.1": 2})
    real = ocop.score(Council([Evaluation(RULES, 1, BEST), Evaluation(RULES, 1, lower)]))
    hand = _by_hand(real, None)
    with pytest.raises(TypeError) as caught:
        hand.point_values  # noqa: B018
    assert str(caught.value) == "only a plain evaluation's score has its points left to read"


def test_a_score_built_with_fewer_codes_than_the_sheet_refuses_to_read_its_points() -> None:
    real = ocop.score(Evaluation(RULES, 1, BEST))
    codes = tuple(real.point_codes)[:3]
    hand = Score(
        real.rule_set, real.sheet, real.source, real.total, real.band, real.star, codes, None
    )
    with pytest.raises(ValueError, match="shorter"):
        hand.point_values  # noqa: B018


# -- points ------------------------------------------------------------------------------------


def test_criterion_points_read_codes_given_once_as_an_iterator() -> None:
    points = CriterionPoints(iter(["1.1", "1.2"]), [3, 0])
    assert points["1.1"] == 3
    assert points["1.2"] == 0
    assert "1.2" in points
    assert "9.9" not in points
    assert list(points) == ["1.1", "1.2"]


def test_criterion_points_refuse_codes_and_points_of_different_lengths() -> None:
    points = CriterionPoints(("1.1", "1.2"), [3])
    with pytest.raises(ValueError, match="shorter"):
        points["1.1"]


# -- samples and the star rule -----------------------------------------------------------------


def test_random_answers_of_a_case_tick_options_of_that_case() -> None:
    sheet = ocop.rules.get(RULES).sheet(26)
    answers = random_answers(sheet, random.Random(3), 1)
    assert {code: answers[code] for code in ("8", "9", "15")} == {"8": 2, "9": 1, "15": 1}
    for crit in sheet.scorable:
        value = answers[crit.code]
        assert value is None or crit.options[value - 1].case in (None, 1)
    assert sum(v is not None for v in answers.values()) == 24
    assert ocop.score(Evaluation(RULES, 26, answers, case=1)).total <= 100


def test_a_random_evaluation_answers_the_criteria_of_its_case() -> None:
    sheet = ocop.rules.get(RULES).sheet(26)
    ev = random_evaluation(sheet, random.Random(3))
    assert ev.case == 1
    assert {code: ev.answers[code] for code in ("8", "9", "15")} == {"8": 2, "9": 1, "15": 1}


def test_a_missed_2_star_mark_leaves_1_star() -> None:
    assert star_class(StarClass.FIVE, StarClass.TWO) == StarClass.ONE
    assert star_class(StarClass.FIVE, 1) == StarClass.ONE
    assert star_class(StarClass.FIVE, StarClass.THREE) == StarClass.TWO


# -- validate ----------------------------------------------------------------------------------


def test_an_invalid_answer_mode_is_the_only_problem_reported() -> None:
    bad = dict(BEST, **{"4.1": 9, "5.1": 1, "5.2": 2})
    for by, shown in ((10**5000, "~10^5000"), ("grade", "'grade'")):
        ev = Evaluation(RULES, 1, bad, by=by)  # type: ignore[arg-type]
        assert _problems(ocop.Engine(ocop.rules.get(RULES)), ev) == [
            (
                "by",
                f"by: cách trả lời {shown} không hợp lệ (position/points)",
                f"by: answer mode {shown} is invalid (position/points)",
            )
        ]


def _gate_answers(by_points: bool) -> dict[str, int | None]:
    sheet = ocop.rules.get(RULES).sheet(2)
    answers: dict[str, int | None] = {}
    for crit in sheet.scorable:
        answers[crit.code] = min(o.points for o in crit.options) if by_points else 1
    answers["5.2"] = None
    answers["6.1"] = 4 if by_points else 3
    return answers


@pytest.mark.parametrize("by", ["position", "points"])
def test_declared_impurities_contradict_a_clean_gate_answer(by: str) -> None:
    ev = Evaluation(RULES, 2, _gate_answers(by == "points"), by=by, impurities=True)  # type: ignore[arg-type]
    assert _problems(ocop.Engine(ocop.rules.get(RULES)), ev) == [
        (
            "6.1",
            '6.1: mẫu được khai là có tạp chất nguy hại, nhưng 6.1 chọn phương án "Sạch, '
            'không phát hiện tạp chất"',
            '6.1: the sample is declared to have harmful impurities, but 6.1 is answered "Clean, '
            'no impurities found"',
        )
    ]


def test_an_unknown_council_level_is_named() -> None:
    ev = Evaluation(RULES, 1, BEST, council="district")  # type: ignore[arg-type]
    assert _problems(ocop.Engine(ocop.rules.get(RULES)), ev) == [
        (
            "council",
            "council: cấp hội đồng 'district' không hợp lệ",
            "council: council level 'district' is invalid",
        )
    ]


DUO_PLAIN: dict[str, int | None] = {"1.1": 1, "1.2": None, "1.3": 1, "2.1": 1, "2.2": None}


def test_a_fault_on_a_sheet_without_faults_lists_none_known() -> None:
    ev = Evaluation("duo", 1, DUO_PLAIN, faults=["x9"])
    assert _problems(DUO, ev) == [
        (
            "fault x9",
            "fault x9: phiếu không có lỗi hồ sơ mã 'x9' (có: —)",
            "fault x9: the sheet has no dossier fault 'x9' (known: —)",
        )
    ]


CONDITION_22 = (
    "2.2",
    "2.2: chỉ được chấm khi 2.1 cao hơn phương án thấp nhất (có)",
    "2.2: scored only when 2.1 is above its lowest option",
)


def test_the_second_condition_is_checked_after_a_first_left_unmet() -> None:
    ev = Evaluation("duo", 1, dict(DUO_PLAIN, **{"2.2": 2}))
    assert _problems(DUO, ev) == [CONDITION_22]


def test_the_second_condition_is_checked_after_a_first_on_a_wrong_answer() -> None:
    ev = Evaluation("duo", 1, dict(DUO_PLAIN, **{"1.1": 9, "1.2": 2, "2.2": 2}))
    assert _problems(DUO, ev) == [
        (
            "1.1",
            "1.1: không có phương án số 9 (chỉ có 1–3)",
            "1.1: there is no option 9 (only 1–3)",
        ),
        CONDITION_22,
    ]


def test_a_condition_on_a_group_is_refused_when_the_sheet_is_built() -> None:
    # A condition names a criterion answered directly, never a group scored through its
    # sub-criteria: such a sheet is refused before anything is scored.
    group = {
        "code": "1.1",
        "label_vi": "Nhóm",
        "label_en": "Group",
        "points": 4,
        "subcriteria": [_crit("1.1.1", [_opt(0), _opt(2)]), _crit("1.1.2", [_opt(0), _opt(2)])],
    }
    sheet_data = {
        "format": "ocop-sheet/1",
        "rule_set": "grp",
        "product_set": 1,
        "printed_title": "Phiếu",
        "parts": [_part("A", [group, _crit("1.2", [_opt(0), _opt(2)], **_story("1.1"))])],
    }
    with pytest.raises(RuleDataError) as caught:
        _rule_set("grp", sheet_data, {"1": 0, "2": 1, "3": 2, "4": 4, "5": 5})
    assert [(p.where, p.message("en")) for p in caught.value.problems] == [
        (
            "grp.json: 1.2",
            "grp.json: 1.2: the condition depends on '1.1', which is not a criterion answered"
            " directly",
        )
    ]


# -- range -------------------------------------------------------------------------------------


def _range(answers: dict[str, int | None]) -> tuple[object, ...]:
    r = DUO.score_range(Evaluation("duo", 1, answers))
    stars = tuple(int(s) for s in r.stars)
    return (r.answered, r.answered_points, r.lowest, r.highest, stars, r.missing)


def test_a_range_with_a_story_and_its_conditional_both_missing_keeps_both_marks() -> None:
    # 1.1 and 1.2 missing over 4 points: 1.2 unmet misses the 3★ mark (2★ at most), 1.1 unmet
    # misses the 4★ mark and leaves 1.2 unmet; 1.2 is never scored without 1.1.
    assert _range({"1.3": 3, "2.1": 2, "2.2": 1}) == (3, 4, 4, 10, (2, 4, 5), ("1.1", "1.2"))


def test_a_range_with_everything_missing_counts_each_pair_once() -> None:
    everything = ("1.1", "1.2", "1.3", "2.1", "2.2")
    assert _range({}) == (0, 0, 0, 12, (1, 2, 3, 4, 5), everything)


def test_a_range_holds_a_conditional_missing_at_0_when_its_story_is_unmet() -> None:
    # 1.1 unmet: 1.2 can only be 0, which misses its 3★ mark: 2★ with 6 points.
    assert _range({"1.1": 1, "1.3": 3, "2.1": 2, "2.2": 2}) == (4, 6, 6, 6, (2,), ("1.2",))


# -- the search budget -------------------------------------------------------------------------


def _with_maximum(maximum: int) -> ocop.RuleSet:
    return attrs.evolve(ocop.rules.get(RULES), parts=(PartSpec("A", "A", "A", maximum),))


def test_a_search_exactly_at_its_budget_is_allowed() -> None:
    # 3 marked classes: 8 combinations of missed marks.
    assert SEARCH_BITS == 1 << 24
    assert SEARCH_STEPS == 1 << 20
    _check_budget(_with_maximum((1 << 21) - 1), 3, 1 << 17)


def test_a_search_one_past_its_bits_is_refused_with_its_figures() -> None:
    with pytest.raises(SearchTooLargeError) as caught:
        _check_budget(_with_maximum(1 << 21), 3, 5)
    error = caught.value
    assert (error.bits, error.steps) == (((1 << 21) + 1) * 8, 40)
    assert error.message("en") == (
        f"The exact search needs {((1 << 21) + 1) * 8} bits and 40 steps, over the limits "
        f"of {1 << 24} bits and {1 << 20} steps; this rule set has points too large or too "
        "many criteria to search."
    )


def test_a_search_one_option_past_its_steps_is_refused() -> None:
    with pytest.raises(SearchTooLargeError) as caught:
        _check_budget(_with_maximum(24), 3, (1 << 17) + 1)
    assert (caught.value.bits, caught.value.steps) == (200, ((1 << 17) + 1) * 8)
