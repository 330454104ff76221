"""Advice pinned exactly: a council's upgrades in both languages (averages printed as exact
fractions, every member ticking the option), the star marks missed, the flags of an advice
(reachable, already, the central council), the message for a target that is no class, a
target out of reach for lack of points, the smallest upgrades found by the exact search
(fewest criteria, then fewest points) and the search budget it reports when exceeded."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

import ocop
from ocop import Council, Evaluation
from ocop.errors import EvaluationError, SearchTooLargeError
from ocop.model import StarClass
from ocop.rules import custom
from ocop.scoring import upgrades
from ocop.scoring.advice_result import Advice, Upgrade
from ocop.scoring.result import Score

RULES = "26/2026"
EXAMPLE = Path(__file__).parent.parent / "examples" / "self-assessment.json"
RULE_SET = ocop.rules.get(RULES)
SHEET = RULE_SET.sheet(1)
BEST: dict[str, int | None] = {c.code: len(c.options) for c in SHEET.scorable}
LABEL_41_EN = (
    "International market (with contracts and evidence of their performance), or distribution"
    " through modern trade channels: supermarkets, e-commerce, ... (with contracts, evidence of"
    " their performance and an online shop link)"
)
LABEL_41_VI = (
    "Thị trường quốc tế (có hợp đồng và tài liệu minh chứng thực hiện hợp đồng) hoặc phân phối"
    " tại các kênh thương mại hiện đại: siêu thị, thương mại điện tử,... (có hợp đồng và tài"
    " liệu minh chứng thực hiện hợp đồng, đường dẫn gian hàng điện tử)"
)


def _score(changes: dict[str, int | None], **evaluation: object) -> Score:
    return ocop.score(Evaluation(RULES, 1, {**BEST, **changes}, **evaluation))  # type: ignore[arg-type]


def _council(*members: dict[str, int | None]) -> Score:
    return ocop.score(Council([Evaluation(RULES, 1, {**BEST, **m}) for m in members]))


def _plan(advice: Advice) -> list[tuple[str, object, int, int | None, bool]]:
    return [
        (u.criterion.code, u.current, u.to_position, u.from_position, u.council)
        for u in advice.upgrades
    ]


def test_council_advice_prints_the_average_as_a_fraction_for_every_member() -> None:
    council = _council({}, {"4.1": 2})
    advice = ocop.advice(council)
    assert _plan(advice) == [("4.1", Fraction(7, 2), 4, None, True)]
    assert advice.explain("vi") == (
        "Để đạt 5 sao: thiếu 0 điểm, 1 dấu sao chưa đạt.\n"
        f"- 4.1 Khu vực phân phối chính: từ trung bình 7/2 điểm lên phương án 4 (5 điểm) cho mọi"
        f" thành viên: {LABEL_41_VI}\n"
        "1 tiêu chí, thêm 1,5 điểm.\n"
        "5 sao chỉ do Hội đồng cấp trung ương công nhận; cấp tỉnh chỉ đề xuất sản phẩm tiềm"
        " năng 5 sao."
    )
    assert advice.explain("en") == (
        "To reach 5 stars: 0 points short, 1 star mark missed.\n"
        "- 4.1 Main distribution area: from an average of 7/2 points to option 4 (5 points) for"
        f" every member: {LABEL_41_EN}\n"
        "1 criterion, 1.5 points added.\n"
        "5 stars is recognised only by the central council; a province can only propose a"
        " potential 5 stars product."
    )
    assert advice.upgrades[0].explain() == advice.upgrades[0].explain("vi")


def test_council_average_of_whole_points_is_printed_as_a_whole_number() -> None:
    council = _council({}, {"4.1": 2}, {"4.1": 2})
    advice = ocop.advice(council)
    assert _plan(advice) == [("4.1", Fraction(3), 4, None, True)]
    assert advice.upgrades[0].explain("vi") == (
        "- 4.1 Khu vực phân phối chính: từ trung bình 3 điểm lên phương án 4 (5 điểm) cho mọi"
        f" thành viên: {LABEL_41_VI}"
    )
    assert advice.upgrades[0].explain("en") == (
        "- 4.1 Main distribution area: from an average of 3 points to option 4 (5 points) for"
        f" every member: {LABEL_41_EN}"
    )


def test_council_average_of_one_point_is_singular_in_english() -> None:
    crit = ocop.rules.get("26/2026").sheet(1).criterion("4.1")
    one = Upgrade(crit, Fraction(1), crit.options[3], 4, council=True)
    assert one.explain("en") == (
        f"- 4.1 Main distribution area: from an average of 1 point to option 4 (5 points) for"
        f" every member: {LABEL_41_EN}"
    )
    assert one.explain("vi") == (
        "- 4.1 Khu vực phân phối chính: từ trung bình 1 điểm lên phương án 4 (5 điểm) cho mọi"
        f" thành viên: {LABEL_41_VI}"
    )


# Two members short of 5 stars by 2.5 points with no mark missed: 4.2 averages 1 point (a
# point one of its options gives), 3.2 averages 1/2.
SHORT_A: dict[str, int | None] = {"4.2": 2, "1.2": 2}
SHORT_B: dict[str, int | None] = {
    **SHORT_A,
    **{"1.1": 1, "1.4": 1, "3.1": 1, "3.3": 1, "6.3": 2, "6.4": 2, "12": 1, "7": 2},
    **{"3.2": 1, "4.3": 4},
}


def test_council_short_of_points_raises_the_fewest_criteria_by_the_fewest_points() -> None:
    council = _council(SHORT_A, SHORT_B)
    assert (council.total, council.star) == (Fraction(175, 2), StarClass.FOUR)
    advice = ocop.advice(council, 5)
    assert (advice.reachable, advice.points_short, advice.marks_missed) == (
        True,
        Fraction(5, 2),
        (),
    )
    assert _plan(advice) == [
        ("3.2", Fraction(1, 2), 2, None, True),
        ("4.2", Fraction(1), 4, None, True),
    ]
    assert advice.explain("vi").split("\n")[:4] == [
        "Để đạt 5 sao: thiếu 2,5 điểm, 0 dấu sao chưa đạt.",
        "- 3.2 Đại diện pháp luật của chủ thể là nữ; hoặc đồng bào dân tộc thiểu số; hoặc người"
        " khuyết tật: từ trung bình 1/2 điểm lên phương án 2 (1 điểm) cho mọi thành viên: Đại"
        " diện pháp luật của chủ thể là nữ; hoặc là đồng bào dân tộc thiểu số; hoặc là người"
        " khuyết tật",
        "- 4.2 Tổ chức phân phối: từ trung bình 1 điểm lên phương án 4 (3 điểm) cho mọi thành"
        " viên: Có bộ phận/phòng quản lý phân phối, có ứng dụng công nghệ thông tin trong quản lý",
        "2 tiêu chí, thêm 2,5 điểm.",
    ]


def test_upgrade_of_one_evaluator_defaults_to_vietnamese() -> None:
    crit = SHEET.criterion("4.1")
    up = Upgrade(crit, 2, crit.options[3], 4, from_position=2)
    assert (
        up.explain()
        == up.explain("vi")
        == (
            f"- 4.1 Khu vực phân phối chính: từ phương án 2 (2 điểm) lên phương án 4 (5 điểm): "
            f"{LABEL_41_VI}"
        )
    )


def test_advice_flags_are_exact_booleans_and_keep_the_score() -> None:
    bad = _score({}, faults={"1"})
    top = _score({})
    low = _score({"4.1": 2})
    cases = [(bad, None), (top, None), (low, 4), (low, 3)]
    flags = []
    for score, target in cases:
        advice = ocop.advice(score, target)
        assert advice.score is score
        flags.append((advice.reachable, advice.already, advice.reason))
    assert flags == [
        (False, False, "disqualified"),
        (True, True, None),
        (True, False, None),
        (True, True, None),
    ]
    for reachable, already, _reason in flags:
        assert reachable.__class__ is bool
        assert already.__class__ is bool


def test_marks_missed_up_to_the_target_are_listed_by_class() -> None:
    score = _score({"4.1": 1, "2.2": 1, "1.6": 1, "1.3": 1})
    advice = ocop.advice(score, 4)
    assert [
        (int(m.level), m.criterion.code, m.required.points, m.reached, m.met)
        for m in advice.marks_missed
    ] == [(3, "2.2", 2, 0, False), (3, "4.1", 2, 1, False), (4, "4.1", 3, 1, False)]
    assert [m.required for m in advice.marks_missed] == [
        SHEET.criterion("2.2").options[2],
        SHEET.criterion("4.1").options[1],
        SHEET.criterion("4.1").options[2],
    ]


def test_central_council_needs_no_higher_council_for_the_top_class() -> None:
    province = ocop.advice(_score({"4.1": 3}))
    central = ocop.advice(_score({"4.1": 3}, council="central"))
    assert (province.target, province.needs_central) == (StarClass.FIVE, True)
    assert (central.target, central.needs_central) == (StarClass.FIVE, False)
    assert central.explain("en").split("\n")[-1] == "1 criterion, 2 points added."


@pytest.mark.parametrize(
    ("target", "vi", "en"),
    [
        (7, "hạng mục tiêu 7 không hợp lệ (1–5)", "target 7 is not a star class (1–5)"),
        ("4", "hạng mục tiêu '4' không hợp lệ (1–5)", "target '4' is not a star class (1–5)"),
    ],
)
def test_a_target_that_is_no_class_is_refused_with_its_value(
    target: object, vi: str, en: str
) -> None:
    with pytest.raises(EvaluationError) as caught:
        ocop.advice(_score({}), target)  # type: ignore[arg-type]
    assert caught.value.message("vi") == (
        f"Phiếu đánh giá lời khuyên không hợp lệ (1 lỗi).\n  - target: {vi}"
    )
    assert caught.value.message("en") == (
        f"Evaluation advice is invalid (1 problem).\n  - target: {en}"
    )
    assert [p.where for p in caught.value.problems] == ["target"]


def _gated(
    lowered: dict[str, int],
    gated: tuple[str, ...] = ("1.1", "1.4", "3.1", "1.7"),
    star: StarClass | None = None,
) -> Score:
    """A score whose gate held ``gated`` (criteria without marks: 10 points by default) at 0,
    every other criterion at its best but ``lowered`` (points); its class is its band unless
    ``star`` (a mark missed) says lower."""
    codes = tuple(c.code for c in SHEET.scorable)
    values = tuple(0 if c.code in gated else lowered.get(c.code, c.maximum) for c in SHEET.scorable)
    total = sum(values)
    band = RULE_SET.band(total)
    ev = Evaluation(RULES, 1, dict.fromkeys(codes))
    return Score(RULE_SET, SHEET, ev, total, band, star or band, codes, values, gated=gated)


def test_a_target_out_of_reach_for_points_says_so() -> None:
    advice = ocop.advice(_gated({}, ("1.1", "1.4", "3.1", "1.7", "1.2")), 5)
    assert (advice.reachable, advice.reason, advice.points_short, advice.upgrades) == (
        False,
        "points",
        2,
        (),
    )
    assert advice.explain("vi") == (
        "Không thể đạt 5 sao: tổng điểm tối đa có thể đạt trên phiếu này không đủ."
    )
    assert advice.explain("en") == (
        "5 stars cannot be reached: the highest total this sheet allows is not enough."
    )


def test_a_target_reached_with_exactly_every_point_left_is_reachable() -> None:
    advice = ocop.advice(_gated({"4.2": 0, "6.4": 1}), 5)
    assert (advice.reachable, advice.reason, advice.points_short) == (True, None, 5)
    assert [(u.criterion.code, u.current, u.to_position) for u in advice.upgrades] == [
        ("4.2", 0, 4),
        ("6.4", 1, 4),
    ]


def test_an_advice_out_of_reach_without_a_known_reason_names_none() -> None:
    advice = ocop.advice(_score({}, faults={"1"}))
    for reason in (None, "other"):
        unknown = Advice(
            score=advice.score,
            target=StarClass.FIVE,
            reachable=False,
            already=False,
            points_short=0,
            marks_missed=(),
            upgrades=(),
            needs_central=False,
            reason=reason,
        )
        assert unknown.explain("vi") == "Không thể đạt 5 sao: ."
        assert unknown.explain("en") == "5 stars cannot be reached: ."


def _budget_cases() -> dict[str, tuple[Score, int]]:
    nothing: dict[str, int | None] = dict.fromkeys(BEST)
    return {
        "small gap": (_score({"4.1": 2, "6.3": 1, "1.4": 1}), 4),
        "from nothing": (_score(nothing), 3),
        "marks missed": (_score({"4.1": 1, "2.2": 1, "1.6": 1, "1.3": 1}), 4),
        "council": (_council(SHORT_A, SHORT_B), 5),
        "gated": (_gated({"4.2": 0, "6.4": 1}), 5),
    }


@pytest.mark.parametrize(
    ("case", "bits", "steps"),
    [
        ("small gap", 18, 10),
        ("from nothing", 1313, 115),
        ("marks missed", 36, 11),
        ("council", 78, 26),
        ("gated", 18, 8),
    ],
)
def test_the_search_reports_its_exact_size_against_its_budget(
    monkeypatch: pytest.MonkeyPatch, case: str, bits: int, steps: int
) -> None:
    """The exact search needs (changes bound + 1) x (largest gain + 1) bits and one step per
    choice; a budget of exactly that fits, one less in either is a typed error."""
    score, target = _budget_cases()[case]
    monkeypatch.setattr(upgrades, "SEARCH_BITS", bits)
    monkeypatch.setattr(upgrades, "SEARCH_STEPS", steps)
    assert ocop.advice(score, target).reachable
    for max_bits, max_steps in [(bits - 1, steps), (bits, steps - 1)]:
        monkeypatch.setattr(upgrades, "SEARCH_BITS", max_bits)
        monkeypatch.setattr(upgrades, "SEARCH_STEPS", max_steps)
        with pytest.raises(SearchTooLargeError) as caught:
            ocop.advice(score, target)
        assert (caught.value.bits, caught.value.steps) == (bits, steps)
        assert caught.value.message("en") == (
            f"The exact search needs {bits} bits and {steps} steps, over the limits of"
            f" {max_bits} bits and {max_steps} steps; this rule set has points too large or too"
            " many criteria to search."
        )


def _paired_rules() -> ocop.RuleSet:
    """The example self-assessment with two conditional pairs: 1.2 scored only when 1.1 is
    above its lowest option (0 points), and 2.2 (a mark for class 3 at 2 points) only when 2.1
    (its mark taken away) is above its lowest (1 point)."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["ruleset"]["id"] = "vi-du/hai-cap-dieu-kien"
    data["ruleset"]["aliases"] = []
    sheet = data["sheets"][0]
    sheet["rule_set"] = "vi-du/hai-cap-dieu-kien"
    one, two = (part["sections"][0]["criteria"] for part in sheet["parts"][:2])
    one[1]["condition"] = {"kind": "above_lowest", "criterion": "1.1", "printed": "có sổ"}
    del two[0]["options"][1]["mark"]
    two[1] = {
        "code": "2.2",
        "label_vi": "Nhãn hàng",
        "label_en": "Label",
        "points": 4,
        "options": [
            {"label_vi": "Không", "points": 0},
            {"label_vi": "Nhãn in", "points": 2, "mark": 3},
            {"label_vi": "Nhãn có mã truy xuất", "points": 4},
        ],
        "condition": {"kind": "above_lowest", "criterion": "2.1", "printed": "có kênh bán"},
    }
    return custom.load(data)


