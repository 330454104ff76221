"""ocop.advice: the proposed upgrades reach the target, and no smaller set does."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ocop
from ocop.errors import EvaluationError
from ocop.model import RuleSet, StarClass
from scoring_helpers import best_positions, mini_rule_set

MINI = mini_rule_set()


def apply(score: ocop.Score, advice: ocop.Advice, rules: RuleSet | None = None) -> ocop.Score:
    answers = dict(score.positions)
    for up in advice.upgrades:
        answers[up.criterion.code] = up.to_position
    ev = ocop.Evaluation(score.rule_set.id, score.product_set, answers, case=score.case)
    return ocop.score(ev, rules=rules)


def mini_choices(code: str) -> list[int | None]:
    crit = MINI.sheet(1).criterion(code)
    return [None, *range(1, len(crit.options) + 1)]


def valid(answers: dict[str, int | None]) -> bool:
    story = answers["2.1"]
    return not (answers["2.2"] is not None and (story is None or story == 1))


ALL_MINI = [
    dict(zip(["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"], combo, strict=True))
    for combo in itertools.product(
        *(mini_choices(c) for c in ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"])
    )
]
ALL_MINI = [a for a in ALL_MINI if valid(a)]
MINI_SCORES = [ocop.score(ocop.Evaluation("mini", 1, a), rules=MINI) for a in ALL_MINI]


def brute_force(start: ocop.Score, target: int) -> tuple[int, int] | None:
    """The fewest criteria raised, then the fewest points, over every sheet reaching target."""
    best: tuple[int, int] | None = None
    for final in MINI_SCORES:
        if final.star is None or final.star < target:
            continue
        if any(final.points[c] < start.points[c] for c in start.points):
            continue
        changed = sum(final.points[c] != start.points[c] for c in start.points)
        added = final.total - start.total
        if best is None or (changed, added) < best:
            best = (changed, int(added))
    return best


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(ALL_MINI) - 1), st.integers(1, 5))
def test_advice_is_minimal_by_brute_force(index: int, target: int) -> None:
    start = MINI_SCORES[index]
    advice = ocop.advice(start, target)
    expected = brute_force(start, target)
    if start.star is not None and start.star >= target:
        assert advice.already
        assert advice.upgrades == ()
        return
    if expected is None:
        assert not advice.reachable
        return
    assert advice.reachable
    after = apply(start, advice, MINI)
    assert after.star is not None
    assert after.star >= target
    assert (len(advice.upgrades), advice.points_added) == expected


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 26), st.integers(0, 2**32), st.integers(3, 5))
def test_advice_on_real_sheets_reaches_the_target(n: int, seed: int, target: int) -> None:
    sheet = ocop.rules.get("26/2026").sheet(n)
    case = 1 if sheet.cases else None
    rnd = random.Random(seed)
    answers = best_positions(sheet, case)
    linked = {c.code for c in sheet.scorable if c.condition} | {
        c.condition.criterion for c in sheet.scorable if c.condition
    }
    for code in rnd.sample(sorted(set(answers) - linked), 8):
        crit = sheet.criterion(code)
        answers[code] = rnd.choice(
            [None, *[k for k, o in enumerate(crit.options, 1) if not crit.cases or o.case == case]]
        )
    score = ocop.score(ocop.Evaluation("26/2026", n, answers, case=case))
    advice = ocop.advice(score, target)
    if advice.already:
        assert score.star is not None
        assert score.star >= target
        return
    assert advice.reachable
    after = apply(score, advice)
    assert after.star is not None
    assert after.star >= target
    # Every upgrade is needed: dropping any one of them misses the target.
    for k in range(len(advice.upgrades)):
        fewer = ocop.Advice(
            score=score,
            target=advice.target,
            reachable=True,
            already=False,
            points_short=advice.points_short,
            marks_missed=advice.marks_missed,
            upgrades=advice.upgrades[:k] + advice.upgrades[k + 1 :],
            needs_central=advice.needs_central,
        )
        try:
            reduced = apply(score, fewer)
        except EvaluationError:
            continue  # dropping 5.1 leaves 5.2 without a story
        assert reduced.star is None or reduced.star < target


def test_next_star_by_default_and_central_council_for_five() -> None:
    sheet = ocop.rules.get("26/2026").sheet(1)
    answers = best_positions(sheet)
    answers["4.1"] = 3  # 4★ mark met, 5★ mark missed
    score = ocop.score(ocop.Evaluation("26/2026", 1, answers))
    assert score.star == StarClass.FOUR
    advice = ocop.advice(score)
    assert advice.target == StarClass.FIVE
    assert advice.needs_central
    assert [(u.criterion.code, u.to_position, u.gain) for u in advice.upgrades] == [("4.1", 4, 2)]
    assert "Hội đồng cấp trung ương" in advice.explain("vi")
    assert "central council" in advice.explain("en")


def test_points_short_and_marks_missed() -> None:
    sheet = ocop.rules.get("26/2026").sheet(1)
    answers: dict[str, int | None] = {c.code: 1 for c in sheet.scorable}
    answers["5.2"] = None
    score = ocop.score(ocop.Evaluation("26/2026", 1, answers))
    advice = ocop.advice(score, 3)
    assert advice.points_short == 50 - score.total
    assert {m.criterion.code for m in advice.marks_missed} >= {"2.2", "4.1"}
    assert advice.reachable
    assert apply(score, advice).star == StarClass.THREE


def test_out_of_reach_when_the_gate_holds_a_marked_criterion() -> None:
    sheet = ocop.rules.get("26/2026").sheet(1)
    score = ocop.score(ocop.Evaluation("26/2026", 1, best_positions(sheet), impurities=True))
    assert score.star == StarClass.THREE
    advice = ocop.advice(score, 4)
    assert not advice.reachable
    assert advice.reason == "marks"
    assert "cannot be reached" in advice.explain("en")


def test_disqualified_and_already() -> None:
    sheet = ocop.rules.get("26/2026").sheet(1)
    best = best_positions(sheet)
    bad = ocop.score(ocop.Evaluation("26/2026", 1, best, faults={"1"}))
    assert ocop.advice(bad).reason == "disqualified"
    top = ocop.score(ocop.Evaluation("26/2026", 1, best))
    done = ocop.advice(top)
    assert done.already
    assert done.target == StarClass.FIVE
    assert "đã đạt" in done.explain("vi")


@pytest.mark.parametrize("target", [0, 6, True, "4"])
def test_bad_target(target: object) -> None:
    score = ocop.score(
        ocop.Evaluation("26/2026", 1, best_positions(ocop.rules.get("26/2026").sheet(1)))
    )
    with pytest.raises(EvaluationError):
        ocop.advice(score, target)  # type: ignore[arg-type]


def test_advice_on_a_council_uses_the_averages() -> None:
    sheet = ocop.rules.get("26/2026").sheet(1)
    a = best_positions(sheet)
    b = dict(a, **{"4.1": 2})
    council = ocop.score(
        ocop.Council([ocop.Evaluation("26/2026", 1, a), ocop.Evaluation("26/2026", 1, b)])
    )
    assert council.star == StarClass.FOUR  # 4.1 averages 3.5: 4★ met, 5★ not
    advice = ocop.advice(council)
    assert [(u.criterion.code, u.to_position) for u in advice.upgrades] == [("4.1", 4)]
    assert advice.upgrades[0].gain == pytest.approx(1.5)


@pytest.mark.parametrize("seed", range(6))
def test_advice_on_points_no_option_gives(seed: int) -> None:
    """A score made by hand may hold points that no option gives: advice weighs them the long
    way (its tables start from the options' points), the way it takes when a gate is declared
    (here on no criterion), and both agree."""
    from ocop.scoring.result import Score

    rs = ocop.rules.get("26/2026")
    rnd = random.Random(seed)
    sheet = rs.sheet(1 + seed)
    ev = ocop.Evaluation("26/2026", sheet.product_set, {c.code: None for c in sheet.scorable})
    codes = tuple(c.code for c in sheet.scorable)
    values = tuple(rnd.randint(0, c.maximum) for c in sheet.scorable)
    total = sum(values)
    band = rs.band(total)

    def made(gated: tuple[str, ...]) -> Score:
        return Score(rs, sheet, ev, total, band, band, codes, values, gated=gated)

    for target in range(int(band), 6):
        plain = ocop.advice(made(()), target)
        long_way = ocop.advice(made(("no such criterion",)), target)
        assert (plain.reachable, plain.reason) == (long_way.reachable, long_way.reason)
        assert [(u.criterion.code, u.to_position) for u in plain.upgrades] == [
            (u.criterion.code, u.to_position) for u in long_way.upgrades
        ]
