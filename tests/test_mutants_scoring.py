"""Scoring checked against brute force and on its edges: the range of an incomplete sheet
against every way to complete it (cases, answers by points, the food-safety gate, the 5.1/5.2
condition with both missing), councils and ``score_many`` with ``rules=``, marks exactly at
their level, the bounds of option positions, and advice on a disqualified score."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest

import ocop
from ocop import Council, Evaluation
from ocop.errors import EvaluationError, UsageError
from ocop.model import StarClass
from ocop.scoring.front import engine_for
from ocop.scoring.tables import SheetTables

RULES = "26/2026/QĐ-TTg"
ENGINE = engine_for(RULES)


def _tables(product_set: int, case: int | None = None) -> SheetTables:
    return ENGINE.tables(product_set, case)


def _best(product_set: int, case: int | None = None) -> dict[str, int | None]:
    tables = _tables(product_set, case)
    return {
        code: max(
            (k for k in tables.by_position[code] if k is not None),
            key=lambda k: tables.by_position[code][k],
        )
        for code in tables.codes
    }


def _choices(tables: SheetTables, code: str) -> list[int | None]:
    return [None, *sorted(k for k in tables.by_position[code] if k is not None)]


def _as_points(tables: SheetTables, answers: dict[str, int | None]) -> dict[str, int | None]:
    return {
        code: None if v is None else int(tables.by_position[code][v]) for code, v in answers.items()
    }


def _brute_force(
    product_set: int,
    answers: dict[str, int | None],
    missing: tuple[str, ...],
    *,
    case: int | None,
    impurities: bool,
) -> tuple[int, int, set[StarClass]]:
    tables = _tables(product_set, case)
    totals: list[int] = []
    stars: set[StarClass] = set()
    for combo in itertools.product(*(_choices(tables, code) for code in missing)):
        full = dict(answers, **dict(zip(missing, combo, strict=True)))
        ev = Evaluation(RULES, product_set, full, case=case, impurities=impurities)
        try:
            s = ocop.score(ev)
        except EvaluationError:
            continue  # 5.2 ticked without a story in 5.1
        totals.append(int(s.total))
        assert s.star is not None
        stars.add(s.star)
    return min(totals), max(totals), stars


def _cases() -> list[tuple[int, int | None, bool, bool, tuple[str, ...], int]]:
    """(product set, case, impurities, by points, missing codes, seed of the other answers)."""
    rows: list[tuple[int, int | None, bool, bool, tuple[str, ...], int]] = [
        (1, None, False, False, ("5.1", "5.2", "4.1"), 1),
        (1, None, False, True, ("5.1", "5.2"), 2),
        (1, None, True, False, ("6.2", "6.3", "5.2"), 3),
        (1, None, True, True, ("6.4", "4.1", "5.1"), 4),
        (5, None, True, False, ("6.5", "1.5", "5.2"), 5),
        (11, None, True, False, ("6.1.2", "6.2.1", "2.1"), 6),
        (14, None, False, False, ("5.2", "1.3", "1.5"), 7),
        (26, 1, False, False, ("3.4", "3.5", "1.1"), 8),
        (26, 2, False, True, ("3.4", "3.5", "1.2"), 9),
    ]
    for seed in range(10, 22):
        rng = random.Random(seed)
        product_set = rng.choice([1, 2, 7, 13, 16, 23])
        codes = _tables(product_set).codes
        gate = bool(_tables(product_set).gate_zeroed)
        rows.append(
            (
                product_set,
                None,
                gate and rng.random() < 0.4,
                rng.random() < 0.5,
                tuple(rng.sample(codes, 3)),
                seed,
            )
        )
    return rows


@pytest.mark.parametrize(
    ("product_set", "case", "impurities", "by_points", "missing", "seed"), _cases()
)
def test_score_range_is_every_way_to_complete_the_sheet(
    product_set: int,
    case: int | None,
    impurities: bool,
    by_points: bool,
    missing: tuple[str, ...],
    seed: int,
) -> None:
    tables = _tables(product_set, case)
    rng = random.Random(seed)
    answers: dict[str, int | None] = {}
    for code in tables.codes:
        if code not in missing:
            answers[code] = rng.choice(_choices(tables, code)[1:] * 3 + [None])
    gate = ocop.rules.get(RULES).sheet(product_set).food_safety_gate
    if impurities and gate is not None and answers.get(gate.criterion) in tables.gate_clean[0]:
        answers[gate.criterion] = None  # a clean sample contradicts declared impurities
    if (
        answers.get("5.1", 1) is None
        or tables.by_position.get("5.1", {}).get(answers.get("5.1"), 1) == 0
    ):
        answers.pop("5.2", None)
        if "5.2" not in missing and "5.2" in tables.codes:
            answers["5.2"] = None
    given = _as_points(tables, answers) if by_points else answers
    ev = Evaluation(
        RULES,
        product_set,
        given,
        by="points" if by_points else "position",
        case=case,
        impurities=impurities,
    )
    r = ocop.score_range(ev)
    low, high, stars = _brute_force(product_set, answers, missing, case=case, impurities=impurities)
    assert (r.lowest, r.highest, set(r.stars)) == (low, high, stars)
    assert r.missing == tuple(c for c in tables.codes if c in missing)
    gated = set(tables.gate_zeroed) if impurities else set()
    assert r.answered_points == sum(
        0 if c in gated else tables.by_position[c][v] for c, v in answers.items()
    )
    assert r.product_set == product_set


def test_score_range_with_rules_uses_the_given_rule_set() -> None:
    rs = ocop.rules.get(RULES)
    ev = Evaluation(RULES, 1, {"4.1": 4})
    assert ocop.score_range(ev, rules=rs) == ocop.score_range(ev)
    with pytest.raises(UsageError):
        ocop.score_range(Council([ev]))  # type: ignore[arg-type]


def test_score_many_with_rules_is_score_of_each() -> None:
    rs = ocop.rules.get(RULES)
    best = _best(1)
    evs = [
        Evaluation(RULES, 1, best),
        Evaluation(RULES, 1, dict(best, **{"4.1": 2})),
        Evaluation(RULES, 2, _best(2)),
    ]
    many = ocop.score_many(evs, rules=rs)
    assert [(s.total, s.star) for s in many] == [(s.total, s.star) for s in map(ocop.score, evs)]
    assert [s.star for s in many] == [StarClass.FIVE, StarClass.THREE, StarClass.FIVE]
    assert all(s.rule_set is rs for s in many)


def test_a_council_averages_points_exactly_and_checks_marks_on_the_average() -> None:
    best = _best(1)
    # 4.1 has marks 2 (3★), 3 (4★), 5 (5★) points; positions 1–4 give 1, 2, 3, 5 points.
    members = [
        Evaluation(RULES, 1, dict(best, **{"4.1": 4})),
        Evaluation(RULES, 1, dict(best, **{"4.1": 3})),
        Evaluation(RULES, 1, dict(best, **{"4.1": 2})),
    ]
    council = Council(members)
    s = ocop.score(council)
    one = [ocop.score(m) for m in members]
    assert s.total == Fraction(sum(x.total for x in one), 3)
    assert s.points["4.1"] == Fraction(10, 3)
    assert s.star == StarClass.FOUR  # 10/3 meets the 4★ mark (3), misses the 5★ mark (5)
    assert s.evaluators == tuple(one)
    assert ocop.score(council, rules=ocop.rules.get(RULES)).total == s.total
    low = Council([members[1], members[2]])  # 4.1 averages 5/2: below the 4★ mark
    assert ocop.score(low).star == StarClass.THREE
    assert ocop.score(low).points["4.1"] == Fraction(5, 2)


def test_a_council_disqualified_by_one_member_and_gated_by_one() -> None:
    best = _best(1)
    members = [
        Evaluation(RULES, 1, best, faults={"1"}),
        Evaluation(RULES, 1, best, impurities=True),
        Evaluation(RULES, 1, best),
    ]
    s = ocop.score(Council(members))
    assert s.star is None
    assert [f.id for f in s.disqualified] == ["1"]
    assert s.gated == _tables(1).gate_zeroed


@pytest.mark.parametrize(
    ("attr", "value"),
    [("product_set", 2), ("case", 1), ("council", "central"), ("rule_set", "148/QĐ-TTg")],
)
def test_a_council_of_unlike_sheets_names_the_difference(attr: str, value: object) -> None:
    first = Evaluation(RULES, 1, _best(1))
    other = Evaluation(**{**_fields(first), attr: value})  # type: ignore[arg-type]
    with pytest.raises(EvaluationError) as caught:
        ocop.score(Council([first, first, other]))
    wheres = [p.where for p in caught.value.problems]
    assert wheres == ["evaluation 3"]
    assert f"'{attr}'" in caught.value.problems[0].message_en


def _fields(ev: Evaluation) -> dict[str, object]:
    return {
        "rule_set": ev.rule_set,
        "product_set": ev.product_set,
        "answers": dict(ev.answers),
        "by": ev.by,
        "case": ev.case,
        "faults": ev.faults,
        "impurities": ev.impurities,
        "on": ev.on,
        "council": ev.council,
    }


def test_a_council_reports_each_members_problems_with_its_number() -> None:
    best = _best(1)
    bad = dict(best, **{"4.1": 9})
    with pytest.raises(EvaluationError) as caught:
        ocop.score(Council([Evaluation(RULES, 1, best), Evaluation(RULES, 1, bad)]))
    assert [p.where for p in caught.value.problems] == ["evaluation 2: 4.1"]
    with pytest.raises(EvaluationError) as caught:
        ocop.score(Council([]))
    assert [p.where for p in caught.value.problems] == ["evaluations"]


MARKS = sorted(
    (int(level), code, req) for level, marks in _tables(1).marks.items() for code, req in marks
)


@pytest.mark.parametrize(("level", "code", "req"), MARKS)
def test_a_mark_met_exactly_counts_and_one_point_less_does_not(
    level: int, code: str, req: int
) -> None:
    tables = _tables(1)
    by_points = _as_points(tables, _best(1))
    at = dict(by_points, **{code: req})
    s = ocop.score(Evaluation(RULES, 1, at, by="points"))
    higher = [lv for lv, c, r in MARKS if c == code and r > req]
    assert s.band == StarClass.FIVE
    assert s.star == (StarClass(min(higher) - 1) if higher else s.band)
    under_key = max(
        (k for k, p in tables.by_points[code].items() if p < req),
        key=lambda k: -1 if k is None else k,
    )
    under = dict(by_points, **{code: under_key})
    if code == "5.1" and not under_key:
        under["5.2"] = None
    t = ocop.score(Evaluation(RULES, 1, under, by="points"))
    missed = min(lv for lv, c, r in MARKS if c == code and r > tables.by_points[code][under_key])
    assert missed <= level
    assert t.band >= StarClass(level)
    assert t.star == StarClass(max(missed - 1, 1))


@pytest.mark.parametrize("code", ["4.1", "1.1", "10"])
def test_option_positions_run_from_one_to_the_number_of_boxes(code: str) -> None:
    tables = _tables(1)
    positions = sorted(k for k in tables.by_position[code] if k is not None)
    best = _best(1)
    for position in (positions[0], positions[-1]):
        ocop.score(Evaluation(RULES, 1, dict(best, **{code: position})))
    for position in (0, positions[-1] + 1, -1):
        with pytest.raises(EvaluationError) as caught:
            ocop.score(Evaluation(RULES, 1, dict(best, **{code: position})))
        assert [p.where for p in caught.value.problems] == [code]


def test_advice_on_a_disqualified_score_is_not_reachable() -> None:
    s = ocop.score(Evaluation(RULES, 1, _best(1), faults={"1"}))
    assert s.star is None
    a = ocop.advice(s)
    assert not a.reachable
    assert a.reason
    assert a.upgrades == ()


@pytest.mark.parametrize(
    ("product_set", "missing"),
    [
        (1, ("5.1",)),
        (1, ("5.1", "5.2")),
        (1, ("5.2",)),
        (1, ("5.1", "4.1")),
        (2, ("5.1", "5.2", "1.5")),
        (5, ("5.1", "6.5")),
    ],
)
def test_score_range_of_a_good_sheet_is_every_way_to_complete_it(
    product_set: int, missing: tuple[str, ...]
) -> None:
    tables = _tables(product_set)
    answers = {c: v for c, v in _best(product_set).items() if c not in missing}
    r = ocop.score_range(Evaluation(RULES, product_set, answers))
    low, high, stars = _brute_force(product_set, answers, missing, case=None, impurities=False)
    assert (r.lowest, r.highest, set(r.stars)) == (low, high, stars)
    assert r.missing == tuple(c for c in tables.codes if c in missing)


def _sheets_totalling(total: int, count: int) -> list[dict[str, int | None]]:
    """Complete answers of sheet 1 whose total is exactly ``total``."""
    tables = _tables(1)
    rng = random.Random(total)
    found: list[dict[str, int | None]] = []
    while len(found) < count:
        answers = {c: rng.choice(_choices(tables, c)) for c in tables.codes}
        if answers["5.1"] is None or tables.by_position["5.1"][answers["5.1"]] == 0:
            answers["5.2"] = None
        points = sum(tables.by_position[c][v] for c, v in answers.items())
        codes = list(tables.codes)
        rng.shuffle(codes)
        for code in codes:  # move one answer at a time towards the total
            if points == total:
                break
            for choice in _choices(tables, code):
                if code == "5.2" and answers["5.2"] is None and choice is not None:
                    continue
                if code == "5.1":
                    continue
                step = tables.by_position[code][choice] - tables.by_position[code][answers[code]]
                if (points < total and 0 < step <= total - points) or (
                    points > total and total - points <= step < 0
                ):
                    answers[code] = choice
                    points += step
        if points == total:
            found.append(answers)
    return found


@pytest.mark.parametrize("total", [0, 29, 30, 49, 50, 69, 70, 89, 90, 100])
def test_a_complete_sheet_on_a_band_edge_has_one_class(total: int) -> None:
    rs = ocop.rules.get(RULES)
    for answers in _sheets_totalling(total, 3):
        ev = Evaluation(RULES, 1, answers)
        s = ocop.score(ev)
        r = ocop.score_range(ev)
        assert s.total == total
        assert (r.lowest, r.highest, r.stars, r.missing) == (total, total, (s.star,), ())
        assert r.answered_points == total
        assert r.rule_set is rs


def test_a_gated_score_flags_its_gated_criteria_and_sums_sections_and_parts() -> None:
    tables = _tables(1)
    s = ocop.score(Evaluation(RULES, 1, _best(1), impurities=True))
    assert [c.criterion.code for c in s.criteria() if c.gated] == list(tables.gate_zeroed)
    assert all(c.points == 0 for c in s.criteria() if c.gated)
    sheet = s.sheet
    assert [(t.code, t.maximum) for t in s.sections()] == [
        (section.code, section.maximum) for part in sheet.parts for section in part.sections
    ]
    assert [(t.code, t.points, t.maximum) for t in s.parts()] == [
        ("A", 40, 40),
        ("B", 25, 25),
        ("C", 25, 35),
    ]
    assert sum(t.points for t in s.sections()) == s.total


def test_mark_checks_list_every_mark_unless_asked_for_the_missed() -> None:
    s = ocop.score(Evaluation(RULES, 1, dict(_best(1), **{"4.1": 2})))
    checks = s.mark_checks()
    assert len(checks) == len(MARKS)
    assert [(m.criterion.code, int(m.level)) for m in s.mark_checks(missed_only=True)] == [
        ("4.1", 4),
        ("4.1", 5),
    ]
    assert [m for m in checks if not m.met] == list(s.mark_checks(missed_only=True))


@pytest.mark.parametrize("case", [1, 2])
def test_marks_and_positions_of_each_case_of_set_26(case: int) -> None:
    tables = _tables(26, case)
    answers = _best(26, case)
    s = ocop.score(Evaluation(RULES, 26, answers, case=case))
    checks = {(m.criterion.code, int(m.level), m.required.points) for m in s.mark_checks()}
    assert checks == {
        (code, int(level), req) for level, marks in tables.marks.items() for code, req in marks
    }
    assert s.star == s.band
    for code in tables.codes:
        crit = tables.criteria[code]
        valid = [k for k, o in enumerate(crit.options, 1) if not crit.cases or o.case == case]
        assert sorted(k for k in tables.by_position[code] if k is not None) == valid


def test_random_evaluations_are_valid_and_cover_both_cases_and_every_option() -> None:
    from ocop.scoring.samples import random_answers, random_evaluation

    sheet26 = ocop.rules.get(RULES).sheet(26)
    rng = random.Random(3)
    evaluations = [random_evaluation(sheet26, rng) for _ in range(40)]
    assert {ev.case for ev in evaluations} == {1, 2}
    for ev in evaluations:
        tables = _tables(26, ev.case)
        assert set(ev.answers) == set(tables.codes)
        assert all(v is None or v in tables.by_position[c] for c, v in ev.answers.items())
        ocop.score(ev)
    sheet1 = ocop.rules.get(RULES).sheet(1)
    seen: dict[str, set[int | None]] = {}
    for seed in range(60):
        answers = random_answers(sheet1, random.Random(seed))
        for code, value in answers.items():
            seen.setdefault(code, set()).add(value)
        ocop.score(Evaluation(RULES, 1, answers))
        if answers["5.2"] is not None:
            assert _tables(1).by_position["5.1"][answers["5.1"]] > 0
    tables = _tables(1)
    assert {c for c, values in seen.items() if None not in values} == set()
    assert "5.2" in {c for c, values in seen.items() if len(values) > 2}
    assert all(len(values) > 1 for values in seen.values())
    assert set(seen) == set(tables.codes)
