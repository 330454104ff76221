"""Documented limits: past them a typed error comes at once, never minutes or gigabytes."""

from __future__ import annotations

import time

import pytest

import ocop
from ocop.errors import SearchTooLargeError
from ocop.model import StarClass
from scoring_helpers import large_rule_set as huge


def test_every_official_sheet_fits_the_range_search_with_everything_missing() -> None:
    for sheet in ocop.rules.get("26/2026").sheets():
        case = sheet.cases[0].number if sheet.cases else None
        r = ocop.score_range(ocop.Evaluation("26/2026", sheet.product_set, {}, case=case))
        assert r.lowest == 0
        assert r.highest == 100


def test_a_range_past_the_budget_is_a_typed_error_at_once() -> None:
    rs = huge(22, 40_000, classes=9)
    start = time.perf_counter()
    with pytest.raises(SearchTooLargeError) as info:
        ocop.score_range(ocop.Evaluation("huge", 1, {}), rules=rs)
    assert time.perf_counter() - start < 5  # a guard against a search, not a timing goal
    assert isinstance(info.value, ocop.OutOfRangeError)
    assert "bit" in info.value.message("en")


def test_a_small_custom_range_is_exact() -> None:
    rs = huge(6, 4)
    r = ocop.score_range(ocop.Evaluation("huge", 1, {"1.1": 3}), rules=rs)
    assert (r.lowest, r.highest) == (4, 24)
    assert r.stars == (StarClass.ONE, StarClass.TWO, StarClass.THREE)


def test_advice_past_the_budget_is_a_typed_error() -> None:
    rs = huge(40, 25_000)
    score = ocop.Engine(rs).score(ocop.Evaluation("huge", 1, {f"1.{k}": 1 for k in range(1, 41)}))
    with pytest.raises(SearchTooLargeError):
        ocop.advice(score, 3)


def test_an_evaluation_with_too_many_answers_is_refused_at_once() -> None:
    from ocop.scoring.engine import MAX_ANSWERS

    answers = {f"x{k}": 1 for k in range(MAX_ANSWERS + 1)}
    with pytest.raises(ocop.EvaluationError) as info:
        ocop.score(ocop.Evaluation("26/2026", 1, answers))
    assert [p.where for p in info.value.problems] == ["answers"]