NOTHING_PAIRED: dict[str, int | None] = dict.fromkeys(["1.1", "1.2", "2.1", "2.2", "3", "4"])


@pytest.mark.parametrize(
    ("members", "target", "short", "plan"),
    [
        # Both pairs kept apart: 1.2 rises with its story in 1.1, never on its own.
        ([NOTHING_PAIRED], 2, 15, [("1.1", 3, 0), ("1.2", 3, 0), ("3", 2, 0)]),
        # The conditional 2.2 carries a mark: it must rise, and 2.1 above its lowest with it.
        (
            [NOTHING_PAIRED],
            3,
            30,
            [("1.1", 3, 0), ("1.2", 3, 0), ("2.1", 3, 0), ("2.2", 3, 0), ("3", 3, 0)],
        ),
        # A council: 2.1 averages 3/2 (scaled 3) and still rises to option 2.
        (
            [
                {"1.1": 2, "1.2": 1, "2.1": None, "2.2": None, "3": 1, "4": 3},
                {"1.1": 3, "1.2": 1, "2.1": 2, "2.2": 3, "3": 3, "4": 1},
            ],
            3,
            Fraction(23, 2),
            [
                ("1.1", 3, Fraction(3)),
                ("1.2", 3, Fraction(2)),
                ("2.1", 2, Fraction(3, 2)),
                ("3", 3, Fraction(5)),
            ],
        ),
        # A council whose 2.1 averages 1/2: 2.2 may rise only with 2.1 above its lowest (1
        # point, scaled 2), so 2.1 rises too.
        (
            [
                {"1.1": 2, "1.2": 3, "2.1": None, "2.2": None, "3": 3, "4": 1},
                {"1.1": 3, "1.2": 2, "2.1": 1, "2.2": None, "3": 3, "4": None},
            ],
            3,
            Fraction(23, 2),
            [
                ("1.1", 3, Fraction(3)),
                ("1.2", 3, Fraction(5)),
                ("2.1", 3, Fraction(1, 2)),
                ("2.2", 3, Fraction(0)),
            ],
        ),
    ],
)
def test_advice_keeps_each_conditional_pair_together(
    members: list[dict[str, int | None]],
    target: int,
    short: object,
    plan: list[tuple[str, int, object]],
) -> None:
    rules = _paired_rules()
    evaluations = [Evaluation(rules.id, 1, m) for m in members]
    engine = ocop.Engine(rules)
    score = engine.score(evaluations[0] if len(members) == 1 else Council(evaluations))
    advice = ocop.advice(score, target)
    assert (advice.reachable, advice.reason, advice.points_short) == (True, None, short)
    assert [(u.criterion.code, u.to_position, u.current) for u in advice.upgrades] == plan


def test_a_story_held_at_0_by_the_gate_leaves_its_mark_out_of_reach() -> None:
    """5.1 carries a 4-star mark (5 points): held at 0 with 5.2, no choice of the pair meets it."""
    advice = ocop.advice(_gated({}, ("5.1", "5.2"), StarClass.THREE), 4)
    assert (advice.reachable, advice.reason, advice.upgrades) == (False, "marks", ())
    assert [(int(m.level), m.criterion.code, m.reached) for m in advice.marks_missed] == [
        (4, "5.1", 0)
    ]


def test_one_point_short_is_made_up_by_a_one_point_rise() -> None:
    """The only rise left is 4.2 from 2 to 3 points: the search still counts it."""
    advice = ocop.advice(_gated({"4.2": 2}), 5)
    assert (advice.reachable, advice.points_short) == (True, 1)
    assert [(u.criterion.code, u.current, u.to_position, u.gain) for u in advice.upgrades] == [
        ("4.2", 2, 4, 1)
    ]
    assert advice.explain("en").split("\n")[-2] == "1 criterion, 1 point added."
