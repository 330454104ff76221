"""The engine as an object: it owns its tables, checks its rule set, and is safe to share."""

from __future__ import annotations

import random
import runpy
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ocop
from ocop.errors import EvaluationError, RuleDataError, UsageError
from ocop.model import StarClass
from ocop.scoring import Engine
from ocop.scoring.samples import random_answers, random_evaluation
from ocop.scoring.star_rule import levels_to_meet, star_class

ROOT = Path(__file__).resolve().parent.parent
OCOP_WORDING = (
    "OCOP",
    "tiềm năng",
    "trung ương",
    "potential",
    "central",
    "3, 4 và 5",
    "3, 4 and 5",
)


def official() -> ocop.RuleSet:
    return ocop.rules.get("26/2026")


def test_an_engine_owns_its_tables_and_the_sheet_holds_none() -> None:
    engine = Engine(official())
    sheet = official().sheet(1)
    assert not hasattr(sheet, "engine_cache")
    best = {c.code: len(c.options) for c in sheet.scorable}
    engine.score(ocop.Evaluation("26/2026", 1, best))
    assert engine.tables(1) is engine.tables(1)
    other = Engine(official())
    assert other.tables(1) is not engine.tables(1)


def test_bad_cases_do_not_grow_the_cache() -> None:
    engine = Engine(official())
    sheet = official().sheet(26)
    for case in range(3, 500):
        with pytest.raises(EvaluationError):
            engine.score(ocop.Evaluation("26/2026", 26, {}, case=case))
    assert len(engine._tables) <= 3  # no case (for the error), case 1 or 2 at most
    assert sheet.cases


def test_a_score_stores_its_points() -> None:
    sheet = official().sheet(2)
    ev = random_evaluation(sheet, random.Random(3))
    s = ocop.score(ev)
    assert {"point_codes", "_point_values"} <= {a.name for a in attrs.fields(type(s))}
    assert sum(s.points.values()) == s.total
    assert dict(s.points) == {r.code: r.points for r in s.criteria()}


def test_the_fast_score_is_the_score_the_constructor_makes() -> None:
    from ocop.scoring.result import Score, plain_score

    sheet = official().sheet(4)
    s = ocop.score(random_evaluation(sheet, random.Random(5)))
    args = (s.rule_set, s.sheet, s.source, s.total, s.band, s.star, s.point_codes)
    assert s.star is not None
    fast, slow = plain_score(*args), Score(*args, None)  # type: ignore[arg-type]
    for f in attrs.fields(Score):
        assert getattr(fast, f.name) == getattr(slow, f.name), f.name
    assert fast == slow
    assert len(attrs.fields(Score)) == 12  # plain_score sets every field
    given = Score(*args, s.point_values)
    assert fast == given
    assert fast.point_values == given.point_values == tuple(s.points.values())


@pytest.mark.parametrize("by", ["position", "points"])
def test_points_read_from_the_answers_are_the_points_the_engine_summed(by: str) -> None:
    """A plain score keeps no points of its own: they are read from the answers when asked
    for, and must be the engine's own, in any order of the answers, on every sheet and case."""
    rs = official()
    engine = Engine(rs)
    rnd = random.Random(11)
    for sheet in rs.sheets():
        for case in (1, 2) if sheet.cases else (None,):
            table = engine.tables(sheet.product_set, case).by_position  # built: the fast path
            answers = random_answers(sheet, rnd, case)
            ev = ocop.Evaluation("26/2026", sheet.product_set, answers, case=case)
            if by == "points":
                answers = {code: table[code][v] for code, v in answers.items()}
                ev = ocop.Evaluation("26/2026", sheet.product_set, answers, "points", case)
            backwards = ocop.Evaluation(
                "26/2026",
                sheet.product_set,
                dict(list(ev.answers.items())[::-1]),
                by,  # type: ignore[arg-type]
                case,
            )
            for one in (ev, backwards):
                fast = engine.score(one)
                checked = engine._score_checked(one)  # the generic constructor, every check
                assert fast._point_values is None
                assert fast == checked
                assert list(fast.points.items()) == list(checked.points.items())
                assert sum(fast.point_values) == fast.total
                assert fast.point_values is fast.point_values  # read once, then kept


