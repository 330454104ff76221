"""Councils, incomplete sheets, bare totals and the errors of scoring."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from fractions import Fraction

import pytest

import ocop
from ocop.errors import (
    EvaluationError,
    InexactNumberError,
    OcopError,
    OutOfRangeError,
    SheetNotAvailableError,
    UnknownRuleSetError,
)
from ocop.model import Authority, StarClass
from scoring_helpers import best_positions, mini_rule_set

SET1 = ocop.rules.get("26/2026").sheet(1)
BEST = best_positions(SET1)
NINETY = dict(BEST, **{"4.3": 1, "4.2": 1, "1.2": 1})  # 90 points, every mark met
EIGHTY_NINE = dict(NINETY, **{"1.7": None})  # 89 points


def ev(answers: dict[str, int | None], **kw: object) -> ocop.Evaluation:
    return ocop.Evaluation("26/2026", 1, answers, **kw)  # type: ignore[arg-type]


# --- councils ----------------------------------------------------------------------------------


def test_council_average_is_exact() -> None:
    council = ocop.Council([ev(EIGHTY_NINE), ev(NINETY), ev(NINETY)])
    s = ocop.score(council)
    assert s.total == Fraction(269, 3)
    assert isinstance(s.total, Fraction)
    assert s.band == StarClass.FOUR
    assert s.star == StarClass.FOUR
    assert [e.total for e in s.evaluators] == [89, 90, 90]
    assert s.points["1.7"] == Fraction(2, 3)
    assert "89,67" in s.explain("vi")
    assert "89.67" in s.explain("en")
    assert "Hội đồng 3 thành viên: 89, 90, 90" in s.explain("vi")


def test_council_of_equal_totals_reaching_90() -> None:
    s = ocop.score(ocop.Council([ev(NINETY), ev(NINETY)]))
    assert s.total == 90
    assert s.star == StarClass.FIVE


def test_council_marks_are_checked_on_the_average() -> None:
    low = dict(BEST, **{"4.1": 2})  # 4.1 at 2 points: below the 4★ mark (3)
    s = ocop.score(ocop.Council([ev(BEST), ev(low)]))
    assert s.points["4.1"] == Fraction(7, 2)  # 3.5 >= 3: the 4★ mark is met
    assert s.star == StarClass.FOUR  # 3.5 < 5: the 5★ mark is missed
    three = ocop.score(ocop.Council([ev(low), ev(low), ev(BEST)]))
    assert three.points["4.1"] == 3  # exactly on the 4★ mark
    assert three.star == StarClass.FOUR


def test_council_rejects_mixed_sheets_and_lists_member_problems() -> None:
    other = ocop.Evaluation("26/2026", 2, best_positions(ocop.rules.get("26/2026").sheet(2)))
    with pytest.raises(EvaluationError) as info:
        ocop.score(ocop.Council([ev(BEST), other]))
    assert [p.where for p in info.value.problems] == ["evaluation 2"]
    broken = dict(BEST, **{"4.1": 9})
    with pytest.raises(EvaluationError) as info:
        ocop.score(ocop.Council([ev(BEST), ev(broken)]))
    assert [p.where for p in info.value.problems] == ["evaluation 2: 4.1"]
    with pytest.raises(EvaluationError):
        ocop.score(ocop.Council([]))


def test_council_disqualification_is_the_union() -> None:
    s = ocop.score(ocop.Council([ev(BEST), ev(BEST, faults={"2"})]))
    assert s.star is None
    assert [f.id for f in s.disqualified] == ["2"]
    assert "Hồ sơ bị loại" in s.explain("vi")


# --- incomplete sheets -------------------------------------------------------------------------


def test_range_of_an_empty_sheet() -> None:
    r = ocop.score_range(ev({}))
    assert (r.answered, r.lowest, r.highest) == (0, 0, 100)
    assert r.stars == tuple(StarClass(k) for k in range(1, 6))
    assert len(r.missing) == 32
    assert not r.complete


def test_range_of_a_complete_sheet_is_its_score() -> None:
    r = ocop.score_range(ev(dict(BEST, **{"4.1": 2})))
    assert (r.lowest, r.highest, r.stars, r.missing) == (97, 97, (StarClass.THREE,), ())


def test_range_when_a_3_star_mark_is_already_missed() -> None:
    answers = dict(BEST)
    answers["2.3"] = None  # misses a 3★ mark: never recognised
    del answers["1.1"], answers["4.3"]
    r = ocop.score_range(ev(answers))
    assert r.missing == ("1.1", "4.3")
    assert (r.lowest, r.highest) == (89, 97)
    assert r.stars == (StarClass.TWO,)


def test_range_respects_the_story_condition() -> None:
    answers = dict(BEST)
    answers["5.1"] = 1  # no story
    del answers["5.2"]
    r = ocop.score_range(ev(answers))
    assert r.highest == r.lowest == 100 - 5 - 2


def test_range_brute_force_on_the_mini_rule_set() -> None:
    mini = mini_rule_set()
    sheet = mini.sheet(1)
    codes = [c.code for c in sheet.scorable]
    choices = {c.code: [None, *range(1, len(c.options) + 1)] for c in sheet.scorable}
    for answered in (("1.1", "3.2"), ("2.1",), ("2.2",), ()):
        partial = {c: choices[c][-1] for c in answered}
        if partial.get("2.2") is not None:
            partial["2.2"] = 2
        r = ocop.score_range(ocop.Evaluation("mini", 1, partial), rules=mini)
        free = [c for c in codes if c not in partial]
        seen: set[StarClass] = set()
        totals = []
        for combo in itertools.product(*(choices[c] for c in free)):
            answers = dict(partial, **dict(zip(free, combo, strict=True)))
            story = answers["2.1"]
            if answers["2.2"] is not None and (story is None or story == 1):
                continue
            s = ocop.score(ocop.Evaluation("mini", 1, answers), rules=mini)
            assert s.star is not None
            seen.add(s.star)
            totals.append(s.total)
        assert r.stars == tuple(sorted(seen))
        assert (r.lowest, r.highest) == (min(totals), max(totals))


# --- bare totals -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "rule_set", "star"),
    [
        (Decimal("29.99"), "26/2026", 1),
        (30, "26/2026", 2),
        (Decimal("49.99"), "26/2026", 2),
        (50, "26/2026", 3),
        (Decimal("69.5"), "26/2026", 3),
        (70, "26/2026", 4),
        (Fraction(8999, 100), "26/2026", 4),
        (90, "26/2026", 5),
        (100, "26/2026", 5),
        (Fraction(269, 3), "26/2026", 4),
        (Decimal("89.5"), "148/QĐ-TTg", 4),
        (70, "1048/QĐ-TTg", 4),
        (Decimal("49.999"), "1048", 2),
        (0, "148", 1),
    ],
)
def test_classify(total: int | Fraction | Decimal, rule_set: str, star: int) -> None:
    assert ocop.classify(total, rule_set) == StarClass(star)


def test_classify_refuses_floats_and_out_of_range() -> None:
    with pytest.raises(InexactNumberError):
        ocop.classify(89.99, "26/2026")  # type: ignore[arg-type]
    with pytest.raises(InexactNumberError):
        ocop.classify(True, "26/2026")
    with pytest.raises(OutOfRangeError):
        ocop.classify(101, "26/2026")
    with pytest.raises(OutOfRangeError):
        ocop.classify(-1, ocop.rules.get("148"))
    with pytest.raises(UnknownRuleSetError):
        ocop.classify(50, "27/2027")


# --- errors ------------------------------------------------------------------------------------


def test_rule_set_without_sheets() -> None:
    with pytest.raises(SheetNotAvailableError) as info:
        ocop.score(ocop.Evaluation("148/QĐ-TTg", 1, {}))
    assert isinstance(info.value, OcopError)
    assert "Phụ lục III" in str(info.value)


def test_every_problem_at_once() -> None:
    answers = dict(BEST)
    answers.update({"4.1": "3", "2.4": True, "6.1.1": 1, "5.1": 1})  # type: ignore[dict-item]
    del answers["12"]
    with pytest.raises(EvaluationError) as info:
        ocop.score(ev(answers, faults={"9"}, impurities=False, case=1))
    where = [p.where for p in info.value.problems]
    assert where == ["case", "2.4", "4.1", "5.2", "12", "6.1.1", "fault 9"]


def test_impurities_on_a_sheet_without_the_gate() -> None:
    sheet = ocop.rules.get("26/2026").sheet(21)
    with pytest.raises(EvaluationError) as info:
        ocop.score(ocop.Evaluation("26/2026", 21, best_positions(sheet), impurities=True))
    assert [p.where for p in info.value.problems] == ["impurities"]


def test_bad_modes() -> None:
    with pytest.raises(EvaluationError) as info:
        ocop.score(ev(BEST, by="weights", council="district"))
    assert [p.where for p in info.value.problems] == ["by", "council"]


def test_the_score_is_immutable_and_explains_itself() -> None:
    s = ocop.score(ev(BEST, on=dt.date(2026, 6, 1)))
    with pytest.raises(AttributeError):
        s.total = 1  # type: ignore[misc]
    assert s.authority is Authority.CENTRAL
    assert s.potential_five
    text = s.explain("vi")
    assert "tiềm năng 5 sao" in text
    assert "Cách hiểu (ocop.star-marks/1)" in text
    en = s.explain("en")
    assert "potential 5 stars" in en
    assert "Total: 100/100 (A 40/40, B 25/25, C 35/35)" in en


def test_criterion_views() -> None:
    s = ocop.score(ev(dict(BEST, **{"4.1": 2, "2.4": None})))
    row = next(c for c in s.criteria() if c.code == "4.1")
    assert (row.points, row.position) == (2, 2)
    assert row.option is not None
    assert row.option.label_vi.startswith("Thị trường ngoài địa bàn cấp xã")
    assert next(c for c in s.criteria() if c.code == "2.4").option is None
    assert [(p.code, p.points, p.maximum) for p in s.parts()] == [
        ("A", 39, 40),
        ("B", 22, 25),
        ("C", 35, 35),
    ]
    missed = s.missed_marks()
    assert [(m.criterion.code, int(m.level), m.required_position) for m in missed] == [
        ("4.1", 4, 3),
        ("4.1", 5, 4),
    ]


@pytest.mark.parametrize("value", [1.0, True, Decimal(1), "1"])
def test_answers_must_be_integers(value: object) -> None:
    answers: dict[str, object] = dict(BEST)
    answers["4.1"] = value
    with pytest.raises(EvaluationError) as info:
        ocop.score(ev(answers))  # type: ignore[arg-type]
    assert [p.where for p in info.value.problems] == ["4.1"]


def test_evaluation_is_read_only() -> None:
    e = ev(BEST)
    with pytest.raises(TypeError):
        e.answers["4.1"] = 1  # type: ignore[index]