def test_only_a_plain_evaluation_has_its_points_left_to_read() -> None:
    from ocop.scoring.result import Score

    rs = official()
    sheet = rs.sheet(1)
    members = [random_evaluation(sheet, random.Random(k)) for k in range(2)]
    council = ocop.score(ocop.Council(members))
    s = Score(rs, sheet, council.source, 0, StarClass.ONE, StarClass.ONE, ("1.1",), None)
    with pytest.raises(TypeError):
        s.point_values  # noqa: B018


def test_the_rule_set_of_the_evaluation_must_be_the_engines() -> None:
    engine = Engine(official())
    best = {c.code: len(c.options) for c in official().sheet(1).scorable}
    for spelling in ("26/2026", "26/2026/QĐ-TTg", "qd-26-2026", "QĐ 26/2026"):
        assert engine.score(ocop.Evaluation(spelling, 1, best)).total == 100
    with pytest.raises(EvaluationError) as info:
        engine.score(ocop.Evaluation("148/QĐ-TTg", 1, best))
    assert [p.where for p in info.value.problems] == ["rule_set"]
    with pytest.raises(EvaluationError):
        ocop.score(ocop.Evaluation("148/QĐ-TTg", 1, best), rules=official())


def test_an_engine_refuses_a_broken_rule_set_listing_every_problem() -> None:
    rs = official()
    sheet = rs.sheet(1)
    part = sheet.parts[0]
    section = part.sections[0]
    crit = section.criteria[0]
    broken_crit = attrs.evolve(crit, maximum=crit.maximum + 1)  # best option no longer the max
    broken_section = attrs.evolve(section, criteria=(broken_crit, *section.criteria[1:]))
    broken_part = attrs.evolve(part, sections=(broken_section, *part.sections[1:]), maximum=1)
    broken = attrs.evolve(sheet, parts=(broken_part, *sheet.parts[1:]))
    from ocop.model import SheetStore

    bad = attrs.evolve(rs, id="broken", aliases=(), official=False, store=SheetStore.of(broken))
    problems = ocop.rules.check(bad)
    assert len(problems) >= 2
    with pytest.raises(RuleDataError) as info:
        Engine(bad)
    assert len(info.value.problems) == len(problems)


def test_the_engine_wants_a_rule_set() -> None:
    with pytest.raises(UsageError):
        Engine("26/2026")  # type: ignore[arg-type]
    with pytest.raises(UsageError):
        Engine(official()).score({"4.1": 1})  # type: ignore[arg-type]


@given(
    st.sampled_from(list(StarClass)[:5]),
    st.sets(st.sampled_from([StarClass.THREE, StarClass.FOUR, StarClass.FIVE])),
)
def test_the_star_rule_is_the_highest_class_whose_marks_are_met(
    band: StarClass, missed: set[StarClass]
) -> None:
    """The definition in words, computed the long way, agrees with the one function."""
    levels = (StarClass.THREE, StarClass.FOUR, StarClass.FIVE)
    expected = max(
        s
        for s in StarClass
        if s <= band and not any(m in missed for m in levels_to_meet(s, levels))
    )
    assert star_class(band, min(missed, default=None)) == expected


def test_a_custom_rule_set_built_in_python_explains_without_ocop_wording() -> None:
    module = runpy.run_path(str(ROOT / "examples" / "engine_in_python.py"))
    rules = module["RULES"]
    assert ocop.rules.check(rules) == []
    engine = Engine(rules)
    for answers in ({"1.1": 2, "1.2": 2, "2": 3}, {"1.1": 2, "1.2": 3, "2": 3}):
        score = engine.score(ocop.Evaluation(rules.id, 1, answers))
        texts = [score.explain(loc) for loc in ("vi", "en")]
        texts += [engine.advice(score, 3).explain(loc) for loc in ("vi", "en")]
        for text in texts:
            assert not any(word in text for word in OCOP_WORDING), text
        assert score.interpretation.id == "tea-house.marks/1"


def test_the_generic_policy_names_no_programme() -> None:
    from ocop.model.policy import generic_policy

    policy = generic_policy(3)
    for locale in ("vi", "en"):
        text = policy.interpretation.text(locale)
        assert not any(word in text for word in OCOP_WORDING)
    assert [int(s) for s in policy.mark_levels] == [2, 3]
    assert not policy.top_class_central
    assert not policy.potential_top


def test_the_examples_run() -> None:
    for name in ("engine_in_python.py", "side_by_side.py", "self_assessment.py"):
        out = subprocess.run(
            [sys.executable, str(ROOT / "examples" / name)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert out.stdout


THREADS = textwrap.dedent(
    """
    import random, sys, threading
    sys.setswitchinterval(1e-6)
    import ocop
    from ocop.scoring.samples import random_answers, random_evaluation
    rs = ocop.rules.get("26/2026")
    rng = random.Random(7)
    sheets = rs.sheets()
    evs = [random_evaluation(sheets[k % 26], rng) for k in range(520)]
    engine = ocop.Engine(rs)
    results = [None] * 8
    def work(k):
        results[k] = [(s.total, s.star) for s in engine.score_many(evs)]
    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads: t.start()
    for t in threads: t.join()
    single = [(s.total, s.star) for s in ocop.Engine(rs).score_many(evs)]
    assert all(r == single for r in results), "threads disagree"
    print("ok")
    """
)


def test_one_engine_shared_by_eight_threads_agrees_with_one_thread() -> None:
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", THREADS], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "ok"


def _plain_evaluations(count: int) -> list[ocop.Evaluation]:
    rs = official()
    rnd = random.Random(7)
    sheets = rs.sheets()
    return [random_evaluation(sheets[k % len(sheets)], rnd) for k in range(count)]


@pytest.mark.parametrize("front", [True, False])
def test_a_batch_is_scored_in_batches_with_the_collector_held_and_let_go(
    front: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each batch holds the cycle collector, and gives it back between batches and at the end;
    the scores are those of scoring one by one, in order, from a generator as from a list."""
    import gc

    from ocop.scoring import engine as engine_module

    monkeypatch.setattr(engine_module, "BATCH", 3)
    evaluations = _plain_evaluations(10)
    engine = Engine(official())
    seen: list[bool] = []

    def lazily() -> Iterator[ocop.Evaluation]:
        for ev in evaluations:
            seen.append(gc.isenabled())
            yield ev

    assert gc.isenabled()
    many = ocop.score_many(lazily()) if front else engine.score_many(lazily())
    assert gc.isenabled()
    assert seen == [False] * 10  # held while a batch is scored
    assert many == [engine.score_one(ev) for ev in evaluations]
    assert engine.score_many([]) == []
    assert gc.isenabled()
    assert len(engine.score_many(evaluations[:6])) == 6  # two whole batches, then none


def test_a_batch_leaves_a_collector_turned_off_alone_and_gives_it_back_on_error() -> None:
    import gc

    evaluations = _plain_evaluations(3)
    engine = Engine(official())
    gc.disable()
    try:
        engine.score_many(evaluations)
        assert not gc.isenabled()
    finally:
        gc.enable()
    bad = ocop.Evaluation("26/2026", 1, {"4.1": 9})
    with pytest.raises(EvaluationError):
        engine.score_many([*evaluations, bad])
    assert gc.isenabled()
    with pytest.raises(UsageError):
        ocop.score_many([evaluations[0], "not an evaluation"])  # type: ignore[list-item]
    assert gc.isenabled()
